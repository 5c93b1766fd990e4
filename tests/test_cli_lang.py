"""``--lang`` before or after the command, ``$SPORTSOCIAL_LANG``, and help in Dutch."""

from __future__ import annotations

import argparse
import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from sportsocial.cli import EXIT_CODES, build_parser
from sportsocial.cli._commands import EVERY, wanted_command
from sportsocial.cli._lang import ARGPARSE_NL, lang_in

from .cli_helpers import run
from .conftest import EXAMPLES

ROOSENDAAL = str(EXAMPLES / "roosendaal-kickoff.yaml")
USAGE = next(k for k, (en, _) in EXIT_CODES.items() if en.startswith("wrong use"))


def _walk(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser, str | None]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield (*path, name), sub, helps.get(name)
                yield from _walk(sub, (*path, name))


@pytest.mark.parametrize("command", [["validate"], ["check"], ["status"], ["alignment"]])
def test_lang_before_or_after_the_command_reads_alike(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    before = run(capsys, "--lang", "nl", *command, ROOSENDAAL, "--on", "2025-06-01")
    after = run(capsys, *command, ROOSENDAAL, "--on", "2025-06-01", "--lang", "nl")
    english = run(capsys, *command, ROOSENDAAL, "--on", "2025-06-01", "--lang", "en")
    assert (before.code, before.out, before.err) == (after.code, after.out, after.err)
    assert before.out + before.err != english.out + english.err


def test_the_environment_sets_the_language_and_the_option_wins(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dutch = run(capsys, "status", ROOSENDAAL, "--on", "2025-06-01", "--lang", "nl")
    english = run(capsys, "status", ROOSENDAAL, "--on", "2025-06-01", "--lang", "en")
    monkeypatch.setenv("SPORTSOCIAL_LANG", "nl")
    assert run(capsys, "status", ROOSENDAAL, "--on", "2025-06-01").out == dutch.out
    assert (
        run(capsys, "--lang", "en", "status", ROOSENDAAL, "--on", "2025-06-01").out == english.out
    )
    assert run(capsys, "--help").out == run(capsys, "--lang", "nl", "--help").out
    monkeypatch.setenv("SPORTSOCIAL_LANG", "xx")  # not a language: English
    assert run(capsys, "status", ROOSENDAAL, "--on", "2025-06-01").out == english.out


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["check", "--help"],
        ["methodology", "show", "--help"],
        ["timeline", "--help"],
    ],
)
def test_help_in_dutch_has_no_english_argparse_words(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    english = run(capsys, *argv)
    before = run(capsys, "--lang", "nl", *argv)
    after = run(capsys, *argv, "--lang", "nl")
    assert english.code == before.code == after.code == 0
    assert before.out == after.out != english.out
    assert "usage:" in english.out and "options:" in english.out
    for word in ("usage:", "options:", "positional arguments:", "show this help message"):
        assert word not in before.out


def test_every_command_and_argument_has_help_in_both_languages() -> None:
    english = list(_walk(build_parser(EVERY, "en")))
    dutch = list(_walk(build_parser(EVERY, "nl")))
    assert [path for path, _, _ in english] == [path for path, _, _ in dutch]
    for (path, en, en_help), (_, nl, nl_help) in zip(english, dutch, strict=True):
        assert en_help and nl_help and en_help != nl_help, path
        assert en.description == nl.description is None or en.description != nl.description, path
        for a, b in zip(en._actions, nl._actions, strict=True):
            if isinstance(a, argparse._SubParsersAction):
                continue
            assert a.help and b.help and a.help != b.help, (path, a.dest)


def test_parse_errors_are_in_the_language_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["check"], ["check", ROOSENDAAL, "--format", "pdf"], ["check", "--on", "x", "f"]):
        english = run(capsys, *argv)
        dutch = run(capsys, "--lang", "nl", *argv)
        assert english.code == dutch.code == USAGE
        assert english.err != dutch.err
        assert not {"usage:", "error:", "required", "invalid choice"} & set(dutch.err.split())


def test_argparse_messages_of_this_python_all_have_a_dutch_translation() -> None:
    """New Python versions bring new argparse messages: this test names them."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    ids = {
        arg.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_", "ngettext")
        for arg in node.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }
    assert ids - set(ARGPARSE_NL) == set()


@pytest.mark.parametrize(
    ("argv", "lang", "command"),
    [
        (["check", "f"], "en", "check"),
        (["--lang", "nl", "check", "f"], "nl", "check"),
        (["--lang=nl", "status"], "nl", "status"),
        (["--la", "nl", "rules"], "nl", "rules"),
        (["check", "f", "--lang", "nl", "--lang", "en"], "en", "check"),
        (["--lang", "xx", "check"], "en", "check"),
        (["--version"], "en", None),
    ],
)
def test_the_language_and_command_are_read_before_parsing(
    argv: list[str], lang: str, command: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SPORTSOCIAL_LANG", raising=False)
    assert lang_in(argv) == lang
    assert wanted_command(argv) == command


def test_parsing_leaves_argparse_itself_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--lang", "nl", "check")
    parser = argparse.ArgumentParser(prog="other")
    assert "usage: other" in parser.format_help()


def test_threads_speaking_different_languages_do_not_mix() -> None:
    """argparse's words come through module globals: each thread hears its own
    language, and they are put back once no thread speaks."""
    import argparse
    import threading

    from sportsocial.cli import _lang

    original = argparse._  # type: ignore[attr-defined]
    inside, done = threading.Event(), threading.Event()
    heard: dict[str, str] = {}

    def dutch() -> None:
        with _lang.speaking("nl"):
            heard["nl"] = argparse._("usage: ")  # type: ignore[attr-defined]
            inside.set()
            done.wait(10)

    thread = threading.Thread(target=dutch)
    thread.start()
    assert inside.wait(10)
    heard["other"] = argparse._("usage: ")  # type: ignore[attr-defined]
    with _lang.speaking("en"):
        heard["en"] = argparse._("usage: ")  # type: ignore[attr-defined]
    assert argparse._ is not original  # type: ignore[attr-defined]  # the Dutch thread speaks
    done.set()
    thread.join()
    assert heard == {"nl": _lang.ARGPARSE_NL["usage: "], "other": "usage: ", "en": "usage: "}
    assert argparse._ is original  # type: ignore[attr-defined]
