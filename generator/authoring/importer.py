"""Turn a raw article (a saved web page or a text file) into a seed: front matter plus the exact body.

A web page (HTML) goes through trafilatura, which finds the article's text and
the page's headline, publication date, site name and address in its metadata;
the site's furniture around the headline and in the text is taken out
(:mod:`generator.authoring.furniture`), and a page whose text is much shorter
than its JSON-LD ``articleBody`` gets that instead.

A text file is read in one of these shapes:

* a first line ``date YYYY-MM-DD Headline``: the date and headline move into
  front matter (``date YYYY-MM-DD`` alone on the line works too);
* an image caption printed twice (``CaptionCaption``): the caption moves into
  front matter;
* a headline, a blank line, then the body.

The body is always the whole article: nothing of the article is ever dropped from it. A first
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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.authoring.furniture import clean_headline, drop_furniture
from generator.authoring.outlets import NewOutlet, left_out, resolve_outlet
from generator.authoring.page_meta import PageMeta, home_page, page_meta
from generator.diagnostics import Diagnostic, errors, extra_missing, missing_extra, relpath
from generator.inputs.editor import schema_line
from generator.inputs.load import MAX_BYTES, MAX_LINE, load_seed, parse_seed, read_bytes, read_text
from generator.inputs.load import Refused as Unreadable
from generator.inputs.matching import normalise
from generator.inputs.schema import ID_PATTERN, MAX_ID_LENGTH, RESERVED_IDS, SOURCE_PERIODS
from generator.inputs.slugs import slug
from generator.validate.cache import seed_of
from generator.vocabulary import HeadlineBy
from generator.writing import Output, Refused, write_file

#: A first line longer than this is a paragraph, not a headline.
HEADLINE_MAX = 150
#: A drafted headline is cut (at a word, with "…") to this length.
DRAFT_MAX = 120
#: File name endings read as web pages (other files are too when they start like one).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
#: A saved web page may be this large: saved "complete", a page carries its scripts and styles, which are
#: taken out before its article is looked for (a text file, like a seed, stays within ``MAX_BYTES``).
MAX_PAGE_BYTES = 32 * 1024 * 1024

_DATED = re.compile(r"^date (\d{4}-\d{2}-\d{2})(?: +(\S.*))?$")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")
_SENTENCE_END = re.compile(r"\.[\"'”’)]*\s+(?=[\"“‘'(]?[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_PAGE_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html)\b", re.IGNORECASE | re.DOTALL)
#: A carriage return left after ``read_text`` made CRLF a line feed (alone, or doubled before one): a line end
_CARRIAGE_RETURN = re.compile("\r\n?")


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
    #: the line of the raw file the body starts on (``None``: a web page's text, no line of the file)
    body_line: int | None = None
    #: the outlet's country (ISO code) from the page's metadata or domain, when it says
    country: str | None = None
    #: for a web page, the words trafilatura found when the body is the page's JSON-LD ``articleBody`` or
    #: script data instead (which: ``body_from``)
    extracted_words: int | None = None
    body_from: str | None = None
    #: whether the body is a web page's (whose length says whether the article was found)
    from_page: bool = False


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
    #: the outlet added to the registry (or, with a dry run, that would be)
    outlet_added: NewOutlet | None = None


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
        kept = first.lstrip()[dated.start(2) :]  # as it is, with the white space strip() took for the match
        return _headed(kept + "\n" + rest, headline, f"the line after the date {why}; it stays in the body", published)
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


#: What reading a saved web page needs beyond the base install: the ``import`` extra.
PAGE_READER = ("trafilatura", "lxml_html_clean")


def parse_page(html: str | bytes, headline: str | None = None) -> Article | None:
    """The article in a saved web page, with what its metadata says; ``None`` when it has no article text.

    The body is trafilatura's text, whole: its white space may differ from the
    page's, its words do not, and nothing is taken out of it.
    """
    from trafilatura import bare_extraction  # only web pages need it; it takes a moment to load
    from trafilatura.settings import Document

    tree = _without_scripts(html)
    if tree is None:
        return None
    found = bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        prune_xpath="//noscript",  # "please enable JavaScript" is no article text
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    meta = page_meta(html if isinstance(html, str) else html.decode("utf-8", "replace"))
    text = str(found.text or "") if isinstance(found, Document) else ""
    body, extracted, body_from = _body(text, meta)
    if not isinstance(found, Document) or not body.strip():
        return None
    published = found.date if isinstance(found.date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found.date) else None
    url = found.url if isinstance(found.url, str) and re.fullmatch(r'https?://[^\s<>"]+', found.url) else None
    named = found.sitename.strip() if isinstance(found.sitename, str) and found.sitename.strip() else None
    outlet = meta.outlet(named, url)
    country = meta.country(url)
    title = headline or (_headline(found.title, named, outlet, url) if isinstance(found.title, str) else "")
    body, title = _opening_headline(body, title, given=headline is not None)
    page = Article(title, HeadlineBy.ARTICLE.value, body, published, outlet=outlet, url=url, country=country)
    page = replace(page, extracted_words=extracted, body_from=body_from, from_page=True)
    if title:
        return page
    return replace(page, headline=draft_headline(body), headline_by=HeadlineBy.ANNOTATOR.value, drafted=NO_TITLE)


def _headline(title: str, named: str | None, outlet: str | None, url: str | None) -> str:
    """The page's title without the site's furniture: the name trafilatura found, then the outlet's name."""
    title = clean_headline(title, named, url)
    return clean_headline(title, outlet, url) if outlet != named else title


