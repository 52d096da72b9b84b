"""Read cell values as people write them: numbers with decimal commas, countries and vocabulary
terms in English, Dutch or French, dates in the usual European forms.

Each reader is pure and cached (a column of 100,000 rows holds few distinct values).
A vocabulary term that matches nothing comes back as a *new term* (code and the label as
written), never as an error: the row keeps it and the import flags it for review.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from directory_app.domain import vocabulary as vocab
from directory_app.domain.places import normalize_name
from directory_app.importers.vocab_matching import match_grades, match_terms

_CACHE = 4096


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", normalize_name(text)).strip()


# Countries ----------------------------------------------------------------------------------------

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "BE": (
        "be",
        "bel",
        "belgium",
        "belgie",
        "belgië",
        "belgique",
        "belgien",
        "b",
        "royaume de belgique",
        "koninkrijk belgie",
    ),
    "NL": (
        "nl",
        "nld",
        "netherlands",
        "the netherlands",
        "nederland",
        "pays bas",
        "holland",
        "niederlande",
        "koninkrijk der nederlanden",
    ),
    "LU": (
        "lu",
        "lux",
        "luxembourg",
        "luxemburg",
        "groothertogdom luxemburg",
        "grand duche de luxembourg",
        "grand duchy of luxembourg",
        "l",
    ),
}
_COUNTRIES = {_norm(name): code for code, names in COUNTRY_NAMES.items() for name in names}


@lru_cache(maxsize=_CACHE)
def read_country(text: str) -> str | None:
    """``BE``/``NL``/``LU`` for a code or a name in nl/fr/en (``België``, ``Pays-Bas``); else ``None``."""
    return _COUNTRIES.get(_norm(text))


# Numbers and dates --------------------------------------------------------------------------------

_DECIMAL = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[ .,’'\u00a0\u202f]\d{3})+$")
_UNIT = re.compile(r"\s*(m²|m2|sq ?m|m\^2|vierkante meter|mètres carrés)\s*$", re.IGNORECASE)


@lru_cache(maxsize=_CACHE)
def read_decimal(text: str) -> float | None:
    """A decimal number written with a point or a comma (``50.8798``, ``50,8798``); ``None`` if not one.

    :raises ValueError: text that is not a number
    """
    text = text.strip().replace("\u2212", "-")
    if not text:
        return None
    if not _DECIMAL.match(text):
        raise ValueError(f"not a number: {text!r}")
    return float(text.replace(",", "."))


@lru_cache(maxsize=_CACHE)
def read_integer(text: str) -> int | None:
    """A whole number, with thousands separators and a unit allowed (``1.200 m²``, ``2 500``, ``1200,0``).

    :raises ValueError: text that is not a whole number
    """
    text = _UNIT.sub("", text.strip())
    if not text:
        return None
    if _THOUSANDS.match(text):
        return int(re.sub(r"\D", "", text))
    value = read_decimal(text)
    if value is None or not float(value).is_integer():
        raise ValueError(f"not a whole number: {text!r}")
    return int(value)


_DMY = re.compile(r"^(\d{1,2})[./\-](\d{1,2})[./\-](\d{4})$")


@lru_cache(maxsize=_CACHE)
def read_date(text: str) -> date | None:
    """A date: ISO (``2025-03-01``, also with a time), or day first (``1/3/2025``, ``01-03-2025``, ``1.3.2025``).

    :raises ValueError: anything else
    """
    text = text.strip()
    if not text:
        return None
    m = _DMY.match(text)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return date.fromisoformat(text[:10])


def read_website(text: str) -> str:
    """A web address with its scheme (``www.x.be`` -> ``https://www.x.be``)."""
    text = text.strip()
    if text and "://" not in text and "." in text and " " not in text:
        return "https://" + text
    return text


def website_host(url: str) -> str:
    """The host of a web address without ``www.`` (``https://www.X.be/a`` -> ``x.be``); ``""`` if none."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "://" in url else "https://" + url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


# Single-valued vocabularies -----------------------------------------------------------------------

WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "kind": {
        "incubator": (
            "incubator",
            "incubateur",
            "incubatie",
            "broedplaats",
            "bio incubator",
            "incubation centre",
            "incubation center",
            "science park",
            "wetenschapspark",
            "parc scientifique",
        ),
        "accelerator": (
            "accelerator",
            "accelerateur",
            "versneller",
            "acceleratieprogramma",
            "programme d acceleration",
            "accelerator programme",
            "accelerator program",
        ),
        "cgt_production": (
            "cgt production site",
            "cgt production",
            "cgt",
            "production site",
            "productiesite",
            "site de production",
            "cdmo",
            "cmo",
            "manufacturing",
            "manufacturing site",
            "productie",
            "production",
            "gmp facility",
            "atmp facility",
            "cell therapy facility",
            "celtherapie",
            "therapie cellulaire",
        ),
    },
    "status": {
        "operational": (
            "operational",
            "open",
            "active",
            "operationeel",
            "actief",
            "en service",
            "operationnel",
            "en activite",
            "actif",
            "ouvert",
            "in gebruik",
        ),
        "under_construction": (
            "under construction",
            "in aanbouw",
            "in constructie",
            "en construction",
            "en cours de construction",
            "being built",
        ),
        "planned": ("planned", "gepland", "prevu", "en projet", "projet", "planifie", "announced", "aangekondigd"),
        "closing": ("closing", "closure announced", "sluiting aangekondigd", "fermeture annoncee"),
        "closed": ("closed", "gesloten", "ferme", "dicht"),
    },
    "confidence": {
        "high": ("high", "hoog", "eleve", "haute", "haut"),
        "medium": ("medium", "gemiddeld", "middel", "moyen", "moyenne"),
        "low": ("low", "laag", "faible", "basse", "bas"),
    },
    "geocode_precision": {
        "address": ("address", "adres", "adresse", "street", "rooftop"),
        "postcode": ("postcode", "postal code", "code postal"),
        "city": ("city", "stad", "gemeente", "ville", "commune"),
        "region": ("region", "regio"),
        "country": ("country", "land", "pays"),
        "manual": ("manual", "handmatig", "manuel"),
    },
    "region": {
        "BE-BRU": (
            "brussels",
            "brussel",
            "bruxelles",
            "brussels capital region",
            "brussels hoofdstedelijk gewest",
            "region de bruxelles capitale",
        ),
        "BE-VLG": ("flanders", "vlaanderen", "flandre", "vlaams gewest", "region flamande", "flemish region"),
        "BE-WAL": ("wallonia", "wallonie", "wallonië", "waals gewest", "region wallonne", "walloon region"),
        "NL-DR": ("drenthe",),
        "NL-FL": ("flevoland",),
        "NL-FR": ("friesland", "fryslan"),
        "NL-GE": ("gelderland",),
        "NL-GR": ("groningen",),
        "NL-LI": ("limburg nl", "limburg (nl)"),
        "NL-NB": ("north brabant", "noord brabant", "brabant septentrional"),
        "NL-NH": ("north holland", "noord holland", "hollande septentrionale"),
        "NL-OV": ("overijssel",),
        "NL-UT": ("utrecht",),
        "NL-ZE": ("zeeland", "zelande"),
        "NL-ZH": ("south holland", "zuid holland", "hollande meridionale"),
        "LU": ("luxembourg", "luxemburg"),
    },
}
_WORDS = {
    name: {
        **{_norm(t.code): t.code for t in vocab.VOCABULARIES[name]},
        **{_norm(t.label): t.code for t in vocab.VOCABULARIES[name]},
        **{_norm(w): code for code, words in table.items() for w in words},
    }
    for name, table in WORDS.items()
}


@lru_cache(maxsize=_CACHE)
def read_term(vocabulary: str, text: str) -> str | None:
    """The code of a single-valued term (kind, status, confidence, precision, region) as written; ``None`` if unknown.

    :param vocabulary: ``kind``, ``status``, ``confidence``, ``geocode_precision`` or ``region``
    :param text: e.g. ``"Incubateur"``, ``"in aanbouw"``, ``"Vlaanderen"``, ``"BE-VLG"``
    """
    return _WORDS[vocabulary].get(_norm(text))


# Multi-valued vocabularies ----------------------------------------------------------------------

# Dutch and French words for the commonest terms (the English phrases are vocab_matching's rules).
_MULTI_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "service": {
        "lab_space": (
            "labruimte",
            "laboratoriumruimte",
            "labo",
            "labos",
            "laboratoires",
            "espace laboratoire",
            "espaces de laboratoire",
        ),
        "office_space": ("kantoorruimte", "kantoren", "bureaux", "espace de bureaux", "bureaus"),
        "coworking": ("coworking", "co working"),
        "cleanroom_space": ("cleanroomruimte", "salles blanches", "salle blanche"),
        "coaching": ("begeleiding", "coaching", "accompagnement", "mentorat"),
        "funding": ("financiering", "financement", "investering", "investissement"),
        "network": ("netwerk", "réseau", "reseau", "evenementen", "événements"),
        "training": ("opleiding", "formation", "opleidingen", "formations"),
        "gmp_manufacturing": ("gmp productie", "productie gmp", "production gmp", "fabrication gmp"),
        "incubation_programme": ("incubatieprogramma", "programme d incubation", "incubatie", "incubation"),
        "acceleration_programme": ("acceleratieprogramma", "programme d acceleration", "acceleration"),
        "regulatory_support": ("regelgeving", "affaires reglementaires", "reglementaire"),
        "logistics": ("opslag", "stockage", "logistiek", "logistique"),
    },
    "modality": {
        "cell_therapy": ("celtherapie", "therapie cellulaire", "thérapie cellulaire", "celtherapieën"),
        "gene_therapy": ("gentherapie", "therapie genique", "thérapie génique"),
        "viral_vector": ("virale vectoren", "vecteurs viraux", "virale vector", "vecteur viral"),
        "stem_cells": ("stamcellen", "cellules souches"),
        "vaccines": ("vaccins", "vaccin"),
        "proteins": ("eiwitten", "protéines", "proteines"),
    },
}
_MULTI = {
    name: {
        **{_norm(t.code): t.code for t in vocab.VOCABULARIES[name]},
        **{_norm(t.label): t.code for t in vocab.VOCABULARIES[name]},
        **{_norm(w): code for code, words in _MULTI_WORDS.get(name, {}).items() for w in words},
    }
    for name in ("service", "modality", "cleanroom_grade")
}
_SPLIT = re.compile(r"[;|\n]+")


def new_term_code(text: str) -> str:
    """The code of a new term, distinct for distinct labels by construction (``""``: no letters or digits).

    A label made only of words (any case, any spacing: ``Exosome  production``) gets its words in
    lower case joined by ``_`` (``exosome_production``). Any other label (accents, signs: ``+1+1``,
    ``Café``) gets those words, ``__`` and a digest of the label: such codes never equal a plain one
    (a plain code never holds ``__``), and two different labels never share one (``1_1__...``).
    """
    slug = _norm(text).replace(" ", "_")
    if not slug:
        return ""
    key = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    if key == slug.replace("_", " ") and len(slug) <= 60:
        return slug
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()
    return f"{slug[:40].rstrip('_')}__{digest}"


def _one_phrase(vocabulary: str, phrase: str) -> list[str]:
    code = _MULTI[vocabulary].get(_norm(phrase))
    if code:
        return [code]
    if vocabulary == "cleanroom_grade":
        return match_grades(phrase)
    return match_terms(phrase, vocabulary)[0]


@lru_cache(maxsize=_CACHE)
def read_terms(vocabulary: str, text: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Codes named in a list of services, modalities or cleanroom grades, and the new terms.

    Phrases are separated by ``;``, ``|`` or new lines (a phrase matching nothing is also tried
    split at commas). Known codes, English labels, Dutch and French words and the phrases of
    :mod:`~directory_app.importers.vocab_matching` are recognised.

    :param vocabulary: ``service``, ``modality`` or ``cleanroom_grade``
    :param text: e.g. ``"Labruimte; coaching; exosome production"``
    :return: (codes, in first-mention order; new terms as (code, label as written))
    """
    codes: dict[str, None] = {}
    new: dict[str, str] = {}
    for phrase in (p.strip() for p in _SPLIT.split(text or "")):
        if not phrase:
            continue
        found = _one_phrase(vocabulary, phrase)
        if not found and "," in phrase:
            parts = [p.strip() for p in phrase.split(",") if p.strip()]
            found_parts = [_one_phrase(vocabulary, p) for p in parts]
            for part, part_codes in zip(parts, found_parts, strict=True):
                if part_codes:
                    codes.update(dict.fromkeys(part_codes))
                elif new_term_code(part):
                    new.setdefault(new_term_code(part), part)
            continue
        if found:
            codes.update(dict.fromkeys(found))
        elif new_term_code(phrase):
            new.setdefault(new_term_code(phrase), phrase)
    for code in new:
        codes[code] = None
    return tuple(codes), tuple(new.items())
