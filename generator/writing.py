"""Every file a command writes goes through here: nothing is replaced that the command should not replace.

**Folders.** ``render --out DIR`` replaces DIR as a whole, so that no page of an
earlier run stays behind; that is safe only for a folder this command wrote. Each
run leaves a manifest, :data:`MANIFEST`, listing the files it wrote. DIR is
replaced only when it is missing, empty, or holds exactly files its manifest
lists; never when it is, holds or lies inside the project folder's inputs
(``briefings/``, ``seeds/``, ``templates/``, the MkDocs ``docs_dir``, ``.git``)
or is the project folder itself. There is no option to force it: a folder holding
anything else is for the user to empty. ``export --format csv --out DIR`` writes
its folder the same way, with a manifest of its own (neither command replaces the
other's folder).

**Single files** (:func:`write_file`: ``export --out`` and ``--metadata``, each
schema ``schema`` writes, the seed ``import`` writes, the draft ``draft`` writes):

* ``-`` is standard output, and so is a path that leads to the very file standard
  output is (``/dev/stdout``, a link to it): written in place, never replaced;
* ``export`` and ``schema`` never write to or into the project's inputs
  (``briefings/`` with its registries, ``seeds/``, ``templates/``, ``mkdocs.yml``),
  the ``docs_dir`` or ``.git``, whatever a link on the way says (BRF073);
* anything existing that is not a regular file (a folder, a named pipe, a device,
  a socket, a symbolic link) is refused, ``--force`` or not (BRF098);
* an existing regular file is replaced when the command wrote it, which it tells
  from the file's first bytes (:attr:`Output.ours`: the signature each format
  carries), or with ``--force``; else it is refused (BRF099). ``import`` and
  ``draft`` replace an existing file only with ``--force``, since the annotator
  edits what they wrote.

A file is written whole: to a temporary file beside it, the checks made once more,
then renamed over it. Whatever is refused is refused before anything is written.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.diagnostics import Diagnostic, relpath
from generator.site.addresses import CONFIG_FILES, site_settings

if TYPE_CHECKING:  # validate imports the importer, which writes through here
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


def refusal(path: Path, root: Path, message: str, hint: str, code: str = "BRF073") -> Refused:
    """A :class:`Refused` for the output ``path``, located at the file or folder itself."""
    return Refused(Diagnostic(relpath(path, root), 1, 1, code, message, hint))


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
        raise refusal(out, root, f"is {kind_of(out.stat().st_mode)}, not a folder", "choose another --out folder")
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


def write_new_folder(files: Mapping[str, str], out: Path, root: Path) -> None:
    """Create ``out`` holding exactly ``files``, or raise :class:`Refused` (BRF137) and change nothing.

    ``out`` must be missing or an empty folder: ``new`` never mixes its files with
    anything already there. The files are written to a folder beside ``out`` first
    and put in its place only when all are written (:func:`write_pages` does the same).
    Raises OSError when writing fails (``out`` is then left as it was).
    """
    _check_new(out, root)
    out = Path(os.path.abspath(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for rel, text in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        os.chmod(staging, 0o777 & ~umask())  # mkdtemp makes it private; a new folder gets the umask's mode
        _check_new(out, root)  # again: something may have been put there meanwhile
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _check_new(out: Path, root: Path) -> None:
    """Raise :class:`Refused` unless ``out`` is missing or an empty folder (not a link to one)."""
    hint = "give a new folder, e.g. briefings new my-briefings; nothing in it was changed"
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        what = "a symbolic link" if out.is_symlink() else kind_of(out.stat().st_mode)
        raise refusal(out, root, f"is {what}, not a new or empty folder", hint, "BRF137")
    if out.is_dir() and any(out.iterdir()):
        first = sorted(p.name for p in out.iterdir())
        more = f" and {len(first) - 1} more" if len(first) > 1 else ""
        raise refusal(out, root, f"is not empty (it holds {first[0]}{more})", hint, "BRF137")


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


# --- Single files ----------------------------------------------------------------------------------

#: How ``--out`` names standard output.
STDOUT = "-"

#: What each kind of file that is not a regular one is called in messages.
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISREG, "a file"),
)


def kind_of(mode: int) -> str:
    """What a file of this mode is, for messages: "a named pipe (FIFO)", "a file"."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


@dataclass(frozen=True)
class Output:
    """Who writes a single file, and what it may replace there (see the module's docstring)."""

    #: the command, in messages: ``export``, ``schema``, ``import``, ``draft``
    command: str
    root: Path
    #: how to write elsewhere, in hints: "choose another --out"
    elsewhere: str
    #: paths nothing is written to or inside, each with what it is (:func:`inputs`)
    refused: Mapping[Path, str] = field(default_factory=dict)
    #: whether the first :attr:`head` bytes of an existing file show that the command wrote it
    #: (``None``: no existing file is replaced without ``--force``)
    ours: Callable[[bytes], bool] | None = None
    #: what :attr:`ours` recognises, in messages: "a file export wrote"
    ours_what: str = ""
    head: int = 4096
    #: whether ``-`` and a path to standard output's own file (``/dev/stdout``) mean standard output
    stdout: bool = False


