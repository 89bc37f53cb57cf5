"""Turn a raw article (a saved web page or a text file) into a seed: front matter plus the exact body.

A web page (HTML) goes through trafilatura, which finds the article's text and
the page's headline, publication date, site name and address in its metadata.

A text file is read in one of these shapes:

* a first line ``date YYYY-MM-DD Headline``: the date and headline move into
  front matter (``date YYYY-MM-DD`` alone on the line works too);
* an image caption printed twice (``CaptionCaption``): the caption moves into
  front matter;
* a headline, a blank line, then the body.

The body is always the whole article: nothing is ever dropped from it. A first
line is taken as the headline only when it looks like one (short, no sentence
ending in it, no full stop at its end); otherwise it stays in the body, and a
headline is drafted from the first sentence, marked ``headline_by: annotator``
and reported (BRF033) for the annotator to rewrite.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.diagnostics import Diagnostic, relpath
from generator.inputs.ids import slug
from generator.inputs.load import load_seed, load_yaml, read_text
from generator.inputs.matching import normalise
from generator.inputs.schema import ID_PATTERN, MAX_ID_LENGTH, RESERVED_IDS, SOURCE_PERIODS
from generator.vocabulary import HeadlineBy

#: A first line longer than this is a paragraph, not a headline.
HEADLINE_MAX = 150
#: A drafted headline is cut (at a word, with "…") to this length.
DRAFT_MAX = 120
#: File name endings read as web pages (other files are too when they start like one).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")

_DATED = re.compile(r"^date (\d{4}-\d{2}-\d{2})(?: +(\S.*))?$")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")
_SENTENCE_END = re.compile(r"\.[\"'”’)]*\s+(?=[\"“‘'(]?[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_PAGE_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html)\b", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Article:
    """What the importer made of a raw article."""

    headline: str
    headline_by: str
    body: str
    published: str | None = None
    caption: str | None = None
    outlet: str | None = None
    url: str | None = None
    #: why the headline had to be drafted (``None``: it is the article's own, or was given)
    drafted: str | None = None


@dataclass(frozen=True)
class Given:
    """Front matter the user gives on the command line; it wins over what the article says."""

    headline: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass
class Imported:
    """The outcome of an import: the seed's path and text (``None`` when refused), and what was found."""

    target: Path | None
    text: str | None
    found: list[Diagnostic] = field(default_factory=list)


# --- Text files --------------------------------------------------------------------------


def parse_article(text: str, headline: str | None = None) -> Article:
    """Split a raw text article into header fields and the exact body; nothing of the text is dropped.

    With ``headline`` given, a headline line in the file is taken out of the body
    only when it is the same headline; a different one stays in the body.
    """
    return _parse(text, headline, "the first line")


def _parse(text: str, headline: str | None, where: str) -> Article:
    text = _LEADING_BLANK_LINES.sub("", text)
    first, _, rest = text.partition("\n")
    dated = _DATED.match(first.strip())
    if dated and _real_date(dated.group(1)):  # "date 2025-02-30 …" is no date line: it stays in the body
        published, line = dated.groups()
        if line is None:  # the date alone on its line: the rest has a shape of its own
            return replace(_parse(rest, headline, "the line after the date"), published=published)
        why = _not_taken(line, headline)
        if why is None:
            return Article(headline or line.strip(), HeadlineBy.ARTICLE.value, rest.lstrip("\n"), published=published)
        return _headed(line + "\n" + rest, headline, f"the line after the date {why}; it stays in the body", published)
    caption = _doubled(first.strip())
    if caption:
        return replace(_parse(rest, headline, "the line after the caption"), caption=caption)
    after = _LEADING_BLANK_LINES.sub("", rest)
    if not _LEADING_BLANK_LINES.match(rest) or not after.strip():
        return _headed(text, headline, f"{where} is not a headline set apart by a blank line")
    why = _not_taken(first, headline)
    if why is None:
        return Article(headline or first.strip(), HeadlineBy.ARTICLE.value, after)
    return _headed(text, headline, f"{where} {why}; it stays in the body")


