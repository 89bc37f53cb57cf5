"""``python -m generator``: check, render, import and schema, as a thin adapter over the core.

Exit codes: 0 success; 1 problems found (every one listed); 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .build import build_project, write_pages
from .diagnostics import Diagnostic, Severity, relpath, summary, to_json
from .importer import import_article
from .render import TEMPLATES
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
    render.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to (re)place the pages in")
    render.add_argument(
        "--templates",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"folder of template overrides (default: {TEMPLATES}/ in the project, when it exists)",
    )
    render.add_argument("--strict", action="store_true", help="treat warnings as errors")

    imp = sub.add_parser("import", help="turn a raw article into a seed file in seeds/")
    imp.add_argument("file", type=Path, metavar="FILE", help="the raw article (text)")
    imp.add_argument("--id", dest="seed_id", default=None, help="the seed's id (default: from the headline)")
    imp.add_argument("--force", action="store_true", help="replace an existing seed with the same id")

    schema = sub.add_parser("schema", help="write the JSON Schema of each annotation file kind")
    schema.add_argument("--out", type=Path, default=None, metavar="DIR", help=f"folder (default: {SCHEMA_DIR}/)")
    schema.add_argument("--check", action="store_true", help="only check that the files are up to date")
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
    return _schema(project, args.out, args.check)


def _report(diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        print(d.format(), file=sys.stderr)
    if diagnostics:
        print(summary(diagnostics), file=sys.stderr)


def _failed(diagnostics: list[Diagnostic], strict: bool) -> bool:
    return any(strict or d.severity is Severity.ERROR for d in diagnostics)


def _check(project: Project, fmt: str, strict: bool) -> int:
    result = build_project(project, project.root / TEMPLATES)  # the overrides' errors are problems too
    if fmt == "json":
        print(to_json(result.diagnostics))
    else:
        _report(result.diagnostics)
        if not result.diagnostics:
            print("No problems found.")
    return 1 if _failed(result.diagnostics, strict) else 0


def _render(project: Project, out: Path, templates: Path | None, strict: bool) -> int:
    if templates is not None and not templates.is_dir():
        where = relpath(templates, project.root)
        _report(
            [Diagnostic(where, 1, 1, "BRF070", "template folder is missing", "check the path given to --templates")]
        )
        print(f"Nothing written: {out} is unchanged.", file=sys.stderr)
        return 1
    # without --templates, the project's templates/ folder, as the MkDocs plugin does: both write the same pages
    result = build_project(project, templates or project.root / TEMPLATES)
    _report(result.diagnostics)
    if result.pages is None or _failed(result.diagnostics, strict):
        print(f"Nothing written: {out} is unchanged.", file=sys.stderr)
        return 1
    write_pages(result.pages, out)
    print(f"Wrote {len(result.pages)} pages to {out}")
    return 0


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


def _schema(project: Project, out: Path | None, check: bool) -> int:
    folder = out or project.root / SCHEMA_DIR
    stale = [
        name
        for name, text in schema_files().items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]
    if check:
        for name in stale:
            print(f"{folder / name}: out of date; run: python -m generator schema", file=sys.stderr)
        return 1 if stale else 0
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in schema_files().items():
        (folder / name).write_text(text, encoding="utf-8")
    print(f"Wrote {len(SCHEMAS)} schemas to {folder}")
    return 0
