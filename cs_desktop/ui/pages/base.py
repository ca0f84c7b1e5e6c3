"""Base classes of the main window's pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from cs_desktop.services.changes import Changes
from cs_desktop.services.overview import Counts

translate = QCoreApplication.translate


class Page(QWidget):
    """A page of the main window. ``key`` is stable (saved in preferences); texts are re-read
    on every language change."""

    key: str = ""

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text; called at construction and on LanguageChange."""

    def on_changes(self, changes: Changes) -> None:
        """A write happened somewhere; refresh if it concerns this page."""

    def show_counts(self, counts: Counts) -> None:
        """Record counts arrived (status bar refresh)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AreaPage(Page):
    """An area whose full screens arrive in a later release. It says plainly what it will hold and
    shows the real figure this database already has for it; it never shows invented data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: Counts | None = None
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self._summary = QLabel()
        self._summary.setWordWrap(True)
        self._summary.setObjectName("pageSummary")
        self._plan = QLabel()
        self._plan.setWordWrap(True)
        self._plan.setTextFormat(Qt.TextFormat.RichText)
        self._figure = QLabel()
        self._figure.setObjectName("pageFigure")
        card = QFrame()
        card.setObjectName("planCard")
        card_layout = QVBoxLayout(card)
        self._plan_title = QLabel()
        self._plan_title.setObjectName("planTitle")
        card_layout.addWidget(self._plan_title)
        card_layout.addWidget(self._plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(self._heading)
        layout.addWidget(self._summary)
        layout.addWidget(self._figure)
        layout.addWidget(card)
        layout.addStretch(1)
        self.retranslate()

    # --- what a subclass says ---------------------------------------------------------------
    def summary(self) -> str:
        raise NotImplementedError

    def planned(self) -> list[str]:
        raise NotImplementedError

    def figure(self, counts: Counts) -> str:
        raise NotImplementedError

    # --- mechanics ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._summary.setText(self.summary())
        self._plan_title.setText(translate("AreaPage", "Coming to this page"))
        items = "".join(f"<li>{line}</li>" for line in self.planned())
        self._plan.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        self._figure.setText(
            self.figure(self._counts)
            if self._counts is not None
            else translate("AreaPage", "Counting records…")
        )

    def show_counts(self, counts: Counts) -> None:
        self._counts = counts
        self._figure.setText(self.figure(counts))
