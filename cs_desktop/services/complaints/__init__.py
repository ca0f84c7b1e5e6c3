"""Complaint use cases: the site's rules (calendar, time limits, lists) and the workflow."""
