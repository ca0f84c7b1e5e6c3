"""Tier classification use cases: recompute, overrides, rule sets, the tier table."""
