"""Runs the app exactly as `cs-desktop --db PATH` does, and writes what the window shows to a
JSON file whenever it changes, so an end-to-end test that drives the window with real X input
(xdotool) can check the screen's content, not only the database.

Usage: python tests/e2e/drive_app.py DB STATE_JSON
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from cs_desktop import app as cs_app


def main() -> int:
    db, state_path = sys.argv[1], Path(sys.argv[2])
    build = cs_app.build_window
    last: list[str] = [""]

    def build_and_watch(*args, **kwargs):  # type: ignore[no-untyped-def]
        window = build(*args, **kwargs)
        page = window.customers_page
        model = page.model

        def report() -> None:
            rows = min(model.rowCount(), 20)
            dialog = page.editor.dialog
            state = {
                "search": page.search.text(),
                "rows": [model.data(model.index(r, 0)) for r in range(rows)],
                "count": model.rowCount(),
                "list_has_focus": page.table.hasFocus(),
                "dialog": dialog.windowTitle()
                if dialog is not None and dialog.isVisible()
                else None,
                "dialog_name": dialog.name.text()
                if dialog is not None and dialog.isVisible()
                else None,
            }
            text = json.dumps(state, ensure_ascii=False)
            if text != last[0]:
                last[0] = text
                tmp = state_path.with_suffix(".tmp")
                tmp.write_text(text, encoding="utf-8")
                tmp.replace(state_path)

        timer = QTimer(window)
        timer.timeout.connect(report)
        timer.start(100)
        return window

    cs_app.build_window = build_and_watch
    return cs_app.run_gui(db=db)


if __name__ == "__main__":
    sys.exit(main())
