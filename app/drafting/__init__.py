"""Drafters: the deterministic template drafter and the LLM drafter behind one interface."""
