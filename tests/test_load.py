"""Stage 1: the strict YAML loader and the seed reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load import MAX_BYTES, load_seed, load_yaml


def _load(tmp_path: Path, content: str | bytes) -> tuple[object, list[str]]:
    path = tmp_path / "b.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    doc, found = load_yaml(path, tmp_path)
    return (doc.data if doc else None), [f"{d.line}:{d.column} {d.code}" for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: x\na: y\n", ["2:1 BRF008"]),
        ("x: &a [z]\ny: *a\n", ["1:4 BRF009"]),
        ("y: *a\n", ["1:4 BRF009"]),
        ("country: NO\n", ["1:10 BRF010"]),
        ("flag: on\n", ["1:7 BRF010"]),
        ("n: 012\n", ["1:4 BRF010"]),
        ("t: 12:30\n", ["1:4 BRF010"]),
        ("a:\n\tb: c\n", ["2:1 BRF007"]),
        ("a: !!str x\n", ["1:4 BRF011"]),
        ("a: !custom x\n", ["1:4 BRF011"]),
        ("a: b: c\n", ["1:5 BRF006"]),
        ("a: [\n", ["2:1 BRF006"]),
        ("a: \x07\n", ["1:4 BRF006"]),
        ("", ["1:1 BRF004"]),
        ("   \n\n", ["1:1 BRF004"]),
        ("# only a comment\n", ["1:1 BRF004"]),
    ],
)
def test_strict_loader_refuses_with_a_position(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert _load(tmp_path, text)[1] == expected


def test_plain_values_stay_text_and_quoted_ambiguous_values_are_fine(tmp_path: Path) -> None:
    data, found = _load(tmp_path, 'country: "NO"\ndate: 2025-09-05\nempty:\nname: Keir Starmer\n')
    assert found == []
    assert data == {"country": "NO", "date": "2025-09-05", "empty": None, "name": "Keir Starmer"}


def test_alias_bomb_is_refused_at_the_first_anchor_without_expanding(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    assert _load(tmp_path, "\n".join(lines) + "\n")[1] == ["1:4 BRF009"]


def test_byte_order_mark_is_a_warning_and_the_file_still_reads(tmp_path: Path) -> None:
    data, found = _load(tmp_path, b'\xef\xbb\xbftitle: "x"\n')
    assert data == {"title": "x"}
    assert found == ["1:1 BRF003"]


def test_invalid_utf8_names_line_and_column(tmp_path: Path) -> None:
    assert _load(tmp_path, b'title: "x"\nsummary: "caf\xe9"\n')[1] == ["2:14 BRF002"]


def test_oversized_file_is_refused_without_reading(tmp_path: Path) -> None:
    assert _load(tmp_path, b"#" * (MAX_BYTES + 1))[1] == ["1:1 BRF005"]


def test_folder_where_a_file_is_expected(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").mkdir()
    doc, found = load_yaml(tmp_path / "b.yaml", tmp_path)
    assert doc is None and [d.code for d in found] == ["BRF001"]


def test_positions_of_keys_and_values_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text('positions:\n  - actor: "putn"\n    evidence:\n      - quote: "x"\n', encoding="utf-8")
    doc, _ = load_yaml(path, tmp_path)
    assert doc is not None
    assert (doc.values[("positions", 0, "actor")].line, doc.values[("positions", 0, "actor")].column) == (2, 12)
    assert doc.keys[("positions", 0, "evidence")].line == 3
    assert doc.mark(("positions", 0, "evidence", 0, "quote")).line == 4
    # an absent path falls back to its nearest present parent
    assert doc.mark(("positions", 0, "stance")).line == 2


def test_seed_front_matter_lines_are_file_lines(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_text('---\nid: "s"\nheadline: x: y\n---\nBody text.\n', encoding="utf-8")
    seed, found = load_seed(path, tmp_path)
    assert seed is None
    assert [(d.line, d.code) for d in found] == [(3, "BRF006")]


def test_seed_body_is_kept_exactly(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    body = "  Indented “curly” text\u00a0with nbsp.\n\nSecond — paragraph.\n"
    path.write_text('---\nid: "s"\n---\n' + body, encoding="utf-8")
    seed, found = load_seed(path, tmp_path)
    assert found == [] and seed is not None
    assert seed.body == body
    assert seed.front.data == {"id": "s"}
