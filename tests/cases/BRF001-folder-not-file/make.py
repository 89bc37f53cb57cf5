"""A folder where a briefing file and a seed file are expected."""

from pathlib import Path

# a folder named like a briefing file, and one named like a seed
Path("briefings/union.yaml").mkdir()
Path("seeds/ferry-fares.md").mkdir()
