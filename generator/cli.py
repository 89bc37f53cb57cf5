"""``briefings`` (or ``python -m generator``): check, render, import, draft, ids, export, schema, new: a thin adapter.

Exit codes: 0 success; 1 problems found (every one listed); 2 usage error; 141 standard output closed early.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import textwrap
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TextIO

from generator import __version__
from generator.authoring.draft import draft_seed
from generator.authoring.importer import Given, SeedBodies, import_article
from generator.authoring.lookup import format_groups, id_groups, json_groups, matching
from generator.authoring.scaffold import scaffold
from generator.authoring.schemas import schema_files, schema_output, write_missing
from generator.build.pipeline import BuildResult, build_project
from generator.data import export, tables, web_annotations
from generator.diagnostics import (
    Diagnostic,
    Severity,
    extra_missing,
    missing_extra,
    relpath,
    sort_diagnostics,
    summary,
    to_json,
)
from generator.inputs.editor import SCHEMA_DIR
from generator.inputs.load import Refused as Unreadable
from generator.inputs.load import read_bytes
from generator.site.addresses import check_docs, handwritten, read_site_settings, site_settings
from generator.site.dialect import check_overrides
from generator.site.engine import TEMPLATES, overrides
from generator.site.links import check_pages
from generator.site.pages import one_of_each_kind
from generator.site.search import SEARCH_PAGE, search_page
from generator.validate import Project, validate
from generator.writing import (
    STDOUT,
    Output,
    Refused,
    check_file,
    check_folder,
    inputs,
    refusal,
    to_stdout,
    write_file,
    write_files,
    write_new_folder,
    write_pages,
)

#: What ``export --format`` writes: one JSON document, a folder of CSV files, a SQLite database, Web Annotations.
EXPORT_FORMATS = ["json", "csv", "sqlite", "web-annotation"]


def _prog() -> str:
    """How the user ran us: ``briefings`` (the console script) or ``python -m generator``."""
    name = Path(sys.argv[0]).name
    return "python -m generator" if name in ("__main__.py", "") or name.startswith("-") else name


#: What the whole command line is, for ``briefings --help``.
SUMMARY = """Follow a news story from articles to a static briefing site.

