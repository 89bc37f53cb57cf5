"""The whole pipeline in one call, and writing its pages to a folder without ever half-writing it."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, Severity, sort_diagnostics
from .model import Site, build_site
from .render import render_site
from .validate import Project, SeedCache, validate


@dataclass
class BuildResult:
    """Pages (``None`` when there are errors) and every diagnostic, sorted."""

    pages: dict[str, str] | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    site: Site | None = None

    def failed(self, strict: bool = False) -> bool:
        return any(d.severity is Severity.ERROR or strict for d in self.diagnostics)


def build_project(project: Project, templates: Path | None = None, seed_cache: SeedCache | None = None) -> BuildResult:
    """load → validate → model → render. Never raises for bad input: problems are diagnostics."""
    inputs, found = validate(project, seed_cache)
    found = sort_diagnostics(found)
    if any(d.severity is Severity.ERROR for d in found):
        return BuildResult(None, found)
    site = build_site(inputs)
    return BuildResult(render_site(site, templates), found, site)


def write_pages(pages: dict[str, str], out: Path) -> None:
    """Replace ``out`` with exactly these pages, atomically enough that a failure leaves the old one.

    Pages are written to a sibling temporary folder first; only when every file
    is written is the old folder swapped out. Every path stays inside ``out``.
    """
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for rel, text in pages.items():
            target = (staging / rel).resolve()
            if not target.is_relative_to(staging):
                raise ValueError(f"page path {rel!r} leaves the output folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        old = out.with_name(f".{out.name}.old")
        if old.exists():
            shutil.rmtree(old)
        if out.exists():
            out.rename(old)
        staging.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
