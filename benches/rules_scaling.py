#!/usr/bin/env python3
"""Does the rule count cost scan time? ``leakscan scan`` wall time on the same tree with a small
rule set and with every built-in rule; medians of interleaved runs and their ratio.

Target (issue 4): adding 300+ rules must not slow scanning by more than 20%. The small set is
the first N built-in rules (pattern files in name order, rules in file order), given to the
same leakscan through a config with ``extend_default = false``; the full set is an empty config
(all built-in rules). Both configs are passed with --config; a config's own rules are parsed
once and cached like the built-ins, so no side pays for parsing TOML on each run.
The first N rules are mostly AI/ML tokens with distinctive prefixes, the cheapest kind;
`--random N` adds a set drawn from every family (with the companions of paired rules);
`--engine-set` adds every rule of the kinds the engine issue named (AWS, GitHub, Slack,
private keys, connection strings, generic...); `--plus N` also measures each of those sets with
N more rules drawn at random from the rest, which is "adding N rules" taken literally;
`--synthetic N` adds N keyword rules in the built-in grammar whose provider words occur nowhere
(what the rule count costs apart from what the rules' words cost where code contains them).
`--history REPO` times `leakscan history REPO` (every ref) instead of a folder scan.
One unmeasured round first compiles and caches each Hyperscan database. Both the whole
process (wall) and leakscan's own scan time (stats.seconds in its JSON) are reported.

``--curve N`` times Hyperscan alone against the rule count (N random orders of the rules).
``--profile`` finds where the time goes instead: Hyperscan alone on text files of the tree
(scanned one by one) with all rules, without each pattern file, and with each rule on its own
(the costliest rules and the ones with most candidates, which Python then confirms one by one).

    python benches/rules_scaling.py [--tree PATH] [--small 6,80] [--random N] [--engine-set]
                                    [--plus 300 [--draws 5]] [--synthetic 300] [--runs 5]
                                    [--jobs 0]
    python benches/rules_scaling.py --history REPO [--small 80] [--engine-set] [--plus 300] [--runs 3]
    python benches/rules_scaling.py --profile [--sample-mb 20] [--top 15]
    python benches/rules_scaling.py --curve 3 [--sample-mb 20]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import string
import sys
import tempfile
from pathlib import Path
from typing import Any

import harness

REPO = Path(__file__).resolve().parents[1]
if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]


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


# The secret kinds the engine issue (the first ~80 rules) asked for: "AWS, GCP, Azure, GitHub,
# GitLab, Slack, Stripe, Twilio, SendGrid, Mailgun, OpenAI, Anthropic, Hugging Face, npm, PyPI,
# Docker Hub, Shopify, Datadog, Discord, Telegram, HashiCorp Vault/Terraform, private keys, JWTs,
# credentials in URLs and connection strings (postgres, mysql, mongodb, redis, amqp), and a
# generic keyword + entropy detector". --engine-set takes every built-in rule of those kinds,
# chosen by provider and family, not by cost.
ENGINE_PROVIDERS = {
    "AWS", "Google Cloud", "Azure", "GitHub", "GitLab", "Slack", "Stripe", "Twilio", "SendGrid",
    "Mailgun", "OpenAI", "Anthropic", "Hugging Face", "npm", "PyPI", "Docker", "Shopify", "Datadog",
    "Discord", "Telegram", "HashiCorp", "PostgreSQL", "MySQL", "MongoDB", "Redis", "RabbitMQ",
    "PuTTY", "GnuPG",
}


def engine_set(tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [t for t in tables if t.get("provider") in ENGINE_PROVIDERS or t["family"] == "generic"
            or (t["family"] in ("crypto-keys", "databases") and t.get("provider") == "Generic")]


def with_pairs(picked: list[dict[str, Any]], tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A set of rules plus the rules they pair with, so every rule set is loadable."""
    ids = {t["id"] for t in picked}
    wanted = {p["pair"] for p in picked if p.get("pair")}
    return picked + [t for t in tables if t["id"] not in ids and t["id"] in wanted]


def plus(picked: list[dict[str, Any]], tables: list[dict[str, Any]], n: int,
         seed: int = 2) -> list[dict[str, Any]]:
    """`picked` and n more rules drawn at random (seed 2, or the seed of draw k) from the others."""
    ids = {t["id"] for t in picked}
    rest = [t for t in tables if t["id"] not in ids]
    return with_pairs(picked + random.Random(seed).sample(rest, min(n, len(rest))), tables)


