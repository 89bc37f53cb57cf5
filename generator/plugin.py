"""MkDocs adapter: the only module that imports MkDocs.

Adds the generated pages to the build in memory (never writing into ``docs/``),
reports diagnostics through MkDocs' logger, and watches ``briefings/``,
``seeds/`` and the template overrides while serving. During ``mkdocs build``
errors abort the build with one message listing them all; during ``mkdocs
serve`` they are logged and the last good pages stay up (or, before there were
any, a page listing the problems), so fixing a file brings the site back.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .build import build_project
from .diagnostics import Severity, summary
from .render import render_problems
from .validate import Project, SeedCache

log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsConfig(Config):
    briefings = opt.Type(str, default="briefings")
    seeds = opt.Type(str, default="seeds")
    templates = opt.Type(str, default="templates")


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """``plugins: [briefings]`` in mkdocs.yml."""

    def __init__(self) -> None:
        self.serving = False
        self.last_good: dict[str, str] | None = None
        self.seed_cache = SeedCache()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def _paths(self, config: MkDocsConfig) -> tuple[Project, Path]:
        root = Path(config.config_file_path).parent
        project = Project(root, root / self.config.briefings, root / self.config.seeds)
        return project, root / self.config.templates

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        project, templates = self._paths(config)
        result = build_project(project, templates, self.seed_cache)
        if result.pages is None and not self.serving:
            listing = "\n".join(d.format() for d in result.diagnostics)
            raise Abort(f"The briefings have problems:\n{listing}\n{summary(result.diagnostics)}")
        for d in result.diagnostics:
            (log.error if d.severity is Severity.ERROR else log.warning)(d.format())
        pages = result.pages
        if pages is None:
            pages = self.last_good or {"index.md": render_problems(result.diagnostics)}
            log.error("Serving the last good pages until the problems are fixed.")
        else:
            self.last_good = pages
        for path, markdown in pages.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                raise Abort(f"docs/{path} collides with a generated page: rename or remove it.")
            files.append(File.generated(config, path, content=markdown))
        return files

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        project, templates = self._paths(config)
        for folder in (project.briefings, project.seeds, templates):
            if folder.is_dir():
                server.watch(str(folder))
        return server