NO_TITLE = "the page has no title"
#: A web page's body of fewer words than this is likely not the whole article.
SHORT_BODY = 40
#: The JSON-LD ``articleBody`` is taken when the extracted text has less than this share of its words.
JSON_LD_SHARE = 0.5


#: Where a web page's body came from when not from the text trafilatura found.
JSON_LD, SCRIPT_DATA = "json-ld", "script"
#: A line of the text found this long or longer, found again in the script data, says the two are one article.
SHARED_LINE_WORDS = 8


def _body(extracted: str, meta: PageMeta) -> tuple[str, int | None, str | None]:
    """The article's body: trafilatura's text, or the JSON-LD ``articleBody`` when that is much longer, or the
    article in the page's script data when that is much longer and holds a long line of the text found.

    The second value is the extracted text's word count when another body was taken, else ``None``; the
    third, where that body came from.
    """
    words = len(extracted.split())
    if meta.article_body is not None and words < JSON_LD_SHARE * len(meta.article_body.split()):
        return drop_furniture(tidy(meta.article_body.replace("\r\n", "\n").replace("\r", "\n")))[0], words, JSON_LD
    script = meta.script_body
    if script is not None and words < JSON_LD_SHARE * len(script.split()) and _shares_a_line(extracted, script):
        return drop_furniture(tidy(script))[0], words, SCRIPT_DATA
    return drop_furniture(tidy(extracted))[0], None, None


def _shares_a_line(extracted: str, other: str) -> bool:
    """Whether a line of at least :data:`SHARED_LINE_WORDS` words of the text found is in ``other``."""
    other = normalise(other)
    lines = (line for line in extracted.split("\n") if len(line.split()) >= SHARED_LINE_WORDS)
    return any(normalise(line) in other for line in lines)


def _opening_headline(body: str, title: str, given: bool) -> tuple[str, str]:
    """The body and headline when the text opens with the headline (the page's heading above the article).

    That line is the seed's headline, not the body's first line: it leaves the body, and, unless the headline
    was given, the headline is the line as the page writes it for its reader (its quotes, its capitals), where
    the page's metadata may have another form of it. Any other first line stays.
    """
    first, _, rest = body.partition("\n")
    if not title or not rest.strip() or normalise(first).casefold() != normalise(title).casefold():
        return body, title
    return rest, title if given else first.strip()


def tidy(body: str) -> str:
    """A page's text with each line's surrounding white space and the blank lines between paragraphs taken out.

    An indented line would be read as code by Markdown; no word is dropped or changed.
    """
    return "\n".join(line.strip() for line in body.split("\n") if line.strip())


def _without_scripts(html: str | bytes) -> Any:
    """The page parsed as trafilatura parses it (an lxml tree, or ``None``), without its scripts and styles.

    A page saved complete can carry megabytes of them; no article text is in them, and trafilatura
    drops them itself, after reading the page's metadata (``application/ld+json`` among it).
    """
    from trafilatura import load_html

    tree = load_html(html)
    if tree is None:
        return None
    for element in tree.xpath("//script[not(contains(@type, 'json'))] | //style"):
        element.drop_tree()  # its tail, the text after it, stays
    return tree


