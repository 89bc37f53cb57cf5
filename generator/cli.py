"""``python -m generator``: check, render, import and schema, as a thin adapter over the core.

Exit codes: 0 success; 1 problems found (every one listed); 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .build import build_project
from .diagnostics import Diagnostic, Severity, sort_diagnostics, summary, to_json
from .importer import import_article
from .layout import check_docs
from .output import Refused, check_folder, refusal, write_files, write_pages
from .schema import SCHEMAS
from .validate import Project

SCHEMA_DIR = "schemas"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--project",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="project folder holding briefings/ and seeds/ (default: .)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = sub.add_parser("check", help="validate all annotations against the seeds")
    check.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")

    render = sub.add_parser("render", help="write the generated Markdown pages to a folder")
    render.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="a new or empty folder, or one render wrote before"
    )
    render.add_argument("--templates", type=Path, default=None, metavar="DIR", help="folder of template overrides")
    render.add_argument("--strict", action="store_true", help="treat warnings as errors")

    imp = sub.add_parser("import", help="turn a raw article into a seed file in seeds/")
    imp.add_argument("file", type=Path, metavar="FILE", help="the raw article (text)")
    imp.add_argument("--id", dest="seed_id", default=None, help="the seed's id (default: from the headline)")
    imp.add_argument("--force", action="store_true", help="replace an existing seed with the same id")

    schema = sub.add_parser("schema", help="write the JSON Schema of each annotation file kind")
    schema.add_argument("--out", type=Path, default=None, metavar="DIR", help=f"folder (default: {SCHEMA_DIR}/)")
    schema.add_argument("--check", action="store_true", help="only check that the files are up to date")
    schema.add_argument("--force", action="store_true", help="replace files of the same name it did not write")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    project = Project.at(args.project)
    if args.command == "check":
        return _check(project, args.format, args.strict)
    if args.command == "render":
        return _render(project, args.out, args.templates, args.strict)
    if args.command == "import":
        return _import(project, args.file, args.seed_id, args.force)
    return _schema(project, args.out, args.check, args.force)


def _report(diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        print(d.format(), file=sys.stderr)
    if diagnostics:
        print(summary(diagnostics), file=sys.stderr)


def _failed(diagnostics: list[Diagnostic], strict: bool) -> bool:
    return any(strict or d.severity is Severity.ERROR for d in diagnostics)


def _check(project: Project, fmt: str, strict: bool) -> int:
    result = build_project(project)
    if result.pages is not None:  # pages written by hand in docs/ that a generated one would replace
        result.diagnostics = sort_diagnostics([*result.diagnostics, *check_docs(project.root, result.pages)])
    if fmt == "json":
        print(to_json(result.diagnostics))
    else:
        _report(result.diagnostics)
        if not result.diagnostics:
            print("No problems found.")
    return 1 if _failed(result.diagnostics, strict) else 0


def _render(project: Project, out: Path, templates: Path | None, strict: bool) -> int:
    try:
        check_folder(out, project, templates)  # before the work: a folder it may not replace is refused at once
    except Refused as refused:
        return _refused(refused, out)
    result = build_project(project, templates)
    _report(result.diagnostics)
    if result.pages is None or _failed(result.diagnostics, strict):
        print(f"Nothing written: {out} is unchanged.", file=sys.stderr)
        return 1
    try:
        write_pages(result.pages, out, project, templates)
    except Refused as refused:
        return _refused(refused, out)
    except OSError as exc:
        return _refused(_cannot_write(out, project, exc), out)
    print(f"Wrote {len(result.pages)} pages to {out}")
    return 0


def _refused(refused: Refused, out: Path) -> int:
    _report([refused.diagnostic])
    print(f"Nothing written: {out} is unchanged.", file=sys.stderr)
    return 1


def _cannot_write(path: Path, project: Project, exc: OSError) -> Refused:
    why = exc.strerror or str(exc)
    return refusal(path, project.root, f"cannot be written: {why}", "check the folder's permissions and free space")


def _import(project: Project, file: Path, seed_id: str | None, force: bool) -> int:
    target, found = import_article(file, project.seeds, project.root, seed_id, force)
    _report(found)
    if target is None:
        return 1
    print(f"Wrote {target}. Check its front matter (headline, date) before citing it.")
    return 0


def schema_files() -> dict[str, str]:
    """``{file name: JSON Schema text}`` for each annotation file kind."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
        for name, model in SCHEMAS.items()
    }


def _schema(project: Project, out: Path | None, check: bool, force: bool) -> int:
    folder = out or project.root / SCHEMA_DIR
    files = schema_files()
    stale = [name for name, text in files.items() if not _holds(folder / name, text)]
    if check:
        for name in stale:
            print(f"{folder / name}: out of date; run: python -m generator schema", file=sys.stderr)
        return 1 if stale else 0
    titles = {name: json.loads(text)["title"] for name, text in files.items()}
    try:
        write_files(files, folder, project.root, titles, force)
    except Refused as refused:
        return _refused(refused, folder)
    except OSError as exc:
        return _refused(_cannot_write(folder, project, exc), folder)
    print(f"Wrote {len(SCHEMAS)} schemas to {folder}")
    return 0


def _holds(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False
