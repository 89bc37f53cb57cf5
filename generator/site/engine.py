"""The template engine: Jinja2's immutable sandbox over the shipped templates and the user's overrides.

Every ``{{ value }}`` is escaped for Markdown unless it is :class:`~generator.site.markup.Md`;
undefined names are errors, not blanks; a template that fails is a diagnostic at
its file and line (:class:`TemplateProblems`: BRF012 syntax, BRF013 an error while
it runs, BRF014 the sandbox refusing), never a traceback. The overrides, a folder
of the user's with files named as the shipped ones, are read like every other input.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment

from generator.diagnostics import Diagnostic, relpath
from generator.inputs.load import read_text
from generator.site.markup import escape, escape_html

#: The shipped templates; a folder of the user's with files of the same names overrides them.
PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Where the user's overrides live by default, in the project folder (``render``, ``check`` and the plugin).
TEMPLATES = "templates"


class TemplateProblems(Exception):
    """Templates failed to render: each problem as a diagnostic at the template's file and line."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(f"{len(diagnostics)} template problem(s)")
        self.diagnostics = diagnostics


class _Unreadable(Exception):
    """An override that cannot be read (a pipe, a device, too large, not UTF-8, empty)."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


class _Overrides(jinja2.BaseLoader):
    """The user's template folder, read like every other input: regular files of at most 4 MiB, in UTF-8."""

    def __init__(self, folder: Path, root: Path) -> None:
        self.folder, self.root = folder, root

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        path = self.folder.joinpath(*split_template_path(template))
        if not path.exists():
            raise jinja2.TemplateNotFound(template)  # the shipped template of that name is used
        text, found = read_text(path, self.root)
        if text is None:
            raise _Unreadable(found[-1])
        return text, str(path), lambda: False


_SYNTAX_HINT = (
    "fix the template: values are written {{ value }}, tags {% tag %} … {% endtag %}; "
    "the shipped template of the same name (generator/site/templates/) shows what a page can use"
)


def _runtime_problem(exc: Exception) -> tuple[str, str, str]:
    """Code, message and hint for an error raised while a template ran."""
    if isinstance(exc, SecurityError):
        hint = (
            "templates run in a sandbox: names starting with an underscore, Python's internals and changes "
            "to the site's data are refused; use the values the shipped templates use"
        )
        return "BRF014", f"template does something the sandbox forbids: {str(exc).rstrip('.')}", hint
    if isinstance(exc, jinja2.TemplateNotFound):
        return "BRF013", f"template error: no template named '{exc.name}'", "check the name in the include"
    if isinstance(exc, jinja2.UndefinedError):
        hint = "check the spelling; the shipped template of the same name (generator/site/templates/) shows what exists"
        return "BRF013", f"template error: {exc.message}", hint
    text = str(exc) or type(exc).__name__
    return "BRF013", f"template error: {text}", "check the expression on this line of the template"


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox, remembering its verdict on each attribute of each type.

    The sandbox checks every attribute a template reads (not a name starting with an
    underscore, not an internal of functions, types or frames, not a method that
    changes a list, dict or set). Its verdict depends only on the object's type and
    the attribute's name, so it is worked out once per pair instead of on every
    access: checked every time, they made rendering half as slow again (0.53 s →
    0.78 s of CPU at 1,000 articles); remembered, 0.62 s.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._verdicts: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = super().is_safe_attribute(obj, attr, value)
        return verdict


def overrides(folder: Path) -> bool:
    """Whether a project's template folder holds a file in place of a shipped page template or partial."""
    return folder.is_dir() and any((folder / shipped.name).is_file() for shipped in PACKAGE_TEMPLATES.glob("*.j2"))


class Engine:
    """The templates of one build: shipped ones, overridden by the user's folder; ``shared`` names on every page."""

    def __init__(self, templates: Path | None, root: Path | None, shared: Mapping[str, Any]) -> None:
        self.root = root or Path.cwd()
        self.folders = [PACKAGE_TEMPLATES]
        loaders: list[jinja2.BaseLoader] = []
        if templates is not None and templates.is_dir():
            folder = Path(os.path.abspath(templates))  # abspath, not resolve: a linked folder is named as itself
            loaders.append(_Overrides(folder, self.root))
            self.folders.insert(0, folder)
        loaders.append(jinja2.FileSystemLoader(str(PACKAGE_TEMPLATES)))
        # The sandbox: a template (the user's own overrides included) reaches only what it is given, never
        # Python's internals (``"".__class__.__mro__``), and cannot change the site it renders.
        self.env = _Sandbox(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            finalize=escape,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # one Engine renders one build: no need to look at template files' times again
        )
        self.env.filters["html"] = escape_html
        self.env.filters["md"] = escape
        self.env.globals.update(shared)

    def render(self, template: str, page: str, context: Mapping[str, Any]) -> str:
        """``template`` rendered for the page at ``page``; raises :class:`TemplateProblems` when it fails."""
        try:
            return self.env.get_template(template).render(page=page, **context)
        except Exception as exc:
            found = self._problem(exc, page)
            if found is None:
                raise  # not the template's doing: a bug of the generator's own, to be seen as one
            raise TemplateProblems([found]) from exc

    def _problem(self, exc: Exception, page: str) -> Diagnostic | None:
        """The diagnostic for a failed template, pointing at the template's file and line; ``None`` for our bugs.

        Every error Jinja2 raises is the template's (syntax, undefined name, sandbox,
        missing include). Any other exception is the template's when the innermost
        template it was raised in is one of the user's overrides (a global called
        with the wrong arguments, a division by zero); otherwise it is the generator's.
        """
        if isinstance(exc, _Unreadable):
            return exc.diagnostic
        frames = self._template_frames(exc)
        if isinstance(exc, jinja2.TemplateSyntaxError):
            code, message, hint = "BRF012", f"template syntax error: {exc.message}", _SYNTAX_HINT
            where = (exc.filename or "", exc.lineno)
        else:
            if not isinstance(exc, jinja2.TemplateError) and not (frames and self._is_override(frames[-1][0])):
                return None
            code, message, hint = _runtime_problem(exc)
            where = frames[-1] if frames else ("", 1)
        if len(frames) > 1:
            chain = " \u2192 ".join(f"{self._display(f)}:{n}" for f, n in frames)
            hint += f"\nwhile rendering {page}: {chain}"
        else:
            hint += f"\nwhile rendering {page}"
        return Diagnostic(self._display(where[0]), where[1] or 1, 1, code, message, hint)

    def _template_frames(self, exc: BaseException) -> list[tuple[str, int]]:
        """(file, line) of each template the error passed through, outermost first (Jinja2 rewrites tracebacks)."""
        out = []
        tb = exc.__traceback__
        while tb is not None:
            filename = tb.tb_frame.f_code.co_filename
            if any(Path(filename).is_relative_to(folder) for folder in self.folders):
                out.append((filename, tb.tb_lineno))
            tb = tb.tb_next
        return out

    def _is_override(self, filename: str) -> bool:
        return len(self.folders) > 1 and Path(filename).is_relative_to(self.folders[0])

    def _display(self, filename: str) -> str:
        """A template's file as the user knows it: relative to the project, or ``generator/site/templates/NAME``."""
        path = Path(filename)
        if path.is_relative_to(PACKAGE_TEMPLATES):
            return f"generator/site/templates/{path.relative_to(PACKAGE_TEMPLATES).as_posix()}"
        return relpath(path, self.root) if filename else "<template>"