def _real_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def looks_like_headline(line: str) -> str | None:
    """``None`` when ``line`` reads as a headline; else why not ("is 270 characters long")."""
    line = line.strip()
    if not line:
        return "is empty"
    if len(line) > HEADLINE_MAX:
        return f"is {len(line)} characters long, more than a headline's {HEADLINE_MAX}"
    if line.endswith(".") and not line.endswith(".."):
        return "ends with a full stop, like a sentence"
    for m in _SENTENCE_END.finditer(line):
        stem = line[: m.start()].rsplit(None, 1)[-1] if line[: m.start()].strip() else ""
        if "." in stem or (stem[:1].isupper() and stem.isalpha() and len(stem) <= 3):
            continue  # an abbreviation: "U.S.", "Mr.", "Gen."
        return "has a full stop in it, ending a sentence"
    return None


def _not_taken(line: str, headline: str | None) -> str | None:
    """``None`` when the line is taken as the headline; else why it stays in the body."""
    if headline is None:
        return looks_like_headline(line)
    return None if normalise(line) == normalise(headline) else "differs from --headline"


def _headed(body: str, headline: str | None, why: str, published: str | None = None) -> Article:
    """The whole ``body``, under the given headline or one drafted from its first sentence."""
    if headline is not None:
        return Article(headline, HeadlineBy.ARTICLE.value, body, published=published)
    return Article(draft_headline(body), HeadlineBy.ANNOTATOR.value, body, published=published, drafted=why)


def _doubled(line: str) -> str | None:
    half = len(line) // 2
    if line and len(line) % 2 == 0 and line[:half] == line[half:]:
        return line[:half]
    return None


def draft_headline(body: str, limit: int = DRAFT_MAX) -> str:
    """The first sentence of the first paragraph, cut at a word to ``limit`` characters."""
    paragraph = next((line.strip() for line in body.splitlines() if line.strip()), "")
    sentence = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]
    if len(sentence) <= limit:
        return sentence
    return sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–—-") + "…"


# --- Web pages ---------------------------------------------------------------------------


def is_page(path: Path, text: str) -> bool:
    """Whether a file is a saved web page: by its name, or by how it starts."""
    return path.suffix.lower() in PAGE_SUFFIXES or bool(_PAGE_START.match(text[:2048]))


def parse_page(html: str | bytes, headline: str | None = None) -> Article | None:
    """The article in a saved web page, with what its metadata says; ``None`` when it has no article text.

    The body is trafilatura's text, whole: its white space may differ from the
    page's, its words do not, and nothing is taken out of it.
    """
    from trafilatura import bare_extraction  # only web pages need it; it takes a moment to load
    from trafilatura.settings import Document

    found = bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        prune_xpath="//noscript",  # "please enable JavaScript" is no article text
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(found, Document) or not (found.text or "").strip():
        return None
    body = str(found.text)
    published = found.date if isinstance(found.date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found.date) else None
    url = found.url if isinstance(found.url, str) and re.fullmatch(r'https?://[^\s<>"]+', found.url) else None
    outlet = found.sitename.strip() if isinstance(found.sitename, str) and found.sitename.strip() else None
    title = headline or (found.title.strip() if isinstance(found.title, str) else "")
    if title:
        return Article(title, HeadlineBy.ARTICLE.value, body, published, outlet=outlet, url=url)
    return Article(
        draft_headline(body),
        HeadlineBy.ANNOTATOR.value,
        body,
        published,
        outlet=outlet,
        url=url,
        drafted="the page has no title",
    )


# --- Seeds -------------------------------------------------------------------------------


def seed_text(article: Article, seed_id: str, imported_from: str) -> str:
    """The seed file: YAML front matter (every string double-quoted) and the body."""
    fields: dict[str, str | None] = {
        "id": seed_id,
        "headline": article.headline,
        "headline_by": article.headline_by,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "caption": article.caption,
        "imported_from": imported_from,
    }
    lines = ["---", "# yaml-language-server: $schema=../schemas/seed.schema.json"]
    lines += [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items() if v is not None]
    body = article.body if article.body.endswith("\n") else article.body + "\n"
    return "\n".join([*lines, "---", ""]) + body


