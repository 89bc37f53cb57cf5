"""The page: tests/fixtures/pages/gazette-caption.html (a photo caption in its HTML, the article in its JSON-LD)."""

import shutil
from pathlib import Path

shutil.copy(Path(__file__).parents[2] / "fixtures" / "pages" / "gazette-caption.html", "page.html")
