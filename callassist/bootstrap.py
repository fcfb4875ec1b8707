"""Open a database ready for work: migrated to the current schema (with a backup first) and with catalogues."""

from __future__ import annotations

from callassist.services import catalogues, scripts, zones
from callassist.settings import load as load_settings
from callassist.storage import migrate
from callassist.storage.engine import Database, open_database, translated_failures


def open_ready(url: str) -> Database:
    db = open_database(url)
    try:
        with translated_failures():  # a database that is not there is the environment's failure, said in one line
            migrate.upgrade(db)
    except BaseException:  # e.g. a person's team login meeting another schema: no connection left behind
        db.dispose()
        raise
    with db.write() as session:
        catalogues.ensure_defaults(session)
        scripts.ensure_defaults(session)
        zones.backfill_timezones(session, load_settings(session))  # clients from before time zones were set
    return db
