"""The build state kept between runs, measured on one project; prints its figures as JSON.

``python bench/state_worker.py save PROJECT STATE``: a cold build (the same
:class:`~generator.build.pipeline.Incremental` the plugin uses), then the state saved to
STATE; also the time to read and hash every input file, as each build does.
``python bench/state_worker.py load PROJECT STATE`` (a new process, as the next
``mkdocs build`` is): the state loaded, then a build with nothing changed.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

from generator.build.changes import input_stamps
from generator.build.pipeline import Incremental
from generator.validate import Project


def save(root: Path, state: Path) -> dict[str, float]:
    project = Project.at(root)
    started = time.perf_counter()
    input_stamps(project, root / "templates")
    hashed = time.perf_counter() - started
    builds = Incremental(project, root / "templates")
    started = time.perf_counter()
    gc.disable()  # as the plugin does during a build
    result = builds.build()
    built = time.perf_counter() - started
    assert result.result.pages is not None, "the project has errors"
    started = time.perf_counter()
    builds.save(state)
    saved = time.perf_counter() - started
    return {"hash_inputs_s": hashed, "cold_build_s": built, "save_s": saved, "state_bytes": state.stat().st_size}


def load(root: Path, state: Path) -> dict[str, float]:
    project = Project.at(root)
    started = time.perf_counter()
    builds = Incremental.load(state, project, root / "templates")
    loaded = time.perf_counter() - started
    assert builds is not None, "the state was not loaded"
    gc.disable()
    started = time.perf_counter()
    rebuild = builds.build()
    warm = time.perf_counter() - started
    assert rebuild.result.pages is not None and not rebuild.changed, "a build with nothing changed changed pages"
    return {"load_s": loaded, "warm_unchanged_build_s": warm}


if __name__ == "__main__":
    step = {"save": save, "load": load}[sys.argv[1]]
    print(json.dumps(step(Path(sys.argv[2]), Path(sys.argv[3]))))
