"""How the bytes of a text file say they are to be read: a BOM, UTF-16 by its zero bytes, UTF-8, or a code page.

The order matters. A BOM is a statement by the program that saved the file. UTF-16 without a BOM (Excel's
"Unicode text" may lose it) shows itself by a zero or 0x04 byte in every other place. Strict UTF-8 almost never
decodes text written in a single-byte code page by accident, so a file whose non-ASCII lines are UTF-8 is UTF-8:
a few lines with stray bytes in it stay UTF-8 and only those rows are rejected (the stray bytes come through as
lone surrogates, see ``BAD_BYTE``), never the whole file re-read as a code page. A file where many lines are UTF-8
and many are not is two files glued together and is refused, saying which line starts the other part.

Among cp1251, KOI8-R and cp866 every byte is a letter somewhere, so decoding alone cannot choose: the decoding
whose Cyrillic reads like Russian or Ukrainian text wins (most letters lower case, few box-drawing signs), and
charset-normalizer breaks a near tie.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from callassist.errors import UserInputError

CYRILLIC_CODE_PAGES: tuple[str, ...] = ("cp1251", "koi8_r", "cp866")
BAD_BYTE = re.compile("[\udc80-\udcff\ufffd]")  # an undecodable byte, as surrogateescape/replace leave it

# Longest BOM first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HEAD = 1 << 16
_BLOCK = 1 << 20
_DAMAGED_SHARE = 0.05  # stray lines beyond this share of the non-ASCII lines mean two encodings, not damage
_DAMAGED_FEW = 3  # ... unless there are no more than this many
_BINARY_ZERO_SHARE = 0.02
_CONTROLS = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
_COMMON_LOWER = frozenset("оеаинтсрвлкмдпуяыьгзбчйхжшюіїє")
_CYRILLIC_UPPER = re.compile("[А-ЯЁІЇЄҐ]")
_DRAWING = re.compile("[\u2500-\u25ff\u00a0-\u00bf\u2116]")


@dataclass(frozen=True)
class TextEncoding:
    """How to open a text file: the codec, the error handler, and whether undecodable bytes were seen."""

    codec: str
    errors: str = "strict"
    damaged: bool = False  # some rows hold bytes that are not text: they are rejected, the rest is read


def detect(path: Path) -> TextEncoding:
    """Tell how ``path`` is encoded, reading it block by block (never all of it at once).

    Raises:
        UserInputError: the file is empty, binary, or mixes two encodings.
    """
    with path.open("rb") as stream:
        head = stream.read(_HEAD)
    if not head.strip(b" \t\r\n\x00"):
        raise UserInputError("import.file_empty", "file", name=path.name)
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return TextEncoding(codec, "replace" if codec != "utf-8-sig" else "surrogateescape")
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        return TextEncoding(utf16, "replace")
    if head.count(0) > _BINARY_ZERO_SHARE * len(head) or len(_CONTROLS.findall(head)) > 0.05 * len(head):
        raise UserInputError("import.not_a_table", "file", name=path.name)
    if _valid_utf8(path):
        return TextEncoding("utf-8")
    return _by_lines(path)


def detect_bytes(data: bytes) -> str:
    """The codec of a small sample held in memory (tests and previews): as ``detect`` judges a file."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return likeliest_code_page(data)
    return "utf-8"


def likeliest_code_page(data: bytes) -> str:
    """The Cyrillic code page whose decoding of ``data`` reads most like Russian or Ukrainian text."""
    scores = sorted(
        ((_reads_as_text(data.decode(page, "replace")), page) for page in CYRILLIC_CODE_PAGES), reverse=True
    )
    (best_score, best), (second_score, _) = scores[0], scores[1]
    if best_score - second_score > 0.1:
        return best
    close = [page for score, page in scores if best_score - score <= 0.1]
    guess = from_bytes(data, cp_isolation=close).best()  # the tie-breaker only, among close candidates
    return guess.encoding if guess is not None and guess.encoding in close else best


def _reads_as_text(text: str) -> float:
    """How much ``text`` looks like Cyrillic prose: the share of common lower-case letters, less drawing signs."""
    letters = sum(1 for char in text if char.isalpha() and not char.isascii())
    if not letters:
        return 0.0
    common = sum(1 for char in text if char in _COMMON_LOWER)
    upper = len(_CYRILLIC_UPPER.findall(text))
    drawing = len(_DRAWING.findall(text))
    return (common - 0.5 * upper - 2 * drawing) / letters


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if _utf16_high_bytes(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if _utf16_high_bytes(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _utf16_high_bytes(half: bytes) -> bool:
    # Latin and Cyrillic text in UTF-16 has 0x00 or 0x04 as the high byte of nearly every character.
    return half.count(0) + half.count(4) >= 0.9 * len(half) and half.count(0) > 0.2 * len(half)


def _valid_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        with path.open("rb") as stream:
            while block := stream.read(_BLOCK):
                decoder.decode(block)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _by_lines(path: Path) -> TextEncoding:
    """UTF-8 with a few damaged lines, a code page, or a refusal for two encodings, judged line by line."""
    utf8_lines = 0
    bad: list[int] = []
    sample = bytearray()
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if line.isascii():
                continue
            if "\ufffd" in line.decode("utf-8", "replace"):  # no exception per line: a code-page file has millions
                bad.append(number)
                if len(sample) < _HEAD:
                    sample += line
                continue
            utf8_lines += 1
    if utf8_lines <= min(_DAMAGED_FEW, _DAMAGED_SHARE * len(bad)):  # a code page; any "UTF-8" line is by chance
        return TextEncoding(likeliest_code_page(bytes(sample)), "replace")
    if len(bad) <= _DAMAGED_FEW or len(bad) <= _DAMAGED_SHARE * (len(bad) + utf8_lines):
        return TextEncoding("utf-8", "surrogateescape", damaged=True)
    raise UserInputError("import.mixed_encoding", "file", name=path.name, first_bad=bad[0])


__all__ = ["BAD_BYTE", "CYRILLIC_CODE_PAGES", "TextEncoding", "detect", "detect_bytes", "likeliest_code_page"]
