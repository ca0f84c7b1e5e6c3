"""Use cases. Each method owns its transaction and returns frozen dataclasses, never ORM objects."""
