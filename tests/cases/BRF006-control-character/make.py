"""A control character (BEL, U+0007) pasted into a value."""

from pathlib import Path

path = Path("briefings/harbour-ferry.yaml")
text = path.read_text(encoding="utf-8")
assert "Backs the closure" in text
path.write_text(text.replace("Backs the closure", "Backs the\x07 closure", 1), encoding="utf-8")
