"""Words for codes: vocabulary labels, ages, precision, errors -- all through Qt's translator.

Below ``directory_app.qt`` code returns codes and English source labels; this module is the
one place that turns them into the user's language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from directory_app.domain import vocabulary as vocab
from directory_app.domain.models import Facility, describe_age, freshness_date, verification_age_days
from directory_app.qt.translations import current_language
from directory_app.search.city_names import city_name


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (``QCoreApplication.translate``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def term_label(vocabulary: str, code: str | None) -> str:
    """The translated label of a vocabulary code ("" for none; the code itself if unknown).

    :param vocabulary: e.g. ``"kind"``
    :param code: the stored code
    """
    if not code:
        return ""
    return tr("vocabulary", vocab.label(vocabulary, code))


def city_label(city: str, country: str | None) -> str:
    """A stored city name in the UI language (Ghent / Gent / Gand); as stored when the table has none."""
    if not city:
        return ""
    return city_name(city, country, current_language())


def term_labels(vocabulary: str, codes: tuple[str, ...] | list[str]) -> list[str]:
    """Translated labels of several codes, in their given order."""
    return [term_label(vocabulary, c) for c in codes]


def verification_age_text(verified_on: date | None, today: date | None = None) -> str:
    """ "verified 8 months ago"-style text, in the user's language."""
    unit, amount = describe_age(verification_age_days(verified_on, today or date.today()))
    if unit == "never":
        return tr("age", "never verified")
    if unit == "today":
        return tr("age", "checked against its source today")
    if unit == "days":
        return plural("age", "checked against its source 1 day ago", "checked against its source %n days ago", amount)
    if unit == "months":
        return plural(
            "age", "checked against its source 1 month ago", "checked against its source %n months ago", amount
        )
    return plural("age", "checked against its source 1 year ago", "checked against its source %n years ago", amount)


def verification_age_short(verified_on: date | None, today: date | None = None) -> str:
    """ "8 months"-style age of a verification, for a table column ("never" when not verified)."""
    unit, amount = describe_age(verification_age_days(verified_on, today or date.today()))
    if unit == "never":
        return tr("age", "never")
    if unit == "today":
        return tr("age", "today")
    if unit == "days":
        return plural("age", "1 day", "%n days", amount)
    if unit == "months":
        return plural("age", "1 month", "%n months", amount)
    return plural("age", "1 year", "%n years", amount)


def freshness_age_short(f: Facility, today: date | None = None) -> str:
    """:func:`verification_age_short` of the freshness date; an age counted from the source's date says so."""
    day, basis = freshness_date(f)
    age = verification_age_short(day, today)
    return tr("age", "%1 (source)").replace("%1", age) if basis == "source" else age


def plural(context: str, one: str, many: str, n: int) -> str:
    """``one`` or ``many`` (``%n`` replaced by the locale's number), translated with Qt's plural forms.

    English source strings carry both forms, so the untranslated UI reads right. The message is
    ``many`` with ``one`` as its disambiguation, which is how the translators see it (and how
    ``python -m directory_app.tools.build_translations`` extracts it).
    """
    number = QLocale().toString(n)
    translated = QCoreApplication.translate(context, many, one, n)
    if translated == many.replace("%n", str(n)):  # no translation: English forms
        return (one if n == 1 else many).replace("%n", number)
    return translated.replace(str(n), number, 1) if n >= 1000 else translated


def format_date(value: date | None) -> str:
    """A date in the locale's short format ("" for none)."""
    if value is None:
        return ""
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def format_area(value: int | None) -> str:
    """An area in m² with the locale's digit grouping ("" for none)."""
    if value is None:
        return ""
    return tr("units", "%1 m²").replace("%1", QLocale().toString(value))


def format_km(value: float, *, approximate: bool = False) -> str:
    """A distance in km with one decimal, in the locale's format; ``approximate``: with "≈" before it (the
    facility's point is only its town's, see ``Facility.distance_approximate``)."""
    text = tr("units", "%1 km").replace("%1", QLocale().toString(value, "f", 1))
    return "≈\u202f" + text if approximate else text
