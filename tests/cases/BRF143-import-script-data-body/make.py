"""The page: tests/fixtures/pages/wire-script-data.html (a teaser in its HTML, the article in its script data)."""

import shutil
from pathlib import Path

shutil.copy(Path(__file__).parents[2] / "fixtures" / "pages" / "wire-script-data.html", "page.html")
