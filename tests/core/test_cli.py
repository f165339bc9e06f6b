"""The command line, run as a user would: a real process, its output and exit code."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample.en.yaml"


def quizapp(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if data_dir is not None:
        env["QUIZAPP_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_version() -> None:
    result = quizapp("--version")
    assert result.returncode == 0 and result.stdout.startswith("quizapp ")


def test_validate_good_bank() -> None:
    result = quizapp("validate", str(SAMPLE))
    assert result.returncode == 0 and result.stdout == "" and result.stderr == ""


def test_validate_reports_every_issue_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.en.yaml"
    bad.write_text(
        SAMPLE.read_text(encoding="utf-8")
        .replace("kind: single", "kind: singel")
        .replace("answer: false", "answer: nope"),
        encoding="utf-8",
    )
    result = quizapp("validate", str(bad), str(SAMPLE))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{bad}:10:11: kind 'singel'")
    assert lines[1].startswith(f"{bad}:23:13: answer must be true or false")
    assert "Traceback" not in result.stderr


def test_validate_folder_checks_translations(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "sample.en.yaml")
    russian = SAMPLE.read_text(encoding="utf-8").replace("language: en", "language: ru")
    (tmp_path / "sample.ru.yaml").write_text(
        russian.replace("answer: false", "answer: true"), encoding="utf-8"
    )
    result = quizapp("validate", str(tmp_path))
    assert result.returncode == 1
    assert "sample.ru.yaml:19:1: question 's-002' has a different right answer" in result.stdout


def test_validate_finds_two_files_of_one_bank_in_one_language(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "sample.en.yaml")
    shutil.copy(SAMPLE, tmp_path / "sample-copy.en.yaml")
    result = quizapp("validate", str(tmp_path))
    assert result.returncode == 1
    assert "already holds bank 'sample' in 'en'" in result.stdout
    assert ".en.yaml:3:11: " in result.stdout  # at the language of the second file


def test_validate_missing_path_and_usage(tmp_path: Path) -> None:
    missing = quizapp("validate", str(tmp_path / "nope.yaml"))
    assert missing.returncode == 1 and "no such file" in missing.stdout
    usage = quizapp("validate")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_validate_writes_nothing_to_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = quizapp("validate", str(SAMPLE), data_dir=data)
    assert result.returncode == 0 and not data.exists()


def test_banks_lists_bundled_and_user(tmp_path: Path) -> None:
    banks = tmp_path / "banks"
    banks.mkdir()
    shutil.copy(SAMPLE, banks / "sample.en.yaml")
    result = quizapp("banks", "--data-dir", str(tmp_path))
    assert result.returncode == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert ["sample", "en", "Sample bank", "6", "user"] in rows
    assert all(len(row) == 5 for row in rows)
    assert all(row[4] in ("bundled", "user") for row in rows)


def test_banks_skips_a_broken_user_bank(tmp_path: Path) -> None:
    banks = tmp_path / "banks"
    banks.mkdir()
    (banks / "broken.en.yaml").write_text("format: 1\nid: [", encoding="utf-8")
    result = quizapp("banks", data_dir=tmp_path)
    assert result.returncode == 0
    assert "broken.en.yaml:3:1: YAML syntax error" in result.stderr
    assert "Traceback" not in result.stderr


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    lines = ["a: &a [" + ",".join(['"x"'] * 9) + "]"]
    lines += [f"k{i}: [" + ",".join(["*a"] * 200) + "]" for i in range(200)]
    bomb = tmp_path / "many.en.yaml"
    bomb.write_text("\n".join(lines), encoding="utf-8")
    piped = subprocess.run(
        f'"{sys.executable}" -m quizapp validate "{bomb}" | head -n 1',
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert piped.stdout.count("\n") == 1
    assert "Traceback" not in piped.stderr


def test_pack_round_trip_of_bundled_banks(tmp_path: Path) -> None:
    pack = tmp_path / "camp.quizpack"
    exported = quizapp("pack", "export", "online-lures", "-o", str(pack), data_dir=tmp_path / "a")
    assert exported.returncode == 0, exported.stderr
    assert pack.is_file()
    imported = quizapp("pack", "import", str(pack), data_dir=tmp_path / "b")
    assert imported.returncode == 0, imported.stderr
    assert "already here" in imported.stdout


def test_pack_import_installs_a_user_bank(tmp_path: Path) -> None:
    pack = tmp_path / "sample.quizpack"
    assert quizapp("pack", "export", str(SAMPLE), "-o", str(pack)).returncode == 0
    data = tmp_path / "data"
    imported = quizapp("pack", "import", str(pack), "--data-dir", str(data))
    assert imported.returncode == 0, imported.stderr
    assert "installed 'sample'" in imported.stdout
    listed = quizapp("banks", "--data-dir", str(data))
    assert "sample\ten\tSample bank\t6\tuser" in listed.stdout


def test_pack_import_refuses_a_non_zip_in_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "fake.quizpack"
    fake.write_text("not a zip", encoding="utf-8")
    result = quizapp("pack", "import", str(fake), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "not a pack" in result.stderr
    assert not (tmp_path / "data" / "banks").exists()


def test_gift_import_writes_a_valid_bank(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "data" / "imports" / "every-feature.gift"
    out = tmp_path / "gift.en.yaml"
    result = quizapp("import", str(source), "-o", str(out), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "placeholder" in result.stdout and "not carried over" in result.stdout
    assert quizapp("validate", str(out)).returncode == 0
    assert not (tmp_path / "data").exists()


def test_results_export_header(tmp_path: Path) -> None:
    out = tmp_path / "results.csv"
    result = quizapp("results", "export", "-o", str(out), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"profile", "bank_id", "question_id", "correct", "answered_at"} <= set(header)
    bad = quizapp("results", "export", "-o", str(tmp_path / "no" / "x.csv"), data_dir=tmp_path)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr


def test_pack_import_keeps_a_different_bank_with_the_same_id_apart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ours = tmp_path / "ours.quizpack"
    assert quizapp("pack", "export", str(SAMPLE), "-o", str(ours)).returncode == 0
    assert quizapp("pack", "import", str(ours), "--data-dir", str(data)).returncode == 0
    other = tmp_path / "other" / "sample.en.yaml"
    other.parent.mkdir()
    other.write_text(
        'format: 1\nid: sample\nlanguage: en\ntitle: "Sample bank"\nquestions:\n'
        '  - id: s-001\n    kind: truefalse\n    prompt: "Another teacher\'s question?"\n'
        '    explanation: "Because."\n    answer: true\n',
        encoding="utf-8",
    )
    theirs = tmp_path / "theirs.quizpack"
    assert quizapp("pack", "export", str(other), "-o", str(theirs)).returncode == 0
    imported = quizapp("pack", "import", str(theirs), "--data-dir", str(data))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == (
        "installed 'sample' as 'sample-2' version 1 (en): a different bank already uses "
        "the id 'sample'\n"
    )
    assert (data / "banks" / "sample" / "sample.en.yaml").read_bytes() == SAMPLE.read_bytes()
    assert quizapp("validate", str(data / "banks" / "sample-2")).returncode == 0
    listed = quizapp("banks", "--data-dir", str(data))
    assert "sample-2\ten\tSample bank\t1\tuser" in listed.stdout


def test_bad_app_options_get_the_whole_usage(tmp_path: Path) -> None:
    """The usual start parses without the commands' parsers; a mistake still gets all of it."""
    for args, said in (
        (("--lang",), "argument --lang: expected one argument"),
        (("--bogus",), "unrecognized arguments: --bogus"),
        (("--fullscreen", "validat"), "invalid choice: 'validat'"),
    ):
        result = quizapp(*args, data_dir=tmp_path / "data")
        assert result.returncode == 2, args
        assert said in result.stderr
        assert "COMMAND" in result.stderr  # the usage line of the whole command line
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()


