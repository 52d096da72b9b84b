"""Domain synonyms for free-text search: one group, many spellings (``CAR-T`` = ``CART`` = ``CAR T``).

Keys are compared in folded form (lower case, no accents, punctuation as spaces), so ``CAR-T``
and ``car t`` are the same key. Place names are not here: they come from the gazetteer's
alternate names (Gent / Gand / Ghent).
"""

from __future__ import annotations

import re

from directory_app.domain.places import normalize_name

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("car t", "cart", "chimeric antigen receptor"),
    ("car nk", "carnk"),
    ("tcr t", "tcrt"),
    ("lvv", "lentiviral", "lentivirus", "lentivector"),
    ("aav", "adeno associated", "adenoassociated"),
    ("atmp", "advanced therapy medicinal", "advanced therapies"),
    ("cgt", "cell and gene therapy", "cell gene therapy"),
    ("gmp", "good manufacturing practice"),
    ("cdmo", "contract development and manufacturing", "contract manufacturing"),
    ("msc", "mesenchymal"),
    ("til", "tumour infiltrating", "tumor infiltrating"),
    ("nk", "natural killer"),
    ("ipsc", "induced pluripotent"),
    ("mrna", "messenger rna"),
    ("lnp", "lipid nanoparticle"),
    ("qc", "quality control"),
    ("incubator", "incubation", "bio incubator", "bioincubator"),
    ("accelerator", "acceleration"),
    ("cleanroom", "clean room", "cleanrooms"),
)

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold_words(text: str) -> str:
    """Lower case, accents removed, punctuation as single spaces: ``CAR-T`` -> ``car t``."""
    return _NON_ALNUM.sub(" ", normalize_name(text)).strip()


_INDEX: dict[str, tuple[str, ...]] = {}
for _group in SYNONYM_GROUPS:
    for _term in _group:
        _INDEX[fold_words(_term)] = _group


def synonyms(text: str) -> tuple[str, ...]:
    """Every spelling of ``text``'s synonym group (including itself), or ``()`` if it has none.

    :param text: a word or short phrase as typed
    """
    return _INDEX.get(fold_words(text), ())


MAX_SYNONYM_WORDS = max(len(k.split()) for k in _INDEX)
"""Longest synonym key, in words (how many neighbouring words to try together)."""
