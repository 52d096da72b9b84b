"""Extract, check and compile the UI translations (Qt Linguist ``.ts`` in ``resources/translations/``).

Usage (from the repository root)::

    python -m directory_app.tools.build_translations            # extract + check
    python -m directory_app.tools.build_translations --extract  # update the .ts from the code
    python -m directory_app.tools.build_translations --check    # list untranslated or broken entries
    python -m directory_app.tools.build_translations --compile [--out DIR]  # .qm for packaging

Extraction runs ``lupdate`` (shipped with PySide6) over a *view* of the code in which every
translatable string is written as ``QCoreApplication.translate(context, text, disambiguation, n)``,
the one form ``lupdate`` reads without doubt:

- the project's helpers ``tr(context, text)`` and ``plural(context, one, many, n)``
  (:mod:`directory_app.qt.i18n`; ``lupdate`` would read a bare ``tr(...)`` as ``self.tr``);
- ``self.tr(...)``, ``QCoreApplication.translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` stay as written;
- data that code below the Qt layer owns: the vocabulary labels (context ``vocabulary``), the
  export column headers (``ExportColumn``) and the PDF handout's wording (``Handout``).

Line numbers are kept, so the ``.ts`` locations point at the real source. Existing translations
are kept; strings no longer in the code are dropped.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path

PACKAGE = "directory_app"
LANGUAGES = ("nl", "fr")
TARGET_LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE"}
HANDOUT_KEEP = frozenset({"date_format", "language", "thousands_separator", "list_separator"})
"""Keys of the handout wording that are formats, not words (see ``qt.export_dialog.handout_strings``)."""
_PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{[A-Za-z_][A-Za-z0-9_]*\}|</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>|&[a-z]+;")


def repo_root() -> Path:
    """The source checkout this module lives in."""
    return Path(__file__).resolve().parents[2]


def ts_file(language: str, root: Path | None = None) -> Path:
    """The ``.ts`` of a language in a checkout."""
    return (root or repo_root()) / "resources" / "translations" / f"directory_app_{language}.ts"


def qt_tool(name: str) -> list[str]:
    """A Qt tool shipped inside the PySide6 wheel (``lupdate``, ``lrelease``), or ``pyside6-<name>``."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise FileNotFoundError(f"{name} not found (it comes with PySide6)")


# The lupdate view of the code ---------------------------------------------------------------


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_text(context: str, source: str, disambiguation: str | None, numerus: bool) -> str:
    args = [_py_string(context), _py_string(source)]
    if disambiguation is not None or numerus:
        args.append(_py_string(disambiguation) if disambiguation is not None else "None")
    if numerus:
        args.append("n")
    return f"QCoreApplication.translate({', '.join(args)})"


