#!/usr/bin/env bash
# One-folder Linux build: dist/CallAssist/CallAssist. Needs PyInstaller in the venv (pip install pyinstaller).
# Usage: packaging/build.sh [VENV]   (default: .venv at the repository root)
# OUT=/some/dir puts dist/ and the work files there instead of the repository (the smoke test uses it).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="${1:-$ROOT/.venv}"
OUT="${OUT:-$ROOT}"
cd "$ROOT"
if [ ! -x "$VENV/bin/pyinstaller" ]; then
    echo "build.sh: PyInstaller is not installed in $VENV: run $VENV/bin/pip install pyinstaller" >&2
    exit 2
fi
export QT_QPA_PLATFORM=offscreen  # the icon is rendered with Qt; no display needed
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/build/pyinstaller" "$ROOT/packaging/callassist.spec"
echo "built $OUT/dist/CallAssist ($(du -sh "$OUT/dist/CallAssist" | cut -f1))"
