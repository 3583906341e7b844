"""`leakscan history`: each secret once, with its whole life, over hermetic repositories."""

from __future__ import annotations

import json
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
from leakscan.models import Finding
from leakscan.pipeline import ScanResult


def cfg(**flags: Any) -> config_mod.Config:
    """Built-in config with the GitHub token rules only: quick to compile, and the history
    machinery, not rule coverage, is under test here."""
    full = config_mod.build(None, None, **flags)
    return full.with_(rules=tuple(r for r in full.rules if r.id.startswith("github-")))


def history(repo: GitRepo | Path, **kw: Any) -> ScanResult:
    path = repo.path if isinstance(repo, GitRepo) else repo
    flags = {k: kw.pop(k) for k in ("jobs", "max_file_size", "allowlist_paths") if k in kw}
    return gitscan.scan_history(cfg(**flags), path, **kw)


def x(f: Finding) -> dict[str, Any]:
    return dict(f.extra)


def where(f: Finding) -> set[tuple[str, int, str]]:
    found = [(loc.path, loc.line, loc.commit) for loc in f.locations]
    assert len(found) == len(set(found))
    return set(found)


def test_added_then_removed(repo: GitRepo) -> None:
    tok = fakes.ghp()
    c0 = repo.commit("base", {"README": "hello\n"})
    c1 = repo.commit("add config", {"app/conf.py": f"DEBUG = 1\nTOKEN = '{tok}'\n"})
    c2 = repo.commit("edit elsewhere", {"app/conf.py": f"DEBUG = 0\nTOKEN = '{tok}'\n"})
    c3 = repo.commit("drop token", {"app/conf.py": "DEBUG = 0\n"})
    [f] = history(repo).findings
    assert f.secret == tok.encode() and c0 not in {loc.commit for loc in f.locations}
    assert where(f) == {("app/conf.py", 2, c1), ("app/conf.py", 2, c2)}  # both blob versions
    e = x(f)
    assert e["introduced"]["commit"] == c1 and e["introduced"]["summary"] == "add config"
    assert (e["introduced"]["path"], e["introduced"]["line"]) == ("app/conf.py", 2)
    assert e["introduced"]["author"] == "Ada Tester" and e["introduced"]["email"] == "ada@example.test"
    assert e["introduced"]["date"].startswith("2024-01-")
    assert e["removed"]["commit"] == c3 and e["removed"]["path"] == "app/conf.py"
    assert e["in_head"] is False and e["in_worktree"] is False
    assert e["refs"] == ["refs/heads/main"]


def test_still_in_head_and_worktree(repo: GitRepo) -> None:
    tok = fakes.ghp()
    repo.commit("add", {"k.py": f"K = '{tok}'\n"})
    [f] = history(repo).findings
    assert x(f)["in_head"] is True and x(f)["removed"] is None and x(f)["in_worktree"] is True
    repo.write("k.py", "K = None\n")  # removed from the working tree only, not committed
    [f] = history(repo).findings
    assert x(f)["in_head"] is True and x(f)["in_worktree"] is False


def test_same_secret_in_two_files_and_two_branches_is_one_finding(repo: GitRepo) -> None:
    tok = fakes.ghp()
    c1 = repo.commit("one", {"a.py": f"A = '{tok}'\n", "same.py": f"A = '{tok}'\n"})
    repo.git("checkout", "-q", "-b", "feature")
    c2 = repo.commit("two", {"deploy/run.sh": f"#!/bin/sh\nexport GH={tok}\n"})
    repo.git("checkout", "-q", "main")
    c3 = repo.commit("three", {"copy.py": f"A = '{tok}'\n"})  # same blob as a.py, new path
    res = history(repo)
    [f] = res.findings
    assert where(f) == {("a.py", 1, c1), ("copy.py", 1, c3), ("deploy/run.sh", 2, c2),
                        ("same.py", 1, c1)}
    assert x(f)["refs"] == ["refs/heads/feature", "refs/heads/main"]
    assert x(f)["introduced"]["commit"] == c1
    assert res.stats.extra["blobs_scanned"] == 2  # a.py, same.py and copy.py are one blob


