"""suggestion log: snippet, product, topic, agent, retrieval score and coverage, routes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:20:00
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows logged before this revision get empty values: they count in every aggregate,
    # and simply have no theme, product or retrieval score.
    with op.batch_alter_table("suggestion_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("snippet_redacted", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("product", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("topic", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("agent_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("retrieval_top_score", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("retrieval_coverage", sa.Float(), nullable=True))
        batch_op.add_column(
            sa.Column("routes", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index("ix_feedback_tenant_created", ["tenant", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_tenant_created")
    with op.batch_alter_table("suggestion_log", schema=None) as batch_op:
        batch_op.drop_column("routes")
        batch_op.drop_column("retrieval_coverage")
        batch_op.drop_column("retrieval_top_score")
        batch_op.drop_column("agent_id")
        batch_op.drop_column("topic")
        batch_op.drop_column("product")
        batch_op.drop_column("snippet_redacted")
