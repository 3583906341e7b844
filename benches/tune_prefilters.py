#!/usr/bin/env python3
"""Find, for each built-in rule, the piece of its regex that is cheapest for Hyperscan to search.

Hyperscan's cost grows with rules whose literals are short or common in code (`key`, `token`, a
two-letter alias, a lone `|` or `-`) and with rules that have no literal at all. A rule may name a
`prefilter`: a tail of its regex, or a run of parts every match contains (src/leakscan/
regexparts.py checks this on load); Hyperscan searches that, Python confirms the whole rule. This
script measures, on a sample of real files scanned one by one as leakscan does, each rule's own
Hyperscan time and candidate count with its whole regex and with each piece, and keeps a piece
when it is clearly cheaper once its extra candidates are paid for in Python.

    python benches/tune_prefilters.py [--tree PATH] [--sample-mb 12] [--min-gain 0.25]
    python benches/tune_prefilters.py --apply      # write the chosen prefilters into patterns/
    python benches/tune_prefilters.py --compare    # one database with and without prefilters
    python benches/tune_prefilters.py --compile [--apply]  # pieces that compile faster, scan no slower

Findings cannot change (the prefilter is checked against the regex); what can go wrong is speed,
so `--compare` and benches/rules_scaling.py are the judges, not the per-rule numbers.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import harness

REPO = Path(__file__).resolve().parents[1]
CONFIRM_MS = {"end": 0.004, "window": 0.009, "whole": 0.004}  # one Python confirmation
# ("whole": the rule's own regex again, for a rule whose prefilter costs more than it saves)


class Timer:
    def __init__(self, files: list[bytes]) -> None:
        self.files = files
        self.base = self.cost(["zq9xv7wk3"])[0]

    def compile(self, exprs: list[str]) -> Any:
        return harness.hs_database(exprs)

    def scan(self, db: Any, repeat: int = 3) -> tuple[float, int]:
        seconds, hits = harness.hs_scan_time(db, self.files, repeat)
        return seconds * 1000, hits

    def cost(self, exprs: list[str], repeat: int = 3) -> tuple[float, int]:
        return self.scan(self.compile(exprs), repeat)


def candidates(regex: str, longest: int = 3) -> list[tuple[str, str]]:
    """The tails of a regex and its runs of 1 to `longest` required parts, as (mode, text)."""
    from leakscan import regexparts

    return regexparts.pieces(regex, longest)


def sample(args: argparse.Namespace, offset: int = 0) -> list[bytes]:
    """`--sample-mb` of text files from each `--tree`: code unlike the tuning tree (a node_modules,
    a history's blobs) has other common words, and a piece that is rare in one floods in another."""
    return [d for tree in args.tree for d in harness.text_sample(tree, int(args.sample_mb * 1e6), offset)]


def add_one_costs(rules: list[Any], timer: Timer, runs: int = 3) -> dict[str, float]:
    """What each rule adds to a small database (80 other rules): its cost alone is no guide (a
    database of one rule runs a different engine, ~5 ms per 20 MB whatever the rule), and in the
    database of all rules one rule's share is lost in noise. On top of 80 rules the costly few
    stand out: the 25 highest cut the database of all rules by 22-31%, 25 random ones by 1-6%."""
    first, second = rules[:80], rules[80:160]
    out: dict[str, float] = {}
    for base in (first, second):
        in_base = {r.id for r in base}
        base_db = timer.compile([r.hs_regex for r in base])
        base_ms = min(timer.scan(base_db, 1)[0] for _ in range(runs))
        for rule in rules:
            if rule.id in out or rule.id in in_base:
                continue
            db = timer.compile([r.hs_regex for r in base] + [rule.hs_regex])
            out[rule.id] = min(timer.scan(db, 1)[0] for _ in range(runs)) - base_ms
    return out


def tune(args: argparse.Namespace) -> dict[str, tuple[str, str, float, float, int]]:
    """Two passes. Rank: each rule's cost added to a database of 80 other rules (add_one_costs).
    In context: Hyperscan's cost is not a sum (rules share literal matchers and automata), so for
    the `--top` rules each piece (and the whole regex, for a rule that has a prefilter) whose
    candidates Python can afford is tried in the database of all rules, one rule after another,
    and kept only when the whole database gets faster."""
    from leakscan import rules as rules_mod

    files = sample(args)
    timer = Timer(files)
    mb = sum(map(len, files)) / 1e6
    print(f"sample: {len(files)} files, {mb:.1f} MB; one literal: {timer.base:.2f} ms", file=sys.stderr)
    rules = [r for r in rules_mod.load_builtin() if not r.path]
    added = add_one_costs(rules, timer)
    costly = sorted(rules, key=lambda r: -added[r.id])[:args.top]
    print("costliest on top of 80 rules: " + ", ".join(f"{r.id} +{added[r.id]:.1f} ms" for r in costly[:10]),
          file=sys.stderr)
    tries: dict[str, list[tuple[float, str, str, int]]] = {}
    for rule in costly:
        scored = []
        options = candidates(rule.regex, args.longest)
        if rule.prefilter:
            options.append(("whole", rule.regex))
        for mode, text in options:
            if text == rule.hs_regex:
                continue
            try:
                ms, hits = timer.cost([text], 2)
            except Exception:  # Hyperscan refuses some pieces (empty match...)
                continue
            if hits * CONFIRM_MS[mode] <= args.max_confirm_ms:
                scored.append((ms - timer.base + hits * CONFIRM_MS[mode], mode, text, hits))
        tries[rule.id] = sorted(scored)[:args.per_rule]
    current = {r.id: r.hs_regex for r in rules}
    order = [r.id for r in rules]

    def db_cost(exprs: dict[str, str], other: Any) -> tuple[float, float]:
        db = timer.compile([exprs[i] for i in order])
        a, b = [], []
        for _ in range(args.runs):  # interleaved with the current database
            a.append(timer.scan(db, 1)[0])
            b.append(timer.scan(other, 1)[0])
        return min(a), min(b)

    now = timer.compile([current[i] for i in order])
    chosen: dict[str, tuple[str, str, float, float, int]] = {}
    for rule in costly:
        for _score, mode, text, hits in tries[rule.id]:
            trial = dict(current, **{rule.id: text})
            t_new, t_now = db_cost(trial, now)
            t_new += hits * CONFIRM_MS[mode]
            if t_new < t_now * (1 - args.min_gain_pct / 100):
                current = trial
                now = timer.compile([current[i] for i in order])
                chosen[rule.id] = (mode, text, t_now, t_new, hits)
                args.save.write_text(json.dumps(chosen, indent=1), encoding="utf-8")  # a long run may be cut
                print(f"{rule.id}: database {t_now:.1f} -> {t_new:.1f} ms ({mode}, {hits} candidates) "
                      f"{text[:70]}", file=sys.stderr)
                break
    return chosen


def compile_tune(args: argparse.Namespace) -> dict[str, tuple[str, str, float, float, int]]:
    """A cold start (first run, CI without a cache, every rule update) compiles the database; a
    few rules take most of that (a keyword grammar with many alternatives, a repeat of 1500).
    For the `--top` rules slowest to compile alone, take the piece that compiles fastest while
    its own scan time and candidates stay close to the rule's; keep the set only if the database
    of all rules compiles faster and scans no slower (interleaved medians)."""
    from leakscan import regexparts
    from leakscan import rules as rules_mod

    files = sample(args, offset=1)
    timer = Timer(files)
    rules = [r for r in rules_mod.load_builtin() if not r.path]

    def compile_seconds(exprs: list[str]) -> tuple[Any, float]:
        t0 = time.perf_counter()
        db = timer.compile(exprs)
        return db, time.perf_counter() - t0

    own = {r.id: compile_seconds([r.hs_regex])[1] for r in rules}
    chosen: dict[str, tuple[str, str, float, float, int]] = {}
    for rule in sorted(rules, key=lambda r: -own[r.id])[:args.top]:
        now_ms, now_hits = timer.cost([rule.hs_regex], 1)
        best: tuple[float, str, str, int] | None = None
        for mode, text in candidates(rule.regex, args.longest):
            try:
                regexparts.prefilter_mode(rule.regex, text)
                db, seconds = compile_seconds([text])
            except Exception:  # not a valid prefilter, or Hyperscan refuses the piece
                continue
            ms, hits = timer.scan(db, 1)
            # Few extra candidates: a provider word such as `zoom` is rare in a sample and
            # thousands of times in one plotting library (7,333 Python confirmations per rule).
            if seconds > own[rule.id] / 2 or hits > now_hits + 2 or ms > now_ms * 1.2 + 0.3:
                continue
            if best is None or seconds < best[0]:
                best = (seconds, mode, text, hits)
        if best is not None:
            chosen[rule.id] = (best[1], best[2], own[rule.id] * 1000, best[0] * 1000, best[3])
            print(f"{rule.id}: compiles in {own[rule.id] * 1000:.0f} -> {best[0] * 1000:.0f} ms "
                  f"({best[1]}, {best[3]} candidates) {best[2][:60]}", file=sys.stderr)
    before = [r.hs_regex for r in rules]
    after = [chosen[r.id][1] if r.id in chosen else r.hs_regex for r in rules]
    rows: dict[str, list[tuple[float, float]]] = {"now": [], "chosen": []}
    for _ in range(args.runs):  # interleaved
        for name, exprs in (("now", before), ("chosen", after)):
            db, seconds = compile_seconds(exprs)
            rows[name].append((seconds, timer.scan(db, 1)[0]))
    med = {k: (sorted(c for c, _ in v)[len(v) // 2], sorted(m for _, m in v)[len(v) // 2])
           for k, v in rows.items()}
    for name, (seconds, ms) in med.items():
        print(f"  {name:7s} database of {len(rules)} rules: compile {seconds:.2f} s, scan {ms:.1f} ms "
              f"(medians of {args.runs})")
    if med["chosen"][0] >= med["now"][0] or med["chosen"][1] > med["now"][1] * 1.02:
        print("  not kept: the database would not compile faster, or it would scan slower")
        return {}
    return chosen


def toml_literal(text: str) -> str:
    if "'''" not in text and not text.endswith("'"):
        return f"'''{text}'''"
    return json.dumps(text)  # a JSON string is a valid TOML basic string


def apply(chosen: dict[str, tuple[str, str, float, float, int]], patterns: Path) -> int:
    written = 0
    for path in sorted(patterns.glob("*.toml")):
        lines = path.read_text(encoding="utf-8").split("\n")
        out: list[str] = []
        current = None
        for line in lines:
            m = re.match(r"""^id = ['"]([^'"]+)['"]$""", line)
            if m:
                current = m.group(1)
            if line.startswith("prefilter = ") and current in chosen:
                continue  # replaced below
            out.append(line)
            if line.startswith("regex = ") and current in chosen:
                written += 1  # a new prefilter, or ("whole") the old one dropped
                if chosen[current][0] != "whole":
                    out.append(f"prefilter = {toml_literal(chosen[current][1])}")
        path.write_text("\n".join(out), encoding="utf-8")
    return written


def compare(args: argparse.Namespace) -> int:
    from leakscan import rules as rules_mod

    files = sample(args, offset=3)  # other files than tune()
    timer = Timer(files)
    rules = [r for r in rules_mod.load_builtin() if not r.path]
    print(f"sample: {len(files)} files, {sum(map(len, files)) / 1e6:.1f} MB (not the tuning sample); "
          f"{len(rules)} rules, {sum(1 for r in rules if r.prefilter)} with a prefilter")
    whole = timer.compile([r.regex for r in rules])
    pre = timer.compile([r.hs_regex for r in rules])
    small = timer.compile([r.regex for r in rules_mod.load_builtin()[:80] if not r.path])
    rows: dict[str, list[tuple[float, int]]] = {"whole regexes": [], "prefilters": [], "first 80 rules": []}
    for _ in range(args.runs):  # interleaved
        rows["whole regexes"].append(timer.scan(whole, 1))
        rows["prefilters"].append(timer.scan(pre, 1))
        rows["first 80 rules"].append(timer.scan(small, 1))
    for name, vals in rows.items():
        ms = sorted(v[0] for v in vals)
        print(f"  {name:16s} Hyperscan {ms[len(ms) // 2]:7.1f} ms (median of {len(ms)}), "
              f"{vals[0][1]} candidates")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", type=Path, action="append",
                    help="a folder to sample (repeat for several; default: the site-packages tree)")
    ap.add_argument("--patterns", type=Path, default=REPO / "patterns")
    ap.add_argument("--sample-mb", type=float, default=12)
    ap.add_argument("--top", type=int, default=40, help="costliest rules tried in context")
    ap.add_argument("--per-rule", type=int, default=3, help="pieces tried in context per rule")
    ap.add_argument("--min-gain-pct", type=float, default=1.5, help="keep a piece only above this gain")
    ap.add_argument("--max-confirm-ms", type=float, default=0.3, help="on the sample, for its candidates")
    ap.add_argument("--longest", type=int, default=3, help="longest run of units tried as a window")
    ap.add_argument("--apply", action="store_true")
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--compile", action="store_true", help="tune for compile time (cold start) instead")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--save", type=Path, default=Path("prefilters.json"))
    args = ap.parse_args(argv)
    args.tree = args.tree or [harness.CORPORA / "tree-sitepkgs"]
    if not all(t.is_dir() for t in args.tree):
        print("need the tree (benches/make_corpora.py)", file=sys.stderr)
        return 2
    if args.compare:
        return compare(args)
    if args.apply and args.save.is_file():
        chosen = json.loads(args.save.read_text(encoding="utf-8"))
    else:
        chosen = compile_tune(args) if args.compile else tune(args)
        args.save.write_text(json.dumps(chosen, indent=1), encoding="utf-8")
        print(f"{len(chosen)} rules have a cheaper piece; saved to {args.save}")
    if args.apply:
        print(f"changed the prefilters of {apply(chosen, args.patterns)} rules in {args.patterns}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
