"""End to end on a hermetic repository: plan, refuse, rotate, rewrite --execute, verify.

One git-filter-repo run for the module; each test asserts one property of it. The repo has
two branches, an annotated tag, forge-style refs/pull/1/head and refs/pull/2/head (a commit
reachable only from the PR ref), and secrets in a file, a .env, a binary file and a commit
message.
"""

from __future__ import annotations

import json
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path

import incident_scenario as sc
import pytest

from leakscan.incident import gitcmd


@dataclass
class Flow:
    s: sc.Scenario
    plan_dir: Path
    before: dict[str, str]
    before_refs: dict[str, str]
    before_count: int
    plan: tuple[int, str, str]
    plan_files: dict[str, bytes]
    refused: tuple[int, str, str]
    refused_listing: list[str]
    dry: tuple[int, str, str]
    execute: tuple[int, str, str]
    verify_mirror: tuple[int, str, str]
    verify_original: tuple[int, str, str]
    again: tuple[int, str, str]
    status: tuple[int, str, str]

    @property
    def mirror(self) -> Path:
        return self.plan_dir / "mirror.git"


@pytest.fixture(scope="module")
def flow(tmp_path_factory: pytest.TempPathFactory) -> Flow:
    root = tmp_path_factory.mktemp("e2e")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))
        sc.patch_history(mp, real=True)
        s = sc.build(root / "repo")
        repo = s.repo.path
        before = sc.snapshot(repo)
        before_refs, before_count = gitcmd.refs(repo / ".git"), gitcmd.object_count(repo / ".git")
        plan_dir = root / "incident"
        plan = sc.run("incident", "plan", str(repo), "--out", str(plan_dir))
        plan_files = {p.name: p.read_bytes() for p in plan_dir.iterdir()}
        refused = sc.run("incident", "rewrite", str(plan_dir), "--execute")
        refused_listing = sorted(p.name for p in plan_dir.iterdir())
        fps = [x["fingerprint"] for x in json.loads(plan_files["plan.json"])["secrets"]]
        for fp in fps:
            assert sc.run("incident", "rotate", str(plan_dir), fp[:8], "--done",
                          "--note", "revoked in the provider console")[0] == 0
        dry = sc.run("incident", "rewrite", str(plan_dir))
        execute = sc.run("incident", "rewrite", str(plan_dir), "--execute")
        verify_mirror = sc.run("incident", "verify", str(plan_dir))
        verify_original = sc.run("incident", "verify", str(plan_dir), "--clone", str(repo))
        again = sc.run("incident", "rewrite", str(plan_dir), "--execute")
        status = sc.run("incident", "status", str(plan_dir))
    return Flow(s, plan_dir, before, before_refs, before_count, plan, plan_files, refused,
                refused_listing, dry, execute, verify_mirror, verify_original, again, status)


def test_plan_finds_every_secret_and_lists_whole_file_removals(flow: Flow) -> None:
    assert flow.plan[0] == 0, flow.plan
    doc = json.loads(flow.plan_files["plan.json"])
    assert len(doc["secrets"]) == 4  # file token, aws pair (one finding), binary, message
    assert sorted(doc["remove_paths"]) == [".env", "data/cache.bin"]
    by_kind = {(bool(s["binary_blobs"]), bool(s["messages"])) for s in doc["secrets"]}
    assert (True, False) in by_kind and (False, True) in by_kind
    assert flow.plan_files["paths.txt"] == b"literal:.env\nliteral:data/cache.bin\n"


def test_secret_literals_appear_only_in_the_expressions_file(flow: Flow) -> None:
    for name, data in flow.plan_files.items():
        for label, secret in flow.s.secrets.items():
            if name == "expressions.txt":
                assert secret.encode() in data, label
            else:
                assert secret.encode() not in data, f"{label} leaked into {name}"
    for stream in flow.plan[1:] + flow.execute[1:] + flow.verify_original[1:] + flow.status[1:]:
        assert not any(secret in stream for secret in flow.s.secrets.values())


def test_expressions_file_is_private_exact_and_has_no_comment_lines(flow: Flow) -> None:
    lines = flow.plan_files["expressions.txt"].splitlines()
    assert len(lines) == 5
    for line in lines:
        assert line.startswith(b"literal:") and not line.startswith(b"#")
        body, marker = line.rsplit(b"==>", 1)
        assert body[8:].decode() in flow.s.secrets.values()
        assert marker.startswith(b"***REMOVED-") and marker.endswith(b"***")


def test_execute_refuses_before_rotation_and_creates_nothing(flow: Flow) -> None:
    code, out, err = flow.refused
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "4 secret(s) not rotated" in err
    assert "mirror.git" not in flow.refused_listing and "original.bundle" not in flow.refused_listing


def test_dry_run_lists_commands_and_passes_checks(flow: Flow) -> None:
    code, out, _ = flow.dry
    assert code == 0
    assert "--sensitive-data-removal" in out and "--invert-paths --paths-from-file" in out
    assert "--replace-message" in out and "clone --mirror --no-local" in out
    assert "Ready:" in out


