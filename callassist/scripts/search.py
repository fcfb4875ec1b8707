"""The objection palette's search: a few typed letters find the objection, typos, inflections and layout aside.

How it works: every title and trigger is cut into normalised word stems (``textnorm``) once, when the index
is built, giving a vocabulary of stems and, for each stem, the objections that use it. A query is cut the
same way; each query stem is matched against the vocabulary (exactly, as a prefix of a longer stem while
the operator is still typing, and fuzzily with ``rapidfuzz.process.extract`` for typos and odd endings).
An objection scores by how well each query word matches one of its stems, weighted by how rare the word's
best-matching stem is (so "дорого" counts more than "у нас"). The query is also tried as if typed on the other keyboard
layout ("ljhjuj" is "дорого"). Query-word matches are cached, so each keystroke only pays for the word
being typed.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from callassist.scripts import textnorm
from callassist.scripts.model import Objection

# Match strengths (0-100) for one query stem against one vocabulary stem; exact beats prefix beats fuzzy.
_EXACT = 100.0
_STARTS_QUERY_WORD = 90.0  # "дорогов" (typed "дорогова") begins with the known stem "дорог"
_TYPED_SO_FAR = 88.0  # "дорог" is what the known stem "дорогой" starts with: still typing
_FUZZY_CEILING = 0.85  # a fuzzy ratio of 100 would be an exact match, so fuzzy stays below prefixes
_FUZZY_CUTOFF = 72.0  # below this rapidfuzz's ratio is mostly noise on short words
_MIN_FUZZY_LENGTH = 4
_MIN_STEM_PREFIX = 3
_MAX_PREFIX_EXPANSIONS = 400  # a one-letter query must not walk the whole vocabulary
_TRIGGER_WEIGHT = 0.97  # the same word in the title is a slightly stronger hint than in a trigger
_OTHER_LAYOUT_WEIGHT = 0.95  # a real match typed as is beats an accidental one after conversion
_FUNCTION_WORD_WEIGHT = 0.25  # "мы", "у нас", "my" still count, but far less than the words that carry meaning
_CACHE_LIMIT = 4096


@dataclass(frozen=True)
class ObjectionMatch:
    key: str
    title: str
    score: float  # 0-100, higher is better


class ObjectionIndex:
    """A search index over a fixed list of objections; build it once per script, query it per keystroke."""

    def __init__(self, objections: Iterable[Objection]) -> None:
        library = tuple(objections)
        self._objections = [(objection.key, objection.title) for objection in library]
        weights_by_stem: dict[str, dict[int, float]] = {}
        self._by_title_initial: dict[str, list[int]] = {}
        for position, objection in enumerate(library):
            for initial in dict.fromkeys(word[0] for word in textnorm.words(objection.title)):
                self._by_title_initial.setdefault(initial, []).append(position)
            self._add(weights_by_stem, position, objection.title, 1.0)
            for trigger in objection.triggers:
                self._add(weights_by_stem, position, trigger, _TRIGGER_WEIGHT)
        self._vocabulary = sorted(weights_by_stem)
        self._postings = [weights_by_stem[stem] for stem in self._vocabulary]
        count = max(1, len(self._objections))
        self._rarity = [math.log(1.0 + count / len(posting)) for posting in self._postings]
        self._unknown_word_rarity = math.log(1.0 + count)  # as rare as a word used by one objection
        self._position = {stem: index for index, stem in enumerate(self._vocabulary)}
        self._cache: dict[tuple[str, bool], tuple[float, dict[int, float]] | None] = {}
        # Fuzzy candidates share the first or the second letter with the typed word: a typo rarely hits both,
        # and comparing against two small buckets instead of the whole vocabulary keeps keystrokes fast.
        self._by_letter: dict[tuple[int, str], tuple[list[str], list[int]]] = {}
        for index, stem in enumerate(self._vocabulary):
            for place in (0, 1):
                if len(stem) > place:
                    stems, indices = self._by_letter.setdefault((place, stem[place]), ([], []))
                    stems.append(stem)
                    indices.append(index)

    @staticmethod
    def _add(weights_by_stem: dict[str, dict[int, float]], position: int, text: str, weight: float) -> None:
        for stem in textnorm.stems(text):
            posting = weights_by_stem.setdefault(stem, {})
            posting[position] = max(weight, posting.get(position, 0.0))

    def forget_typed_words(self) -> None:
        """Drop the cached word matches (a new palette session; benchmarks use it to time cold keystrokes)."""
        self._cache.clear()

    def __len__(self) -> int:
        return len(self._objections)

    def search(self, query: str, limit: int = 8) -> list[ObjectionMatch]:
        """The objections that best fit ``query``, best first.

        Args:
            query: what the operator has typed so far, on whichever keyboard layout.
            limit: at most this many matches.

        Returns:
            Up to ``limit`` matches with a score above zero; for a blank query, the first ``limit``
            objections in library order with score 0, so the palette is never empty.
        """
        if limit <= 0:
            return []
        if not textnorm.words(query):
            return [ObjectionMatch(key, title, 0.0) for key, title in self._objections[:limit]]
        if len("".join(textnorm.words(query))) == 1:
            return self._by_initial(query, limit)
        scores: dict[int, float] = {}
        for attempt, variant in enumerate(textnorm.layout_variants(query)):
            weight = 1.0 if attempt == 0 else _OTHER_LAYOUT_WEIGHT
            for position, score in self._score(variant).items():
                scores[position] = max(scores.get(position, 0.0), score * weight)
        ranked = heapq.nsmallest(limit, scores.items(), key=lambda item: (-item[1], item[0]))
        return [ObjectionMatch(*self._objections[position], round(score, 2)) for position, score in ranked]

    def _by_initial(self, letter: str, limit: int) -> list[ObjectionMatch]:
        """One letter typed: the objections with a title word starting with it, in library order.

        A single letter tells too little to rank thousands of stems by, and it is the keystroke that must
        never make the palette stutter, so it only looks at title initials (on both layouts).
        """
        found: dict[int, float] = {}
        for attempt, variant in enumerate(textnorm.layout_variants(letter)):
            weight = 1.0 if attempt == 0 else _OTHER_LAYOUT_WEIGHT
            for initial in textnorm.words(variant):
                for position in self._by_title_initial.get(initial, [])[:limit]:
                    found.setdefault(position, _TYPED_SO_FAR * weight)
        ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [ObjectionMatch(*self._objections[position], score) for position, score in ranked]

    def _score(self, query: str) -> dict[int, float]:
        """Score (0-100) of every objection that matches at least one word of ``query``."""
        query_stems = textnorm.stems(query)
        # The last word may be half-typed, unless the query already ends with a space or punctuation.
        still_typing = bool(query) and query[-1].isalnum()
        totals: dict[int, float] = {}
        best_possible = 0.0
        for number, query_stem in enumerate(query_stems):
            typing_this = still_typing and number == len(query_stems) - 1
            if len(query_stem) == 1:
                continue  # a lone letter among words ("я", "a", a stray key) would match half the library
            word = self._word(query_stem, typing_this)
            if word is None:
                # An unknown word lowers every score alike, so the layout reading with more known words wins.
                best_possible += _EXACT * self._unknown_word_rarity
                continue
            weight, strengths = word
            best_possible += _EXACT * weight
            for position, strength in strengths.items():
                totals[position] = totals.get(position, 0.0) + strength * weight
        if best_possible == 0.0:
            return {}
        return {position: min(100.0, 100.0 * total / best_possible) for position, total in totals.items()}

    def _word(self, query_stem: str, still_typing: bool) -> tuple[float, dict[int, float]] | None:
        """How telling one query word is, and each objection's best match strength for it; None if unknown.

        Cached, so while the operator types only the word under the cursor costs anything.
        """
        cache_key = (query_stem, still_typing)
        if cache_key in self._cache:
            return self._cache[cache_key]
        matches = self._matches(query_stem, still_typing)
        word: tuple[float, dict[int, float]] | None = None
        if matches:
            # The rarity of the stem the word matches best ("дорог" tells more than "не").
            strongest = max(matches, key=lambda index: (matches[index], self._rarity[index]))
            weight = self._rarity[strongest]
            if textnorm.is_function_word(query_stem):
                weight *= _FUNCTION_WORD_WEIGHT
            word = (weight, self._best_per_objection(matches))
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[cache_key] = word
        return word

    def _best_per_objection(self, matches: dict[int, float]) -> dict[int, float]:
        """For one query word: each objection's best match strength, a little less when only a trigger has it."""
        best: dict[int, float] = {}
        for index, strength in matches.items():
            for position, field_weight in self._postings[index].items():
                contribution = strength * field_weight
                if contribution > best.get(position, 0.0):
                    best[position] = contribution
        return best

    def _matches(self, query_stem: str, still_typing: bool) -> dict[int, float]:
        """Vocabulary stems (by index) that ``query_stem`` may mean, with their match strength."""
        matches: dict[int, float] = {}
        if len(query_stem) >= _MIN_FUZZY_LENGTH:
            matches.update(self._fuzzy(query_stem))
        for length in range(_MIN_STEM_PREFIX, len(query_stem)):
            index = self._position.get(query_stem[:length])
            if index is not None:
                matches[index] = max(matches.get(index, 0.0), _STARTS_QUERY_WORD)
        if still_typing or len(query_stem) >= _MIN_STEM_PREFIX:
            for index in self._extensions(query_stem):
                matches[index] = max(matches.get(index, 0.0), _TYPED_SO_FAR)
        exact = self._position.get(query_stem)
        if exact is not None:
            matches[exact] = _EXACT
        return matches

    def _fuzzy(self, query_stem: str) -> dict[int, float]:
        """Vocabulary stems within typo distance of ``query_stem`` (rapidfuzz's normalised Indel ratio)."""
        found: dict[int, float] = {}
        for place in (0, 1):
            stems, indices = self._by_letter.get((place, query_stem[place]), ([], []))
            for _, score, number in process.extract(
                query_stem, stems, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=None
            ):
                found[indices[number]] = score * _FUZZY_CEILING
        return found

    def _extensions(self, prefix: str) -> range:
        """Indices of the vocabulary stems that begin with ``prefix`` (the vocabulary is sorted)."""
        start = bisect.bisect_left(self._vocabulary, prefix)
        end = start
        limit = min(len(self._vocabulary), start + _MAX_PREFIX_EXPANSIONS)
        while end < limit and self._vocabulary[end].startswith(prefix):
            end += 1
        return range(start, end)
