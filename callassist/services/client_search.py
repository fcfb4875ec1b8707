"""Finding a client by what the operator types: any spelling of any phone, or words of the name or company.

Phones: the E.164 digits are stored reversed (``client_phones.digits_reversed``), so "ends with 1234567" is an
indexed range, and typed numbers that start like a full number ("+7916…", "8 916…") are also read as the start of an
E.164 number (the ``e164`` index). Names: each word of the name and company is folded (case, ё/е) and stemmed the way
the objection search does it (``scripts.textnorm``) and kept in ``client_search_words``; a query word matches the
stems that begin with its own stem (so "Иванову" finds "Иванов", and "Ива" finds it while typing), and a word with
no match is compared with the vocabulary for typos (rapidfuzz).

Clients added by the import are indexed later (``search_stale`` 1): a writer calls ``index_stale``; a search that
must not write also reads the stale ones directly (``find(..., include_stale=True)``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, cast

import phonenumbers
from phonenumbers import NumberParseException
from rapidfuzz import fuzz, process
from sqlalchemy import BindParameter, Table, and_, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session, aliased

from callassist.domain import ClientState
from callassist.scripts import textnorm
from callassist.storage.models import Client, ClientPhone, ClientSearchWord, Operator, SearchVocabulary

MIN_PHONE_DIGITS = 4  # fewer digits than this are not a phone query ("2" would match a tenth of the base)
LIMIT = 30
CANDIDATES = 1000  # clients read for the first query word before ranking: bounds "Ив" on a million clients
WORD_LENGTH = 40
_TYPO_CUTOFF = 75.0
_TYPO_CHOICES = 4000  # vocabulary words of the same first letter compared with a mistyped word
_HIGHEST = "\uffff"


@dataclass(frozen=True)
class ClientMatch:
    """One found client, as the results list and ``client find --json`` show it."""

    client_id: int
    name: str
    company: str
    phones: tuple[str, ...]
    state: ClientState
    owner: str | None
    holder: str | None  # the operator holding the client right now (a live lease), None when free
    score: float


# --- keys ---------------------------------------------------------------------------------------------------------


def reversed_digits(e164: str) -> str:
    return "".join(ch for ch in reversed(e164) if ch.isdigit())


def name_words(*texts: str) -> set[str]:
    """The folded, stemmed words under which a client with these names and company is found."""
    return {textnorm.stem(word)[:WORD_LENGTH] for text in texts for word in textnorm.words(text)}


def index_clients(session: Session, client_ids: Sequence[int]) -> None:
    """(Re)write the search keys of these clients: their name words and their phones' reversed digits."""
    if not client_ids:
        return
    ids = list(client_ids)
    rows = session.execute(
        select(
            Client.id, Client.full_name, Client.first_name, Client.patronymic, Client.last_name, Client.company
        ).where(Client.id.in_(ids))
    ).all()
    session.execute(delete(ClientSearchWord).where(ClientSearchWord.client_id.in_(ids)))
    pairs = sorted({(word, row[0]) for row in rows for word in name_words(*row[1:])})
    if pairs:
        session.execute(insert(ClientSearchWord), [{"word": word, "client_id": cid} for word, cid in pairs])
        _add_vocabulary(session, {word for word, _ in pairs})
    phones = session.execute(select(ClientPhone.id, ClientPhone.e164).where(ClientPhone.client_id.in_(ids))).all()
    _key_phones(session, phones)
    session.execute(
        update(Client).where(Client.id.in_(ids)).values(search_stale=0).execution_options(synchronize_session=False)
    )


def _add_vocabulary(session: Session, words: set[str]) -> None:
    known = set(session.scalars(select(SearchVocabulary.word).where(SearchVocabulary.word.in_(sorted(words)))))
    new = sorted(words - known)
    if new:
        session.execute(insert(SearchVocabulary), [{"word": word} for word in new])


def index_stale(session: Session, batch: int = 2000) -> int:
    """Index up to ``batch`` clients not indexed yet (and phones added without keys); returns how many clients."""
    ids = list(session.scalars(select(Client.id).where(Client.search_stale == 1).order_by(Client.id).limit(batch)))
    index_clients(session, ids)
    loose = session.execute(
        select(ClientPhone.id, ClientPhone.e164).where(ClientPhone.digits_reversed.is_(None)).limit(batch)
    ).all()
    _key_phones(session, loose)
    return len(ids)


_PHONES = cast(Table, ClientPhone.__table__)
_KEY_PHONE = update(_PHONES).where(_PHONES.c.id == bindparam("phone_id")).values(digits_reversed=bindparam("reversed"))


def _key_phones(session: Session, phones: Sequence[Any]) -> None:
    """Give these (id, e164) phones their reversed digits, in one executemany."""
    if phones:
        rows = [{"phone_id": phone_id, "reversed": reversed_digits(e164)} for phone_id, e164 in phones]
        session.connection().execute(_KEY_PHONE, rows)


