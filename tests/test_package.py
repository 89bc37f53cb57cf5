"""The package as a user gets it: a wheel installed in a fresh virtual environment.

The site is built from a folder holding only ``mkdocs.yml``, ``seeds/`` and
``briefings/`` (and the empty ``docs/`` MkDocs insists on): the stylesheets,
scripts and header partial must come from the installed package. Then an
existing site with its own home page, a blog, tags, mkdocs-rss-plugin,
git-revision-date-localized and mkdocs-minify-plugin takes the briefings under a
folder, as docs/guide/existing-site.md shows it. The wheel is built once, in one
virtual environment, for the whole module (its own xdist group).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from email.parser import Parser
from importlib.metadata import version
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator import __version__
from generator.site import theming
from tests.conftest import ROOT
from tests.test_citizen import BLOG_DOCS, MINIMAL, WITH_PLUGINS, commit_all, make_project

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
pytestmark = pytest.mark.xdist_group("wheel")


def test_jinja2_is_required_without_its_known_sandbox_escapes() -> None:
    """The templates run in Jinja2's sandbox; releases before 3.1.6 have known ways out of it."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    (jinja2,) = [d.replace(" ", "") for d in dependencies if d.lower().startswith("jinja2")]
    assert jinja2.lower() == "jinja2>=3.1.6"
    assert tuple(int(part) for part in version("jinja2").split(".")[:3]) >= (3, 1, 6)


