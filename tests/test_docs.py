"""Docs that are tested: every diagnostic code, annotation field, vocabulary word, command and option is documented.

- ``docs/diagnostics/<CODE>.md``: one page per code in ``CODES`` and no page for a code that does not exist;
- ``docs/guide/annotating.md``: every field of every input model (walked from the file models) in
  that model's section, every vocabulary value in its vocabulary's section, the relative-date phrases;
- ``docs/guide/commands.md`` and ``README.md``: every command, option and make target.
"""

from __future__ import annotations

import argparse
import enum
import re
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from generator.cli import _parser
from generator.diagnostics import CODES
from generator.inputs import dates
from generator.inputs.schema import SCHEMAS

ROOT = Path(__file__).resolve().parents[1]
DIAGNOSTICS = ROOT / "docs" / "diagnostics"
ANNOTATING = ROOT / "docs" / "guide" / "annotating.md"
COMMANDS = ROOT / "docs" / "guide" / "commands.md"
README = ROOT / "README.md"
CASES = ROOT / "tests" / "cases"

DIAGNOSTIC_LINE = re.compile(r"^\S+:\d+:\d+: (?:error|warning): .* \[BRF\d{3}\]$")


# --- diagnostics -----------------------------------------------------------------------


def test_every_code_has_a_page() -> None:
    missing = [code for code in CODES if not (DIAGNOSTICS / f"{code}.md").is_file()]
    assert not missing, f"no page in docs/diagnostics/ for: {', '.join(missing)}"


def test_every_page_is_for_a_code() -> None:
    pages = {p.stem for p in DIAGNOSTICS.glob("*.md")} - {"index"}
    stray = sorted(pages - set(CODES))
    assert not stray, f"pages in docs/diagnostics/ for codes that do not exist: {', '.join(stray)}"


@pytest.mark.parametrize("code", list(CODES))
def test_page_explains_the_code(code: str) -> None:
    path = DIAGNOSTICS / f"{code}.md"
    if not path.is_file():
        pytest.skip("no page (reported by test_every_code_has_a_page)")
    text = path.read_text(encoding="utf-8")
    info = CODES[code]
    assert text.startswith(f"# {code}: {info.title}\n"), f"{path.name}: the title must be '# {code}: {info.title}'"
    assert f"**Severity:** {info.severity.value}" in text
    for heading in ("## What it means", "## Wrong", "## Right", "## How to fix it"):
        assert f"\n{heading}\n" in text, f"{path.name}: no '{heading}' section"
    for heading in ("## Wrong", "## Right"):
        section = text.split(f"\n{heading}\n", 1)[1].split("\n## ", 1)[0]
        assert "```" in section, f"{path.name}: the '{heading}' section has no example block"


def golden_lines() -> set[str]:
    return {line for case in CASES.glob("*/expected.txt") for line in case.read_text(encoding="utf-8").splitlines()}


def test_printed_diagnostics_in_the_docs_are_real() -> None:
    """A diagnostic shown on a docs page is what ``check`` prints for some golden case, word for word."""
    known = golden_lines()
    stale = [
        f"{page.relative_to(ROOT)}: {line}"
        for page in [*DIAGNOSTICS.glob("*.md"), COMMANDS]
        for line in page.read_text(encoding="utf-8").splitlines()
        if DIAGNOSTIC_LINE.match(line) and line not in known
    ]
    assert not stale, "diagnostics shown in the docs that no golden case prints (update the page):\n" + "\n".join(stale)


def test_index_links_every_code() -> None:
    index = (DIAGNOSTICS / "index.md").read_text(encoding="utf-8")
    missing = [code for code in CODES if f"[{code}]({code}.md)" not in index]
    assert not missing, f"docs/diagnostics/index.md does not link: {', '.join(missing)}"


# --- annotation format -----------------------------------------------------------------


def _types_in(annotation: Any) -> Iterator[type]:
    if isinstance(annotation, type):
        yield annotation
    for arg in typing.get_args(annotation):
        yield from _types_in(arg)


def input_models() -> tuple[list[type[BaseModel]], list[type[enum.Enum]]]:
    """Every pydantic model and enum reachable from the file models, in the order met."""
    models: list[type[BaseModel]] = []
    enums: list[type[enum.Enum]] = []
    todo: list[type[BaseModel]] = list(SCHEMAS.values())
    while todo:
        model = todo.pop(0)
        if model in models:
            continue
        models.append(model)
        for info in model.model_fields.values():
            for t in _types_in(info.annotation):
                if issubclass(t, BaseModel) and t not in models:
                    todo.append(t)
                elif issubclass(t, enum.Enum) and t not in enums:
                    enums.append(t)
    return models, enums


MODELS, ENUMS = input_models()


