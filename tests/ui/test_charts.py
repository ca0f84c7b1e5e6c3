"""The Reports page's chart widgets, given plain data: what they draw, their empty text, gaps for
missing values, and the click signals with the right key at the position of a bar or point."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from cs_desktop.ui.charts import (
    BarChart,
    BarItem,
    KpiTile,
    RadarChart,
    RadarItem,
    TrendChart,
    colours,
    minutes,
    percent,
)
from cs_desktop.ui.fonts import register_rare_fonts

CSI = ["挂号/登记是否方便", "候诊等待时间是否可以接受", "医生解释病情是否清楚", "护士服务态度",
       "收费是否透明合理", "𠮷祥药房取药是否快捷"]  # fmt: skip
PERIODS = [f"2026-{m:02d}" for m in range(1, 13)] + ["2027-01"]


def no_data() -> str:
    return QCoreApplication.translate("Charts", "No data")


def near(colour: QColor, expected: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


def teal_pixels(image: QImage) -> int:
    return sum(near(image.pixelColor(x, y), colours.VALUE, 30)
               for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))  # fmt: skip


def shown(qtbot, widget, width: int = 520, height: int = 380):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def radar_items(count: int = 6) -> list[RadarItem]:
    return [RadarItem(f"q{i}", CSI[i % len(CSI)], 4.0 + i * 0.1, 3.8) for i in range(count)]


# radar
def test_radar_fills_the_current_period_polygon(qtbot) -> None:
    radar = shown(qtbot, RadarChart("暂无数据"))
    radar.set_data(radar_items(), target=4.5)
    image = radar.grab().toImage()
    top, bottom = radar.point_position("q0"), radar.point_position("q3")  # opposite items
    assert top is not None and bottom is not None
    fill_on_white = QColor(178, 210, 207)  # VALUE_FILL (alpha 90) over a white base
    for share in (0.3, 0.5, 0.7):  # along the axis through the centre: inside the polygon
        inside = top + (bottom - top) * share
        assert near(image.pixelColor(inside.toPoint()), fill_on_white, 45)
    outside = top + (top - bottom) * 0.15  # beyond the first item's point
    assert not near(image.pixelColor(outside.toPoint()), fill_on_white, 45)


def test_radar_with_fewer_than_three_items_shows_the_empty_text(qtbot) -> None:
    radar = shown(qtbot, RadarChart("本期暂无评价"))
    radar.set_data(radar_items())
    assert teal_pixels(radar.grab().toImage()) > 20
    radar.set_data(radar_items(2))
    assert radar.is_empty() and radar.empty_text() == "本期暂无评价"
    assert teal_pixels(radar.grab().toImage()) == 0
    radar.set_data([RadarItem(f"q{i}", CSI[i], None) for i in range(5)])  # nobody answered
    assert radar.is_empty()
    assert teal_pixels(radar.grab().toImage()) == 0


def test_radar_click_and_keyboard_give_the_item_code(qtbot) -> None:
    radar = shown(qtbot, RadarChart())
    radar.set_data(radar_items(8))
    position = radar.point_position("q5")
    assert position is not None
    with qtbot.waitSignal(radar.itemClicked) as blocker:
        qtbot.mouseClick(radar, Qt.MouseButton.LeftButton, pos=position.toPoint())
    assert blocker.args == ["q5"]
    radar.setFocus()
    qtbot.keyClick(radar, Qt.Key.Key_Right)  # from q5 to q6
    with qtbot.waitSignal(radar.itemClicked) as blocker:
        qtbot.keyClick(radar, Qt.Key.Key_Return)
    assert blocker.args == ["q6"]
    with qtbot.assertNotEmitted(radar.itemClicked):
        qtbot.mouseClick(radar, Qt.MouseButton.LeftButton, pos=QPoint(2, radar.height() - 2))


def test_radar_tooltip_keeps_the_full_label_and_figures(qtbot) -> None:
    radar = shown(qtbot, RadarChart(), 300, 260)  # narrow: long labels are wrapped and elided
    items = [*radar_items(5), RadarItem("rare", "𠮷祥药房取药是否快捷方便及时周到细致", None, 4.2)]
    radar.set_data(items, target=4.5)
    tip = radar.tooltip_text("rare")
    assert "𠮷祥药房取药是否快捷方便及时周到细致" in tip
    assert no_data() in tip and "4.20" in tip and "4.50" in tip
    assert "0.00" not in tip


# bars
def bar_items() -> list[BarItem]:
    return [BarItem(("staff", 1), "张伟", 0.95, 20), BarItem(("staff", 2), "杨𠮷", 0.7, 12),
            BarItem(("staff", 3), "王芳", None, 0), BarItem(("staff", 4), "李娜", 0.9, 8)]  # fmt: skip


def test_bars_short_of_target_are_another_colour(qtbot) -> None:
    bars = shown(qtbot, BarChart())
    bars.set_data(bar_items(), value_format=percent, target=0.9)
    image = bars.grab().toImage()
    colour = [image.pixelColor(bars.bar_position(i).toPoint()) for i in (0, 1, 3)]
    assert near(colour[0], colours.VALUE) and near(colour[2], colours.VALUE)  # 95%, 90%: met
    assert near(colour[1], colours.MISSED)  # 70%
    bars.set_data(bar_items(), value_format=minutes, target=0.9, higher_is_better=False)
    image = bars.grab().toImage()
    assert near(image.pixelColor(bars.bar_position(0).toPoint()), colours.MISSED)
    assert near(image.pixelColor(bars.bar_position(1).toPoint()), colours.VALUE)


def test_bars_without_a_value_say_so_instead_of_zero(qtbot) -> None:
    bars = shown(qtbot, BarChart())
    bars.set_data(bar_items(), value_format=percent, target=0.9)
    assert bars.value_text(2) == no_data()
    assert bars.tooltip_text(2).splitlines()[1] == no_data()
    assert bars.value_text(0).startswith("95.0%") and "20" in bars.value_text(0)
    assert any("杨𠮷" in label for label in bars.category_labels())
    assert "杨𠮷" in bars.tooltip_text(1)


def test_bar_click_gives_the_callers_key(qtbot) -> None:
    bars = shown(qtbot, BarChart())
    bars.set_data(bar_items(), value_format=percent, target=0.9)
    for index, key in ((1, ("staff", 2)), (3, ("staff", 4))):
        with qtbot.waitSignal(bars.barClicked) as blocker:
            qtbot.mouseClick(bars.viewport(), Qt.MouseButton.LeftButton,
                             pos=bars.bar_position(index).toPoint())  # fmt: skip
        assert blocker.args == [key]
    bars.setFocus()
    qtbot.keyClick(bars, Qt.Key.Key_Down)  # from the clicked fourth bar: stays on the last
    qtbot.keyClick(bars, Qt.Key.Key_Up)
    with qtbot.waitSignal(bars.barClicked) as blocker:
        qtbot.keyClick(bars, Qt.Key.Key_Return)
    assert blocker.args == [("staff", 3)]


def test_many_bars_are_limited_with_a_note_and_empty_data_shows_the_text(qtbot) -> None:
    bars = shown(qtbot, BarChart("没有员工数据"))
    bars.set_data([BarItem(i, f"员工{i}", i / 50, i) for i in range(50)], limit=15)
    assert len(bars.category_labels()) == 15 and len(bars.items()) == 15
    assert "15" in bars.note() and "50" in bars.note()
    bars.set_data([])
    assert bars.is_empty() and bars.empty_text() == "没有员工数据" and bars.note() == ""
    assert teal_pixels(bars.grab().toImage()) == 0


# trend
VALUES = [0.9, 0.92, None, 0.85, 0.95, None, None, 0.91, 0.88, 0.93, 0.94, 0.96, 0.97]


def test_trend_leaves_gaps_for_periods_without_data(qtbot) -> None:
    trend = shown(qtbot, TrendChart(), 640, 320)
    trend.set_data(PERIODS, VALUES, value_format=percent, target=0.9)
    points = [p for line in trend.lines for p in line.points()]
    assert len(trend.lines) == 3  # 0-1, 3-4, 7-12
    assert [round(p.x()) for p in points] == [0, 1, 3, 4, 7, 8, 9, 10, 11, 12]
    assert all(p.y() > 0.5 for p in points)
    scattered = trend.met_points.points() + trend.missed_points.points()
    assert len(scattered) == 10
    assert [round(p.x()) for p in trend.missed_points.points()] == [3, 8]  # 85%, 88% < 90%
    assert no_data() in trend.tooltip_text(2)
    assert teal_pixels(trend.grab().toImage()) > 20


def test_trend_point_click_gives_the_period_index(qtbot) -> None:
    trend = shown(qtbot, TrendChart(), 640, 320)
    trend.set_data(PERIODS, VALUES, value_format=percent, target=0.9)
    for index in (0, 3, 12):
        with qtbot.waitSignal(trend.pointClicked) as blocker:
            qtbot.mouseClick(trend.viewport(), Qt.MouseButton.LeftButton,
                             pos=trend.point_position(index).toPoint())  # fmt: skip
        assert blocker.args == [index]
    trend.setFocus()
    qtbot.keyClick(trend, Qt.Key.Key_Left)  # from 12 to 11
    with qtbot.waitSignal(trend.pointClicked) as blocker:
        qtbot.keyClick(trend, Qt.Key.Key_Return)
    assert blocker.args == [11]


def test_trend_empty_and_rare_characters(qtbot) -> None:
    trend = shown(qtbot, TrendChart("本期无数据"), 640, 320)
    trend.set_data(["𠮷期", *PERIODS[1:]], VALUES, value_format=minutes)
    assert trend.period_labels()[0] == "𠮷期"
    assert trend.tooltip_text(0).startswith("𠮷期")
    trend.set_data(PERIODS, [None] * 13)
    assert trend.is_empty() and trend.empty_text() == "本期无数据"
    assert trend.lines == [] and trend.met_points.count() == 0
    assert teal_pixels(trend.grab().toImage()) == 0


# tile
def test_tile_shows_figure_mark_and_change_and_clicks(qtbot) -> None:
    register_rare_fonts()
    tile = shown(qtbot, KpiTile(), 180, 150)
    history = [0.8, 0.85, None, 0.9, 0.88, 0.92]
    tile.set_data("𠮷祥科随访完成率（含电话与短信）", 0.92, value_format=percent, target=0.9,
                  history=history)  # fmt: skip
    assert tile.figure_label.text() == "92.0%"
    assert "✔" in tile.status_label.text() and "90.0%" in tile.status_label.text()
    assert tile.change_label.text().startswith("▲") and "4.0%" in tile.change_label.text()
    assert "𠮷祥科随访完成率（含电话与短信）" in tile.toolTip()
    assert tile.minimumSizeHint().width() <= 180  # fits a narrow tile
    assert tile.name_label.width() <= tile.width()
    assert tile.sparkline.values() == history
    with qtbot.waitSignal(tile.clicked):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tile.clicked):
        qtbot.keyClick(tile, Qt.Key.Key_Space)
    tile.set_data("平均响应时间", 42.0, value_format=minutes, target=30, higher_is_better=False,
                  history=[35, 42])  # fmt: skip
    assert "✘" in tile.status_label.text()
    assert tile.change_label.text().startswith("▲")  # up, and bad: coloured as a miss
    assert colours.MISSED.name() in tile.change_label.styleSheet()
    tile.set_data("NPS", None)
    assert tile.figure_label.text() == no_data()
    assert tile.status_label.text() == "" and tile.change_label.text() == ""


def test_charts_follow_the_widget_font(qtbot) -> None:
    bars = shown(qtbot, BarChart())
    bars.set_data(bar_items(), value_format=percent)
    font = bars.font()
    font.setPointSize(font.pointSize() + 6)
    bars.setFont(font)
    assert {axis.labelsFont().pointSize() for axis in bars.chart().axes()} == {font.pointSize()}
