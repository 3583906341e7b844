"""`leakscan rules list|show|test`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .. import checks
from .. import config as config_mod
from .. import rules as rules_mod
from ..engine import Engine
from ..errors import ExitCode, RuleError
from ..models import Rule
from ..regexsample import floor_drop_share
from ..rulecheck import check_all


@click.group()
def rules() -> None:
    """List, show and test detection rules (built-in plus your config)."""


def _load(config_file: str | None, rules_file: str | None) -> list[Rule]:
    cfg = config_mod.build(Path("."), config_file)
    loaded = list(cfg.rules)
    if rules_file:
        path = Path(rules_file)
        if not path.is_file():
            raise RuleError(f"{rules_file}: rules file not found; check the path")
        loaded = rules_mod.merge(loaded, rules_mod.load_file(path)[0])
    return loaded


@rules.command("list")
@click.option("--format", "fmt", type=click.Choice(["human", "json"]), default="human")
@click.option("--config", "config_file", type=click.Path(), default=None)
def list_(fmt: str, config_file: str | None) -> int:
    """Every rule: id, name, severity, confidence, provider, keywords."""
    loaded = _load(config_file, None)
    if fmt == "json":
        rows = [{"id": r.id, "name": r.name, "family": r.family, "provider": r.provider,
                 "severity": r.severity, "confidence": r.confidence,
                 "keywords": list(r.keywords), "rotation_guide": r.rotation} for r in loaded]
        click.echo(json.dumps(rows, indent=2))
    else:
        for r in loaded:
            click.echo(f"{r.id:45} {r.severity:8} {r.confidence:6} {r.provider:20} {r.name}")
        click.echo(f"{len(loaded)} rules", err=True)
    return 0


@rules.command()
@click.argument("rule_id")
@click.option("--config", "config_file", type=click.Path(), default=None)
def show(rule_id: str, config_file: str | None) -> int:
    """Everything about one rule, including its examples."""
    by_id = {r.id: r for r in _load(config_file, None)}
    rule = by_id.get(rule_id)
    if rule is None:
        raise RuleError(f"no rule {rule_id!r}; `leakscan rules list` shows the ids")
    for key in rule.__slots__:
        value = getattr(rule, key)
        if value not in ((), "", None):
            click.echo(f"{key}: {value}")
    return 0


@rules.command()
@click.option("--rules", "rules_file", type=click.Path(), default=None,
              help="A TOML file of your own [[rules]] to test (with the built-ins loaded).")
@click.option("--config", "config_file", type=click.Path(), default=None)
@click.option("--rule", "only", multiple=True, help="Test only this rule id (repeatable).")
def test(rules_file: str | None, config_file: str | None, only: tuple[str, ...]) -> int:
    """Run every rule's examples and negative examples through the real engine."""
    loaded = _load(config_file, rules_file)
    engine = Engine(loaded)
    wanted: set[str] | None = set(only) or None
    if rules_file and not only:
        wanted = {r.id for r in rules_mod.load_file(Path(rules_file))[0]}
    failures = check_all(engine, wanted)
    tested = [r for r in loaded if wanted is None or r.id in wanted]
    for f in failures:
        click.echo(f"FAIL {f.rule_id} {f.kind} example: {f.reason}: {f.example[:80]!r}")
    if rules_file or only:  # the built-ins are held to this by the test suite
        for rule in tested:
            share = 0.0 if checks.is_freeform(rule) else floor_drop_share(rule)  # (generic too)
            if share > 0.015:
                click.echo(f"warning: {rule.id}: entropy floor {rule.entropy} drops {share:.0%} of "
                           "random values of its own secret pattern; a real key of that format may "
                           "be dropped too: lower it", err=True)
    n_ex = sum(len(r.examples) + len(r.negative_examples) for r in tested)
    click.echo(f"{len(tested)} rules, {n_ex} examples: {len(failures)} failed", err=True)
    return int(ExitCode.FINDINGS if failures else ExitCode.CLEAN)
