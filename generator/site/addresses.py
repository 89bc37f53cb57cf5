"""Where pages land in the built site, and which hand-written files a generated page would replace.

MkDocs writes ``actors/x.md``, ``actors/x/index.md`` and ``actors/x/README.md``
to the same file (``actors/x/index.html``), and when two pages share one, one of
them is silently lost. The generated pages take their names from ids, so a page
written by hand in ``docs/`` can land where a generated one does; and the search
bundle replaces ``pagefind/`` in the built site as a whole. :func:`collisions`
finds both, as :data:`BRF072 <generator.diagnostics.CODES>` errors: the MkDocs
plugin checks the files MkDocs found, ``python -m generator check`` the files in
the ``docs_dir`` that ``mkdocs.yml`` names (with MkDocs' own rules for which
files count). This module knows nothing of MkDocs itself.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pathspec
import yaml

from generator.diagnostics import Diagnostic, relpath
from generator.inputs.load import Refused, read_bytes
from generator.site.identity import SiteIdentity, address, problem

#: The names MkDocs looks for its configuration under, in a project's folder.
CONFIG_FILES = ("mkdocs.yml", "mkdocs.yaml")
#: What MkDocs reads as Markdown pages (``mkdocs.utils.markdown_extensions``).
MARKDOWN = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")
#: Folders of the built site the search bundle replaces as a whole (:meth:`generator.site.search.Indexer.write`).
SEARCH_BUNDLE = ("pagefind", ".pagefind-new", ".pagefind-old")
#: What MkDocs leaves out of docs/ whatever ``exclude_docs`` says (``mkdocs.structure.files._default_exclude``).
DEFAULT_EXCLUDE = (".*", "/templates/")


def destination(src: str, directory_urls: bool = True) -> str:
    """The file MkDocs writes for ``src`` (a path inside docs/), as its ``File.dest_uri`` does."""
    if not src.endswith(MARKDOWN):
        return src
    parent, name = posixpath.split(src)
    stem = posixpath.splitext(name)[0]
    stem = "index" if stem == "README" else stem
    if not directory_urls or stem == "index":
        return posixpath.join(parent, stem + ".html")
    return posixpath.join(parent, stem, "index.html")


def collisions(
    generated: Iterable[str], handwritten: Iterable[str], docs: str, directory_urls: bool = True, search: bool = False
) -> list[Diagnostic]:
    """A BRF072 error for each hand-written file the site would lose to a generated page or the search bundle.

    ``generated`` and ``handwritten`` are paths inside docs/ (``docs`` is how the
    folder is named in messages); ``search``: whether the Pagefind bundle is built.
    """
    made = {destination(path, directory_urls): path for path in generated}
    found = []
    for path in sorted(handwritten):
        dest = destination(path, directory_urls)
        if dest in made:
            message = f"lands where the generated page {made[dest]} does, so one of them would be lost"
            hint = "rename or move it: that place in the site belongs to a generated page"
        elif search and dest.split("/", 1)[0] in SEARCH_BUNDLE:
            message = f"lands in {dest.split('/', 1)[0]}/, which the search index replaces as a whole"
            hint = "rename or move it: that folder of the site belongs to the search index"
        else:
            continue
        found.append(Diagnostic(f"{docs}/{path}", 1, 1, "BRF072", message, hint))
    return found


def mount_folder(value: str) -> str:
    """The folder of the site the generated pages go under (the plugin's ``mount``), ``""`` for the site's root.

    Raises ``ValueError`` saying what is wrong: it is a folder inside the docs, written with ``/``, never
    absolute, never leading out of the site with ``..``, never a file name MkDocs reads as a page.
    """
    folder = value.strip().strip("/")
    parts = folder.split("/") if folder else []
    if value.strip().startswith("/") or "\\" in value or any(part in ("", ".", "..") for part in parts):
        raise ValueError(
            f"mount: {value!r} is not a folder inside the site: write a relative path with '/', "
            "no '.' or '..' parts (for example mount: briefings)"
        )
    if any(part.startswith(".") or part.endswith(MARKDOWN) for part in parts):
        raise ValueError(f"mount: {value!r} names a hidden folder or a page; name a plain folder (mount: briefings)")
    return folder


def mounted(mount: str, path: str) -> str:
    """Where a generated page or download at ``path`` goes in a site whose briefings are under ``mount``."""
    return f"{mount}/{path}" if mount else path


def edit_base(repo_url: str | None, edit_uri: str | None, builder_edit_uri: str | None, docs: str) -> str | None:
    """Where "edit this page" of a generated page leads, before its input file's path; ``None``: no edit button.

    ``edit_uri`` is the plugin's option, relative to ``repo_url``; without it, the
    builder's own ``edit_uri`` without its docs folder (``docs``, the folder's name:
    ``edit/main/docs/`` becomes ``edit/main/``), so one setting serves hand-written
    and generated pages.
    """
    if not repo_url:
        return None
    if edit_uri is None:
        edit_uri = builder_edit_uri or ""
        if not edit_uri or not edit_uri.endswith(docs + "/"):
            return None
        edit_uri = edit_uri[: -len(docs + "/")]
    return urljoin(repo_url.rstrip("/") + "/", edit_uri)


# --- The project's mkdocs.yml, read without MkDocs ------------------------------------------------


@dataclass(frozen=True)
class SiteSettings:
    """What the generator needs to know of ``mkdocs.yml``."""

    docs_dir: Path
    directory_urls: bool = True
    #: whether the ``briefings/search`` plugin (Pagefind) is on
    search: bool = False
    exclude_docs: str = ""
    #: the site's name, address, author, ``identity`` and mount folder (the mount "" for the root, and when it is
    #: not a folder :func:`mount_folder` takes, which the plugin refuses)
    site: SiteIdentity = field(default_factory=SiteIdentity)


def site_settings(root: Path) -> SiteSettings:
    """The settings in ``root/mkdocs.yml``; MkDocs' defaults where it says nothing or cannot be read."""
    return read_site_settings(root)[0]


