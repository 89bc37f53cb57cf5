"""The shipped project (mkdocs.yml, docs/, briefings/, seeds/) builds: with MkDocs, strictly, and with ProperDocs.

Nothing here reads what the story says (tests pin the tool on the fixture in
tests/fixtures/story/): an analyst who edits the shipped briefing keeps these
green as long as the site still builds.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project
from tests.search_support import indexed_pages

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
#: ``<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2">``: names the builder and its version.
GENERATOR_META = re.compile(r'<meta name="generator" content="[^"]*">')


def build(builder: str, project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``python -m <builder> build --strict`` of the project into ``out``."""
    cmd = [sys.executable, "-m", builder, "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(out)]
    return subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=ENV, timeout=300)


@pytest.fixture(scope="module")
def mkdocs_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    """``mkdocs build --strict`` of a copy of the shipped project: (the run, the site folder)."""
    project = copy_project(ROOT, tmp_path_factory.mktemp("shipped"))
    return build("mkdocs", project, project / "site"), project / "site"


@pytest.fixture(scope="module")
def mkdocs_site(mkdocs_build: tuple[subprocess.CompletedProcess[str], Path]) -> Path:
    result, site = mkdocs_build
    if result.returncode != 0:
        pytest.fail("the shipped site does not build (test_the_shipped_site_builds_strictly says why)")
    return site


def test_the_shipped_site_builds_strictly(mkdocs_build: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    result, site = mkdocs_build
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr
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


@pytest.mark.parametrize(
    ("value", "expected"), [("https://owner.github.io/briefings", "https://owner.github.io/briefings/"), ("", None)]
)
def test_the_site_url_comes_from_the_environment(
    value: str, expected: str | None, monkeypatch: pytest.MonkeyPatch, fresh_plugins: None
) -> None:
    """The example workflow (docs/guide/publishing.md) publishes with SITE_URL set; unset or empty, there is none."""
    from mkdocs.config import load_config

    from generator.layout import site_settings

    monkeypatch.setenv("SITE_URL", value)
    assert load_config(config_file=str(ROOT / "mkdocs.yml")).site_url == expected
    assert site_settings(ROOT).site_url == (expected or ""), "export reads mkdocs.yml as MkDocs does"
