"""The application's style sheet: calm colours, large readable text for a busy counter."""

STYLE_SHEET = """
QListWidget#navigation {
    background: #f1f5f9;
    border: none;
    border-right: 1px solid #e2e8f0;
    font-size: 15px;
    outline: 0;
}
QListWidget#navigation::item {
    padding: 11px 18px;
    border-left: 4px solid transparent;
    color: #334155;
}
QListWidget#navigation::item:selected {
    background: #ffffff;
    border-left: 4px solid #0f766e;
    color: #0f766e;
    font-weight: bold;
}
QListWidget#navigation::item:hover:!selected { background: #e2e8f0; }
QLabel#pageHeading { font-size: 22px; font-weight: bold; color: #0f172a; }
QLabel#pageSummary { font-size: 14px; color: #334155; }
QLabel#pageFigure { font-size: 15px; color: #0f766e; font-weight: bold; }
QFrame#planCard {
    background: #f8fafc;
    border: 1px solid #e2e8f0;
    border-radius: 8px;
}
QLabel#planTitle { font-weight: bold; color: #475569; }
QStatusBar QLabel { padding: 0 8px; color: #475569; }
"""
