"""The house rules that keep the layers apart: the core never imports Qt or the UI; the UI never speaks SQL."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "callassist"
UI = ROOT / "ui"

QT_OR_UI = frozenset({"PySide6", "shiboken6", "qasync", "ui", "pyqtgraph"})
DATABASE_LIBRARIES = frozenset({"sqlalchemy", "sqlite3", "psycopg", "psycopg2"})
SQL_TEXT = re.compile(r"\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE|DROP TABLE)\s|\bUPDATE\s+\w+\s+SET\b")


def python_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def imported_modules(source: str) -> Iterator[tuple[int, str]]:
    """Every module a source imports, statically or through ``importlib.import_module``/``__import__`` literals."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield node.lineno, first.value


def _is_dynamic_import(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id in ("__import__", "import_module")) or (
        isinstance(func, ast.Attribute) and func.attr == "import_module"
    )


def forbidden_imports(source: str, forbidden: frozenset[str]) -> list[str]:
    return [f"line {line}: {name}" for line, name in imported_modules(source) if name.split(".")[0] in forbidden]


def sql_strings(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
            found.append(f"line {node.lineno}: {node.value[:60]!r}")
    return found


def violations(folder: Path, check: object) -> dict[str, list[str]]:
    found = {}
    for path in python_files(folder):
        problems = check(path.read_text(encoding="utf-8"))  # type: ignore[operator]
        if problems:
            found[str(path.relative_to(ROOT))] = problems
    return found


# Known offenders, each a bug to fix in its own file; strict xfail turns green the day it is fixed.
CORE_KNOWN_BAD: dict[str, str] = {}


def core_modules() -> list[object]:
    params: list[object] = []
    for path in python_files(CORE):
        name = str(path.relative_to(ROOT))
        known = CORE_KNOWN_BAD.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=known)] if known else []
        params.append(pytest.param(path, id=name, marks=marks))
    return params


def test_the_core_package_is_found() -> None:
    assert len(python_files(CORE)) > 10


@pytest.mark.parametrize("path", core_modules())
def test_the_core_never_imports_qt_or_the_ui(path: Path) -> None:
    assert forbidden_imports(path.read_text(encoding="utf-8"), QT_OR_UI) == []


def test_the_ui_never_talks_to_the_database_itself() -> None:
    if not UI.is_dir():
        pytest.skip("ui/ does not exist yet")

    assert violations(UI, lambda source: forbidden_imports(source, DATABASE_LIBRARIES)) == {}
    assert violations(UI, sql_strings) == {}


@pytest.mark.parametrize(
    "source",
    [
        "from PySide6.QtCore import QObject",
        "import PySide6",
        "import qasync as loop",
        "from ui.operator_window import OperatorWindow",
        "import shiboken6",
        "import importlib\nimportlib.import_module('PySide6.QtWidgets')",
        "def later():\n    from ui import shell\n",
    ],
)
def test_the_import_check_catches_every_form_of_qt_import(source: str) -> None:
    assert forbidden_imports(source, QT_OR_UI) != []


@pytest.mark.parametrize(
    "source", ["from callassist.ui_text import x", "import uicolours", "from . import ui", "x = 'PySide6'"]
)
def test_the_import_check_leaves_lookalikes_alone(source: str) -> None:
    assert forbidden_imports(source, QT_OR_UI) == []


def test_the_sql_check_finds_queries_but_not_words() -> None:
    assert sql_strings('q = "SELECT id FROM clients"') != []
    assert sql_strings('q = "UPDATE clients SET state = 1"') != []
    assert sql_strings('label = self.tr("Select a client")') == []
    assert sql_strings('hint = "Update the form and set a date"') == []
