"""One function per job: build the engine, feed it chunks, turn matches into findings."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from . import baseline as baseline_mod
from . import sourcemap, textcodec
from .config import Config
from .engine import SEGMENT, Engine, is_binary
from .errors import SourceError
from .findings import aggregate, apply_filters
from .models import Finding, Location, Match, ScanStats
from .sources import worktree

T = TypeVar("T")
R = TypeVar("R")


@dataclass(slots=True)
class ScanResult:
    findings: list[Finding]
    stats: ScanStats
    errors: list[str] = field(default_factory=list)
    target: str = ""
    kind: str = "scan"


def make_engine(config: Config) -> Engine:
    return Engine(list(config.rules), use_cache=config.use_cache)


def jobs_for(config: Config) -> int:
    return config.jobs or os.cpu_count() or 1


# -- parallel map over batches, by process (fork: the engine is inherited, not rebuilt) ----

_WORKER: dict[str, object] = {}


def _call(batch: list[T]) -> list[R]:
    fn: Callable[[list[T]], list[R]] = _WORKER["fn"]  # type: ignore[assignment]
    return fn(batch)


def parallel_map(fn: Callable[[list[T]], list[R]], batches: Iterable[list[T]], jobs: int,
                 on_result: Callable[[list[R]], None] | None = None) -> Iterator[R]:
    """Small batches handed out dynamically, results in completion order."""
    if jobs <= 1:
        for batch in batches:
            res = fn(batch)
            if on_result:
                on_result(res)
            yield from res
        return
    import multiprocessing

    _WORKER["fn"] = fn
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs) as pool:
        for res in pool.imap_unordered(_call, batches):
            if on_result:
                on_result(res)
            yield from res
        pool.close()  # let workers exit on their own: their exit handlers close children
        pool.join()  # (git cat-file readers) that a terminate would orphan


# -- scanning files -------------------------------------------------------------------------

def scan_file(engine: Engine, full: str | Path, rel: str, size: int, max_size: int,
              stats: ScanStats) -> tuple[list[Match], str]:
    """One file's matches and error ("" if none); its counts go to `stats` (a batch's counters)."""
    if size > max_size:
        stats.skipped_large += 1
        return [], ""
    try:
        with open(full, "rb") as fh:
            head = fh.read(SEGMENT)
            path = rel.encode("utf-8", "surrogateescape")
            if is_binary(head):  # text rules skip it; `binary` rules see the first segment
                stats.skipped_binary += 1
                return engine.scan_binary(head, path, stats), ""
            stats.files += 1
            stats.bytes += size
            if len(head) < SEGMENT:
                return engine.scan(head, path, stats), ""
            if textcodec.is_utf16(head) or sourcemap.is_source_map(path):
                # decoded whole, or a source map whose `mappings` crosses a segment (size-capped)
                return engine.scan(head + fh.read(), path, stats), ""
            fh.seek(0)
            return engine.scan_stream(fh, path, stats), ""
    except OSError as exc:
        stats.skipped_unreadable += 1
        return [], f"{rel}: cannot read ({exc.strerror})"


def _batches(items: Iterable[tuple[str, int]], size_of: int = 1 << 20) -> Iterator[list[tuple[str, int]]]:
    """Batches of about `size_of` bytes, so one large file does not starve a worker."""
    batch: list[tuple[str, int]] = []
    acc = 0
    for item in items:
        batch.append(item)
        acc += item[1]
        if acc >= size_of or len(batch) >= 256:
            yield batch
            batch, acc = [], 0
    if batch:
        yield batch


def scan_paths(config: Config, target: Path,
               progress: Callable[[int, int], None] | None = None,
               respect_gitignore: bool = True) -> ScanResult:
    started = time.perf_counter()
    stats = ScanStats()
    # The project's own config is skipped like an allowlisted file: its rule examples are fake
    # secrets by design.
    listing = worktree.Listing(target, config.allowlist_paths, _own_config(config, target),
                               respect_gitignore)
    engine = make_engine(config)
    is_dir = target.is_dir()
    # Workers start once the walk has found 4 MB per extra worker (small scans stay in one
    # process); the rest of the walk then runs in the parent while they scan.
    files = iter(listing)
    head, total, enough = [], 0, (jobs_for(config) - 1) * (4 << 20)
    for item in files:
        head.append(item)
        total += item[1] if item[1] <= config.max_file_size else 0
        if total >= enough:
            break
    jobs = min(jobs_for(config), 1 + total // (4 << 20))

    # One ScanStats per batch, not per file: merging 35,000 per-file counters cost the parent
    # process 0.45 s of CPU on a site-packages tree.
    Batch = tuple[list[tuple[str, list[Match], str]], ScanStats]

    def work(batch: list[tuple[str, int]]) -> list[Batch]:
        st = ScanStats()
        out = []
        root = str(target)
        for rel, size in batch:  # os.path.join: a pathlib Path per file cost 0.25 s on 35,000 files
            full = os.path.join(root, rel) if is_dir else root
            matches, err = scan_file(engine, full, rel, size, config.max_file_size, st)
            out.append((rel, matches, err))
        return [(out, st)]

    def tick(res: list[Batch]) -> None:
        if progress:
            for out, st in res:
                progress(len(out), st.bytes)

    pairs: list[tuple[Location, Match]] = []
    errors: list[str] = []
    for out, st in parallel_map(work, _batches(itertools.chain(head, files)), jobs, tick):
        stats.merge(st)
        for rel, matches, err in out:
            if err:
                errors.append(err)
            display = rel if is_dir else str(target)
            pairs += [(Location(display, m.line, m.column, m.end_line), m) for m in matches]
    stats.extra["allowlisted_files"] = listing.allowlisted
    if listing.all_ignored:
        errors.append(f"{target}: every file here is ignored by git (.gitignore), so nothing was "
                      "scanned; add --no-ignore to scan them")
    return _result(config, engine, pairs, stats, started, errors, str(target))


def _result(config: Config, engine: Engine, pairs: list[tuple[Location, Match]], stats: ScanStats,
            started: float, errors: list[str], target: str) -> ScanResult:
    """One finding per secret, filtered (allowlists, baseline, confidence), with the run's stats."""
    findings = aggregate(pairs, {r.id: r for r in config.rules}, config.fingerprint_key)
    findings = apply_filters(findings, config, stats, baseline_mod.load_fingerprints(config))
    stats.seconds = time.perf_counter() - started
    stats.extra["rules"] = len(config.rules)
    stats.extra["database"] = "cached" if engine.cached else "compiled"
    return ScanResult(findings, stats, errors, target, "scan")


