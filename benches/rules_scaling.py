#!/usr/bin/env python3
"""Does the rule count cost scan time? ``leakscan scan`` wall time on the same tree with a small
rule set and with every built-in rule; medians of interleaved runs and their ratio.

Target (issue 4): adding 300+ rules must not slow scanning by more than 20%. The small set is
the first N built-in rules (pattern files in name order, rules in file order), given to the
same leakscan through a config with ``extend_default = false``; the full set is an empty config
(all built-in rules). Both configs are passed with --config so both pay the same config cost.
One unmeasured run of each first compiles and caches its Hyperscan database.

    python benches/rules_scaling.py [--tree PATH] [--small 80] [--runs 5] [--jobs 0]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import harness

REPO = Path(__file__).resolve().parents[1]
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib


def toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v)  # a JSON string is a valid TOML basic string
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} as TOML")


def builtin_rule_tables(patterns: Path) -> list[dict[str, Any]]:
    out = []
    for path in sorted(patterns.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for rule in data.get("rules", []):
            out.append({"family": data.get("family", ""), **rule})
    return out


def small_config(rules: list[dict[str, Any]]) -> str:
    lines = ["extend_default = false", ""]
    for rule in rules:
        lines.append("[[rules]]")
        lines += [f"{k} = {toml_value(v)}" for k, v in rule.items()]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", type=Path, default=harness.CORPORA / "tree-sitepkgs")
    ap.add_argument("--patterns", type=Path, default=REPO / "patterns")
    ap.add_argument("--small", type=int, default=80, help="rules in the small set")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=0, help="leakscan -j (0 = all cores)")
    args = ap.parse_args(argv)

    exe = harness.find_tool("leakscan")
    if exe is None or not args.tree.is_dir():
        print("need leakscan and the tree (benches/make_corpora.py)", file=sys.stderr)
        return 2
    tables = builtin_rule_tables(args.patterns)
    n_small = min(args.small, len(tables))
    files, size = harness.tree_size(args.tree)
    print(f"leakscan: {harness.tool_version('leakscan', exe)} ({exe})")
    print(
        f"tree: {args.tree} ({files:,} files, {size / 1e6:,.1f} MB); rules: {n_small} vs {len(tables)} "
        f"(+{len(tables) - n_small})"
    )
    with tempfile.TemporaryDirectory(prefix="leakscan-scaling-") as tmp:
        cfg_small, cfg_all = Path(tmp) / "small.toml", Path(tmp) / "all.toml"
        cfg_small.write_text(small_config(tables[:n_small]), encoding="utf-8")
        cfg_all.write_text("# every built-in rule\n", encoding="utf-8")
        report = Path(tmp) / "report.json"

        def cmd(cfg: Path) -> list[str]:
            return [
                str(exe),
                "scan",
                str(args.tree),
                "--config",
                str(cfg),
                "--format",
                "json",
                "--output",
                str(report),
                "--no-progress",
                "-j",
                str(args.jobs),
            ]

        walls: dict[str, list[float]] = {"small": [], "all": []}
        stats: dict[str, dict[str, Any]] = {}
        for name, cfg in (("small", cfg_small), ("all", cfg_all)):  # compile + cache each database
            m = harness.run(cmd(cfg), runs=1, env=harness.quiet_env())
            if not m.ok:
                print(f"{name}: FAILED {m.error}", file=sys.stderr)
                return 1
        for _ in range(args.runs):  # interleaved, so drift on a shared machine hits both alike
            for name, cfg in (("small", cfg_small), ("all", cfg_all)):
                m = harness.run(cmd(cfg), runs=1, env=harness.quiet_env())
                if not m.ok:
                    print(f"{name}: FAILED {m.error}", file=sys.stderr)
                    return 1
                walls[name] += m.walls
                doc = json.loads(report.read_text(encoding="utf-8"))
                stats[name] = {"findings": len(doc["findings"]), "candidates": doc["stats"].get("candidates")}
    med = {k: statistics.median(v) for k, v in walls.items()}
    print(f"\n== leakscan scan wall time, median of {args.runs} (interleaved)")
    for name, n in (("small", n_small), ("all", len(tables))):
        w = walls[name]
        print(
            f"  {n:4d} rules: {med[name]:7.2f} s  (range {min(w):.2f}-{max(w):.2f}; "
            f"{size / 1e6 / med[name]:.0f} MB/s; "
            f"findings {stats[name]['findings']}, hyperscan candidates {stats[name]['candidates']})"
        )
    ratio = med["all"] / med["small"]
    print(
        f"  ratio all/small: {ratio:.3f}  ({(ratio - 1) * 100:+.1f}% for +{len(tables) - n_small} rules; "
        f"target <= +20%: {'met' if ratio <= 1.2 else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
