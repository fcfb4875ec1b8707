"""Unsaved wrap-ups kept on disk on every change, so a crash or a kill loses nothing (rule 10).

A draft is a plain JSON object the UI fills; it is written to a temporary file, flushed to disk and renamed over
the old one, so the file on disk is always a whole draft, the old or the new.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from callassist.paths import data_dir


class DraftStore:
    def __init__(self, operator: str, folder: Path | None = None) -> None:
        safe = re.sub(r"[^\w.-]+", "_", operator.strip(), flags=re.UNICODE) or "operator"
        self.path = (folder or data_dir() / "drafts") / f"{safe}.json"

    def save(self, draft: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_suffix(".tmp")
        with temp.open("w", encoding="utf-8") as handle:
            json.dump(draft, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.path)

    def load(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return None
        return data if isinstance(data, dict) else None

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
