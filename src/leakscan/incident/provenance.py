"""Where a planned secret lives and since when, from git itself, when the findings lack it.

The history scan reports the introducing commit, refs and HEAD status for text secrets;
secrets seen only in binary blobs or messages (and findings from other sources) get the
same facts here. Every string that came from the repository is scrubbed of the planned
literals before it reaches the plan directory: a commit summary can hold the secret itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from ..fingerprint import scrub
from . import gitcmd, sweep
from .model import Introduced


class Provenance:
    def __init__(self, git_dir: Path, blobs: Iterable[str]) -> None:
        self.git_dir = git_dir
        self.history = sweep.blob_history(git_dir, blobs)
        out = gitcmd.run(["ls-tree", "-r", "-z", "HEAD"], git_dir, check=False)
        self.head_blobs = {e.split(b"\t", 1)[0].split()[2].decode() for e in out.split(b"\0") if e}
        self._contains: dict[str, set[str]] = {}

    def paths(self, blobs: Iterable[str], first_seen: dict[str, str]) -> set[str]:
        found: set[str] = set()
        for oid in blobs:
            found |= self.history.get(oid, (set(), None))[0]
            if first_seen.get(oid):
                found.add(first_seen[oid])
        return found

    def introduced(self, blobs: Iterable[str], messages: list[str]) -> Introduced | None:
        dated = [h[1] for b in blobs if (h := self.history.get(b)) and h[1]]
        if dated:
            return min(dated, key=lambda d: d.date)
        if not messages:
            return None
        out = gitcmd.run(["log", "--no-walk", "--format=%H%x00%cI%x00%an%x00%ae%x00%s", *messages],
                         self.git_dir, check=False)
        rows = [line.split(b"\0") for line in out.splitlines() if line.count(b"\0") == 4]
        if not rows:
            return None
        c, d, a, e, s = (x.decode("utf-8", "replace") for x in min(rows, key=lambda r: r[1]))
        return Introduced(c, d, a, e, s)

    def refs(self, commits: Iterable[str]) -> tuple[str, ...]:
        found: set[str] = set()
        for commit in commits:
            if commit not in self._contains:
                out = gitcmd.run(["for-each-ref", "--format=%(refname)", "--contains", commit],
                                 self.git_dir, check=False)
                self._contains[commit] = {ln.decode("utf-8", "replace") for ln in out.splitlines()}
            found |= self._contains[commit]
        return tuple(sorted(found))

    def intro_commits(self, blobs: Iterable[str]) -> set[str]:
        return {h[1].commit for b in blobs if (h := self.history.get(b)) and h[1]}

    def in_head(self, blobs: Iterable[str]) -> bool:
        return any(b in self.head_blobs for b in blobs)


def scrub_intro(intro: Introduced | None, literals: list[bytes]) -> Introduced | None:
    if intro is None:
        return None
    return replace(intro, summary=scrub(intro.summary, literals), author=scrub(intro.author, literals),
                   email=scrub(intro.email, literals), path=scrub(intro.path, literals))
