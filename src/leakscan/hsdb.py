"""Compile every rule into ONE Hyperscan database, cached on disk.

The cache key is the Hyperscan binding version, the rules digest and the flags, so a warm
start deserializes in milliseconds and any change to a rule compiles afresh.
"""

from __future__ import annotations

import hashlib
import platform
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hyperscan

from . import cachefiles, regexparts
from .cachefiles import cache_dir as cache_dir
from .errors import RuleError
from .models import Rule

FLAGS = 0  # no start-of-match: it halved throughput and refused large rules (DESIGN.md)

# Large bounded repeats ({64,16384} in a PEM block) made one rule cost 2-4 s of compile time and
# the whole set 48 s. Hyperscan only has to find candidate ends: an open upper bound is a superset
# that compiles in a fraction of the time, and Python `re` still confirms the exact rule inside its
# bounded window (max_length), so what is reported does not change.
_BIG_REPEAT = re.compile(r"(?<!\\)\{(\d+),(\d+)\}")
LOOSEN_FROM = 256


def hs_expression(regex: str) -> bytes:
    def loosen(m: re.Match[str]) -> str:
        return m.group(0) if int(m.group(2)) < LOOSEN_FROM else "{" + m.group(1) + ",}"

    return _BIG_REPEAT.sub(loosen, regex).encode("ascii")


def cache_key(rule_digest: str) -> str:
    version = str(getattr(hyperscan, "__version__", "?"))
    # v4: split_boundary rules; the bytes they are split on decide which expression is which id
    split = bytes(regexparts.BOUNDARY_BYTES).hex()
    parts = (version, platform.machine(), rule_digest, str(FLAGS), str(LOOSEN_FROM), split, "v4")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def expressions(rules: list[Rule]) -> tuple[list[str], list[int]]:
    """What Hyperscan searches, and for each expression the index of its rule in `rules`: one
    expression per rule (its prefilter or its regex), or several for a `split_boundary` rule."""
    exprs: list[str] = []
    owners: list[int] = []
    for i, rule in enumerate(rules):
        mine = regexparts.split_boundary(rule.hs_regex) if rule.split_boundary else [rule.hs_regex]
        exprs += mine
        owners += [i] * len(mine)
    return exprs, owners


def _compile(rules: list[Rule]) -> Any:
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    exprs = [hs_expression(e) for e in expressions(rules)[0]]
    try:
        db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs),
                   flags=[FLAGS] * len(exprs))
    except hyperscan.error:
        _blame(rules)
        raise
    return db


def _blame(rules: list[Rule]) -> None:
    """Find the rule Hyperscan refuses and name it (file, id, reason)."""
    for rule in rules:
        one = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        mine = [hs_expression(e) for e in expressions([rule])[0]]
        try:
            one.compile(expressions=mine, ids=list(range(len(mine))), elements=len(mine),
                        flags=[FLAGS] * len(mine))
        except hyperscan.error as exc:
            if rule.prefilter:
                raise RuleError(
                    f"{rule.source}: rule {rule.id!r}: Hyperscan cannot compile the prefilter ({exc}); "
                    "choose a piece that cannot match empty text, or drop it") from None
            raise RuleError(
                f"{rule.source}: rule {rule.id!r}: Hyperscan cannot compile the regex ({exc}); "
                "avoid backreferences and lookaround") from None


def cache_path(rule_digest: str) -> Path:
    return cache_dir() / f"hsdb-{cache_key(rule_digest)}.bin"


def is_cached(rule_digest: str) -> bool:
    path = cache_path(rule_digest)
    return path.is_file() and cachefiles.trusted(path)


def load(rules: list[Rule], rule_digest: str, use_cache: bool = True) -> tuple[Any, bool]:
    """Return (database, came_from_cache)."""
    return _cached(cache_path(rule_digest) if use_cache else None, lambda: _compile(rules))


def _cached(path: Path | None, compile_db: Callable[[], Any]) -> tuple[Any, bool]:
    """(database, came_from_cache): the serialized database at `path`, else compile_db() stored
    there; no cache at all when `path` is None."""
    blob = cachefiles.read(path) if path is not None else None
    if blob is not None:
        try:
            db = hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK)
            db.scratch = hyperscan.Scratch(db)
            return db, True
        except hyperscan.error:
            pass
    db = compile_db()
    if path is not None:
        cachefiles.write(path, hyperscan.dumpb(db))
    return db, False


def path_matcher(paths: list[str], use_cache: bool = True) -> Callable[[bytes], bool]:
    """A test "does any of these path regexes match this file path?" that costs about a microsecond.

    Python `re` needs tens of microseconds per path for the set (patterns like `[\\w.-]*kubeconfig`
    backtrack at every position), which on a tree of small files cost more than the path-aware
    rules save. Hyperscan runs the same regexes in one pass; a leading (?i) becomes the caseless
    flag. A set Hyperscan refuses falls back to Python, one regex after another.
    """
    if not paths:
        return lambda _path: False
    exprs, flags = [], []
    for p in paths:
        caseless = p.startswith("(?i)")
        exprs.append((p[4:] if caseless else p).encode("ascii"))
        flags.append(hyperscan.HS_FLAG_SINGLEMATCH | (hyperscan.HS_FLAG_CASELESS if caseless else 0))
    def compile_db() -> Any:
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs), flags=flags)
        return db

    # Cached like the rule databases: compiling the ~50 built-in path regexes took 30 ms of every
    # start, and again in each worker that meets a binary file.
    where = cache_path("paths:" + "\n".join(paths)) if use_cache else None
    try:
        db, _ = _cached(where, compile_db)
    except (hyperscan.error, UnicodeEncodeError):
        each = [re.compile(p.encode()) for p in paths]
        return lambda path: any(rx.search(path) for rx in each)

    def on_match(*_: Any) -> bool:
        return True  # a True return stops the scan: one match is the answer

    def test(path: bytes) -> bool:
        try:  # (a regex that matches an empty path is refused above, so Python decides that set)
            db.scan(path, match_event_handler=on_match)
        except hyperscan.error:  # HS_SCAN_TERMINATED: something matched
            return True
        return False

    return test