def test_secret_only_on_a_tag(repo: GitRepo) -> None:
    tok = fakes.ghp()
    repo.commit("base", {"a.py": "x = 1\n"})
    repo.git("checkout", "-q", "--detach")
    c = repo.commit("release build", {"release.env": f"GH_TOKEN={tok}\n"})
    repo.git("tag", "-a", "-m", "v1", "v1.0")
    repo.git("checkout", "-q", "main")
    res = history(repo)
    # an annotated tag is a ref tip, not a blob the store lacks: the scan is complete
    assert res.errors == [] and res.stats.extra["corrupt_objects"] == 0
    [f] = res.findings
    assert x(f)["refs"] == ["refs/tags/v1.0"] and x(f)["introduced"]["commit"] == c
    assert x(f)["in_head"] is False and x(f)["removed"] is None  # never in HEAD's history
    assert history(repo, branch="main").findings == []
    [g] = history(repo, branch="v1.0").findings
    assert g.fingerprint == f.fingerprint


def test_merge_does_not_reintroduce_and_evil_merge_does(repo: GitRepo) -> None:
    tok, evil = fakes.ghp(), fakes.ghp()
    repo.commit("base", {"a.py": "a = 1\n"})
    repo.git("checkout", "-q", "-b", "side")
    c_side = repo.commit("side adds token", {"s.py": f"S = '{tok}'\n"})
    repo.git("checkout", "-q", "main")
    repo.commit("main moves on", {"m.py": "m = 1\n"})
    repo.git("merge", "-q", "--no-ff", "--no-commit", "side")
    repo.write("merge_fix.py", f"E = '{evil}'\n")  # present in neither parent
    repo.git("add", "merge_fix.py")
    c_merge = repo.commit("merge side")
    res = history(repo)
    by = {f.secret.decode(): f for f in res.findings}
    assert where(by[tok]) == {("s.py", 1, c_side)}  # the merge holds it but did not add it
    assert x(by[tok])["refs"] == ["refs/heads/main", "refs/heads/side"]
    assert x(by[tok])["in_head"] is True
    assert where(by[evil]) == {("merge_fix.py", 1, c_merge)}
    assert x(by[evil])["refs"] == ["refs/heads/main"]


def test_rename_keeps_one_finding_and_range_over_the_rename_is_clean(repo: GitRepo) -> None:
    tok = fakes.ghp()
    c1 = repo.commit("add", {"old/name.py": f"T = '{tok}'\n", "keep.py": "k = 1\n"})
    repo.git("mv", "old/name.py", "new_name.py")
    c2 = repo.commit("rename")
    [f] = history(repo).findings
    assert where(f) == {("new_name.py", 1, c2), ("old/name.py", 1, c1)}
    assert x(f)["introduced"]["commit"] == c1 and x(f)["in_head"] is True
    assert x(f)["removed"] is None
    gate = history(repo, rev_range=f"{c1}..{c2}")
    assert gate.findings == [] and gate.stats.extra["commits"] == 1  # moved, not introduced


def test_range_reports_only_what_the_range_introduced(repo: GitRepo) -> None:
    old, new = fakes.ghp(), fakes.ghp()
    base = repo.commit("old secret", {"conf.py": f"OLD = '{old}'\n"})
    repo.commit("touch the file", {"conf.py": f"OLD = '{old}'\nX = 1\n"})
    tip = repo.commit("new secret", {"svc.py": f"NEW = '{new}'\n"})
    res = history(repo, rev_range=f"{base}..{tip}")
    [f] = res.findings
    assert f.secret == new.encode() and x(f)["introduced"]["commit"] == tip
    assert res.stats.extra["commits"] == 2 and res.stats.extra["carried_over"] == 1
    assert [g.secret for g in history(repo, since=base).findings] == [new.encode()]
    assert {g.secret for g in history(repo, rev_range=tip).findings} == {old.encode(), new.encode()}
    added_removed = repo.commit("add and", {"tmp.py": f"T = '{fakes.ghp()}'\n"})
    repo.commit("remove in the same push", remove=("tmp.py",))
    [h] = history(repo, rev_range=f"{tip}..HEAD").findings  # still in the pushed history
    assert x(h)["introduced"]["commit"] == added_removed and x(h)["in_head"] is False