Articles are seed files in seeds/, the analysis is YAML in briefings/; these
commands check them, write the pages, bring articles in, draft annotations,
look up ids and export the data. `briefings COMMAND --help` shows a command's
options; mkdocs build and mkdocs serve make the site itself."""

#: What each command does, for its ``--help``: (one line for the list of commands, the description).
DESCRIPTIONS = {
    "check": (
        "validate all annotations against the seeds",
        "Validate every annotation file against the seeds and the registries, listing every problem in every "
        "file as path:line:column: severity: message [CODE] with a hint. Never modifies a file.",
    ),
    "render": (
        "write the generated Markdown pages to a folder",
        "Write the Markdown pages the MkDocs plugin builds into a folder, for other builders. The folder is "
        "replaced only when the whole run succeeded, and only when it is new, empty or written by render before.",
    ),
    "import": (
        "turn a raw article (web page or text) into a seed file in seeds/",
        "Turn a raw article, a saved web page or a text file, into seeds/<id>.md: front matter and the whole "
        "text of the article. Never overwrites a seed without --force.",
    ),
    "draft": (
        "draft annotations for one seed into briefings/drafts/<id>.yaml",
        "Draft annotations for one seed into briefings/drafts/<id>.yaml, never published: a position skeleton "
        "for each direct quotation whose speaker is found, new actors, candidate timeline events.",
    ),
    "ids": (
        "list the ids of actors, issues, sources, questions, positions, events, claims and judgements",
        "List the ids of actors, issues, sources and questions, and of the positions, events, claims and "
        "judgements, with their names, grouped; with TEXT, only those whose id, name, aliases or title contain "
        "it (any case, accents optional); --format json for a list of objects.",
    ),
    "export": (
        "write the validated data: JSON, CSV, SQLite or W3C Web Annotations",
        "Write the validated, linked data: one JSON document (to standard output by default), a folder of CSV "
        "files, a SQLite database for Datasette, or the evidence as W3C Web Annotations.",
    ),
    "new": (
        "make a new project: mkdocs.yml, seeds/, briefings/ and one example",
        "Make a new project in DIR, as mkdocs new does: mkdocs.yml with the theme, plugins and Markdown "
        "extensions the pages need, seeds/ with one example article, briefings/ with the outlet and actor "
        "registries and one example briefing, docs/ for hand-written pages. It checks clean and builds as it "
        "is. DIR must be new or empty: nothing already there is touched.",
    ),
    "completion": (
        "print a shell completion script (bash or zsh)",
        "Print the tab-completion script of briefings for bash or zsh, made from this command line by shtab. "
        'Load it in your shell\'s startup file, e.g. eval "$(briefings completion bash)" in ~/.bashrc.',
    ),
    "schema": (
        "write the JSON Schema of each annotation file kind",
        "Write the JSON Schema of each annotation file kind and of the exported dataset into schemas/, for "
        "editors' completion and checks; --check only says whether the files are up to date.",
    ),
}

#: What exit code 1 means for each command; 0, 2 and 141 mean the same everywhere.
_PROBLEMS = {
    "check": "errors found (or warnings, with --strict), every one listed",
    "render": "problems found, every one listed; nothing written",
    "import": "the article or the seed was refused, saying why; nothing written",
    "draft": "the seed was not found or the draft refused, saying why; nothing written",
    "ids": "no id matches TEXT",
    "export": "problems found, every one listed; nothing written",
    "schema": "a file refused, or (with --check) the files out of date",
    "completion": "not used",
    "new": "DIR is not a new or empty folder, or could not be written; nothing written",
}


def _exit_codes(problems: str) -> str:
    return (
        "Exit codes:\n"
        "  0    success\n"
        f"  1    {problems}\n"
        "  2    usage error: an unknown command or option, a missing argument\n"
        "  141  standard output closed early (briefings ids | head -1): stops quietly"
    )


def _command(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str) -> argparse.ArgumentParser:
    """A subcommand's parser, with its description and its exit codes in ``--help``."""
    line, description = DESCRIPTIONS[name]
    return sub.add_parser(
        name,
        help=line,
        description=textwrap.fill(description, 79),
        epilog=_exit_codes(_PROBLEMS[name]),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_prog(),
        description=SUMMARY,
        epilog=_exit_codes("problems found, every one listed"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--project",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="project folder holding briefings/ and seeds/ (default: .)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = _command(sub, "check")
    check.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")

    render = _command(sub, "render")
    render.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="a new or empty folder, or one render wrote before"
    )
    render.add_argument(
        "--templates",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"folder of template overrides (default: {TEMPLATES}/ in the project, when it exists)",
    )
    render.add_argument("--strict", action="store_true", help="treat warnings as errors")
    render.add_argument(
        "--search-page",
        action="store_true",
        help="also write search.md, the page the header's search box opens (for builders without our plugins)",
    )

    imp = _command(sub, "import")
    imp.add_argument(
        "files", type=Path, nargs="+", metavar="FILE", help="raw articles: saved web pages (.html) or text files"
    )
    imp.add_argument("--id", dest="seed_id", default=None, help="the seed's id (default: from the headline)")
    imp.add_argument("--headline", type=_text, default=None, help="the article's headline, instead of the one found")
    imp.add_argument("--outlet", type=_text, default=None, help="the publication, instead of the site name found")
    imp.add_argument("--url", type=_url, default=None, help="the article's address, instead of the one found")
    imp.add_argument(
        "--published", type=_date, default=None, metavar="YYYY-MM-DD", help="publication date, instead of the one found"
    )
    imp.add_argument("--dry-run", action="store_true", help="print the seed that would be written; write nothing")
    imp.add_argument("--force", action="store_true", help="replace an existing seed with the same id")
    imp.add_argument(
        "--register-outlet",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="add an outlet the registry lacks to briefings/outlets.yaml (default); "
        "--no-register-outlet leaves it out of the seed",
    )

    draft = _command(sub, "draft")
    draft.add_argument("source", metavar="SOURCE", help="the seed's id (or its file, seeds/<id>.md)")
    draft.add_argument("--dry-run", action="store_true", help="print the draft on standard output; write nothing")
    draft.add_argument("--force", action="store_true", help="replace an existing draft for this seed")

    export = _command(sub, "export")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="json", help="output format (default: json)")
    export.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="PATH",
        help="file to write (default, or -: standard output); for csv a folder, for sqlite a file (required)",
    )
    export.add_argument(
        "--metadata",
        type=Path,
        default=None,
        metavar="FILE",
        help="with --format sqlite: also write Datasette metadata (descriptions, facets, labels) to FILE",
    )
    export.add_argument("--strict", action="store_true", help="treat warnings as errors")
    export.add_argument(
        "--force", action="store_true", help="replace an existing file export did not write (never an input)"
    )
    ids = _command(sub, "ids")
    ids.add_argument("text", nargs="?", default=None, metavar="TEXT", help="only ids whose id, name or title has TEXT")
    ids.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")

    schema = _command(sub, "schema")
    schema.add_argument("--out", type=Path, default=None, metavar="DIR", help=f"folder (default: {SCHEMA_DIR}/)")
    schema.add_argument("--check", action="store_true", help="only check that the files are up to date")
    schema.add_argument("--force", action="store_true", help="replace files of the same name it did not write")
    new = _command(sub, "new")
    new.add_argument("folder", type=Path, metavar="DIR", help="the project's folder: new, or empty")
    completion = _command(sub, "completion")
    completion.add_argument("shell", choices=SHELLS, metavar="bash|zsh", help="the shell to complete in")
    return parser


