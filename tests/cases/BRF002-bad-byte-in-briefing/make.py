"""A stray 0xff byte in the middle of a briefing file."""

from pathlib import Path

path = Path("briefings/harbour-ferry.yaml")
text = path.read_bytes()
assert b"Northbridge council voted" in text
path.write_bytes(text.replace(b"Northbridge council voted", b"Northbridge council \xffvoted", 1))