# --- Seeds -------------------------------------------------------------------------------

#: Characters a YAML double-quoted string may not hold as they are (or that it would read as a line break).
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def yaml_string(text: str) -> str:
    """``text`` as a YAML double-quoted string that reads back as exactly ``text`` (``\\"``, ``\\\\``, ``\\uXXXX``).

    The same rule as ``yamlString`` in ``theme/assets/briefings/evidence.js``.
    """
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def seed_text(article: Article, seed_id: str, imported_from: str) -> str:
    """The seed file: YAML front matter (every string double-quoted, read back exactly) and the body."""
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
    lines = ["---", schema_line("seed")]
    lines += [f"{k}: {yaml_string(v)}" for k, v in fields.items() if v is not None]
    body = article.body if article.body.endswith("\n") else article.body + "\n"
    return "\n".join([*lines, "---", ""]) + body


def read_article(source: Path, root: Path, headline: str | None = None) -> tuple[Article | None, list[Diagnostic]]:
    """A raw article read from a web page or a text file, or ``None`` with the reason."""
    text, found = read_text(source, root)
    article: Article | None
    if text is not None and is_page(source, text):
        if unable := _no_page_reader(source, root):
            return None, [unable]
        article = parse_page(text, headline)
    elif text is not None:
        text = _CARRIAGE_RETURN.sub("\n", text)  # a line end, as an editor shows it: the seed reads back the same
        article = parse_article(text, headline)
        if article.body and text.endswith(article.body):
            article = replace(article, body_line=text.count("\n", 0, len(text) - len(article.body)) + 1)
    elif [d.code for d in found] in (["BRF002"], ["BRF005"]):
        # a page saved in another encoding says which in its markup, and trafilatura reads it; a page saved
        # complete may be larger than a text file can be: its scripts and styles are taken out first
        html, refused = _page_bytes(source, root)
        if html is not None and is_page(source, html[:2048].decode("utf-8", "replace")):
            if unable := _no_page_reader(source, root):
                return None, [unable]
            found, article = [], parse_page(html, headline)
        else:
            return None, refused if html is None and source.suffix.lower() in PAGE_SUFFIXES else found
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


def _no_page_reader(source: Path, root: Path) -> Diagnostic | None:
    """BRF130 when the packages that read a saved web page (the ``import`` extra) are not installed."""
    module = missing_extra(PAGE_READER)
    if module is None:
        return None
    instead = "copy the article's text into a .txt file and import that"
    return extra_missing(relpath(source, root), "reading a saved web page", module, "import", instead)


def _page_bytes(path: Path, root: Path) -> tuple[bytes | None, list[Diagnostic]]:
    """The bytes of a saved web page of at most :data:`MAX_PAGE_BYTES`, or why not."""
    display = relpath(path, root)
    try:
        return read_bytes(path, MAX_PAGE_BYTES), []
    except Unreadable as exc:
        hint = exc.hint
        if exc.code == "BRF005":
            hint = (
                "a saved page this large is mostly scripts, styles and pictures: save it again as "
                "'Web page, HTML only', or copy the article's text into a .txt file and import that"
            )
        return None, [Diagnostic(display, 1, 1, exc.code, exc.message, hint)]
    except OSError as exc:
        return None, [
            Diagnostic(display, 1, 1, "BRF001", f"cannot be read: {exc.strerror}", "check that it is readable")
        ]


