"""The generator's build in a second process, so that ``mkdocs build`` keeps both cores busy.

MkDocs needs the list of pages before it reads any of them, but each page's
Markdown only when it reaches that page. :class:`Background` forks a process that
runs the build (:meth:`generator.build.pipeline.Incremental.build`: read, validate, link,
render); it sends the diagnostics and the list of pages as soon as the model is
linked, then each page as soon as it is rendered, in the order MkDocs reads them,
then the downloads (:func:`generator.data.downloads.downloads`), and last it saves the
build state. Meanwhile MkDocs goes on in the parent: cleaning the site folder,
reading the theme and the hand-written pages, then each generated page as it
arrives. A thread of the parent takes the messages in as they come, so the child
never waits for MkDocs.

Only where processes can be forked (Linux; see :func:`available`); elsewhere, and
if the child fails, the caller builds in its own process instead. Nothing here
imports MkDocs.

The child never outlives the build: it closes the pipe's read end it inherited
(else, the parent killed, it would wait forever on a full pipe it holds itself),
asks the kernel to kill it when the parent dies (``PR_SET_PDEATHSIG``, see
:func:`_die_with_parent`), and a thread of it watches ``getppid()`` as well.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TypeVar

from generator.build.pipeline import Incremental
from generator.data.downloads import download_paths, downloads
from generator.diagnostics import Diagnostic
from generator.model import Site
from generator.site.identity import SiteIdentity
from generator.site.mail import mail_paths
from generator.site.pages import page_dates
from generator.site.pages.source import source_text_paths, source_texts
from generator.validate import Project

T = TypeVar("T")

#: Pages sent together: fewer messages, and MkDocs still gets its first pages at once.
BATCH_PAGES = 64
BATCH_BYTES = 1 << 20

#: How often the child looks whether its parent is still there (the fallback to ``PR_SET_PDEATHSIG``), in seconds.
PARENT_WATCH_SECONDS = 0.25

#: ``prctl``'s option asking for a signal when the parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1


class BackgroundFailed(Exception):
    """The background build stopped before delivering what was asked of it; the message says why."""


class BackgroundProblems(BackgroundFailed):
    """The background build found problems after it had listed the pages (a template failed): its diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(f"{len(diagnostics)} problems")
        self.diagnostics = diagnostics


def available() -> bool:
    """Whether a background build can run here: a forked child starts at once with everything imported."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


@dataclass(frozen=True)
class Settings:
    """What the build in the background needs to know of the site."""

    project: Project
    templates: Path | None
    #: where the build state is kept between runs (``None``: no cache)
    state: Path | None
    #: for the downloads: the site's name, address (may be empty), author, ``identity`` and mount folder
    site: SiteIdentity
    #: whether the downloads include each source's text, for "Copy as evidence" on a built site
    texts: bool = False


@dataclass
class Head:
    """What the background build says before it renders: its diagnostics and every page, in order."""

    diagnostics: list[Diagnostic]
    #: ``None`` when the inputs have errors (then there are no pages)
    pages: list[str] | None
    #: whether the build started from the state an earlier build saved
    loaded: bool = False
    #: the input file behind each briefing, actor and source page (for "edit this page")
    origins: dict[str, str] = field(default_factory=dict)
    #: the paths of the downloads the build will send (the dataset, the feed, …)
    downloads: list[str] = field(default_factory=list)
    #: the date of each dated page (:func:`generator.site.pages.page_dates`)
    dates: dict[str, str] = field(default_factory=dict)


@dataclass
class _Received:
    head: Head | None = None
    pages: dict[str, str] = field(default_factory=dict)
    downloads: dict[str, bytes] | None = None
    #: a warning from the child (the state could not be saved)
    warnings: list[str] = field(default_factory=list)
    #: what the child logged, as (level, message), for the parent to log where it logs
    logged: list[tuple[int, str]] = field(default_factory=list)
    done: bool = False
    #: why the child stopped early, if it did
    failed: str | None = None
    #: problems found after the pages were listed (a template failed): then no more pages come
    problems: list[Diagnostic] | None = None


class Background:
    """One build running in a forked process, its results taken in by a thread of this one."""

    def __init__(self, settings: Settings) -> None:
        context = multiprocessing.get_context("fork")
        receiving, sending = context.Pipe(duplex=False)
        # The kernel's signal comes when the *thread* that forked ends: ask for it only from the main thread,
        # which lives as long as the process; from another thread the child relies on watching getppid().
        on_death = threading.current_thread() is threading.main_thread()
        args = (receiving, sending, settings, os.getpid(), on_death)
        self._process = context.Process(target=_child, args=args, name="briefings-build", daemon=True)
        self._process.start()
        sending.close()  # the child's end: once the child is gone, reading ends instead of waiting forever
        self._received = _Received()
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, args=(receiving,), name="briefings-receive", daemon=True)
        self._reader.start()

    def head(self) -> Head:
        """The diagnostics and the list of pages; raises :class:`BackgroundFailed`."""
        return self._wait(lambda r: r.head, "the list of pages")

    def page(self, path: str) -> str:
        """One page's Markdown, as soon as it is rendered; raises :class:`BackgroundFailed`."""
        return self._wait(lambda r: r.pages.get(path), f"the page {path}")

    def downloads(self) -> dict[str, bytes]:
        """The dataset and the feed (:func:`generator.data.downloads.downloads`); raises :class:`BackgroundFailed`."""
        return self._wait(lambda r: r.downloads, "the downloads")

    def logged(self) -> list[tuple[int, str]]:
        """What the child has logged so far (reading the saved state), taken out: (level, message)."""
        with self._changed:
            found, self._received.logged = self._received.logged, []
        return found

    def finish(self) -> list[str]:
        """Wait until the child has saved the build state and ended; its warnings, if any."""
        try:
            self._wait(lambda r: True if r.done else None, "the end of the build")
        except BackgroundFailed as why:
            self._received.warnings.append(str(why))
        self._process.join()
        self._reader.join()
        return self._received.warnings

    def stop(self) -> None:
        """End the child now, whatever it is doing (the build was aborted)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._reader.join()

    def _wait(self, get: Callable[[_Received], T | None], what: str, fail: bool = True) -> T:
        with self._changed:
            while True:
                found = get(self._received)
                if found is not None:
                    return found
                if self._received.problems is not None:
                    raise BackgroundProblems(self._received.problems)
                if self._received.failed is not None:
                    raise BackgroundFailed(f"{self._received.failed} before sending {what}")
                if self._received.done:
                    raise BackgroundFailed(f"the build ended without sending {what}")
                self._changed.wait()

    def _read(self, connection: Connection) -> None:
        received = self._received
        try:
            while True:
                kind, *body = connection.recv()
                with self._changed:
                    if kind == "head":
                        received.head = Head(*body)
                    elif kind == "pages":
                        received.pages.update(body[0])
                    elif kind == "downloads":
                        received.downloads = body[0]
                    elif kind == "problems":
                        received.problems = body[0]
                    elif kind == "warning":
                        received.warnings.append(body[0])
                    elif kind == "log":
                        received.logged.append((body[0], body[1]))
                    elif kind == "failed":
                        received.failed = f"the build failed: {body[0]}"
                    elif kind == "done":
                        received.done = True
                    self._changed.notify_all()
                if kind in ("done", "failed"):
                    return
        except (EOFError, OSError) as exc:
            with self._changed:
                received.failed = f"the build process ended unexpectedly ({type(exc).__name__})"
                self._changed.notify_all()
        finally:
            connection.close()


def _child(receiving: Connection, sending: Connection, settings: Settings, parent: int, on_death: bool) -> None:
    """The child's start: let go of what it does not use, end with the parent, then build (:func:`_work`)."""
    receiving.close()  # the parent's end: held here too, a dead parent's pipe would never break
    if on_death:
        _die_with_parent()
    threading.Thread(target=_watch_parent, args=(parent,), name="briefings-watch", daemon=True).start()
    _work(sending, settings)


