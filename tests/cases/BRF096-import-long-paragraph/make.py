"""A raw article whose third line is one paragraph of 10,500 characters: an article pasted without its line breaks."""

from pathlib import Path

sentence = "Fares on the harbour ferry will rise in August, the council said. "  # 66 characters
Path("raw").mkdir()
Path("raw/fares.txt").write_text(
    "Ferry fares to rise in August\n\n" + (sentence * 160 + "The end.")[:10_500] + "\n", encoding="utf-8"
)