def has_stale(session: Session) -> bool:
    stale = select(Client.id).where(Client.search_stale == 1).limit(1)
    loose = select(ClientPhone.id).where(ClientPhone.digits_reversed.is_(None)).limit(1)
    return session.scalar(stale) is not None or session.scalar(loose) is not None


# --- finding ------------------------------------------------------------------------------------------------------


def find(
    session: Session,
    query: str,
    now: datetime,
    region: str = "RU",
    limit: int = LIMIT,
    include_stale: bool = False,
    stale_most: int | None = CANDIDATES,
) -> tuple[ClientMatch, ...]:
    """The clients ``query`` names, best first: phone matches, then clients matching the most words.

    Args:
        query: what the operator typed: a phone in any spelling, or words of a name or company.
        now: for telling whether a lease is still live.
        region: the country of numbers typed without a country code.
        include_stale: also read clients not indexed yet (a read-only caller that cannot index them first).
        stale_most: read at most this many of them (a keystroke must stay fast); None: all (the command line).
    """
    scores = _phone_scores(session, query, region)
    if not scores:
        scores = _word_scores(session, query)
    if include_stale:
        for client_id, score in _stale_scores(session, query, region, stale_most).items():
            scores[client_id] = max(score, scores.get(client_id, 0.0))
    best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return _matches(session, best, now)


def _digits(query: str) -> str:
    return "".join(ch for ch in query if ch.isdigit())


def _is_phone_query(query: str) -> bool:
    """Mostly digits and phone punctuation, with enough digits to mean a number."""
    digits = _digits(query)
    letters = sum(ch.isalpha() for ch in query)
    return len(digits) >= MIN_PHONE_DIGITS and letters == 0


def _phone_scores(session: Session, query: str, region: str) -> dict[int, float]:
    """Clients with a number ending with the typed digits, or starting as the typed number does (two indexed ranges,
    asked separately: an OR across two columns would make the database read every phone)."""
    if not _is_phone_query(query):
        return {}
    asks = [(_PHONE_ENDS, _digits(query)[::-1])]
    start = _e164_start(query, region)
    if start is not None:
        asks.append((_PHONE_STARTS, start))
    connection = session.connection()
    return {
        client_id: 100.0
        for statement, prefix in asks
        for (client_id,) in connection.execute(statement, {"lo": prefix, "hi": prefix + _HIGHEST})
    }


def _starts(column: Any, prefix: str) -> Any:
    """``column`` starts with ``prefix``, as a range both databases answer from a plain index."""
    return and_(column >= prefix, column < prefix + _HIGHEST)


@lru_cache(maxsize=64)
def _trunk_prefix(region: str) -> tuple[int, str]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region.upper())
    code = phonenumbers.country_code_for_region(region.upper())
    return code, (metadata.national_prefix or "") if metadata is not None else ""


def _e164_start(query: str, region: str) -> str | None:
    """How a number typed from its beginning starts in E.164: "+7916…" as is, "8 916…" (RU trunk 8) as "+7916…"."""
    text = query.strip()
    digits = _digits(text)
    if text.startswith("+"):
        return "+" + digits
    try:  # a whole national number: let phonenumbers say what it is
        number = phonenumbers.parse(text, region.upper())
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except NumberParseException:
        pass
    code, trunk = _trunk_prefix(region)
    if trunk and digits.startswith(trunk) and code:
        return f"+{code}{digits[len(trunk) :]}"
    if code and digits.startswith(str(code)) and len(digits) > 6:
        return "+" + digits
    return None


def _word_scores(session: Session, query: str) -> dict[int, float]:
    """Clients matching every query word (a word of the name or company), scored by how well each matched.

    The longest word (the most telling) finds the candidates; the other words only check those candidates, so
    "смирнова ольга" is not cut short by the thousands of Olgas before the Smirnovas are read.
    """
    stems = sorted({textnorm.stem(word)[:WORD_LENGTH] for word in textnorm.words(query)}, key=len, reverse=True)
    if not stems:
        return {}
    scores = _one_word(session, stems[0])
    for stem in stems[1:]:
        if not scores:
            return {}
        matched = _one_word(session, stem, among=sorted(scores))
        scores = {cid: scores[cid] + score for cid, score in matched.items() if cid in scores}
    return scores


def _one_word(session: Session, stem: str, among: Sequence[int] = ()) -> dict[int, float]:
    """Clients with a word starting with ``stem`` (exact 100, longer 90), else within a typo of it; only
    ``among`` these clients when given."""
    connection = session.connection()
    params: dict[str, Any] = {"lo": stem, "hi": stem + _HIGHEST, "among": list(among)}
    rows = connection.execute(_WORDS_AMONG if among else _WORDS, params).all()
    if rows:
        return {cid: 100.0 if word == stem else 90.0 for word, cid in rows}
    if len(stem) < 3:
        return {}
    near = _typo_neighbours(session, stem)
    if not near:
        return {}
    params["words"] = list(near)
    found = connection.execute(_TYPOS_AMONG if among else _TYPOS, params).all()
    return {cid: near[word] * 0.85 for word, cid in found}


