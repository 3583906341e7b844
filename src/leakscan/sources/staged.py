"""What `git commit` would record now: the index against HEAD, as blobs and added lines.

One git call and no libgit2 import (the hook must start fast): `diff --cached --raw -p -U0
-z` names each staged blob exactly (the raw part: paths unquoted, full ids) and gives the
line numbers the commit adds (the patch part: hunk headers only). Renames are detected, so
moving a file adds no lines. The index is what counts: a file edited again after `git add`
is read from the index blob, never from the working tree. An unborn HEAD diffs against the
empty tree.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .gitcli import GITLINK, Repo, unquote

_HUNK = re.compile(rb"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_COMMON = ("--cached", "--no-color", "--no-ext-diff", "--no-textconv", "-M",
           "--diff-filter=AMRCT", "--ignore-submodules=none")


class StagedFile(NamedTuple):
    path: bytes
    oid: str
    mode: bytes
    changed: bool  # False for a pure rename, copy or mode change: no content is added
    added: tuple[tuple[int, int], ...] | None  # inclusive line ranges the commit adds; None
    # when git showed no text hunks (a binary, or a `-diff` attribute): the whole file counts

    @property
    def submodule(self) -> bool:
        return self.mode == GITLINK


def staged_files(repo: Repo) -> list[StagedFile]:
    out = repo.run("diff", *_COMMON, "--raw", "-p", "-U0", "-z", "--no-abbrev", "--full-index",
                   "--src-prefix=a/", "--dst-prefix=b/")
    entries, patch = _raw_entries(out)
    if not entries:
        return []
    added = _added_lines(patch)
    return [StagedFile(path, oid, mode, changed,
                       tuple(added[path]) if path in added else None)
            for path, oid, mode, changed in entries]


def _raw_entries(out: bytes) -> tuple[list[tuple[bytes, str, bytes, bool]], bytes]:
    """The NUL-separated raw records that come first, and the patch text after them."""
    entries = []
    pos = 0
    while pos < len(out) and out[pos:pos + 1] == b":":
        end = out.index(b"\0", pos)
        parts = out[pos + 1:end].split(b" ")
        paths = 2 if parts[-1][:1] in (b"R", b"C") else 1
        for _ in range(paths):
            pos, end = end + 1, out.index(b"\0", end + 1)
        entries.append((out[pos:end], parts[3].decode(), parts[1], parts[2] != parts[3]))
        pos = end + 1
    if out[pos:pos + 1] == b"\0":
        pos += 1
    return entries, out[pos:]


def _added_lines(patch: bytes) -> dict[bytes, list[tuple[int, int]]]:
    """path -> added line ranges, from `diff -U0` headers; hunk bodies are skipped by count."""
    out: dict[bytes, list[tuple[int, int]]] = {}
    path: bytes | None = None
    lines = patch.split(b"\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith(b"+++ "):
            name = line[4:]
            if name.endswith(b"\t"):  # git appends a tab when the name has a space
                name = name[:-1]
            name = unquote(name)
            path = name[2:] if name.startswith(b"b/") else None
            continue
        m = _HUNK.match(line)
        if m is None:
            continue
        removed = int(m.group(1)) if m.group(1) is not None else 1
        start = int(m.group(2))
        count = int(m.group(3)) if m.group(3) is not None else 1
        if path is not None:
            ranges = out.setdefault(path, [])
            if count:
                ranges.append((start, start + count - 1))
        body = removed + count
        while body and i < len(lines):  # skip the hunk body: its lines may look like headers
            if not lines[i].startswith(b"\\"):
                body -= 1
            i += 1
    return out


def touches(added: tuple[tuple[int, int], ...] | None, first: int, last: int) -> bool:
    """Does the span [first, last] meet an added line? None: every line is added."""
    if added is None:
        return True
    return any(a <= last and first <= b for a, b in added)
