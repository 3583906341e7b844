"""Matches become findings: one per (rule, secret), with every location it was seen at."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from .checks import DOWNGRADED
from .config import Config
from .fingerprint import DEFAULT_KEY, fingerprint
from .models import CONFIDENCE_RANK, Finding, Location, Match, Rule, ScanStats
from .sources.worktree import allowed_path


def aggregate(pairs: Iterable[tuple[Location, Match]], rules: dict[str, Rule],
              key: bytes = b"") -> list[Finding]:
    grouped: dict[tuple[str, bytes], list[tuple[Location, Match]]] = {}
    for loc, match in pairs:
        if match.companion_line:
            loc = replace(loc, companion_line=match.companion_line)
        grouped.setdefault((match.rule_id, match.secret), []).append((loc, match))
    out = []
    for (rule_id, secret), items in grouped.items():
        rule = rules[rule_id]
        first = items[0][1]
        locations = tuple(sorted({loc for loc, _ in items},
                                 key=lambda loc: (loc.path, loc.line, loc.column, loc.commit)))
        companion = next((m.companion for _, m in items if m.companion), b"")
        out.append(Finding(rule_id, fingerprint(rule_id, secret, key or DEFAULT_KEY), secret,
                           rule.severity, first.confidence, locations, first.note, companion))
    rank = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
    out.sort(key=lambda f: (rank[f.severity], f.rule_id, f.locations[0].path,
                            f.locations[0].line))
    return out


def apply_filters(findings: list[Finding], config: Config, stats: ScanStats,
                  baseline: frozenset[str] = frozenset()) -> list[Finding]:
    """Config allowlists, confidence floor and baseline; every drop is counted."""
    floor = CONFIDENCE_RANK[config.min_confidence]
    auto = config.min_confidence == "auto"
    generic = {r.id for r in config.rules if r.generic} if auto else set()
    secret_res = [re.compile(r.encode()) for r in config.allowlist_regexes]
    kept = []
    for f in findings:
        if f.fingerprint in baseline:
            stats.suppressed_baseline += 1
            continue
        if any(r.search(f.secret) for r in secret_res) or _rule_allowed(f, config):
            stats.suppressed_allowlist += 1
            continue
        if CONFIDENCE_RANK[f.confidence] < floor or (auto and f.confidence == "low" and (
                f.rule_id in generic or not f.note.startswith(DOWNGRADED))):
            stats.below_confidence += 1
            continue
        kept.append(f)
    return kept


def _rule_allowed(f: Finding, config: Config) -> bool:
    for allow in config.allowlists:
        if allow.rule_ids and f.rule_id not in allow.rule_ids:
            continue
        if allow.regexes and not any(re.search(r.encode(), f.secret) for r in allow.regexes):
            continue
        if allow.paths and not all(allowed_path(loc.path, allow.paths) for loc in f.locations):
            continue
        return True
    return False
