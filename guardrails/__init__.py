"""Input and output checks, PII redaction, injection defense, the escalation engine."""
