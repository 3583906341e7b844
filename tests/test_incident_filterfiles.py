"""The git-filter-repo input files, read back by git-filter-repo's own parsers."""

from __future__ import annotations

import stat
from pathlib import Path

import git_filter_repo
import pytest

from leakscan.incident import filterfiles

Opts = git_filter_repo.FilteringOptions


def _write(tmp_path: Path, items: list[tuple[bytes, str]]) -> Path:
    path = tmp_path / filterfiles.EXPRESSIONS
    filterfiles.write_private(path, filterfiles.expression_lines(items))
    return path


def test_literals_map_exactly_to_rule_markers_longest_first(tmp_path: Path) -> None:
    items = [(b"short-secret-1", "a"), (b"short-secret-1-and-longer", "b"), (b"# not a comment", "c"),
             (b"p==>q", "d"), (b"regex:.*", "e"), (b" padded ", "f"), (b"short-secret-1", "z")]
    path = _write(tmp_path, items)
    lines = path.read_bytes().splitlines()
    assert all(line.startswith(b"literal:") for line in lines)  # never a bare '#' line
    assert len(lines) == 6  # duplicates once, first rule wins
    parsed = Opts.get_replace_text(str(path))
    assert parsed["regexes"] == []
    assert parsed["literals"][0] == (b"short-secret-1-and-longer", b"***REMOVED-b***")
    assert dict(parsed["literals"]) == {
        b"short-secret-1-and-longer": b"***REMOVED-b***", b"short-secret-1": b"***REMOVED-a***",
        b"# not a comment": b"***REMOVED-c***", b"p==>q": b"***REMOVED-d***",
        b"regex:.*": b"***REMOVED-e***", b" padded ": b"***REMOVED-f***"}
    assert filterfiles.read_literals(path) == [lit for lit, _ in parsed["literals"]]


def test_expressions_file_is_0600_from_creation_and_never_overwritten(tmp_path: Path) -> None:
    path = _write(tmp_path, [(b"s3cr3t-value", "r")])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        filterfiles.write_private(path, [b"x"])


def test_multiline_secret_turns_every_line_into_an_escaped_regex(tmp_path: Path) -> None:
    pem = b"-----BEGIN KEY-----\nAAAA+/==\r\nBBBB\n-----END KEY-----"
    path = _write(tmp_path, [(b"tok_12345", "t"), (pem, "private-key-pem")])
    parsed = Opts.get_replace_text(str(path))
    assert parsed["literals"] == []
    regexes = parsed["regexes"]
    assert regexes[0][0].fullmatch(pem) and regexes[1][0].fullmatch(b"tok_12345")
    text = b"x " + pem + b" y tok_12345"
    for rx, repl in regexes:
        text = rx.sub(repl, text)
    assert text == b"x ***REMOVED-private-key-pem*** y ***REMOVED-t***"
    assert filterfiles.read_literals(path) == [pem, b"tok_12345"]


def test_paths_file_is_literal_even_for_comment_like_names(tmp_path: Path) -> None:
    path = tmp_path / filterfiles.PATHS
    path.write_bytes(b"".join(line + b"\n" for line in filterfiles.path_lines(
        ["#secrets.env", "config/.env", "odd\nname.key", "config/.env"])))
    changes = Opts.get_paths_from_file(str(path))
    kinds = [(kind, match) for _, kind, match in changes]
    assert ("match", b"#secrets.env") in kinds and ("match", b"config/.env") in kinds
    regex = [m for kind, m in kinds if kind == "regex"]
    assert len(changes) == 3 and regex[0].search(b"odd\nname.key")


def test_shred_overwrites_then_removes(tmp_path: Path) -> None:
    path = _write(tmp_path, [(b"s3cr3t-value", "r")])
    assert filterfiles.shred(path) is True
    assert not path.exists()
    assert filterfiles.shred(path) is False
