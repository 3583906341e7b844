"""Prove the planned secrets are gone: rescan EVERY object of a repository, reachable or not.

The engine runs over every blob (binary too), commit and tag object; each match's secret
is hashed with fingerprint("*", secret) and compared with the plan, so a secret is found
whatever rule reports it, without the plan storing it. While expressions.txt still exists
(before a verified rewrite removes it) the exact literals are searched as well.
Objects still holding a secret are classified: reachable from a ref (the rewrite missed
it), or kept only by a stash, a reflog, or nothing (purge with reflog expire, stash clear,
gc --prune=now; remediation.md §B.5).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config
from ..engine import Engine
from ..fingerprint import DEFAULT_KEY, fingerprint
from . import filterfiles, gitcmd, objects
from .errors import PlanDirError
from .model import Plan
from .plan import ANY_RULE
from .state import State


@dataclass(frozen=True, slots=True)
class Hit:
    oid: str
    kind: str
    fingerprint: str
    how: str  # "engine" or "literal"
    where: str = ""  # ref, stash, reflog, unreachable
    path: str = ""


@dataclass(slots=True)
class Report:
    target: str
    objects: int = 0
    bytes: int = 0
    hits: list[Hit] = field(default_factory=list)
    old_commits: list[str] = field(default_factory=list)
    worktree: list[str] = field(default_factory=list)
    literal_check: bool = False

    @property
    def clean(self) -> bool:
        return not self.hits and not self.old_commits and not self.worktree

    @property
    def in_refs(self) -> list[Hit]:
        return [h for h in self.hits if h.where == "ref"]

    @property
    def leftovers(self) -> list[Hit]:
        return [h for h in self.hits if h.where != "ref"]


def scan_objects(git_dir: Path, plan: Plan, engine: Engine, key: bytes,
                 literals: list[bytes] | None = None) -> Report:
    wanted = {h: s.fingerprint for s in plan.secrets for h in s.hashes}
    lits = objects.LiteralSet(literals or [])
    lit_owner = _literal_owner(plan, literals or [], key)
    report = Report(str(git_dir), literal_check=bool(literals))
    found: dict[tuple[str, str], Hit] = {}
    for oid, kind, data in objects.iter_objects(git_dir):
        report.objects += 1
        report.bytes += len(data)
        for m in engine.scan(data):
            for value in (m.secret, m.companion):
                fp = wanted.get(fingerprint(ANY_RULE, value, key)) if value else None
                if fp:
                    found.setdefault((oid, fp), Hit(oid, kind, fp, "engine"))
        for i in lits.find(data):
            fp = lit_owner[i]
            found.setdefault((oid, fp), Hit(oid, kind, fp, "literal"))
    where = objects.classify(git_dir, {oid for oid, _ in found})
    report.hits = sorted((Hit(h.oid, h.kind, h.fingerprint, h.how, *where[h.oid]) for h in found.values()),
                         key=lambda h: (h.where != "ref", h.fingerprint, h.oid))
    return report


def _literal_owner(plan: Plan, literals: list[bytes], key: bytes) -> list[str]:
    hashes = {h: s.fingerprint for s in plan.secrets for h in s.hashes}
    return [hashes.get(fingerprint(ANY_RULE, lit, key), "?") for lit in literals]


def check_identity(plan: Plan, state: State, target: gitcmd.Repo) -> None:
    roots = set(gitcmd.roots(target.git_dir))
    known = set(plan.repo.roots) | set(state.rewrite.new_roots)
    if roots and known and not roots & known:
        raise PlanDirError(f"{target.path}: is not a clone of {plan.repo.path} (no root commit in "
                           "common with the plan or its rewrite); use the plan made for it")


def run(plan_dir: Path, plan: Plan, state: State, cfg: Config, engine: Engine,
        clone: Path | None = None) -> Report:
    if clone is None:
        if not state.rewrite.mirror:
            raise PlanDirError(f"{plan_dir}: no rewritten mirror yet; run `leakscan incident rewrite "
                               f"{plan_dir} --execute` or pass --clone PATH")
        clone = Path(state.rewrite.mirror)
    target = gitcmd.open_repo(clone)
    check_identity(plan, state, target)
    key = cfg.fingerprint_key or DEFAULT_KEY
    expressions = plan_dir / filterfiles.EXPRESSIONS
    literals = filterfiles.read_literals(expressions) if expressions.is_file() else None
    report = scan_objects(target.git_dir, plan, engine, key, literals)
    report.target = str(target.path)
    report.old_commits = [old for old, *_ in state.rewrite.first_changed
                          if gitcmd.exists(target.git_dir, old)]
    if not target.bare:
        report.worktree = _worktree(target.path, plan, cfg, key)
    return report


def _worktree(path: Path, plan: Plan, cfg: Config, key: bytes) -> list[str]:
    from ..pipeline import scan_paths

    wanted = {h for s in plan.secrets for h in s.hashes}
    result = scan_paths(cfg.with_(baseline=None, allowlist_paths=(), allowlists=(),
                                  allowlist_regexes=(), progress=False), path)
    return sorted({loc.path for f in result.findings
                   if fingerprint(ANY_RULE, f.secret, key) in wanted for loc in f.locations})


def lines(report: Report, plan: Plan, plan_dir: str) -> list[str]:
    n = len(plan.secrets)
    how = ("rules and exact literals" if report.literal_check
           else "rules; the literals were deleted with expressions.txt")
    out = [f"verify {report.target}: rescanned {report.objects} object(s), "
           f"{report.bytes / 1e3:.1f} kB, every object reachable or not, for {n} planned "
           f"secret(s) ({how})"]
    names = {s.fingerprint: f"{s.fingerprint[:12]} {s.rule_id} {s.redacted}" for s in plan.secrets}
    for h in report.in_refs:
        out.append(f"  STILL IN HISTORY: {names.get(h.fingerprint, h.fingerprint)} in {h.kind} "
                   f"{h.oid[:12]}" + (f" ({h.path})" if h.path else ""))
    for h in report.leftovers:
        out.append(f"  LEFT IN OBJECT STORE ({h.where}): {names.get(h.fingerprint, h.fingerprint)} "
                   f"in {h.kind} {h.oid[:12]}")
    if report.leftovers:
        kinds: dict[str, int] = {}
        for h in report.leftovers:
            kinds[h.where] = kinds.get(h.where, 0) + 1
        detail = ", ".join(f"{k}: {n}" for k, n in sorted(kinds.items()))
        out.append(f"  warning: {len(report.leftovers)} object(s) that no ref reaches still hold planned "
                   f"secrets ({detail}); purge them: git reflog expire --expire=now --all && "
                   "git stash clear && git gc --prune=now")
    for old in report.old_commits:
        out.append(f"  warning: pre-rewrite commit {old[:12]} is still stored here; purge it as above "
                   "or re-clone, and never push the old history back")
    for path in report.worktree:
        out.append(f"  warning: the working tree file {path} still holds a planned secret")
    out.append("clean: no object holds a planned secret" if report.clean else
               f"NOT clean: see above; `leakscan incident status {plan_dir}` for the plan")
    return out
