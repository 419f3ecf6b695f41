"""The QA eval suite: datasets, metrics, the shared rubric, runs and reports.

Nothing heavy is imported here; ``from evals.rubric import score_reply`` stays cheap.
"""
