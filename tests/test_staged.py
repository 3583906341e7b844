"""`leakscan staged`: the index against HEAD, added lines only, never vacuous."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import fakes
import pytest
from cli import run
from gitrepo import GitRepo

from leakscan import config as config_mod
from leakscan import gitscan
from leakscan.errors import SourceError
from leakscan.pipeline import ScanResult
from leakscan.sources.staged import _added_lines


def staged(repo: GitRepo, **flags: Any) -> ScanResult:
    full = config_mod.build(None, None, **flags)
    cfg = full.with_(rules=tuple(r for r in full.rules if r.id.startswith("github-")))
    return gitscan.scan_staged(cfg, repo.path)


def spots(res: ScanResult) -> list[tuple[str, int]]:
    return sorted((loc.path, loc.line) for f in res.findings for loc in f.locations)


def test_index_blob_counts_not_the_working_tree(repo: GitRepo) -> None:
    tok, later = fakes.ghp(), fakes.ghp()
    repo.commit("base", {"app.py": "A = 1\n"})
    repo.write("app.py", f"A = 1\nT = '{tok}'\n")
    repo.git("add", "app.py")
    repo.write("app.py", "A = 1\n")  # cleaned in the working tree only: the commit still has it
    res = staged(repo)
    assert spots(res) == [("app.py", 2)] and res.findings[0].locations[0].blob
    assert res.stats.files == 1 and res.stats.bytes > 0
    repo.git("add", "app.py")
    repo.write("app.py", f"A = 1\nL = '{later}'\n")  # added after `git add`: not committed
    res = staged(repo)
    assert res.findings == [] and res.stats.extra["staged_files"] == 0


def test_only_added_lines_are_reported(repo: GitRepo) -> None:
    old = fakes.ghp()
    repo.commit("old secret", {"conf.py": f"OLD = '{old}'\nX = 1\n"})
    repo.write("conf.py", f"OLD = '{old}'\nX = 2\nY = 3\n")
    repo.git("add", "conf.py")
    res = staged(repo)
    assert res.findings == [] and res.stats.files == 1  # scanned, but the secret line is old
    new = fakes.ghp()
    repo.write("conf.py", f"NEW = '{new}'\nOLD = '{old}'\nX = 2\n")
    repo.git("add", "conf.py")
    res = staged(repo)
    assert [f.secret for f in res.findings] == [new.encode()] and spots(res) == [("conf.py", 1)]
    repo.commit("commit it")
    repo.write("conf.py", f"OLD = '{old}'\n")  # removal-only hunks add nothing
    repo.git("add", "conf.py")
    assert staged(repo).findings == []


def test_multiline_secret_touching_an_added_line(repo: GitRepo) -> None:
    key = fakes.pem_private_key(7)
    lines = key.splitlines()
    repo.commit("half a key", {"k.pem": "\n".join(lines[:3]) + "\n"})
    repo.write("k.pem", key)
    repo.git("add", "k.pem")
    full = config_mod.build(None, None)
    cfg = full.with_(rules=tuple(r for r in full.rules if "private-key" in r.id))
    res = gitscan.scan_staged(cfg, repo.path)
    assert [loc.line for f in res.findings for loc in f.locations] == [1]


def test_empty_index_diff_is_a_clean_pass(repo: GitRepo) -> None:
    repo.commit("base", {"a.py": f"T = '{fakes.ghp()}'\n"})
    res = staged(repo)
    assert res.findings == [] and res.stats.files == 0 and res.stats.extra["staged_files"] == 0
    cli = run("staged", str(repo.path), "--no-progress")
    assert cli.returncode == 0 and "scanned 0 file(s)" in cli.stderr
    assert "0 staged file(s)" in cli.stderr


def test_unborn_head_first_commit(repo: GitRepo) -> None:
    tok = fakes.ghp()
    repo.write("first.py", f"T = '{tok}'\n")
    repo.git("add", "first.py")
    res = staged(repo)
    assert spots(res) == [("first.py", 1)]
    cli = run("staged", "--format", "json", "--no-progress", cwd=repo.path)
    assert cli.returncode == 1 and tok not in cli.stdout + cli.stderr


def test_rename_and_mode_change_add_nothing(repo: GitRepo) -> None:
    tok = fakes.ghp()
    repo.commit("base", {"a/secret.py": f"T = '{tok}'\n", "run.sh": f"#!/bin/sh\nX={tok}\n"})
    repo.git("mv", "a/secret.py", "b_moved.py")
    repo.git("update-index", "--chmod=+x", "run.sh")
    res = staged(repo)
    assert res.findings == [] and res.stats.extra["staged_files"] == 2


def test_git_index_file_of_a_partial_commit(repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    tok = fakes.ghp()
    repo.commit("base", {"a.py": "a = 1\n"})
    tmp_index = repo.path / ".git" / "next-index-test.lock"
    env = {**repo.env, "GIT_INDEX_FILE": str(tmp_index)}
    subprocess.run(["git", "read-tree", "HEAD"], cwd=repo.path, env=env, check=True)
    repo.write("a.py", f"a = '{tok}'\n")
    subprocess.run(["git", "add", "a.py"], cwd=repo.path, env=env, check=True)
    assert staged(repo).findings == []  # the default index has nothing staged
    monkeypatch.setenv("GIT_INDEX_FILE", str(tmp_index))
    assert spots(staged(repo)) == [("a.py", 1)]
    monkeypatch.setenv("GIT_INDEX_FILE", "/somewhere/else/index")  # not this repository's
    assert staged(repo).findings == []


def test_binary_and_diff_attribute_files(repo: GitRepo) -> None:
    tok = fakes.ghp()
    repo.commit("base", {".gitattributes": "*.cfg -diff\n", "x.cfg": "a = 1\n"})
    repo.write("x.cfg", f"a = 1\nt = '{tok}'\n")  # git shows no hunks: the whole file counts
    repo.write("blob.bin", b"\0\1" + tok.encode())
    repo.git("add", "x.cfg", "blob.bin")
    res = staged(repo)
    assert spots(res) == [("x.cfg", 2)] and res.stats.skipped_binary == 1


def test_odd_paths_submodule_and_large(repo: GitRepo) -> None:
    tok = fakes.ghp()
    repo.commit("base", {"a.py": "a = 1\n"})
    name = os.fsdecode(b"d\xe9j\xe0 vu \"q\".py")  # not UTF-8, with a space and quotes
    repo.write(name, f"x = 1\nT = '{tok}'\n")
    repo.write("big.txt", "x" * 4000 + f"\nT = '{fakes.ghp()}'\n")
    repo.git("add", "--", name, "big.txt")
    head = repo.git("rev-parse", "HEAD")
    repo.git("update-index", "--add", "--cacheinfo", f"160000,{head},vendor/sub")
    res = staged(repo, max_file_size=1024)
    assert spots(res) == [('d\\xe9j\\xe0 vu "q".py', 2)]
    assert res.stats.skipped_large == 1 and res.stats.extra["submodules_skipped"] == 1


def test_bare_and_not_a_repository(tmp_path: Path, repo: GitRepo) -> None:
    repo.commit("base", {"a.py": "a = 1\n"})
    bare = tmp_path / "b.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(repo.path), str(bare)], env=repo.env,
                   check=True)
    with pytest.raises(SourceError, match="bare repository has no index"):
        gitscan.scan_staged(config_mod.build(None, None), bare)
    plain = tmp_path / "plain"
    plain.mkdir()
    for target in (bare, plain):
        res = run("staged", str(target), "--no-progress")
        assert res.returncode == 2 and res.stderr.count("\n") == 1 and "Traceback" not in res.stderr


def test_added_line_parser_skips_hunk_bodies_that_look_like_headers() -> None:
    patch = (b"diff --git a/x b/x\nindex 1..2 100644\n--- a/x\n+++ b/x\n"
             b"@@ -1,2 +1,3 @@\n-old\n-+++ b/not-a-file\n+++ b/also-content\n+@@ -9 +9 @@\n"
             b"+last\n\\ No newline at end of file\n"
             b"diff --git a/y z b/y z\n--- a/y z\t\n+++ b/y z\t\n@@ -0,0 +1 @@\n+new\n"
             b"diff --git a/q b/q\n--- a/q\n+++ b/q\n@@ -4 +3,0 @@\n-gone\n")
    assert _added_lines(patch) == {b"x": [(1, 3)], b"y z": [(1, 1)], b"q": []}