def test_range_fails_closed(repo: GitRepo, tmp_path: Path) -> None:
    c1 = repo.commit("one", {"a.py": "a = 1\n"})
    for i in range(3):
        repo.commit(f"c{i}", {"a.py": f"a = {i}\n"})
    head = repo.git("rev-parse", "HEAD")
    with pytest.raises(SourceError, match="no commits"):
        history(repo, rev_range=f"{head}..{head}")
    with pytest.raises(SourceError, match=r"range base 'nope' is not in this repository.*fetch"):
        history(repo, rev_range="nope..HEAD")
    with pytest.raises(SourceError, match="only one of"):
        history(repo, rev_range="a..b", since="c")
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "2", f"file://{repo.path}", str(clone)],
                   env=repo.env, check=True)
    with pytest.raises(SourceError, match=r"shallow.*fetch-depth: 0"):
        history(clone, rev_range=f"{c1}..HEAD")  # the base is not in the clone
    with pytest.raises(SourceError, match="edge of this shallow clone"):
        history(clone, rev_range="HEAD")  # the range runs into the cut
    res = run("history", str(clone), "--range", f"{c1}..HEAD", "--no-progress")
    last = res.stderr.strip().splitlines()[-1]  # (a first run may say it compiles the rules)
    assert res.returncode == 2 and last.startswith("leakscan: error: range base")
    assert "git fetch --unshallow" in last and "Traceback" not in res.stderr


def _loose_path(repo: GitRepo, oid: str) -> Path:
    return repo.path / ".git" / "objects" / oid[:2] / oid[2:]


