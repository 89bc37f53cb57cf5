"""The example CI workflow (docs/examples/github-pages.yml): valid, shaped as docs/guide/publishing.md says, and working.

GitHub cannot run here, so the file is checked three ways: against GitHub's workflow
schema (vendored by check-jsonschema, no network), step by step for what the guide
promises (permissions, the check turned into annotations, the build state restored
and saved only from main, a strict build with site_url, deployment to Pages), and by
running its annotation step on fixture projects, hostile file names included.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / "docs" / "examples" / "github-pages.yml"
GUIDE = ROOT / "docs" / "guide" / "publishing.md"
BIN = Path(sys.executable).parent
MAIN_PUSH = "github.event_name == 'push' && github.ref == 'refs/heads/main'"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def _steps(workflow: dict[str, Any], job: str) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = workflow["jobs"][job]["steps"]
    return steps


def _step(workflow: dict[str, Any], job: str, *, uses: str = "", name: str = "") -> dict[str, Any]:
    found = [
        s
        for s in _steps(workflow, job)
        if (uses and str(s.get("uses", "")).split("@")[0] == uses) or (name and s.get("name") == name)
    ]
    assert len(found) == 1, f"{job}: expected one step {uses or name}, found {len(found)}"
    return found[0]


def _index(workflow: dict[str, Any], job: str, step: dict[str, Any]) -> int:
    return _steps(workflow, job).index(step)


def test_the_workflow_is_valid_for_github() -> None:
    done = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_triggers_jobs_and_least_permissions(workflow: dict[str, Any]) -> None:
    assert set(workflow["on"]) == {"push", "pull_request", "workflow_dispatch"}
    assert workflow["on"]["push"] == {"branches": ["main"]}
    assert workflow["permissions"] == {}, "nothing by default; each job asks for what it needs"
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"
    assert deploy["if"] == "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["concurrency"]["cancel-in-progress"] is False, "a deployment is never cut short"
    assert "pull_request" in workflow["concurrency"]["cancel-in-progress"]
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"actions/[a-z-]+(/[a-z]+)?@v\d+", step["uses"]), step["uses"]
    checkout = _step(workflow, "build", uses="actions/checkout")
    assert checkout["with"]["persist-credentials"] is False


def test_the_check_runs_before_the_build_and_becomes_annotations(workflow: dict[str, Any]) -> None:
    check = _step(workflow, "build", name="Check the annotations")
    assert "briefings check --strict --format json" in check["run"]
    assert "where = f\"file={prop(p['path'])},line={p['line']},col={p['column']}" in check["run"]
    assert 'print(f"::{level} {where}::' in check["run"]
    build = _step(workflow, "build", name="Build the site")
    assert _index(workflow, "build", check) < _index(workflow, "build", build)


def test_the_build_state_is_restored_always_and_saved_only_from_main(workflow: dict[str, Any]) -> None:
    restore = _step(workflow, "build", uses="actions/cache/restore")
    save = _step(workflow, "build", uses="actions/cache/save")
    build = _step(workflow, "build", name="Build the site")
    assert restore["with"]["path"] == save["with"]["path"] == ".cache/"
    assert "if" not in restore
    assert save["if"] == MAIN_PUSH, "a pull request never writes a cache that a deployment reads"
    assert save["with"]["key"] == restore["with"]["key"]
    assert "github.run_id" in save["with"]["key"], "a new key each run: saved caches cannot be overwritten"
    prefix = save["with"]["key"].split("${{ github.run_id }}")[0]
    assert restore["with"]["restore-keys"].strip() == prefix
    order = [_index(workflow, "build", s) for s in (restore, build, save)]
    assert order == sorted(order)
    assert not any(s.get("uses", "").startswith("actions/cache@") for s in _steps(workflow, "build"))


def test_a_strict_build_with_site_url_is_deployed(workflow: dict[str, Any]) -> None:
    build = _step(workflow, "build", name="Build the site")
    assert build["run"].strip() == "mkdocs build --strict"
    pages = _step(workflow, "build", uses="actions/configure-pages")
    assert build["env"]["SITE_URL"] == f"${{{{ steps.{pages['id']}.outputs.base_url }}}}"
    upload = _step(workflow, "build", uses="actions/upload-pages-artifact")
    assert upload["with"]["path"].rstrip("/") == "site"
    assert _index(workflow, "build", build) < _index(workflow, "build", upload)
    (deploy,) = _steps(workflow, "deploy")
    assert deploy["uses"].startswith("actions/deploy-pages@")
    assert workflow["jobs"]["deploy"]["environment"]["url"] == f"${{{{ steps.{deploy['id']}.outputs.page_url }}}}"


def test_the_guide_describes_this_workflow() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    assert "(../examples/github-pages.yml)" in guide
    for words in ("check --strict --format json", "actions/cache/restore", "mkdocs build --strict", "site_url"):
        assert words in guide, words
    assert "site_url: !ENV [SITE_URL, null]" in guide and "site_url: !ENV [SITE_URL, null]" in WORKFLOW.read_text()


# --- The annotation step, run ------------------------------------------------------------------------------


def _annotate(workflow: dict[str, Any], project: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run the step's script as GitHub runs it (bash -e -o pipefail), with the generator on PATH."""
    script = _step(workflow, "build", name="Check the annotations")["run"]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "RUNNER_TEMP": str(tmp_path)}
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _commands(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("::")]


