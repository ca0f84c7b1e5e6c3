"""Backups and restore of the SQLite database (DOMAIN.md section 8); see ``service``."""
