"""Git pipelines: `scan_staged` (the pre-commit hook) and `scan_history` (refs, a range, a branch).

A history scan runs in three phases, each timed in `stats.extra` (seconds_*):

1. enumerate: which blobs. Every ref: every reachable blob once, named by the first path git
   gives it (`rev-list --objects --all`), listed in pack order (`cat-file --batch-all-objects
   --unordered`). A range or a branch: the blobs its commits set (`git log --raw -c`), the
   raw log kept in a temporary file for phase 3. seconds_enumerate is the time spent
   waiting for these lists; seconds_scan runs from the first blob listed to the last
   scanned (the listing streams on while workers scan, so the two may overlap).
2. scan: each unique blob once, in worker processes (fork: the compiled database is
   inherited) that take small batches of blob ids from a queue and read them through a
   pluggable reader (sources/blobs.py). Only findings come back; content never accumulates.
3. provenance: only for blobs with findings (provenance.py): the commits and paths that set
   them, refs, HEAD, working tree. Its cost follows the findings, not the history.

Commit messages of the scope are scanned too: one `git log` writes them to a temporary file
while the blobs are scanned, and the parent reads them (seconds_messages); a scan of every ref
adds the annotated tags' messages. A message with findings joins provenance as an event at
"(commit message)" of its commit (or "(tag message)" of its tag object).

Decisions: a symlink is a blob holding its target and is scanned as text, like an LFS
pointer; a submodule (gitlink) is another repository's commit and is counted, not scanned;
paths and names that are not UTF-8 are shown with \\xNN escapes, never dropped.
Corrupt or missing objects do not stop a scan: each is named in `result.errors`, counted in
`stats.extra["corrupt_objects"]`, and the CLI exits 2 after writing the report.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.util
import os
import re
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from . import baseline as baseline_mod
from . import provenance
from .config import Config
from .engine import Engine, is_binary
from .errors import SourceError
from .findings import aggregate, apply_filters
from .models import Finding, Location, Match, ScanStats
from .pipeline import ScanResult, jobs_for, make_engine, parallel_map
from .sources import blobs as blobs_mod
from .sources import gitcli, history
from .sources.gitcli import GITLINK, NULL_OID, Repo, display
from .sources.history import MESSAGE_PATH, TAG_MESSAGE_PATH, Blob, Commit, Enumeration, Event
from .sources.staged import StagedFile, staged_files, touches
from .sources.worktree import allowed_path

BATCH_BYTES = 4 << 20  # a batch is about this much content, or BATCH_BLOBS blobs
BATCH_BLOBS = 256
IN_PROCESS = 4  # fewer batches than this: no worker processes
PARALLEL_KIB = 1024  # a full history with less object storage than this stays in one process
PACK_ORDER_FROM = 2000  # a range or branch setting more blobs than this is read in pack order
FIND_LIMIT = 4000  # more blobs with findings: filter git's log in Python, not with --find-object

Progress = Callable[..., None]


# -- scope ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Scope:
    revs: tuple[str, ...]
    label: str
    full: bool = False
    gate: bool = False  # report only secrets the scope's commits brought to a path (CI)


_FETCH = ("fetch more history (`git fetch --unshallow`, or `fetch-depth: 0` with "
          "actions/checkout) or check the ref")


def resolve_scope(repo: Repo, rev_range: str | None, since: str | None,
                  branch: str | None) -> Scope:
    if sum(x is not None for x in (rev_range, since, branch)) > 1:
        raise SourceError("use only one of --range, --since and --branch")
    if since is not None:
        rev_range = f"{since}..HEAD"
    if branch is not None:
        tip = repo.commit(branch)
        if tip is None:
            raise SourceError(f"{branch}: no such branch or ref in this repository; see "
                              "`git branch -a` and `git tag`")
        return Scope((tip,), f"branch {branch}")
    if rev_range is None:
        return Scope(("--all",), "all refs", full=True)
    sep = "..." if "..." in rev_range else ".." if ".." in rev_range else ""
    if not sep:
        tip = repo.commit(rev_range)
        if tip is None:
            raise SourceError(f"{rev_range}: not a commit in this repository; {_FETCH}")
        return Scope((tip,), f"history of {rev_range}", gate=True)
    base_name, tip_name = (s or "HEAD" for s in rev_range.split(sep, 1))
    base = repo.commit(base_name)
    if base is None:
        shallow = " (this clone is shallow)" if repo.shallow else ""
        raise SourceError(f"range base {base_name!r} is not in this repository{shallow}; {_FETCH}")
    tip = repo.commit(tip_name)
    if tip is None:
        raise SourceError(f"range end {tip_name!r} is not in this repository; {_FETCH}")
    return Scope((f"{base}{sep}{tip}",), f"range {rev_range}", gate=True)


# -- workers ----------------------------------------------------------------------------------

BatchResult = tuple[list[tuple[str, bytes, list[Match]]], ScanStats, list[str]]
_READERS: dict[int, blobs_mod.BlobReader] = {}


def _reader(repo: Repo, name: str) -> blobs_mod.BlobReader:
    """One reader per process; a pool worker closes its own when it exits."""
    pid = os.getpid()
    reader = _READERS.get(pid)
    if reader is None:
        reader = _READERS[pid] = blobs_mod.open_reader(repo, name)
        if multiprocessing.parent_process() is not None:
            multiprocessing.util.Finalize(None, _close_reader, exitpriority=10)
    return reader


def _close_reader() -> None:
    reader = _READERS.pop(os.getpid(), None)
    if reader is not None:
        reader.close()


def scan_batch(engine: Engine, repo: Repo, reader_name: str, batch: list[Blob]) -> BatchResult:
    """Read and scan one batch (in a worker); only matches and counts go back."""
    stats = ScanStats()
    found: list[tuple[str, bytes, list[Match]]] = []
    errors: list[str] = []
    paths = {b.oid: b.path for b in batch}
    scan_binary = getattr(engine, "scan_binary", None)
    for oid, data, err in _reader(repo, reader_name).read([b.oid for b in batch]):
        if data is None:
            errors.append(f"object {oid} ({display(paths[oid])}): {err}")
            continue
        path = paths[oid]
        if is_binary(data):
            stats.skipped_binary += 1
            matches = scan_binary(data, path, stats) if scan_binary is not None else []
        else:
            stats.files += 1
            stats.bytes += len(data)
            matches = engine.scan(data, path, stats)
        if matches:
            found.append((oid, path, matches))
    return found, stats, errors


def _batches(items: Iterable[Blob], max_size: int, seen: Enumeration) -> Iterator[list[Blob]]:
    batch: list[Blob] = []
    acc = 0
    seen.first_batch = 0.0
    for blob in items:
        if not seen.first_batch:
            seen.first_batch = time.perf_counter()
        if blob.size > max_size:
            seen.large += 1
            continue
        if not blob.size:
            continue
        batch.append(blob)
        acc += blob.size
        if acc >= BATCH_BYTES or len(batch) >= BATCH_BLOBS:
            yield batch
            batch, acc = [], 0
    if batch:
        yield batch


def _timed(items: Iterable[Blob], seen: Enumeration) -> Iterator[Blob]:
    """Time spent waiting on the enumeration (it overlaps the scan when streamed)."""
    it = iter(items)
    while True:
        t = time.perf_counter()
        blob = next(it, None)
        seen.seconds += time.perf_counter() - t
        if blob is None:
            return
        yield blob


def _scan(cfg: Config, engine: Engine, repo: Repo, items: Iterable[Blob], seen: Enumeration,
          stats: ScanStats, errors: list[str], progress: Progress | None,
          reader_name: str, parallel: bool | None = None,
          ) -> tuple[dict[str, list[Match]], dict[str, bytes]]:
    """Blob id -> matches for each blob with findings, and the path each was scanned as.

    `parallel`: None decides by peeking at the first batches (the items are then listed
    before the workers fork); True or False decides up front, so a lazy enumeration runs in
    the pool's feeder thread after the fork and its bookkeeping is not copied into workers.
    """
    batches = _batches(_timed(items, seen), cfg.max_file_size, seen)
    first: list[list[Blob]] = []
    if parallel is None:
        first = list(islice(batches, IN_PROCESS))
        parallel = len(first) >= IN_PROCESS
    jobs = jobs_for(cfg) if parallel else 1
    stats.extra["jobs"] = jobs

    def work(batch: list[Blob]) -> list[BatchResult]:
        return [scan_batch(engine, repo, reader_name, batch)]

    def tick(res: list[BatchResult]) -> None:
        if progress is not None:
            st = res[0][1]
            progress(st.files + st.skipped_binary, st.bytes)

    hits: dict[str, list[Match]] = {}
    paths: dict[str, bytes] = {}
    try:
        for found, st, errs in parallel_map(work, chain(first, batches), jobs, tick):
            stats.merge(st)
            errors += errs
            for oid, path, matches in found:
                hits[oid] = matches
                paths[oid] = path
    finally:
        _close_reader()
    return hits, paths


# -- history ----------------------------------------------------------------------------------

def scan_history(cfg: Config, repo: Path, *, rev_range: str | None = None,
                 since: str | None = None, branch: str | None = None,
                 progress: Progress | None = None, reader: str | None = None) -> ScanResult:
    """Scan git history (every ref by default) once per unique blob; one finding per secret.

    `progress(items, nbytes)` is called after each batch, and once before the scan as
    `progress(0, 0, label=...)`.
    """
    started = time.perf_counter()
    r = gitcli.open_repo(repo)
    reader_name = blobs_mod.choose(reader)
    scope = resolve_scope(r, rev_range, since, branch)
    stats = ScanStats()
    errors: list[str] = []
    seen = Enumeration()
    engine = make_engine(cfg)
    with contextlib.ExitStack() as stack:
        tmp: IO[bytes] | None = None
        if scope.full:
            if not history.ref_tips(r):
                raise SourceError(f"{repo}: no commits yet; nothing to scan")
            items: Iterable[Blob] = history.reachable_blobs(r, seen)
            parallel: bool | None = history.stored_kib(r) >= PARALLEL_KIB
            if r.shallow:
                errors.append("shallow clone: history before its cut is not scanned; run "
                              "`git fetch --unshallow` for a full audit")
        else:
            t = time.perf_counter()
            tmp = stack.enter_context(tempfile.TemporaryFile(prefix="leakscan-log-"))
            items = _scope_blobs(r, scope, seen, tmp, errors)
            parallel = None
            seen.seconds += time.perf_counter() - t
        if progress is not None:  # a person is watching: say how much history this is
            if scope.full:
                seen.commits = history.count_commits(r, errors)
            progress(0, 0, label=f"{scope.label}, {seen.commits:,} commits")
        msg_file = stack.enter_context(tempfile.TemporaryFile(prefix="leakscan-messages-"))
        msg_log = history.message_log(r, scope.revs, msg_file)  # git writes while blobs are scanned
        stack.callback(_reap, msg_log)
        t_scan = time.perf_counter()
        hits, paths = _scan(cfg, engine, r, items, seen, stats, errors, progress, reader_name,
                            parallel)
        t_msg = time.perf_counter()
        history.close_log(msg_log, errors)
        msg_file.seek(0)
        tags = history.tag_messages(r, errors) if scope.full else iter(())
        messages, tag_refs = _messages(engine, msg_file, tags, stats)
        t_prov = time.perf_counter()
        if seen.error:
            errors.append(seen.error)
        if seen.missing:
            errors.append(f"git object store: {seen.missing} blob(s) that commits name are "
                          "missing (a partial or damaged clone); run `git fsck`")
        findings: list[Finding] = []
        head, gitlinks = history.head_tree(r, errors) if hits or messages or scope.full else ({}, 0)
        if scope.full:  # a range counts the submodules its commits touch (_scope_blobs)
            seen.submodules = gitlinks
        if hits or messages:
            findings = _provenance(cfg, r, scope, hits, paths, tmp, stats, errors, head,
                                   reader_name, messages, tag_refs)
        elif scope.full and not seen.commits:
            seen.commits = history.count_commits(r, errors)
    findings = apply_filters(findings, cfg, stats, baseline_mod.load_fingerprints(cfg))
    done = time.perf_counter()
    corrupt = _damaged(errors) + max(seen.missing - 1, 0)
    stats.seconds = done - started
    stats.extra.update({
        "scope": scope.label, "commits": stats.extra.get("commits", seen.commits),
        "blobs_scanned": stats.files + stats.skipped_binary,
        "blobs_skipped_large": seen.large, "submodules_skipped": seen.submodules,
        "corrupt_objects": corrupt, "reader": reader_name, "rules": len(cfg.rules),
        "seconds_enumerate": round(seen.seconds, 3),
        "seconds_scan": round(t_msg - max(t_scan, seen.first_batch), 3),
        "seconds_messages": round(t_prov - t_msg, 3),
        "seconds_provenance": round(done - t_prov, 3),
    })
    stats.skipped_large += seen.large
    return ScanResult(findings, stats, errors, str(repo), "history")


def _scope_blobs(repo: Repo, scope: Scope, seen: Enumeration, tmp: IO[bytes],
                 errors: list[str]) -> list[Blob]:
    """Blobs the scope's commits set (first path each); the raw log is kept in `tmp`."""
    proc = history.run_log(repo, scope.revs, renames=scope.gate)
    assert proc.stdout is not None
    cut = history.shallow_commits(repo) if repo.shallow else set()
    first_path: dict[str, bytes] = {}
    gitlinks: set[bytes] = set()
    edge: str | None = None
    for rec in history.parse_log(history.tokens(_tee(proc.stdout, tmp))):
        if isinstance(rec, Commit):
            seen.commits += 1
            if rec.oid in cut and edge is None:
                edge = rec.oid
            continue
        if rec.new_mode == GITLINK:
            gitlinks.add(rec.path)
        elif rec.new != NULL_OID and rec.new not in rec.olds:
            first_path.setdefault(rec.new, rec.path)
    history.close_log(proc)
    seen.submodules = len(gitlinks)
    if edge is not None:
        if scope.gate:
            raise SourceError(f"the {scope.label} reaches the edge of this shallow clone at "
                              f"{edge[:12]}, so its base is incomplete; {_FETCH}")
        errors.append(f"shallow clone: history before {edge[:12]} is not scanned; run "
                      "`git fetch --unshallow` for a full audit")
    if not seen.commits:
        raise SourceError(f"the {scope.label} has no commits: nothing to scan (are base and "
                          "head the same commit, or reversed?)")
    if len(first_path) > PACK_ORDER_FROM:  # a long branch: read it in pack order too
        wanted = {int(oid[:16], 16): path for oid, path in first_path.items()}
        out = list(history.in_pack_order(repo, wanted, seen))
        seen.blobs = len(out)
        return out
    sizes = history.blob_sizes(repo, first_path)
    out = []
    for oid, path in first_path.items():
        if oid not in sizes:
            errors.append(f"object {oid} ({display(path)}): missing object")
            continue
        out.append(Blob(oid, sizes[oid], path))
    seen.blobs = len(out)
    return out