def read_article(source: Path, root: Path, headline: str | None = None) -> tuple[Article | None, list[Diagnostic]]:
    """A raw article read from a web page or a text file, or ``None`` with the reason."""
    text, found = read_text(source, root)
    if text is not None:
        article = parse_page(text, headline) if is_page(source, text) else parse_article(text, headline)
    elif [d.code for d in found] == ["BRF002"] and is_page(
        source, source.read_bytes()[:2048].decode("utf-8", "replace")
    ):
        found = []  # a page saved in another encoding says which in its markup, and trafilatura reads it
        article = parse_page(source.read_bytes(), headline)
    else:
        return None, found
    if article is None or not article.body.strip():
        what = "web page" if is_page(source, text or "") else "file"
        hint = (
            "open the page in a browser, let it load, save it as 'Web page, complete' and import that; "
            "or copy the article's text into a .txt file"
            if what == "web page"
            else "the file holds only a header: add the article's text below it"
        )
        found.append(Diagnostic(relpath(source, root), 1, 1, "BRF036", f"no article text found in this {what}", hint))
        return None, found
    return article, found


def import_article(
    source: Path,
    seeds: Path,
    root: Path,
    seed_id: str | None = None,
    force: bool = False,
    given: Given | None = None,
    dry_run: bool = False,
) -> Imported:
    """Write ``seeds/<id>.md`` from a raw article (with ``dry_run``, only say what would be written).

    Refuses to overwrite a seed without ``force``, and refuses an article whose
    text is already a seed under another id.
    """
    given = given or Given()
    display = relpath(source, root)
    article, found = read_article(source, root, given.headline)
    if article is None:
        return Imported(None, None, found)
    article = replace(
        article,
        outlet=given.outlet or article.outlet,
        url=given.url or article.url,
        published=given.published or article.published,
    )
    outlet, note = _outlet_id(article.outlet, root / "briefings", display)
    article = replace(article, outlet=outlet)
    found += note
    seed_id = seed_id or slug(article.headline)
    refused_id = _refused_id(seed_id, display)
    if refused_id:
        return Imported(None, None, [*found, refused_id])
    target = seeds / f"{seed_id}.md"
    refused = _refusals(article, target, root, display, force)
    if refused:  # what to check in a seed that is not written would only distract
        return Imported(None, None, found + refused)
    found += _notes(article, relpath(target, root), display)
    text = seed_text(article, seed_id, source.name)
    if not dry_run:
        try:
            seeds.mkdir(parents=True, exist_ok=True)
            write_atomic(target, text)
        except OSError as exc:
            message = f"{relpath(target, root)} cannot be written: {exc.strerror or exc}"
            unwritten = Diagnostic(display, 1, 1, "BRF073", message, "check the seeds folder's permissions")
            return Imported(None, None, [*found, unwritten])
    return Imported(target, text, found)


def _refusals(article: Article, target: Path, root: Path, display: str, force: bool) -> list[Diagnostic]:
    """Why the seed cannot be written: its text is another seed's, or the seed exists (without ``force``)."""
    refused = []
    for other in already_imported(target.parent, article.body, root):
        if other == target.stem:
            continue
        seed = f"seeds/{other}.md"
        message = f"this article is already imported as {seed}"
        hint = (
            f"to rename it: git mv {seed} {relpath(target, root)}, set its id to '{target.stem}' and update the "
            f"briefings' references to '{other}'; or delete {seed} first, then import again"
        )
        refused.append(Diagnostic(display, 1, 1, "BRF034", message, hint))
    if target.exists() and not force:
        message = f"{relpath(target, root)} already exists"
        refused.append(
            Diagnostic(display, 1, 1, "BRF032", message, "choose another --id, or pass --force to replace it")
        )
    return refused


