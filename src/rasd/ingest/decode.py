"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM or by their zero bytes, and the
legacy Arabic code pages (Windows-1256, ISO-8859-6 …) found by charset-normalizer."""
from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib

from rasd.errors import InputError

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LETTER = re.compile(r"[^\W\d_]")
_MAGIC = {
    b"%PDF": "PDF", b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive", b"\x7fELF": "executable", b"MZ": "executable",
    b"RIFF": "RIFF media", b"\x00\x00\x00": "binary", b"ID3": "MP3 audio", b"OggS": "Ogg media",
    b"\xd0\xcf\x11\xe0": "MS Office document", b"SQLite format 3": "SQLite database",
}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    """Decompress gzip data (raises InputError when corrupt or larger than ``max_bytes``)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(source, f"corrupt gzip ({exc})") from None
    if len(out) > max_bytes:
        raise InputError(source, f"too large: over {max_bytes} bytes once decompressed")
    return out


def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in.

    Raises InputError with reason ``empty``, ``binary (…)``, ``invalid UTF-8 …`` or
    ``unknown encoding``.
    """
    if not data.strip():
        raise InputError(source, "empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {enc.upper()} at byte {exc.start}") from None
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(source, f"binary ({kind})")
    head = data[:4096]
    zeros = head.count(0)
    if zeros:
        enc = _utf16_without_bom(head)
        if enc:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass
        raise InputError(source, "binary (zero bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    else:
        if _control_share(text) > 0.05:
            raise InputError(source, "binary (control characters)")
        return text, "utf-8"
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    good = sum(1 for ch in loose if ord(ch) > 0x7F and ch != "\ufffd")
    if good > bad:  # meant as UTF-8, but broken
        raise InputError(source, f"invalid UTF-8 at byte {first_bad} ({bad} bad sequence(s))")
    return _legacy(data, source)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without a BOM: one byte of each pair takes few values (0 for Latin, 6 for Arabic)."""
    from collections import Counter

    head = head[: len(head) // 2 * 2]
    n = len(head) // 2
    if n < 8:
        return None
    for enc, high, low in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        top = sum(c for _, c in Counter(high).most_common(2))
        if top / n >= 0.9 and low.count(0) / n < 0.05:
            return enc
    return None


def _legacy(data: bytes, source: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    candidates: list[tuple[float, str, str]] = []
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        candidates.append((_arabic_share(text) + 0.01, text, best.encoding))
    for enc in ("cp1256", "iso8859_6"):  # the Arabic code pages, when the detector guessed another
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_arabic_share(text), text, enc))
    if not candidates:
        raise InputError(source, "unknown encoding (not UTF-8, UTF-16 or an Arabic code page)")
    share, text, enc = max(candidates, key=lambda c: c[0])
    if _control_share(text) > 0.05:
        raise InputError(source, "binary (control characters)")
    return text, enc


def _arabic_share(text: str) -> float:
    letters = len(_LETTER.findall(text[:20000]))
    return len(_ARABIC.findall(text[:20000])) / letters if letters else 0.0


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(sample)
