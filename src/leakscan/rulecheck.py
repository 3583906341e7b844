"""Run every rule's examples through the real engine: positives must fire, negatives must not."""

from __future__ import annotations

from dataclasses import dataclass

from .engine import Engine
from .models import Rule, ScanStats


@dataclass(frozen=True, slots=True)
class Failure:
    rule_id: str
    kind: str  # "positive" or "negative"
    example: str
    reason: str


def example_path(rule: Rule) -> bytes:
    return (rule.example_path or "example.txt").encode()


def check_rule(engine: Engine, rule: Rule) -> list[Failure]:
    failures = []
    path = example_path(rule)
    for text in rule.examples:
        stats = ScanStats()
        hits = [m for m in engine.scan(text.encode("utf-8"), path, stats)
                if m.rule_id == rule.id]
        if not hits:
            why = "no match"
            if stats.suppressed_placeholder:
                why = "matched but was taken for a placeholder"
            elif stats.suppressed_inline:
                why = "matched but an inline allow directive suppressed it"
            others = {m.rule_id for m in engine.scan(text.encode("utf-8"), path)}
            if others:
                why += f" (reported by {', '.join(sorted(others))} instead)"
            failures.append(Failure(rule.id, "positive", text, why))
    for text in rule.negative_examples:
        if any(m.rule_id == rule.id for m in engine.scan(text.encode("utf-8"), path)):
            failures.append(Failure(rule.id, "negative", text, "matched but must not"))
    return failures


def check_all(engine: Engine, only: set[str] | None = None) -> list[Failure]:
    out: list[Failure] = []
    for rule in engine.rules:
        if only is None or rule.id in only:
            out += check_rule(engine, rule)
    return out
