"""Immutable records that flow through the pipeline (sources -> engine -> findings -> reporters)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["critical", "high", "medium", "low", "info"]
Confidence = Literal["high", "medium", "low"]
SEVERITIES: tuple[Severity, ...] = ("critical", "high", "medium", "low", "info")
CONFIDENCES: tuple[Confidence, ...] = ("high", "medium", "low")
# "auto" is the default floor (findings.apply_filters): medium and up, plus provider tokens that
# failed an offline check (reported low, never dropped: issue 2). Compared as a plain floor it is low.
CONFIDENCE_RANK = {"low": 0, "medium": 1, "high": 2, "auto": 0}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    description: str
    regex: str
    family: str
    provider: str
    severity: Severity
    confidence: Confidence
    keywords: tuple[str, ...]
    examples: tuple[str, ...]
    negative_examples: tuple[str, ...]
    secret_group: str | None = "secret"
    entropy: float = 0.0
    max_length: int = 256
    check: str | None = None
    rotation: str | None = None
    references: tuple[str, ...] = ()
    generic: bool = False
    pair: str | None = None
    pair_distance: int = 5
    path: str | None = None
    source: str = ""
    example_path: str = ""
    binary: bool = False  # also runs on binary files (keystores by path, keys embedded in binaries)
    # What Hyperscan searches instead of the whole regex (a piece every match contains, checked
    # on load: regexparts.py); "window" when it is not a tail, so the confirmation looks
    # max_length bytes on both sides of a candidate. Speed only: findings do not change.
    prefilter: str | None = None
    prefilter_window: bool = False
    # Hyperscan searches the expression once per byte that can stand at its first word boundary
    # (hsdb.expressions): speed only, for a word that is common inside longer words.
    split_boundary: bool = False

    @property
    def hs_regex(self) -> str:
        return self.prefilter or self.regex


@dataclass(frozen=True, slots=True)
class Chunk:
    """Bytes to scan and where they came from (a path, or a blob id)."""

    data: bytes
    origin: str
    path: bytes = b""


@dataclass(frozen=True, slots=True)
class Match:
    """One confirmed secret inside one chunk."""

    rule_id: str
    secret: bytes
    start: int
    end: int
    line: int
    column: int
    end_line: int
    confidence: Confidence
    note: str = ""
    companion: bytes = b""
    companion_line: int = 0  # where the companion (an id paired with this secret) is, same file


@dataclass(frozen=True, slots=True)
class Location:
    path: str
    line: int
    column: int
    end_line: int = 0
    commit: str = ""
    blob: str = ""
    companion_line: int = 0  # a paired finding: the line of its companion in the same file


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding per (rule, secret) with every place it was seen."""

    rule_id: str
    fingerprint: str
    secret: bytes
    severity: Severity
    confidence: Confidence
    locations: tuple[Location, ...]
    note: str = ""
    companion: bytes = b""
    extra: tuple[tuple[str, object], ...] = ()


@dataclass(slots=True)
class ScanStats:
    files: int = 0
    bytes: int = 0
    skipped_binary: int = 0
    skipped_large: int = 0
    skipped_unreadable: int = 0
    candidates: int = 0
    matches: int = 0
    suppressed_placeholder: int = 0
    suppressed_inline: int = 0
    suppressed_allowlist: int = 0
    suppressed_baseline: int = 0
    below_confidence: int = 0
    seconds: float = 0.0
    hyperscan_seconds: float = 0.0  # inside Hyperscan's scan calls (summed over workers)
    confirm_seconds: float = 0.0  # Python confirmation of candidates (summed over workers)
    extra: dict[str, object] = field(default_factory=dict)

    def count(self, key: str, n: int = 1) -> None:
        """Add n to the integer counter `key` of `extra` (JSON stats)."""
        value = self.extra.get(key, 0)
        self.extra[key] = (value if isinstance(value, int) else 0) + n

    def merge(self, other: ScanStats) -> None:
        for name in self.__dataclass_fields__:
            mine = getattr(self, name)
            if isinstance(mine, (int, float)) and not isinstance(mine, bool):
                setattr(self, name, mine + getattr(other, name))
        for key, value in other.extra.items():
            if isinstance(value, int) and isinstance(self.extra.get(key, 0), int):
                self.extra[key] = int(self.extra.get(key, 0)) + value  # type: ignore[call-overload]
            else:
                self.extra[key] = value
