"""The git-filter-repo input files of a plan, written exactly as filter-repo reads them.

filter-repo 2.47 `--replace-text` / `--replace-message` (remediation.md §B.1): a line is a
literal unless it starts with `regex:` or `glob:`; it is split on the LAST `==>`; only
`\\r\\n` is stripped; there is NO comment syntax (`# x` is a literal to replace). Literals
are applied in file order, before regexes: longer secrets go first so a secret that contains
another is replaced whole. A secret spanning lines cannot be a literal line, so when any
secret does, every secret is written as an escaped `regex:` line (same order), which keeps
the longest-first rule across all of them.

`--paths-from-file` (with --invert-paths): `literal:PATH` per line, so a path that starts
with `#` (a comment there) or `regex:` is still taken literally.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

EXPRESSIONS = "expressions.txt"
PATHS = "paths.txt"
_HEX = re.compile(rb"\\x([0-9a-f]{2})")


def marker(rule_id: str) -> bytes:
    return b"***REMOVED-" + rule_id.encode() + b"***"


def _hex(data: bytes) -> bytes:
    return b"".join(b"\\x%02x" % c for c in data)


def expression_lines(items: Iterable[tuple[bytes, str]]) -> list[bytes]:
    """(secret literal, rule id) pairs -> lines; one line per distinct literal."""
    seen: dict[bytes, str] = {}
    for literal, rule_id in items:
        if literal and literal not in seen:
            seen[literal] = rule_id
    ordered = sorted(seen.items(), key=lambda kv: (-len(kv[0]), kv[0]))
    as_regex = any(b"\n" in lit or b"\r" in lit for lit in seen)
    if as_regex:
        return [b"regex:" + _hex(lit) + b"==>" + marker(rid) for lit, rid in ordered]
    return [b"literal:" + lit + b"==>" + marker(rid) for lit, rid in ordered]


def path_lines(paths: Iterable[str]) -> list[bytes]:
    out = []
    for path in sorted(set(paths)):
        raw = path.encode("utf-8", "surrogateescape")
        if b"\n" in raw or b"\r" in raw:
            out.append(b"regex:^" + _hex(raw) + b"$")
        else:
            out.append(b"literal:" + raw)
    return out


def write_private(path: Path, lines: list[bytes]) -> None:
    """Create a new file, mode 0600 from the first byte (never chmod after the fact)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(b"".join(line + b"\n" for line in lines))
        fh.flush()
        os.fsync(fh.fileno())


def read_literals(path: Path) -> list[bytes]:
    """The secret literals of an expressions file written by `expression_lines`."""
    out = []
    for line in path.read_bytes().splitlines():
        body = line.rsplit(b"==>", 1)[0]
        if body.startswith(b"regex:"):
            out.append(_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), body[6:]))
        elif body.startswith(b"literal:"):
            out.append(body[8:])
    return out


def shred(path: Path) -> bool:
    """Overwrite with zeros, then unlink. Best effort on copy-on-write filesystems."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
        return True
    except FileNotFoundError:
        return False
