"""Every translatable string in ui/ is a literal that pyside6-lupdate can extract.

A helper like ``def _t(text): return translate("Ctx", text)`` hides its strings from lupdate, so they never reach the
.ts files and the completeness check cannot see them: the UI then shows English in a Russian window.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
WRAPPERS = {"_t"}  # two-argument helpers (context, text) that lupdate reads like translate()


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrapper_bodies = {
        id(node)
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef) and fn.name in WRAPPERS
        for node in ast.walk(fn)
    }
    found = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and id(n) not in wrapper_bodies):
        name, args = _name(call), call.args
        if name == "tr" and not (args and _literal(args[0])):
            found.append(f"{path.name}:{call.lineno} tr() without a literal text")
        if name in ({"translate"} | WRAPPERS) and not (len(args) >= 2 and _literal(args[0]) and _literal(args[1])):
            found.append(f"{path.name}:{call.lineno} {name}() without a literal context and text")
    return found


def test_every_translatable_string_is_a_literal_lupdate_can_see() -> None:
    problems = [problem for path in sorted(UI.rglob("*.py")) for problem in _problems(path)]
    assert problems == []
