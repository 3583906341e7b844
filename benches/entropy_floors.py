#!/usr/bin/env python3
"""Do the rules' entropy floors drop real secrets? For every rule with an `entropy` floor, draw
random values from the rule's own secret pattern (each character class sampled uniformly, the
shortest lengths favoured) and count how many fall under the floor. A provider token is random, so
a floor that drops more than a few of its random values drops real keys (Salesforce's 19-digit
consumer secrets: one in three under a 3.0 floor). A second list draws hex wherever a class is
lower-case alphanumeric ("32 lower-case characters" is often hex in practice: check the provider
before lowering a floor for it). Generic and free-form rules are listed apart: their floors are
meant to drop typed values too. Exit 1 when a provider rule is flagged.

    python benches/entropy_floors.py [--draws 2000] [--max-share 0.01] [--rules FILE.toml]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from leakscan import checks  # noqa: E402
from leakscan.regexsample import Unsampleable, floor_drop_share, sampler  # noqa: E402
from leakscan.rules import load_builtin, load_file  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--draws", type=int, default=2000)
    ap.add_argument("--max-share", type=float, default=0.01,
                    help="flag a provider rule whose floor drops more than this share")
    ap.add_argument("--rules", type=Path, help="a rule file instead of the built-in rules")
    args = ap.parse_args(argv)
    rules = load_file(args.rules)[0] if args.rules else load_builtin()
    flagged, hex_flagged, generic, skipped = [], [], [], 0
    for rule in rules:
        if not rule.entropy:
            continue
        try:
            sampler(rule.regex, rule.secret_group)
        except Unsampleable:
            skipped += 1
            continue
        share = floor_drop_share(rule, args.draws, seed=7)
        hex_share = floor_drop_share(rule, args.draws, hex_only=True, seed=7)
        if checks.is_freeform(rule):  # generic rules are free-form too
            if share > args.max_share:
                generic.append((share, rule.id, rule.entropy))
        elif share > args.max_share:
            flagged.append((share, rule.id, rule.entropy))
        elif hex_share > args.max_share:
            hex_flagged.append((hex_share, rule.id, rule.entropy))
    print(f"{sum(1 for r in rules if r.entropy)} rules with an entropy floor; {skipped} with a "
          f"secret pattern this sampler cannot draw from")
    print(f"provider rules whose floor drops more than {args.max_share:.0%} of random values: {len(flagged)}")
    for share, rid, floor in sorted(flagged, reverse=True):
        print(f"  {rid:45s} floor {floor:.2f}  drops {share:6.1%}")
    print(f"... and of hex values where the class is lower-case alphanumeric (check the provider "
          f"really emits hex before lowering): {len(hex_flagged)}")
    for share, rid, floor in sorted(hex_flagged, reverse=True):
        print(f"  {rid:45s} floor {floor:.2f}  drops {share:6.1%}")
    print(f"generic and free-form rules (floors also drop typed values, by design): {len(generic)}")
    for share, rid, floor in sorted(generic, reverse=True):
        print(f"  {rid:45s} floor {floor:.2f}  drops {share:6.1%} (at the shortest lengths)")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
