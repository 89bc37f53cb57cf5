"""Form feeds in a seed's body (text copied from a PDF), and a C1 control escaped in its headline."""

from pathlib import Path

path = Path("seeds/mayor-keeps-ferry.md")
text = path.read_text(encoding="utf-8")
old_body = "Tom Okafor welcomed the change"
old_headline = 'headline: "Mayor Ferreira changes course on the harbour ferry"'
assert old_body in text and old_headline in text
text = text.replace(old_body, "\x0c\nTom Okafor welcomed the change", 1).replace(
    "accounts show", "accounts\x0c show", 1
)
text = text.replace(old_headline, 'headline: "Mayor Ferreira changes course\\x85 on the harbour ferry"', 1)
path.write_text(text, encoding="utf-8")
