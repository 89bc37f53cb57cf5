"""The same byte-order mark under --strict, which fails on warnings."""

from pathlib import Path

path = Path("briefings/harbour-ferry.yaml")
path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
