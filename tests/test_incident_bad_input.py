"""Bad input: one line, exit 2, nothing modified (neither the repository nor the plan dir)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import incident_scenario as sc
import pytest

from leakscan.incident import filterrepo


@pytest.fixture
def planned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[sc.Scenario, Path]:
    sc.patch_history(monkeypatch)
    s = sc.build(tmp_path / "repo")
    plan_dir = tmp_path / "plan"
    assert sc.run("incident", "plan", str(s.repo.path), "--out", str(plan_dir))[0] == 0
    for fp in [x["fingerprint"] for x in json.loads((plan_dir / "plan.json").read_text())["secrets"]]:
        assert sc.run("incident", "rotate", str(plan_dir), fp, "--waive", "--note", "test key")[0] == 0
    return s, plan_dir


def _one_error_line(err: str) -> bool:
    errors = [ln for ln in err.splitlines() if ln.startswith("leakscan: error: ")]
    return len(errors) == 1 and err.endswith(errors[0] + "\n") and "Traceback" not in err


def _refused(plan_dir: Path, repo: Path, needle: str) -> None:
    before_repo, before_plan = sc.snapshot(repo), sc.snapshot(plan_dir)
    code, out, err = sc.run("incident", "rewrite", str(plan_dir), "--execute")
    assert code == 2, (out, err)
    assert _one_error_line(err) and needle in err
    assert sc.snapshot(repo) == before_repo and sc.snapshot(plan_dir) == before_plan


def test_dirty_working_tree_is_refused(planned: tuple[sc.Scenario, Path]) -> None:
    s, plan_dir = planned
    s.repo.write("README.md", "edited\n")
    _refused(plan_dir, s.repo.path, "uncommitted or untracked")


def test_stash_is_refused(planned: tuple[sc.Scenario, Path]) -> None:
    s, plan_dir = planned
    s.repo.write("README.md", "edited\n")
    s.repo.git("stash", "-q")
    _refused(plan_dir, s.repo.path, "refs/stash")


def test_repository_changed_since_the_plan_is_refused(planned: tuple[sc.Scenario, Path]) -> None:
    s, plan_dir = planned
    s.repo.commit("later work", {"NOTES.md": "more\n"})
    _refused(plan_dir, s.repo.path, "changed since the plan")


def test_missing_git_filter_repo_is_refused(planned: tuple[sc.Scenario, Path],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    s, plan_dir = planned
    real = filterrepo.importlib.util.find_spec
    monkeypatch.setattr(filterrepo.importlib.util, "find_spec",
                        lambda name, *a: None if name == "git_filter_repo" else real(name, *a))
    monkeypatch.setattr(filterrepo.shutil, "which", lambda name: None)
    _refused(plan_dir, s.repo.path, "git-filter-repo is not installed")


def test_old_git_filter_repo_is_refused(planned: tuple[sc.Scenario, Path],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    s, plan_dir = planned
    monkeypatch.setattr(filterrepo.importlib.metadata, "version", lambda name: "2.45.0")
    _refused(plan_dir, s.repo.path, "too old")


def test_plan_dir_of_another_repository_is_refused(planned: tuple[sc.Scenario, Path],
                                                   tmp_path: Path) -> None:
    _s, plan_dir = planned
    other = sc.build(tmp_path / "other", name="other")
    doc = json.loads((plan_dir / "plan.json").read_text())
    doc["repo"]["path"], doc["repo"]["git_dir"] = str(other.repo.path), str(other.repo.path / ".git")
    (plan_dir / "plan.json").write_text(json.dumps(doc))
    _refused(plan_dir, other.repo.path, "not the repository this plan was made for")
    code, _, err = sc.run("incident", "verify", str(plan_dir), "--clone", str(other.repo.path))
    assert code == 2 and "is not a clone of" in err


def test_verify_clone_of_another_repository_is_refused(planned: tuple[sc.Scenario, Path],
                                                       tmp_path: Path) -> None:
    _, plan_dir = planned
    other = sc.build(tmp_path / "other", name="other")
    before = sc.snapshot(other.repo.path)
    code, out, err = sc.run("incident", "verify", str(plan_dir), "--clone", str(other.repo.path))
    assert code == 2 and out == "" and "is not a clone of" in err
    assert sc.snapshot(other.repo.path) == before


def test_verify_before_any_rewrite_asks_for_one(planned: tuple[sc.Scenario, Path]) -> None:
    _, plan_dir = planned
    code, _, err = sc.run("incident", "verify", str(plan_dir))
    assert code == 2 and "no rewritten mirror yet" in err


@pytest.mark.parametrize(("content", "needle"), [
    ("{not json", "not JSON"),
    ('{"tool": "gitleaks", "findings": []}', "not a leakscan JSON report"),
    ('{"tool": "leakscan", "findings": [{"rule_id": "x"}]}', "not a leakscan JSON report"),
    ('[1, 2]', "not a leakscan JSON report"),
])
def test_findings_file_that_does_not_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           content: str, needle: str) -> None:
    sc.patch_history(monkeypatch)
    s = sc.build(tmp_path / "repo")
    bad = tmp_path / "findings.json"
    bad.write_text(content)
    before = sc.snapshot(s.repo.path)
    code, _, err = sc.run("incident", "plan", str(s.repo.path), "--findings", str(bad),
                          "--out", str(tmp_path / "plan"))
    assert code == 2 and needle in err and err.count("\n") == 1
    assert not (tmp_path / "plan").exists() and sc.snapshot(s.repo.path) == before


def test_plan_input_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sc.patch_history(monkeypatch)
    s = sc.build(tmp_path / "repo")
    cases = [
        (["incident", "plan", str(tmp_path / "nowhere"), "--out", str(tmp_path / "p1")], "no such directory"),
        (["incident", "plan", str(tmp_path), "--out", str(tmp_path / "p2")], "not a git repository"),
        (["incident", "plan", str(s.repo.path), "--out", str(s.repo.path / "plan")], "inside the repository"),
        (["incident", "plan", str(s.repo.path), "--out", str(tmp_path)], "already exists"),
        (["incident", "plan", str(s.repo.path), "--only", "0000000000", "--out", str(tmp_path / "p3")],
         "matches no secret"),
    ]
    before = sc.snapshot(s.repo.path)
    for args, needle in cases:
        code, _, err = sc.run(*args)
        assert code == 2 and needle in err and _one_error_line(err), (args, err)
    assert sc.snapshot(s.repo.path) == before
    assert not any((tmp_path / p).exists() for p in ("p1", "p2", "p3"))


def test_plan_dir_errors(planned: tuple[sc.Scenario, Path], tmp_path: Path) -> None:
    s, plan_dir = planned
    fp = json.loads((plan_dir / "plan.json").read_text())["secrets"][0]["fingerprint"]
    empty = tmp_path / "empty"
    empty.mkdir()
    broken = tmp_path / "broken"
    shutil.copytree(plan_dir, broken)
    (broken / "plan.json").write_text('{"tool": "leakscan", "kind": "incident-plan", "schema": 1}')
    cases = [
        (["incident", "status", str(empty)], "no plan.json"),
        (["incident", "status", str(broken)], "not a valid leakscan incident plan"),
        (["incident", "rotate", str(plan_dir), fp, "--waive"], "--waive needs --note"),
        (["incident", "rotate", str(plan_dir), fp], "--done, --waive"),
        (["incident", "rotate", str(plan_dir), "zzzzzzzz", "--done"], "no secret in this plan"),
        (["incident", "rotate", str(plan_dir), fp[:3], "--done"], "no secret in this plan"),
        (["incident", "rotate", str(plan_dir), fp, "--done", "--note", f"old {s.file_token}"],
         "contains the secret"),
    ]
    before = sc.snapshot(plan_dir)
    for args, needle in cases:
        code, _, err = sc.run(*args)
        assert code == 2 and needle in err and err.count("\n") == 1, (args, err)
    assert sc.snapshot(plan_dir) == before
