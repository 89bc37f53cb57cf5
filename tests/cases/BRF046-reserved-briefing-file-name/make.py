"""The briefing file renamed to index.yaml."""

from pathlib import Path

Path("briefings/harbour-ferry.yaml").rename("briefings/index.yaml")
