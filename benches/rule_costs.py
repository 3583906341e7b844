#!/usr/bin/env python3
"""What each built-in rule costs Hyperscan *in the database of all rules*, on real text.

A rule's cost on top of a small database (what tune_prefilters.py ranks by) is a poor guide:
Hyperscan shares literal matchers and automata, so the rules that stand out on top of 80 others
are not the ones that cost time in the database of all. This program measures in the real context
instead, in two steps per `--tree` sample (text files scanned one by one, as leakscan does):

1. groups: the database of all main rules against the same database without `--group` rules in
   a row (file order), interleaved, best of `--runs`; a group's saving is what its rules cost;
2. drill: the `--drill` costliest groups, one rule removed at a time.

`--prefilters` asks the other question for every rule with a `prefilter`: is the whole regex
cheaper for Hyperscan than the piece (a tail anchored on a common word such as `key` can be)?
Same two steps, with the rule's whole regex in place of its prefilter; a positive figure on
every tree means the whole regex is faster, so the prefilter costs time. Single savings under
about 0.2 ms per 12 MB are noise on this machine: confirm a finding with a second run before
acting on it.

    python benches/rule_costs.py [--tree PATH ...] [--sample-mb 12] [--group 10] [--drill 4]
    python benches/rule_costs.py --prefilters [--tree PATH ...]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import harness


def scan_ms(db: Any, files: Sequence[bytes]) -> float:
    return harness.hs_scan_time(db, files, 1)[0] * 1000


def saving(base: Any, db: Any, samples: list[list[bytes]], runs: int) -> list[float]:
    """Per sample: best base time minus best time of `db` (ms), the two interleaved."""
    row = []
    for files in samples:
        a, b = [], []
        for _ in range(runs):
            a.append(scan_ms(base, files))
            b.append(scan_ms(db, files))
        row.append(min(a) - min(b))
    return row


def show(label: str, per_tree: list[float]) -> str:
    return f"  {sum(per_tree):+7.2f} ms  (" + ", ".join(f"{x:+.2f}" for x in per_tree) + f")  {label}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", type=Path, action="append",
                    help="repeatable; default: tree-sitepkgs and tree-npm")
    ap.add_argument("--sample-mb", type=float, default=12)
    ap.add_argument("--group", type=int, default=10)
    ap.add_argument("--drill", type=int, default=4, help="costliest groups measured rule by rule")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--prefilters", action="store_true",
                    help="cost of each prefilter against the rule's whole regex instead")
    args = ap.parse_args(argv)
    trees = args.tree or [harness.CORPORA / "tree-sitepkgs", harness.CORPORA / "tree-npm"]
    missing = [t for t in trees if not t.is_dir()]
    if missing:
        print(f"no such tree: {missing[0]} (benches/make_corpora.py builds the corpora)", file=sys.stderr)
        return 2
    from leakscan import hsdb
    from leakscan import rules as rules_mod

    rules = [r for r in rules_mod.load_builtin() if not r.path]  # path rules: a database of their own
    samples = [harness.text_sample(t, int(args.sample_mb * 1e6)) for t in trees]
    each = [hsdb.expressions([r])[0] for r in rules]  # a split_boundary rule has several
    base = harness.hs_database([e for mine in each for e in mine])
    names = ", ".join(t.name for t in trees)
    print(f"{len(rules)} main rules; samples of {args.sample_mb:g} MB from {names}; "
          "database of all rules: " + ", ".join(f"{min(scan_ms(base, s) for _ in range(5)):.1f} ms"
                                             for s in samples))
    if args.prefilters:
        subject = [i for i, r in enumerate(rules) if r.prefilter]
        what = "saved by the whole regex in place of the prefilter (positive: the prefilter costs time)"

        def variant(drop: set[int]) -> Any:
            return harness.hs_database([e for i, mine in enumerate(each)
                                        for e in ([rules[i].regex] if i in drop else mine)])
    else:
        subject = list(range(len(rules)))
        what = "saving when left out (what the rules cost)"

        def variant(drop: set[int]) -> Any:
            return harness.hs_database([e for i, mine in enumerate(each) if i not in drop for e in mine])

    groups = [subject[k:k + args.group] for k in range(0, len(subject), args.group)]
    print(f"\n== groups of {args.group}: {what}; per tree in brackets")
    rows = []
    for group in groups:  # one variant database at a time: each is as large as the full one
        per_tree = saving(base, variant(set(group)), samples, args.runs)
        rows.append((sum(per_tree), group))
        print(show(" ".join(rules[i].id for i in group), per_tree), flush=True)
    pick = sorted(rows, key=lambda r: -r[0])[:args.drill]
    print(f"\n== rule by rule in the {len(pick)} groups with the largest figures")
    found = [(rules[i].id, saving(base, variant({i}), samples, args.runs + 2)) for _, g in pick for i in g]
    for rid, per_tree in sorted(found, key=lambda f: -sum(f[1])):
        print(show(rid, per_tree))
    return 0


if __name__ == "__main__":
    sys.exit(main())