def import_article(
    source: Path,
    seeds: Path,
    root: Path,
    seed_id: str | None = None,
    force: bool = False,
    given: Given | None = None,
    dry_run: bool = False,
    register_outlet: bool = True,
    bodies: SeedBodies | None = None,
) -> Imported:
    """Write ``seeds/<id>.md`` from a raw article (with ``dry_run``, only say what would be written).

    Refuses to overwrite a seed without ``force``, and refuses an article whose
    text is already a seed under another id. An outlet the registry lacks is added to it
    (with ``register_outlet``, and not on a dry run), else left out of the seed with a warning.
    ``bodies``, the seeds' bodies read once for many files, learns the seed written; without it
    every seed is read.
    """
    given = given or Given()
    display = escaped(relpath(source, root))
    unnamed = _name_not_text(source, root)
    if unnamed is not None:
        return Imported(None, None, [unnamed])
    article, found = read_article(source, root, given.headline)
    if article is None:
        return Imported(None, None, found)
    article = replace(
        article,
        outlet=given.outlet or article.outlet,
        url=given.url or article.url,
        published=given.published or article.published,
    )
    article, cleaned = _cleaned(article, display)
    imported_from, from_note = clean_field("imported_from", source.name, display)
    found += cleaned + from_note
    made_id = slug(article.outlet, 6) if article.outlet else ""
    home, briefings = home_page(article.url), root / "briefings"
    outlet, added, why = resolve_outlet(article.outlet, made_id, article.country, home, briefings, register_outlet)
    if added is not None and why is not None:
        found.append(left_out(added, why, display))
        added = None
    article = replace(article, outlet=outlet)
    seed_id = seed_id or slug(article.headline)
    target = seeds / f"{seed_id}.md"
    shown = relpath(target, root)
    refused_id = _refused_id(seed_id, display)
    if refused_id:
        return Imported(None, None, [*found, refused_id])
    bodies = bodies if bodies is not None else SeedBodies(seeds, root)
    refused = _refusals(article, target, root, display, force, bodies) or _long_paragraphs(article, display)
    if refused:  # what to check in a seed that is not written would only distract
        return Imported(None, None, found + refused)
    found += _notes(article, shown, display)
    text = seed_text(article, seed_id, imported_from)
    refused = as_check_reads(text, target, root, display)
    if refused:
        return Imported(None, None, found + refused)
    if not dry_run:
        try:
            _write_seed(target, text, added, root, force)
        except Refused as unwritable:  # not a regular file: a pipe, a link, a folder (never replaced)
            return Imported(None, None, [*found, unwritable.diagnostic])
        except OSError as exc:
            message = f"{relpath(exc.filename or target, root)} cannot be written: {exc.strerror or exc}"
            unwritten = Diagnostic(display, 1, 1, "BRF073", message, "check the folder's permissions")
            return Imported(None, None, [*found, unwritten])
        bodies.add(seed_id, article.body)
    return Imported(target, text, found, added)


def _write_seed(target: Path, text: str, added: NewOutlet | None, root: Path, force: bool) -> None:
    """Write the seed, after the outlet it names is registered; a seed not written takes the outlet back out."""
    if added is not None:
        write_file(added.path, added.new, _registry_output(root, added.old), force=False)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file(target, text, Output("import", root, "choose another --id"), force)
    except (Refused, OSError):
        if added is not None and added.old is None:
            added.path.unlink(missing_ok=True)
        elif added is not None and added.old is not None:
            write_file(added.path, added.old, _registry_output(root, added.new), force=False)
        raise


def _registry_output(root: Path, expected: str | None) -> Output:
    """The outlet registry is replaced only while it holds exactly ``expected`` (``None``: while it does not exist)."""
    data = (expected or "").encode("utf-8")
    return Output(
        "import",
        root,
        "add the outlet to briefings/outlets.yaml by hand, or import with --no-register-outlet",
        ours=lambda head: expected is not None and head == data,
        ours_what="the outlet registry as import read it (it changed meanwhile)",
        head=len(data) + 1,
    )


def escaped(text: str) -> str:
    """``text`` with each byte of a file name that is not UTF-8 shown as ``\\xff`` (as Python read it, ``\\udcff``)."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _name_not_text(source: Path, root: Path) -> Diagnostic | None:
    """BRF097 when the file's name is not UTF-8: a seed records the name it was imported from, and cannot this one."""
    try:
        source.name.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return None
    shown = Path(relpath(source, root))
    typed = "".join(chr(b) if 32 < b < 127 and chr(b) not in "'\\" else f"\\x{b:02x}" for b in os.fsencode(shown))
    suffix = escaped(source.suffix) if escaped(source.suffix) == source.suffix else ".txt"
    renamed = shown.parent / (slug(escaped(source.stem)) + suffix)
    message = f"the file name {escaped(source.name)} is not UTF-8 text: a seed records the name it was imported from"
    hint = f"rename the file (in a shell: mv $'{typed}' {renamed}), then import it"
    return Diagnostic(escaped(str(shown)), 1, 1, "BRF097", message, hint)