def test_execute_rewrites_verifies_and_prints_next_steps(flow: Flow) -> None:
    code, out, err = flow.execute
    assert code == 0, err
    assert "clean: no object holds a planned secret" in out
    assert "You rewrote" in err and "First Changed Commit" in err
    fcc = (flow.mirror / "filter-repo/first-changed-commits").read_text()
    first = [ln.split()[0] for ln in fcc.splitlines()]
    for needle in ["push --force", first[0], "Affected pull requests: 2", "Remove blobs",
                   "git reflog expire --expire=now --all", "git stash clear", "git gc --prune=now",
                   "re-clone"]:
        assert needle in out, needle
    assert (flow.plan_dir / "NEXT-STEPS.md").read_text() in out
    assert first[0] in (flow.plan_dir / "pre-receive").read_text()


def test_no_object_of_the_mirror_holds_any_secret(flow: Flow) -> None:
    everything = sc.all_objects(flow.mirror)
    assert everything  # not vacuous
    for label, secret in flow.s.secrets.items():
        assert secret.encode() not in everything, label
    assert b"***REMOVED-github-pat-classic***" in everything  # the message and settings.py


def test_mirror_keeps_every_ref_rewritten_and_drops_whole_files(flow: Flow) -> None:
    refs = gitcmd.refs(flow.mirror)
    for ref in ["refs/heads/main", "refs/heads/feature/cache", "refs/tags/v1.0",
                "refs/pull/1/head", "refs/pull/2/head"]:
        assert ref in refs and refs[ref] != flow.before_refs[ref], ref
    changed = (flow.mirror / "filter-repo/changed-refs").read_text().split()
    assert "refs/pull/1/head" in changed and "refs/pull/2/head" in changed
    names = subprocess.run(["git", "rev-list", "--all", "--objects"], cwd=flow.mirror,
                           capture_output=True, text=True, check=True).stdout
    assert ".env" not in names and "data/cache.bin" not in names and "app/settings.py" in names


def test_mirror_cannot_push_anywhere_and_secrets_files_are_gone_or_private(flow: Flow) -> None:
    assert gitcmd.config(flow.mirror, "remote.origin.url") is None
    assert not (flow.plan_dir / "expressions.txt").exists()
    bundle = flow.plan_dir / "original.bundle"
    assert stat.S_IMODE(bundle.stat().st_mode) & 0o077 == 0
    heads = subprocess.run(["git", "bundle", "list-heads", str(bundle)], capture_output=True,
                           text=True, check=True).stdout
    assert "refs/pull/2/head" in heads  # a full backup of the original


def test_original_repository_is_byte_for_byte_untouched(flow: Flow) -> None:
    repo = flow.s.repo.path
    assert sc.snapshot(repo) == flow.before
    assert gitcmd.refs(repo / ".git") == flow.before_refs
    assert gitcmd.object_count(repo / ".git") == flow.before_count


def test_verify_mirror_is_clean_and_original_is_not(flow: Flow) -> None:
    assert flow.verify_mirror[0] == 0 and "clean:" in flow.verify_mirror[1]
    code, out, _ = flow.verify_original
    assert code == 1
    assert out.count("STILL IN HISTORY") == 5  # settings.py, pr.py, .env, cache.bin, message
    assert "pre-rewrite commit" in out


def test_second_execute_is_refused(flow: Flow) -> None:
    code, _, err = flow.again
    assert code == 2 and "already executed" in err


def test_status_shows_rotation_rewrite_and_verifications(flow: Flow) -> None:
    code, out, _ = flow.status
    assert code == 0
    assert out.count("[x] ") >= 6 and "rotated" in out and "verified clean" in out
    assert "[!]" in out  # the original repository failed verification
    assert "NEXT-STEPS.md" in out


def test_no_temporary_files_are_left_in_the_plan_dir(flow: Flow) -> None:
    assert not [p.name for p in flow.plan_dir.iterdir() if p.name.startswith(".")]


def test_recommended_flow_from_a_mirror_of_the_server(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Plan from `git clone --mirror SERVER`: every server ref (refs/pull/* too) is rewritten,
    the push command mirrors back to the server, and the server is not touched by leakscan."""
    sc.patch_history(monkeypatch, real=True)
    s = sc.build(tmp_path / "dev")
    server = tmp_path / "server.git"
    subprocess.run(["git", "clone", "-q", "--mirror", str(s.repo.path), str(server)], check=True)
    subprocess.run(["git", "-C", str(server), "remote", "remove", "origin"], check=True)
    local = tmp_path / "repo.git"
    subprocess.run(["git", "clone", "-q", "--mirror", str(server), str(local)], check=True)
    server_before, local_before = sc.snapshot(server), sc.snapshot(local)
    plan_dir = tmp_path / "plan"
    code, _, err = sc.run("incident", "plan", str(local), "--out", str(plan_dir))
    assert code == 0 and "working clone" not in err
    for x in json.loads((plan_dir / "plan.json").read_text())["secrets"]:
        sc.run("incident", "rotate", str(plan_dir), x["fingerprint"], "--done")
    code, out, err = sc.run("incident", "rewrite", str(plan_dir), "--execute")
    assert code == 0, err
    mirror = plan_dir / "mirror.git"
    assert f"git -C {mirror} push --force --mirror {server}" in out
    assert {"refs/pull/1/head", "refs/pull/2/head"} <= set(gitcmd.refs(mirror))
    assert sc.snapshot(server) == server_before and sc.snapshot(local) == local_before
    everything = sc.all_objects(mirror)
    assert not any(v.encode() in everything for v in s.secrets.values())
