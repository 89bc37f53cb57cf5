"""One declaration per vocabulary (generator/vocabulary.py), and what is made from it stays made from it.

- the generated regions of the README, the docs and the stylesheet are what ``scripts/regenerate.py`` writes;
- within a vocabulary every value declares the same things (a stance without a colour or a mark fails);
- a description of a field that holds a vocabulary's values names all of them or none (or a scale's two ends),
  in the input schemas, the dataset's schema and the tables' column descriptions;
- the exported data's modules import one another in one direction only.
"""

from __future__ import annotations

import ast
import enum
import importlib.util
import json
import os
import re
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator import vocabulary
from generator.data import export, tables
from generator.inputs.schema import SCHEMAS
from generator.vocabulary import VOCABULARIES, Stance, Term, Vocabulary

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = ".venv/bin/python scripts/regenerate.py"
UPDATE = os.environ.get("UPDATE_GOLDENS") == "1"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "scripts" / "regenerate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- The generated files --------------------------------------------------------------------------


def test_generated_regions_are_up_to_date() -> None:
    """``UPDATE_GOLDENS=1`` writes them anew, as the script does."""
    if UPDATE:
        for path, text in _script().stale().items():
            path.write_text(text, encoding="utf-8")
    stale = [str(path.relative_to(ROOT)) for path in _script().stale()]
    assert not stale, f"made from generator/vocabulary.py but out of date: {', '.join(stale)}; run {REGENERATE}"


def test_every_vocabulary_has_its_generated_table_in_the_annotating_guide() -> None:
    text = (ROOT / "docs" / "guide" / "annotating.md").read_text(encoding="utf-8")
    missing = [name for name in VOCABULARIES if f"<!-- generated: table {name} -->" not in text]
    assert not missing, f"docs/guide/annotating.md has no generated table for: {', '.join(missing)}"


def test_the_stylesheet_takes_its_colours_from_the_declarations() -> None:
    css = (ROOT / "generator" / "site" / "theme" / "assets" / "briefings" / "briefings.css").read_text(encoding="utf-8")
    assert "/* generated: colours */\n" + vocabulary.css() + "/* end generated */" in css
    for stance in Stance:
        assert css.count(f"--bp-{stance.value}:") == 2, f"{stance}: its colours are declared outside the region"


def test_fill_makes_each_kind_of_region_and_keeps_the_rest() -> None:
    text = (
        "before <!-- generated: values Tense -->old<!-- end generated --> after\n"
        "<!-- generated: table Confidence: Level=label, What=meaning -->\nold\n<!-- end generated -->\n"
        "/* generated: colours */ old /* end generated */"
    )
    made = vocabulary.fill(text)
    assert made.startswith("before <!-- generated: values Tense -->`past` | `future`<!-- end generated --> after\n")
    assert "\n\n| Level | What |\n|---|---|\n| Low | the evidence is thin, indirect or from one side |\n" in made
    assert "/* generated: colours */\n:root {\n  --bp-supports: #1b7a3a;\n" in made
    assert vocabulary.fill(made) == made


# --- The declarations -------------------------------------------------------------------------------


@pytest.mark.parametrize("declared", list(VOCABULARIES.values()), ids=list(VOCABULARIES))
def test_every_value_of_a_vocabulary_declares_the_same_things(declared: type[Vocabulary]) -> None:
    """What the site shows for one value it shows for all: a new stance needs its label, mark and colours."""
    assert all(m.meaning for m in declared), f"{declared.__name__}: a value without its meaning"
    for attribute in ("label", "mark", "colour", "dark"):
        having = [m.value for m in declared if getattr(m, attribute)]
        assert having in ([], list(declared.values())), f"{declared.__name__}: only {having} have a {attribute}"


def test_the_site_shows_a_label_mark_and_colours_for_every_stance() -> None:
    assert all(s.label and s.mark and s.colour and s.dark for s in Stance)


def test_a_value_declared_without_its_term_is_refused() -> None:
    with pytest.raises(TypeError, match="'maybe' is declared without its Term"):

        class Mood(Vocabulary):  # pragma: no cover - the declaration itself fails
            MAYBE = "maybe"


def test_a_vocabulary_is_a_string_enum_pydantic_validates() -> None:
    assert Stance("opposes") is Stance.OPPOSES and Stance.OPPOSES == "opposes" and isinstance(Stance.OPPOSES, str)
    assert json.dumps([Stance.SUPPORTS]) == '["supports"]' and f"{Stance.UNCLEAR}" == "unclear"
    assert issubclass(Stance, enum.StrEnum)
    assert Stance.CONDITIONAL.guide.endswith("(list them in `conditions`)")
    assert Stance.SUPPORTS.guide == Stance.SUPPORTS.meaning == Term("is for it, without conditions").meaning


def test_a_docstring_may_list_the_values() -> None:
    assert VOCABULARIES["ActorKind"].__doc__ == (
        "What sort of actor: person, state, government, organisation, alliance or media."
    )


