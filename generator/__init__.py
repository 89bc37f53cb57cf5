"""Briefing-site generator: seed articles plus YAML annotations to Markdown pages.

The pipeline is four plain functions, one module each: :mod:`generator.load`,
:mod:`generator.validate`, :mod:`generator.model` and :mod:`generator.render`.
:func:`generator.build.build_project` runs them all. Only :mod:`generator.plugin`
imports MkDocs.
"""

__version__ = "0.1.0"
