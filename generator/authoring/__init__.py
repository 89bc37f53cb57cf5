"""Helping an analyst write: importing an article, drafting its annotations, looking up ids, a new project,
the schemas editors check the files against."""
