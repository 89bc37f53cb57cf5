"""The page: tests/fixtures/pages/gazette-caption.html without its JSON-LD, so the caption is all there is."""

import re
from pathlib import Path

page = (Path(__file__).parents[2] / "fixtures" / "pages" / "gazette-caption.html").read_text(encoding="utf-8")
page = re.sub(r'<script type="application/ld\+json">.*?</script>', "", page, flags=re.DOTALL)
page = page.replace(", zwei Radfahrern am Geländer und dem Bauplatz der neuen Brücke dahinter", "")
Path("page.html").write_text(page, encoding="utf-8")
