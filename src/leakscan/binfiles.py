"""Binary files: only rules marked `binary = true` see them, from a small database of their own.

Text rules never run on binaries (a NUL in the first 8000 bytes, as git decides). Two kinds of
rule do:

- whole-file rules (a `binary` rule with a `path`): a Java keystore, a PKCS#12 bundle, a DER
  private key, a KeePass database... named by its path and confirmed by its magic bytes. The file
  itself must not be committed, so the secret is the SHA-256 of its content (a content
  fingerprint: the same keystore anywhere is one finding, a new one is a new finding), reported
  at line 0, which means "the whole file".
- embedded keys (a `binary` rule without a `path`): PEM private keys baked into an executable,
  an archive member stored uncompressed, a core dump. Reported at line 0 with the byte offset in
  the note, since lines mean nothing in a binary.

The binary database holds a handful of rules that start with a literal (`-----BEGIN`) or are
anchored at the first byte, so a binary costs one fast Hyperscan pass over bytes already read.
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from . import regexparts
from .models import Match, ScanStats

if TYPE_CHECKING:
    from .engine import Engine

_SUB: weakref.WeakKeyDictionary[Engine, Engine | None] = weakref.WeakKeyDictionary()
_GATE: weakref.WeakKeyDictionary[Engine, Callable[[bytes], bool] | None] = weakref.WeakKeyDictionary()


def required_literal(regex: str) -> bytes:
    """The longest run of plain characters that every match of `regex` contains (b"" if none)."""
    _flags, body = regexparts.split_flags(regex)
    if "i" in _flags:
        return b""
    parts = regexparts.items(body)
    best = run = ""
    for part in parts or ():
        char = regexparts.literal_char(part)
        run = run + char if char is not None else ""
        best = max(best, run, key=len)
    return best.encode("ascii")


def common_literal(literals: list[bytes]) -> bytes:
    """The longest byte string found in every one of `literals` (b"" if none)."""
    if not literals:
        return b""
    first = min(literals, key=len)
    for size in range(len(first), 0, -1):
        for at in range(len(first) - size + 1):
            piece = first[at:at + size]
            if all(piece in lit for lit in literals):
                return piece
    return b""


def gate_literals(sub: Engine) -> list[bytes] | None:
    """What the binary gate looks for: one literal shared by every embedded-key rule's required
    literal when there is one of 6 bytes or more (``PRIVATE KEY`` for the built-in rules: one
    literal is scanned twice as fast as five), else each rule's own literal; None when some
    embedded-key rule has no literal of 6 bytes or more (then the rules always run)."""
    lits = [required_literal(r.regex) for r in sub.rules if not r.path]
    if not lits or any(len(lit) < 6 for lit in lits):
        return None
    shared = common_literal(lits)
    return [shared] if len(shared) >= 6 else sorted(set(lits))


def _gate(sub: Engine) -> Callable[[bytes], bool] | None:
    """Most binaries hold no embedded key: one literal pass decides whether the embedded-key rules
    need to run at all."""
    if sub not in _GATE:
        lits = gate_literals(sub)
        _GATE[sub] = None
        if lits:
            import hyperscan

            db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            db.compile(expressions=lits, ids=list(range(len(lits))), elements=len(lits),
                       flags=[hyperscan.HS_FLAG_SINGLEMATCH] * len(lits), literal=True)

            def has_literal(data: bytes) -> bool:
                hit: list[bool] = []

                def on_match(*_: object) -> bool:
                    hit.append(True)
                    return True  # stop at the first

                try:
                    db.scan(data, match_event_handler=on_match)
                except hyperscan.ScanTerminated:
                    pass
                return bool(hit)

            _GATE[sub] = has_literal
    return _GATE[sub]


def _sub(engine: Engine) -> Engine | None:
    """The engine over the `binary` rules only, built on first use (cached on disk like the main one)."""
    if engine not in _SUB:
        from .engine import Engine

        rules = [r for r in engine.rules if r.binary]
        _SUB[engine] = Engine(rules, engine.use_cache) if rules else None
    return _SUB[engine]


def scan(engine: Engine, data: bytes, path: bytes, stats: ScanStats) -> list[Match]:
    sub = _sub(engine)
    if sub is None:
        return []
    n = stats.extra.get("binary_checked", 0)
    stats.extra["binary_checked"] = n + 1 if isinstance(n, int) else 1
    gate = _gate(sub)
    if gate is not None and not sub._any_path(path) and not gate(data):
        return []  # no rule for this file name, and no embedded-key rule's literal in it
    out: list[Match] = []
    digest = ""
    for m in sub.scan(data, path, stats):
        rule = sub.rules[sub.index[m.rule_id]]
        if rule.path:
            digest = digest or hashlib.sha256(data).hexdigest()
            out.append(Match(m.rule_id, f"sha256:{digest}".encode(), 0, len(data), 0, 0, 0,
                             m.confidence, m.note or "a file that must not be committed"))
        else:
            out.append(replace(m, line=0, column=0, end_line=0,
                               note=m.note or f"embedded in a binary file at byte {m.start}"))
    return out
