"""Two lines of a seed over the limit of MAX_LINE characters: the first is reported, the other counted."""

from pathlib import Path

from generator.inputs.load import MAX_LINE

seed = Path("seeds/mayor-keeps-ferry.md")
long_line = "Speaking to reporters, the mayor said the ferry stays. " * (MAX_LINE // 50)
seed.write_text(seed.read_text(encoding="utf-8") + long_line + "\n" + long_line + "\n", encoding="utf-8")