def _py_string(text: str) -> str:
    """A double-quoted literal lupdate reads back as ``text``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def _helper_call(call: ast.Call) -> str | None:
    """The translate() form of a ``tr``/``plural`` helper call; ``""`` when not literal (blanked)."""
    name = call.func.id if isinstance(call.func, ast.Name) else ""
    keywords = {k.arg: k.value for k in call.keywords if k.arg}
    if name == "tr":
        context, text = (_literal(a) for a in [*call.args, None, None][:2])
        disambiguation = call.args[2] if len(call.args) > 2 else keywords.get("disambiguation")
        numerus = len(call.args) > 3 or "n" in keywords
        if context is None or text is None:
            return ""
        return _call_text(context, text, _literal(disambiguation), numerus)
    if name == "plural":
        values = [_literal(a) for a in call.args[:3]]
        if len(values) < 3 or None in values:
            return ""
        context, one, many = values
        return _call_text(context, many, one, True)  # type: ignore[arg-type]
    return None


def _replace_span(lines: list[str], node: ast.expr, text: str) -> None:
    """Put ``text`` where ``node`` was, keeping every line (blank the rest of a multi-line span)."""
    first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
    start, end = node.col_offset, node.end_col_offset or 0
    # ast offsets are in UTF-8 bytes
    head = lines[first].encode()[:start].decode(errors="ignore")
    tail = lines[last].encode()[end:].decode(errors="ignore")
    if first == last:
        lines[first] = head + text + tail
        return
    lines[first] = head + text + "\n"
    for i in range(first + 1, last):
        lines[i] = "\n"
    lines[last] = " " * len(tail) if not tail.strip() else tail
    if not lines[last].endswith("\n"):
        lines[last] += "\n"


def lupdate_view(path: Path, text: str) -> str:
    """The source of ``path`` as lupdate should read it (same line count)."""
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    rel = path.as_posix()
    if rel.endswith("domain/vocabulary.py"):
        marks = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Term":
                label = _literal(node.args[1]) if len(node.args) > 1 else None
                if label:
                    marks[node.args[1].lineno - 1] = f'QT_TRANSLATE_NOOP("vocabulary", {_py_string(label)})\n'
        return "".join(marks.get(i, "\n") for i in range(len(lines)))
    if rel.endswith("exporters/base.py"):
        marks = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "ExportColumn":
                header = _literal(node.args[1]) if len(node.args) > 1 else None
                if header:
                    marks[node.args[1].lineno - 1] = f'QT_TRANSLATE_NOOP("ExportColumn", {_py_string(header)})\n'
        return "".join(marks.get(i, "\n") for i in range(len(lines)))
    if rel.endswith("exporters/pdf_handout.py"):
        marks = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict):
                target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
                if isinstance(target, ast.Name) and target.id == "DEFAULT_STRINGS":
                    for key, value in zip(node.value.keys, node.value.values, strict=True):
                        key_text, label = _literal(key), _literal(value)
                        if key_text and label and key_text not in HANDOUT_KEEP:
                            marks[value.lineno - 1] = f'QT_TRANSLATE_NOOP("Handout", {_py_string(label)})\n'
        return "".join(marks.get(i, "\n") for i in range(len(lines)))
    # lupdate reads no code inside string literals: an f-string becomes the translate calls it holds
    fstrings = _outermost(node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr))
    inside = {id(n) for f in fstrings for n in ast.walk(f)}
    edits: list[tuple[ast.expr, str]] = [(f, _fstring_calls(f)) for f in fstrings]
    for node in ast.walk(tree):
        if id(node) in inside or not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in ("tr", "plural"):
            replacement = _helper_call(node)
            if replacement is not None:
                edits.append((node, replacement))
    # from the end, so earlier offsets stay valid; a helper call inside another one goes with its parent
    edits.sort(key=lambda e: (e[0].lineno, e[0].col_offset), reverse=True)
    done: list[ast.expr] = []
    for node, replacement in edits:
        if any(_contains(outer, node) for outer in done):
            continue
        _replace_span(lines, node, replacement)
        done.append(node)
    return "".join(lines)


def _contains(outer: ast.expr, inner: ast.expr) -> bool:
    return inner is not outer and any(n is inner for n in ast.walk(outer))


def _outermost(nodes: Iterator[ast.expr]) -> list[ast.expr]:
    found = list(nodes)
    return [n for n in found if not any(_contains(other, n) for other in found)]


def _fstring_calls(fstring: ast.expr) -> str:
    """The translate calls inside an f-string, as code lupdate reads (``""`` when none)."""
    calls = []
    for node in ast.walk(fstring):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in ("tr", "plural"):
            text = _helper_call(node)
            if text:
                calls.append((node, text))
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "tr" and node.args:
            text = _literal(node.args[0])
            if text is not None:
                calls.append((node, f"self.tr({_py_string(text)})"))
    calls.sort(key=lambda c: (c[0].lineno, c[0].col_offset))
    return " + ".join(text for _, text in calls) or '""'


def unreadable_calls(root: Path | None = None) -> list[str]:
    """Helper calls extraction cannot read: ``tr(text)`` with one argument, or a context that is not literal.

    (``tr("context", variable)`` is fine when the texts are marked where they are written.)
    """
    root = root or repo_root()
    found = []
    for path in _sources(root):
        rel = path.relative_to(root).as_posix()
        if rel.endswith("qt/i18n.py"):
            continue  # the helpers themselves
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "plural"):
                args = node.args
                if len(args) < 2 or _literal(args[0]) is None:
                    found.append(f"{rel}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def _sources(root: Path) -> Iterator[Path]:
    yield from sorted((root / PACKAGE).rglob("*.py"))


def extract(root: Path | None = None, languages: Sequence[str] = LANGUAGES, *, into: Path | None = None) -> list[Path]:
    """Update the ``.ts`` files from the code (into ``into`` instead of the checkout, if given)."""
    root = root or repo_root()
    written = []
    with tempfile.TemporaryDirectory(prefix="lupdate-") as tmp:
        view = Path(tmp)
        files = []
        for path in _sources(root):
            rel = path.relative_to(root)
            target = view / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(lupdate_view(rel, path.read_text(encoding="utf-8")), encoding="utf-8")
            files.append(str(rel))
        for language in languages:
            ts = ts_file(language, view)
            ts.parent.mkdir(parents=True, exist_ok=True)
            if ts_file(language, root).is_file():
                shutil.copyfile(ts_file(language, root), ts)
            result = subprocess.run(
                [
                    *qt_tool("lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "relative",
                    "-target-language",
                    TARGET_LANGUAGES.get(language, language),
                    *files,
                    "-ts",
                    str(ts.relative_to(view)),
                ],
                cwd=view,
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                raise RuntimeError(f"lupdate failed: {result.stderr.strip()}")
            out = (into / ts.name) if into else ts_file(language, root)
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ts, out)
            written.append(out)
    return written


# Checks ---------------------------------------------------------------------------------------


def messages(ts: Path) -> Iterator[tuple[str, str, str | None, ET.Element]]:
    """``(context, source, comment, translation element)`` of every message of a ``.ts``."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source") or "", message.findtext("comment"), translation


