"""The YAML loader's fast paths read every text exactly as PyYAML's pure-Python strict loader does.

``generator/inputs/load.py`` composes a text in one of three ways: libyaml's composer in C, for
texts that can hold no anchor, alias or tag and cannot nest deep; PyYAML's composer
over libyaml's parser otherwise; and the pure-Python strict loader whenever libyaml
and PyYAML might differ, and for every error. A fast path may only ever give up
(``_Fallback``); when it answers, its nodes must be the pure loader's, tag for tag,
value for value, and mark for mark (diagnostics are placed by those marks).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, ScalarNode

from generator.inputs import load
from tests import case_patches
from tests.conftest import FIXTURES, ROOT
from tests.test_yaml_corpus import CASES

CASE_FOLDER = ROOT / "tests" / "cases"

EDGE_CASES = {
    "block scalar": "a: |\n  two\n  lines\n",
    "folded plain": "a: one\n  two\n",
    "quoted over lines": 'a: "one\n two"\n',
    "quoted over lines, not indented": 'a: "one\ntwo"\n',
    "quote then comment": 'a: "x"# c\n',
    "ampersand in a quote": 'a: "Marks & Spencer"\nb: "*starred*"\n',
    "anchor": "a: &x 1\nb: *x\n",
    "tag": "a: !!str 1\n",
    "brackets in quotes": 'q: "The position that [Ukrainian president Volodymyr] Zelenskyy"\n',
    "flow on one line": "a: [1, 2, {b: c}]\n",
    "flow over lines": "a: [1,\n  2]\n",
    "empty value": "a:\nb: x\n",
    "question mark": "a: why? because\n",
    "explicit key": "? a\n: b\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "deep dashes": "- " * 200 + "x\n",
    "deep explicit keys": "? " * 400 + "x\n",
    "deep brackets": "[" * 80 + "]" * 80 + "\n",
    "deep indentation": "".join(" " * (2 * i) + f"k{i}:\n" for i in range(120)) + " " * 240 + "v\n",
    "unicode": 'name: "Зеленський"\nother: Müller\n',
    "zero-width no-break space at a line's start": "a: x\n\ufeffb: y\n",
    "zero-width no-break space in a value": 'a: x\ufeff\nb: "\ufeff"\n',
    "no line break at the end": "- a\n- b",
    "empty": "",
    "comment only": "# nothing\n",
}


def _files() -> dict[Path, str]:
    """Every file of the fixtures and the cases with its text; a case's patch gives the file it makes."""
    found: dict[Path, str] = {}
    for root in (FIXTURES, CASE_FOLDER):
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            if path.suffix in (".yaml", ".yml", ".md"):
                found[path] = path.read_text(encoding="utf-8", errors="replace")
    for case in sorted(p for p in CASE_FOLDER.iterdir() if p.is_dir()):
        for patch_file, rel in case_patches.patches_of(case):
            found[case / rel] = case_patches.materialise(patch_file, rel).decode("utf-8", errors="replace")
    return found


def _texts() -> dict[str, str]:
    found = dict(EDGE_CASES)
    for path, text in _files().items():
        if path.suffix in (".yaml", ".yml"):
            found[str(path.relative_to(ROOT))] = text
        elif path.suffix == ".md":
            end = text.find("\n---", 4) if text.startswith("---\n") else -1
            if end > 0:
                found[str(path.relative_to(ROOT)) + " (front matter)"] = text[4 : end + 1]
    for case in CASES:
        found[case.name] = case.read_text(encoding="utf-8", errors="replace")
    return {name: text.replace("\r\n", "\n") for name, text in found.items()}


TEXTS = _texts()


def _shape(node: Node | None) -> Any:
    if node is None:
        return None
    marks = tuple((m.line, m.column, m.index) for m in (node.start_mark, node.end_mark))
    if isinstance(node, ScalarNode):
        return ("scalar", node.tag, node.value, node.style, marks)
    if isinstance(node, MappingNode):
        return ("map", node.tag, bool(node.flow_style), marks, [(_shape(k), _shape(v)) for k, v in node.value])
    return ("seq", node.tag, bool(node.flow_style), marks, [_shape(v) for v in node.value])


