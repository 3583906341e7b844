"""Every object of a repository, reachable or not, and exact-literal search over them.

`git cat-file --batch-all-objects --batch` is the strongest check the reference procedure
names: it covers every object in the database, including unreachable ones that only
`gc --prune=now` removes (remediation.md §B.5).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import hyperscan

from . import gitcmd
from .errors import IncidentError

PREFIX = 32  # Hyperscan finds a literal's prefix; `in` confirms the whole literal
FILTER_REPO_BINARY = 8192  # git-filter-repo --replace-text skips blobs with a NUL this early


def filter_repo_skips(data: bytes) -> bool:
    """True when --replace-text would leave this blob alone (it treats it as binary)."""
    return b"\0" in data[:FILTER_REPO_BINARY]


def iter_objects(repo: Path, types: frozenset[str] = frozenset({"blob", "commit", "tag"}),
                 ) -> Iterator[tuple[str, str, bytes]]:
    """(object id, type, content) for every object in the database, in pack order."""
    proc = subprocess.Popen(
        ["git", "cat-file", "--batch-all-objects", "--batch", "--unordered"], cwd=repo,
        env=gitcmd.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    try:
        while True:
            header = proc.stdout.readline()
            if not header:
                break
            oid, kind, size = header.split()
            data = proc.stdout.read(int(size))
            proc.stdout.read(1)
            if kind.decode() in types:
                yield oid.decode(), kind.decode(), data
    finally:
        proc.stdout.close()
        rc = proc.wait()
        err = proc.stderr.read() if proc.stderr else b""
        if proc.stderr:
            proc.stderr.close()
    if rc != 0:
        raise IncidentError(f"{repo}: cannot read objects ({err.decode('utf-8', 'replace').strip()})")


class LiteralSet:
    """Which of a few exact byte strings occur in a buffer (the database is never cached)."""

    def __init__(self, literals: Iterable[bytes]) -> None:
        self.literals = [lit for lit in literals if lit]
        self._db: Any = None
        if self.literals:
            db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            exprs = [b"".join(b"\\x%02x" % c for c in lit[:PREFIX]) for lit in self.literals]
            db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs),
                       flags=[hyperscan.HS_FLAG_SINGLEMATCH] * len(exprs))
            self._db = db

    def find(self, data: bytes) -> set[int]:
        if self._db is None:
            return set()
        hits: set[int] = set()

        def on_match(i: int, _from: int, _to: int, _flags: int, _ctx: object) -> None:
            hits.add(i)

        self._db.scan(data, match_event_handler=on_match)
        return {i for i in hits if len(self.literals[i]) <= PREFIX or self.literals[i] in data}


def rev_list_objects(repo: Path, *args: str) -> dict[str, str]:
    """Objects `git rev-list --objects ARGS` reaches: id -> the path it was first seen at."""
    out = gitcmd.run(["rev-list", "--objects", *args], repo, check=False)
    found: dict[str, str] = {}
    for line in out.splitlines():
        oid, _, name = line.partition(b" ")
        found[oid.decode()] = name.decode("utf-8", "surrogateescape")
    return found


def classify(repo: Path, oids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """For each object id: (where, path). where is ref, stash, reflog or unreachable."""
    wanted = set(oids)
    if not wanted:
        return {}
    refs = rev_list_objects(repo, "--exclude=refs/stash", "--all")
    has_stash = "refs/stash" in gitcmd.refs(repo)
    stash = rev_list_objects(repo, "--walk-reflogs", "refs/stash") if has_stash else {}
    if has_stash:
        stash.update(rev_list_objects(repo, "refs/stash"))
    reflog = rev_list_objects(repo, "--reflog")
    out: dict[str, tuple[str, str]] = {}
    for oid in wanted:
        for where, table in (("ref", refs), ("stash", stash), ("reflog", reflog)):
            if oid in table:
                out[oid] = (where, table[oid])
                break
        else:
            out[oid] = ("unreachable", "")
    return out
