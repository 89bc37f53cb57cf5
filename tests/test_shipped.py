"""The shipped project (mkdocs.yml, docs/, briefings/, seeds/) builds, with MkDocs and with ProperDocs.

Nothing here reads what the story says (tests pin the tool on the fixture in
tests/fixtures/story/): an analyst who edits the shipped briefing keeps these
green as long as the site still builds. The annotations' own warnings (a source
not cited yet, a draft waiting) are the analyst's to settle before publishing
(`make check`, `make site` and the publishing workflow are strict); here any other
warning fails, as `mkdocs build --strict` would: a page the tool built wrong.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project
from tests.search_support import indexed_pages

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
#: ``<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2">``: names the builder and its version.
GENERATOR_META = re.compile(r'<meta name="generator" content="[^"]*">')


#: a warning about the annotations, as the plugin logs it (``WARNING -  seeds/x.md:1:1: warning: … [BRF061]``)
ANNOTATION_WARNING = re.compile(r"WARNING\s+-\s+\S+:\d+:\d+: warning: .* \[BRF\d{3}\]")


def build(builder: str, project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``python -m <builder> build`` of the project into ``out``."""
    cmd = [sys.executable, "-m", builder, "build", "-f", str(project / "mkdocs.yml"), "-d", str(out)]
    return subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=ENV, timeout=300)


def tool_warnings(result: subprocess.CompletedProcess[str]) -> list[str]:
    """Every warning of the build but the annotations' own: what ``--strict`` would fail on, less those."""
    lines = (result.stdout + result.stderr).splitlines()
    return [line for line in lines if "WARNING" in line and not ANNOTATION_WARNING.fullmatch(line.strip())]


@pytest.fixture(scope="module")
def mkdocs_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    """``mkdocs build`` of a copy of the shipped project: (the run, the site folder)."""
    project = copy_project(ROOT, tmp_path_factory.mktemp("shipped"))
    return build("mkdocs", project, project / "site"), project / "site"


@pytest.fixture(scope="module")
def mkdocs_site(mkdocs_build: tuple[subprocess.CompletedProcess[str], Path]) -> Path:
    result, site = mkdocs_build
    if result.returncode != 0:
        pytest.fail(
            "the shipped site does not build (test_the_shipped_site_builds_with_no_warning_of_the_tool says why)"
        )
    return site


def test_the_shipped_site_builds_with_no_warning_of_the_tool(
    mkdocs_build: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    result, site = mkdocs_build
    assert result.returncode == 0, result.stdout + result.stderr
    assert tool_warnings(result) == [], result.stdout + result.stderr
    for briefing in (ROOT / "briefings").glob("*.yaml"):
        if briefing.name not in ("actors.yaml", "outlets.yaml"):  # the registries
            assert (site / "briefings" / briefing.stem / "index.html").is_file(), f"no page for {briefing.name}"
    for seed in (ROOT / "seeds").glob("*.md"):
        assert (site / "sources" / seed.stem / "index.html").is_file(), f"no page for seed {seed.name}"
    assert (site / "pagefind" / "pagefind-entry.json").is_file()


def _content(path: Path) -> bytes:
    """A built file as it matters to a reader: HTML without the generator's name, gzip unpacked (its header has a time)."""
    data = path.read_bytes()
    if path.suffix == ".html":
        return GENERATOR_META.sub("", data.decode("utf-8")).encode("utf-8")
    return gzip.decompress(data) if path.suffix == ".gz" else data


def test_properdocs_builds_the_same_site(mkdocs_site: Path, tmp_path: Path) -> None:
    project = copy_project(ROOT, tmp_path / "project")
    out = tmp_path / "properdocs-site"
    result = build("properdocs", project, out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert tool_warnings(result) == [], result.stdout + result.stderr
    assert "ProperDocs" in GENERATOR_META.findall((out / "index.html").read_text(encoding="utf-8"))[0]
    files = sorted(p.relative_to(mkdocs_site) for p in mkdocs_site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert Path("briefings/index.html") in files, "the generated pages are there"
    # Pagefind's bundle is not byte for byte the same from one run to the next (pages are indexed in parallel):
    # what it holds is compared instead.
    differ = [str(f) for f in files if f.parts[0] != "pagefind" and _content(mkdocs_site / f) != _content(out / f)]
    assert not differ, f"ProperDocs built these differently: {differ[:10]}"
    indexed = indexed_pages(mkdocs_site)
    assert "/briefings/" in indexed
    assert indexed_pages(out) == indexed


ARTICLE = """Harbour pilots back the new ferry timetable

The harbour pilots' association said on Tuesday that it supports the new ferry timetable ({mark}). "It keeps the
channel clear at the busiest hour," its chair said.
"""


def test_an_article_imported_and_not_yet_cited_keeps_the_tests_green(tmp_path: Path) -> None:
    """Issue 11: an analyst imports an article before annotating it; only the strict gates wait for the citation."""
    project = copy_project(ROOT, tmp_path / "project")
    seed_id = f"test-import-{uuid.uuid4().hex[:12]}"  # no shipped seed has it, whatever the analysts imported
    (tmp_path / "pilots.txt").write_text(ARTICLE.format(mark=seed_id), encoding="utf-8")
    run = [sys.executable, "-m", "generator"]
    done = subprocess.run(
        [*run, "import", str(tmp_path / "pilots.txt"), "--id", seed_id, "--published", "2025-09-10"],
        cwd=project,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    seed = project / "seeds" / f"{seed_id}.md"
    assert seed.is_file()
    check = subprocess.run([*run, "check"], cwd=project, capture_output=True, text=True, env=ENV, timeout=120)
    assert check.returncode == 0 and "warning:" in check.stdout + check.stderr, check.stdout + check.stderr
    strict = subprocess.run(
        [*run, "check", "--strict"], cwd=project, capture_output=True, text=True, env=ENV, timeout=120
    )
    assert strict.returncode == 1, "the strict gate still asks for the citation"
    result = build("mkdocs", project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert tool_warnings(result) == [], result.stdout + result.stderr
    assert ANNOTATION_WARNING.search(result.stdout + result.stderr), "the annotation warning is still said"
    assert (tmp_path / "site" / "sources" / seed.stem / "index.html").is_file()


@pytest.mark.parametrize(
    ("value", "expected"), [("https://owner.github.io/briefings", "https://owner.github.io/briefings/"), ("", None)]
)
def test_the_site_url_comes_from_the_environment(
    value: str, expected: str | None, monkeypatch: pytest.MonkeyPatch, fresh_plugins: None
) -> None:
    """The example workflow (docs/guide/publishing.md) publishes with SITE_URL set; unset or empty, there is none."""
    from mkdocs.config import load_config

    from generator.site.addresses import site_settings

    monkeypatch.setenv("SITE_URL", value)
    assert load_config(config_file=str(ROOT / "mkdocs.yml")).site_url == expected
    assert site_settings(ROOT).site.site_url == (expected or ""), "export reads mkdocs.yml as MkDocs does"