#: A line break or tab in a front-matter value (which is one line): a run of them becomes one space.
_BREAKS = re.compile("[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")
#: No text at all: C0 and C1 controls, DEL, non-characters, half a surrogate pair (a byte that is not UTF-8,
#: from the command line): taken out (percent-encoded in an address, as a browser sends it).
_NOT_TEXT = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
    + "]"
)
_WHAT = {"\t": "a tab", "\n": "a line break"} | dict.fromkeys("\v\f\r\x1c\x1d\x1e\x85\u2028\u2029", "a line break")
#: what each front-matter field is called in a message, and what to do
_FIELDS = {
    "headline": ("headline", 'check the seed\'s headline, or give it: import again with --headline "…" --force'),
    "outlet": ("outlet's name", 'check the outlet the seed names, or give it: import again with --outlet "…" --force'),
    "url": ("address (url)", 'check the seed\'s url, or give it: import again with --url "…" --force'),
    "caption": ("caption", "check the seed's caption against the article"),
    "imported_from": ("file's name", "the seed records the name so (imported_from); nothing else depends on it"),
}


def clean_text(value: str, address: bool = False) -> tuple[str, str | None]:
    """``value`` as one line of text, and what was changed (``None``: nothing).

    A run of line breaks or tabs becomes one space; a control character, a non-character or half a
    surrogate pair is taken out (with ``address``, percent-encoded). Never silent: the second value says it.
    """
    done: dict[str, str] = {}

    def space(m: re.Match[str]) -> str:
        done.update(dict.fromkeys(m.group(), "became a space"))
        return " "

    def out(m: re.Match[str]) -> str:
        done[m.group()] = "percent-encoded" if address else "taken out"
        raw = m.group().encode("utf-8", "surrogateescape" if "\udc80" <= m.group() <= "\udcff" else "surrogatepass")
        return "".join(f"%{b:02X}" for b in raw) if address else ""

    cleaned = _NOT_TEXT.sub(out, _BREAKS.sub(space, value))
    if not done:
        return value, None
    what = [f"U+{ord(c):04X}{f' ({_WHAT[c]})' if c in _WHAT else _byte(c)} {how}" for c, how in done.items()]
    return cleaned, ", ".join(what)


def _byte(c: str) -> str:
    """What half a surrogate pair in a value from the command line is: a byte that was not UTF-8 (``\\udcff``)."""
    return f" (the byte 0x{ord(c) - 0xDC00:02x}, not UTF-8)" if "\udc80" <= c <= "\udcff" else ""


def clean_field(name: str, value: str, display: str) -> tuple[str, list[Diagnostic]]:
    """One front-matter value cleaned by :func:`clean_text`, with a BRF095 warning when it changed."""
    cleaned, what = clean_text(value, address=name == "url")
    if what is None:
        return value, []
    label, hint = _FIELDS[name]
    return cleaned, [Diagnostic(display, 1, 1, "BRF095", f"control characters in the {label}: {what}", hint)]


def _cleaned(article: Article, display: str) -> tuple[Article, list[Diagnostic]]:
    """The article's front-matter values cleaned (:func:`clean_field`); an empty headline is drafted instead."""
    found: list[Diagnostic] = []

    def clean(name: str, value: str | None) -> str | None:
        if value is None:
            return None
        value, note = clean_field(name, value, display)
        found.extend(note)
        return value

    headline = clean("headline", article.headline) or ""
    outlet, url, caption = clean("outlet", article.outlet), clean("url", article.url), clean("caption", article.caption)
    article = replace(article, headline=headline, outlet=outlet, url=url, caption=caption)
    if not article.headline.strip():
        headline, note = clean_field("headline", draft_headline(article.body), display)
        why = "the headline held nothing but control characters"
        article = replace(article, headline=headline, headline_by=HeadlineBy.ANNOTATOR.value, drafted=why)
        found += note
    return article, found


def _long_paragraphs(article: Article, display: str) -> list[Diagnostic]:
    """BRF096 at the first paragraph (line) of the body over a seed line's limit, counting the others."""
    lines = article.body.split("\n")
    long = [n for n, line in enumerate(lines) if len(line) > MAX_LINE]
    if not long:
        return []
    first = long[0]
    paragraph = sum(1 for line in lines[: first + 1] if line.strip())
    others = len(long) - 1
    more = f" (so {'is' if others == 1 else 'are'} {others} more{' paragraph' + 's' * (others != 1)})" if others else ""
    of = "" if article.body_line else " of the text found in the page"
    message = (
        f"paragraph {paragraph}{of} is {len(lines[first]):,} characters long, over the limit of {MAX_LINE:,} "
        f"for a line of a seed{more}; nothing was written"
    )
    if article.body_line is None:
        hint = "copy the article's text into a .txt file, one paragraph a line as the article has them, and import that"
        return [Diagnostic(display, 1, 1, "BRF096", message, hint)]
    hint = (
        "break it into paragraphs (one a line) where the article does, then import again; a paragraph this "
        "long is usually text pasted without its line breaks"
    )
    return [Diagnostic(display, article.body_line + first, MAX_LINE + 1, "BRF096", message, hint)]


