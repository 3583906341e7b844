"""Run every rule's examples through the real engine: positives must fire, negatives must not."""

from __future__ import annotations

from dataclasses import dataclass

from .engine import Engine, is_binary
from .models import Match, Rule, ScanStats


@dataclass(frozen=True, slots=True)
class Failure:
    rule_id: str
    kind: str  # "positive" or "negative"
    example: str
    reason: str


def example_path(rule: Rule) -> bytes:
    return (rule.example_path or "example.txt").encode()


def _scan(engine: Engine, rule: Rule, text: str, path: bytes, stats: ScanStats) -> list[Match]:
    """Examples of `binary` rules are Latin-1 (a TOML \\u00fe is the byte 0xfe)."""
    data = text.encode("latin-1" if rule.binary else "utf-8")
    if is_binary(data):
        return engine.scan_binary(data, path, stats)
    return engine.scan(data, path, stats)


def check_rule(engine: Engine, rule: Rule) -> list[Failure]:
    failures = []
    path = example_path(rule)
    for text in rule.examples:
        stats = ScanStats()
        hits = [m for m in _scan(engine, rule, text, path, stats) if m.rule_id == rule.id]
        if not hits:
            why = "no match"
            if stats.suppressed_placeholder:
                why = "matched but was taken for a placeholder"
            elif stats.suppressed_inline:
                why = "matched but an inline allow directive suppressed it"
            others = {m.rule_id for m in _scan(engine, rule, text, path, ScanStats())}
            if others:
                why += f" (reported by {', '.join(sorted(others))} instead)"
            failures.append(Failure(rule.id, "positive", text, why))
    for text in rule.negative_examples:
        if any(m.rule_id == rule.id for m in _scan(engine, rule, text, path, ScanStats())):
            failures.append(Failure(rule.id, "negative", text, "matched but must not"))
    return failures


def check_all(engine: Engine, only: set[str] | None = None) -> list[Failure]:
    out: list[Failure] = []
    for rule in engine.rules:
        if only is None or rule.id in only:
            out += check_rule(engine, rule)
    return out
