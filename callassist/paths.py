"""Where CallAssist keeps its files. ``CALLASSIST_DATA_DIR`` moves them (tests point it at tmp_path)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CallAssist"
ENV_DATA_DIR = "CALLASSIST_DATA_DIR"
ENV_DB = "CALLASSIST_DB"


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'callassist.db'}"


def resolve_db_url(cli_value: str | None) -> str:
    """``--db`` wins, then ``CALLASSIST_DB``, then the SQLite file in the user data dir."""
    return cli_value or os.environ.get(ENV_DB) or default_db_url()
