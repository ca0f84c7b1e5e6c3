"""Complaint rules: the workflow's allowed moves and the time limits (DOMAIN.md section 3)."""
