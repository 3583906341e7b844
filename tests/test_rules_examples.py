"""Every built-in rule: it loads, compiles in Hyperscan, and its examples behave."""

from __future__ import annotations

import pytest

from leakscan import rules as rules_mod
from leakscan.engine import Engine
from leakscan.rulecheck import check_rule

RULES = rules_mod.load_builtin()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(RULES)


def test_at_least_one_rule() -> None:
    assert len(RULES) >= 5


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_examples(engine: Engine, rule: rules_mod.Rule) -> None:
    assert rule.examples, "a rule without a positive example is a bug"
    assert check_rule(engine, rule) == []
