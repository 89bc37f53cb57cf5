"""Diagnostics: every problem the generator finds, located and explained.

A diagnostic names the file, line and column, the key path inside the file,
what is wrong and a hint on what to do. Each kind has a stable code; every
code has a page in ``docs/diagnostics/`` (a test checks it).
"""

from __future__ import annotations

import enum
import json
import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path


class Severity(enum.StrEnum):
    """How bad a diagnostic is: errors always fail, warnings fail under --strict."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Code:
    """One kind of diagnostic: the title its page carries, the group the index lists it under."""

    code: str
    severity: Severity
    title: str
    group: str = ""


def _codes(*items: str | tuple[str, Severity, str]) -> dict[str, Code]:
    """The codes in order; a bare string starts a group (a heading of docs/diagnostics/index.md, generated)."""
    codes: dict[str, Code] = {}
    group = ""
    for item in items:
        if isinstance(item, str):
            group = item
        else:
            code, severity, title = item
            codes[code] = Code(code, severity, title, group)
    return codes


E, W = Severity.ERROR, Severity.WARNING

#: Every diagnostic code, under its group. Codes are stable: never renumber, only add.
CODES: dict[str, Code] = _codes(
    "Reading files",
    ("BRF001", E, "File cannot be read"),
    ("BRF002", E, "File is not valid UTF-8"),
    ("BRF003", W, "File starts with a byte-order mark"),
    ("BRF004", E, "File is empty"),
    ("BRF005", E, "File is too large"),
    ("BRF006", E, "YAML syntax error"),
    ("BRF007", E, "Tab character in indentation"),
    ("BRF008", E, "Duplicate key"),
    ("BRF009", E, "Anchors and aliases are not allowed"),
    ("BRF010", E, "Unquoted value that YAML reads as a boolean or number"),
    ("BRF011", E, "YAML tags are not allowed"),
    ("BRF094", E, "Control character or non-character in text"),
    "Templates",
    ("BRF012", E, "Template syntax error"),
    ("BRF013", E, "Template error while rendering"),
    ("BRF014", E, "Template does something the sandbox forbids"),
    "Shape of a file",  # the schema
    ("BRF020", E, "Unknown key"),
    ("BRF021", E, "Missing required key"),
    ("BRF022", E, "Value has the wrong type"),
    ("BRF023", E, "Value not in the vocabulary"),
    ("BRF024", E, "Invalid id"),
    ("BRF025", E, "Invalid date"),
    ("BRF026", E, "Invalid value"),
    "Seeds",
    ("BRF030", E, "Seed has no front matter"),
    ("BRF031", E, "Seed id does not match its file name"),
    ("BRF032", E, "Seed already exists"),
    ("BRF033", W, "Headline drafted on import"),
    ("BRF034", E, "Article already imported"),
    ("BRF035", W, "Imported article has no date"),
    ("BRF036", E, "No article text found"),
    ("BRF037", W, "Imported outlet not in the outlet registry"),
    ("BRF095", W, "Control characters cleaned from an imported field"),
    ("BRF096", E, "Imported paragraph over the seed line limit"),
    ("BRF097", E, "File name is not UTF-8"),
    ("BRF120", W, "Imported body taken from the page's JSON-LD"),
    ("BRF121", W, "Imported body implausibly short"),
    ("BRF143", W, "Imported body taken from the page's script data"),
    ("BRF015", E, "Seed line too long"),
    "References across files",
    ("BRF040", E, "Unknown actor"),
    ("BRF041", E, "Unknown issue"),
    ("BRF042", E, "Unknown source"),
    ("BRF044", E, "Duplicate id"),
    ("BRF045", E, "Source not listed in the briefing"),
    ("BRF046", E, "Reserved id"),
    ("BRF047", E, "Two files for one briefing"),
    "Evidence and dates",
    ("BRF050", E, "Quote not found in its source"),
    ("BRF051", E, "Answered question without evidence"),
    ("BRF052", E, "Relative date does not match the date given"),
    ("BRF053", E, "Relative date cannot be resolved"),
    ("BRF054", E, "Supports with conditions"),
    ("BRF055", E, "Speaker does not speak for the actor"),
    ("BRF056", W, "Evidence kind does not match the source's quotation marks"),
    ("BRF057", W, "Date more precise than its basis"),
    ("BRF059", E, "Unknown question"),
    "Warnings",  # they fail under --strict
    ("BRF060", W, "Actor never used"),
    ("BRF061", W, "Source never cited"),
    ("BRF062", W, "Open question with no actor"),
    ("BRF063", W, "Event dated after the source that reports it"),
    ("BRF064", W, "One quote used for opposite stances"),
    ("BRF065", W, "Position dated after its briefing"),
    ("BRF067", W, "One passage backs positions of different actors"),
    ("BRF068", W, "Relation with neither evidence nor background"),
    ("BRF069", W, "Two events that look like one"),
    "Project layout",
    ("BRF070", E, "Folder missing"),
    ("BRF071", E, "Nothing to build"),
    ("BRF072", E, "Hand-written page where a generated page goes"),
    ("BRF073", E, "Output not written"),
    ("BRF140", W, "Link to a page the site does not have"),
    ("BRF141", W, "Link to an anchor its page does not have"),
    ("BRF142", W, "Template override writes Markdown the two engines read differently"),
    "Annotation format and attribution",  # the analyst's model: attribution, stances, dates, claims
    ("BRF080", E, "Annotation written for an older format"),
    ("BRF081", E, "Actor on more than one side"),
    ("BRF082", E, "Speaker is not one of the claimants"),
    ("BRF066", E, "Position rests only on the source's framing"),
    ("BRF112", E, "Conditional stance with no condition"),
    ("BRF115", W, "Condition that rests on the speaker's own words"),
    ("BRF104", W, "Reported words the source attributes to no one"),
    "The assessment, editions and sources",  # and what to watch
    ("BRF083", E, "Key judgement refers to something that does not exist"),
    ("BRF084", E, "Key judgement rests on nothing"),
    ("BRF085", W, "Open question past its horizon"),
    ("BRF086", E, "Unknown outlet"),
    ("BRF087", E, "Editions out of order"),
    ("BRF088", W, "Bottom line without key judgements"),
    "Drafting",  # briefings draft
    ("BRF090", W, "A draft is still waiting"),
    ("BRF091", E, "Draft already exists"),
    ("BRF092", E, "No such seed to draft from"),
    ("BRF093", W, "Quotation with no speaker found"),
    "Judgements held to account",  # horizons and outcomes
    ("BRF100", W, "Key judgement with no horizon"),
    ("BRF101", W, "Key judgement past its horizon with no outcome"),
    ("BRF113", W, "Open question met by its own test"),
    "Claims: the sources' words and ours",  # who disputes or bears out a claim
    ("BRF102", E, "Rebuttal or support that cites no one"),
    ("BRF103", E, "Support from the claim's own source"),
    "Writing files",  # generator/writing.py: what an output may not replace
    ("BRF098", E, "Output is not a regular file"),
    ("BRF099", E, "Output is a file the command did not write"),
    ("BRF137", E, "Folder for a new project is not empty"),
    "The site's identity",  # its ids and where its annotations point
    ("BRF135", E, "Quote that cannot be anchored"),
    ("BRF136", E, "Identity that cannot prefix ids"),
    "Installation",  # optional features' packages (the extras in pyproject.toml)
    ("BRF130", E, "A feature's optional packages are not installed"),
    "Editor support",  # the schema line editors follow
    ("BRF131", W, "Schema line names a schema that is missing or out of date"),
    "Key takeaways",  # of each edition
    ("BRF150", E, "Takeaway without a source"),
    ("BRF151", E, "Too many takeaways in one edition"),
    ("BRF152", E, "Takeaway dated after its edition"),
    ("BRF153", E, "Takeaway names an unknown event"),
    ("BRF154", E, "Takeaway about an event gives its own date"),
)


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem, located in a file. Sorts by file, line, column."""

    path: str
    line: int
    column: int
    code: str
    message: str
    hint: str = ""
    key_path: str = ""
    severity: Severity = field(default=Severity.ERROR, compare=False)

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown diagnostic code {self.code}")
        object.__setattr__(self, "severity", CODES[self.code].severity)

    def format(self) -> str:
        """``path:line:column: severity: message [CODE]`` plus an indented hint, for a terminal.

        Control characters from file names and values (terminal escape codes, a line
        break that would fake another diagnostic, bidirectional overrides) are shown
        escaped, as ``\\x1b``; :meth:`as_json` keeps the exact text.
        """
        where = f"{printable(self.path)}:{self.line}:{self.column}"
        at = f" (at {printable(self.key_path)})" if self.key_path else ""
        text = f"{where}: {self.severity.value}: {printable(self.message)}{at} [{self.code}]"
        if self.hint:  # its line breaks are the generator's own
            text += "\n    hint: " + "\n          ".join(printable(line) for line in self.hint.split("\n"))
        return text

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


