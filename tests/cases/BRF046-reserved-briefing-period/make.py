"""The briefing file renamed to 2025-06.yaml."""

from pathlib import Path

Path("briefings/harbour-ferry.yaml").rename("briefings/2025-06.yaml")
