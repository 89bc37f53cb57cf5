"""The pipeline in one call: full and incremental builds, the state kept between runs, the build in a second process,
and the session a site builder drives (:mod:`generator.build.session`).

MkDocs-free: the CLI and the MkDocs adapter both call it.
"""
