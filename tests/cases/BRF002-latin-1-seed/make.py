"""A seed saved as Latin-1 (Windows-1252): the é is byte 0xe9, not UTF-8."""

from pathlib import Path

text = """---
id: "cafe-reopens"
headline: "The pier café reopens"
headline_by: "article"
published: "2025-07-01"
---
The café on the east shore pier reopened on Monday.
"""
Path("seeds/cafe-reopens.md").write_bytes(text.encode("latin-1"))
