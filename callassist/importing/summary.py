"""What an import did, in numbers that add up (PRODUCT.md rule 13) and in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from callassist.messages import render


@dataclass(frozen=True)
class ImportSummary:
    """Rows read, and where each went: imported, merged into another client, or rejected.

    Raises:
        ValueError: on construction when the counts do not add up; that is a bug, never the user's input.
    """

    read: int
    imported: int
    merged: int
    rejected: int
    rejects_file: Path | None = None

    def __post_init__(self) -> None:
        counts = (self.read, self.imported, self.merged, self.rejected)
        if min(counts) < 0 or self.read != self.imported + self.merged + self.rejected:
            raise ValueError(
                f"import accounting does not add up: read {self.read} != imported {self.imported} "
                f"+ merged {self.merged} + rejected {self.rejected}"
            )

    def as_json(self) -> dict[str, int | str | None]:
        """The ``--json`` import object of PRODUCT.md section 5, ready for ``json.dumps``."""
        return {
            "read": self.read,
            "imported": self.imported,
            "merged": self.merged,
            "rejected": self.rejected,
            "rejects_file": None if self.rejects_file is None else str(self.rejects_file),
        }

    def describe(self, language: str = "en") -> str:
        """The summary in plain words, in ``language`` ("ru" or "en")."""
        text = render("import.summary", language, read=self.read, imported=self.imported, merged=self.merged,
                      rejected=self.rejected)  # fmt: skip
        if self.rejected and self.rejects_file is not None:
            text += " " + render("import.summary.rejects_file", language, path=str(self.rejects_file))
        return text
