"""Briefing-site generator: seed articles plus YAML annotations to Markdown pages.

The pipeline is four plain stages: :mod:`generator.inputs.load`, :mod:`generator.validate`,
:mod:`generator.model` and :mod:`generator.site.render`; :func:`generator.build.pipeline.build_project`
runs them all. The rooms, each package's ``__init__`` saying what it is for:

- ``inputs/``: reading what people typed (load, schema, dates, quotes);
- ``validate/``: every check, by concern;
- ``model.py``: the linked model templates read;
- ``site/``: the pages (render, pictures, paging, addresses, feed, search, templates, theme);
- ``data/``: the exports (JSON dataset, tables, web annotations);
- ``authoring/``: import, draft, id lookup;
- ``build/``: the pipeline in one call, incremental state, the second process;
- ``mkdocs/``: the MkDocs adapter, the only package that imports MkDocs;
- ``cli.py``: the command line, the other thin adapter.
"""

__version__ = "0.1.0"
