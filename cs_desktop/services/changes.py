"""What a write changed, broadcast to every page so each decides whether to refresh
(DESIGN.md rule 3, after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    tables: frozenset[str] = frozenset()
    everything: bool = False  # a new database, a restore, a demo load: refresh all

    @classmethod
    def of(cls, *tables: str) -> Changes:
        return cls(frozenset(tables))

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def touches(self, *tables: str) -> bool:
        return self.everything or any(t in self.tables for t in tables)