# The assignment grammar of the built-in keyword rules (a key name, an optional type, then
# =, :, :=, =>, value=, a flag and a quote...), copied so synthetic rules cost what real ones do.
ASSIGN = (r"""["'\]]?\s*(?:(?::\s*(?:string|str|String|&(?:'static\s+)?str)\s*|\s+string\s*)?"""
          r"""(?::=|=>|\?=|=|:)|>|value\s*=|[ \t]+["']|,\s*["']|(?:\|\||\?\?)\s*["'`])\s*["'`]?""")


def synthetic(n: int) -> list[dict[str, Any]]:
    """n keyword rules shaped like the built-in ones (provider word, key name, assignment grammar,
    a 32-character value) whose provider words are random letters that no real file contains.
    Adding them isolates what the rule count costs Hyperscan from what the rules' words cost
    where they occur in code ("line", "here", a Twilio SID's "AC")."""
    rng = random.Random(8)
    out = []
    for i in range(n):
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 9)))
        value = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32))
        out.append({
            "family": "saas", "id": f"synthetic-{i}", "name": f"Synthetic {i}", "provider": "Synthetic",
            "description": "a keyword rule whose provider word occurs nowhere", "severity": "high",
            "confidence": "medium", "keywords": [word],
            "regex": rf"(?:\b|_)(?i:{word})[\w.-]{{0,20}}(?i:api[_.-]?key|apikey|key|token|secret|password"
                     rf"|passwd|pat|auth)[\w.-]{{0,6}}{ASSIGN}(?P<secret>[A-Za-z0-9]{{32}})\b",
            "examples": [f"{word.upper()}_API_KEY={value}"], "negative_examples": [f"{word}_key = short"],
        })
    return out


# --------------------------------------------------------------------------- profile


def _compile(subset: list[Any]) -> Any:
    """One database of these rules (or literal strings), built as the engine builds it."""
    from leakscan import hsdb

    return harness.hs_database([e for r in subset
                                for e in ([r] if isinstance(r, str) else hsdb.expressions([r])[0])])


def _main_db_rules() -> list[Any]:
    """The built-in rules of the engine's main database: path-aware rules (`path = ...`) sit in a
    second database that only files with a matching name are scanned with, so they are left out."""
    from leakscan import rules as rules_mod

    return [r for r in rules_mod.load_builtin() if not r.path]


def profile(tree: Path, sample_mb: float, top: int) -> int:
    """Hyperscan time alone on a sample of the tree: all rules, all but one pattern file, each rule."""
    rules = _main_db_rules()
    data = harness.text_sample(tree, int(sample_mb * 1e6))

    base, _ = harness.hs_scan_time(_compile(["zq9xv7wk3"]), data, 3)
    full, full_hits = harness.hs_scan_time(_compile(rules), data, 3)
    mb = sum(map(len, data)) / 1e6
    print(f"\n== Hyperscan alone on a {mb:.1f} MB text sample of {tree} (best of 3; main database only:")
    print("   the path-aware rules' database scans only files whose name they target)")
    print(f"  one literal rule: {base * 1000:7.1f} ms ({mb / base:,.0f} MB/s)")
    print(f"  all {len(rules)} main rules: {full * 1000:7.1f} ms ({mb / full:,.0f} MB/s), "
          f"{full_hits} candidates")
    files = sorted({r.source for r in rules})
    full_db = _compile(rules)
    print("\n  without one pattern file (what each file costs; measured alternately with the full set):")
    for src in files:
        rest = [r for r in rules if r.source != src]
        rest_db = _compile(rest)
        t_full, t_rest = [], []
        for _ in range(5):  # interleaved best-of-5: load on a shared machine hits both alike
            t_full.append(harness.hs_scan_time(full_db, data, 1)[0])
            t_rest.append(harness.hs_scan_time(rest_db, data, 1)[0])
        f, t = min(t_full), min(t_rest)
        print(
            f"    {Path(src).name:28s} {len(rules) - len(rest):4d} rules  saves {(f - t) * 1000:7.1f} ms "
            f"({(f - t) / f * 100:5.1f}%)"
        )
    rows = []
    for r in rules:
        t, hits = harness.hs_scan_time(_compile([r]), data, 3)
        rows.append((t - base, hits, r.id, Path(r.source).name))
    print(f"\n  costliest rules alone (time over one literal rule; candidates in the sample), top {top}:")
    for extra, hits, rid, src in sorted(rows, reverse=True)[:top]:
        print(f"    {rid:45s} {src:24s} +{extra * 1000:7.1f} ms  {hits:8d} candidates")
    noisy = sorted(rows, key=lambda x: -x[1])[:top]
    print(f"\n  most candidates (each is confirmed in Python), top {top}:")
    for extra, hits, rid, src in noisy:
        if hits:
            print(f"    {rid:45s} {src:24s} {hits:8d} candidates  +{extra * 1000:7.1f} ms")
    return 0