#: The shells ``completion`` writes a script for.
SHELLS = ["bash", "zsh"]


def _completion(shell: str) -> int:
    """Print the completion script of the installed command, ``briefings``, for ``shell``."""
    import shtab  # here, not at the top: 33 ms of import that no other command needs

    parser = _parser()
    parser.prog = "briefings"  # the name the shell completes, also when run as python -m generator
    print(shtab.complete(parser, shell=shell))
    return 0


#: The exit code when the reader of standard output went away (``briefings ids | head -1``): 128 + SIGPIPE,
#: what a shell reports for a tool a closed pipe ended, so ``set -o pipefail`` still sees it.
BROKEN_PIPE = 141


def main(argv: list[str] | None = None) -> int:
    """Run one command; its exit code (0 success, 1 problems found, 2 usage error, 141 output pipe closed)."""
    try:
        code = _run(argv)
        sys.stdout.flush()  # inside the try: what is still buffered may meet the closed pipe too
    except BrokenPipeError:
        _quiet_stdout()
        return BROKEN_PIPE
    return code


def _quiet_stdout() -> None:
    """Point standard output at the null device, so the interpreter's last flush meets no closed pipe.

    The way the Python documentation gives for SIGPIPE (library/signal.html, "Note on SIGPIPE").
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _run(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    project = Project.at(args.project)
    if args.command == "check":
        return _check(project, args.format, args.strict)
    if args.command == "render":
        return _render(project, args.out, args.templates, args.strict, args.search_page)
    if args.command == "import":
        given = Given(args.headline, args.outlet, args.url, args.published)
        one_article = [f"--{k}" for k, v in [("id", args.seed_id), *asdict(given).items()] if v and k != "outlet"]
        if len(args.files) > 1 and one_article:
            _parser().error(f"{', '.join(one_article)} names one article: import the files one at a time")
        options = ImportOptions(args.force, args.dry_run, args.register_outlet)
        return _import_all(project, args.files, args.seed_id, given, options)
    if args.command == "draft":
        return _draft(project, args.source, args.force, args.dry_run)
    if args.command == "completion":
        return _completion(args.shell)
    if args.command == "new":
        return _new(args.folder)
    if args.command == "ids":
        return _ids(project, args.text, args.format)
    if args.command == "export":
        return _export(project, args.format, args.out, args.metadata, args.strict, args.force)
    return _schema(project, args.out, args.check, args.force)


def _text(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return value.strip()


def _url(value: str) -> str:
    if not re.fullmatch(r'https?://[^\s<>"]+', value):
        raise argparse.ArgumentTypeError(f"'{value}' is not an http:// or https:// address")
    return value


def _date(value: str) -> str:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            dt.date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"'{value}' is not a calendar date written YYYY-MM-DD")


def _report(diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        print(d.format(), file=sys.stderr)
    if diagnostics:
        print(summary(diagnostics), file=sys.stderr)


def _failed(diagnostics: list[Diagnostic], strict: bool) -> bool:
    return any(strict or d.severity is Severity.ERROR for d in diagnostics)


def _check(project: Project, fmt: str, strict: bool) -> int:
    result = _build(project, project.root / TEMPLATES, fmt != "json")  # the overrides' errors are problems too
    settings, unreadable = read_site_settings(project.root)  # mkdocs.yml that is a pipe, a device, too large
    docs = check_docs(project.root, result.pages) if result.pages is not None and not unreadable else []
    if result.pages is not None and not unreadable:  # every link the pages write leads somewhere
        docs += check_pages(result.pages, handwritten(settings))
    if result.site is not None and result.pages is not None and overrides(project.root / TEMPLATES):
        docs += check_overrides(result.pages, one_of_each_kind(result.site, result.pages))
    if docs or unreadable:  # pages written by hand in docs/ that a generated one would replace
        result.diagnostics = sort_diagnostics([*result.diagnostics, *unreadable, *docs])
    if fmt == "json":
        print(to_json(result.diagnostics))
    else:
        _report(result.diagnostics)
        if not result.diagnostics:
            print("No problems found.")
    return 1 if _failed(result.diagnostics, strict) else 0


def _build(project: Project, templates: Path | None = None, progress: bool = True) -> BuildResult:
    """:func:`~generator.build.pipeline.build_project`, with a progress bar on a terminal when it takes long."""
    meter = Meter(progress and shows_progress(sys.stderr))
    try:
        return build_project(project, templates, progress=meter)
    finally:
        meter.close()


def _render(project: Project, out: Path, templates: Path | None, strict: bool, with_search: bool) -> int:
    if templates is not None and not templates.is_dir():
        where = relpath(templates, project.root)
        _report(
            [Diagnostic(where, 1, 1, "BRF070", "template folder is missing", "check the path given to --templates")]
        )
        print(f"Nothing written: {out} is unchanged.", file=sys.stderr)
        return 1
    unreadable = read_site_settings(project.root)[1]  # where docs_dir is, which is never replaced
    if unreadable:
        _report(unreadable)
        print(f"Nothing written: {out} is unchanged.", file=sys.stderr)
        return 1
    # without --templates, the project's templates/ folder, as the MkDocs plugin does: both write the same pages
    templates = templates or project.root / TEMPLATES
    try:
        check_folder(out, project, templates)  # before the work: a folder it may not replace is refused at once
    except Refused as refused:
        return _refused(refused, out)
    result = _build(project, templates)
    _report(result.diagnostics)
    if result.pages is None or _failed(result.diagnostics, strict):
        print(f"Nothing written: {out} is unchanged.", file=sys.stderr)
        return 1
    pages = {**result.pages, SEARCH_PAGE: search_page()} if with_search else result.pages
    return _write_folder(pages, out, project, "pages", templates)


def _write_folder(
    files: dict[str, str],
    out: Path,
    project: Project,
    what: str,
    templates: Path | None = None,
    command: str = "render",
) -> int:
    """Replace ``out`` with these files (:func:`~generator.writing.write_pages`), or say why not."""
    try:
        write_pages(files, out, project, templates, command)
    except Refused as refused:
        return _refused(refused, out)
    except OSError as exc:
        return _refused(_cannot_write(out, project.root, exc), out)
    print(f"Wrote {len(files)} {what} to {out}")
    return 0


def _refused(refused: Refused, out: Path) -> int:
    _report([refused.diagnostic])
    print(f"Nothing written: {out} is unchanged.", file=sys.stderr)
    return 1


def _cannot_write(path: Path, root: Path, exc: OSError) -> Refused:
    why = exc.strerror or str(exc)
    return refusal(path, root, f"cannot be written: {why}", "check the folder's permissions and free space")


@dataclass(frozen=True)
class ImportOptions:
    """How ``import`` writes: over an existing seed, not at all, and whether it registers outlets."""

    force: bool = False
    dry_run: bool = False
    register_outlet: bool = True


#: A run of many files says how far it is, on a terminal, once it has taken this many seconds.
PROGRESS_AFTER = 2.0


def shows_progress(stream: TextIO) -> bool:
    """Whether a progress bar may be drawn on ``stream``: a terminal that can redraw a line, and not CI.

    Never in a pipe or a file (a CI log, ``2> log``), never when ``CI`` is set (CI runners
    may give a terminal whose redrawn lines fill the log), never on ``TERM=dumb``.
    The bar has no colour, so ``NO_COLOR`` is honoured as it is.
    """
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # replaced by something without a file, or closed
        return False


class Meter:
    """A progress bar on standard error for a long ``check``, ``render`` or ``export`` (tqdm), on a terminal only.

    Nothing is drawn, and tqdm is not even imported, until the work has taken
    :data:`PROGRESS_AFTER` seconds: a small project is done before then. Each stage of
    the build (:data:`~generator.build.pipeline.Progress`) gets a bar of its own, which is
    wiped when the next begins, and the last when the work is done (:meth:`close`), so
    what the command prints afterwards starts on a clean line.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled, self.started = enabled, time.monotonic()
        self.stage = ""
        self.bar: Any = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or time.monotonic() - self.started < PROGRESS_AFTER:
            return
        if stage != self.stage or self.bar is None:
            self.close()
            from tqdm import tqdm  # here: 150-220 ms of import that a quick run never pays

            self.stage = stage
            self.bar = tqdm(total=total or None, desc=stage, unit=_UNITS.get(stage, "it"), leave=False, file=sys.stderr)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