STDIN_PATH = "(stdin)"


def scan_bytes(config: Config, data: bytes, name: str = STDIN_PATH) -> ScanResult:
    """One buffer (standard input), scanned like a file called `name`; a buffer longer than
    max_file_size is skipped as large, as a file would be."""
    started = time.perf_counter()
    stats = ScanStats()
    engine = make_engine(config)
    path = name.encode("utf-8", "surrogateescape")
    allowlisted = worktree.allowed_path(name, config.allowlist_paths)
    stats.extra["allowlisted_files"] = int(allowlisted)
    if allowlisted:
        matches: list[Match] = []
    elif len(data) > config.max_file_size:
        stats.skipped_large += 1
        matches = []
    elif is_binary(data):
        stats.skipped_binary += 1
        matches = engine.scan_binary(data, path, stats)
    else:
        stats.files, stats.bytes = 1, len(data)
        matches = engine.scan(data, path, stats)
    pairs = [(Location(name, m.line, m.column, m.end_line), m) for m in matches]
    return _result(config, engine, pairs, stats, started, [], name)


def _own_config(config: Config, target: Path) -> str | None:
    if not config.config_file or not target.is_dir():
        return None
    path = Path(config.config_file)
    if path.name == "pyproject.toml":
        return None
    try:
        return path.resolve().relative_to(target.resolve()).as_posix()
    except ValueError:
        return None


def require_target(path: str) -> Path:
    target = Path(path)
    if not target.exists():
        raise SourceError(f"{path}: no such file or directory; check the path")
    return target