def _pure(text: str) -> Any:
    loader = load._StrictLoader(text)
    try:
        return _shape(loader.get_single_node())
    except Exception as exc:  # refused: the fast paths must not answer
        return type(exc)
    finally:
        loader.dispose()


@pytest.mark.parametrize("name", list(TEXTS))
def test_a_fast_path_answers_only_as_the_pure_loader_would(name: str) -> None:
    text = TEXTS[name]
    try:
        fast = _shape(load._fast_node(text))
    except load._Fallback:
        return
    assert fast == _pure(text)


def test_the_c_composer_takes_the_plain_files_and_leaves_the_rest() -> None:
    """So the test above compares the C composer's nodes on real briefings, not only the slower path's."""
    story = [text for name, text in TEXTS.items() if name.startswith("tests/fixtures/story/briefings/")]
    assert story and all(load._composable_in_c(text) for text in story)
    assert all(load._fast_node(text) is not None for text in story)  # answered, not given up
    for case in ("anchor", "tag", "ampersand in a quote", "deep dashes", "deep explicit keys", "deep brackets"):
        assert not load._composable_in_c(EDGE_CASES[case]), case
    assert load._composable_in_c(EDGE_CASES["brackets in quotes"])


@pytest.mark.parametrize("text", ["a: x\n\ufeffb: y\n", "a: x\ufeff\n", "a: x"])
def test_a_text_with_u_feff_or_no_final_line_break_goes_the_pure_way(text: str) -> None:
    with pytest.raises(load._Fallback):
        load._fast_node(text)


# --- Fuzzed: texts made of YAML's own pieces and the characters the parsers read differently ---------------------

#: Structure, quotes and escapes, and the characters libyaml and PyYAML have been seen to read differently:
#: U+FEFF (libyaml skips it at the start of any line, PyYAML only at the start of the text), non-ASCII letters of
#: one and two UTF-16 units, no-break and line-separator spaces, tabs, indicators that may start a token.
_PIECES = (
    *("a", "bc", "é", "Зе", "😀", "1", "x: y", " ", "  ", ": ", ":", "- ", "-", "#", " # c", "'", '"', "\\"),
    *("\\ufeff", "\\f", "\ufeff", "\ufeff", "\u00a0", "\u2028", "\t", "?", "? ", "[", "]", "{", "}", ", "),
    *("!", "&", "*", "|", ">", "%", "@", "`", "\n", "\n  ", "\n- ", "\r"),
)
_LINE_STARTS = ("", "- ", "k: ", "- k: ", 'k: "', "k: '", "\ufeffk: ", "k:\ufeff ", "\ufeff- ", "? ", ": ")
_LINE_ENDS = ("", '"', "'", " # c", "\ufeff", ":")


@st.composite
def _yamlish(draw: st.DrawFn) -> str:
    """A few lines, each an indentation, a start (a key, a dash, an opening quote), pieces and an end."""
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        indent = " " * draw(st.sampled_from((0, 0, 2, 4)))
        start = draw(st.sampled_from(_LINE_STARTS))
        pieces = draw(st.lists(st.sampled_from(_PIECES), max_size=6))
        lines.append(indent + start + "".join(pieces) + draw(st.sampled_from(_LINE_ENDS)))
    return "\n".join(lines) + draw(st.sampled_from(("\n", "", "\n\n")))


@settings(max_examples=1000, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_yamlish())
def test_fuzzed_texts_are_read_alike_by_every_path(text: str) -> None:
    """Same acceptance, values, styles and marks: a fast path answers only with the pure loader's nodes."""
    try:
        fast = _shape(load._fast_node(text))
    except load._Fallback:
        return
    assert fast == _pure(text)