def already_imported(seeds: Path, body: str, root: Path) -> list[str]:
    """Ids of the seeds whose body is this text, compared the way quotes are (typography forgiven)."""
    if not seeds.is_dir():
        return []
    wanted = normalise(body)
    same = []
    for path in sorted(seeds.glob("*.md")):
        seed, _ = load_seed(path, root)
        if seed is not None and normalise(seed.body) == wanted:
            same.append(path.stem)
    return same


def _notes(article: Article, seed: str, display: str) -> list[Diagnostic]:
    """Warnings about what the annotator should look at: a drafted headline, a missing date."""
    notes = []
    if article.drafted:
        notes.append(
            Diagnostic(
                display,
                1,
                1,
                "BRF033",
                f"headline drafted from the first sentence: {article.drafted}",
                f"rewrite the headline in {seed} (it is marked headline_by: annotator), "
                'or import again with --headline "…" --force',
            )
        )
    if article.published is None:
        notes.append(
            Diagnostic(
                display,
                1,
                1,
                "BRF035",
                "no publication date found",
                f'add published: "YYYY-MM-DD" to {seed}, or inferred_date with your reason; '
                "or import again with --published YYYY-MM-DD --force",
            )
        )
    return notes


def _outlet_id(name: str | None, briefings: Path, display: str) -> tuple[str | None, list[Diagnostic]]:
    """The outlet registry's id for an outlet named on the page or with ``--outlet``, with a warning when it has none.

    A name or id the registry knows (any case) gives its id; otherwise the id is made from the name,
    and the warning gives the registry entry to paste (``check`` reports the outlet until it is added).
    """
    if not name:
        return None, []
    known: dict[str, str] = {}
    path = briefings / "outlets.yaml"
    if path.is_file():
        doc, _ = load_yaml(path, briefings.parent)
        raw = doc.data.get("outlets") if doc is not None and isinstance(doc.data, dict) else None
        for item in raw if isinstance(raw, list) else []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                known[item["id"].lower()] = item["id"]
                if isinstance(item.get("name"), str):
                    known[item["name"].strip().lower()] = item["id"]
    if name.strip().lower() in known:
        return known[name.strip().lower()], []
    outlet_id = slug(name, 6)
    entry = (
        f'  - id: "{outlet_id}"\n    name: {json.dumps(name, ensure_ascii=False)}\n    kind: "newspaper"  # {_KINDS}'
    )
    message = f"outlet '{name}' is not in briefings/outlets.yaml; the seed names it '{outlet_id}'"
    return outlet_id, [Diagnostic(display, 1, 1, "BRF037", message, f"add it under 'outlets:':\n{entry}")]


_KINDS = 'or wire, broadcaster, state-media, official, other; add country: "GB" (ISO code, in quotes)'


def _refused_id(seed_id: str, display: str) -> Diagnostic | None:
    """Why a seed may not have this id (the rules every id follows), or ``None``; checked before writing."""
    if not re.fullmatch(ID_PATTERN, seed_id):
        hint = f"use lower-case letters, digits and hyphens, e.g. --id {slug(seed_id)}"
        return Diagnostic(display, 1, 1, "BRF024", f"'{seed_id}' is not a valid id", hint)
    if len(seed_id) > MAX_ID_LENGTH:
        message = f"'{seed_id[:20]}…' is too long for an id ({len(seed_id)} characters, at most {MAX_ID_LENGTH})"
        return Diagnostic(display, 1, 1, "BRF024", message, "give a shorter --id")
    if seed_id in RESERVED_IDS or SOURCE_PERIODS.fullmatch(seed_id):
        page = "the list of all sources" if seed_id in RESERVED_IDS else "a page of the list of sources by period"
        message = f"id '{seed_id}' is reserved: sources/{seed_id}.md is {page}"
        return Diagnostic(display, 1, 1, "BRF046", message, f"give another --id, e.g. --id {seed_id}-source")
    return None


def write_atomic(target: Path, content: str | bytes) -> None:
    """Write a file (text as UTF-8) so that a reader sees either the old or the new one, never half."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _mode_for(target))  # mkstemp makes the file private; it gets the mode a new file would
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
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
