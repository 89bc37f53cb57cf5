"""A briefing saved with a UTF-8 byte-order mark: a warning, the file is still read."""

from pathlib import Path

path = Path("briefings/harbour-ferry.yaml")
path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
