"""The command line as a shell sees it: a closed pipe, help of every command, warnings beside errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

TIMEOUT = 120


def _many_actors(project: Path, count: int = 1200) -> None:
    """Enough actors that ``ids`` and ``export`` print more than a pipe holds (64 KiB): the writer meets the close."""
    extra = "".join(
        f'  - id: "extra-{i:04d}"\n    name: "Extra person number {i} with a fairly long name"\n    kind: "person"\n'
        '    standing: "other"\n'
        for i in range(count)
    )
    with (project / "briefings/actors.yaml").open("a", encoding="utf-8") as registry:
        registry.write(extra)


def _first_line(project: Path, *args: str) -> tuple[bytes, bytes, int]:
    """Run the command with its standard output a pipe whose reader takes one line and closes it (``| head -1``)."""
    command = [sys.executable, "-m", "generator", "--project", str(project), *args]
    with (project.parent / "stderr.txt").open("w+b") as errors:  # a file: a full stderr pipe would stall the command
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, cwd=project) as proc:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            proc.stdout.close()
            code = proc.wait(timeout=TIMEOUT)
        errors.seek(0)
        return line, errors.read(), code


def test_ids_into_head_ends_quietly_with_141(mini: Path) -> None:
    _many_actors(mini)
    line, err, code = _first_line(mini, "ids")
    assert line  # it printed something before the reader left
    assert b"Traceback" not in err and b"BrokenPipeError" not in err, err.decode()
    assert code == 141  # 128 + SIGPIPE, as a shell reports a tool the closed pipe ended


@pytest.mark.parametrize(
    "args",
    [
        ("ids",),
        ("check", "--format", "json"),
        ("export",),
        ("export", "--format", "web-annotation"),
        ("draft", "mayor-keeps-ferry", "--dry-run"),
        ("import", "seeds/mayor-keeps-ferry.md", "--id", "again", "--dry-run"),
    ],
)
def test_every_printing_command_meets_a_closed_pipe_quietly(mini: Path, args: tuple[str, ...]) -> None:
    """The reader is gone before the first write (the tail of ``| head -1`` on output larger than the pipe)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        command = [sys.executable, "-m", "generator", "--project", str(mini), *args]
        run = subprocess.run(command, stdout=write_end, stderr=subprocess.PIPE, cwd=mini, timeout=TIMEOUT, check=False)
    finally:
        os.close(write_end)
    assert b"Traceback" not in run.stderr and b"Broken pipe" not in run.stderr, run.stderr.decode()
    assert run.returncode == 141


def test_check_lists_warnings_beside_errors_and_counts_both(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (mini / "seeds/extra.md").write_text('---\nid: "extra"\nheadline: "x"\nheadline_by: "article"\n---\nText.\n')
    path = mini / "briefings/harbour-ferry.yaml"
    text = path.read_text(encoding="utf-8")
    assert 'actor: "ferry-union"' in text
    path.write_text(text.replace('actor: "ferry-union"', 'actor: "ferry-unon"', 1), encoding="utf-8")
    assert main(["--project", str(mini), "check"]) == 1
    err = capsys.readouterr().err
    assert ": error: unknown actor 'ferry-unon'" in err
    assert ": warning: source 'extra' is never cited" in err
    errors, warnings = err.count(": error: "), err.count(": warning: ")
    assert errors >= 1 and warnings >= 1
    assert err.rstrip().endswith(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")


COMMANDS = ["check", "render", "import", "draft", "ids", "export", "schema", "completion"]


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_a_description_and_exit_codes(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, command)
    usage, description = text.split("\n\n")[:2]
    assert usage.startswith("usage:") and len(description.split()) >= 6  # a sentence, not a fragment
    assert "Exit codes:" in text
    for code in ("0", "1", "2", "141"):
        assert f"\n  {code} " in text.split("Exit codes:")[1]


def test_top_level_help_is_a_summary_of_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    assert "a thin adapter" not in text and "``" not in text
    for command in COMMANDS:
        assert f"\n    {command} " in text
    assert "Exit codes:" in text


def test_bash_completion_script_is_valid_and_offers_the_commands(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "generator", "completion", "bash"], capture_output=True, text=True, timeout=TIMEOUT
    )
    assert run.returncode == 0, run.stderr
    script = tmp_path / "briefings.bash"
    script.write_text(run.stdout, encoding="utf-8")
    bash = shutil.which("bash")
    assert bash
    # sourced into bash, then asked for what follows "briefings ": the commands, completion included
    ask = (
        f"source {script}; COMP_WORDS=(briefings ''); COMP_CWORD=1; COMP_LINE='briefings '; COMP_POINT=10; "
        "_shtab_briefings; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    offered = subprocess.run([bash, "-c", ask], capture_output=True, text=True, timeout=TIMEOUT).stdout.split()
    assert {*COMMANDS, "completion"} <= set(offered)


def test_zsh_completion_script_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "zsh"]) == 0
    script = capsys.readouterr().out
    assert script.startswith("#compdef briefings") and "export" in script and "--project" in script


def test_completion_of_an_unknown_shell_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["completion", "fish"])
    assert done.value.code == 2 and "invalid choice" in capsys.readouterr().err
