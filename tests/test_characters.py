"""Characters no text may hold (control characters, non-characters, lone surrogates): refused where they are
typed (BRF094, at the character), and never written into the feed even if validation were bypassed."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest

from generator.inputs.characters import count, describe, find, is_refused, xml_safe
from generator.inputs.load import load_yaml
from generator.site.feed import atom
from generator.site.identity import SiteIdentity
from tests.conftest import ROOT, edit, linked_site

BRIEFING = "briefings/harbour-ferry.yaml"
SEED = "seeds/mayor-keeps-ferry.md"


def _found(tmp_path: Path, text: str) -> list[tuple[int, int, str, str]]:
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    _, found = load_yaml(path, tmp_path)
    return [(d.line, d.column, d.code, d.key_path) for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('title: "Ferry\\f news"\n', [(1, 14, "BRF094", "title")]),  # an escape: at its backslash
        ('title: "Ferry \\uFFFE"\n', [(1, 15, "BRF094", "title")]),
        ('a:\n  - note: "x \\x07"\n', [(2, 14, "BRF094", "a[0].note")]),
        ('t: "\\\\f is a backslash and f, \\e is not"\n', [(1, 31, "BRF094", "t")]),
        ('t: "\\uD800"\n', [(1, 5, "BRF094", "t")]),  # a lone surrogate: no UTF-8 file can hold it
        ('t: "\\x85"\n', [(1, 5, "BRF094", "t")]),  # C1: next line
        ('t: "\\x7f"\n', [(1, 5, "BRF094", "t")]),  # DEL
        ("name: 'Ferry \ufdd0 news'\n", [(1, 14, "BRF094", "name")]),  # raw non-characters YAML lets through
        ("name: Ferry \U0010ffff\n", [(1, 13, "BRF094", "name")]),
        ("t: |\n  one\n  two \ufdef\n", [(3, 7, "BRF094", "t")]),
        ('t: "one \\\n  two \\f"\n', [(2, 7, "BRF094", "t")]),  # an escaped line break before it
        ('t: "tab\\there, \\u00e9, \\u2028 and \\U0001F600 are fine"\n', []),
        ('t: "a raw tab\there is fine"\n', []),
    ],
)
def test_a_refused_character_is_an_error_at_the_character(
    tmp_path: Path, text: str, expected: list[tuple[int, int, str, str]]
) -> None:
    assert _found(tmp_path, text) == expected


def test_the_diagnostic_names_the_character_and_what_to_delete(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text('title: "a\\fb\\uFFFE"\n', encoding="utf-8")
    (d,) = load_yaml(path, tmp_path)[1]
    assert d.message == "control character U+000C (form feed) is not allowed in text (and 1 more in this value)"
    assert d.hint.startswith("delete the escape '\\f'")


def test_the_rule_is_the_one_xml_needs_and_more() -> None:
    """Every character XML 1.0 forbids is refused (so a checked text never breaks the feed), and a few it only
    discourages: DEL, C1 controls, every non-character."""
    xml_forbidden = {c for c in range(0x20) if c not in (0x9, 0xA, 0xD)} | {*range(0xD800, 0xE000), 0xFFFE, 0xFFFF}
    assert all(is_refused(chr(c)) for c in xml_forbidden)
    discouraged = {
        0x7F,
        *range(0x80, 0xA0),
        *range(0xFDD0, 0xFDF0),
        *(p << 16 | 0xFFFE | i for p in range(17) for i in (0, 1)),
    }
    assert all(is_refused(chr(c)) for c in discouraged)
    allowed = [0x9, 0xA, 0xD, 0x20, 0x7E, 0xA0, 0xFEFF, 0xFFFD, 0x2028, 0x1F600, 0x1FFFD, 0x20000, 0x10FFFD]
    assert not any(is_refused(chr(c)) for c in allowed)
    refused = xml_forbidden | discouraged
    assert [c for c in range(0x110000) if is_refused(chr(c)) != (c in refused)] == []
    assert describe("\ud800") == "lone surrogate U+D800"
    assert describe("\U0001fffe") == "non-character U+1FFFE"


def test_check_strict_refuses_a_title_with_a_form_feed_and_u_fffe(mini: Path) -> None:
    title = 'title: "The Northbridge harbour ferry"'
    edit(mini, BRIEFING, title, 'title: "The Northbridge\\f harbour ferry\\uFFFE"')
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--project", str(mini), "check", "--strict"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert f"{BRIEFING}:2:24: error: control character U+000C (form feed) is not allowed in text" in done.stderr
    assert "(and 1 more in this value) (at title) [BRF094]" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_seed_body_holds_no_refused_character_either(mini: Path) -> None:
    edit(mini, SEED, "Tom Okafor welcomed", "Tom\x0c Okafor\ufffe welcomed")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--project", str(mini), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    line = next(n for n, text in enumerate((mini / SEED).read_text("utf-8").split("\n"), 1) if "Okafor" in text)
    assert f"{SEED}:{line}:4: error: control character U+000C (form feed) is not allowed in text" in done.stderr
    assert "(so is 1 more in the article) [BRF094]" in done.stderr


FORBIDDEN = "\x0c\ufffe\x00\x1b\ud800\uffff\x7f\x85"
REPLACED = "\ufffd" * len(FORBIDDEN)
DAYS = ("15 July 2025", "12 June 2025")


def test_the_feed_never_holds_a_character_xml_forbids_even_from_a_model_built_directly(mini: Path) -> None:
    """Defence in depth: a model that never went through validation, every text of the feed holding them."""
    edit(
        mini,
        BRIEFING,
        "issues:\n",
        'editions:\n  - date: "2025-06-12"\n    note: "The vote."\n  - date: "2025-07-15"\n    note: "The change."\n\n'
        "issues:\n",
    )
    site = linked_site(mini)
    (b,) = site.briefings
    editions = tuple(dataclasses.replace(e, note=f"Note {FORBIDDEN}") for e in b.editions)
    b = dataclasses.replace(
        b, title=f"Ferry{FORBIDDEN}", summary=f"Sum {FORBIDDEN}", bottom_line=f"Line {FORBIDDEN}", editions=editions
    )
    text = atom(dataclasses.replace(site, briefings=(b,)), SiteIdentity(f"Site {FORBIDDEN}", author=f"Me {FORBIDDEN}"))
    assert find(text) is None
    root = ET.fromstring(text.encode("utf-8"))  # expat: refuses any character XML forbids
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    feed = feedparser.parse(text.encode("utf-8"))
    assert not feed.bozo, feed.bozo_exception
    assert [e.title for e in feed.entries] == [f"Ferry{REPLACED}: edition of {day}" for day in DAYS]
    assert feed.feed.title == f"Site {REPLACED}"
    assert f"Note {REPLACED}" in feed.entries[0].summary and f"Line {REPLACED}" in feed.entries[0].summary


def test_find_and_count_skip_the_characters_of_other_planes_that_are_fine() -> None:
    text = "\U00020000 CJK \U0001f600 \U0002fffe, \x0c and \U0001fffe"
    found = find(text)
    assert found is not None and found.group() == "\U0002fffe"
    assert count(text) == 3 and count(text, found.end()) == 2
    assert find(text, 0, found.start()) is None


def test_xml_safe_keeps_every_allowed_character() -> None:
    allowed = "tab\there\nline\r é \u2028 \ufeff \U0001f600 \ufffd"
    assert xml_safe(allowed) == allowed
    assert xml_safe("a\x0cb\ufffec") == "a\ufffdb\ufffdc"
