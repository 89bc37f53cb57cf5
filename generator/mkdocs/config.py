"""The options of the two plugins, as ``mkdocs.yml`` gives them (documented in docs/guide/commands.md)."""

from __future__ import annotations

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config, ValidationError

from generator.site.identity import problem


class _Identity(opt.Type[str]):
    """An absolute URI that every id of the site is made under (:mod:`generator.site.identity`)."""

    def __init__(self) -> None:
        super().__init__(str)

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value)
        wrong = problem(text)
        if wrong:
            raise ValidationError(f"{wrong} (BRF136; e.g. identity: 'tag:example.org,2025:')")
        return text


class BriefingsConfig(Config):
    """``plugins: [briefings: {...}]``."""

    #: where "edit this page" leads for a generated page, relative to ``repo_url`` (default: MkDocs' ``edit_uri``
    #: without its docs folder, so ``edit/main/docs/`` becomes ``edit/main/`` and the link opens the YAML or seed)
    edit_uri = opt.Optional(opt.Type(str))
    #: the folder of the site the generated pages, feeds and data go under ("": the site's root, where the
    #: briefings' home is the site's home); an existing site keeps its own home page and navigation
    mount = opt.Type(str, default="")
    briefings = opt.Type(str, default="briefings")
    seeds = opt.Type(str, default="seeds")
    templates = opt.Type(str, default="templates")
    #: while serving, rebuild only the pages a change affects (off: MkDocs rebuilds everything)
    quick_rebuilds = opt.Type(bool, default=True)
    #: keep parsed inputs and rendered pages in .cache/briefings/ between runs (off: every build starts afresh)
    cache = opt.Type(bool, default=True)
    #: the "Copy as evidence" button on source pages: while serving, in every build, or never
    copy_evidence = opt.Choice(("serve", "always", "never"), default="serve")
    #: convert the generated pages with cmark-gfm (off: Python-Markdown, as the hand-written pages)
    fast_markdown = opt.Type(bool, default=True)
    #: during `mkdocs build`, build the pages in a second process while MkDocs does its own work (Linux)
    parallel = opt.Type(bool, default=True)
    #: the prefix of every id the site publishes (feeds, web annotations): default ``site_url``
    identity = opt.Optional(_Identity())


class SearchConfig(Config):
    """``plugins: [briefings/search: {...}]``."""

    #: off: no index is built and no search box shown; for quick local builds
    enabled = opt.Type(bool, default=True)