#: What each stage of the build counts.
_UNITS = {"reading": " files", "rendering": " pages"}


def _import_all(project: Project, files: list[Path], seed_id: str | None, given: Given, options: ImportOptions) -> int:
    """Import each file in turn; one that fails does not stop the others. Exit 1 when any failed."""
    failed, started = 0, time.monotonic()
    bodies = SeedBodies(project.seeds, project.root)  # each seed read once, not once per file
    for n, file in enumerate(files, 1):
        if len(files) > 1 and sys.stderr.isatty() and time.monotonic() - started > PROGRESS_AFTER:
            print(f"importing {n} of {len(files)}: {file}", file=sys.stderr, flush=True)
        code = _import(project, file, seed_id, given, options, bodies)
        if code and len(files) > 1:
            print(f"{file}: not imported.", file=sys.stderr)
        failed += code
    if len(files) > 1:
        print(f"{len(files) - failed} of {len(files)} files imported; {failed} failed.", file=sys.stderr)
    return 1 if failed else 0


def _import(
    project: Project, file: Path, seed_id: str | None, given: Given, options: ImportOptions, bodies: SeedBodies
) -> int:
    force, dry_run, register = options.force, options.dry_run, options.register_outlet
    done = import_article(file, project.seeds, project.root, seed_id, force, given, dry_run, register, bodies)
    _report(done.found)
    if done.target is None or done.text is None:
        return 1
    if done.outlet_added is not None:
        print(done.outlet_added.line(dry_run), file=sys.stderr)
    if dry_run:
        return _dry_run(done.text, done.target, project)
    print(f"Wrote {done.target}. Check its front matter (headline, date) before citing it.")
    _write_editor_schemas(project)
    return 0


