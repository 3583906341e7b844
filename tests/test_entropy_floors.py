"""Entropy floors must not drop the random keys they are there to find.

A provider rule's floor filters placeholders; set too high it drops real keys too: a 3.6 floor on
`key-` + 32 hex characters dropped about one Mailgun key in fifty, a 3.0 floor on Salesforce's
19-digit consumer secrets dropped one in three. Random values are drawn from each rule's own
secret pattern (src/leakscan/regexsample.py); generic and free-form (password) rules are left
out: their floors are meant to drop typed values as well.
"""

from __future__ import annotations

import random

import pytest

from leakscan import checks
from leakscan.models import Rule
from leakscan.regexsample import Unsampleable, floor_drop_share, sampler
from leakscan.rules import load_builtin

RULES = [r for r in load_builtin() if r.entropy and not checks.is_freeform(r)]  # (generic rules too)


def test_most_floors_can_be_sampled() -> None:
    skipped = 0
    for rule in RULES:
        try:
            sampler(rule.regex, rule.secret_group)
        except Unsampleable:
            skipped += 1
    assert len(RULES) > 350 and skipped <= 5


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_a_provider_floor_keeps_random_values_of_its_own_format(rule: Rule) -> None:
    share = floor_drop_share(rule)  # (0 for the few patterns the sampler cannot draw from)
    assert share <= 0.015, f"floor {rule.entropy} drops {share:.1%} of random {rule.id} values"


def test_mailgun_keys_in_hex_pass_the_floor() -> None:
    """Mailgun's `key-` keys are documented as 32 lower-case characters and met as hex."""
    [rule] = [r for r in RULES if r.id == "mailgun-api-key-legacy"]
    assert floor_drop_share(rule, hex_only=True) <= 0.005


def test_the_sampler_follows_the_pattern() -> None:
    import re

    cases = (  # regex, group, what every drawn value must fully match
        (r"\bkey-(?P<secret>[0-9a-z]{32})\b", "secret", r"[0-9a-z]{32}"),
        (r"(?i:tok)_(?P<secret>[A-F0-9]{64}|[0-9]{19})", "secret", r"[A-F0-9]{64}|[0-9]{19}"),
        (r"da2-[a-z0-9]{26}|AKIA[A-Z2-7]{16}", None, r"da2-[a-z0-9]{26}|AKIA[A-Z2-7]{16}"),
        (r"(?i)x(?P<s>[a-c]{2,4})", "s", r"[a-cA-C]{2,4}"),
    )
    for regex, group, shape in cases:
        draw = sampler(regex, group)
        rnd = random.Random(1)
        for _ in range(50):
            assert re.fullmatch(shape, draw(rnd)), regex
    hexes = sampler(r"(?P<s>[0-9a-z]{40})", "s", hex_only=True)
    assert re.fullmatch(r"[0-9a-f]{40}", hexes(random.Random(2)))
    with pytest.raises(Unsampleable):
        sampler(r"(?P<secret>a(?=b))", "secret")


def test_rules_test_warns_about_a_user_floor_that_drops_its_own_keys(tmp_path: object) -> None:
    from pathlib import Path

    from cli import run

    assert isinstance(tmp_path, Path)
    rng = random.Random(9)
    keys = [f"acme_{rng.getrandbits(128):032x}" for _ in range(2)]
    rule = f"""[[rules]]
id = "acme-token"
name = "Acme token"
description = "Acme API token"
provider = "Acme"
severity = "high"
confidence = "medium"
regex = '''\\bacme_(?P<secret>[a-f0-9]{{32}})\\b'''
keywords = ["acme_"]
entropy = {{floor}}
references = ["https://acme.test/docs"]
examples = ["ACME={keys[0]}", "token: {keys[1]}"]
negative_examples = ["acme_xxxx", "acme_"]
"""
    path = tmp_path / "mine.toml"
    path.write_text(rule.replace("{floor}", "3.9"), encoding="utf-8")
    res = run("rules", "test", "--rules", str(path))
    assert "acme-token: entropy floor 3.9 drops" in res.stderr
    path.write_text(rule.replace("{floor}", "3.0"), encoding="utf-8")
    res = run("rules", "test", "--rules", str(path))
    assert res.returncode == 0 and "entropy floor" not in res.stderr, res.stdout + res.stderr
