#!/usr/bin/env python3
"""False positives per MB on a large real tree that holds no secrets: leakscan vs gitleaks vs
Kingfisher, plus the rules that fire most for each tool (leakscan's noisiest rules).

The default tree is ``$LEAKSCAN_BENCH_DIR/corpora/tree-sitepkgs`` (a site-packages folder of
popular PyPI packages, built by ``benches/make_corpora.py``). Everything a tool reports there
is counted as a false positive; a few may be test keys that packages ship on purpose, so the
top files are listed too. Counts are per occurrence (Kingfisher runs with --no-dedup; leakscan
counts every location of a finding). Reports are redacted.

    python benches/fp_real_tree.py [--tree PATH] [--tools ...] [--wait 600] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import harness
import reports


def top(counter: Counter[str], n: int) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.most_common(n)) or "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", type=Path, default=harness.CORPORA / "tree-sitepkgs")
    ap.add_argument("--tools", default=",".join(harness.TOOLS))
    ap.add_argument("--wait", type=float, default=0, help="seconds to wait for the tree to be built")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    deadline = time.monotonic() + args.wait
    while not args.tree.is_dir() and time.monotonic() < deadline:
        time.sleep(15)
    if not args.tree.is_dir():
        print(
            f"{args.tree} does not exist: build it with python benches/make_corpora.py --only tree-sitepkgs",
            file=sys.stderr,
        )
        return 2
    found = harness.tools_available(args.tools.split(","))
    if not found:
        return 2
    harness.print_versions(found)
    files, size = harness.tree_size(args.tree)
    mb = size / 1e6
    print(f"tree: {args.tree} ({files:,} files, {mb:,.1f} MB)")

    runs: dict[str, reports.Run] = {}
    with tempfile.TemporaryDirectory(prefix="leakscan-fp-") as tmp:
        for tool, exe in found.items():
            runs[tool] = reports.run_tool(
                tool, exe, args.tree, Path(tmp) / f"{tool}.json", show_secrets=False
            )
            if tool == "leakscan":  # its default output, then every finding whatever its confidence
                runs["leakscan --min-confidence low"] = reports.run_tool(
                    tool,
                    exe,
                    args.tree,
                    Path(tmp) / "leakscan-low.json",
                    show_secrets=False,
                    leakscan_args=["--min-confidence", "low"],
                )
        for name, r in runs.items():
            print(f"{name}: {r.seconds:.1f}s, exit {r.code}" + (f", FAILED: {r.error}" if r.error else ""))

    rows: list[list[str]] = [["tool", "findings", "per MB", "files", "rules", "seconds"]]
    figures: dict[str, object] = {"tree": str(args.tree), "files": files, "bytes": size}
    series: list[tuple[str, list[reports.Finding], float]] = []
    for name, r in runs.items():
        if r.error:
            continue
        series.append((name, r.findings, r.seconds))
        if name == "leakscan --min-confidence low":
            series.append(
                ("leakscan high only", [f for f in r.findings if f.confidence == "high"], r.seconds)
            )
    for name, fs, secs in series:
        rows.append(
            [
                name,
                str(len(fs)),
                f"{len(fs) / mb:.3f}",
                str(len({f.file for f in fs})),
                str(len({f.rule for f in fs})),
                f"{secs:.1f}",
            ]
        )
        figures[name] = {
            "findings": len(fs),
            "per_mb": round(len(fs) / mb, 4),
            "files": len({f.file for f in fs}),
            "seconds": round(secs, 1),
            "rules": dict(Counter(f.rule for f in fs).most_common()),
        }
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    print("\n== false positives on a tree with no secrets (per occurrence)")
    for k, row in enumerate(rows):
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if k == 0:
            print("  ".join("-" * w for w in widths))

    for name, fs, _ in series:
        if name.startswith("leakscan "):
            continue
        print(f"\n{name}: top rules: {top(Counter(f.rule for f in fs), args.top)}")
        print(f"{name}: top files: {top(Counter(f.file for f in fs), 8)}")
    ls = runs.get("leakscan --min-confidence low") or runs.get("leakscan")
    if ls is not None and not ls.error:
        by_rule: Counter[str] = Counter(f.rule for f in ls.findings)
        conf = {f.rule: f.confidence for f in ls.findings}
        print("\n== leakscan's noisiest rules on this tree (every confidence)")
        for rule, n in by_rule.most_common(args.top):
            where = Counter(f.file.split("/", 1)[0] for f in ls.findings if f.rule == rule)
            print(f"  {rule:45s} {n:6d}  ({conf[rule]})  in {top(where, 4)}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
