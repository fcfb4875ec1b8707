"""Finding a client: time per keystroke over a million clients, typed letter by letter, next to plain SQL ``LIKE``.

The database holds seeded Russian clients (surname, first name, patronymic, company; one or two phones) with their
search keys written the way ``services.client_search`` writes them (its own ``name_words`` and ``reversed_digits``).
Each query is typed one character at a time and every keystroke from the second character on is one ``find``.
The baseline, timed the same way in the same run, is what a find field without an index does: ``LIKE '%text%'``
over the name and company (or over the phone numbers for digits), 30 rows at most. It finds no typos, inflections
or other spellings of a phone, so it does less than the index for the same keystroke.

Run: ``.venv/bin/python -m benchmarks.bench_client_search [--quick]``.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.bench_queue import CACHE, schema_key, sqlite_moment, sqlite_url
from benchmarks.harness import Figure, percentile

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
FULL_CLIENTS, QUICK_CLIENTS = 1_000_000, 20_000
GOAL_MS = 50.0
SURNAMES = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Лебедев",
]
FIRST = ["Иван", "Пётр", "Сергей", "Алексей", "Ольга", "Анна", "Мария", "Дмитрий", "Елена", "Андрей", "Наталья", "Юрий"]
PATRONYMIC = ["Иванович", "Петрович", "Сергеевич", "Алексеевич", "Дмитриевич", "Андреевич", "Юрьевич"]
COMPANIES = [
    "Вектор",
    "Сфера",
    "Горизонт",
    "Спектр",
    "СибАгро",
    "ДорСтрой",
    "Стандарт",
    "Меридиан",
    "Альянс",
    "Прогресс",
]
SYLLABLES = [
    "ка",
    "ро",
    "ми",
    "ла",
    "то",
    "ве",
    "ду",
    "ны",
    "пе",
    "ст",
    "ор",
    "ан",
    "зо",
    "би",
    "ки",
    "ле",
    "тр",
    "ус",
    "ша",
    "мо",
]
TYPED = ("Иванов", "ИВАНОВУ", "Иваноф Пётр", "смирнова ольга", "Вектор", "8 916 123-45-67", "+7916555", "4567123")


def _surname(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(SURNAMES)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() + rng.choice(("ов", "ин"))


def prepared(count: int) -> Path:

    path = CACHE / f"client-search-{count}-{schema_key()}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        _build(partial, count)
        partial.rename(path)
    return path


def _build(path: Path, count: int) -> None:
    from callassist.bootstrap import open_ready
    from callassist.services.client_search import name_words, reversed_digits

    open_ready(sqlite_url(path)).dispose()
    rng = random.Random(14)
    moment = sqlite_moment(NOW)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    clients, phones, words = [], [], set()
    for i in range(1, count + 1):
        last, first, middle = _surname(rng), rng.choice(FIRST), rng.choice(PATRONYMIC)
        company = f"ООО «{rng.choice(COMPANIES)}-{rng.randrange(300)}»"
        clients.append((i, f"{last} {first} {middle}", first, middle, last, company, moment, moment))
        for position in range(rng.choice((1, 1, 2))):
            e164 = f"+79{rng.randrange(10**9):09d}"
            phones.append((i, e164, e164, position, reversed_digits(e164)))
        words.update((word, i) for word in name_words(last, first, middle, company))
    with conn:
        conn.executemany(
            "INSERT INTO clients (id, full_name, first_name, patronymic, last_name, company, position, email, city,"
            " region, timezone, source, state, notes, preferences, created_at, updated_at, failed_attempts,"
            " search_stale) VALUES (?, ?, ?, ?, ?, ?, '', '', '', 'RU', 'Europe/Moscow', 'bench', 'new', '', '', ?, ?,"
            " 0, 0)",
            clients,
        )
        conn.executemany(
            "INSERT INTO client_phones (client_id, e164, raw, extension, position, digits_reversed)"
            " VALUES (?, ?, ?, '', ?, ?)",
            phones,
        )
        conn.executemany("INSERT INTO client_search_words (word, client_id) VALUES (?, ?)", sorted(words))
        conn.executemany("INSERT INTO search_vocabulary (word) VALUES (?)", sorted({(w,) for w, _ in words}))
        # The phones the queries type, so the phone queries find someone.
        conn.execute("UPDATE client_phones SET e164 = '+79161234567', digits_reversed = '76543216197' WHERE id = 7")
    conn.execute("ANALYZE")
    conn.close()


def _keystrokes() -> list[str]:
    return [query[:end] for query in TYPED for end in range(2, len(query) + 1)]


def _search_times(path: Path) -> list[float]:
    from callassist.services import client_search
    from callassist.storage.engine import open_database

    db = open_database(sqlite_url(path))
    times = []
    try:
        with db.read() as session:
            client_search.find(session, "прогрев", NOW)  # the first statement compiles; not a keystroke
            for typed in _keystrokes():
                start = _clock()
                client_search.find(session, typed, NOW)
                times.append((_clock() - start) * 1000.0)
    finally:
        db.dispose()
    return times


def _like_times(path: Path) -> list[float]:
    conn = sqlite3.connect(path)
    times = []
    try:
        for typed in _keystrokes():
            digits = "".join(ch for ch in typed if ch.isdigit())
            start = _clock()
            if digits and not any(ch.isalpha() for ch in typed):
                rows = conn.execute(
                    "SELECT client_id FROM client_phones WHERE e164 LIKE ? LIMIT 30", (f"%{digits}%",)
                ).fetchall()
            else:
                rows = conn.execute(
                    "SELECT id FROM clients WHERE full_name LIKE ? OR company LIKE ? LIMIT 30",
                    (f"%{typed}%", f"%{typed}%"),
                ).fetchall()
            times.append((_clock() - start) * 1000.0)
            del rows
    finally:
        conn.close()
    return times


def _clock() -> float:
    import time

    return time.perf_counter()


def figures(quick: bool) -> list[Figure]:
    count = QUICK_CLIENTS if quick else FULL_CLIENTS
    path = prepared(count)
    ours, plain = _search_times(path), _like_times(path)
    p95, baseline = percentile(ours, 95), percentile(plain, 95)
    size = f"{count:,}"
    return [
        Figure(
            f"client find, p95 per keystroke ({size} clients, {len(ours)} keystrokes)",
            p95,
            "ms",
            baseline=baseline,
            baseline_label="SQL LIKE '%text%' over names, companies or phones",
            goal=f"<= {GOAL_MS:.0f} ms",
            met=p95 <= GOAL_MS if not quick else None,
            note=f"worst {max(ours):.1f} ms; LIKE worst {max(plain):.1f} ms",
        )
    ]


if __name__ == "__main__":
    for figure in figures("--quick" in sys.argv):
        print(
            figure.name, f"{figure.value:.2f} {figure.unit}", f"baseline {figure.baseline:.2f}", f"{figure.ratio:.2f}x"
        )
