"""The union's leader gets the id 'index' (in the registry and where the briefing names him)."""

from pathlib import Path

for name in ("briefings/actors.yaml", "briefings/harbour-ferry.yaml"):
    path = Path(name)
    path.write_text(path.read_text(encoding="utf-8").replace('"okafor"', '"index"'), encoding="utf-8")
