"""What every benchmark module returns: figures with their plain baseline measured in the same run.

A benchmark module lives in ``benchmarks/bench_*.py`` and defines ``figures(quick: bool) -> list[Figure]``.
``quick`` is the smoke size CI runs; the full size is what ``docs/performance.md`` reports.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Figure:
    name: str  # e.g. "objection search per keystroke (5,000 objections)"
    value: float
    unit: str  # "ms", "s", "rows/s", "MB"
    baseline: float | None = None  # the plain way, measured the same way in the same run
    baseline_label: str = ""
    goal: str = ""  # e.g. "<= 10 ms"
    met: bool | None = None  # None when the goal does not apply at this size
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def timings_ms(action: Callable[[], object], repeat: int) -> list[float]:
    """Run ``action`` ``repeat`` times and return each duration in milliseconds."""
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        durations.append((time.perf_counter() - start) * 1000.0)
    return durations


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile (0-100) by the nearest-rank method."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100.0 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def median(values: list[float]) -> float:
    return statistics.median(values)
