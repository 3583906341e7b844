#!/usr/bin/env python3
"""Full git history scan (all refs), side by side: leakscan / gitleaks / kingfisher.

Repositories: ``repo-flask``, ``repo-requests``, ``repo-sqlalchemy`` built by
``benches/make_corpora.py`` from each project's released sdists. Prints median wall time,
peak RSS and findings (from each tool's JSON report), plus the blobs / bytes a tool says it
scanned where its report tells. Ratios are against gitleaks.

Work models differ: gitleaks scans the added lines of each commit's patch
(``git log -p -U0 --full-history --all``); Kingfisher scans every unique reachable blob once
(and the checked-out files); leakscan scans every unique blob once.

    python benches/bench_history.py [--runs 5] [--repo PATH ...] [--tools gitleaks,kingfisher]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import harness

REPOS = ("repo-flask", "repo-requests", "repo-sqlalchemy")
LARGE_BYTES = 1_000_000_000  # repos with more blob content get --runs-large runs, no warmup


def repo_summary(repo: Path) -> tuple[str, int]:
    """(one-line description, total bytes of unique blobs)."""
    git = ["git", "-C", str(repo)]
    commits = subprocess.run([*git, "rev-list", "--all", "--count"], capture_output=True,
                             text=True, check=True).stdout.strip()
    out = subprocess.run([*git, "cat-file", "--batch-all-objects",
                          "--batch-check=%(objecttype) %(objectsize)"],
                         capture_output=True, text=True, check=True).stdout
    blobs = size = 0
    for line in out.splitlines():
        kind, n = line.split()
        if kind == "blob":
            blobs += 1
            size += int(n)
    text = f"{int(commits):,} commits, {blobs:,} unique blobs, {size / 1e6:,.1f} MB of blobs"
    return text, size


def bench_repo(repo: Path, found: dict[str, Path], runs: int, warmup: int,
               reference: str, timeout: float, runs_large: int) -> None:
    summary, blob_bytes = repo_summary(repo)
    if blob_bytes > LARGE_BYTES:
        runs, warmup = min(runs, runs_large), 0
    rows: list[harness.Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-history-") as tmp:
        for tool, exe in found.items():
            skipped = harness.missing_subcommand_row(tool, exe, "history")
            if skipped is not None:
                rows.append(skipped)
                continue
            report = Path(tmp) / f"{tool}.json"
            cmd = harness.history_cmd(tool, exe, repo, report)
            m = harness.run(cmd, runs=runs, warmup=warmup, ok_codes=harness.OK_CODES[tool],
                            env=harness.quiet_env(), timeout=timeout)
            extra: dict[str, str] = {}
            if m.ok:
                n = harness.count_findings(report)
                extra["findings"] = "?" if n is None else str(n)
                extra["blobs"], extra["MB scanned"] = harness.fmt_scanned(tool, report)
            rows.append(harness.Row(tool, m, extra))
    harness.print_table(f"history scan: {repo.name} ({summary})", rows,
                        reference=reference, extra_cols=("findings", "blobs", "MB scanned"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--repo", action="append", type=Path, default=[])
    ap.add_argument("--tools", default=",".join(harness.TOOLS))
    ap.add_argument("--reference", default="gitleaks")
    ap.add_argument("--runs-large", type=int, default=3,
                    help="runs (and no warmup) for repos over 1 GB of blobs")
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per run")
    args = ap.parse_args(argv)

    found = harness.tools_available(args.tools.split(","))
    if not found:
        print("no tool to run", file=sys.stderr)
        return 2
    harness.print_versions(found)
    for repo in args.repo or [harness.CORPORA / r for r in REPOS]:
        if not (repo / ".git").exists() and not (repo / "HEAD").exists():
            print(f"NOTE: repository {repo} missing, skipped (run benches/make_corpora.py)",
                  file=sys.stderr)
            continue
        bench_repo(repo, found, args.runs, args.warmup, args.reference, args.timeout,
                   args.runs_large)
    return 0


if __name__ == "__main__":
    sys.exit(main())
