#!/usr/bin/env python3
"""Two leakscan builds on the same tree, interleaved: did a change make scanning faster?

Each build is a command that runs leakscan (an executable, or a wrapper that sets PYTHONPATH to a
checkout of an older commit). Runs alternate between the builds so that load from other work
hits both alike; medians of wall time, CPU time (the child's, from os.wait4 via harness) and
leakscan's own `hyperscan_seconds` are printed.

    git worktree add /tmp/old <commit>
    printf '#!/bin/sh\\nPYTHONPATH=/tmp/old/src exec python -m leakscan "$@"\\n' > /tmp/old-leakscan
    chmod +x /tmp/old-leakscan
    python benches/compare_builds.py /tmp/old-leakscan .venv/bin/leakscan [--tree PATH] [--runs 7]
    python benches/compare_builds.py OLD NEW --history [REPO]   # `leakscan history` instead

Candidates (what Hyperscan hands to Python) and Python's confirmation time are printed too:
a rule that floods candidates shows there long before it shows in wall time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

import harness


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--tree", type=Path, default=harness.CORPORA / "tree-sitepkgs")
    ap.add_argument("--history", type=Path, nargs="?", const=harness.CORPORA / "repo-sqlalchemy",
                    help="time `leakscan history` on this repository (default: the sqlalchemy history)")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    target = args.history or args.tree
    if not target.is_dir():
        print(f"need {target} (benches/make_corpora.py)", file=sys.stderr)
        return 2
    job = "history" if args.history else "scan"
    builds = {"before": args.before, "after": args.after}
    columns = ("wall", "cpu", "hs", "confirm", "candidates")
    rows: dict[str, dict[str, list[float]]] = {k: {c: [] for c in columns} for k in builds}
    with tempfile.TemporaryDirectory(prefix="leakscan-builds-") as tmp:
        report = Path(tmp) / "report.json"
        for round_ in range(args.runs + 1):  # round 0 warms the page cache and rule caches
            for name, exe in builds.items():
                cmd = [exe, job, str(target), "--format", "json", "--output", str(report),
                       "--no-progress"]
                m = harness.run(cmd, runs=1, env=harness.quiet_env())
                if not m.ok:
                    print(f"{name}: FAILED {m.error}", file=sys.stderr)
                    return 1
                if round_:
                    rows[name]["wall"] += m.walls
                    rows[name]["cpu"] += m.cpus
                    stats = json.loads(report.read_text())["stats"]
                    rows[name]["hs"].append(stats["hyperscan_seconds"])
                    rows[name]["confirm"].append(stats["confirm_seconds"])
                    rows[name]["candidates"].append(stats["candidates"])
    print(f"leakscan {job} {target}; median of {args.runs} interleaved runs")
    for name, exe in builds.items():
        r = {k: statistics.median(v) for k, v in rows[name].items()}
        print(f"  {name:6s} wall {r['wall']:.3f} s  CPU {r['cpu']:.2f} s  hyperscan {r['hs']:.2f} s  "
              f"confirm {r['confirm']:.3f} s  candidates {r['candidates']:,.0f}  ({exe})")
    before, after = (statistics.median(rows[k]["wall"]) for k in builds)
    print(f"  after/before wall x{after / before:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
