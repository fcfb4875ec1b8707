"""Unsaved wrap-ups kept on disk on every change, so a crash or a kill loses nothing (rule 10).

A draft is a :class:`CallDraft`: which call (client, start, idempotency key, number) and the wrap-up entry keyed by
codes, stored as JSON. It is written to a temporary file, flushed to disk and renamed over the old one, so the file
on disk is always a whole draft, the old or the new.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from callassist.paths import data_dir
from callassist.wrapup import WrapUpEntry


@dataclass(frozen=True)
class CallDraft:
    """An open call's unsaved wrap-up: enough to reopen the call and refill the form after a crash."""

    client_id: int
    started_at: datetime
    key: str  # the outcome's idempotency key: a resend after a crash is still one call
    phone: str
    entry: WrapUpEntry
    dialled_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "client_id": self.client_id,
            "started_at": self.started_at.isoformat(),
            "key": self.key,
            "phone": self.phone,
            "dialled_at": self.dialled_at.isoformat() if self.dialled_at else None,
            "entry": self.entry.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallDraft:
        dialled = data.get("dialled_at")
        return cls(
            client_id=int(data["client_id"]),
            started_at=datetime.fromisoformat(data["started_at"]),
            key=str(data["key"]),
            phone=str(data.get("phone", "")),
            entry=WrapUpEntry.from_json(dict(data.get("entry") or {})),
            dialled_at=datetime.fromisoformat(dialled) if dialled else None,
        )


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

    def save_call(self, draft: CallDraft) -> None:
        self.save(draft.to_json())

    def load_call(self) -> CallDraft | None:
        """The call draft on disk, or None (none, torn, or written by an older version in another shape)."""
        data = self.load()
        if data is None:
            return None
        try:
            return CallDraft.from_json(data)
        except (KeyError, TypeError, ValueError):
            return None

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