@pytest.mark.parametrize("reader", ["cat-file", "pygit2"])
def test_corrupt_object_is_named_scan_goes_on_exit_2(repo: GitRepo, reader: str) -> None:
    tok = fakes.ghp()
    repo.commit("data", {"big.txt": "".join(f"line {i} of filler text\n" for i in range(800)),
                         "z.py": f"Z = '{tok}'\n", "y.txt": "fine\n"})
    bad = repo.git("rev-parse", "HEAD:big.txt")
    loose = _loose_path(repo, bad)
    loose.chmod(0o644)
    with open(loose, "r+b") as fh:
        fh.truncate(os.path.getsize(loose) // 2)
    res = history(repo, reader=reader)
    assert [f.secret for f in res.findings] == [tok.encode()]  # the rest was scanned
    assert res.stats.extra["corrupt_objects"] == 1 and res.stats.extra["blobs_scanned"] == 2
    assert any(bad in e and "big.txt" in e for e in res.errors)
    cli = run("history", str(repo.path), "--format", "json", "--no-progress",
              env={"LEAKSCAN_BLOB_READER": reader})
    assert cli.returncode == 2 and bad in cli.stderr and "1 object(s) could not be read" in cli.stderr
    assert len(json.loads(cli.stdout)["findings"]) == 1  # the report is still written


def test_corrupt_tree_still_scans_every_stored_blob(repo: GitRepo) -> None:
    tok = fakes.ghp()
    repo.commit("one", {**{f"d/f{i}.txt": f"file {i}\n" for i in range(20)},
                        "s.py": f"S = '{tok}'\n"})
    repo.commit("two", {"e.txt": "e\n"})
    tree = repo.git("rev-parse", "HEAD:d")
    loose = _loose_path(repo, tree)
    loose.chmod(0o644)
    with open(loose, "r+b") as fh:
        fh.truncate(30)
    res = history(repo)
    [f] = res.findings  # found, though no commit can be shown for it
    assert f.secret == tok.encode() and f.locations[0].blob and x(f)["introduced"] is None
    assert res.stats.extra["corrupt_objects"] == 1 and any(tree in e for e in res.errors)
    assert res.stats.extra["findings_without_commit"] == 1


def test_both_readers_agree_and_workers_match_one_process(repo: GitRepo) -> None:
    toks = [fakes.ghp() for _ in range(3)]
    for i in range(1100):  # enough batches to start worker processes
        repo.write(f"pkg/m{i:04d}.py", f"V = {i}\n" + "x = 'filler'\n" * 200)
    repo.write("pkg/m0500.py", f"T = '{toks[0]}'\n")
    repo.write("bin/blob.dat", b"\0\1\2" + toks[1].encode())  # binary: text rules skip it
    repo.git("add", "pkg", "bin")
    repo.commit("many files")
    repo.commit("one more", {"late.py": f"L = '{toks[2]}'\n"})
    one = history(repo, jobs=1)
    two = history(repo, jobs=2)
    py = history(repo, jobs=2, reader="pygit2")
    assert two.stats.extra["jobs"] == 2 and one.stats.extra["jobs"] == 1
    assert {f.secret for f in one.findings} == {toks[0].encode(), toks[2].encode()}
    for other in (two, py):
        assert [(f.fingerprint, f.locations, f.extra) for f in other.findings] == [
            (f.fingerprint, f.locations, f.extra) for f in one.findings]
        assert other.stats.files == one.stats.files == 1101
        assert other.stats.skipped_binary == one.stats.skipped_binary == 1


def test_bare_repository_and_not_a_repository(repo: GitRepo, tmp_path: Path) -> None:
    tok = fakes.ghp()
    repo.commit("add", {"a.py": f"A = '{tok}'\n"})
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(repo.path), str(bare)], env=repo.env,
                   check=True)
    [f] = history(bare).findings
    assert x(f)["in_head"] is True and x(f)["in_worktree"] is None
    plain = tmp_path / "plain"
    plain.mkdir()
    res = run("history", str(plain), "--no-progress")
    assert res.returncode == 2 and res.stderr.count("\n") == 1
    assert res.stderr.startswith("leakscan: error:") and "not a git repository" in res.stderr
    empty = GitRepo(tmp_path / "empty")
    res = run("history", str(empty.path), "--no-progress")
    assert res.returncode == 2 and "no commits yet" in res.stderr


def test_unborn_and_detached_head(repo: GitRepo) -> None:
    tok, tok2 = fakes.ghp(), fakes.ghp()
    repo.commit("main", {"a.py": f"A = '{tok}'\n"})
    repo.git("checkout", "-q", "--orphan", "fresh")  # HEAD is unborn; main still has history
    repo.git("rm", "-rfq", ".")
    [f] = history(repo).findings
    assert x(f)["in_head"] is False and x(f)["refs"] == ["refs/heads/main"]
    repo.git("checkout", "-q", "main")
    repo.git("checkout", "-q", "--detach")
    c = repo.commit("detached work", {"d.py": f"D = '{tok2}'\n"})
    by = {f.secret.decode(): f for f in history(repo).findings}
    assert x(by[tok2])["refs"] == ["HEAD"] and x(by[tok2])["introduced"]["commit"] == c
    assert x(by[tok])["refs"] == ["HEAD", "refs/heads/main"]


