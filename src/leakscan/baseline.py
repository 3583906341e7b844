"""Baselines: content fingerprints only, sorted one per line, so branches merge cleanly.

A line is `FINGERPRINT RULE_ID [expires=YYYY-MM-DD] [# reason]`; '#' starts a comment line.
No secret, no path, no line number, no timestamp: an entry never changes once written, and
two branches that add entries touch different lines (DESIGN.md decision 8). With
`<file> merge=union` in .gitattributes even neighbouring additions merge without a conflict.
An expired entry stops suppressing: the finding fires again until someone renews or fixes it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    from .config import Config

DEFAULT_NAME = ".leakscan-baseline"
HEADER = (
    "# leakscan baseline: accepted findings, one per line, sorted by fingerprint.\n"
    "# FINGERPRINT RULE_ID [expires=YYYY-MM-DD] # reason. No secrets are stored here.\n"
    "# Merge-friendly: add `.leakscan-baseline merge=union` to .gitattributes.\n"
)
_FP = re.compile(r"^[0-9a-f]{32}$")
_RULE = re.compile(r"^[a-z0-9][a-z0-9.-]{0,79}$")


@dataclass(frozen=True, slots=True)
class Entry:
    fingerprint: str
    rule_id: str = ""
    reason: str = ""
    expires: dt.date | None = None

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and self.expires < today

    def render(self) -> str:
        out = f"{self.fingerprint} {self.rule_id or '-'}"
        if self.expires:
            out += f" expires={self.expires.isoformat()}"
        if self.reason:
            out += f" # {clean_reason(self.reason)}"
        return out


def clean_reason(text: str) -> str:
    """One line of plain text: a reason must not break the one-entry-per-line format."""
    return " ".join(text.replace("#", "").split())[:200]


def parse_date(text: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"{where}: expires= needs a date like 2027-01-31, not {text!r}") from None


def parse_entries(text: str, where: str) -> list[Entry]:
    out = []
    for n, raw in enumerate(text.splitlines(), 1):
        body, _, comment = raw.partition("#")
        parts = body.split()
        if not parts:
            continue
        fp = parts[0]
        if not _FP.match(fp):
            raise ConfigError(f"{where}:{n}: not a leakscan fingerprint; regenerate the baseline "
                              "with `leakscan baseline create`")
        rule_id, expires = "", None
        for part in parts[1:]:
            if part.startswith("expires="):
                expires = parse_date(part[8:], f"{where}:{n}")
            elif part != "-" and _RULE.match(part) and not rule_id:
                rule_id = part
            else:
                raise ConfigError(f"{where}:{n}: unexpected {part!r}; an entry is "
                                  "`FINGERPRINT RULE_ID [expires=YYYY-MM-DD] # reason`")
        out.append(Entry(fp, rule_id, comment.strip(), expires))
    return out


def parse(text: str, where: str, today: dt.date | None = None) -> frozenset[str]:
    """Fingerprints of the entries that still suppress (not expired)."""
    today = today or dt.date.today()
    return frozenset(e.fingerprint for e in parse_entries(text, where) if not e.expired(today))


def normalize(entries: Iterable[Entry]) -> list[Entry]:
    """Sorted by fingerprint, one entry each; of duplicates (a union merge) the longest-lived
    wins, so a merge never shortens an accepted entry's life by accident."""
    best: dict[str, Entry] = {}
    for e in entries:
        old = best.get(e.fingerprint)
        if old is None or _life(e) > _life(old) or (_life(e) == _life(old) and not old.reason):
            best[e.fingerprint] = e
    return [best[fp] for fp in sorted(best)]


def _life(e: Entry) -> dt.date:
    return e.expires or dt.date.max


def render(entries: Iterable[Entry]) -> str:
    return HEADER + "".join(e.render() + "\n" for e in normalize(entries))


def read(path: Path) -> list[Entry]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read baseline ({exc.strerror}); "
                          "create one with `leakscan baseline create`") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not a leakscan baseline (not UTF-8 text)") from None
    return parse_entries(text, str(path))


def write(path: Path, entries: Iterable[Entry]) -> None:
    """Atomic replace, so an interrupted run never leaves half a baseline."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(render(entries), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write baseline ({exc.strerror})") from None


def load_fingerprints(config: Config) -> frozenset[str]:
    if not config.baseline:
        return frozenset()
    today = dt.date.today()
    return frozenset(e.fingerprint for e in read(Path(config.baseline)) if not e.expired(today))