def _write_editor_schemas(project: Project) -> None:
    """Write the schemas that the written files' schema lines name and that are missing; say so, or why not."""
    folder = project.seeds.parent / SCHEMA_DIR
    then = "; the rest was written: mend that, then run: briefings schema"
    try:
        written = write_missing(project, folder)
    except Refused as refused:
        problem = refused.diagnostic
        print(f"{problem.path}: note: the editor's schemas not written: {problem.message}{then}", file=sys.stderr)
        return
    except OSError as exc:
        where = relpath(folder, project.root)
        print(f"{where}: note: the editor's schemas not written: {exc.strerror or exc}{then}", file=sys.stderr)
        return
    if written:
        names = ", ".join(written)
        print(f"Wrote {relpath(folder, project.root)}/ ({names}): the schemas editors check these files against.")


def _dry_run(text: str, target: Path, project: Project) -> int:
    """Print what would be written, and where."""
    print(text, end="")
    print(f"Dry run: nothing written; without --dry-run this is {relpath(target, project.root)}.", file=sys.stderr)
    return 0


def _new(folder: Path) -> int:
    """Make a new project in ``folder`` (:func:`~generator.authoring.scaffold.scaffold`), or say why not."""
    here = Path.cwd()
    try:
        write_new_folder(scaffold(Path(os.path.abspath(folder)).name), folder, here)
    except Refused as refused:
        return _refused(refused, folder)
    except OSError as exc:
        return _refused(_cannot_write(folder, here, exc), folder)
    print(f"Made a new project in {folder}: mkdocs.yml, seeds/, briefings/ (with one example), docs/, schemas/.")
    print(f"Next: cd {folder} && briefings check && mkdocs serve")
    return 0


