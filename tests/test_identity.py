"""The site's identity: every id it publishes (feeds, web annotations) is made under its own prefix.

The prefix is the plugin's ``identity`` option, else ``site_url``; two sites never share
ids, a site's ids are the same from build to build, and an ``identity`` that cannot
prefix ids is refused by ``check`` (BRF136) and by MkDocs' own config validation.
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from generator.cli import main
from generator.data.downloads import downloads
from generator.model import Site
from generator.site import identity
from generator.site.addresses import read_site_settings, site_settings
from generator.site.identity import SiteIdentity
from tests.conftest import linked_site, strict_build

ATOM = "{http://www.w3.org/2005/Atom}"


def ids(site: Site, base_url: str, setting: str = "") -> list[str]:
    """Every id of the site's published files: the Atom feed's and its entries', JSON Feed's, the annotations'."""
    files = downloads(site, SiteIdentity("Briefings", base_url, identity=setting))
    feed = ET.fromstring(files["feed.xml"])
    found = [e.text or "" for e in feed.iter(f"{ATOM}id")]
    found += [item["id"] for item in json.loads(files["feed.json"])["items"]]
    annotations = json.loads(files["data/web-annotations.jsonld"])
    found += [annotations["id"], annotations["first"]["id"], *(a["id"] for a in annotations["first"]["items"])]
    return found


def test_ids_are_made_under_the_site_address(mini: Path) -> None:
    site = linked_site(mini)
    one, other = ids(site, "https://one.example/news/"), ids(site, "https://other.example/")
    editions = sum(len(b.editions) for b in site.briefings)
    assert len(one) > 10 and len(set(one)) == len(one) - editions, "the feeds share their entries' ids, nothing else"
    assert all(i.startswith("https://one.example/news/") for i in one), one
    assert all(i.startswith("https://other.example/") for i in other), other
    assert not set(one) & set(other), "two sites share no id"
    assert ids(linked_site(mini), "https://one.example/news/") == one, "the same from build to build"
    assert "https://one.example/news/briefings/harbour-ferry/2025-07-15" in one


def test_the_identity_option_names_the_ids_wherever_the_site_is(mini: Path) -> None:
    site = linked_site(mini)
    tagged = ids(site, "https://one.example/", "tag:example.org,2025:")
    assert all(i.startswith("tag:example.org,2025:") for i in tagged), tagged
    assert ids(site, "https://moved.example/", "tag:example.org,2025:") == tagged, "moving the site keeps them"
    assert "tag:example.org,2025:feed" in tagged


def test_a_site_with_neither_shares_the_unowned_prefix(mini: Path) -> None:
    assert all(i.startswith(identity.UNOWNED) for i in ids(linked_site(mini), "") if i), "documented"


def test_the_identity_option_is_read_from_mkdocs_yml(mini: Path) -> None:
    config = mini / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - briefings\n", "  - briefings:\n      identity: 'urn:example:'\n"), "utf-8")
    assert site_settings(mini).site.identity == "urn:example:"
    assert load_config(config_file=str(config)).plugins["briefings"].config.identity == "urn:example:"


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("example.org", "has no scheme"),
        ("tag:example.org,2025", "must end in ':', '/' or '#'"),
        ("tag:example org,2025:", "holds a character a URI may not"),
    ],
)
def test_an_identity_that_cannot_prefix_ids_is_refused(
    mini: Path, value: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config = mini / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - briefings\n", f"  - briefings:\n      identity: '{value}'\n"), "utf-8")
    (problem,) = read_site_settings(mini)[1]
    assert problem.code == "BRF136" and says in problem.message
    assert problem.line == text.splitlines().index("  - briefings") + 2, "the option's line"
    assert main(["--project", str(mini), "check"]) == 1
    assert "BRF136" in capsys.readouterr().err
    with pytest.raises(Abort):  # mkdocs build and serve stop on it as on any bad option
        load_config(config_file=str(config))


@pytest.mark.parametrize("parallel", [True, False])
def test_mkdocs_build_publishes_the_ids_under_the_identity_option(mini: Path, tmp_path: Path, parallel: bool) -> None:
    """In the build's second process (parallel) and in MkDocs' own, the downloads take the option."""
    config = mini / "mkdocs.yml"
    option = f"  - briefings:\n      identity: 'tag:example.org,2025:'\n      parallel: {str(parallel).lower()}\n"
    config.write_text(config.read_text(encoding="utf-8").replace("  - briefings\n", option), "utf-8")
    site = tmp_path / "site"
    done = strict_build(mini, site)
    assert done.returncode == 0, done.stderr
    feed = ET.fromstring((site / "feed.xml").read_bytes())
    assert [e.text for e in feed.iter(f"{ATOM}id")][:2] == [
        "tag:example.org,2025:feed",
        "tag:example.org,2025:briefings/harbour-ferry/2025-07-15",
    ]
    annotations = json.loads((site / "data/web-annotations.jsonld").read_bytes())
    assert annotations["id"] == "tag:example.org,2025:annotations"
