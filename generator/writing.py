"""Writing generated files into a folder the user names, never losing what the generator did not write.

``render --out DIR`` replaces DIR as a whole, so that no page of an earlier run
stays behind; that is safe only for a folder this command wrote. Each run leaves
a manifest, :data:`MANIFEST`, listing the files it wrote. DIR is replaced only
when it is missing, empty, or holds exactly files its manifest lists; never when
it is, holds or lies inside the project folder's inputs (``briefings/``,
``seeds/``, ``templates/``, the MkDocs ``docs_dir``, ``.git``) or is the project
folder itself. There is no option to force it: a folder holding anything else is
for the user to empty. ``export --format csv --out DIR`` writes its folder the
same way, with a manifest of its own (neither command replaces the other's
folder). ``schema --out DIR`` writes three files into DIR and replaces a file of
the same name only when it is a schema it wrote.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator.authoring.importer import umask, write_atomic
from generator.diagnostics import Diagnostic, relpath
from generator.site.addresses import site_settings
from generator.validate import Project

#: The file ``render --out`` (and ``export --format csv --out``) leaves in its folder: which files it wrote (and so
#: may replace). Its ``written_by`` names the command, so neither replaces a folder the other wrote.
MANIFEST = ".briefings-render.json"


def _written_by(command: str) -> str:
    return f"python -m generator {command}"


class Refused(Exception):
    """The output cannot be written there; carries the diagnostic that says why."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def refusal(path: Path, root: Path, message: str, hint: str) -> Refused:
    """A :class:`Refused` for the output ``path``, located at the folder itself."""
    return Refused(Diagnostic(relpath(path, root), 1, 1, "BRF073", message, hint))


# --- Which folders are never replaced --------------------------------------------------------------


def protected(project: Project, templates: Iterable[Path | None] = ()) -> dict[Path, str]:
    """The folders no output may replace, hold or lie inside, each with what it is."""
    root = project.root
    found = {
        project.briefings: "the briefings folder",
        project.seeds: "the seeds folder",
        root / "templates": "the template folder",
        site_settings(root).docs_dir: "the MkDocs docs folder",
        root / ".git": "the git repository",
    }
    found.update({folder: "the template folder" for folder in templates if folder is not None})
    return found


def check_folder(out: Path, project: Project, templates: Path | None = None, command: str = "render") -> None:
    """Raise :class:`Refused` unless ``command --out`` (``render`` or ``export``) may replace ``out``."""
    root = project.root
    # render writes pages, export (CSV) files: the hints name them, with a folder name to try
    files, example = ("pages", "--out rendered") if command == "render" else ("files", "--out csv")
    target, home = _real(out), _real(root)
    if target == home or home.is_relative_to(target):
        what = "the project folder" if target == home else "a folder holding the project"
        raise refusal(
            out,
            root,
            f"is {what}: replacing it would delete the briefings, seeds and everything else",
            f"write the {files} to a new folder, e.g. {example}",
        )
    for folder, what in protected(project, [templates]).items():
        inputs = _real(folder)
        if target == inputs or target.is_relative_to(inputs) or inputs.is_relative_to(target):
            where = "is" if target == inputs else "is inside" if target.is_relative_to(inputs) else "holds"
            raise refusal(
                out,
                root,
                f"{where} {what} ({relpath(folder, root)}/): {command} --out replaces its folder as a whole",
                f"write the {files} to a new folder outside it, e.g. {example}",
            )
    if out.is_symlink():
        raise refusal(out, root, "is a symbolic link, not a folder", f"choose a folder, e.g. {example}")
    if out.exists() and not out.is_dir():
        raise refusal(out, root, "is a file, not a folder", "remove it, or choose another --out folder")
    foreign = _not_written_by(out, command) if out.is_dir() else []
    if foreign:
        more = f" and {len(foreign) - 1} more" if len(foreign) > 1 else ""
        raise refusal(
            out,
            root,
            f"holds files {command} did not write ({foreign[0]}{more}); they would be deleted",
            f"choose a new or empty folder, or move those files out (only a folder {command} wrote is replaced)",
        )


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _not_written_by(folder: Path, command: str) -> list[str]:
    """The files in ``folder`` that its manifest (by ``command``) does not list (all of them without one)."""
    listed = _manifest(folder / MANIFEST, command) | {MANIFEST}
    present = []
    for parent, dirs, names in os.walk(folder):  # links to folders are not followed: they count as files
        here = Path(parent).relative_to(folder)
        links = [d for d in dirs if os.path.islink(os.path.join(parent, d))]
        present += [(here / name).as_posix() for name in [*names, *links]]
    return sorted(name for name in present if name not in listed)


def _manifest(path: Path, command: str) -> set[str]:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    files = data.get("files") if isinstance(data, dict) and data.get("written_by") == _written_by(command) else None
    if not isinstance(files, list):
        return set()
    return {name for name in files if isinstance(name, str)}


# --- Writing ---------------------------------------------------------------------------------------


def write_pages(
    pages: dict[str, str], out: Path, project: Project, templates: Path | None = None, command: str = "render"
) -> None:
    """Replace ``out`` with exactly these pages and a manifest, or raise :class:`Refused` and change nothing.

    ``command`` (``render``, or ``export`` for CSV files) is the one whose folders may be replaced.

    Pages are written to a new folder beside ``out`` first; only when every file is
    written is the old folder swapped out and deleted. Every path stays inside
    ``out``, and nothing beside it is touched. Raises OSError when writing fails
    (the old folder is then left as it was).
    """
    check_folder(out, project, templates, command)
    out = Path(os.path.abspath(out))
    mode = (out.stat().st_mode & 0o7777) if out.is_dir() else 0o777 & ~umask()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for rel, text in pages.items():
            target = (staging / rel).resolve()
            if not target.is_relative_to(staging.resolve()) or rel == MANIFEST:
                raise ValueError(f"page path {rel!r} leaves the output folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        manifest = {"written_by": _written_by(command), "files": sorted(pages)}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        os.chmod(staging, mode)  # mkdtemp makes it private; the folder gets the mode it had, or the umask's
        check_folder(out, project, templates, command)  # again: it may have changed while the pages were written
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(new: Path, out: Path) -> None:
    """Put ``new`` where ``out`` is, then delete the old ``out`` (moved to a name of our own first)."""
    if not out.exists():
        new.rename(out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    out.replace(old)  # onto the empty folder just made: a name nobody else uses
    try:
        new.rename(out)
    except BaseException:
        old.replace(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def write_files(files: dict[str, str], folder: Path, root: Path, ours: dict[str, str], force: bool) -> None:
    """Write ``files`` into ``folder``; refuse to replace one that is not ours unless ``force``.

    ``ours`` maps a file name to the JSON ``title`` a file this command wrote has: an
    existing file is replaced when it is JSON with that title (or ``force``), else
    :class:`Refused` is raised before anything is written.
    """
    if folder.exists() and not folder.is_dir():
        raise refusal(folder, root, "is a file, not a folder", "remove it, or choose another --out folder")
    if not force:
        for name in files:
            path = folder / name
            if (path.exists() or path.is_symlink()) and not _is_ours(path, ours.get(name)):
                raise refusal(
                    path,
                    root,
                    "exists and is not a schema this command wrote",
                    "choose another --out folder, or pass --force to replace it",
                )
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        write_atomic(folder / name, text)


def _is_ours(path: Path, title: str | None) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and title is not None and data.get("title") == title
