"""Reusable chart widgets for the Reports page; they take plain Python data, no database."""

from .bars import BarChart, BarItem
from .formats import ValueFormat, minutes, percent, two_decimals
from .radar import RadarChart, RadarItem
from .tile import KpiTile
from .trend import TrendChart

__all__ = ["BarChart", "BarItem", "KpiTile", "RadarChart", "RadarItem", "TrendChart",
           "ValueFormat", "minutes", "percent", "two_decimals"]  # fmt: skip
