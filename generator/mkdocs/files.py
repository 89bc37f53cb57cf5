"""Generated pages as MkDocs files: one whose content arrives later, and the check that no hand-written one is lost."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files

from generator.diagnostics import relpath, summary
from generator.site.addresses import collisions


class Streamed(File):
    """A generated file whose content is fetched when MkDocs first reads it: the background build delivers it.

    With ``later`` (a list the plugin keeps), a file MkDocs copies into the site before its content has arrived
    is not waited for: it goes into ``later``, and :func:`write_later` writes it at the end of the build. MkDocs
    copies the files beside the pages before it renders the first page, and the downloads (the dataset, the
    tables, the feeds) are made after the last page: waiting for them there held every page back.
    """

    def __init__(
        self, config: MkDocsConfig, path: str, fetch: Callable[[], str | bytes], later: list[Streamed] | None = None
    ) -> None:
        super().__init__(path, src_dir=None, dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
        self.generated_by = config.plugins._current_plugin or "briefings"
        self._fetch: Callable[[], str | bytes] | None = fetch
        self._held: str | bytes | None = None
        self._later = later

    @property
    def _content(self) -> str | bytes | None:
        """What File reads its content from (``content_string``, ``content_bytes``, ``copy_file``)."""
        if self._fetch is not None:
            self._held, self._fetch = self._fetch(), None
        return self._held

    @_content.setter
    def _content(self, value: str | bytes | None) -> None:
        self._held, self._fetch = value, None

    def copy_file(self, dirty: bool = False) -> None:
        """Write the file into the site now if its content is here, else at the end of the build (``later``)."""
        if self._later is not None and self._fetch is not None:
            self._later.append(self)
            return
        super().copy_file(dirty)


def write_later(later: list[Streamed]) -> None:
    """Write the files whose copy was put off (:class:`Streamed`), each once its content has arrived."""
    pending, later[:] = list(later), []
    for file in pending:
        file._later = None
        file.copy_file()


def refuse_collisions(
    config: MkDocsConfig, files: Files, generated: Iterable[str], serving: bool, search: bool = False
) -> None:
    """Abort when a file in docs/ would be lost to a generated page (or to the search bundle): BRF072."""
    built = [f for f in files if (f.inclusion.is_in_serve() if serving else not f.inclusion.is_excluded())]
    found = collisions(
        generated,
        [f.src_uri for f in built],
        relpath(Path(config.docs_dir), Path(config.config_file_path).parent),  # as MkDocs names it: not resolved
        config.use_directory_urls,
        search,
    )
    if found:
        listing = "\n".join(d.format() for d in found)
        raise Abort(f"Files in the docs folder would be lost in the site:\n{listing}\n{summary(found)}")
