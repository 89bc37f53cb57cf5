"""The council's vote article gets the id 2025-06 (its file, its front matter, and the briefing's references)."""

from pathlib import Path

old = "council-votes-to-close-ferry"
seed = Path("seeds") / f"{old}.md"
seed.write_text(seed.read_text(encoding="utf-8").replace(f'"{old}"', '"2025-06"'), encoding="utf-8")
seed.rename(Path("seeds") / "2025-06.md")
for path in Path("briefings").glob("*.yaml"):
    path.write_text(path.read_text(encoding="utf-8").replace(f'"{old}"', '"2025-06"'), encoding="utf-8")
