#!/usr/bin/env python3
"""Hyperscan outside Python and with AVX2/AVX-512: does the rule count cost the same share?

Builds benches/hs_native.c against the system's libhs (Debian: `apt-get install
libhyperscan-dev`, a fat-runtime build; the PyPI `hyperscan` wheel leakscan uses is built with
FAT_RUNTIME=OFF and reports no CPU features), then times the same text sample (files of the tree
scanned one by one) with all built-in rules, the first 80 and a random 80, interleaved, and
prints the same three through the Python binding for comparison. Only the ratios matter here.

    python benches/hs_native.py [--tree PATH] [--sample-mb 12] [--runs 7] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import harness

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", type=Path, default=harness.CORPORA / "tree-sitepkgs")
    ap.add_argument("--sample-mb", type=float, default=12)
    ap.add_argument("--runs", type=int, default=7, help="scans per timing (best is kept)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds (median is printed)")
    args = ap.parse_args(argv)
    cc = shutil.which("gcc") or shutil.which("cc")
    if cc is None or not Path("/usr/include/hs/hs.h").is_file() or not args.tree.is_dir():
        print("need a C compiler, libhs (apt-get install libhyperscan-dev) and the tree", file=sys.stderr)
        return 2
    from leakscan import hsdb
    from leakscan import rules as rules_mod

    rules = [r for r in rules_mod.load_builtin() if not r.path and not r.binary]
    sets = {"all": rules, "first 80": rules[:80], "random 80": random.Random(1).sample(rules, 80)}
    files = harness.text_sample(args.tree, int(args.sample_mb * 1e6), 3)
    with tempfile.TemporaryDirectory(prefix="hs-native-") as tmp:
        exe = Path(tmp) / "hs_native"
        subprocess.run([cc, "-O2", "-o", str(exe), str(HERE / "hs_native.c"), "-lhs"], check=True)
        blob, lens = Path(tmp) / "blob", Path(tmp) / "lens"
        blob.write_bytes(b"".join(files))
        lens.write_text("".join(f"{len(f)}\n" for f in files))
        pats = {}
        for name, rs in sets.items():
            pats[name] = Path(tmp) / f"{name.replace(' ', '-')}.txt"
            pats[name].write_bytes(b"".join(hsdb.hs_expression(e) + b"\n" for e in hsdb.expressions(rs)[0]))
        dbs: dict[str, Any] = {k: harness.hs_database(hsdb.expressions(rs)[0]) for k, rs in sets.items()}
        native: dict[str, list[float]] = {k: [] for k in sets}
        binding: dict[str, list[float]] = {k: [] for k in sets}
        features = ""
        for _ in range(args.rounds):
            for name in sets:
                out = subprocess.run([str(exe), str(pats[name]), str(blob), str(lens), str(args.runs)],
                                     capture_output=True, text=True, check=True)
                native[name].append(float(out.stdout.split()[2]))
                features = out.stderr.strip()
                binding[name].append(harness.hs_scan_time(dbs[name], files, args.runs)[0] * 1000)
    mb = sum(map(len, files)) / 1e6
    print(f"{mb:.1f} MB in {len(files)} text files of {args.tree}; median of {args.rounds} rounds, "
          f"best of {args.runs} scans each")
    print(f"  native libhs: {features}")
    print(f"  python binding: {dbs['all'].info().decode()}")
    for label, table in (("native libhs", native), ("python binding", binding)):
        med = {k: statistics.median(v) for k, v in table.items()}
        print(f"  {label:15s} " + "  ".join(f"{k} {v:6.2f} ms" for k, v in med.items())
              + f"  all/first 80 x{med['all'] / med['first 80']:.2f}"
              + f"  all/random 80 x{med['all'] / med['random 80']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
