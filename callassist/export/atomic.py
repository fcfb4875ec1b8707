"""Write a file under a temporary name next to the target and move it into place only when it is complete.

``os.replace`` is atomic on one file system, so a reader sees the old file or the whole new one, never half.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from callassist.errors import EnvironmentFailure, UserInputError


def check_target(target: Path) -> None:
    """Refuse, with a message an operator understands, a target that cannot be written."""
    folder = target.parent
    if not folder.is_dir():
        raise UserInputError("export.folder_missing", field="out", target=target, folder=folder)
    if target.is_dir():
        raise UserInputError("export.target_is_folder", field="out", target=target)


@contextmanager
def replaced_on_success(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it becomes ``target``, on failure it is gone.

    Raises:
        UserInputError: the folder does not exist or cannot be written to.
        EnvironmentFailure: the disk failed while writing or moving the file.
    """
    check_target(target)
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except PermissionError as exc:
        raise UserInputError("export.no_permission", field="out", target=target) from exc
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        _flush_to_disk(temp)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise EnvironmentFailure("export.write_failed", target=target, detail=exc.strerror or exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _flush_to_disk(path: Path) -> None:
    # Without fsync a crash right after the rename can leave an empty file under the final name.
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