def placeholders(text: str) -> list[str]:
    """The placeholders of a text that a translation must keep: %1, %n, {name}, HTML tags, entities."""
    found = []
    for match in _PLACEHOLDER.finditer(text):
        token = match.group(0)
        token = token.replace("%L", "%")  # %Ln is %n in the locale's digits
        if token.startswith("<"):
            token = re.sub(r"\s.*", "", token.rstrip(">")) + ">"  # the tag, not its attributes
        found.append(token)
    return sorted(found)


def problems(ts: Path) -> list[str]:
    """Untranslated, unfinished or placeholder-breaking entries of a ``.ts`` (empty when all is well)."""
    out = []
    for context, source, _comment, translation in messages(ts):
        where = f"{ts.name}: [{context}] {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            out.append(f"{where}: {translation.get('type')}")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if not all(f.strip() for f in forms):
            out.append(f"{where}: empty translation")
            continue
        expected = placeholders(source)
        for form in forms:
            got = placeholders(form)
            if got != expected:
                # a singular numerus form may spell the number out ("one day"): %n is optional there
                if forms.index(form) == 0 and len(forms) > 1 and [p for p in expected if p != "%n"] == got:
                    continue
                out.append(f"{where}: placeholders {expected} became {got} in {form!r}")
    return out


def compile_all(out_dir: Path | None = None, languages: Sequence[str] = LANGUAGES) -> list[Path]:
    """Compile the ``.ts`` files to ``.qm`` (beside them, or into ``out_dir``)."""
    written = []
    for language in languages:
        source = ts_file(language)
        target = (out_dir / source.with_suffix(".qm").name) if out_dir else source.with_suffix(".qm")
        target.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [*qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"lrelease failed: {result.stderr.strip()}")
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", action="store_true", help="update the .ts files from the code")
    parser.add_argument("--check", action="store_true", help="report untranslated or broken entries")
    parser.add_argument("--compile", action="store_true", help="compile .qm files (for packaging)")
    parser.add_argument("--out", type=Path, default=None, help="with --compile: folder for the .qm files")
    args = parser.parse_args(argv)
    if not (args.extract or args.check or args.compile):
        args.extract = args.check = True
    if args.extract:
        for path in extract():
            print(f"updated {path}")
    if args.compile:
        for path in compile_all(args.out):
            print(f"compiled {path}")
    if args.check:
        found = [p for language in LANGUAGES for p in problems(ts_file(language))]
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)" if found else "all strings translated")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