def _ids(project: Project, text: str | None, form: str) -> int:
    inputs, found = validate(project)
    groups = matching(id_groups(inputs), text)
    errors = sum(d.severity is Severity.ERROR for d in found)
    if errors:
        note = f"note: the project has {errors} error{'s' * (errors != 1)}; ids in a broken file may be missing"
        print(f"{note} (python -m generator check lists them)", file=sys.stderr)
    if form == "json":
        print(json_groups(groups))
    if not groups:
        print(f"No ids match '{text}'." if text else "No ids yet.", file=sys.stderr)
        return 1
    if form == "text":
        print(format_groups(groups))
    return 0


def _draft(project: Project, source: str, force: bool, dry_run: bool) -> int:
    inputs, problems = validate(project)
    done = draft_seed(project, inputs, problems, source, force, dry_run)
    _report(done.found)
    if done.target is None or done.text is None or done.draft is None:
        return 1
    if dry_run:
        return _dry_run(done.text, done.target, project)
    statements = done.draft.statements
    with_speaker = sum(s.speaker.found for s in statements)
    quotations = sum(len(s.pieces) for s in statements)
    print(
        f"Wrote {relpath(done.target, project.root)}: {quotations} direct quotations in {len(statements)} statements "
        f"({with_speaker} with a speaker), {len(done.draft.reports)} reported statements, "
        f"{len(done.draft.new_actors) + len(done.draft.proposals)} actors to add, "
        f"{len(done.draft.phrases)} candidate events."
    )
    if any(d.code != "BRF090" and d.severity is Severity.ERROR for d in problems):
        print("note: the project has errors; python -m generator check lists them", file=sys.stderr)
    print("It is never published: copy what you keep into a briefing, then delete it (check warns until then).")
    return 0


def _export(project: Project, fmt: str, out: Path | None, metadata: Path | None, strict: bool, force: bool) -> int:
    usage = _export_usage(fmt, out, metadata, force)
    if usage:
        print(usage, file=sys.stderr)
        return 2
    unreadable = read_site_settings(project.root)[1]  # the site's name and address, where docs_dir is
    if unreadable:
        _report(unreadable)
        print("Nothing exported: fix the problems first.", file=sys.stderr)
        return 1
    output = export_output(project)
    refused = _refused_outputs(fmt, [p for p in (out, metadata) if p is not None], project, output, force)
    if refused:  # before the work: whatever may not be written is refused at once, and nothing is written
        return refused
    if fmt == "sqlite" and out is not None and (module := missing_extra(tables.SQLITE_WRITER)):
        instead = "export --format csv, the same tables as CSV files"
        _report([extra_missing(relpath(out, project.root), "writing a SQLite database", module, "sqlite", instead)])
        print("Nothing exported: fix the problems first.", file=sys.stderr)
        return 1
    result = _build(project)
    _report(result.diagnostics)
    if result.site is None or _failed(result.diagnostics, strict):
        print("Nothing exported: fix the problems first.", file=sys.stderr)
        return 1
    data = export.dataset(result.site)
    if fmt == "csv" and out is not None:
        return _write_folder(tables.csv_files(data), out, project, "CSV files", command="export")
    # "Wrote …" goes where it does not mix with the data: standard error when the data goes to standard output
    note = sys.stderr if any(to_stdout(p, output) for p in (out, metadata) if p is not None) else sys.stdout
    if fmt == "sqlite" and out is not None:
        written = _write_one(out, tables.sqlite_bytes(data), output, force, note)
        if written == 0 and metadata is not None:
            name = "briefings" if to_stdout(out, output) else out.stem  # Datasette names a database by its file
            meta = tables.datasette_metadata(data, name, site_settings(project.root).site.name)
            written = _write_one(metadata, json.dumps(meta, indent=2, ensure_ascii=False) + "\n", output, force, note)
        return written
    if fmt == "web-annotation":
        settings, rows = site_settings(project.root), tables.rows(data)
        lost = _unanchored(project, web_annotations.unanchored(rows, settings.site.url))
        if lost:
            _report(lost)
            print("Nothing exported: fix the problems first.", file=sys.stderr)
            return 1
        texts = {s.id: s.body for s in result.site.sources.values()}
        text = web_annotations.to_jsonld(data, texts, settings.site, rows)
    else:
        text = export.to_json(result.site)
    return _write_one(out or Path(STDOUT), text, output, force, note)


