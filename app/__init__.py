"""teinei: agent-assist for complaint handling (クレーム対応)."""

__version__ = "0.1.0"
