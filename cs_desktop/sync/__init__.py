"""Sync between offline sites by signed export files (DOMAIN.md section 7).

- ``sweep``: stamps for rows written outside the ORM, brought up to date before export/import.
- ``keys``: this site's Ed25519 key pair, public-key files and trusted sites.
- ``package``: the zip format (manifest, signature, JSON lines) and its safe reading.
- ``exporting`` / ``importing``: the two use cases; ``conflicts``: review and flip.
"""
