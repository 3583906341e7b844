"""Ignores that no longer match anything: baseline entries, config allowlists, inline directives.

An ignore that suppresses nothing is worse than useless: it is a hole waiting for the next
secret (gitleaks#1398, #2239). Each audit here answers "does this ignore still suppress a
real finding?" by scanning without it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import allow, textcodec
from .baseline import Entry
from .config import Config
from .engine import SEGMENT, Engine, is_binary
from .findings import _rule_allowed
from .models import Finding
from .sources.worktree import allowed_path, list_files


@dataclass(frozen=True, slots=True)
class Stale:
    kind: str  # baseline | allowlist_paths | allowlist_regexes | allowlists | inline
    where: str  # the file (and line) that holds the ignore
    what: str  # the ignore itself, never a secret
    reason: str = ""


def baseline_entries(entries: Iterable[Entry], where: str, findings: Iterable[Finding],
                     today: dt.date) -> list[Stale]:
    """Live entries whose fingerprint no finding has any more."""
    seen = {f.fingerprint for f in findings}
    return [Stale("baseline", where, f"{e.fingerprint} {e.rule_id}".rstrip(), e.reason)
            for e in entries if not e.expired(today) and e.fingerprint not in seen]


def config_allowlists(cfg: Config, raw: list[Finding]) -> list[Stale]:
    """Allowlist entries that suppress none of the findings of a scan made without them."""
    where = cfg.config_file or "config"
    out = []
    for glob in cfg.allowlist_paths:
        if not any(allowed_path(loc.path, (glob,)) for f in raw for loc in f.locations):
            out.append(Stale("allowlist_paths", where, glob))
    for rx in cfg.allowlist_regexes:
        pat = re.compile(rx.encode())
        if not any(pat.search(f.secret) for f in raw):
            out.append(Stale("allowlist_regexes", where, rx))
    for n, item in enumerate(cfg.allowlists, 1):
        one = cfg.with_(allowlists=(item,))  # the same test the scan applies, one entry at a time
        if not any(_rule_allowed(f, one) for f in raw):
            desc = "; ".join(f"{k}={list(v)}" for k, v in (
                ("rules", item.rule_ids), ("paths", item.paths), ("regexes", item.regexes)) if v)
            out.append(Stale("allowlists", where, f"[[allowlists]] #{n} {desc}", item.reason))
    return out


def inline_directives(engine: Engine, root: Path, cfg: Config) -> list[Stale]:
    """Directives in the files under root that cover no secret once they are blanked out."""
    files, _ = list_files(root, cfg.allowlist_paths)
    out = []
    for rel, size in files:
        if size > min(cfg.max_file_size, SEGMENT):
            continue
        full = root / rel if root.is_dir() else root
        try:
            data = full.read_bytes()
        except OSError:
            continue
        if is_binary(data):
            continue
        data = textcodec.text_of(data)  # offsets below are the engine's, in decoded UTF-16
        found = allow.find(data)
        if not found:
            continue
        used: set[int] = set()
        for m in engine.scan(allow.neutralize(data), rel.encode("utf-8", "surrogateescape")):
            used.update(start for start, _ in allow.covering(data, m.start, m.end))
        out += [Stale("inline", f"{rel}:{d.line}", d.word, d.reason)
                for d in found if d.start not in used]
    return out
