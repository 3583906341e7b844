"""Provenance: the whole life of each secret, for the few blobs that hold findings.

The history scan reads blobs first and asks git about commits second, only for blobs with
findings (a filtered `git log --find-object`), so the cost of this stage follows the number of
findings, not the length of history. Here the records are joined:

- every location: each (commit, path) that set a blob holding the secret, at its line;
- `introduced`: the oldest of them (commit time, then git's order);
- `removed`: the newest commit in HEAD's history that took such a blob off a path for a
  version without it, when HEAD no longer holds the secret (None otherwise, and None when the
  secret never was in HEAD's history: `refs` then says where it lives);
- `refs`: refs whose history contains a commit that set such a blob (a commit holding a blob
  descends from one that set it), found in one parents-first pass over the commit graph;
- `in_head` / `in_worktree`: HEAD's tree holds one of the blobs / a working-tree file at one of
  its paths still contains the secret (None for a bare repository).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .fingerprint import scrub
from .models import Location, Match, Rule
from .sources.gitcli import NULL_OID, display
from .sources.history import Event, is_message

Key = tuple[str, bytes]  # (rule id, secret): one finding


@dataclass
class Trail:
    blobs: set[str] = field(default_factory=set)
    adds: list[tuple[Event, Match]] = field(default_factory=list)
    removals: list[Event] = field(default_factory=list)
    bit: int = 0
    hidden: int = 0  # locations dropped because their path is allowlisted


def trails(hits: dict[str, list[Match]]) -> dict[Key, Trail]:
    out: dict[Key, Trail] = {}
    for oid, matches in hits.items():
        for m in matches:
            t = out.setdefault((m.rule_id, m.secret), Trail())
            t.blobs.add(oid)
    for i, t in enumerate(out.values()):
        t.bit = 1 << i
    return out


def join(hits: dict[str, list[Match]], events: Iterable[Event], rules: dict[str, Rule],
         found: dict[Key, Trail], keep: Callable[[bytes], bool]) -> list[tuple[Location, Match]]:
    """Locations of every match at every (commit, path) that set its blob."""
    path_res = {r.id: re.compile(r.path.encode()) for r in rules.values() if r.path}
    keys_of: dict[str, set[Key]] = {}
    for key, t in found.items():
        for oid in t.blobs:
            keys_of.setdefault(oid, set()).add(key)
    pairs: list[tuple[Location, Match]] = []
    for ev in events:
        for old in ev.olds:
            for key in keys_of.get(old, ()):
                if ev.new not in found[key].blobs:
                    found[key].removals.append(ev)
        matches = hits.get(ev.new)
        if not matches:
            continue
        if not keep(ev.path):
            for m in matches:
                found[(m.rule_id, m.secret)].hidden += 1
            continue
        shown = display(ev.path)
        firsts: set[Key] = set()
        for m in matches:
            rx = path_res.get(m.rule_id)
            if rx is not None and not rx.search(ev.path):
                continue  # a path rule fires only where its path matches
            key = (m.rule_id, m.secret)
            blob = "" if is_message(shown) else ev.new  # a message is no blob to read
            pairs.append((Location(shown, m.line, m.column, m.end_line, ev.commit.oid, blob), m))
            if key not in firsts:
                firsts.add(key)
                found[key].adds.append((ev, m))
    return pairs


def introduced(t: Trail, secrets: Iterable[bytes] = ()) -> dict[str, object] | None:
    """The oldest add; repository text in it (summary, author, path) has `secrets` redacted."""
    if not t.adds:
        return None
    ev, m = min(t.adds, key=lambda a: (a[0].commit.ctime, -a[0].commit.order))
    c = ev.commit
    return {"commit": c.oid, "author": scrub(c.author, secrets), "email": scrub(c.email, secrets),
            "date": c.date, "summary": scrub(c.summary, secrets),
            "path": scrub(display(ev.path), secrets), "line": m.line}


def removed(t: Trail, in_head_history: set[str]) -> dict[str, object] | None:
    gone = [e for e in t.removals if e.commit.oid in in_head_history]
    if not gone:
        return None
    ev = max(gone, key=lambda e: (e.commit.ctime, -e.commit.order))
    path = ev.path if ev.new != NULL_OID or not ev.old_path else ev.old_path
    return {"commit": ev.commit.oid, "date": ev.commit.date, "path": display(path)}


def ref_labels(graph: Iterator[list[str]], own: dict[str, int], tips: set[str]) -> dict[str, int]:
    """For each tip: the OR of `own` bits over its whole history (parents come first)."""
    label: dict[str, int] = {}
    for row in graph:
        commit, parents = row[0], row[1:]
        bits = own.get(commit, 0)
        for p in parents:
            bits |= label.get(p, 0)
        if bits:
            label[commit] = bits
    return {t: label.get(t, 0) for t in tips}


def worktree_has(root: str, paths: Iterable[bytes], secret: bytes, max_size: int) -> bool:
    """Does a working-tree file at one of these paths still hold the secret?"""
    for path in paths:
        full = os.path.join(os.fsencode(root), path)
        try:
            if not os.path.isfile(full) or os.path.getsize(full) > max_size:
                continue
            with open(full, "rb") as fh:
                if secret in fh.read():
                    return True
        except OSError:
            continue
    return False
