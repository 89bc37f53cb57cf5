"""Stage 1: the strict YAML loader and the seed reader."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.inputs.load import MAX_BYTES, Refused, load_seed, load_yaml, read_bytes


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


# --- What is not a regular file, or too large, is refused before it is read --------------------------


def _check_in_a_small_memory(project: Path) -> subprocess.CompletedProcess[str]:
    """``python -m generator --project PROJECT check`` with 1.5 GB of address space, given 60 s."""
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, resource.RLIM_INFINITY))\n"
        "from generator.cli import main\n"
        f"sys.exit(main(['--project', {str(project)!r}, 'check']))\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_named_pipe_in_seeds_is_refused_at_once(mini: Path) -> None:
    """Reading a pipe waits for a writer: ``check`` once hung for ever."""
    os.mkfifo(mini / "seeds" / "pipe.md")
    run = _check_in_a_small_memory(mini)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "seeds/pipe.md:1:1: error: is a named pipe (FIFO), not a regular file [BRF001]" in run.stderr


def test_link_to_a_device_is_refused_without_reading_it(mini: Path) -> None:
    """``/dev/zero`` has no end: reading it once ended in MemoryError."""
    (mini / "seeds" / "zero.md").symlink_to("/dev/zero")
    run = _check_in_a_small_memory(mini)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "seeds/zero.md:1:1: error: is a character device, not a regular file [BRF001]" in run.stderr


def test_huge_sparse_file_is_refused_without_reading_it(mini: Path) -> None:
    """A file of gigabytes (sparse: it takes no disk) was read whole to compare its content with the last build."""
    with (mini / "briefings" / "huge.yaml").open("wb") as f:
        f.truncate(4 * 2**30)
    run = _check_in_a_small_memory(mini)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "briefings/huge.yaml:1:1: error: is larger than 4 MiB [BRF005]" in run.stderr


def test_a_file_that_says_it_is_empty_is_read_only_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files in /proc are regular files of size 0, whatever they hold: the reading itself stops past the limit."""
    got: list[int] = []
    real_read = os.read

    def counted(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        got.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counted)
    with pytest.raises(Refused) as refused:
        read_bytes(Path("/proc/self/maps"), limit=16)
    assert refused.value.code == "BRF005"
    assert sum(got) == 17