def _run(*cmd: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a command in ``cwd`` (never this checkout, whose ``generator/`` would be imported instead)."""
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{' '.join(map(str, cmd))}:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout's files (as git would hand them out: no caches)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "generator", src / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    built = _run(sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--wheel-dir", tmp / "dist", src, cwd=tmp)
    (tmp / "build.log").write_text(built.stdout + built.stderr, encoding="utf-8")
    (found,) = (tmp / "dist").glob("*.whl")
    return found


def test_the_wheel_holds_every_file_of_the_package(wheel: Path) -> None:
    """Every module, template, theme file and schema under generator/ (setuptools once had to be told each folder)."""
    names = set(zipfile.ZipFile(wheel).namelist())
    files = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*") if p.is_file()}
    files = {f for f in files if "__pycache__" not in f}
    assert files - names == set()
    assert {n for n in names - files if not n.startswith("briefing_generator-")} == set()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_the_build_prints_no_setuptools_warning(wheel: Path) -> None:
    log = (wheel.parent.parent / "build.log").read_text(encoding="utf-8")
    assert "Warning:" not in log and "is absent from the `packages` configuration" not in log


def test_the_metadata_has_a_licence_classifiers_and_the_extras(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (path,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        meta = Parser().parsestr(archive.read(path).decode("utf-8"))
    assert meta["License-Expression"] == "MIT"
    assert "Framework :: MkDocs" in meta.get_all("Classifier")
    assert {"import", "sqlite", "test"} <= set(meta.get_all("Provides-Extra"))
    requires = meta.get_all("Requires-Dist")
    base = [r for r in requires if "extra ==" not in r]
    for name, extra in (("trafilatura", "import"), ("sqlite-utils", "sqlite"), ("lxml-html-clean", "import")):
        assert not [r for r in base if r.lower().replace("_", "-").startswith(name)], f"{name} in the base install"
        assert [r for r in requires if r.lower().replace("_", "-").startswith(name) and f'extra == "{extra}"' in r]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin/`` of a fresh virtual environment with the wheel built from this checkout installed."""
    tmp = tmp_path_factory.mktemp("venv")
    venv.create(tmp / "venv", with_pip=False)
    python = tmp / "venv" / "bin" / "python"
    _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet", wheel, cwd=tmp
    )
    # Its dependencies (MkDocs, Material, Pagefind...) from this environment, so the test needs no network. Added
    # after the install, as a plain path: pip never sees this checkout's own editable install, and the .pth files
    # that make it importable are not read.
    purelib = _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp).stdout.strip()
    (Path(purelib) / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return python.parent


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """All a project needs: mkdocs.yml with the theme and the two plugins (no theme folder, no extra_css, no
    copies of the package's files), seeds/, briefings/ and the empty docs/ MkDocs insists on."""
    return make_project(tmp_path_factory.mktemp("fresh"), MINIMAL)


def test_the_wheel_is_what_runs(installed: Path) -> None:
    code = (
        "import generator, importlib.metadata as m; print(generator.__file__); print(m.version('briefing-generator'))"
    )
    where, version = _run(installed / "python", "-c", code, cwd=installed).stdout.split()
    assert Path(where).is_relative_to(installed.parent), f"generator imported from {where}, not from the wheel"
    assert version == __version__


def test_console_script_has_the_commands_and_the_version(installed: Path, project: Path) -> None:
    briefings = installed / "briefings"
    assert _run(briefings, "--version", cwd=project).stdout.strip() == f"briefings {__version__}"
    assert "No problems found." in _run(briefings, "check", "--strict", cwd=project).stdout
    usage = _run(briefings, "--help", cwd=project).stdout
    assert usage.startswith("usage: briefings ")
    for command in ("check", "render", "import", "schema"):
        assert command in usage


def test_a_project_of_inputs_only_builds_a_styled_searchable_site(installed: Path, project: Path) -> None:
    site = project / "site"
    _run(installed / "python", "-m", "mkdocs", "build", "--strict", "-d", site, cwd=project)
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    linked = {link["href"] for link in home.select('link[rel="stylesheet"]')}
    loaded = {script["src"] for script in home.select("script[src]")}
    assert set(theming.stylesheets(search=True)) <= linked
    assert set(theming.scripts(search=True)) <= loaded
    for path in [*theming.STYLESHEETS, *theming.SCRIPTS, *theming.SEARCH_STYLESHEETS, *theming.SEARCH_SCRIPTS]:
        assert (site / path).is_file(), f"{path} is linked but not in the site"
    assert home.select_one('header #bp-search[role="search"]') is not None, "no search box in the header"
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert (site / "briefings" / "harbour-ferry" / "index.html").is_file()
    assert not (site / "mkdocs_theme.yml").exists()


def test_an_existing_site_with_a_blog_tags_and_other_plugins_takes_the_briefings_under_a_folder(
    installed: Path, tmp_path: Path
) -> None:
    """The closing test of issue 22: the wheel, a site with its own home page, Material's blog and tags,
    mkdocs-rss-plugin, git-revision-date-localized and mkdocs-minify-plugin, the briefings mounted under
    ``briefings/`` (the configuration docs/guide/existing-site.md shows)."""
    project = make_project(tmp_path, WITH_PLUGINS, BLOG_DOCS)
    commit_all(project)
    _run(installed / "python", "-m", "mkdocs", "build", "--strict", cwd=project)
    site = project / "site"
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.select_one("h1").get_text(strip=True) == "Harbour notes"
    for path in ("briefings/index.html", "briefings/briefings/harbour-ferry/index.html", "briefings/feed.xml"):
        assert (site / path).is_file(), path
    assert (site / "blog" / "2025" / "07" / "20" / "the-ferry-vote" / "index.html").is_file()
    assert (site / "tags" / "index.html").is_file() and (site / "feed_rss_created.xml").is_file()
    briefing = BeautifulSoup(
        (site / "briefings/briefings/harbour-ferry/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    updated = briefing.select_one(".git-revision-date-localized-plugin-date")
    assert updated is not None and updated.get_text(strip=True) == "January 2, 2025"


def test_the_guide_shows_the_configuration_the_test_builds() -> None:
    guide = (ROOT / "docs" / "guide" / "existing-site.md").read_text(encoding="utf-8")
    shown = [line.split("#")[0].rstrip() for line in WITH_PLUGINS.splitlines() if "font:" not in line]
    for line in shown:
        if line.strip() and not line.startswith("site_"):
            assert line in guide, f"docs/guide/existing-site.md does not show {line!r}"
