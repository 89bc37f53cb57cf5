"""Teams: the actor registry split into files; an unknown actor's entry ready to paste; one report per unlisted source."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from generator.build.changes import changed_units, input_stamps
from generator.build.pipeline import Incremental, build_project
from generator.diagnostics import Diagnostic
from generator.validate import Project, validate

HEADER = "# yaml-language-server: $schema=../../schemas/actors.schema.json\nactors:\n"


def _split(mini: Path, keep_main: bool) -> None:
    """Move the union's two actors into briefings/actors/union.yaml (and the rest too, unless ``keep_main``)."""
    registry = mini / "briefings" / "actors.yaml"
    text = registry.read_text(encoding="utf-8")
    start, end = text.index('  - id: "okafor"'), text.index('  - id: "northbridge-council"')
    union = text[start:end] + text[text.index('  - id: "ferry-union"') :]
    rest = text[:start] + text[end : text.index('  - id: "ferry-union"')]
    (mini / "briefings" / "actors").mkdir()
    (mini / "briefings" / "actors" / "union.yaml").write_text(HEADER + union, encoding="utf-8")
    if keep_main:
        registry.write_text(rest, encoding="utf-8")
    else:
        registry.unlink()
        (mini / "briefings" / "actors" / "council.yaml").write_text(
            HEADER + rest.split("actors:\n", 1)[1], encoding="utf-8"
        )


def _codes(found: list[Diagnostic]) -> list[str]:
    return [d.code for d in found]


def test_a_split_registry_builds_the_same_site(mini: Path) -> None:
    whole = build_project(Project.at(mini)).pages
    for keep_main in (True, False):
        project = mini.parent / f"split-{keep_main}"
        project.mkdir()
        shutil.copytree(mini, project, dirs_exist_ok=True)
        _split(project, keep_main)
        result = build_project(Project.at(project))
        assert result.diagnostics == []
        assert result.pages == whole


def test_an_actor_defined_in_two_files_names_both_places(mini: Path) -> None:
    (mini / "briefings" / "actors").mkdir()
    (mini / "briefings" / "actors" / "team.yaml").write_text(
        HEADER + '  - id: "ferreira"\n    name: "Ana Ferreira"\n    kind: "person"\n    standing: "other"\n',
        encoding="utf-8",
    )
    _, found = validate(Project.at(mini))
    (d,) = found
    assert (d.code, d.path, d.line) == ("BRF044", "briefings/actors/team.yaml", 3)
    assert "first at briefings/actors.yaml:3:" in d.message


def test_unused_actor_is_reported_in_its_own_file(mini: Path) -> None:
    _split(mini, keep_main=True)
    path = mini / "briefings" / "actors" / "union.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + '  - id: "harbour-master"\n    name: "Harbour master"\n    kind: "person"\n    standing: "other"\n',
        encoding="utf-8",
    )
    _, found = validate(Project.at(mini))
    assert [(d.code, d.path) for d in found] == [("BRF060", "briefings/actors/union.yaml")]


def test_a_registry_file_change_rebuilds_every_page(mini: Path) -> None:
    _split(mini, keep_main=True)
    project = Project.at(mini)
    builds = Incremental(project)
    builds.build()
    team = mini / "briefings" / "actors" / "union.yaml"
    before = input_stamps(project, None)
    assert team in before
    renamed = team.read_text(encoding="utf-8").replace('name: "Tom Okafor"', 'name: "Thomas Okafor"')
    team.write_text(renamed, encoding="utf-8")
    assert changed_units(before, input_stamps(project, None), project, None) is None
    again = builds.build()
    assert again.full
    assert again.result.pages == build_project(project).pages
    assert "Thomas Okafor" in (again.result.pages or {})["actors/okafor.md"]


def test_an_unknown_actor_comes_with_an_entry_ready_to_paste(mini: Path) -> None:
    path = mini / "briefings" / "harbour-ferry.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('      - "okafor"\n', '      - "jean-dupont"\n', 1), encoding="utf-8"
    )
    _, found = validate(Project.at(mini))
    (d,) = [d for d in found if d.code == "BRF040"]
    assert d.hint.startswith("add it to briefings/actors.yaml (or a file in briefings/actors/), under 'actors:':\n")
    entry = d.hint.split("\n", 1)[1]
    assert yaml.safe_load(entry) == [
        {"id": "jean-dupont", "name": "Jean Dupont", "kind": "person", "standing": "other"}
    ]
    registry = mini / "briefings" / "actors.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + entry + "\n", encoding="utf-8")
    _, found = validate(Project.at(mini))
    assert "BRF040" not in _codes(found)


def test_a_source_missing_from_sources_is_reported_once(mini: Path) -> None:
    path = mini / "briefings" / "harbour-ferry.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('  - "council-votes-to-close-ferry"\n', "", 1), encoding="utf-8")
    cited = len(re.findall(r'source: "council-votes-to-close-ferry"', text))
    assert cited >= 3
    _, found = validate(Project.at(mini))
    (d,) = [d for d in found if d.code == "BRF045"]
    first_use = next(
        i for i, line in enumerate(text.splitlines(), 1) if 'source: "council-votes-to-close-ferry"' in line
    )
    assert d.line == first_use - 1  # one line fewer above it, now that sources lists one source less
    assert f"(cited here and {cited - 1} more times in this file)" in d.message
