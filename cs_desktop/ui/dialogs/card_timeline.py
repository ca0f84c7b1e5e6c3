"""The card's History tab: everything that happened with the customer, newest first.

A timeline holds at most a few hundred entries (the service cuts it and says so), so a plain
QTreeWidget is the right tool here; the big lists use paged models instead.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.domain.enums import (
    FollowupReason,
    FollowupStatus,
    TierCause,
    TransactionKind,
    VisitKind,
)
from cs_desktop.services.customers.timeline import EntryKind, Timeline, TimelineEntry

from .complaint_texts import state_names
from .survey_texts import source_names

translate = QCoreApplication.translate
LATE_COLOR = "#c62828"


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}¥{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


def _when(entry: TimelineEntry) -> str:
    at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=dt.UTC)
    if entry.kind is EntryKind.FOLLOWUP and entry.state == FollowupStatus.OPEN:
        return at.date().isoformat()  # a due date: no time of day
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _named(value: str, names: dict[str, str]) -> str:
    return names.get(value, value)


def _visit_kinds() -> dict[str, str]:
    return {
        VisitKind.COUNTER: translate("CardTimeline", "Visit at the counter"),
        VisitKind.PHONE: translate("CardTimeline", "Phone call"),
        VisitKind.ONLINE: translate("CardTimeline", "Online contact"),
        VisitKind.HOME: translate("CardTimeline", "Home visit"),
    }


def _transaction_kinds() -> dict[str, str]:
    return {
        TransactionKind.SALE: translate("CardTimeline", "Purchase"),
        TransactionKind.REFUND: translate("CardTimeline", "Refund"),
        TransactionKind.PAYMENT: translate("CardTimeline", "Payment"),
    }


def _followup_reasons() -> dict[str, str]:
    return {
        FollowupReason.MANUAL: translate("CardTimeline", "Follow-up"),
        FollowupReason.VISIT: translate("CardTimeline", "Follow-up after a visit"),
        FollowupReason.COMPLAINT: translate("CardTimeline", "Follow-up of a complaint"),
        FollowupReason.TIER: translate("CardTimeline", "Regular follow-up"),
        FollowupReason.BIRTHDAY: translate("CardTimeline", "Birthday greeting"),
        FollowupReason.HOLIDAY: translate("CardTimeline", "Holiday greeting"),
    }


def _followup_states() -> dict[str, str]:
    return {
        FollowupStatus.OPEN: translate("CardTimeline", "due"),
        FollowupStatus.DONE: translate("CardTimeline", "done"),
        FollowupStatus.UNREACHABLE: translate("CardTimeline", "not reached"),
        FollowupStatus.CANCELLED: translate("CardTimeline", "cancelled"),
    }


def _tier_causes() -> dict[str, str]:
    return {
        TierCause.RULE: translate("CardTimeline", "by the rules"),
        TierCause.OVERRIDE: translate("CardTimeline", "set by hand"),
        TierCause.OVERRIDE_EXPIRED: translate("CardTimeline", "manual tier expired"),
        TierCause.MERGE: translate("CardTimeline", "cards merged"),
        TierCause.IMPORT: translate("CardTimeline", "imported"),
    }


def entry_texts(entry: TimelineEntry) -> tuple[str, str]:
    """(what happened, the details) in the current language."""
    sep = translate("CardTimeline", " — ")
    amount = money(entry.amount_cents) if entry.amount_cents else ""
    if entry.kind is EntryKind.CREATED:
        return translate("CardTimeline", "Card created"), ""
    if entry.kind is EntryKind.VISIT:
        details = sep.join(t for t in (entry.title, entry.detail, amount) if t)
        return _named(entry.subkind, _visit_kinds()), details
    if entry.kind is EntryKind.TRANSACTION:
        return _named(entry.subkind, _transaction_kinds()), sep.join(
            t for t in (amount, entry.title) if t
        )
    if entry.kind is EntryKind.COMPLAINT:
        what = translate("CardTimeline", "Complaint {number} ({state})").format(
            number=entry.subkind, state=_named(entry.state, state_names())
        )
        return what, sep.join(t for t in (entry.title, entry.detail) if t)
    if entry.kind is EntryKind.FOLLOWUP:
        what = translate("CardTimeline", "{reason} ({state})").format(
            reason=_named(entry.subkind, _followup_reasons()),
            state=_named(entry.state, _followup_states()),
        )
        return what, entry.detail
    if entry.kind is EntryKind.TIER:
        change = translate("CardTimeline", "{old} → {new}").format(
            old=entry.from_tier or translate("CardTimeline", "none"),
            new=entry.to_tier or translate("CardTimeline", "none"),
        )
        cause = _named(entry.subkind, _tier_causes())
        return translate("CardTimeline", "Tier changed"), sep.join(
            t for t in (change, cause, entry.detail) if t
        )
    if entry.kind is EntryKind.SURVEY:
        what = translate("CardTimeline", "Satisfaction survey ({source})").format(
            source=_named(entry.subkind, source_names()))  # fmt: skip
        score = (translate("CardTimeline", "index {score:.2f} of 5").format(score=entry.score)
                 if entry.score is not None else "")  # fmt: skip
        nps = (translate("CardTimeline", "recommend {n} of 10").format(n=entry.nps)
               if entry.nps is not None else "")  # fmt: skip
        return what, sep.join(t for t in (entry.title, score, nps, entry.detail) if t)
    what = translate("CardTimeline", "Merged with the card of {name}").format(name=entry.title)
    undone = translate("CardTimeline", "undone later") if entry.state == "undone" else ""
    return what, undone


class TimelineView(QWidget):
    """``complaint_chosen`` (the complaint's id) when a complaint's line is double-clicked."""

    complaint_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline: Timeline | None = None
        self._state = "new"  # new, loading, shown, failed
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("timeline")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnCount(4)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((130, 190, 300, 80)):
            self.tree.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def set_new(self) -> None:
        self._state, self._timeline = "new", None
        self._fill()

    def set_loading(self) -> None:
        self._state, self._timeline = "loading", None
        self._fill()

    def set_timeline(self, timeline: Timeline) -> None:
        self._state, self._timeline = "shown", timeline
        self._fill()

    def show_failed(self) -> None:
        self._state, self._timeline = "failed", None
        self._fill()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([
            translate("CardTimeline", "When"), translate("CardTimeline", "What"),
            translate("CardTimeline", "Details"), translate("CardTimeline", "Staff"),
        ])  # fmt: skip
        self._fill()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, Qt.ItemDataRole.UserRole) == EntryKind.COMPLAINT.value:
            self.complaint_chosen.emit(item.data(1, Qt.ItemDataRole.UserRole))

    def rows(self) -> list[list[str]]:
        """What the tab shows, row by row (tests read it as the user does)."""
        return [
            [self.tree.topLevelItem(r).text(c) for c in range(4)]
            for r in range(self.tree.topLevelItemCount())
        ]

    def _fill(self) -> None:
        self.tree.clear()
        timeline = self._timeline
        if self._state == "new":
            self.status.setText(
                translate("CardTimeline", "The history starts once the card is saved.")
            )
        elif self._state == "loading":
            self.status.setText(translate("CardTimeline", "Loading the history…"))
        elif self._state == "failed":
            self.status.setText(translate("CardTimeline", "The history could not be read."))
        elif timeline is not None:
            if timeline.complete:
                self.status.setText(translate("CardTimeline", "{count} entries, newest first.")
                                    .format(count=len(timeline.entries)))  # fmt: skip
            else:
                self.status.setText(translate(
                    "CardTimeline", "The latest {count} entries, newest first.").format(
                        count=len(timeline.entries)))  # fmt: skip
            items = []
            for entry in timeline.entries:
                what, details = entry_texts(entry)
                if entry.late:
                    what = translate("CardTimeline", "{what}, overdue").format(what=what)
                item = QTreeWidgetItem([_when(entry), what, details, entry.staff])
                item.setToolTip(2, details)
                item.setData(0, Qt.ItemDataRole.UserRole, entry.kind.value)
                item.setData(1, Qt.ItemDataRole.UserRole, entry.ref_id)
                if entry.late:
                    for column in range(4):
                        item.setForeground(column, QBrush(QColor(LATE_COLOR)))
                items.append(item)
            self.tree.addTopLevelItems(items)