def _die_with_parent() -> bool:
    """Ask Linux to kill this process when its parent dies (``prctl(PR_SET_PDEATHSIG, SIGKILL)``); whether it took."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):  # no C library to load, or no prctl in it: the watch alone does it
        return False


def _watch_parent(parent: int) -> None:
    """End this process as soon as its parent is gone (it is then re-parented): nobody reads what it makes.

    Also covers a parent that died before :func:`_die_with_parent` asked for the signal.
    """
    while os.getppid() == parent:
        time.sleep(PARENT_WATCH_SECONDS)
    os._exit(1)


def _work(connection: Connection, settings: Settings) -> None:
    """The child: build, sending the head, the pages in batches, the downloads; then save the state."""
    # A short-lived process that makes many objects which live to its end, and hardly any cyclic garbage.
    gc.disable()
    try:
        # what the child logs goes to the parent, which logs it with MkDocs' other messages
        forward = logging.getLogger("briefings.background")
        forward.handlers[:] = [_Forward(connection)]
        forward.setLevel(logging.DEBUG)
        forward.propagate = False
        builds = None
        if settings.state is not None:
            builds = Incremental.load(settings.state, settings.project, settings.templates, forward)
        loaded = builds is not None
        builds = builds or Incremental(settings.project, settings.templates)
        batch: list[tuple[str, str]] = []
        size = 0

        def send_batch() -> None:
            nonlocal size
            if batch:
                connection.send(("pages", list(batch)))
                batch.clear()
                size = 0

        def deliver(path: str, text: str) -> None:
            nonlocal size
            batch.append((path, text))
            size += len(text)
            if len(batch) >= BATCH_PAGES or size >= BATCH_BYTES:
                send_batch()

        announced = False

        def announce(found: list[Diagnostic], paths: list[str], site: Site) -> None:
            nonlocal announced
            mail = mail_paths(site, settings.site.url)
            files = [*download_paths(), *mail, *(source_text_paths(site) if settings.texts else ())]
            connection.send(("head", found, paths, loaded, site.origins, files, page_dates(site)))
            announced = True

        rebuild = builds.build(announce, deliver)
        send_batch()
        result = rebuild.result
        if result.pages is None or result.site is None:
            if announced:  # the pages were listed, then a template failed: the parent aborts with the problems
                connection.send(("problems", result.diagnostics))
            else:
                connection.send(("head", result.diagnostics, None, loaded))
            connection.send(("done",))
            return
        files = downloads(result.site, settings.site)
        if settings.texts:
            files.update(source_texts(result.site))
        connection.send(("downloads", files))
        if settings.state is not None and (rebuild.changed or rebuild.removed or not loaded):
            try:
                builds.save(settings.state)
                (settings.state.parent / "state.pickle").unlink(missing_ok=True)  # an older generator's, never read
            except OSError as exc:
                connection.send(("warning", f"Could not save the build cache in {settings.state.parent} ({exc})"))
        connection.send(("done",))
    except BaseException:  # the parent builds in its own process instead, and says why
        with contextlib.suppress(OSError):  # the parent may be gone (a broken pipe): then nobody is told
            connection.send(("failed", traceback.format_exc().strip().splitlines()[-1]))
    finally:
        connection.close()


class _Forward(logging.Handler):
    """Sends each record to the parent, as ("log", level, message)."""

    def __init__(self, connection: Connection) -> None:
        super().__init__()
        self.connection = connection

    def emit(self, record: logging.LogRecord) -> None:
        self.connection.send(("log", record.levelno, record.getMessage()))
