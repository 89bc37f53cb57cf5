"""A saved web page, and trafilatura hidden as if the [import] extra were not installed (undone after the case)."""

import shutil
import sys
from pathlib import Path

shutil.copyfile(Path(__file__).parents[2] / "fixtures" / "pages" / "gazette-caption.html", "page.html")
sys.modules["trafilatura"] = None  # type: ignore[assignment]  # `import trafilatura` now fails as when absent
