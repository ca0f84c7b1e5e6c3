"""The audit trail: who saw and changed what, append-only and tamper-evident (DOMAIN.md 8).

Design (how services record without passing an actor everywhere):

- The signed-in ``Actor`` is bound to the database's session factory at sign-in
  (services.accounts.actor.bind_actor); every session carries it in ``session.info``.
- ``install_audit(factory)`` (done by ``open_database``) hooks the factory's session events:
  ``before_flush`` notes the field-level before/after of every audited row (cards and their
  phones, addresses, tags, consents, relations, custom values; staff; settings) from
  SQLAlchemy's attribute history, and ``before_commit`` appends the entries to the chain in
  the same transaction, one INSERT. A card service therefore audits create, change, delete and
  restore without a line about auditing; an error rolls back the change and its entry together.
- What is not a row change (merge, print, export, import, reveal, sign-in) is added by the
  service with ``record_in(session, action=...)`` inside its own transaction, or with
  ``AuditService.record`` when nothing else is written.
- Each entry's ``entry_hash`` = SHA-256(prev_hash + canonical JSON of the entry) (``chain``);
  ``AuditService.verify`` walks the chain and names the first entry that does not verify.

Cost: noting changes reuses the history SQLAlchemy keeps anyway, and the entries of a
transaction cost one indexed read of the last hash and one INSERT (bench/audit.py).
"""

from .recorder import AUDITED, install_audit, record_in
from .trail import AuditEntry, AuditPage, AuditQuery, AuditService, VerifyResult

__all__ = ["AUDITED", "AuditEntry", "AuditPage", "AuditQuery", "AuditService", "VerifyResult",
           "install_audit", "record_in"]  # fmt: skip