def _typo_neighbours(session: Session, stem: str) -> dict[str, float]:
    """Vocabulary words within a typo of ``stem``: same first letter, rapidfuzz ratio above the cutoff."""
    prefix = stem[0]
    choices = list(session.connection().execute(_VOCABULARY, {"lo": prefix, "hi": prefix + _HIGHEST}).scalars())
    hits = process.extract(stem, choices, scorer=fuzz.ratio, score_cutoff=_TYPO_CUTOFF, limit=20)
    return {word: float(score) for word, score, _ in hits}


def _stale_scores(session: Session, query: str, region: str, most: int | None) -> dict[int, float]:
    """The same matching, in Python, over what is not indexed yet: clients with ``search_stale`` and phones without
    reversed digits (a number an import merged into a known client). At most ``most`` of each; None: all of them."""
    if _is_phone_query(query):
        tail, start = _digits(query), _e164_start(query, region)
        columns = (ClientPhone.client_id, ClientPhone.e164)
        of_stale = select(*columns).join(Client, Client.id == ClientPhone.client_id).where(Client.search_stale == 1)
        unkeyed = select(*columns).where(ClientPhone.digits_reversed.is_(None))
        return {  # two queries, each answered by its own index (an OR of the two would read every phone)
            cid: 100.0
            for statement in (of_stale, unkeyed)
            for cid, e164 in session.execute(statement.limit(most))
            if _digits(e164).endswith(tail) or (start is not None and e164.startswith(start))
        }
    stems = [textnorm.stem(word) for word in textnorm.words(query)]
    stale = select(
        Client.id, Client.full_name, Client.first_name, Client.patronymic, Client.last_name, Client.company
    ).where(Client.search_stale == 1)
    scores: dict[int, float] = {}
    for row in session.execute(stale.limit(most)):
        words = name_words(*row[1:])
        if stems and all(any(word.startswith(stem) for word in words) for stem in stems):
            scores[row[0]] = 100.0 * len(stems)
    return scores


def _matches(session: Session, best: Iterable[tuple[int, float]], now: datetime) -> tuple[ClientMatch, ...]:
    ranked = list(best)
    if not ranked:
        return ()
    connection = session.connection()
    ids = {"ids": [client_id for client_id, _ in ranked]}
    by_id = {row[0]: row for row in connection.execute(_MATCH_ROWS, ids)}
    phones: dict[int, list[str]] = {}
    for cid, e164 in connection.execute(_MATCH_PHONES, ids):
        phones.setdefault(cid, []).append(e164)
    out = []
    for client_id, score in ranked:
        row = by_id.get(client_id)
        if row is None:
            continue
        _, name, company, state, owner_name, holder_name, expires = row
        live = holder_name if expires is not None and expires >= now else None
        found = tuple(phones.get(client_id, ()))
        out.append(ClientMatch(client_id, name, company, found, ClientState(state), owner_name, live, score))
    return tuple(out)


# The statements of a keystroke, built once (building one costs more than SQLite takes to run it) and run as Core.
_LO: BindParameter[str] = bindparam("lo")
_HI: BindParameter[str] = bindparam("hi")
_AMONG: BindParameter[list[int]] = bindparam("among", expanding=True)
_PHONE_ENDS = (
    select(ClientPhone.client_id)
    .where(ClientPhone.digits_reversed >= _LO, ClientPhone.digits_reversed < _HI)
    .limit(CANDIDATES)
)
_PHONE_STARTS = select(ClientPhone.client_id).where(ClientPhone.e164 >= _LO, ClientPhone.e164 < _HI).limit(CANDIDATES)
_WORD_COLUMNS = (ClientSearchWord.word, ClientSearchWord.client_id)
_WORDS = select(*_WORD_COLUMNS).where(ClientSearchWord.word >= _LO, ClientSearchWord.word < _HI).limit(CANDIDATES)
_WORDS_AMONG = _WORDS.where(ClientSearchWord.client_id.in_(_AMONG))
_TYPOS = select(*_WORD_COLUMNS).where(ClientSearchWord.word.in_(bindparam("words", expanding=True))).limit(CANDIDATES)
_TYPOS_AMONG = _TYPOS.where(ClientSearchWord.client_id.in_(_AMONG))
_VOCABULARY = (
    select(SearchVocabulary.word).where(SearchVocabulary.word >= _LO, SearchVocabulary.word < _HI).limit(_TYPO_CHOICES)
)
_OWNER, _HOLDER = aliased(Operator), aliased(Operator)
_MATCH_ROWS = (
    select(
        Client.id, Client.full_name, Client.company, Client.state, _OWNER.name, _HOLDER.name, Client.lease_expires_at
    )
    .outerjoin(_OWNER, _OWNER.id == Client.owner_id)
    .outerjoin(_HOLDER, _HOLDER.id == Client.lease_operator_id)
    .where(Client.id.in_(bindparam("ids", expanding=True)))
)
_MATCH_PHONES = (
    select(ClientPhone.client_id, ClientPhone.e164)
    .where(ClientPhone.client_id.in_(bindparam("ids", expanding=True)))
    .order_by(ClientPhone.client_id, ClientPhone.position, ClientPhone.id)
)
