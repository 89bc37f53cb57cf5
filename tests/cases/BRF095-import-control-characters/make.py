"""A raw article whose headline holds U+007F (DEL) and U+0085 (NEL, a line break): characters a text file shows no sign of."""

from pathlib import Path

Path("raw").mkdir()
Path("raw/fares.txt").write_text(
    "Ferry fares\u0085to rise\u007f in August\n\nFares on the harbour ferry will rise in August, the council said.\n",
    encoding="utf-8",
)
