"""Text normalisation shared by query understanding: folding, words, French elision, stems.

Without language identification: every word gets its forms from the English, French and
Dutch (``dutch_porter``, not ``dutch``, which turns ``gentherapie`` into ``ntherapie``) Snowball
stemmers, and the tables decide which form means something.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_WORD = re.compile(r"[0-9a-z]+")
_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)'(?=[a-z])")
MIN_STEM_WORD = 4
"""Shorter words are never stemmed (``lab``, ``til``, ``oss`` stay themselves)."""


def fold(text: str) -> str:
    """NFKC, casefold, one apostrophe and one dash, accents removed: ``L’Incubateur`` -> ``l'incubateur``."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    text = _DASHES.sub("-", text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) not in ("Mn", "Me", "Mc", "Cf"))


def words(text: str) -> list[str]:
    """Folded words of ``text``; a French elision is removed (``l'incubateur`` -> ``incubateur``).

    Dutch ``'s-Hertogenbosch`` keeps its ``s`` (the elision needs a letter after the apostrophe
    and no dash). Hyphens split words (``car-t`` -> ``car``, ``t``), on both sides of every match.
    """
    out: list[str] = []
    for chunk in fold(text).split():
        chunk = _ELISION.sub("", chunk)
        out.extend(_WORD.findall(chunk))
    return out


@lru_cache(maxsize=1)
def _stemmers() -> tuple[object, ...]:
    try:
        import Stemmer  # PyStemmer
    except ImportError:  # pragma: no cover - a dependency; without it words match as typed
        return ()
    return tuple(Stemmer.Stemmer(name) for name in ("english", "french", "dutch_porter"))


@lru_cache(maxsize=50000)
def stems(word: str) -> tuple[str, ...]:
    """The word's English, French and Dutch stems (the word itself for short words or no stemmer)."""
    if len(word) < MIN_STEM_WORD:
        return (word,) * 3
    stemmers = _stemmers()
    if not stemmers:
        return (word,) * 3
    return tuple(s.stemWord(word) for s in stemmers)  # type: ignore[attr-defined]


def variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The phrase as typed, then as stemmed by each language (distinct forms only)."""
    out = [tokens]
    for language in range(3):
        form = tuple(stems(t)[language] for t in tokens)
        if form not in out:
            out.append(form)
    return out
