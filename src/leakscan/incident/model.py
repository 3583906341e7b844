"""The plan as immutable records, and their JSON form (plan.json holds no secret literal)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import PlanDirError

SCHEMA = 1
PLAN_FILE = "plan.json"


@dataclass(frozen=True, slots=True)
class Introduced:
    commit: str
    date: str
    author: str = ""
    email: str = ""
    summary: str = ""
    path: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class PlannedSecret:
    """One secret to rotate and purge. `match_hash` is fingerprint("*", secret): it lets
    verify recognise the secret under any rule id, without ever storing the secret."""

    fingerprint: str
    match_hash: str
    rule_id: str
    rule_name: str
    provider: str
    severity: str
    rotation: str
    redacted: str
    length: int
    companion_rule: str = ""
    companion_fingerprint: str = ""
    companion_hash: str = ""
    introduced: Introduced | None = None
    removed: str = ""
    in_head: bool | None = None
    in_worktree: bool | None = None
    refs: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    blobs: tuple[str, ...] = ()
    locations: int = 0
    binary_blobs: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()
    remove_paths: tuple[str, ...] = ()
    multiline: bool = False
    # The rule's references (the provider's documentation of the token): where a responder
    # starts when no rotation guide of its own covers the provider.
    references: tuple[str, ...] = ()

    @property
    def hashes(self) -> tuple[str, ...]:
        return tuple(h for h in (self.match_hash, self.companion_hash) if h)


@dataclass(frozen=True, slots=True)
class RepoIdentity:
    path: str
    git_dir: str
    bare: bool
    mirror: bool
    roots: tuple[str, ...]
    refs: dict[str, str] = field(default_factory=dict)
    origin_url: str = ""


@dataclass(frozen=True, slots=True)
class Plan:
    created: str
    version: str
    repo: RepoIdentity
    secrets: tuple[PlannedSecret, ...]
    remove_paths: tuple[str, ...]
    fingerprint_key: str  # "default", or "custom:<sha256 prefix of the key>"
    rules_digest: str
    config_file: str = ""
    skipped_binary_large: int = 0
    schema: int = SCHEMA

    def find(self, prefix: str) -> PlannedSecret:
        hits = [s for s in self.secrets if s.fingerprint.startswith(prefix.lower())]
        if len(prefix) < 6 or not hits:
            raise PlanDirError(f"{prefix}: no secret in this plan has that fingerprint; "
                               "`leakscan incident status DIR` lists them")
        if len(hits) > 1:
            raise PlanDirError(f"{prefix}: matches {len(hits)} secrets; give more characters")
        return hits[0]


def to_json(plan: Plan) -> str:
    doc: dict[str, Any] = {"tool": "leakscan", "kind": "incident-plan", **asdict(plan)}
    return json.dumps(doc, indent=2, sort_keys=False) + "\n"


def _secret(d: dict[str, Any]) -> PlannedSecret:
    intro = d.get("introduced")
    tuples = {k: tuple(v) for k, v in d.items() if isinstance(v, list)}
    return PlannedSecret(**{**d, **tuples, "introduced": Introduced(**intro) if intro else None})


def from_json(text: str, where: str) -> Plan:
    try:
        d = json.loads(text)
        if d.get("tool") != "leakscan" or d.get("kind") != "incident-plan":
            raise ValueError("not a leakscan incident plan")
        if d.get("schema") != SCHEMA:
            raise ValueError(f"plan schema {d.get('schema')} is not {SCHEMA}; re-run the plan")
        repo = d["repo"]
        return Plan(
            created=d["created"], version=d["version"],
            repo=RepoIdentity(**{**repo, "roots": tuple(repo["roots"])}),
            secrets=tuple(_secret(s) for s in d["secrets"]),
            remove_paths=tuple(d["remove_paths"]), fingerprint_key=d["fingerprint_key"],
            rules_digest=d["rules_digest"], config_file=d.get("config_file", ""),
            skipped_binary_large=d.get("skipped_binary_large", 0),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PlanDirError(f"{where}: not a valid leakscan incident plan ({exc}); "
                           "create one with `leakscan incident plan --out DIR`") from None


def load(plan_dir: Path) -> Plan:
    path = plan_dir / PLAN_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise PlanDirError(f"{plan_dir}: no {PLAN_FILE} here; give the directory written by "
                           "`leakscan incident plan --out DIR`") from None
    return from_json(text, str(path))
