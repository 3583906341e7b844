#!/usr/bin/env python3
"""History scan phase by phase, both blob readers, and (optionally) the peers side by side.

For each repository (default: /work/bench/corpora/repo-*):

1. enumerate   every reachable blob with its first path (rev-list --objects | cat-file)
2. read        every blob once, one process, per reader (no scanning): the reading floor
3. read+scan   the same with the engine, one process, per reader
4. scan (-jN)  the worker pipeline the CLI uses (fork pool, dynamic batches), per reader
5. provenance  for the blobs with findings only (git log --find-object, ref walk, HEAD)
6. end to end  gitscan.scan_history in-process, per reader (median of --runs)
7. --peers     `leakscan history`, `gitleaks git` and `kingfisher scan --git-history full`
               through benches/harness.py: wall, peak RSS of the process tree, findings

and `leakscan staged` with one staged file (warm cache), median of --runs, with --peers
also gitleaks `git --pre-commit --staged`.

Medians; quote ratios, not absolute times: the machine is shared (load shown per run).

    python benches/phases_history.py [--repo PATH ...] [--runs 3] [--jobs N] [--peers]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from leakscan import gitscan
from leakscan.commands.common import build_config
from leakscan.engine import is_binary
from leakscan.models import ScanStats
from leakscan.pipeline import make_engine
from leakscan.sources import blobs, gitcli, history

CORPORA = Path(os.environ.get("LEAKSCAN_BENCH_DIR", "/work/bench")) / "corpora"


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    walls, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        walls.append(time.perf_counter() - t)
    return statistics.median(walls), out


def cpu_now() -> float:
    import resource

    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def row(name: str, wall: float, nbytes: int, note: str = "", cpu: float | None = None) -> None:
    rate = f"{nbytes / 1e6 / wall:8.0f} MB/s" if nbytes and wall else " " * 13
    cpu_s = f"cpu {cpu:6.2f}s" if cpu is not None else " " * 11
    print(f"  {name:28} {wall:8.2f}s {rate}  {cpu_s}  load {os.getloadavg()[0]:4.1f}  {note}",
          flush=True)


def phases(repo: Path, runs: int, jobs: int) -> None:
    r = gitcli.open_repo(repo)
    cfg = build_config(repo, {"jobs": jobs})
    engine = make_engine(cfg)  # warm: the compiled database is cached
    commits = history.count_commits(r, [])
    c0 = cpu_now()
    wall, items = timed(lambda: list(history.reachable_blobs(r, history.Enumeration())), 1)
    todo = [b for b in items if 0 < b.size <= cfg.max_file_size]
    total = sum(b.size for b in todo)
    print(f"\n{repo.name}: {commits:,} commits, {len(items):,} reachable blobs, "
          f"{total / 1e6:,.1f} MB to read; {len(cfg.rules)} rules; jobs {jobs}")
    row("enumerate", wall, 0, f"{len(items):,} blobs", cpu_now() - c0)
    for name in blobs.READERS:
        c0 = cpu_now()

        def read_all(name: str = name) -> int:
            rd = blobs.open_reader(r, name)
            n = 0
            try:
                for i in range(0, len(todo), 256):
                    for _oid, data, _err in rd.read([b.oid for b in todo[i:i + 256]]):
                        n += len(data or b"")
            finally:
                rd.close()
            return n

        wall, n = timed(read_all, 1)
        row(f"read, 1 process, {name}", wall, n, "", cpu_now() - c0)
    for name in blobs.READERS:
        c0 = cpu_now()

        def read_scan(name: str = name) -> ScanStats:
            st = ScanStats()
            rd = blobs.open_reader(r, name)
            paths = {b.oid: b.path for b in todo}
            try:
                for i in range(0, len(todo), 256):
                    for oid, data, _err in rd.read([b.oid for b in todo[i:i + 256]]):
                        if data is not None and not is_binary(data):
                            engine.scan(data, paths[oid], st)
            finally:
                rd.close()
            return st

        wall, st = timed(read_scan, 1)
        row(f"read+scan, 1 process, {name}", wall, total, f"{st.candidates:,} candidates",
            cpu_now() - c0)
    hits: dict[str, Any] = {}
    paths: dict[str, bytes] = {}
    for name in blobs.READERS:
        c0 = cpu_now()

        def pool(name: str = name) -> tuple[dict[str, Any], dict[str, bytes]]:
            st, errs = ScanStats(), []  # type: ignore[var-annotated]
            return gitscan._scan(cfg, engine, r, todo, history.Enumeration(), st, errs, None, name)

        wall, (hits, paths) = timed(pool, runs)
        row(f"scan -j{jobs}, {name}", wall, total, f"{len(hits)} blobs with findings",
            (cpu_now() - c0) / runs)
    scope = gitscan.resolve_scope(r, None, None, None)
    c0 = cpu_now()
    head = history.head_tree(r, [])[0]
    wall, found = timed(lambda: gitscan._provenance(
        cfg, r, scope, hits, paths, None, ScanStats(), [], head, blobs.DEFAULT, [], {}) if hits else [],
        runs)
    row("provenance", wall, 0, f"{len(found)} findings", (cpu_now() - c0) / runs)
    for name in blobs.READERS:
        c0 = cpu_now()
        def end_to_end(name: str = name) -> Any:
            return gitscan.scan_history(cfg, repo, reader=name)

        wall, res = timed(end_to_end, runs)
        ex = res.stats.extra
        row(f"end to end, {name}", wall, res.stats.bytes,
            f"{len(res.findings)} findings; phases enumerate {ex['seconds_enumerate']:.2f} "
            f"scan {ex['seconds_scan']:.2f} provenance {ex['seconds_provenance']:.2f}",
            (cpu_now() - c0) / runs)



def peers(repo: Path, runs: int) -> None:
    """The three CLIs, runs interleaved (A B C A B C ...) so a load change hits them alike."""
    import harness

    found = harness.tools_available()
    with tempfile.TemporaryDirectory(prefix="phases-") as tmp:
        cmds = {tool: harness.history_cmd(tool, exe, repo, Path(tmp) / f"{tool}.json")
                for tool, exe in found.items()}
        got: dict[str, harness.Measurement] = {t: harness.Measurement(cmd=c) for t, c in cmds.items()}
        for i in range(runs + 1):  # the first round warms caches and is not kept
            for tool, cmd in cmds.items():
                m = harness.run(cmd, runs=1, ok_codes=harness.OK_CODES[tool],
                                env=harness.quiet_env(), timeout=3600)
                if m.error:
                    got[tool].error = m.error
                elif i:
                    for name in ("walls", "rss_kb", "cpus", "loads", "codes"):
                        getattr(got[tool], name).extend(getattr(m, name))
        ok = {t: m for t, m in got.items() if m.ok}
        best_peer = min((m.wall for t, m in ok.items() if t != "leakscan"), default=float("nan"))
        best_cpu = min((m.cpu for t, m in ok.items() if t != "leakscan"), default=float("nan"))
        for tool, m in got.items():
            n = harness.count_findings(Path(tmp) / f"{tool}.json") if m.ok else None
            ratio = f"wall/best peer {m.wall / best_peer:4.2f}  cpu/best peer {m.cpu / best_cpu:4.2f}" \
                if tool == "leakscan" and m.ok else ""
            print(f"  {tool:12} wall {m.wall:8.2f}s ({m.spread()})  cpu {m.cpu:7.2f}s  "
                  f"rss {m.rss_mb:7.1f} MB  load {m.load:4.1f}  findings {n}  {ratio}"
                  f"{m.error[:200]}", flush=True)


def staged(runs: int, with_peers: bool) -> None:
    """One staged file in a fresh small repository, warm cache."""
    exe = shutil.which("leakscan") or str(Path(sys.executable).parent / "leakscan")
    with tempfile.TemporaryDirectory(prefix="phases-staged-") as tmp:
        repo = Path(tmp) / "r"
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("GIT_")},
               "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@x", "GIT_COMMITTER_NAME": "b",
               "GIT_COMMITTER_EMAIL": "b@x"}

        def git(*args: str) -> None:
            subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false",
                            *args], cwd=repo, env=env, check=True, capture_output=True)

        repo.mkdir()
        git("init", "-q")
        for i in range(50):
            (repo / f"m{i}.py").write_text(f"x = {i}\n" * 40)
        git("add", ".")
        git("commit", "-q", "-m", "base")
        (repo / "m7.py").write_text("x = 7\n" * 40 + "y = 'changed'\n")
        git("add", "m7.py")
        cmds = {"leakscan staged": [exe, "staged", "--no-progress"]}
        if with_peers:
            import harness

            gl = harness.find_tool("gitleaks")
            if gl is not None:
                cmds["gitleaks --pre-commit"] = harness.staged_cmd("gitleaks", gl, repo,
                                                                   Path(tmp) / "gl.json")
        for name, cmd in cmds.items():
            subprocess.run(cmd, cwd=repo, capture_output=True)  # warm the cache
            walls = []
            for _ in range(runs):
                t = time.perf_counter()
                subprocess.run(cmd, cwd=repo, capture_output=True)
                walls.append(time.perf_counter() - t)
            print(f"  {name:24} median {statistics.median(walls):.3f}s  min {min(walls):.3f}s  "
                  f"({runs} runs, load {os.getloadavg()[0]:.1f})", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", action="append", type=Path, default=[])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--peers", action="store_true", help="also time the CLI and the peers")
    ap.add_argument("--no-phases", action="store_true")
    ap.add_argument("--no-staged", action="store_true")
    args = ap.parse_args()
    repos = args.repo or sorted(p for p in CORPORA.glob("repo-*") if p.is_dir()
                                and not p.name.endswith(".building"))
    for repo in repos:
        if not args.no_phases:
            phases(repo, args.runs, args.jobs)
        if args.peers:
            print(f"{repo.name}: CLI side by side (median of {args.runs}, one warm-up)")
            peers(repo, args.runs)
    if not args.no_staged:
        print("\nstaged: one staged file, warm cache")
        staged(max(args.runs, 7), args.peers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
