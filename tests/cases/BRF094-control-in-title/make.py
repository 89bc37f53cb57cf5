"""Escapes a YAML file may hold but no text may: \\f and \\uFFFE in a title; a raw U+FDD0 in an actor's name."""

from pathlib import Path

path = Path("briefings/harbour-ferry.yaml")
text = path.read_text(encoding="utf-8")
old = 'title: "The Northbridge harbour ferry"'
assert old in text
path.write_text(text.replace(old, 'title: "The Northbridge\\f harbour ferry\\uFFFE"', 1), encoding="utf-8")

path = Path("briefings/actors.yaml")
text = path.read_text(encoding="utf-8")
old = 'name: "Tom Okafor"'
assert old in text
path.write_text(text.replace(old, 'name: "Tom\ufdd0 Okafor"', 1), encoding="utf-8")
