"""The plan: selection, whole-file leaks, multi-line keys, scrubbing, the fingerprint key."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import fakes
import incident_scenario as sc
import pytest
from gitrepo import GitRepo

from leakscan.incident import model, plan, render
from leakscan.incident.model import PlannedSecret


def _plan(repo: Path, out: Path, *extra: str) -> dict:  # type: ignore[type-arg]
    code, _stdout, err = sc.run("incident", "plan", str(repo), "--out", str(out), *extra)
    assert code == 0, err
    return json.loads((out / "plan.json").read_text())


@pytest.fixture
def scenario(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> sc.Scenario:
    sc.patch_history(monkeypatch)
    return sc.build(tmp_path / "repo")


def test_findings_file_and_only_select_secrets(scenario: sc.Scenario, tmp_path: Path) -> None:
    everything = _plan(scenario.repo.path, tmp_path / "all")
    fps = [s["fingerprint"] for s in everything["secrets"]]
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"tool": "leakscan", "schema": 1, "findings": [
        {"fingerprint": fps[0]}, {"fingerprint": fps[1]}, {"fingerprint": "f" * 32}]}))
    picked = _plan(scenario.repo.path, tmp_path / "two", "--findings", str(report))
    assert sorted(s["fingerprint"] for s in picked["secrets"]) == sorted(fps[:2])
    assert "not in this repository's history" in (tmp_path / "two" / "PLAN.md").read_text()
    one = _plan(scenario.repo.path, tmp_path / "one", "--findings", str(report), "--only", fps[1][:10])
    assert [s["fingerprint"] for s in one["secrets"]] == [fps[1]]
    lines = (tmp_path / "one" / "expressions.txt").read_bytes().splitlines()
    assert 1 <= len(lines) <= 2  # the secret (and its paired id, if any)


def test_commit_summary_holding_a_secret_is_scrubbed(scenario: sc.Scenario, tmp_path: Path) -> None:
    doc = _plan(scenario.repo.path, tmp_path / "p")
    summaries = [s["introduced"]["summary"] for s in doc["secrets"] if s["messages"]]
    assert summaries and "wire deploy (uses token ghp_" in summaries[0]
    assert scenario.message_token not in summaries[0] and "[40 chars]" in summaries[0]
    # the history scan now reports secrets in messages too: a message is no path to rewrite
    assert all("(commit message)" not in s["paths"] and "(commit message)" not in s["remove_paths"]
               for s in doc["secrets"])


@pytest.fixture
def keyrepo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[GitRepo, str, str]:
    sc.patch_history(monkeypatch)
    repo = GitRepo(tmp_path / "keys")
    key, pw = fakes.pem_private_key(7), fakes.password(3)
    repo.commit("deploy key", {"deploy/id_rsa": key, "app/tls.py": f'KEY = """{key}"""\n'})
    repo.commit("example env", {".env.example": f'password = "{pw}"\n', "README.md": "hi\n"})
    return repo, key, pw


def test_key_files_go_whole_templates_are_redacted_and_pem_blocks_become_regexes(
        keyrepo: tuple[GitRepo, str, str], tmp_path: Path) -> None:
    repo, key, pw = keyrepo
    out = tmp_path / "plan"
    doc = _plan(repo.path, out)
    assert doc["remove_paths"] == ["deploy/id_rsa"]  # not .env.example: a template is redacted
    lines = (out / "expressions.txt").read_bytes().splitlines()
    assert lines and all(ln.startswith(b"regex:") for ln in lines)  # a secret spans lines
    for s in doc["secrets"]:
        sc.run("incident", "rotate", str(out), s["fingerprint"], "--done")
    code, _stdout, err = sc.run("incident", "rewrite", str(out), "--execute")
    assert code == 0, err
    mirror = out / "mirror.git"
    everything = sc.all_objects(mirror)
    assert key.encode() not in everything and pw.encode() not in everything
    show = subprocess.run(["git", "show", "HEAD:app/tls.py"], cwd=mirror, capture_output=True,
                          text=True, check=True).stdout
    assert show == 'KEY = """***REMOVED-private-key-pem***\n"""\n'
    env = subprocess.run(["git", "show", "HEAD:.env.example"], cwd=mirror, capture_output=True,
                         text=True, check=True).stdout
    assert "***REMOVED-" in env


@pytest.mark.parametrize(("path", "whole"), [
    (".env", True), ("config/.env.production", True), ("deploy/prod.env", True),
    ("home/.ssh/id_ed25519", True), ("certs/server.key", True), ("store/app.p12", True),
    ("android/release.keystore", True), (".env.example", False), ("config/.env.sample", False),
    ("app/settings.py", False), ("docs/env.md", False), ("id_rsa.pub", False),
])
def test_whole_file_paths(path: str, whole: bool) -> None:
    assert plan.whole_file(path) is whole


def test_short_literal_is_flagged_for_review() -> None:
    s = PlannedSecret("f" * 32, "h" * 32, "generic-password-assignment", "Password", "Generic",
                      "high", "password", "****[6 chars]", 6)
    text = "\n".join(render.secret_block(1, s))
    assert "WARNING: only 6 characters" in text


def test_provider_without_a_guide_gets_its_name_and_documentation() -> None:
    from leakscan.incident import guides
    from leakscan.rules import load_builtin

    rule = next(r for r in load_builtin() if r.id == "unsplash-access-key")
    assert rule.rotation and guides.resolve(rule.rotation, rule_id=rule.id).id == guides.GENERIC
    s = PlannedSecret("f" * 32, "h" * 32, rule.id, rule.name, rule.provider, rule.severity,
                      rule.rotation, "****[43 chars]", 43, references=rule.references)
    text = "\n".join(render.guide_block(s, "plan"))
    assert f": Unsplash (no guide for `{rule.rotation}`: generic checklist)" in text
    revoke = text.split("Where to revoke:\n", 1)[1].splitlines()[0]
    assert revoke.startswith("- Unsplash: ") and f"<{rule.references[0]}>" in revoke
    assert f"- <{rule.references[0]}>" in text.split("References:", 1)[1]
    # A plan written before plans carried references still renders (no documentation line).
    old = PlannedSecret("f" * 32, "h" * 32, rule.id, rule.name, rule.provider, rule.severity,
                        rule.rotation, "****[43 chars]", 43)
    assert "- Unsplash: the console, API or CLI where its keys and tokens are managed\n" in (
        "\n".join(render.guide_block(old, "plan")) + "\n")


def test_a_dedicated_guide_keeps_its_title_and_adds_the_rule_documentation() -> None:
    s = PlannedSecret("f" * 32, "h" * 32, "stripe-secret-key", "Stripe secret key", "Stripe",
                      "critical", "stripe", "****[32 chars]", 32, references=("https://example.org/tok",))
    text = "\n".join(render.guide_block(s, "plan"))
    assert "no guide for" not in text and "generic checklist" not in text
    assert "- <https://example.org/tok>" in text.split("References:", 1)[1]


def test_plan_json_round_trips(scenario: sc.Scenario, tmp_path: Path) -> None:
    _plan(scenario.repo.path, tmp_path / "p")
    loaded = model.load(tmp_path / "p")
    assert model.from_json(model.to_json(loaded), "x") == loaded


def test_custom_fingerprint_key_is_recorded_and_enforced(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    sc.patch_history(monkeypatch)
    repo = GitRepo(tmp_path / "r")
    repo.commit("cfg", {".leakscan.toml": 'fingerprint_key = "team-secret-key"\n',
                        "app.py": f'TOKEN = "{fakes.ghp(9)}"\n'})
    doc = _plan(repo.path, tmp_path / "p")
    assert doc["fingerprint_key"].startswith("custom:")
    other = tmp_path / "other.toml"
    other.write_text('fingerprint_key = "another-key"\n')
    code, _, err = sc.run("incident", "verify", str(tmp_path / "p"), "--clone", str(repo.path),
                          "--config", str(other))
    assert code == 2 and "fingerprint key differs" in err
    code, out, _ = sc.run("incident", "verify", str(tmp_path / "p"), "--clone", str(repo.path))
    assert code == 1 and "STILL IN HISTORY" in out  # the recorded config finds it


def test_clean_history_plans_nothing_and_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sc.patch_history(monkeypatch)
    repo = GitRepo(tmp_path / "clean")
    repo.commit("docs", {"README.md": "nothing secret here\n"})
    code, out, _ = sc.run("incident", "plan", str(repo.path), "--out", str(tmp_path / "p"))
    assert code == 0 and "nothing to plan" in out and not (tmp_path / "p").exists()
