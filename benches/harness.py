"""A small stdlib benchmark harness: run a command N times, report medians side by side.

Wall time is measured around each child with ``time.perf_counter``. Peak RSS comes from
``os.wait4`` on the child: on Linux its ``ru_maxrss`` is the largest resident set of the
child *or any descendant it waited for* (the same figure as ``/usr/bin/time -f %M``), so a
tool that forks helpers (``git`` for gitleaks, worker processes for leakscan) is covered.

Benchmarks are programs that print figures, not tests. Quote ratios, not absolute times:
the machine is shared and noisy.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(os.environ.get("LEAKSCAN_BENCH_DIR", "/work/bench"))
CORPORA = BENCH_DIR / "corpora"
PEERS_BIN = BENCH_DIR / "peers-venv" / "bin"
LEAKSCAN_BIN = BENCH_DIR / "leakscan-venv" / "bin"

TOOLS: tuple[str, ...] = ("leakscan", "gitleaks", "kingfisher")
_ENV_OVERRIDE = {"leakscan": "LEAKSCAN_BIN", "gitleaks": "GITLEAKS_BIN",
                 "kingfisher": "KINGFISHER_BIN"}


@dataclass
class Measurement:
    """Medians over the measured runs of one command."""

    cmd: list[str]
    walls: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)
    codes: list[int] = field(default_factory=list)
    stderr_tail: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and bool(self.walls)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls) if self.walls else float("nan")

    @property
    def rss_mb(self) -> float:
        return statistics.median(self.rss_kb) / 1024 if self.rss_kb else float("nan")

    @property
    def cpu(self) -> float:
        """Median user+system CPU seconds of the process tree: less sensitive than wall
        time to other work on a shared machine."""
        return statistics.median(self.cpus) if self.cpus else float("nan")

    @property
    def load(self) -> float:
        """Median 1-minute load average seen when the runs started."""
        return statistics.median(self.loads) if self.loads else float("nan")

    @property
    def exit_code(self) -> int | None:
        return self.codes[-1] if self.codes else None

    def spread(self) -> str:
        if len(self.walls) < 2:
            return ""
        return f"{min(self.walls):.2f}-{max(self.walls):.2f}"


@dataclass
class _Once:
    wall: float
    rss_kb: int
    cpu: float
    code: int
    stderr_tail: str


def _run_once(
    cmd: Sequence[str], cwd: str | os.PathLike[str] | None, env: Mapping[str, str] | None,
    timeout: float | None,
) -> _Once:
    """One run: wall seconds, peak RSS KB and CPU seconds of the process tree."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd), cwd=cwd, env=dict(env) if env is not None else None,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
            start_new_session=True,
        )
        timer: threading.Timer | None = None
        if timeout is not None:
            timer = threading.Timer(timeout, _kill_group, (proc.pid,))
            timer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            if timer is not None:
                timer.cancel()
        wall = time.perf_counter() - t0
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code  # reaped by wait4: keep Popen from waiting again
        err.seek(0)
        tail = err.read()[-2000:].decode("utf-8", "replace")
    return _Once(wall, int(usage.ru_maxrss), usage.ru_utime + usage.ru_stime, code, tail)


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run(
    cmd: Sequence[str | os.PathLike[str]],
    runs: int = 5,
    cwd: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    ok_codes: Sequence[int] = (0, 1),
    warmup: int = 0,
    timeout: float | None = None,
    before_each: Callable[[], None] | None = None,
) -> Measurement:
    """Runs ``cmd`` ``warmup`` + ``runs`` times; keeps wall, peak RSS and exit code of each
    measured run. Stops early (setting ``error``) on an exit code outside ``ok_codes``."""
    argv = [str(c) for c in cmd]
    m = Measurement(cmd=argv)
    for i in range(warmup + runs):
        if before_each is not None:
            before_each()
        load = os.getloadavg()[0]
        once = _run_once(argv, cwd, env, timeout)
        m.stderr_tail = once.stderr_tail
        if once.code not in ok_codes:
            m.error = f"exit code {once.code}: {once.stderr_tail.strip()[-500:]}"
            break
        if i >= warmup:
            m.walls.append(once.wall)
            m.rss_kb.append(once.rss_kb)
            m.cpus.append(once.cpu)
            m.loads.append(load)
            m.codes.append(once.code)
    return m


