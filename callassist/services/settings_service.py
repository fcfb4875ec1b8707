"""Team settings as the settings dialog edits them: checked before anything is written, one unit of work each way.

Also the dial link: the operator's softphone is reached through a URL template (``tel:{e164}``,
``sip:{digits}@pbx.local``, ``callto:{e164}`` or any vendor scheme) filled with the client's number.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time
from pathlib import Path

import phonenumbers

from callassist.errors import UserInputError
from callassist.services.operators import ensure_operator
from callassist.settings import TeamSettings
from callassist.settings import load as load_settings
from callassist.settings import save as save_settings
from callassist.softphone import settings_check as softphone_settings
from callassist.storage.engine import Database, make_engine

DEFAULT_DIAL_TEMPLATE = "tel:{e164}"
SAMPLE_NUMBER = "+74951234567"  # what the settings dialog's "Test" button dials on paper
PLACEHOLDERS = ("{e164}", "{digits}")
# The messages name the placeholders through parameters, so their braces are not read as the message's own.
_PLACEHOLDER_NAMES = {"e164": "{e164}", "digits": "{digits}"}
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_EXTENSION_PART = re.compile(r"[;,&?]?[A-Za-z-]*=?\{ext\}")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def load_team(db: Database) -> TeamSettings:
    """The team settings as stored (defaults for anything never saved)."""
    with db.read() as session:
        return load_settings(session)


def save_team(db: Database, settings: TeamSettings, operator: str | None = None) -> TeamSettings:
    """Check ``settings`` and store them in one unit of work; returns what was stored.

    Args:
        db: the team database.
        settings: the values to store.
        operator: whose own daily goal (the one the pipeline line shows) becomes ``settings.daily_goal`` too.

    Raises:
        UserInputError: a value the dialog must not accept; nothing is written.
    """
    checked = validate(settings)
    with db.write() as session:
        save_settings(session, checked)
        if operator is not None:
            ensure_operator(session, operator).daily_goal = checked.daily_goal
    return checked


def validate(settings: TeamSettings) -> TeamSettings:
    """Return ``settings`` with the region upper-cased, or refuse the first value an operator must fix.

    Raises:
        UserInputError: hours not HH:MM or start not before end, an unknown phone region, a daily goal below 1.
    """
    start = _clock_time(settings.calling_start, "calling_start", "settings.hours_start_not_time")
    end = _clock_time(settings.calling_end, "calling_end", "settings.hours_end_not_time")
    if start >= end:
        raise UserInputError(
            "settings.hours_reversed", "calling_end", start=settings.calling_start, end=settings.calling_end
        )
    region = settings.default_region.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise UserInputError("settings.unknown_region", "default_region", region=settings.default_region)
    if settings.daily_goal < 1:
        raise UserInputError("settings.goal_too_small", "daily_goal", goal=settings.daily_goal)
    return softphone_settings.validate(replace(settings, default_region=region))  # issue 18


def _clock_time(text: str, field: str, code: str) -> time:
    if not _HHMM.match(text.strip()):
        raise UserInputError(code, field, text=text)
    return time.fromisoformat(text.strip())


def validate_dial_template(template: str) -> str:
    """Return the template stripped, or refuse one that cannot make a link.

    Raises:
        UserInputError: no ``{e164}``/``{digits}`` placeholder, no ``scheme:`` at the start, or an unknown placeholder.
    """
    clean = template.strip()
    if not any(p in clean for p in PLACEHOLDERS):
        raise UserInputError("settings.dial_no_placeholder", "dial_template", template=template, **_PLACEHOLDER_NAMES)
    if not _SCHEME.match(clean):
        raise UserInputError(
            "settings.dial_no_scheme", "dial_template", template=template, schemes="tel:, sip:, callto:"
        )
    leftover = re.findall(r"\{[^}]*\}", clean.replace("{e164}", "").replace("{digits}", "").replace("{ext}", ""))
    if leftover:
        raise UserInputError(
            "settings.dial_unknown_placeholder",
            "dial_template",
            template=template,
            placeholder=leftover[0],
            **_PLACEHOLDER_NAMES,
        )
    return clean


def database_url(kind: str, value: str) -> str:
    """The database URL the settings dialog stores: a file path (``kind="file"``) or a server URL (``"server"``).

    Raises:
        UserInputError: an empty value, a file in a folder that does not exist, or a URL that names no usable database.
    """
    clean = value.strip()
    if not clean:
        raise UserInputError("settings.db_missing", "db")
    if kind == "file":
        if "://" in clean:
            url = clean
        else:
            path = Path(clean).expanduser().resolve()
            if not path.parent.is_dir():
                raise UserInputError("settings.db_folder_missing", "db", folder=path.parent)
            url = f"sqlite:///{path}"
    else:
        url = clean if "://" in clean else f"postgresql://{clean}"
    make_engine(url).dispose()  # refuses a malformed URL or an unsupported database, without connecting
    return url


def current_url(db: Database) -> str:
    """The URL ``db`` was opened with, without its password: the settings dialog shows it to be edited, and a
    password is never shown (it is typed in its own masked field, or kept in the OS keyring)."""
    return db.engine.url._replace(password=None).render_as_string(hide_password=False)


def dial_link(template: str, e164: str, extension: str = "") -> str:
    """The link the softphone is asked to open for ``e164`` (``+74951234567``).

    ``{e164}`` is the number with its plus, ``{digits}`` the same digits without it (what most PBXes expect).
    ``{ext}`` (optional) is the phone's ``extension``.

    Raises:
        UserInputError: the template is unusable (see ``validate_dial_template``).
    """
    clean = validate_dial_template(template)
    digits = "".join(ch for ch in e164 if ch.isdigit())
    # {ext}: the extension, or for a number without one the placeholder with its parameter (";ext={ext}") goes.
    clean = clean.replace("{ext}", extension) if extension else _EXTENSION_PART.sub("", clean)
    return clean.replace("{e164}", "+" + digits).replace("{digits}", digits)
