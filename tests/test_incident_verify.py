"""verify: every object, reachable or not; leftovers in reflogs, stashes and unreachable objects
are named; the purge commands it prints make the clone clean."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import incident_scenario as sc
import pytest
from gitrepo import GitRepo


@pytest.fixture(scope="module")
def rewritten(tmp_path_factory: pytest.TempPathFactory) -> tuple[sc.Scenario, Path]:
    root = tmp_path_factory.mktemp("verify")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))
        sc.patch_history(mp)
        s = sc.build(root / "repo")
        plan_dir = root / "plan"
        code, _, err = sc.run("incident", "plan", str(s.repo.path), "--out", str(plan_dir))
        assert code == 0, err
        for x in json.loads((plan_dir / "plan.json").read_text())["secrets"]:
            sc.run("incident", "rotate", str(plan_dir), x["fingerprint"], "--done")
        code, _out, err = sc.run("incident", "rewrite", str(plan_dir), "--execute")
        assert code == 0, err
    return s, plan_dir


def _clone(src: Path, dest: Path) -> GitRepo:
    subprocess.run(["git", "clone", "-q", "--no-local", str(src), str(dest)], check=True,
                   capture_output=True)
    return GitRepo(dest)


def _verify(plan_dir: Path, clone: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    sc.patch_history(monkeypatch)
    code, out, err = sc.run("incident", "verify", str(plan_dir), "--clone", str(clone))
    assert code in (0, 1), err
    return code, out


def test_reflog_unreachable_and_stash_leftovers_are_found_then_purged(
        rewritten: tuple[sc.Scenario, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s, plan_dir = rewritten
    clone = _clone(plan_dir / "mirror.git", tmp_path / "colleague")
    assert _verify(plan_dir, clone.path, monkeypatch)[0] == 0

    clone.commit("oops", {"app/local.py": f'TOKEN = "{s.file_token}"\n'})
    clone.git("reset", "-q", "--hard", "HEAD~1")
    code, out = _verify(plan_dir, clone.path, monkeypatch)
    assert code == 1 and "LEFT IN OBJECT STORE (reflog)" in out and "STILL IN HISTORY" not in out
    assert "git reflog expire --expire=now --all && git stash clear && git gc --prune=now" in out

    clone.git("reflog", "expire", "--expire=now", "--all")
    code, out = _verify(plan_dir, clone.path, monkeypatch)
    assert code == 1 and "LEFT IN OBJECT STORE (unreachable)" in out

    clone.git("gc", "-q", "--prune=now")
    assert _verify(plan_dir, clone.path, monkeypatch)[0] == 0

    clone.write("README.md", f"token {s.file_token}\n")
    clone.git("stash", "-q")
    code, out = _verify(plan_dir, clone.path, monkeypatch)
    assert code == 1 and "LEFT IN OBJECT STORE (stash)" in out
    clone.git("reflog", "expire", "--expire=now", "--all")
    clone.git("gc", "-q", "--prune=now")
    code, out = _verify(plan_dir, clone.path, monkeypatch)
    assert code == 1 and "(stash)" in out  # refs/stash survives reflog expiry (remediation.md §B.5)
    clone.git("stash", "clear")
    clone.git("gc", "-q", "--prune=now")
    assert _verify(plan_dir, clone.path, monkeypatch)[0] == 0


def test_working_tree_copy_is_reported(rewritten: tuple[sc.Scenario, Path], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    s, plan_dir = rewritten
    clone = _clone(plan_dir / "mirror.git", tmp_path / "wt")
    clone.write("app/settings.py", f'GITHUB_TOKEN = "{s.file_token}"\n')
    code, out = _verify(plan_dir, clone.path, monkeypatch)
    assert code == 1 and "working tree file app/settings.py" in out
    assert s.file_token not in out


def test_stale_clone_reports_history_and_old_commits(rewritten: tuple[sc.Scenario, Path],
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s, plan_dir = rewritten
    clone = _clone(s.repo.path, tmp_path / "stale")
    code, out = _verify(plan_dir, clone.path, monkeypatch)
    assert code == 1 and "STILL IN HISTORY" in out and "pre-rewrite commit" in out


def test_a_bare_server_after_push_keeps_objects_until_gc(
        rewritten: tuple[sc.Scenario, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reference experiment (§B.5): after push --force --mirror the server still stores the
    old objects; gc --prune=now removes them. The printed push command is what we run here."""
    s, plan_dir = rewritten
    server = tmp_path / "server.git"
    subprocess.run(["git", "clone", "-q", "--mirror", "--no-local", str(s.repo.path), str(server)],
                   check=True, capture_output=True)
    subprocess.run(["git", "-C", str(plan_dir / "mirror.git"), "push", "-q", "--force", "--mirror",
                    str(server)], check=True, capture_output=True)
    code, out = _verify(plan_dir, server, monkeypatch)
    assert code == 1 and "STILL IN HISTORY" not in out and "(unreachable)" in out
    subprocess.run(["git", "-C", str(server), "gc", "-q", "--prune=now"], check=True)
    code, out = _verify(plan_dir, server, monkeypatch)
    assert code == 0, out