def test_a_clean_project_passes_with_no_annotation(workflow: dict[str, Any], mini: Path, tmp_path: Path) -> None:
    done = _annotate(workflow, mini, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert _commands(done.stdout) == []


def test_each_problem_becomes_an_annotation_on_its_line(workflow: dict[str, Any], mini: Path, tmp_path: Path) -> None:
    briefing = mini / "briefings" / "harbour-ferry.yaml"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace('actor: "ferreira"', 'actor: "ferriera"', 1), encoding="utf-8")
    line = 1 + text[: text.index('actor: "ferreira"')].count("\n")
    done = _annotate(workflow, mini, tmp_path)
    assert done.returncode == 1, "the step fails as check does"
    (error,) = _commands(done.stdout)
    assert error.startswith(f"::error file=briefings/harbour-ferry.yaml,line={line},col=")
    assert ",title=BRF040::unknown actor 'ferriera'" in error and "%0A" in error, "the hint follows on a new line"
    assert f"briefings/harbour-ferry.yaml:{line}:" in done.stdout, "the log has each problem as a line too"

    briefing.write_text(text, encoding="utf-8")
    (mini / "seeds" / "extra.md").write_text('---\nid: "extra"\nheadline: "x"\nheadline_by: "article"\n---\nText.\n')
    done = _annotate(workflow, mini, tmp_path)
    assert done.returncode == 1, "a warning fails the step too: the check is strict"
    (warning,) = _commands(done.stdout)
    assert warning.startswith(
        "::warning file=seeds/extra.md,line=2,col=5,title=BRF061::source 'extra' is never cited (at id)%0A"
    )


def test_a_hostile_file_name_cannot_forge_a_command(workflow: dict[str, Any], mini: Path, tmp_path: Path) -> None:
    """A name with a line break, '::' and ',' stays inside its own annotation, encoded."""
    name = "x\n::error file=README.md,line=1::forged, 100%.md"
    (mini / "seeds" / name).write_text("An article without front matter.\n", encoding="utf-8")
    done = _annotate(workflow, mini, tmp_path)
    assert done.returncode == 1
    commands = _commands(done.stdout)
    assert len(commands) == 1, commands
    assert commands[0].startswith(
        "::error file=seeds/x%0A%3A%3Aerror file=README.md%2Cline=1%3A%3Aforged%2C 100%25.md,"
    )
    assert "seeds/x\\n::error" in done.stdout, "the log line shows the name escaped"
