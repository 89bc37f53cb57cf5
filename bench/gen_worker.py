"""Runs the generator alone on one project, stage by stage, and prints its figures as JSON.

Run in its own process by ``bench/run.py`` so that the peak memory it reports
(``ru_maxrss``) is the generator's alone: ``python bench/gen_worker.py PROJECT``.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

started = time.perf_counter()

from generator.diagnostics import Severity  # noqa: E402
from generator.model import build_site  # noqa: E402
from generator.site.render import render_site  # noqa: E402
from generator.validate import Project, validate  # noqa: E402


def main(root: Path) -> dict[str, object]:
    imported = time.perf_counter()
    inputs, found = validate(Project.at(root))
    validated = time.perf_counter()
    errors = [d for d in found if d.severity is Severity.ERROR]
    if errors:
        return {"error": f"{len(errors)} errors, first: {errors[0].format()}"}
    site = build_site(inputs)
    modelled = time.perf_counter()
    pages = render_site(site)
    rendered = time.perf_counter()
    return {
        "import_s": imported - started,
        "load_validate_s": validated - imported,
        "model_s": modelled - validated,
        "render_s": rendered - modelled,
        "pipeline_s": rendered - imported,
        "pages": len(pages),
        "markdown_bytes": sum(len(text.encode("utf-8")) for text in pages.values()),
        "warnings": len(found),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
