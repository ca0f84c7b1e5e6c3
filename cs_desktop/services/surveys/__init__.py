"""Satisfaction surveys: definitions and their versions, templates, where each is asked, and
recorded answers (from a follow-up, at the counter, or typed in from a paper form)."""
