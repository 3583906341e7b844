"""CI gate: each provider's environment simulated, shallow clones fail closed, end-to-end runs."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import fakes
import pytest
from cli import run
from gitrepo import GitRepo

from leakscan import ci_env
from leakscan.commands.ci import resolve
from leakscan.errors import SourceError

A, B, C = "a" * 40, "b" * 40, "c" * 40
HAS_HISTORY = (Path(__file__).parents[1] / "src" / "leakscan" / "gitscan.py").exists()
needs_history = pytest.mark.skipif(not HAS_HISTORY, reason="leakscan history not built yet")


def gh(tmp_path: Path, event: str, payload: dict[str, object] | None, **extra: str) -> dict[str, str]:
    env = {"GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": event, "GITHUB_SHA": C, **extra}
    if payload is not None:
        path = tmp_path / "event.json"
        path.write_text(json.dumps(payload))
        env["GITHUB_EVENT_PATH"] = str(path)
    return env


# -- GitHub Actions ---------------------------------------------------------------------------


def test_github_pull_request_from_payload(tmp_path: Path) -> None:
    payload = {"pull_request": {"base": {"sha": A}, "head": {"sha": B}}}
    for event in ("pull_request", "pull_request_target"):
        ch = ci_env.detect(gh(tmp_path, event, payload, GITHUB_BASE_REF="main"))
        assert ch is not None and (ch.provider, ch.head, ch.bases) == ("github", B, (A,))
        assert "fetch-depth: 0" in ch.fetch_hint


def test_github_pull_request_without_payload_uses_base_ref(tmp_path: Path) -> None:
    ch = ci_env.detect(gh(tmp_path, "pull_request", None, GITHUB_BASE_REF="develop",
                          GITHUB_HEAD_REF="feature"))
    assert ch is not None and (ch.head, ch.bases) == ("HEAD", ("origin/develop",))
    with pytest.raises(SourceError, match="--range"):
        ci_env.detect(gh(tmp_path, "pull_request", None))


def test_github_push_before_after(tmp_path: Path) -> None:
    ch = ci_env.detect(gh(tmp_path, "push", {"before": A, "after": B, "ref": "refs/heads/main",
                                             "repository": {"default_branch": "main"}}))
    assert ch is not None and (ch.event, ch.head, ch.bases) == ("push", B, (A,))
    forced = ci_env.detect(gh(tmp_path, "push", {"before": A, "after": B, "forced": True,
                                                 "repository": {"default_branch": "main"}}))
    assert forced is not None and forced.bases == (A, "origin/main")


def test_github_push_new_branch_and_first_push(tmp_path: Path) -> None:
    zero = ci_env.ZERO
    repo = {"default_branch": "main"}
    ch = ci_env.detect(gh(tmp_path, "push", {"before": zero, "after": B, "created": True,
                                             "ref": "refs/heads/feature/x", "repository": repo}))
    assert ch is not None and (ch.head, ch.bases) == (B, ("origin/main",)) and "new branch" in ch.note
    first = ci_env.detect(gh(tmp_path, "push", {"before": zero, "after": B, "ref": "refs/heads/main",
                                                "repository": repo}))
    assert first is not None and first.full and first.head == B
    gone = ci_env.detect(gh(tmp_path, "push", {"before": A, "after": zero, "deleted": True}))
    assert gone is not None and gone.head is None


def test_github_merge_group_and_unsupported_events(tmp_path: Path) -> None:
    ch = ci_env.detect(gh(tmp_path, "merge_group", {"merge_group": {"base_sha": A, "head_sha": B}}))
    assert ch is not None and (ch.head, ch.bases) == (B, (A,))
    with pytest.raises(SourceError, match="'schedule' has no change range"):
        ci_env.detect(gh(tmp_path, "schedule", {}))
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(SourceError, match="cannot read the event payload"):
        ci_env.detect({"GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "push",
                       "GITHUB_EVENT_PATH": str(tmp_path / "bad.json")})


# -- GitLab CI --------------------------------------------------------------------------------


def gl(**extra: str) -> dict[str, str]:
    return {"GITLAB_CI": "true", "CI_COMMIT_SHA": B, "CI_DEFAULT_BRANCH": "main", **extra}


def test_gitlab_merge_request() -> None:
    ch = ci_env.detect(gl(CI_PIPELINE_SOURCE="merge_request_event", CI_MERGE_REQUEST_IID="7",
                          CI_MERGE_REQUEST_DIFF_BASE_SHA=A, CI_MERGE_REQUEST_TARGET_BRANCH_SHA=C,
                          CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main"))
    assert ch is not None and (ch.provider, ch.event, ch.head) == ("gitlab", "merge_request", B)
    assert ch.bases == (A, C, "origin/main") and "GIT_DEPTH: 0" in ch.fetch_hint
    only_target = ci_env.detect(gl(CI_PIPELINE_SOURCE="merge_request_event",
                                   CI_MERGE_REQUEST_TARGET_BRANCH_SHA=C))
    assert only_target is not None and only_target.bases == (C,)
    with pytest.raises(SourceError, match="CI_MERGE_REQUEST_DIFF_BASE_SHA"):
        ci_env.detect(gl(CI_PIPELINE_SOURCE="merge_request_event"))


def test_gitlab_push_new_branch_and_default_branch() -> None:
    ch = ci_env.detect(gl(CI_PIPELINE_SOURCE="push", CI_COMMIT_BEFORE_SHA=A, CI_COMMIT_BRANCH="x"))
    assert ch is not None and (ch.head, ch.bases) == (B, (A,))
    new = ci_env.detect(gl(CI_PIPELINE_SOURCE="push", CI_COMMIT_BEFORE_SHA=ci_env.ZERO,
                           CI_COMMIT_BRANCH="feature"))
    assert new is not None and new.bases == ("origin/main",)
    first = ci_env.detect(gl(CI_PIPELINE_SOURCE="push", CI_COMMIT_BEFORE_SHA=ci_env.ZERO,
                             CI_COMMIT_BRANCH="main"))
    assert first is not None and first.full


def test_outside_ci_and_manual_ranges() -> None:
    assert ci_env.detect({"CI": "true"}) is None
    assert (ci_env.manual("v1.0..HEAD").bases, ci_env.manual("v1.0..HEAD").head) == (("v1.0",), "HEAD")
    assert ci_env.manual("main..").head == "HEAD" and ci_env.manual("feature").full
    for bad in ("..HEAD", "a...b"):
        with pytest.raises(SourceError):
            ci_env.manual(bad)


# -- resolving the range in a real clone -----------------------------------------------------


@pytest.fixture
def origin(repo: GitRepo) -> tuple[GitRepo, list[str]]:
    shas = [repo.commit(f"c{i}", {f"f{i}.txt": f"{i}\n"}) for i in range(6)]
    return repo, shas


def _clone(src: GitRepo, dest: Path, *args: str) -> Path:
    subprocess.run(["git", "clone", "-q", *args, f"file://{src.path}", str(dest)], env=src.env, check=True)
    return dest


def test_resolve_full_clone(origin: tuple[GitRepo, list[str]]) -> None:
    repo, shas = origin
    head, base, commits = resolve(repo.path, ci_env.Change("local", "--range", shas[5], (shas[2],)))
    assert (head, base, commits) == (shas[5], shas[2], [shas[5], shas[4], shas[3]])
    head, base, _ = resolve(repo.path, ci_env.Change("local", "x", "HEAD", ("nope", shas[4])))
    assert base == shas[4]  # the first base that exists wins
    with pytest.raises(SourceError, match="not in the clone, so the range cannot be worked out; fetch it"):
        resolve(repo.path, ci_env.Change("local", "x", "HEAD", (A,)))


def test_shallow_clone_fails_closed_naming_the_depth(origin: tuple[GitRepo, list[str]],
                                                     tmp_path: Path) -> None:
    repo, shas = origin
    clone = _clone(repo, tmp_path / "shallow", "--depth", "2")
    gh_change = ci_env.Change("github", "push", shas[5], (shas[1],), ci_env.GITHUB_DEPTH)
    with pytest.raises(SourceError, match=r"the clone is shallow: set `fetch-depth: 0`"):
        resolve(clone, gh_change)
    # The base fetched on its own is not enough: the history between base and head is cut.
    subprocess.run(["git", "fetch", "-q", "--depth", "1", "origin", shas[1]], cwd=clone, env=repo.env,
                   check=True)
    with pytest.raises(SourceError, match="cut short"):
        resolve(clone, gh_change)
    with pytest.raises(SourceError, match="GIT_DEPTH: 0"):
        resolve(clone, ci_env.Change("gitlab", "push", shas[5], (), ci_env.GITLAB_DEPTH))
    # A range that lies inside the fetched history is complete, shallow or not.
    _, base, commits = resolve(clone, ci_env.Change("gitlab", "push", shas[5], (shas[4],)))
    assert (base, commits) == (shas[4], [shas[5]])


# -- end to end ------------------------------------------------------------------------------


@needs_history
def test_ci_github_pull_request_end_to_end(origin: tuple[GitRepo, list[str]], tmp_path: Path) -> None:
    repo, _ = origin
    old = fakes.ghp()
    repo.commit("old secret, before the branch", {"old.py": f"T = '{old}'\n"})
    base = repo.git("rev-parse", "HEAD")
    tok = fakes.ghp()
    repo.commit("feature", {"app.py": f"T = '{tok}'\n"})
    head = repo.commit("more", {"b.txt": "x\n"})
    payload = {"pull_request": {"base": {"sha": base}, "head": {"sha": head}}}
    summary = tmp_path / "summary.md"
    env = {**repo.env, **gh(tmp_path, "pull_request", payload), "GITHUB_STEP_SUMMARY": str(summary)}
    sarif = tmp_path / "out.sarif"
    res = run("ci", "--format", "sarif", "--output", str(sarif), cwd=repo.path, env=env)
    assert res.returncode == 1, res.stderr
    assert f"{base[:12]}..{head[:12]}" in res.stderr and "scanned 2 commit(s)" in res.stderr
    assert "app.py:1" in res.stderr and "old.py" not in res.stderr and tok not in res.stderr + res.stdout
    assert "::error file=app.py,line=1" in res.stdout
    doc = json.loads(sarif.read_text())
    assert [r["ruleId"] for r in doc["runs"][0]["results"]] == ["github-pat-classic"]
    assert "1 new secret(s)" in summary.read_text()
    # Accepting it in the baseline turns the gate green.
    assert run("baseline", "create", str(repo.path), cwd=repo.path, env=repo.env).returncode == 0
    res = run("ci", cwd=repo.path, env=env)
    assert res.returncode == 0 and "1 suppressed" in res.stderr and "no new secrets" in res.stderr


@needs_history
def test_ci_fails_on_a_secret_pasted_into_a_commit_message(origin: tuple[GitRepo, list[str]],
                                                            tmp_path: Path) -> None:
    repo, shas = origin
    tok = fakes.ghp()
    head = repo.commit(f"fix deploy\n\nworks with GH_TOKEN={tok}\n", {"b.txt": "x\n"})
    payload = {"pull_request": {"base": {"sha": shas[5]}, "head": {"sha": head}}}
    env = {**repo.env, **gh(tmp_path, "pull_request", payload)}
    res = run("ci", cwd=repo.path, env=env)
    assert res.returncode == 1, res.stderr
    assert f"(commit message):3 @ {head[:10]}" in res.stderr and tok not in res.stderr + res.stdout
    assert "::error title=leakscan github-pat-classic::" in res.stdout
    assert f"in the message of commit {head[:12]}" in res.stdout and "file=" not in res.stdout


@needs_history
def test_ci_gitlab_push_shallow_fails_then_full_passes(origin: tuple[GitRepo, list[str]],
                                                       tmp_path: Path) -> None:
    repo, shas = origin
    head = repo.commit("clean change", {"c.txt": "ok\n"})
    env = {**repo.env, **gl(CI_PIPELINE_SOURCE="push", CI_COMMIT_BEFORE_SHA=shas[1],
                            CI_COMMIT_SHA=head, CI_COMMIT_BRANCH="main")}
    clone = _clone(repo, tmp_path / "shallow", "--depth", "3")
    res = run("ci", cwd=clone, env=env)
    assert res.returncode == 2 and "GIT_DEPTH: 0" in res.stderr
    full = _clone(repo, tmp_path / "full")
    res = run("ci", cwd=full, env=env)
    assert res.returncode == 0, res.stderr
    assert "scanned 5 commit(s)" in res.stderr and "no new secrets" in res.stderr


@needs_history
def test_ci_manual_range_and_outside_ci(origin: tuple[GitRepo, list[str]]) -> None:
    repo, shas = origin
    res = run("ci", cwd=repo.path, env=repo.env)
    assert res.returncode == 2 and "pass --range" in res.stderr
    res = run("ci", "--range", f"{shas[3]}..HEAD", cwd=repo.path, env=repo.env)
    assert res.returncode == 0 and "scanned 2 commit(s)" in res.stderr
    res = run("ci", "--range", "HEAD..HEAD", cwd=repo.path, env=repo.env)
    assert res.returncode == 2  # an empty range is an error, not a pass
