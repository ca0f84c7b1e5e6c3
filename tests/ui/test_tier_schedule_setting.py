"""Settings > Customer tiers: the age after which the tiers are recomputed at start-up."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cs_desktop.services.tiers.schedule import DEFAULT_MAX_AGE_DAYS, TierSchedule
from cs_desktop.ui.tasks import SyncTaskRunner


def test_the_age_is_read_and_saved(make_window, database, qtbot) -> None:
    window = make_window(SyncTaskRunner())
    window.show_page("settings")
    box = window.settings_page.tier_max_age
    assert box.isEnabled() and box.value() == DEFAULT_MAX_AGE_DAYS
    assert box.suffix() == " 天"
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "30")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert TierSchedule(database.factory).max_age_days() == 30
    box.setValue(0)
    box.editingFinished.emit()
    assert TierSchedule(database.factory).max_age_days() == 0