def _unanchored(project: Project, sources: list[str]) -> list[Diagnostic]:
    """BRF135 for each quoted source that has no address, on a site without one: its quotes cannot be anchored."""
    found = []
    for sid in sources:
        seed = next(iter(sorted(project.seeds.glob(f"{sid}.*"))), project.seeds / f"{sid}.md")
        message = f"source '{sid}' has no url and mkdocs.yml sets no site_url: its quotes cannot be anchored"
        hint = "give the seed its article's url: in its front matter, or set site_url in mkdocs.yml"
        found.append(Diagnostic(relpath(seed, project.root), 1, 1, "BRF135", message, hint))
    return found


def export_output(project: Project) -> Output:
    """How ``export`` writes a single file: never into the inputs; replacing only files it wrote, or with --force."""
    return Output(
        "export",
        project.root,
        "choose another --out",
        inputs(project),
        ours=_written_by_export,
        ours_what="a file export wrote",
        head=1 << 20,  # the Datasette metadata is read whole; the other signatures are in the first bytes
        stdout=True,
    )


def _written_by_export(head: bytes) -> bool:
    """Whether a file starting with ``head`` is one ``export`` wrote, in any of its formats (its signature)."""
    signed = (export.is_dataset, web_annotations.is_collection, tables.is_database, tables.is_metadata)
    return any(test(head) for test in signed)


def _refused_outputs(fmt: str, paths: list[Path], project: Project, output: Output, force: bool) -> int:
    """1 (with the reason reported) when export may not write one of ``paths``, else 0."""
    for path in paths:
        try:
            if fmt == "csv":
                check_folder(path, project, command="export")
            else:
                check_file(path, output, force)
        except Refused as refused:
            return _refused(refused, path)
    return 0


def _export_usage(fmt: str, out: Path | None, metadata: Path | None, force: bool) -> str | None:
    """What is wrong with the options of ``export``, or ``None``."""
    if metadata is not None and fmt != "sqlite":
        return "--metadata goes with --format sqlite: it describes the database for Datasette"
    if fmt == "csv" and (out is None or str(out) == STDOUT):
        return "--format csv writes one file per table: give a folder, e.g. --out csv"
    if fmt == "csv" and force:
        return "--force replaces a single file; a CSV folder holding files export did not write is never replaced"
    if fmt == "sqlite" and out is None:
        return "--format sqlite writes a database file: give one, e.g. --out briefings.db"
    if out is not None and metadata is not None and os.path.realpath(out) == os.path.realpath(metadata):
        return "--metadata names the --out file: give the database and its metadata a file each"
    for path in (out, metadata):
        if fmt != "csv" and path is not None and str(path) != STDOUT and path.is_dir():
            return f"{path} is a folder: give the file to write, e.g. --out {path / _EXAMPLE_FILE[fmt]}"
    return None


#: A file name for each export format that writes one file, for messages.
_EXAMPLE_FILE = {"json": "briefings.json", "sqlite": "briefings.db", "web-annotation": "web-annotations.jsonld"}


def _write_one(out: Path, content: str | bytes, output: Output, force: bool, note: TextIO) -> int:
    """Write one file through the guarded writer (:func:`~generator.writing.write_file`), or say why not."""
    try:
        write_file(out, content, output, force)
    except Refused as refused:
        return _refused(refused, out)
    except BrokenPipeError:
        raise  # the reader of standard output went away: main() ends quietly
    except OSError as exc:
        return _refused(_cannot_write(out, output.root, exc), out)
    if not to_stdout(out, output):
        print(f"Wrote {out}", file=note)
    return 0


def _schema(project: Project, out: Path | None, check: bool, force: bool) -> int:
    folder = out or project.root / SCHEMA_DIR
    files = schema_files()
    stale = [name for name, text in files.items() if not _holds(folder / name, text)]
    if check:
        for name in stale:
            print(f"{folder / name}: out of date; run: python -m generator schema", file=sys.stderr)
        return 1 if stale else 0
    outputs = {name: schema_output(project, json.loads(text)["title"]) for name, text in files.items()}
    try:
        write_files(files, folder, outputs, force)
    except Refused as refused:
        return _refused(refused, folder)
    except OSError as exc:
        return _refused(_cannot_write(folder, project.root, exc), folder)
    print(f"Wrote {len(files)} schemas to {folder}")
    return 0


def _holds(path: Path, text: str) -> bool:
    """Whether ``path`` is a regular file holding exactly ``text`` (read as every input is: a pipe is not waited on)."""
    try:
        return read_bytes(path) == text.encode("utf-8")
    except (OSError, Unreadable):
        return False
