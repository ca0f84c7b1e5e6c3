"""The import rules of DESIGN.md rule 1, checked on the source and at run time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import cs_desktop

PACKAGE = Path(cs_desktop.__file__).parent
STDLIB = set(sys.stdlib_module_names)
# Small pure libraries the domain may use (DESIGN.md: "the standard library and small pure
# libraries"): pinyin readings, China's holiday schedule, the lunar calendar.
DOMAIN_LIBRARIES = {"pypinyin", "chinese_calendar", "lunar_python"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    module = "cs_desktop." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # resolve relative imports against this module's package
                base = module.split(".")[: -node.level]
                names.add(".".join([*base, node.module] if node.module else base))
            elif node.module:
                names.add(node.module)
    return names


def _layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def _violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in _layer_files(layer):
        for name in _imports(path):
            if name.startswith(forbidden):
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


def test_there_is_code_in_every_checked_layer() -> None:
    for layer in ("domain", "storage", "services", "ui"):
        assert _layer_files(layer), layer


def test_domain_imports_only_the_standard_library() -> None:
    bad = []
    for path in _layer_files("domain"):
        for name in _imports(path):
            top = name.split(".")[0]
            if top not in STDLIB | DOMAIN_LIBRARIES and not name.startswith("cs_desktop.domain"):
                bad.append(f"{path.name} imports {name}")
    assert bad == []


def test_nothing_outside_ui_imports_qt() -> None:
    bad = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui" or rel == Path("app.py"):
            continue
        bad += [f"{rel} imports {n}" for n in _imports(path) if n.startswith("PySide6")]
    assert bad == []


def test_lower_layers_do_not_import_upper_ones() -> None:
    assert _violations("storage", ("cs_desktop.services", "cs_desktop.ui", "cs_desktop.app")) == []
    assert _violations("services", ("cs_desktop.ui", "cs_desktop.app")) == []
    for layer in ("printing", "sync"):
        if (PACKAGE / layer).is_dir():
            assert _violations(layer, ("cs_desktop.ui", "cs_desktop.app", "PySide6")) == []


def test_ui_goes_through_services_not_sql() -> None:
    assert _violations("ui", ("sqlalchemy", "cs_desktop.storage", "alembic")) == []


def test_command_line_jobs_do_not_load_qt_at_run_time() -> None:
    code = (
        "import sys, cs_desktop.cli, cs_desktop.services.database, cs_desktop.services.overview;"
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_core_type_checks() -> None:
    """DESIGN.md rule 11: mypy on domain, storage and services (pyproject's [tool.mypy])."""
    root = PACKAGE.parent
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary"], cwd=root,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