def read_site_settings(root: Path) -> tuple[SiteSettings, list[Diagnostic]]:
    """The settings in ``root/mkdocs.yml``, and why it could not be read (not a regular file, too large, unreadable).

    Read as every input is (:func:`~generator.inputs.load.read_bytes`): a named pipe or a
    device called ``mkdocs.yml`` is a BRF001 error, never opened. A missing file, or one
    that is not YAML MkDocs could read, gives MkDocs' defaults (MkDocs reports those itself).
    """
    path = root / "mkdocs.yml"
    try:
        raw = read_bytes(path)
    except FileNotFoundError:
        return SiteSettings(root / "docs"), []
    except Refused as exc:
        return SiteSettings(root / "docs"), [Diagnostic(relpath(path, root), 1, 1, exc.code, exc.message, exc.hint)]
    except OSError as exc:
        message, hint = f"cannot be read: {exc.strerror}", "check that it is a file you may read"
        return SiteSettings(root / "docs"), [Diagnostic(relpath(path, root), 1, 1, "BRF001", message, hint)]
    settings = _settings(root, raw)
    return settings, _identity_problems(settings, relpath(path, root), raw)


def _identity_problems(settings: SiteSettings, where: str, raw: bytes) -> list[Diagnostic]:
    """BRF136 when the plugin's ``identity`` option cannot prefix ids, located at its line."""
    wrong = problem(settings.site.identity) if settings.site.identity else None
    if wrong is None:
        return []
    lines = raw.decode("utf-8").splitlines()
    line = next((n for n, text in enumerate(lines, 1) if text.lstrip().startswith("identity:")), 1)
    hint = "write an absolute URI that ends in ':' or '/', e.g. identity: 'tag:example.org,2025:', or leave it out"
    return [Diagnostic(where, line, 1, "BRF136", wrong, hint)]