def section(text: str, name: str) -> str:
    """The text under the first heading that names ``name`` as a word, up to the next heading of its level."""
    match = re.search(rf"^(#+) {re.escape(name)}\b.*$", text, re.MULTILINE)
    assert match, f"no section headed '{name}'"
    level = len(match.group(1))
    rest = text[match.end() :]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def test_walk_finds_every_input_model() -> None:
    names = {m.__name__ for m in MODELS} | {e.__name__ for e in ENUMS}
    expected = {"Briefing", "Side", "Issue", "Position", "Condition", "Statement", "Via", "Evidence", "DateSpec"}
    expected |= {"Question", "Answer", "Event", "OtherDate", "Claim", "Rebuttal"}
    expected |= {"ActorRegistry", "Actor", "ActorRelation", "SeedMeta", "InferredDate"}
    expected |= {"Stance", "ActorKind", "Relation", "QuestionStatus", "Precision", "Tense", "HeadlineBy"}
    expected |= {"Standing", "EvidenceKind", "RebuttalKind", "DateBasis"}
    assert expected <= names


@pytest.mark.parametrize("model", MODELS, ids=[m.__name__ for m in MODELS])
def test_every_field_is_documented(model: type[BaseModel]) -> None:
    text = section(ANNOTATING.read_text(encoding="utf-8"), model.__name__)
    missing = [name for name in model.model_fields if f"| `{name}` |" not in text]
    assert not missing, f"docs/guide/annotating.md, section {model.__name__}: no row for {', '.join(missing)}"


@pytest.mark.parametrize("vocabulary", ENUMS, ids=[e.__name__ for e in ENUMS])
def test_every_vocabulary_value_is_documented(vocabulary: type[enum.Enum]) -> None:
    text = section(ANNOTATING.read_text(encoding="utf-8"), vocabulary.__name__)
    missing = [str(item.value) for item in vocabulary if f"| `{item.value}` |" not in text]
    assert not missing, f"docs/guide/annotating.md, section {vocabulary.__name__}: no row for {', '.join(missing)}"


def test_relative_date_phrases_are_documented() -> None:
    text = section(ANNOTATING.read_text(encoding="utf-8"), "Relative dates").lower()
    words = set(re.findall(r"[a-z]+", dates.PHRASES))
    missing = sorted(w for w in words if not re.search(rf"\b{w}\b", text))
    assert not missing, f"the Relative dates section does not mention: {', '.join(missing)}"


def test_annotating_covers_yaml_rules_and_schema_line() -> None:
    text = ANNOTATING.read_text(encoding="utf-8")
    assert "# yaml-language-server: $schema=" in text
    for name in SCHEMAS:
        assert f"{name}.schema.json" in text
    for word in ("`NO`", "`on`", "`012`", "`12:30`", "anchors", "tab", "duplicate keys", "Quoting"):
        assert word in text, f"docs/guide/annotating.md does not mention {word}"


# --- commands --------------------------------------------------------------------------


def cli_surface() -> tuple[list[str], list[str]]:
    """(subcommand names, option strings and positional names) of ``python -m generator``."""
    parser = _parser()
    commands: list[str] = []
    options: list[str] = []

    def add_options(p: argparse.ArgumentParser) -> None:
        for action in p._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
                continue
            options.extend(s for s in action.option_strings if s.startswith("--"))
            if not action.option_strings and isinstance(action.metavar, str):
                options.append(action.metavar)
            if action.choices:
                options.append("|".join(str(c) for c in action.choices))

    add_options(parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                commands.append(name)
                add_options(sub)
    return commands, sorted(set(options))


COMMAND_NAMES, OPTIONS = cli_surface()


def missing_from(text: str) -> list[str]:
    gone = [f"command {c}" for c in COMMAND_NAMES if not re.search(rf"`(?:python -m generator )?{c}[` ]", text)]
    gone += [f"option {o}" for o in OPTIONS if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", text)]
    return gone


def test_cli_surface_is_found() -> None:
    assert {"check", "render", "import", "schema"} <= set(COMMAND_NAMES)
    assert {"--project", "--format", "--strict", "--out", "--templates", "--id", "--force", "--check"} <= set(OPTIONS)


def test_commands_page_documents_every_command_and_option() -> None:
    missing = missing_from(COMMANDS.read_text(encoding="utf-8"))
    assert not missing, f"docs/guide/commands.md does not document: {', '.join(missing)}"


def test_readme_documents_every_command_and_option() -> None:
    missing = missing_from(README.read_text(encoding="utf-8"))
    assert not missing, f"README.md does not document: {', '.join(missing)}"


def test_commands_page_documents_exit_codes_and_make_targets() -> None:
    text = COMMANDS.read_text(encoding="utf-8")
    for code in ("0", "1", "2"):
        assert f"| `{code}` |" in text, f"exit code {code} is not in the exit-code table"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.MULTILINE)
    assert phony
    missing = [t for t in phony.group(1).split() if f"`make {t}`" not in text]
    assert not missing, f"docs/guide/commands.md does not document make targets: {', '.join(missing)}"


def test_readme_names_every_annotation_field() -> None:
    """The README's summary of the annotation files keeps up with the models (the full reference is annotating.md)."""
    text = section(README.read_text(encoding="utf-8"), "Annotations")
    missing = sorted({f"{m.__name__}.{name}" for m in MODELS for name in m.model_fields if f"`{name}`" not in text})
    assert not missing, f"README.md, section Annotations, does not name: {', '.join(missing)}"
