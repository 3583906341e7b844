#!/usr/bin/env python3
"""Folder scan, side by side: leakscan / gitleaks / kingfisher.

Corpora (built by ``benches/make_corpora.py``): ``tree-sitepkgs`` (a real site-packages
copy, hundreds of MB) and its ``django`` sub-folder as the smaller folder. Prints median
wall time, throughput (MB/s of the corpus's bytes), peak RSS and the findings count read
from each tool's JSON report, with ratios against gitleaks.

    python benches/bench_scan.py [--runs 5] [--corpus PATH ...] [--tools leakscan,gitleaks]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import harness


def default_corpora() -> list[Path]:
    big = harness.CORPORA / "tree-sitepkgs"
    return [big / "django", big]


def bench_folder(path: Path, found: dict[str, Path], runs: int, warmup: int,
                 reference: str) -> None:
    files, size = harness.tree_size(path)
    rows: list[harness.Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-scan-") as tmp:
        for tool, exe in found.items():
            report = Path(tmp) / f"{tool}.json"
            cmd = harness.scan_cmd(tool, exe, path, report)
            m = harness.run(cmd, runs=runs, warmup=warmup, ok_codes=harness.OK_CODES[tool],
                            env=harness.quiet_env())
            extra: dict[str, str] = {}
            if m.ok:
                extra["MB/s"] = f"{size / 1e6 / m.wall:.0f}"
                n = harness.count_findings(report)
                extra["findings"] = "?" if n is None else str(n)
                extra["files"], extra["MB scanned"] = harness.fmt_scanned(tool, report)
            rows.append(harness.Row(tool, m, extra))
    harness.print_table(
        f"folder scan: {path} ({files:,} files, {size / 1e6:,.1f} MB)",
        rows, reference=reference, extra_cols=("MB/s", "findings", "files", "MB scanned"),
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1,
                    help="unmeasured runs per tool first (page cache, rule caches)")
    ap.add_argument("--corpus", action="append", type=Path, default=[])
    ap.add_argument("--tools", default=",".join(harness.TOOLS))
    ap.add_argument("--reference", default="gitleaks")
    args = ap.parse_args(argv)

    found = harness.tools_available(args.tools.split(","))
    if not found:
        print("no tool to run", file=sys.stderr)
        return 2
    harness.print_versions(found)
    for path in args.corpus or default_corpora():
        if not path.exists():
            print(f"NOTE: corpus {path} missing, skipped (run benches/make_corpora.py)",
                  file=sys.stderr)
            continue
        bench_folder(path, found, args.runs, args.warmup, args.reference)
    return 0


if __name__ == "__main__":
    sys.exit(main())