# --------------------------------------------------------------------------- tools


def find_tool(name: str) -> Path | None:
    """The tool's executable: $<NAME>_BIN, then the bench venvs, then PATH."""
    override = os.environ.get(_ENV_OVERRIDE.get(name, ""), "")
    if override:
        return Path(override) if Path(override).exists() else None
    for d in (LEAKSCAN_BIN, PEERS_BIN):
        p = d / name
        if p.exists():
            return p
    found = shutil.which(name)
    return Path(found) if found else None


def tools_available(names: Sequence[str] = TOOLS) -> dict[str, Path]:
    """Found tools; prints a clear note for each missing one."""
    out: dict[str, Path] = {}
    for name in names:
        path = find_tool(name)
        if path is None:
            hint = ("install it: python -m venv /work/bench/leakscan-venv && "
                    "/work/bench/leakscan-venv/bin/pip install -e /work/main"
                    if name == "leakscan" else "run: bash benches/setup_peers.sh")
            print(f"NOTE: {name} not found, skipped ({hint})", file=sys.stderr)
        else:
            out[name] = path
    return out


def tool_version(name: str, exe: Path) -> str:
    args = {"gitleaks": ["version"], "kingfisher": ["--version"]}.get(name, ["--version"])
    try:
        proc = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"? ({exc})"
    text = (proc.stdout or proc.stderr).strip().splitlines()
    return text[0] if text else "?"


def count_findings(report: Path) -> int | None:
    """Findings in a JSON report: gitleaks writes a list; kingfisher and leakscan write an
    object with a ``findings`` list. None when the report is missing or unreadable."""
    try:
        with open(report, encoding="utf-8") as fh:
            data: Any = json.load(fh)
    except (OSError, ValueError):
        return None
    if isinstance(data, list):
        return len(data)
    if isinstance(data, dict):
        findings = data.get("findings")
        if isinstance(findings, list):
            return len(findings)
        if isinstance(findings, int):
            return findings
    return None


def reported_scanned(tool: str, report: Path) -> tuple[int | None, int | None]:
    """(files or blobs, bytes) a tool says it scanned, where its JSON report tells:
    Kingfisher ``metadata.summary``; leakscan ``stats``. gitleaks does not say."""
    try:
        with open(report, encoding="utf-8") as fh:
            data: Any = json.load(fh)
    except (OSError, ValueError):
        return None, None
    if not isinstance(data, dict):
        return None, None
    if tool == "kingfisher":
        summary = (data.get("metadata") or {}).get("summary") or {}
        return summary.get("blobs_scanned"), summary.get("bytes_scanned")
    if tool == "leakscan":
        stats = data.get("stats") or {}
        items = stats.get("blobs", stats.get("files"))
        size = stats.get("bytes")
        return (items if isinstance(items, int) else None,
                size if isinstance(size, int) else None)
    return None, None


def fmt_scanned(tool: str, report: Path) -> tuple[str, str]:
    """``reported_scanned`` as table cells: (count, MB)."""
    items, size = reported_scanned(tool, report)
    return (f"{items:,}" if items is not None else "-",
            f"{size / 1e6:,.0f}" if size is not None else "-")


def tree_size(path: Path) -> tuple[int, int]:
    """(files, bytes) of regular files under path, symlinks not followed."""
    files = size = 0
    for dirpath, _dirs, names in os.walk(path):
        for n in names:
            p = os.path.join(dirpath, n)
            if os.path.islink(p) or not os.path.isfile(p):
                continue
            files += 1
            size += os.path.getsize(p)
    return files, size


