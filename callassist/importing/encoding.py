"""Turning the bytes of a text file into text: BOM, strict UTF-8, then the Cyrillic code pages.

The order matters. A BOM is a statement by the program that saved the file. Strict UTF-8 almost never
decodes text written in a single-byte code page by accident. Among cp1251, KOI8-R and cp866 every byte
is a letter somewhere, so decoding alone cannot choose: charset-normalizer breaks the tie.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from callassist.errors import UserInputError

# Longest BOM first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CYRILLIC_CODE_PAGES: tuple[str, ...] = ("cp1251", "koi8_r", "cp866")

# Text files have almost no control characters besides tab and line breaks; binaries have many.
_CONTROL_SHARE_LIMIT = 0.05
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters other than tab and line breaks


def detect_encoding(data: bytes) -> str:
    """Name the encoding of ``data`` (a codec name Python knows).

    Args:
        data: the whole file, or a large enough sample of it.

    Returns:
        ``utf-8-sig``/``utf-16``/``utf-32`` when a BOM says so, ``utf-8`` when the bytes are valid UTF-8,
        otherwise the likeliest of cp1251, koi8_r and cp866.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    try:
        data.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        return _likeliest_code_page(data)
    return "utf-8"


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file, refusing binaries with a message the operator understands.

    Args:
        data: the file's bytes.
        name: the file name, for the message.

    Returns:
        The text (without a BOM) and the encoding used.

    Raises:
        UserInputError: the file is empty, binary or cannot be decoded.
    """
    if not data.strip():
        raise UserInputError(f"The file {name} is empty: there is nothing to import.")
    encoding = detect_encoding(data)
    if b"\x00" in data and not encoding.startswith("utf-16") and not encoding.startswith("utf-32"):
        raise UserInputError(f"The file {name} is not a text table (it contains binary data). Save it as CSV or XLSX.")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UserInputError(
            f"The file {name} cannot be read as text in {encoding}: byte {exc.start} is invalid."
        ) from exc
    if encoding == "utf-16" or encoding == "utf-32":
        text = text.removeprefix("\ufeff")
    if _looks_binary(text):
        raise UserInputError(f"The file {name} is not a text table (it contains binary data). Save it as CSV or XLSX.")
    return text, encoding


def _likeliest_code_page(data: bytes) -> str:
    decodable = [page for page in CYRILLIC_CODE_PAGES if _decodes(data, page)]
    if len(decodable) == 1:
        return decodable[0]
    if not decodable:
        return "cp866"  # decodes every byte, so it is never missing; kept for the type checker
    best = from_bytes(data, cp_isolation=decodable).best()
    if best is not None and best.encoding in decodable:
        return best.encoding
    return decodable[0]


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    return len(_CONTROLS.findall(sample)) > _CONTROL_SHARE_LIMIT * len(sample)