def _settings(root: Path, raw: bytes) -> SiteSettings:
    try:
        config: Any = yaml.load(raw.decode("utf-8"), Loader=_AnyTagLoader)  # a SafeLoader reading tags as nothing
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError):
        config = None
    if not isinstance(config, dict):
        return SiteSettings(root / "docs")
    folder = config.get("docs_dir")
    urls = config.get("use_directory_urls", True)
    exclude = config.get("exclude_docs")
    return SiteSettings(
        root / folder if isinstance(folder, str) and folder else root / "docs",
        urls if isinstance(urls, bool) else True,
        _search_on(config.get("plugins")),
        exclude if isinstance(exclude, str) else "",
        _site(config),
    )


def _site(config: dict[str, Any]) -> SiteIdentity:
    """The site's name, address, author, and the ``briefings`` plugin's ``identity`` and ``mount``."""
    url = config.get("site_url")
    return SiteIdentity(
        name if isinstance(name := config.get("site_name"), str) else "",
        address(url if isinstance(url, str) else None),
        author if isinstance(author := config.get("site_author"), str) else "",
        _text_option(config.get("plugins"), "briefings", "identity"),
        _mount(_text_option(config.get("plugins"), "briefings", "mount")),
    )


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose tags (``!ENV``, ``!!python/name:``) mean nothing here: each becomes ``None``."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, OTHER, default]``, as MkDocs reads it: the first variable set, else default."""
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    elif isinstance(node, yaml.SequenceNode) and node.value:
        *names, default = loader.construct_sequence(node)
        if not names:
            names, default = [default], None
    else:
        return None
    found = next((os.environ[n] for n in names if isinstance(n, str) and os.environ.get(n)), None)
    return found if found is not None else default


_AnyTagLoader.add_constructor("!ENV", _env)


def _search_on(plugins: Any) -> bool:
    options = _options(plugins, "briefings/search")
    return options is not None and options.get("enabled") is not False


def _text_option(plugins: Any, plugin: str, name: str) -> str:
    """Option ``name`` of ``plugin`` when ``mkdocs.yml`` gives it as text, else ``""``."""
    value = (_options(plugins, plugin) or {}).get(name)
    return value if isinstance(value, str) else ""


def _options(plugins: Any, name: str) -> dict[str, Any] | None:
    """The options ``mkdocs.yml`` gives plugin ``name`` (``{}`` when it gives none), or ``None`` without the plugin."""
    entries = plugins.items() if isinstance(plugins, dict) else ((p, None) for p in plugins or [])
    for entry, options in entries:
        if isinstance(entry, dict):  # - briefings/search: {enabled: false}
            entry, options = next(iter(entry.items()), (None, None))
        if entry == name:
            return options if isinstance(options, dict) else {}
    return None


def _mount(value: str) -> str:
    try:
        return mount_folder(value)
    except ValueError:
        return ""


def handwritten(settings: SiteSettings) -> list[str]:
    """The files MkDocs would find in the docs folder: paths inside it, with MkDocs' exclusions applied."""
    spec = pathspec.GitIgnoreSpec.from_lines([*DEFAULT_EXCLUDE, *settings.exclude_docs.splitlines()])
    found = []
    for parent, _dirs, names in os.walk(settings.docs_dir, followlinks=True):
        for name in names:
            path = Path(parent, name).relative_to(settings.docs_dir).as_posix()
            if not spec.match_file(path):
                found.append(path)
    return found


def check_docs(root: Path, pages: Iterable[str]) -> list[Diagnostic]:
    """:func:`collisions` of generated ``pages`` with the project's docs folder, as ``mkdocs.yml`` sets it up."""
    settings = site_settings(root)
    docs = relpath(settings.docs_dir, root)
    mounted_pages = (mounted(settings.site.mount, page) for page in pages)
    return collisions(mounted_pages, handwritten(settings), docs, settings.directory_urls, settings.search)