def test_the_usual_start_reads_only_the_app_options() -> None:
    from quizapp.cli import _app_options, _build_parser

    args = _app_options(["--data-dir", "camp", "--lang", "ru", "--fullscreen"])
    assert args is not None
    assert (args.command, args.data_dir, args.lang, args.fullscreen) == (None, "camp", "ru", True)
    args = _app_options(["--lang=be", "--data-dir=-odd-name"])
    assert args is not None
    assert (args.lang, args.data_dir, args.fullscreen) == ("be", "-odd-name", False)
    assert _app_options([]) is not None
    for words in (
        ["banks"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--lang"],
        ["--lang", "--fullscreen"],
        ["--lang="],
        ["--full"],  # argparse's abbreviation: the whole parser reads it
        ["-x"],
        ["results", "x"],
    ):
        assert _app_options(words) is None, words
    full = _build_parser().parse_args(["--full", "--data", "camp"])
    assert (full.fullscreen, full.data_dir, full.command) == (True, "camp", None)


def test_a_start_that_fails_leaves_the_garbage_collector_on(tmp_path: Path, monkeypatch) -> None:
    """Start-up pauses the collector (see cli._open_app); a start that goes wrong resumes it."""
    import gc

    from quizapp import cli

    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert gc.isenabled()
    assert cli.main(["--data-dir", str(blocked), "--lang", "en"]) == 1
    assert gc.isenabled()
