"""`leakscan ci`: scan only what this change introduced; fail closed when that is unknowable."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import click

from .. import ci_env
from ..config import Config
from ..errors import SourceError
from ..fingerprint import redact
from ..pipeline import ScanResult
from ..sources.gitcli import git_env
from ..sources.history import is_message
from .common import build_config, emit, scan_options

SHOWN = 8  # findings listed in the summary; the report has all of them


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=repo, env=git_env(), capture_output=True, text=True,
                              check=False)
    except OSError as exc:
        raise SourceError(f"cannot run git ({exc.strerror}); install git") from None


def _commit(repo: Path, rev: str) -> str | None:
    res = _git(repo, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    return res.stdout.strip() if res.returncode == 0 and res.stdout.strip() else None


def resolve(repo: Path, change: ci_env.Change) -> tuple[str, str | None, list[str]]:
    """(head, base or None, commits in the range); fails closed on a shallow or partial clone."""
    shallow = _git(repo, "rev-parse", "--is-shallow-repository").stdout.strip() == "true"
    depth = (f"the clone is shallow: {change.fetch_hint}" if shallow
             else "fetch it (git fetch origin <ref>)")
    assert change.head is not None
    head = _commit(repo, change.head)
    if head is None:
        raise SourceError(f"{change.head}: commit to scan is not in the clone; {depth}")
    base = None
    if change.bases:
        base = next((c for b in change.bases if (c := _commit(repo, b))), None)
        if base is None:
            raise SourceError(f"base {' / '.join(change.bases)} is not in the clone, so the range "
                              f"cannot be worked out; {depth}")
    listed = _git(repo, "rev-list", f"{base}..{head}" if base else head)
    if listed.returncode != 0:
        raise SourceError(f"git rev-list failed: {listed.stderr.strip()}")
    commits = listed.stdout.split()
    if shallow:
        cut = _shallow_commits(repo)
        if base is None or cut.intersection(commits):
            raise SourceError(f"the clone is shallow and the history of {head[:12]} is cut short "
                              f"before {'its root' if base is None else base[:12]}, so some "
                              f"commits of the change cannot be scanned; {change.fetch_hint}")
    return head, base, commits


def _shallow_commits(repo: Path) -> set[str]:
    path = Path(_git(repo, "rev-parse", "--git-path", "shallow").stdout.strip())
    path = path if path.is_absolute() else repo / path
    try:
        return set(path.read_text().split())
    except OSError:
        return set()


@click.command()
@click.argument("repo", default=".", type=click.Path(file_okay=False))
@click.option("--range", "rev_range", default=None, metavar="BASE..HEAD",
              help="Commits to scan; default: worked out from GitHub Actions or GitLab CI.")
@scan_options
def ci(repo: str, rev_range: str | None, **opts: Any) -> int:
    """CI gate: scan the commits of this pull/merge request or push, and nothing else.

    On GitHub Actions the range comes from the event payload (pull_request base/head, push
    before/after; a new branch is compared with the default branch); on GitLab CI from
    CI_MERGE_REQUEST_DIFF_BASE_SHA or CI_COMMIT_BEFORE_SHA. Elsewhere pass --range BASE..HEAD.
    A shallow clone that cuts the range short is an error (exit 2), never a pass: check out
    with `fetch-depth: 0` (GitHub) or `GIT_DEPTH: 0` (GitLab). The baseline applies as for
    every scan; --format sarif --output FILE writes a report for code scanning.
    """
    root = Path(repo)
    if not root.is_dir():
        raise SourceError(f"{repo}: no such directory; pass the repository to scan")
    change = ci_env.manual(rev_range) if rev_range else ci_env.detect(os.environ)
    if change is None:
        raise SourceError("not running on GitHub Actions or GitLab CI: pass --range BASE..HEAD")
    cfg = build_config(root, {**opts, "no_progress": True})
    if change.head is None:
        click.echo(f"leakscan ci: {_provider(change)} {change.event}: nothing to scan", err=True)
        return 0
    head, base, commits = resolve(root, change)
    from .. import gitscan

    rng = f"{base}..{head}" if base else head
    result = gitscan.scan_history(cfg, root, rev_range=rng)
    if change.provider == "github":
        _github_extras(result, cfg, change, rng, commits)
    return emit(result, cfg, summary(result, cfg, change, base, head, len(commits)))


def _provider(change: ci_env.Change) -> str:
    return {"github": "GitHub Actions", "gitlab": "GitLab CI"}.get(change.provider, "local")


def summary(result: ScanResult, cfg: Config, change: ci_env.Change, base: str | None, head: str,
            commits: int) -> str:
    """One screen: what was scanned (never vacuous), what was found, where the report went."""
    st = result.stats
    rng = f"{base[:12]}..{head[:12]}" if base else f"all history of {head[:12]}"
    blobs = st.extra.get("blobs_scanned", st.files)
    lines = [f"leakscan ci: {_provider(change)} {change.event}: {rng}"]
    if change.note:
        lines.append(f"  {change.note}")
    lines.append(f"  scanned {st.extra.get('commits', commits)} commit(s), {blobs} blob(s), "
                 f"{st.bytes:,} bytes in {st.seconds:.2f}s")
    extra = []
    if cfg.baseline:
        extra.append(f"baseline {cfg.baseline}: {st.suppressed_baseline} suppressed")
    if st.suppressed_inline or st.suppressed_allowlist:
        extra.append(f"inline {st.suppressed_inline}, allowlist {st.suppressed_allowlist} suppressed")
    if extra:
        lines.append("  " + "; ".join(extra))
    if not result.findings:
        lines.append("  no new secrets")
    else:
        lines.append(f"  {len(result.findings)} new secret(s):")
        for f in result.findings[:SHOWN]:
            loc = f.locations[0]
            at = f" @ {loc.commit[:10]}" if loc.commit else ""
            lines.append(f"    {f.severity.upper():8} {f.rule_id}  {loc.path}:{loc.line}{at}  "
                         f"{redact(f.secret)}")
        if len(result.findings) > SHOWN:
            lines.append(f"    … and {len(result.findings) - SHOWN} more in the report")
        lines.append("  way out: rotate each secret first, then remove it; accept a known one with "
                     "`leakscan:allow <reason>` or `leakscan baseline update`")
    if cfg.output:
        lines.append(f"  {cfg.format} report: {cfg.output}")
    for err in result.errors[:3]:
        lines.append(f"  warning: {err}")
    return "\n".join(lines)


def _github_extras(result: ScanResult, cfg: Config, change: ci_env.Change, rng: str,
                   commits: list[str]) -> None:
    """Annotations on the pull request's files, and a line in the job summary."""
    if cfg.output or cfg.format == "human":  # workflow commands must not mix into a report
        for f in result.findings[:50]:
            loc = f.locations[0]
            if is_message(loc.path):  # no file to pin it on: an annotation of the run
                click.echo(f"::error title=leakscan {_prop(f.rule_id)}::{_data(f.rule_id)} secret "
                           f"({_data(redact(f.secret))}) in the message of commit {loc.commit[:12]}; "
                           "rotate it, then reword the commit")
                continue
            click.echo(f"::error file={_prop(loc.path)},line={loc.line},title=leakscan "
                       f"{_prop(f.rule_id)}::{_data(f.rule_id)} secret ({_data(redact(f.secret))}); "
                       "rotate it, then remove it")
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if path:
        verdict = (f"{len(result.findings)} new secret(s)" if result.findings else "no new secrets")
        try:
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(f"### leakscan: {verdict}\n\n{change.event} `{rng}`: "
                         f"{len(commits)} commit(s), {result.stats.bytes:,} bytes scanned\n\n")
        except OSError:
            pass


def _data(text: str) -> str:
    """Workflow-command escaping (the runner's toolkit: escapeData / escapeProperty)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
