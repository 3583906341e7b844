"""Which commits a CI job should scan, worked out from the provider's standard environment.

GitHub Actions: https://docs.github.com/actions/reference/variables-reference and the webhook
payloads at GITHUB_EVENT_PATH (pull_request.base.sha/head.sha; push before/after, where an
all-zero `before` means a new branch). GitLab CI:
https://docs.gitlab.com/ci/variables/predefined_variables/ (CI_MERGE_REQUEST_DIFF_BASE_SHA,
CI_COMMIT_BEFORE_SHA...). Pure functions of the environment: nothing here touches git.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import SourceError

ZERO = "0" * 40
GITHUB_DEPTH = "set `fetch-depth: 0` on actions/checkout"
GITLAB_DEPTH = "set `GIT_DEPTH: 0` in the job's variables"
LOCAL_DEPTH = "run `git fetch --unshallow`"


@dataclass(frozen=True, slots=True)
class Change:
    """Commits reachable from `head` and from none of `bases` (the first that exists wins);
    no base at all means the whole history of `head`."""

    provider: str
    event: str
    head: str | None
    bases: tuple[str, ...] = ()
    fetch_hint: str = LOCAL_DEPTH
    note: str = ""

    @property
    def full(self) -> bool:
        return not self.bases


def _zero(sha: str | None) -> bool:
    return not sha or set(sha) == {"0"}


def _payload(env: Mapping[str, str]) -> dict[str, Any]:
    path = env.get("GITHUB_EVENT_PATH")
    if not path:
        return {}
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise SourceError(f"GITHUB_EVENT_PATH={path}: cannot read the event payload ({exc}); "
                          "pass --range BASE..HEAD") from None
    return data if isinstance(data, dict) else {}


def _get(data: Any, *keys: str) -> str | None:
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, str) and data else None


def github(env: Mapping[str, str]) -> Change:
    event = env.get("GITHUB_EVENT_NAME", "")
    data = _payload(env)
    default = _get(data, "repository", "default_branch")
    hint = GITHUB_DEPTH
    if event in ("pull_request", "pull_request_target"):
        base = _get(data, "pull_request", "base", "sha")
        head = _get(data, "pull_request", "head", "sha")
        if base and head:
            return Change("github", event, head, (base,), hint)
        base_ref = env.get("GITHUB_BASE_REF")
        if base_ref:  # no payload: the checked-out merge commit against the target branch
            return Change("github", event, "HEAD", (f"origin/{base_ref}",), hint)
        raise SourceError("pull request without base: GITHUB_EVENT_PATH and GITHUB_BASE_REF are "
                          "both missing; pass --range BASE..HEAD")
    if event == "merge_group":
        base = _get(data, "merge_group", "base_sha")
        head = _get(data, "merge_group", "head_sha")
        if base and head:
            return Change("github", event, head, (base,), hint)
    if event == "push":
        before, after = _get(data, "before"), _get(data, "after") or env.get("GITHUB_SHA")
        if data.get("deleted") or _zero(after):
            return Change("github", "push (branch deleted)", None, (), hint)
        ref = _get(data, "ref") or env.get("GITHUB_REF", "")
        if before and not _zero(before):
            bases: tuple[str, ...] = (before,)
            if data.get("forced") and default:  # `before` may be gone after a force-push
                bases += (f"origin/{default}",)
            return Change("github", "push", after, bases, hint)
        return _new_branch("github", after, ref, default, hint)
    raise SourceError(f"GitHub event {event or '(unknown)'!r} has no change range: pass "
                      "--range BASE..HEAD, or audit everything with `leakscan history`")


def _new_branch(provider: str, head: str | None, ref: str, default: str | None,
                hint: str) -> Change:
    """A new branch (or tag) has no `before`: scan what the default branch does not have."""
    branch = ref.removeprefix("refs/heads/")
    if default and branch != default:
        return Change(provider, "push (new branch)", head, (f"origin/{default}",), hint,
                      f"new branch: scanning the commits that origin/{default} does not have")
    return Change(provider, "push (first push of the default branch)", head, (), hint,
                  "no earlier commit to compare with: scanning the whole history")


def gitlab(env: Mapping[str, str]) -> Change:
    source = env.get("CI_PIPELINE_SOURCE", "")
    head = env.get("CI_COMMIT_SHA") or "HEAD"
    hint = GITLAB_DEPTH
    if source == "merge_request_event" or env.get("CI_MERGE_REQUEST_IID"):
        bases = tuple(b for b in (env.get("CI_MERGE_REQUEST_DIFF_BASE_SHA"),
                                  env.get("CI_MERGE_REQUEST_TARGET_BRANCH_SHA")) if b)
        target = env.get("CI_MERGE_REQUEST_TARGET_BRANCH_NAME")
        if target:
            bases += (f"origin/{target}",)
        if not bases:
            raise SourceError("merge request pipeline without CI_MERGE_REQUEST_DIFF_BASE_SHA: "
                              "pass --range BASE..HEAD")
        return Change("gitlab", "merge_request", head, bases, hint)
    before = env.get("CI_COMMIT_BEFORE_SHA")
    if before and not _zero(before):
        return Change("gitlab", source or "push", head, (before,), hint)
    ref = env.get("CI_COMMIT_BRANCH") or env.get("CI_COMMIT_TAG") or ""
    return _new_branch("gitlab", head, "refs/heads/" + ref if ref else "",
                       env.get("CI_DEFAULT_BRANCH"), hint)


def detect(env: Mapping[str, str]) -> Change | None:
    """The change this CI job is about, or None outside a supported CI."""
    if env.get("GITHUB_ACTIONS") == "true":
        return github(env)
    if env.get("GITLAB_CI") == "true":
        return gitlab(env)
    return None


def manual(rev_range: str) -> Change:
    """`--range BASE..HEAD` (or just HEAD, for everything reachable from it)."""
    if "..." in rev_range:
        raise SourceError(f"--range {rev_range}: use BASE..HEAD (two dots)")
    base, sep, head = rev_range.partition("..")
    if not sep:
        return Change("local", "--range", rev_range or "HEAD")
    if not base:
        raise SourceError(f"--range {rev_range}: BASE is missing; use BASE..HEAD")
    return Change("local", "--range", head or "HEAD", (base,))
