"""Persistence: engine and connection settings, ORM models, queries, dialect-specific helpers."""