def _listings(text: str, values: list[str]) -> Iterator[list[str]]:
    """Every run of three or more of the values in a row as an exhaustive list writes them: "a | b | c"."""
    word = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
    item = rf"`?(?<![\w-])(?:{word})(?![\w-])`?"
    for run in re.finditer(rf"{item}(?:\s*\|\s*{item}){{2,}}", text):
        yield [w.strip("`") for w in re.split(r"\s*\|\s*", run.group(0))]


def test_docs_that_list_a_vocabulary_list_all_of_it() -> None:
    """A list of values typed by hand in the docs (an example of printed output) is found when a value is added."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    stale = [
        f"{page.relative_to(ROOT)}: {', '.join(found)} (not {', '.join(declared.values())})"
        for page in pages
        for declared in VOCABULARIES.values()
        if len(declared) >= 3
        for found in _listings(page.read_text(encoding="utf-8"), list(declared.values()))
        if found != list(declared.values())
    ]
    assert not stale, "lists of values that are not the vocabulary's:\n" + "\n".join(stale)


# --- Descriptions that name values name them all ---------------------------------------------------


def _named(description: str, values: list[str]) -> list[str]:
    return [v for v in values if re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", description)]


#: Descriptions that name a scale by its two ends ("from almost-no-chance to almost-certain").
SCALES = {"briefing/$defs/Judgement/properties/likelihood"}


def _complete(description: str, values: list[str], where: str = "") -> bool:
    """Names every value or none; a scale (:data:`SCALES`) names at least its two ends."""
    named = _named(description, values)
    if where in SCALES:
        return {values[0], values[-1]} <= set(named)
    return named in ([], values)


def _enums(schema: dict[str, Any], node: Any, where: str = "") -> Iterator[tuple[str, str, list[str]]]:
    """(where, description, values) of every described property of the schema that holds an enum's values."""
    if isinstance(node, dict):
        target = node
        if "$ref" in node:
            target = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
        options = [target, *target.get("anyOf", []), *node.get("anyOf", [])]
        for option in options:
            option = schema["$defs"][option["$ref"].rsplit("/", 1)[1]] if "$ref" in option else option
            if "enum" in option and "description" in node:
                yield where, node["description"], [str(v) for v in option["enum"]]
        for key, value in node.items():
            yield from _enums(schema, value, f"{where}/{key}")
    elif isinstance(node, list):
        for n, value in enumerate(node):
            yield from _enums(schema, value, f"{where}/{n}")


def _schemas() -> dict[str, dict[str, Any]]:
    return {**{name: model.model_json_schema() for name, model in SCHEMAS.items()}, "dataset": export.json_schema()}


def test_schema_descriptions_of_vocabulary_fields_name_every_value_or_none() -> None:
    found = [
        (f"{name}{where}", text, values)
        for name, schema in _schemas().items()
        for where, text, values in _enums(schema, schema)
    ]
    found = [item for item in found if "/properties/" in item[0]]  # a field's; a vocabulary's own is prose about it
    assert len(found) > 20
    partial = [f"{where}: {text!r}" for where, text, values in found if not _complete(text, values, where)]
    assert not partial, "descriptions naming only some of their values:\n" + "\n".join(partial)


def test_column_descriptions_of_vocabulary_fields_name_every_value_or_none() -> None:
    checked = 0
    for table in tables.TABLES:
        for column in table.fields:
            values = _column_values(table.item, column.path)
            if values:
                checked += 1
                assert _complete(column.description, values), f"{table.name}.{column.name}: {column.description!r}"
    assert checked >= 10


def _column_values(item: type, path: tuple[str, ...]) -> list[str]:
    """The values a column may hold, when its field is one of a vocabulary's (:class:`~export.OneOf`)."""
    hint: Any = item
    meta: list[Any] = []
    for key in path:
        hint, meta = tables._unwrap(typing.get_type_hints(hint, include_extras=True)[key])
    for m in meta:
        if isinstance(m, export.OneOf):
            return list(m.values)
    if typing.get_origin(hint) is typing.Literal:
        return [str(v) for v in typing.get_args(hint)]
    return []


# --- No circle among the exports ------------------------------------------------------------------


def _imports(path: Path) -> set[str]:
    """The generator modules a file imports, at its top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("generator"))
    return found


def test_the_data_modules_import_one_another_one_way() -> None:
    data = ROOT / "generator" / "data"
    modules = {f"generator.data.{p.stem}": _imports(p) for p in data.glob("*.py") if p.stem != "__init__"}
    graph = {m: {n for n in modules if n in imports and n != m} for m, imports in modules.items()}
    assert graph["generator.data.export"] == set(), "the dataset's declaration imports no other export"
    assert graph["generator.data.tables"] == {"generator.data.export"}
    done: list[str] = []
    while len(done) < len(graph):  # peel off the modules whose imports are done; a circle never peels
        ready = [m for m in graph if m not in done and graph[m] <= set(done)]
        assert ready, f"an import circle among {sorted(set(graph) - set(done))}"
        done.extend(ready)
    assert not _imports(ROOT / "generator" / "vocabulary.py"), "the vocabulary imports nothing of ours"