def test_stash_submodule_symlink_lfs_and_odd_names(repo: GitRepo) -> None:
    toks = [fakes.ghp() for _ in range(4)]
    repo.commit("base", {"a.py": "a = 1\n"})
    repo.write("a.py", f"a = '{toks[2]}'\n")
    repo.git("stash", "-q")  # the secret now lives only in refs/stash
    sub_commit = repo.git("rev-parse", "HEAD")
    repo.git("update-index", "--add", "--cacheinfo", f"160000,{sub_commit},vendor/lib")
    os.symlink(f"ghp/{toks[0]}", repo.path / "link")  # a link's blob is its target text
    repo.git("add", "link")
    name = os.fsdecode(b"caf\xe9-\xff.py")  # not UTF-8
    repo.write(name, f"T = '{toks[1]}'\n")
    repo.write("model.bin", "version https://git-lfs.github.com/spec/v1\n"
               "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
               f"size 12345\n# {toks[3]}\n")  # an LFS pointer is text and scanned as such
    repo.git("add", "--", name, "model.bin")
    repo.commit("odd things")
    # git re-encodes a Latin-1 name on commit; write a raw commit object to keep the bytes
    head = repo.git("cat-file", "commit", "HEAD").encode()
    raw = head.replace(b"author Ada Tester", b"author Jos\xe9 Latin1", 1)
    oid = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--stdin"], cwd=repo.path,
                         env=repo.env, input=raw, capture_output=True, check=True).stdout.strip()
    repo.git("update-ref", "refs/heads/main", oid.decode())
    res = history(repo)
    by = {f.secret.decode(): f for f in res.findings}
    assert set(by) == set(toks)
    assert x(by[toks[2]])["refs"] == ["refs/stash"]
    assert by[toks[0]].locations[0].path == "link"
    assert by[toks[1]].locations[0].path == "caf\\xe9-\\xff.py"
    assert x(by[toks[1]])["introduced"]["author"] == "Jos\ufffd Latin1"
    assert by[toks[3]].locations[0].path == "model.bin"
    assert res.stats.extra["submodules_skipped"] == 1
    json.dumps([dict(f.extra) for f in res.findings])  # serialisable as is


def test_large_blobs_are_skipped_and_counted(repo: GitRepo) -> None:
    tok = fakes.ghp()
    repo.commit("big", {"big.txt": "x" * 5000 + f"\nT = '{tok}'\n", "s.py": "s = 1\n"})
    res = history(repo, max_file_size=1024)
    assert res.findings == [] and res.stats.skipped_large == 1
    assert res.stats.extra["blobs_skipped_large"] == 1 and res.stats.extra["blobs_scanned"] == 1


def test_allowlisted_paths_and_inline_allow(repo: GitRepo) -> None:
    repo.commit("fixtures", {"tests/fixtures/t.py": f"T = '{fakes.ghp()}'\n",
                             "ok.py": f"T = '{fakes.ghp()}'  # leakscan:allow revoked test key\n"})
    res = history(repo, allowlist_paths=("tests/fixtures/**",))
    assert res.findings == [] and res.stats.suppressed_allowlist == 1
    assert res.stats.suppressed_inline == 1


def test_cli_json_sarif_and_human(repo: GitRepo, tmp_path: Path) -> None:
    tok = fakes.ghp()
    c = repo.commit("add", {"a.py": f"A = '{tok}'\n"})
    res = run("history", str(repo.path), "--format", "json", "--no-progress")
    assert res.returncode == 1, res.stderr
    doc = json.loads(res.stdout)
    assert doc["kind"] == "history" and tok not in res.stdout
    [f] = doc["findings"]
    assert f["introduced"]["commit"] == c and f["refs"] == ["refs/heads/main"]
    assert f["locations"][0]["commit"] == c and f["locations"][0]["blob"]
    st = doc["stats"]
    assert st["commits"] == 1 and st["blobs_scanned"] == 1 and st["corrupt_objects"] == 0
    for phase in ("seconds_enumerate", "seconds_scan", "seconds_provenance"):
        assert isinstance(st[phase], float)
    sarif = tmp_path / "out.sarif"
    assert run("history", str(repo.path), "--format", "sarif", "-o", str(sarif)).returncode == 1
    assert tok not in sarif.read_text()
    human = run("history", str(repo.path), cwd=repo.path)
    assert human.returncode == 1 and "introduced" in human.stdout and tok not in human.stdout
    clean = GitRepo(tmp_path / "clean")
    clean.commit("init", {"a.py": "a = 1\n"})
    res = run("history", str(clean.path), "--no-progress")
    assert res.returncode == 0 and "no secrets found" in res.stderr