def quiet_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The current environment without colour, plus ``extra``."""
    env = dict(os.environ)
    env.update({"NO_COLOR": "1", "TERM": "dumb"})
    if extra:
        env.update(extra)
    return env


# --------------------------------------------------------------------------- tables


@dataclass
class Row:
    tool: str
    m: Measurement
    extra: dict[str, str] = field(default_factory=dict)
    note: str = ""


def _fmt_ratio(value: float, ref: float) -> str:
    if not (value == value and ref == ref) or ref <= 0:  # NaN-safe
        return "-"
    return f"{value / ref:.2f}x"


def print_table(title: str, rows: Sequence[Row], reference: str = "gitleaks",
                extra_cols: Sequence[str] = ()) -> None:
    """Prints one side-by-side table; ratios are against the ``reference`` tool's row
    (wall and RSS; >1 means slower / bigger than the reference). ``CPU s`` is the median
    user+system time of the process tree; ``load`` the median 1-minute load average when
    the runs started."""
    ref = next((r for r in rows if r.tool == reference and r.m.ok), None)
    header = ["tool", "runs", "median s", "range s", f"x {reference}", "CPU s",
              "peak RSS MB", f"RSS x {reference}", "exit", "load", *extra_cols]
    table: list[list[str]] = [header]
    for r in rows:
        if not r.m.ok:
            table.append([r.tool, "0", *("-" for _ in header[2:])])
            continue
        table.append([
            r.tool,
            str(len(r.m.walls)),
            f"{r.m.wall:.3f}",
            r.m.spread() or "-",
            _fmt_ratio(r.m.wall, ref.m.wall) if ref else "-",
            f"{r.m.cpu:.2f}",
            f"{r.m.rss_mb:.0f}",
            _fmt_ratio(r.m.rss_mb, ref.m.rss_mb) if ref else "-",
            str(r.m.exit_code),
            f"{r.m.load:.1f}",
            *(r.extra.get(c, "-") for c in extra_cols),
        ])
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    print(f"\n== {title}")
    for i, row in enumerate(table):
        print("  ".join(cell.rjust(w) if j else cell.ljust(w)
                        for j, (cell, w) in enumerate(zip(row, widths, strict=True))))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    for r in rows:
        if r.note:
            print(f"   {r.tool}: {r.note}")
        if r.m.error:
            print(f"   {r.tool}: FAILED {r.m.error}")
        if not r.m.ok and not r.m.error and not r.note:
            print(f"   {r.tool}: not run")
    cores = os.cpu_count() or 1
    if any(r.m.ok and r.m.load > cores for r in rows):
        print(f"   NOTE: load average above {cores} (cores) during some runs: other work "
              "was competing; compare CPU s and re-run when quieter")
    for r in rows:
        if r.m.ok:
            print(f"   {r.tool} cmd: {' '.join(r.m.cmd)}")
    sys.stdout.flush()


def print_versions(found: Mapping[str, Path]) -> None:
    print(f"machine: {os.cpu_count()} cpus; bench dir {BENCH_DIR}")
    for name, exe in found.items():
        print(f"{name}: {tool_version(name, exe)} ({exe})")


# --------------------------------------------------------------------------- commands
#
# One place for the exact command of each tool, so every benchmark and README agree.
# All write a JSON report to a file, with secrets redacted; Kingfisher never validates
# (no network) and never checks for updates.

OK_CODES: dict[str, tuple[int, ...]] = {
    "leakscan": (0, 1),  # 1 = findings
    "gitleaks": (0, 1),  # 1 = findings (--exit-code)
    "kingfisher": (0, 200, 205),  # 200 = findings, 205 = validated findings
}

_GITLEAKS_COMMON = ("--no-banner", "--redact", "--log-level", "error",
                    "--report-format", "json")
_KINGFISHER_COMMON = ("--no-validate", "--redact", "--no-update-check", "--quiet",
                      "--format", "json")


def scan_cmd(tool: str, exe: Path, path: Path, report: Path) -> list[str]:
    """Folder (or single file) scan."""
    if tool == "gitleaks":
        return [str(exe), "dir", str(path), *_GITLEAKS_COMMON, "--report-path", str(report)]
    if tool == "kingfisher":
        return [str(exe), "scan", str(path), *_KINGFISHER_COMMON, "--output", str(report)]
    return [str(exe), "scan", str(path), "--format", "json", "--output", str(report)]


def history_cmd(tool: str, exe: Path, repo: Path, report: Path) -> list[str]:
    """Full history of a local repository, all refs."""
    if tool == "gitleaks":
        # gitleaks runs `git log -p -U0 --full-history --all` and scans added lines.
        return [str(exe), "git", str(repo), *_GITLEAKS_COMMON, "--report-path", str(report)]
    if tool == "kingfisher":
        # Every unique blob reachable in the repository once (plus the checked-out files).
        return [str(exe), "scan", str(repo), "--git-history", "full", *_KINGFISHER_COMMON,
                "--output", str(report)]
    return [str(exe), "history", str(repo), "--format", "json", "--output", str(report)]


def staged_cmd(tool: str, exe: Path, repo: Path, report: Path) -> list[str]:
    """Pre-commit: what is staged in ``repo`` (run with cwd=repo)."""
    if tool == "gitleaks":
        return [str(exe), "git", "--pre-commit", "--staged", str(repo), *_GITLEAKS_COMMON,
                "--report-path", str(report)]
    if tool == "kingfisher":
        return [str(exe), "scan", str(repo), "--staged", *_KINGFISHER_COMMON,
                "--output", str(report)]
    return [str(exe), "staged", "--format", "json", "--output", str(report)]


def has_subcommand(exe: Path, sub: str) -> bool:
    """Whether ``exe sub --help`` works (leakscan grows subcommands over time)."""
    try:
        proc = subprocess.run([str(exe), sub, "--help"], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0


def missing_subcommand_row(tool: str, exe: Path, sub: str) -> Row | None:
    """A skipped row when leakscan lacks ``sub``; None when the tool can run it."""
    if tool != "leakscan" or has_subcommand(exe, sub):
        return None
    return Row(tool, Measurement(cmd=[str(exe), sub]),
               note=f"skipped: this leakscan has no '{sub}' command yet")


def text_sample(tree: Path, limit: int, offset: int = 0) -> list[bytes]:
    """Text files spread over a tree (every 7th file of a sorted walk from `offset`), up to `limit`
    bytes, each kept apart: leakscan scans file by file, and Hyperscan's cost on one long blob
    differs from its cost on the same bytes as files."""
    paths = sorted(p for p in tree.rglob("*") if p.is_file() and not p.is_symlink())
    out: list[bytes] = []
    total = 0
    for p in paths[offset::7]:
        try:
            data = p.read_bytes()
        except OSError:
            continue
        if b"\0" in data[:8000] or len(data) > 8 << 20:
            continue
        out.append(data)
        total += len(data)
        if total >= limit:
            break
    return out


def hs_database(regexes: Sequence[str]) -> Any:
    """One block-mode Hyperscan database of these regexes, built as leakscan's engine builds its
    own (hsdb.hs_expression, hsdb.FLAGS). Imports leakscan and hyperscan."""
    import hyperscan

    from leakscan import hsdb

    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=[hsdb.hs_expression(r) for r in regexes], ids=list(range(len(regexes))),
               elements=len(regexes), flags=[hsdb.FLAGS] * len(regexes))
    return db


def hs_scan_time(db: Any, files: Sequence[bytes], repeat: int = 3) -> tuple[float, int]:
    """Best of `repeat` scans of every file, one call per file: (seconds, matches per scan)."""
    hits = [0]

    def on_match(*_: Any) -> None:
        hits[0] += 1

    best = float("inf")
    for _ in range(repeat):
        hits[0] = 0
        t0 = time.perf_counter()
        for data in files:
            db.scan(data, match_event_handler=on_match)
        best = min(best, time.perf_counter() - t0)
    return best, hits[0]
