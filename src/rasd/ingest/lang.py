"""Which language a document is in (py3langid's model, which ships with the package), with a
guard for Arabic script: a short Arabic text is not taken for Persian or Urdu unless it uses their
letters."""
from __future__ import annotations

import re
from functools import lru_cache

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_PERSIAN_LETTERS = re.compile(r"[پچژگکی\u06C0-\u06D3]")
_LETTER = re.compile(r"[^\W\d_]")
_SAMPLE = 3000  # characters read to decide
_ARABIC_VARIETIES = {"ary", "arz", "apc", "acm", "afb", "ajp", "aeb", "arq", "ars"}  # dialect codes are Arabic


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language(text: str) -> str:
    """An ISO 639-1 code for ``text`` ("ar", "fr", "en", …; "und" with no letters)."""
    sample = text[:_SAMPLE]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return "und"
    arabic = len(_ARABIC_SCRIPT.findall(sample))
    lang, _ = _identifier().classify(sample)
    if lang == "ar" or lang in _ARABIC_VARIETIES:
        return "ar"
    if arabic / letters >= 0.6:
        persian = len(_PERSIAN_LETTERS.findall(sample))
        if lang in {"fa", "ur", "ps", "ku", "ug", "sd"} and persian / arabic > 0.02:
            return lang
        return "ar"
    return lang