def test_secret_in_a_commit_message(repo: GitRepo) -> None:
    """A token pasted into a commit message is pushed and cloned like a file: `history` and
    the CI range report it at "(commit message)", dated, with the refs that reach it."""
    tok, other = fakes.ghp(), fakes.ghp()
    base = repo.commit("base", {"a.py": "x = 1\n"})
    c1 = repo.commit(f"deploy fix\n\nused GH_TOKEN={tok} to test\n", {"b.py": "y = 2\n"})
    c2 = repo.commit("add it to a file too", {"ci.env": f"GH_TOKEN={tok}\n"})
    res = history(repo)
    [f] = res.findings  # one finding: the message and the file hold the same secret
    assert where(f) == {("(commit message)", 3, c1), ("ci.env", 1, c2)}
    msg_loc = next(loc for loc in f.locations if loc.commit == c1)
    assert msg_loc.blob == "" and msg_loc.column == len("used GH_TOKEN=") + 1
    e = x(f)
    assert e["introduced"]["commit"] == c1 and e["introduced"]["path"] == "(commit message)"
    assert e["refs"] == ["refs/heads/main"] and e["in_head"] is True
    assert res.stats.extra["messages_scanned"] == 3
    # only in a message: still found, and a range gate over that commit fails on it
    repo.commit(f"rotate {other}", {"c.py": "z = 3\n"})
    found = {g.secret: g for g in history(repo).findings}
    assert x(found[other.encode()])["in_head"] is False and x(found[other.encode()])["removed"] is None
    assert [g.secret for g in history(repo, rev_range=f"{c2}..HEAD").findings] == [other.encode()]
    assert {g.secret for g in history(repo, rev_range=f"{base}..{c1}").findings} == {tok.encode()}
    [g] = history(repo, rev_range=f"{c1}..{c2}").findings  # the range holds c2 only, not c1's message
    assert where(g) == {("ci.env", 1, c2)}
    # an allowlist glob can take messages out, like any path
    assert [g.secret for g in history(repo, allowlist_paths=("ci.env", "(commit message)")).findings] == []


def test_commit_messages_in_the_cli_report(repo: GitRepo) -> None:
    tok = fakes.ghp()
    c = repo.commit(f"oops {tok}", {"a.py": "a = 1\n"})
    res = run("history", str(repo.path), "--format", "json", "--no-progress")
    assert res.returncode == 1 and tok not in res.stdout
    [f] = json.loads(res.stdout)["findings"]
    [loc] = f["locations"]
    assert (loc["path"], loc["line"], loc["column"], loc["commit"]) == ("(commit message)", 1, 6, c)
    assert f["introduced"]["commit"] == c and f["refs"] == ["refs/heads/main"]
    human = run("history", str(repo.path), cwd=repo.path)
    assert human.returncode == 1 and "(commit message)" in human.stdout and tok not in human.stdout


def test_secret_in_an_annotated_tag_message(repo: GitRepo) -> None:
    tok = fakes.ghp()
    c = repo.commit("base", {"a.py": "x = 1\n"})
    repo.git("tag", "-a", "v1.0", "-m", f"release 1.0\n\ndeployed with {tok}\n")
    repo.git("tag", "v1.0-light")  # a lightweight tag has no message of its own
    tag = repo.git("rev-parse", "v1.0")
    res = history(repo)
    [f] = res.findings
    assert where(f) == {("(tag message)", 3, tag)} and f.locations[0].blob == ""
    e = x(f)
    assert e["introduced"]["commit"] == tag and e["introduced"]["summary"] == "release 1.0"
    assert e["introduced"]["author"] == "Ada Tester" and e["introduced"]["date"].startswith("2024-01-")
    assert e["refs"] == ["refs/tags/v1.0"] and e["in_head"] is False
    assert res.stats.extra["messages_scanned"] == 2  # one commit, one annotated tag
    assert history(repo, rev_range=c).findings == []  # a range scans commits, not tags
