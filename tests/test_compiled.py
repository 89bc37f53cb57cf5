"""The theme's templates compiled while the build waits for the generated pages (generator/mkdocs/compiled.py): the
build's environment loads them from that cache, the site is byte for byte the same, and a template whose source
changed, or an environment that compiles differently, is not served stale code."""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import DictLoader, Environment

from generator.mkdocs.compiled import compile_ahead
from tests.conftest import STORY, copy_project
from tests.test_site import build

#: a hook that drops the cache before the build loads any template (Jinja compiles them all as it goes) or counts
HOOK = """
import json, pathlib
from mkdocs.plugins import event_priority
seen = {}
@event_priority(-200)
def on_env(env, config, files):
    seen["cache"] = env.bytecode_cache
    if DROP:
        env.bytecode_cache = None
    return env
def on_post_build(config):
    cache = seen["cache"]
    out = {"used": cache.used, "compiled": len(cache.code), "missed": cache.missed} if cache is not None else {}
    pathlib.Path(config.config_file_path).with_name("compiled.json").write_text(json.dumps(out))
"""


def _built(tmp_path: Path, name: str, drop: bool) -> tuple[Path, dict[str, int]]:
    project = copy_project(STORY, tmp_path / name)
    (project / "hook.py").write_text(HOOK.replace("DROP", str(drop)), encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text("hooks: [hook.py]\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    result = build(project, project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    return project / "site", json.loads((project / "compiled.json").read_text(encoding="utf-8"))


def test_the_build_loads_the_templates_compiled_ahead_and_the_site_is_the_same(tmp_path: Path) -> None:
    ahead, counts = _built(tmp_path, "ahead", drop=False)
    plain, _ = _built(tmp_path, "plain", drop=True)
    assert counts["compiled"] > 30  # main.html, base.html and Material's partials
    assert counts["used"] >= 25, counts
    # all the pages, the 404 page and the sitemap render, but the icons Material names by a variable (tiny SVG files)
    assert [name for name in counts["missed"] if "/.icons/" not in name] == [], counts
    files = sorted(p.relative_to(plain) for p in plain.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(ahead) for p in ahead.rglob("*") if p.is_file())
    differing = [f for f in files if (plain / f).read_bytes() != (ahead / f).read_bytes()]
    assert not differing, f"{len(differing)} files differ, the first {differing[0]}"


TEMPLATES = {
    "main.html": '{% extends "base.html" %}{% block body %}main {{ x }}{% endblock %}',
    "base.html": '<p>{% block body %}{% endblock %}</p>{% include "partials/foot.html" %}',
    "partials/foot.html": "<footer>{{ x }}</footer>",
}


def test_every_template_reached_by_name_is_compiled_and_loaded() -> None:
    cache = compile_ahead(Environment(loader=DictLoader(TEMPLATES)), ["main.html", "missing.html"])
    assert len(cache.code) == 3
    env = Environment(loader=DictLoader(TEMPLATES))
    assert cache.install(env)
    assert env.get_template("main.html").render(x=1) == "<p>main 1</p><footer>1</footer>"
    assert cache.used == 3


def test_a_template_changed_since_it_was_compiled_is_compiled_again() -> None:
    cache = compile_ahead(Environment(loader=DictLoader(TEMPLATES)), ["main.html"])
    changed = {**TEMPLATES, "partials/foot.html": "<footer>changed {{ x }}</footer>"}
    env = Environment(loader=DictLoader(changed))
    assert cache.install(env)
    assert env.get_template("main.html").render(x=2) == "<p>main 2</p><footer>changed 2</footer>"
    assert cache.used == 2


def test_an_environment_that_compiles_otherwise_is_not_given_the_cache() -> None:
    cache = compile_ahead(Environment(loader=DictLoader(TEMPLATES)), ["main.html"])
    other = Environment(loader=DictLoader(TEMPLATES), extensions=["jinja2.ext.loopcontrols"])
    assert not cache.install(other)
    assert other.bytecode_cache is None
    escaping = Environment(loader=DictLoader(TEMPLATES), autoescape=True)
    assert not cache.install(escaping)