def _reap(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:  # the scan stopped early (an error, Ctrl-C): stop git too
        proc.kill()
        proc.wait()
    if proc.stderr is not None:
        proc.stderr.close()


def _messages(engine: Engine, log: IO[bytes], tags: Iterable[tuple[list[bytes], bytes, list[str]]],
              stats: ScanStats) -> tuple[list[tuple[Event, list[Match]]], dict[str, list[str]]]:
    """The scope's commit messages (and, given, annotated tag messages) through the engine: a
    token pasted into a message is pushed and cloned like any file. Each message with findings
    becomes an event at "(commit message)" or "(tag message)" whose "blob" is a pseudo id, so
    provenance dates it and finds the refs that reach it. Also: tag object id -> its ref names
    (a tag object is not in the commit graph that finds the refs of a commit)."""
    out = []
    tag_refs: dict[str, list[str]] = {}
    count = size = 0
    sources = chain(((h, t, MESSAGE_PATH, None) for h, t in history.read_messages(log)),
                    ((h, t, TAG_MESSAGE_PATH, refs) for h, t, refs in tags))
    for header, text, where, refs in sources:
        count += 1
        size += len(text)
        matches = engine.scan(text, where, stats) if text else []
        if matches:
            commit = history.header_commit(header, count)
            out.append((Event(commit, where, _MESSAGE + commit.oid, b"", (), where), matches))
            if refs is not None:
                tag_refs[commit.oid] = refs
    stats.extra["messages_scanned"] = count
    stats.extra["message_bytes"] = size
    return out, tag_refs


_MESSAGE = "message:"  # pseudo blob id of a commit message; never handed to git


def _tee(stream: IO[bytes], copy: IO[bytes]) -> IO[bytes]:
    class Tee:
        def read(self, n: int = -1) -> bytes:
            data = stream.read(n)
            copy.write(data)
            return data

    return Tee()  # type: ignore[return-value]


# -- provenance --------------------------------------------------------------------------------

def _events(repo: Repo, scope: Scope, hits: dict[str, list[Match]], tmp: IO[bytes] | None,
            errors: list[str]) -> Iterator[Event]:
    """The log records that set or clear a blob with findings."""
    if tmp is not None:
        tmp.seek(0)
        source: Iterable[Commit | Event] = history.parse_log(history.tokens(tmp))
        proc = None
    else:
        find = list(hits) if len(hits) <= FIND_LIMIT else []
        proc = history.run_log(repo, scope.revs, find=find)
        assert proc.stdout is not None
        source = history.parse_log(history.tokens(proc.stdout))
    for rec in source:
        if isinstance(rec, Event) and (rec.new in hits or any(o in hits for o in rec.olds)):
            yield rec
    if proc is not None:
        history.close_log(proc, errors)


def _provenance(cfg: Config, repo: Repo, scope: Scope, hits: dict[str, list[Match]],
                paths: dict[str, bytes], tmp: IO[bytes] | None, stats: ScanStats,
                errors: list[str], head: dict[str, list[bytes]],
                reader_name: str, messages: list[tuple[Event, list[Match]]],
                tag_refs: dict[str, list[str]]) -> list[Finding]:
    rules = {r.id: r for r in cfg.rules}
    keep = _path_filter(cfg, repo)
    blob_hits = hits
    hits = {**hits, **{ev.new: m for ev, m in messages}}
    trails = provenance.trails(hits)
    events: Iterable[Event] = _events(repo, scope, blob_hits, tmp, errors) if blob_hits else ()
    pairs = provenance.join(hits, chain(events, (ev for ev, _ in messages)), rules, trails, keep)
    if scope.gate:
        pairs = _only_new(repo, pairs, trails, reader_name)
    for key, t in trails.items():
        if t.adds:
            continue
        if t.hidden:
            stats.suppressed_allowlist += 1
        elif scope.gate:
            stats.count("carried_over")
        else:  # no commit to show: a damaged tree hid it, or a ref points at the blob itself
            stats.count("findings_without_commit")
            pairs += [(Location(display(paths.get(oid, b"")), m.line, m.column, m.end_line, "",
                                oid), m)
                      for oid in sorted(t.blobs) for m in hits[oid] if (m.rule_id, m.secret) == key]
    findings = aggregate(pairs, rules, cfg.fingerprint_key)
    own: dict[str, int] = {}
    for t in trails.values():
        for ev, _ in t.adds:
            own[ev.commit.oid] = own.get(ev.commit.oid, 0) | t.bit
    tips = history.ref_tips(repo)
    commits = 0

    def counted(rows: Iterator[list[str]]) -> Iterator[list[str]]:
        nonlocal commits
        for row in rows:
            commits += 1
            yield row

    labels = provenance.ref_labels(counted(history.topo_parents(repo, errors)), own,
                                   {c for _, c in tips})
    if scope.full:
        stats.extra["commits"] = commits
    in_head = {key: any(b in head for b in t.blobs) for key, t in trails.items()}
    wanted = {ev.commit.oid for key, t in trails.items() if not in_head[key] for ev in t.removals}
    anc = history.ancestors_of_head(repo, wanted)
    # A commit summary can hold a secret (a token pasted into a message): every secret found is
    # redacted from what the report repeats of the repository's own text.
    said = "\0".join({text for t in trails.values() for ev, _ in t.adds for text in
                      (ev.commit.summary, ev.commit.author, ev.commit.email, display(ev.path))})
    literals = [s for f in findings for s in (f.secret, f.companion)
                if s and s.decode("utf-8", "surrogateescape") in said]
    out = []
    for f in findings:
        t = trails[(f.rule_id, f.secret)]
        here = in_head[(f.rule_id, f.secret)]
        worktree: bool | None = None
        if repo.work_tree is not None:
            places = ({ev.path for ev, _ in t.adds if not history.is_message(display(ev.path))}
                      | {p for b in t.blobs for p in head.get(b, ())})
            worktree = provenance.worktree_has(repo.work_tree, sorted(places), f.secret,
                                               cfg.max_file_size)
        extra: tuple[tuple[str, Any], ...] = (
            ("introduced", provenance.introduced(t, literals)),
            ("removed", None if here else provenance.removed(t, anc)),
            ("in_head", here),
            ("in_worktree", worktree),
            ("refs", sorted({name for name, c in tips if labels.get(c, 0) & t.bit}
                            | {name for ev, _ in t.adds for name in tag_refs.get(ev.commit.oid, ())})),
        )
        out.append(replace(f, extra=f.extra + extra))
    return out


def _damaged(errors: list[str]) -> int:
    """Distinct damaged objects named in the errors (a message naming none counts once)."""
    ids: set[str] = set()
    anonymous = 0
    for e in errors:
        if e.startswith(("object ", "git ")):
            found = _OID.findall(e)
            ids.update(found[:1])
            anonymous += not found
    return len(ids) + anonymous


_OID = re.compile(r"\b[0-9a-f]{40}\b")


def _path_filter(cfg: Config, repo: Repo) -> Callable[[bytes], bool]:
    """Paths to report: not allowlisted, and not leakscan's own config (rule examples)."""
    own = _own_config(cfg, repo)
    globs = cfg.allowlist_paths

    def keep(path: bytes) -> bool:
        text = display(path)
        return text != own and not (globs and allowed_path(text, globs))

    return keep


def _own_config(cfg: Config, repo: Repo) -> str | None:
    if not cfg.config_file or repo.work_tree is None or cfg.config_file.endswith("pyproject.toml"):
        return None
    try:
        return Path(cfg.config_file).resolve().relative_to(Path(repo.work_tree).resolve()).as_posix()
    except ValueError:
        return None


def _only_new(repo: Repo, pairs: list[tuple[Location, Match]], trails: dict[provenance.Key,
              provenance.Trail], reader_name: str) -> list[tuple[Location, Match]]:
    """CI gate: keep a location only where the previous version of that path (every parent's,
    for a merge; the source, for a rename) did not already hold the secret."""
    olds = {o for t in trails.values() for ev, _ in t.adds for o in ev.olds}
    holds: dict[str, bytes] = {}
    if olds:
        reader = blobs_mod.open_reader(repo, reader_name)
        try:
            secrets = {k[1] for k in trails}
            for oid, data, _err in reader.read(sorted(olds)):
                if data is not None:
                    holds[oid] = b"\0".join(s for s in secrets if s in data)
        finally:
            reader.close()
    fresh: set[tuple[str, str, provenance.Key]] = set()
    for key, t in trails.items():
        new_adds = [(ev, m) for ev, m in t.adds if ev.new not in ev.olds
                    and not any(key[1] in holds.get(o, b"") for o in ev.olds)]
        t.adds[:] = new_adds
        fresh |= {(ev.commit.oid, display(ev.path), key) for ev, _ in new_adds}
    return [(loc, m) for loc, m in pairs if (loc.commit, loc.path, (m.rule_id, m.secret)) in fresh]


# -- staged -------------------------------------------------------------------------------------

def scan_staged(cfg: Config, repo: Path) -> ScanResult:
    """What `git commit` would record now: index blobs against HEAD, added lines only."""
    started = time.perf_counter()
    index_file = os.environ.get("GIT_INDEX_FILE")
    r = gitcli.open_repo(repo)
    if r.bare or r.work_tree is None:
        raise SourceError(f"{repo}: a bare repository has no index to scan; run `leakscan staged` "
                          "in a working tree, or `leakscan history` here")
    if index_file:
        full = os.path.abspath(index_file)
        if full.startswith(r.git_dir.rstrip("/") + "/"):  # a hook's temporary index
            r = replace(r, index_file=full)
    files = staged_files(r)
    stats = ScanStats()
    keep = _path_filter(cfg, r)
    todo = []
    for f in files:
        if f.submodule:
            stats.count("submodules_skipped")
        elif not keep(f.path):
            stats.suppressed_allowlist += 1
        elif f.changed and (f.added is None or f.added):
            todo.append(f)
    pairs: list[tuple[Location, Match]] = []
    errors: list[str] = []
    if todo:
        engine = make_engine(cfg)
        by_oid = {f.oid: f for f in todo}
        reader = blobs_mod.CatFileReader(r)
        try:
            for oid, data, err in reader.read(list(by_oid), cfg.max_file_size):
                f = by_oid[oid]
                if err == blobs_mod.LARGE:
                    stats.skipped_large += 1
                elif data is None:
                    errors.append(f"object {oid} ({display(f.path)}): {err}")
                else:
                    pairs += _staged_matches(engine, f, data, stats)
        finally:
            reader.close()
    findings = aggregate(pairs, {x.id: x for x in cfg.rules}, cfg.fingerprint_key)
    findings = apply_filters(findings, cfg, stats, baseline_mod.load_fingerprints(cfg))
    stats.seconds = time.perf_counter() - started
    stats.extra["staged_files"] = len(files)
    stats.extra["corrupt_objects"] = len(errors)
    return ScanResult(findings, stats, errors, str(repo), "staged")


def _staged_matches(engine: Engine, f: StagedFile, data: bytes,
                    stats: ScanStats) -> list[tuple[Location, Match]]:
    if is_binary(data):
        stats.skipped_binary += 1
        scan_binary = getattr(engine, "scan_binary", None)
        matches: list[Match] = scan_binary(data, f.path, stats) if scan_binary else []
        added = None  # a changed binary file is added whole
    else:
        stats.files += 1
        stats.bytes += len(data)
        matches = engine.scan(data, f.path, stats)
        added = f.added
    shown = display(f.path)
    return [(Location(shown, m.line, m.column, m.end_line, "", f.oid), m) for m in matches
            if touches(added, m.line, m.end_line)]


# -- a commit message before the commit exists (the commit-msg hook) ----------------------------

AUTO_COMMENT = b"#;@!$%^&|:"  # git's choices for core.commentChar=auto, in its order
SCISSORS = b" ------------------------ >8 ------------------------"


def auto_comment(data: bytes) -> bytes | None:
    """The comment character git chose for core.commentChar=auto, read back from the message
    file: the first of git's choices that begins a `git commit -v` scissors line or stands alone
    on a line (git's help and status block has such lines). None when no line tells: git then
    wrote no comment lines (commit.status=false), and "#123: ..." may be an ordinary line."""
    lines = {line.rstrip() for line in data.split(b"\n")}
    for c in AUTO_COMMENT:
        char = bytes([c])
        if char in lines or char + SCISSORS in lines:
            return char
    return None


def message_text(data: bytes, comment: bytes = b"#", strip: bool = True) -> bytes:
    """What git will record of a message file it hands the commit-msg hook: everything from a
    `git commit -v` scissors line on (the staged diff) goes, and, when git strips comments
    (`strip`), comment lines become empty lines, so line numbers still match the file."""
    lines = data.split(b"\n")
    for i, line in enumerate(lines):
        if line.rstrip() == comment + SCISSORS:
            lines = lines[:i]
            break
    return b"\n".join(b"" if strip and line.startswith(comment) else line for line in lines)


def scan_message(cfg: Config, data: bytes, comment: bytes = b"#", strip: bool = True) -> ScanResult:
    """Secrets in a proposed commit message, located at "(commit message)"."""
    started = time.perf_counter()
    stats = ScanStats()
    text = message_text(data, comment, strip)
    engine = make_engine(cfg)
    stats.files, stats.bytes = 1, len(text)
    shown = display(MESSAGE_PATH)
    pairs = [(Location(shown, m.line, m.column, m.end_line), m)
             for m in engine.scan(text, MESSAGE_PATH, stats)]
    if pairs and cfg.allowlist_paths and allowed_path(shown, cfg.allowlist_paths):
        stats.suppressed_allowlist += len(pairs)
        pairs = []
    findings = aggregate(pairs, {x.id: x for x in cfg.rules}, cfg.fingerprint_key)
    findings = apply_filters(findings, cfg, stats, baseline_mod.load_fingerprints(cfg))
    stats.seconds = time.perf_counter() - started
    return ScanResult(findings, stats, [], shown, "message")
