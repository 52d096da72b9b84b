"""The translations: every user-visible string of the code is translated in nl and fr, placeholders kept."""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from directory_app.domain.vocabulary import VOCABULARIES
from directory_app.exporters.pdf_handout import DEFAULT_STRINGS
from directory_app.tools.build_translations import (
    HANDOUT_KEEP,
    LANGUAGES,
    extract,
    lupdate_view,
    messages,
    placeholders,
    problems,
    ts_file,
    unreadable_calls,
)


def _keys(ts: Path) -> set[tuple[str, str, str | None]]:
    return {(context, source, comment) for context, source, comment, _ in messages(ts)}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """The .ts files as lupdate makes them from the code now, merged with the committed translations."""
    folder = tmp_path_factory.mktemp("extracted")
    extract(into=folder)
    return folder


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(extracted, language):
    fresh = extracted / ts_file(language).name
    assert problems(fresh) == [], "run: python -m directory_app.tools.build_translations, then translate"


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_ts_is_up_to_date_with_the_code(extracted, language):
    fresh, committed = _keys(extracted / ts_file(language).name), _keys(ts_file(language))
    assert fresh - committed == set(), "strings missing from the .ts: run build_translations --extract"
    assert committed - fresh == set(), "strings no longer in the code: run build_translations --extract"


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_translations_are_finished_and_keep_placeholders(language):
    assert problems(ts_file(language)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_vocabulary_labels_and_handout_wording_are_extracted(language):
    keys = {(c, s) for c, s, _, _ in messages(ts_file(language))}
    labels = {t.label for terms in VOCABULARIES.values() for t in terms}
    assert {("vocabulary", label) for label in labels} <= keys
    wording = {v for k, v in DEFAULT_STRINGS.items() if k not in HANDOUT_KEEP}
    assert {("Handout", text) for text in wording} <= keys


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_two_forms(language):
    root = ET.parse(ts_file(language)).getroot()
    numerus = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert numerus
    for message in numerus:
        forms = [f.text for f in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all(forms), message.findtext("source")


def test_placeholders_are_found():
    assert placeholders("%1 of %2 facilities") == ["%1", "%2"]
    assert placeholders("%n rows") == ["%n"]
    assert placeholders("%Ln rows") == ["%n"]
    assert placeholders("Page {page} of {pages}") == sorted(["{page}", "{pages}"])
    assert placeholders('<a href="x">link</a> &amp;') == sorted(["&amp;", "</a>", "<a>"])
    assert placeholders("&File") == []  # an accelerator is not a placeholder


def _ts(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "directory_app_xx.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl_BE">'
        + textwrap.dedent(body)
        + "</TS>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "message, complaint",
    [
        ("<source>%1 of %2</source><translation>%1 van</translation>", "placeholders"),
        ("<source>Page {page}</source><translation>Pagina {pagina}</translation>", "placeholders"),
        ("<source>&lt;b&gt;Hi&lt;/b&gt;</source><translation>Hallo</translation>", "placeholders"),
        ("<source>Hi</source><translation type='unfinished'>Hallo</translation>", "unfinished"),
        ("<source>Hi</source><translation></translation>", "empty"),
        (
            "<source>%n rows</source><translation><numerusform>%n rij</numerusform>"
            "<numerusform></numerusform></translation>",
            "empty",
        ),
        (
            "<source>%n rows</source><translation><numerusform>%n rij</numerusform>"
            "<numerusform>rijen</numerusform></translation>",
            "placeholders",
        ),
    ],
)
def test_bad_translations_are_reported(tmp_path, message, complaint):
    ts = _ts(tmp_path, f"<context><name>C</name><message>{message}</message></context>")
    found = problems(ts)
    assert found and complaint in found[0]


def test_good_translations_pass(tmp_path):
    ts = _ts(
        tmp_path,
        "<context><name>C</name>"
        "<message><source>%1 of %2</source><translation>%2: %1</translation></message>"
        "<message numerus='yes'><source>%n days</source><translation><numerusform>één dag</numerusform>"
        "<numerusform>%n dagen</numerusform></translation></message></context>",
    )
    assert problems(ts) == []


def test_lupdate_view_rewrites_helpers_and_keeps_lines():
    source = textwrap.dedent(
        """\
        a = tr("ctx", "Hello")
        b = self.tr("Own")
        c = plural(
            "ctx",
            "1 day",
            "%n days",
            n,
        )
        d = tr("ctx", variable)
        e = tr("ctx", "Two " "parts").replace("%1", x)
        """
    )
    view = lupdate_view(Path("directory_app/qt/x.py"), source)
    assert view.count("\n") == source.count("\n")
    lines = view.splitlines()
    assert lines[0] == 'a = QCoreApplication.translate("ctx", "Hello")'
    assert lines[1] == 'b = self.tr("Own")'
    assert lines[2] == 'c = QCoreApplication.translate("ctx", "%n days", "1 day", n)'
    assert "variable" not in view and "tr(" not in lines[8]
    assert lines[9] == 'e = QCoreApplication.translate("ctx", "Two parts").replace("%1", x)'


def test_lupdate_view_marks_vocabulary_labels_on_their_lines():
    source = 'X = (\n    Term("incubator", "Incubator"),\n    Term("a", "A \\"quoted\\" label"),\n)\n'
    view = lupdate_view(Path("directory_app/domain/vocabulary.py"), source).splitlines()
    assert view[1] == 'QT_TRANSLATE_NOOP("vocabulary", "Incubator")'
    assert view[2] == 'QT_TRANSLATE_NOOP("vocabulary", "A \\"quoted\\" label")'
    assert view[0] == view[3] == ""


def test_lupdate_view_reads_translations_inside_f_strings():
    source = "x = f\"<p>{_e(tr('details', 'Source'))}: {url} {self.tr('Own')}</p>\"\ny = f\"{a}\"\n"
    lines = lupdate_view(Path("directory_app/qt/x.py"), source).splitlines()
    assert lines[0] == 'x = QCoreApplication.translate("details", "Source") + self.tr("Own")'
    assert lines[1] == 'y = ""'


def test_every_helper_call_is_readable_by_the_extractor():
    assert unreadable_calls() == [], 'write tr("Context", "text") (a literal context, and the text)'
