"""A shift at CI size on the real app (issue 9): the process survives 100,000 counted event-loop callbacks with
claims and saves by key press, every confirmed save is a row, and memory grows no more than 50 MB.

The full shift (1,000,000 callbacks, 2,000 saves) is ``python -m benchmarks --only shift``.
"""

from __future__ import annotations

from benchmarks.bench_shift import GOAL_MB, run_soak

CALLBACKS, SAVES = 100_000, 100


def test_shift_of_100k_callbacks_keeps_every_save_and_memory_flat() -> None:
    shift = run_soak(CALLBACKS, SAVES)  # raises with the soak's last words if the process failed
    assert shift["callbacks"] >= CALLBACKS
    assert shift["claims"] == shift["saves"] == SAVES
    assert shift["rows"] == shift["saves"]
    assert shift["errors_logged"] == 0, shift["first_error"]
    assert shift["growth_mb"] <= GOAL_MB
