"""The theme's templates compiled while the build waits for the generated pages, not on its path.

A cold build's main process waits about a second (at N = 1,000 articles) for the
list of pages from the generator's second process (:meth:`BriefingsPlugin.on_files
<generator.mkdocs.plugin.BriefingsPlugin.on_files>`); Jinja compiles Material's
templates (``main.html``, ``base.html`` and the 40-odd partials they include) only
when the first page is rendered, on the build's path. :func:`compile_ahead` compiles
them before that wait, in an environment made as MkDocs makes the build's, and keeps
the code in a :class:`Compiled` cache, which the build's own environment then loads
templates from (``on_env``): the same code Jinja would have compiled, from the same
source (each template's source is read again and compared by its checksum: a file
changed meanwhile is compiled again). The cache is used only when the build's
environment compiles templates as the one they were compiled in does (the same
extensions and syntax: another plugin's ``on_env`` may change them).
"""

from __future__ import annotations

from collections.abc import Iterable
from types import CodeType
from typing import Any

from jinja2 import Environment, TemplateError, meta
from jinja2.bccache import Bucket, BytecodeCache

#: The templates every build renders: each page's, the 404 page's and the sitemap's.
ROOTS = ("main.html", "404.html", "sitemap.xml")


class Compiled(BytecodeCache):
    """Templates' code by template (Jinja's cache key: name and file) with their source's checksum."""

    def __init__(self, settings: tuple[Any, ...]) -> None:
        self.settings = settings
        self.code: dict[str, tuple[str, CodeType]] = {}
        #: how many templates the build took from this cache, and which it compiled itself (the tests read them)
        self.used = 0
        self.missed: list[str] = []

    def load_bytecode(self, bucket: Bucket) -> None:
        found = self.code.get(bucket.key)
        if found is not None and found[0] == bucket.checksum:
            bucket.code = found[1]
            self.used += 1

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self.code[bucket.key] = (bucket.checksum, bucket.code)
            self.missed.append(bucket.code.co_filename)

    def install(self, env: Environment) -> bool:
        """Let ``env`` load templates from this cache, if it compiles them as the environment they came from."""
        if env.bytecode_cache is not None or settings(env) != self.settings:
            return False
        env.bytecode_cache = self
        return True


def settings(env: Environment) -> tuple[Any, ...]:
    """What the code Jinja compiles depends on, besides the source: the extensions and the syntax."""
    return (
        tuple(sorted(env.extensions)),
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.autoescape,
        env.finalize,
        type(env),
    )


def compile_ahead(env: Environment, roots: Iterable[str] = ROOTS) -> Compiled:
    """Every template ``roots`` extend, include or import by name, compiled in ``env`` into a cache for the build's."""
    cache = Compiled(settings(env))
    loader = env.loader
    if loader is None:
        return cache
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            source, filename, _ = loader.get_source(env, name)
            tree = env.parse(source, name, filename)
            code = env.compile(tree, name, filename)
        except TemplateError:  # missing or broken: the build compiles it (and says so) when it needs it
            continue
        bucket = cache.get_bucket(env, name, filename, source)
        bucket.code = code
        cache.set_bucket(bucket)
        cache.missed.clear()
        todo.extend(found for found in meta.find_referenced_templates(tree) if found is not None)
    return cache