def as_check_reads(text: str, target: Path, root: Path, display: str) -> list[Diagnostic]:
    """The errors ``check`` would find in the seed ``text`` written at ``target``, as refusals of the import.

    The importer makes a seed ``check`` accepts; this reads it as ``check`` would (size, front matter,
    fields, lines), so that should it not, nothing is written.
    """
    shown = relpath(target, root)
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        found = [Diagnostic(shown, 1, 1, "BRF005", f"is larger than {MAX_BYTES // (1024 * 1024)} MiB", "")]
    else:
        seed, found = parse_seed(text, target, shown)
        found += seed_of(seed)[1] if seed is not None else []
    hint = "nothing was written; change what the message names (in the article, its file's name or an option)"
    return [
        Diagnostic(display, 1, 1, d.code, f"{shown}:{d.line}:{d.column} would not pass check: {d.message}", hint)
        for d in errors(found)
    ]


def _refusals(
    article: Article, target: Path, root: Path, display: str, force: bool, bodies: SeedBodies
) -> list[Diagnostic]:
    """Why the seed cannot be written: its text is another seed's, or the seed exists (without ``force``)."""
    refused = []
    for other in bodies.same(article.body):
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


class SeedBodies:
    """Every seed's body in a folder, compared the way quotes are (typography forgiven): read once, then kept
    up to date as seeds are written, so importing many files reads each seed once, not once per file."""

    def __init__(self, seeds: Path, root: Path) -> None:
        self._ids: dict[str, list[str]] = {}
        self._bodies: dict[str, str] = {}
        for path in sorted(seeds.glob("*.md")) if seeds.is_dir() else []:
            seed, _ = load_seed(path, root)
            if seed is not None:
                self.add(path.stem, seed.body)

    def same(self, body: str) -> list[str]:
        """Ids of the seeds whose body is this text, in order of their file names."""
        return sorted(self._ids.get(normalise(body), []))

    def add(self, seed_id: str, body: str) -> None:
        """The seed ``seed_id`` now has this body (a seed written again loses its old one)."""
        old = self._bodies.pop(seed_id, None)
        if old is not None:
            self._ids[old].remove(seed_id)
        self._bodies[seed_id] = key = normalise(body)
        self._ids.setdefault(key, []).append(seed_id)


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
    notes += _body_notes(article, seed, display)
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


#: Where a body came from when the page's text was too short, and what to tell the user: the code, the source, the
#: hint's second half.
_FALLBACKS = {
    JSON_LD: ("BRF120", "the page's JSON-LD articleBody", "its paragraphs may be run together, or its text may differ"),
    SCRIPT_DATA: (
        "BRF143",
        "the article in the page's script data",
        "a caption or a note may be among its lines, or its text may differ",
    ),
}


def _body_notes(article: Article, seed: str, display: str) -> list[Diagnostic]:
    """A web page's body taken from its JSON-LD (BRF120), or so short it is likely not the article (BRF121)."""
    words = len(article.body.split())
    notes = []
    fallback = _FALLBACKS.get(article.body_from or "")
    if article.extracted_words is not None and fallback is not None:
        code, where, differ = fallback
        message = (
            f"the text found in the page is only {article.extracted_words} words; "
            f"the body is {where} instead ({words} words)"
        )
        notes.append(Diagnostic(display, 1, 1, code, message, f"compare {seed} with the page: {differ}"))
    if article.from_page and words < SHORT_BODY:
        message = f"the body is only {words} words: likely a caption or a teaser, not the whole article"
        hint = (
            f"compare {seed} with the page; if the article is missing, copy its text into a .txt file "
            "and import that with --force"
        )
        notes.append(Diagnostic(display, 1, 1, "BRF121", message, hint))
    return notes


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
