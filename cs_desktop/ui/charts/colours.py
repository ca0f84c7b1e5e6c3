"""The charts' colours: the house teal for values, amber for targets and misses (ui/style.py)."""

from PySide6.QtGui import QColor

VALUE = QColor("#0f766e")  # teal, as the navigation's selection and the Pareto curve
VALUE_FILL = QColor(15, 118, 110, 90)
PREVIOUS = QColor("#64748b")
TARGET = QColor("#b45309")  # amber, as the Pareto curve's mark
MISSED = QColor("#c2410c")
MET = QColor("#15803d")
GRID = QColor("#e2e8f0")
MUTED = QColor("#475569")
