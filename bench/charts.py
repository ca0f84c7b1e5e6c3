"""Replacing the Reports page's chart data: ms per set_data plus a repaint, per widget.

    python bench/charts.py                  # offscreen, prints figures
    python bench/charts.py --show           # a window with the four widgets and sample data
    xvfb-run -s "-screen 0 1400x900x24" python bench/charts.py --show --shot /tmp/charts.png

The page refreshes every chart whenever the period or a filter changes: each widget gets new
data (12 CSI items, 50 bars of which 15 are drawn, 13 periods) and paints once.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CSI = ["挂号/登记是否方便", "候诊等待时间是否可以接受", "医生解释病情是否清楚", "护士服务态度",
       "收费是否透明合理", "检查预约与取报告是否方便", "环境是否整洁舒适", "隐私是否得到保护",
       "药房取药是否快捷", "投诉处理是否及时", "出院随访是否到位", "总体满意度（含𠮷字测试）"]  # fmt: skip
STAFF = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨𠮷", "赵磊", "黄敏", "周杰", "吴婷",
         "徐强", "孙丽", "马超", "朱琳", "胡斌", "郭敏", "何平", "高洁", "林涛", "罗兰"]  # fmt: skip
PERIODS = [f"2026-{m:02d}" for m in range(1, 13)] + ["2027-01"]


def sample(seed: int = 7) -> dict[str, Any]:
    from cs_desktop.ui.charts import BarItem, RadarItem

    rnd = random.Random(seed)
    radar = [RadarItem(f"q{i}", text, round(rnd.uniform(3.4, 4.9), 2),
                       round(rnd.uniform(3.2, 4.8), 2)) for i, text in enumerate(CSI)]  # fmt: skip
    bars = [BarItem(i, f"{STAFF[i % len(STAFF)]}{'' if i < 20 else i}",
                    None if i == 3 else round(rnd.uniform(0.6, 1.0), 3), rnd.randint(5, 80))
            for i in range(50)]  # fmt: skip
    trend = [None if i in (4, 5) else round(rnd.uniform(0.82, 0.97), 3) for i in range(13)]
    return {"radar": radar, "bars": bars, "trend": trend}


def fill(widgets: dict[str, Any], data: dict[str, Any], only: str = "") -> None:
    """Give each widget (or only the one named) its data."""
    from cs_desktop.ui.charts import minutes, percent

    trend = data["trend"]
    steps: dict[str, Callable[[], None]] = {
        "radar": lambda: widgets["radar"].set_data(data["radar"][:8], target=4.5),
        "bars": lambda: widgets["bars"].set_data(
            data["bars"], value_format=percent, target=0.9, value_range=(0.0, 1.0)
        ),
        "trend": lambda: widgets["trend"].set_data(
            PERIODS, trend, value_format=percent, target=0.9
        ),
        "tile1": lambda: widgets["tile1"].set_data(
            "随访完成率", trend[-1], value_format=percent, target=0.9, history=trend
        ),
        "tile2": lambda: widgets["tile2"].set_data(
            "平均首次响应时间（投诉）",
            42.0,
            value_format=minutes,
            target=30,
            higher_is_better=False,
            history=[55, 50, 48, None, 45, 44, 46, 40, 38, 39, 41, 45, 42],
        ),  # fmt: skip
        "tile3": lambda: widgets["tile3"].set_data("NPS", None, history=[]),
    }
    for key, step in steps.items():
        if not only or key == only:
            step()


def build() -> tuple[Any, dict[str, Any]]:
    from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

    from cs_desktop.ui.charts import BarChart, KpiTile, RadarChart, TrendChart

    window = QWidget()
    window.setWindowTitle("charts")
    grid = QGridLayout(window)
    widgets: dict[str, Any] = {"radar": RadarChart(), "bars": BarChart(), "trend": TrendChart(),
                                  "tile1": KpiTile(), "tile2": KpiTile(), "tile3": KpiTile()}  # fmt: skip
    tiles = QHBoxLayout()
    for key in ("tile1", "tile2", "tile3"):
        widgets[key].setFixedWidth(220)
        tiles.addWidget(widgets[key])
    tiles.addStretch(1)
    grid.addLayout(tiles, 0, 0, 1, 2)
    grid.addWidget(widgets["radar"], 1, 0)
    grid.addWidget(widgets["bars"], 1, 1, 2, 1)
    grid.addWidget(widgets["trend"], 2, 0)
    return window, widgets


def timed(action: Callable[[], None], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--shot", help="with --show: save a screenshot here (needs ImageMagick)")
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    if not args.show:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cs_desktop.ui.fonts import register_rare_fonts
    from cs_desktop.ui.style import STYLE_SHEET

    app = QApplication(sys.argv)
    app.setStyleSheet(STYLE_SHEET)
    register_rare_fonts()
    window, widgets = build()
    window.resize(1360, 860)
    data = sample()
    fill(widgets, data)
    window.show()
    app.processEvents()
    if args.show:
        if args.shot:
            QTimer.singleShot(1500, lambda: os.system(f"import -window root {args.shot}"))
            QTimer.singleShot(2500, app.quit)
        return app.exec()
    seeds = iter(range(10_000))
    for key in ("radar", "bars", "trend", "tile1"):

        def refresh(key: str = key) -> None:
            fill(widgets, sample(next(seeds)), only=key)  # new figures every time
            widgets[key].repaint()

        times = timed(refresh, args.runs)
        print(
            f"{key:6} set_data + repaint: median "
            f"{statistics.median(times):.1f} ms, max {max(times):.1f} ms"
        )
    times = timed(lambda: (fill(widgets, sample(next(seeds))), window.repaint()), args.runs)
    print(
        f"whole window: set_data of six widgets + repaint: median "
        f"{statistics.median(times):.1f} ms, max {max(times):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