def inputs(project: Project) -> dict[Path, str]:
    """What ``export`` and ``schema`` never write to or into: the inputs' folders, docs_dir, .git, the config."""
    return {**protected(project), **{project.root / name: "the MkDocs configuration" for name in CONFIG_FILES}}


def to_stdout(out: Path, output: Output) -> bool:
    """Whether ``out`` is standard output: ``-``, or a path to the file it is (``/dev/stdout``, a link to it)."""
    if not output.stdout:
        return False
    if str(out) == STDOUT:
        return True
    try:
        here, there = os.stat(out), os.fstat(1)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def check_file(out: Path, output: Output, force: bool) -> None:
    """Raise :class:`Refused` unless ``output.command`` may write the file ``out`` (see the module's docstring)."""
    if output.stdout and str(out) == STDOUT:
        return
    _refuse_inputs(out, output)
    if to_stdout(out, output):
        return
    try:
        info = os.lstat(out)
    except FileNotFoundError:
        return
    except OSError as exc:  # a file where a folder on the way should be, a loop of links
        raise refusal(out, output.root, f"cannot be written: {exc.strerror}", output.elsewhere) from None
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
        raise _not_regular(out, info.st_mode, output)
    if force or (output.ours is not None and output.ours(_head(out, output.head))):
        return
    message = f"exists and is not {output.ours_what}" if output.ours is not None else "already exists"
    raise refusal(out, output.root, message, f"{output.elsewhere}, or pass --force to replace it", "BRF099")


def _refuse_inputs(out: Path, output: Output) -> None:
    target, root = _real(out), output.root
    for path, what in output.refused.items():
        real = _real(path)
        if target == real or target.is_relative_to(real):
            shown = relpath(path, root) + ("/" if path.is_dir() else "")
            where = "is" if target == real else "is inside"
            message = f"{where} {what} ({shown}): {output.command} never writes into the project's inputs"
            raise refusal(out, root, message, f"{output.elsewhere}, outside the project's inputs")


def _not_regular(out: Path, mode: int, output: Output) -> Refused:
    """BRF098 for a path that is not a regular file: what it is (and what a link leads to)."""
    what = kind_of(mode)
    if stat.S_ISLNK(mode):
        try:
            what = f"a symbolic link to {kind_of(os.stat(out).st_mode)}"
        except OSError:
            what = "a symbolic link to nothing"
    hint = f"it is never replaced: {output.elsewhere}"
    if output.stdout:
        hint += "; to write to standard output, give --out -"
    return refusal(out, output.root, f"is {what}, not a regular file", hint, "BRF098")


def _head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file (``b""`` when it cannot be read); never waits on a pipe."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else since it was looked at
            return b""
        chunks, left = [], size
        while left > 0 and (chunk := os.read(fd, left)):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError:
        return b""
    finally:
        os.close(fd)


def write_file(out: Path, content: str | bytes, output: Output, force: bool) -> None:
    """Write ``out`` whole, or raise :class:`Refused` and write nothing; standard output is written in place.

    Raises OSError when writing fails (a file being replaced is then left as it was).
    """
    check_file(out, output, force)
    if to_stdout(out, output):
        _write_stdout(content)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out, content, lambda: check_file(out, output, force))


def _write_stdout(content: str | bytes) -> None:
    if isinstance(content, str):
        sys.stdout.write(content)
        sys.stdout.flush()
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()


def write_files(files: dict[str, str], folder: Path, outputs: Mapping[str, Output], force: bool) -> None:
    """Write ``files`` into ``folder``, each through :func:`write_file` with its :class:`Output`.

    Every file is checked before any is written: one refused, none is written.
    """
    if folder.exists() and not folder.is_dir():
        root, what = outputs[next(iter(files))].root, kind_of(folder.stat().st_mode)
        raise refusal(folder, root, f"is {what}, not a folder", "choose another --out folder")
    for name in files:
        check_file(folder / name, outputs[name], force)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        write_file(folder / name, text, outputs[name], force)


def write_atomic(target: Path, content: str | bytes, last_check: Callable[[], None] | None = None) -> None:
    """Write a file (text as UTF-8) so that a reader sees either the old or the new one, never half.

    ``last_check`` runs just before the new file takes the old one's place; when it raises, nothing is replaced.
    """
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _mode_for(target))  # mkstemp makes the file private; it gets the mode a new file would
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
        if last_check is not None:
            last_check()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, or those the umask gives a new file."""
    try:
        return target.stat().st_mode & 0o7777 if target.is_file() else 0o666 & ~umask()
    except OSError:
        return 0o666 & ~umask()


def umask() -> int:
    """The process's umask (read by setting it, then setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