#: Characters a terminal acts on rather than shows: C0 and C1 controls, line and paragraph separators,
#: and the marks and overrides that reorder text (which can make a line read as something else).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\u202e``)."""
    return _UNPRINTABLE.sub(_escaped, text)


def _escaped(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Sorted by file, line and column, duplicates removed."""
    return sorted(set(diagnostics))


def errors(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity is Severity.ERROR]


def to_json(diagnostics: Iterable[Diagnostic]) -> str:
    return json.dumps([d.as_json() for d in diagnostics], indent=2, ensure_ascii=False)


def summary(diagnostics: list[Diagnostic]) -> str:
    """``2 errors, 1 warning`` for the end of a listing."""
    n_err = len(errors(diagnostics))
    n_warn = len(diagnostics) - n_err
    return f"{n_err} error{'s' * (n_err != 1)}, {n_warn} warning{'s' * (n_warn != 1)}"


#: The distribution's name, as ``pip install`` takes it (pyproject.toml's ``project.name``).
DISTRIBUTION = "briefing-generator"


def missing_extra(modules: tuple[str, ...]) -> str | None:
    """The first of ``modules`` that cannot be imported (an optional feature's package), or ``None``."""
    for module in modules:
        try:
            __import__(module)
        except ImportError as exc:
            return exc.name or module
    return None


def extra_missing(path: str, feature: str, module: str, extra: str, instead: str) -> Diagnostic:
    """BRF130: ``feature`` needs ``module``, of the extra ``extra``, which is not installed; ``instead``: what
    the user can do without it."""
    return Diagnostic(
        path,
        1,
        1,
        "BRF130",
        f"{feature} needs {module}, which is not installed",
        f"install the optional packages with: pip install '{DISTRIBUTION}[{extra}]' (or {instead})",
    )


def relpath(path: Path, root: Path) -> str:
    """A path as the user knows it: relative to the project root when inside it."""
    # abspath, not resolve: a symbolic link is named as itself (and a link loop cannot raise)
    absolute, base = Path(os.path.abspath(path)), Path(os.path.abspath(root))
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()
