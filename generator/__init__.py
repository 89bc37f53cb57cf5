"""Briefing-site generator: seed articles plus YAML annotations to Markdown pages.

The pipeline is four plain stages: :mod:`generator.inputs.load`, :mod:`generator.validate`,
:mod:`generator.model` and :mod:`generator.site.render`; :func:`generator.build.pipeline.build_project`
runs them all. The rooms, each package's ``__init__`` saying what it is for, each importing only
from the rooms before it in this list (``tests/test_imports.py``):

- ``vocabulary.py``: every fixed list of words a field takes, each value declared once;
- ``diagnostics.py``: every problem, located and explained, with its code;
- ``inputs/``: reading what people typed (load, schema, dates, quote matching, quotations, slugs, schema line);
- ``validate/``: every check, by concern;
- ``model.py``: the linked model templates read;
- ``site/``: the pages (render, a class per kind of page, the helpers and engine of the templates,
  pictures, paging, addresses, feed, search, templates, theme);
- ``data/``: the exports (JSON dataset, tables, web annotations);
- ``writing.py``: every write into a place the user names, guarded;
- ``authoring/``: import, draft, id lookup, a new project's files;
- ``build/``: the pipeline in one call, what a change reaches, incremental state, the second process,
  the session a site builder drives;
- ``mkdocs/``: the MkDocs adapter, the only package that imports MkDocs;
- ``cli.py``: the command line, the other thin adapter.
"""

__version__ = "0.1.0"