def curve(tree: Path, sample_mb: float, seeds: int) -> int:
    """Hyperscan time alone against the number of rules: the main database built from the first n
    rules of a random order, for growing n (several orders), and what one more rule costs."""
    rules = _main_db_rules()
    data = harness.text_sample(tree, int(sample_mb * 1e6))
    mb = sum(map(len, data)) / 1e6
    base, _ = harness.hs_scan_time(_compile(["zq9xv7wk3"]), data, 5)
    sizes = [n for n in (10, 40, 80, 160, 320, 480, 640) if n < len(rules)] + [len(rules)]
    print(f"\n== Hyperscan alone on a {mb:.1f} MB text sample of {tree}: ms (best of 5) by rule count")
    print(f"  one literal rule: {base * 1000:.1f} ms")
    print("  order " + "".join(f"{n:>8d}" for n in sizes))
    rows = []
    for seed in range(1, seeds + 1):
        order = rules[:]
        random.Random(seed).shuffle(order)
        row = [harness.hs_scan_time(_compile(order[:n]), data, 5)[0] for n in sizes]
        rows.append(row)
        print(f"  {seed:5d} " + "".join(f"{t * 1000:8.1f}" for t in row))
    per = statistics.median((row[-1] - row[2]) / (sizes[-1] - sizes[2]) for row in rows)
    print(f"  from {sizes[2]} to {sizes[-1]} rules: {per * 1e6 / mb:.2f} us per added rule per MB "
          f"(median over orders); all/{sizes[2]}: x{statistics.median(r[-1] / r[2] for r in rows):.2f}")
    # The floor: the same counts of plain 8-letter literals that never occur (no regex, no
    # candidates). What Hyperscan's literal matcher alone costs as the count grows.
    rng = random.Random(0)
    letters = string.ascii_lowercase
    words = [re.escape("".join(rng.choice(letters) for _ in range(8))) for _ in range(sizes[-1])]
    floor = [harness.hs_scan_time(_compile(words[:n]), data, 5)[0] for n in sizes]
    print("  lit-8 " + "".join(f"{t * 1000:8.1f}" for t in floor)
          + f"   (plain literals; all/{sizes[2]}: x{floor[-1] / floor[2]:.2f})")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", type=Path, default=harness.CORPORA / "tree-sitepkgs")
    ap.add_argument("--history", type=Path, metavar="REPO",
                    help="time `leakscan history REPO` (every ref) instead of a folder scan")
    ap.add_argument("--patterns", type=Path, default=REPO / "patterns")
    ap.add_argument("--small", default="6,80", help="sizes of the small rule sets, comma-separated")
    ap.add_argument("--random", type=int, default=0,
                    help="also a set of N rules drawn at random (seed 1) from all families, with their pairs")
    ap.add_argument("--engine-set", action="store_true",
                    help="also every rule of the kinds the engine issue named (see ENGINE_PROVIDERS)")
    ap.add_argument("--plus", type=int, default=0,
                    help="also each small set plus N random other rules: the cost of adding N rules")
    ap.add_argument("--draws", type=int, default=1, metavar="K",
                    help="--plus: K independent random draws of the N added rules (seeds 2..K+1); "
                         "one draw moves the ratio by several points, so the median is the figure")
    ap.add_argument("--synthetic", type=int, default=0, metavar="N",
                    help="also each small set plus N synthetic keyword rules whose words occur nowhere")
    ap.add_argument("--kingfisher", type=int, default=0, metavar="N",
                    help="also Kingfisher on the same tree with N of its rules (random, seed 1) and with all")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=0, help="leakscan -j (0 = all cores)")
    ap.add_argument(
        "--profile",
        action="store_true",
        help="instead: time Hyperscan alone per pattern file and per rule (imports leakscan)",
    )
    ap.add_argument("--curve", type=int, default=0, metavar="ORDERS",
                    help="instead: Hyperscan alone against rule count, for ORDERS random orders of the rules")
    ap.add_argument("--sample-mb", type=float, default=20, help="--profile/--curve: size of the text sample")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args(argv)
    if args.profile:
        return profile(args.tree, args.sample_mb, args.top)
    if args.curve:
        return curve(args.tree, args.sample_mb, args.curve)

    exe = harness.find_tool("leakscan")
    target = args.history or args.tree
    if exe is None or not target.is_dir():
        print("need leakscan and the tree or repository (benches/make_corpora.py)", file=sys.stderr)
        return 2
    tables = builtin_rule_tables(args.patterns)
    sizes = sorted({min(int(x), len(tables)) for x in args.small.split(",")})
    print(f"leakscan: {harness.tool_version('leakscan', exe)} ({exe})")
    size = 0  # bytes of the tree; a history's blob bytes are in leakscan's stats
    if args.history:
        what = f"history: {target} (every ref)"
    else:
        files, size = harness.tree_size(target)
        what = f"tree: {target} ({files:,} files, {size / 1e6:,.1f} MB)"
    print(f"{what}; rule sets: " + ", ".join(str(n) for n in sizes) + f" and all {len(tables)}")
    walls: dict[str, list[float]] = {}
    inner: dict[str, list[float]] = {}
    stats: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="leakscan-scaling-") as tmp:
        configs: dict[str, tuple[int, Path]] = {}
        bases: dict[str, list[dict[str, Any]]] = {f"first {n}": tables[:n] for n in sizes}
        if args.random:
            picked = with_pairs(random.Random(1).sample(tables, min(args.random, len(tables))), tables)
            bases[f"random {len(picked)}"] = picked
        if args.engine_set:
            picked = with_pairs(engine_set(tables), tables)
            bases[f"engine-issue kinds {len(picked)}"] = picked
        for name, picked in bases.items():
            slug = name.replace(" ", "-")
            cfg = Path(tmp) / f"{slug}.toml"
            cfg.write_text(small_config(picked), encoding="utf-8")
            configs[name] = (len(picked), cfg)
            if args.plus and len(picked) + args.plus <= len(tables):
                for seed in range(2, 2 + max(args.draws, 1)):
                    more = plus(picked, tables, args.plus, seed)
                    cfg = Path(tmp) / f"{slug}-plus-{seed}.toml"
                    cfg.write_text(small_config(more), encoding="utf-8")
                    draw = f" (draw {seed - 1})" if args.draws > 1 else ""
                    configs[f"{name} +{len(more) - len(picked)}{draw}"] = (len(more), cfg)
            if args.synthetic:
                cfg = Path(tmp) / f"{slug}-synthetic.toml"
                cfg.write_text(small_config(picked + synthetic(args.synthetic)), encoding="utf-8")
                configs[f"{name} +{args.synthetic} synthetic"] = (len(picked) + args.synthetic, cfg)
        cfg_all = Path(tmp) / "all.toml"
        cfg_all.write_text("# every built-in rule\n", encoding="utf-8")
        configs["all"] = (len(tables), cfg_all)
        report = Path(tmp) / "report.json"

        def cmd(cfg: Path) -> list[str]:
            return [
                str(exe),
                "history" if args.history else "scan",
                str(target),
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

        for round_ in range(args.runs + 1):  # round 0 compiles and caches each database, unmeasured
            for name, (_, cfg) in configs.items():  # interleaved: drift on a shared machine hits all alike
                m = harness.run(cmd(cfg), runs=1, env=harness.quiet_env())
                if not m.ok:
                    print(f"{name}: FAILED {m.error}", file=sys.stderr)
                    return 1
                if round_ == 0:
                    continue
                doc = json.loads(report.read_text(encoding="utf-8"))
                walls.setdefault(name, []).extend(m.walls)
                inner.setdefault(name, []).append(float(doc["stats"].get("seconds", 0.0)))
                stats[name] = {"findings": len(doc["findings"]), "candidates": doc["stats"].get("candidates"),
                               "bytes": doc["stats"].get("bytes", 0)}
    med = {k: statistics.median(v) for k, v in walls.items()}
    med_in = {k: statistics.median(v) for k, v in inner.items()}
    print(
        f"\n== leakscan {'history' if args.history else 'scan'}, median of {args.runs} interleaved runs "
        "(wall = whole process; scan = leakscan's own stats.seconds)"
    )
    for name, (n, _) in configs.items():
        w = walls[name]
        scanned = size or int(stats[name]["bytes"] or 0)
        print(
            f"  {n:4d} rules: wall {med[name]:6.2f} s (range {min(w):.2f}-{max(w):.2f}), "
            f"scan {med_in[name]:6.2f} s, {scanned / 1e6 / med[name]:.0f} MB/s; "
            f"findings {stats[name]['findings']}, hyperscan candidates {stats[name]['candidates']}"
        )
    draws: dict[str, list[float]] = {}
    for name, (n, _) in configs.items():
        base = name.rsplit(" +", 1)[0]
        if base != name and base in configs:
            if "(draw " in name:
                draws.setdefault(base, []).append(med[name] / med[base])
            base_n = configs[base][0]
            ratio, ratio_in = med[name] / med[base], med_in[name] / med_in[base]
            verdict = "" if n - base_n < 300 or "synthetic" in name else \
                f"; target <= +20%: {'met' if ratio <= 1.2 else 'NOT met'}"
            print(
                f"  ({name})/({base}): wall x{ratio:.3f} ({(ratio - 1) * 100:+.1f}%), scan x{ratio_in:.3f} "
                f"({(ratio_in - 1) * 100:+.1f}%) for +{n - base_n} rules{verdict}"
            )
    for base, ratios in draws.items():
        mid = statistics.median(ratios)
        print(f"  {base} + {args.plus} random rules (and their pairs), {len(ratios)} draws: "
              f"median wall x{mid:.3f} "
              f"(range x{min(ratios):.3f}-x{max(ratios):.3f}); target <= +20%: "
              f"{'met' if mid <= 1.2 else 'NOT met'} by the median, "
              f"{sum(r <= 1.2 for r in ratios)} of {len(ratios)} draws")
    for name, (n, _) in configs.items():
        if name == "all" or "synthetic" in name or "(draw " in name:
            continue
        ratio, ratio_in = med["all"] / med[name], med_in["all"] / med_in[name]
        added = len(tables) - n
        verdict = "" if added < 300 else f"; target <= +20%: {'met' if ratio <= 1.2 else 'NOT met'}"
        print(
            f"  all/{name}: wall x{ratio:.3f} ({(ratio - 1) * 100:+.1f}%), scan x{ratio_in:.3f} "
            f"({(ratio_in - 1) * 100:+.1f}%) for +{added} rules{verdict}"
        )
    if args.kingfisher:
        kingfisher_scaling(args.tree, args.kingfisher, args.runs)
    return 0


def kingfisher_scaling(tree: Path, n: int, runs: int) -> None:
    """The same question for a peer: Kingfisher with n of its own rules (--rule ID each) and all."""
    import subprocess

    exe = harness.find_tool("kingfisher")
    if exe is None:
        print("kingfisher not found (benches/setup_peers.sh)", file=sys.stderr)
        return
    listing = subprocess.run([str(exe), "rules", "list"], capture_output=True, text=True).stdout
    ids = [cols[1].strip() for line in listing.splitlines()
           if len(cols := line.split("\u2502")) > 2 and "." in cols[1] and " " not in cols[1].strip()]
    picked = random.Random(1).sample(ids, min(n, len(ids)))
    walls: dict[str, list[float]] = {"some": [], "all": []}
    with tempfile.TemporaryDirectory(prefix="kf-scaling-") as tmp:
        base = harness.scan_cmd("kingfisher", exe, tree, Path(tmp) / "kf.json")
        cmds = {"some": base + [a for i in picked for a in ("--rule", i)], "all": base}
        for round_ in range(runs + 1):
            for name, cmd in cmds.items():
                m = harness.run(cmd, runs=1, ok_codes=harness.OK_CODES["kingfisher"], env=harness.quiet_env())
                if round_ and m.ok:
                    walls[name].extend(m.walls)
    if walls["some"] and walls["all"]:
        some, full = statistics.median(walls["some"]), statistics.median(walls["all"])
        print(f"\n== kingfisher {harness.tool_version('kingfisher', exe)}, median of {runs} interleaved runs")
        print(f"  {len(picked)} of its rules: {some:.2f} s; all {len(ids)}: {full:.2f} s; x{full / some:.3f}")


if __name__ == "__main__":
    sys.exit(main())
