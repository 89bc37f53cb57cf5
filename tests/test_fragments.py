"""Parts of Material's template rendered once per set of relative addresses (generator/mkdocs/fragments.py): the
built site is byte for byte what Material's own template gives, with MkDocs' directory URLs on and off, and the
sidebar (for pages outside the navigation), the header's parts and the ``__config`` script are rendered once per
set of relative addresses, not once per page.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import STORY, copy_project
from tests.test_site import build

#: a hook that either takes the plugin's cache away (Material's template alone) or reports what it did
HOOK = """
import json, pathlib
env_seen = {}
def on_env(env, config, files):
    if DROP:
        del env.globals["briefings_nav"], env.globals["briefings_fragment"]
    else:
        env_seen["cache"] = env.globals["briefings_fragment"].__self__
    return env
def on_post_build(config):
    cache = env_seen.get("cache")
    counts = {"reused": dict(cache.reused), "rendered": dict(cache.rendered)} if cache else {}
    pathlib.Path(config.config_file_path).with_name("nav.json").write_text(json.dumps(counts))
"""


def _built(tmp_path: Path, name: str, top: str, drop: bool) -> tuple[Path, dict[str, int]]:
    project = copy_project(STORY, tmp_path / name)
    (project / "hook.py").write_text(HOOK.replace("DROP", str(drop)), encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(top + "hooks: [hook.py]\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    result = build(project, project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    return project / "site", json.loads((project / "nav.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("directory_urls", [True, False])
def test_the_site_is_the_same_and_the_parts_are_rendered_once_per_set_of_addresses(
    tmp_path: Path, directory_urls: bool
) -> None:
    top = "" if directory_urls else "use_directory_urls: false\n"
    cached, counts = _built(tmp_path, "cached", top, drop=False)
    plain, none = _built(tmp_path, "plain", top, drop=True)
    assert none == {}
    pages = sorted(p.relative_to(plain) for p in plain.rglob("*.html"))
    assert pages == sorted(p.relative_to(cached) for p in cached.rglob("*.html"))
    differing = [p for p in pages if (plain / p).read_bytes() != (cached / p).read_bytes()]
    assert not differing, f"{len(differing)} pages differ, the first {differing[0]}"
    # every page outside the navigation either rendered the sidebar or reused one: the rest are the nav's own
    assert counts["reused"]["nav"] + counts["rendered"]["nav"] > len(pages) - 30
    assert counts["rendered"]["nav"] <= 10, counts  # one per depth of folder (with directory URLs: actors/x/y/ …)
    for part in ("header-start", "header-palette", "header-end", "config"):
        assert counts["reused"][part] + counts["rendered"][part] == len(pages) - 1, (part, counts)  # all but 404
        assert counts["rendered"][part] <= 20, (part, counts)  # the folders' depths, and the nav's own pages
