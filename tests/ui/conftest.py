from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from followup_clock import Clock
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cs_desktop.paths import resources_dir
from cs_desktop.services.database import Database
from cs_desktop.ui.i18n import Translations
from cs_desktop.ui.main_window import MainWindow
from cs_desktop.ui.prefs import Prefs
from cs_desktop.ui.tasks import SyncTaskRunner, TaskRunner


@pytest.fixture(scope="session")
def translations(qapp: QApplication) -> Iterator[Translations]:
    """One per application, as in the app: a second instance could not remove the first's
    translators."""
    tr = Translations(qapp, resources_dir() / "translations")
    yield tr
    tr.apply("en")


@pytest.fixture
def prefs() -> Prefs:
    return Prefs(QSettings(os.environ["CS_DESKTOP_SETTINGS"], QSettings.Format.IniFormat))


@pytest.fixture
def make_window(
    qtbot, database: Database, prefs: Prefs, translations: Translations
) -> Callable[..., MainWindow]:
    from cs_desktop.app import build_window

    def make(
        runner: TaskRunner | SyncTaskRunner | None = None, settings_file: Path | None = None
    ) -> MainWindow:
        p = (
            prefs
            if settings_file is None
            else Prefs(QSettings(str(settings_file), QSettings.Format.IniFormat))
        )
        translations.apply(p.language)
        window = build_window(database, p, translations, runner or SyncTaskRunner())
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        return window

    return make


@pytest.fixture
def make_clocked_window(
    qtbot, database: Database, prefs: Prefs, translations: Translations
) -> Callable[..., MainWindow]:
    """The window on the given clock, with a signed-in staff member if given."""
    from cs_desktop.app import build_window

    def make(clock: Clock, staff_id: object = None) -> MainWindow:
        translations.apply(prefs.language)
        window = build_window(database, prefs, translations, SyncTaskRunner(), now=clock,
                              staff_id=(lambda: staff_id) if staff_id is not None else None)  # fmt: skip
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        return window

    return make
