"""Build the plan from findings (+ the sweep) and write the plan directory.

The directory is created last, after every check passed, and removed again if writing
fails, so bad input leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..config import Config
from ..fingerprint import DEFAULT_KEY, fingerprint, redact, scrub
from ..models import Finding, Rule
from ..rules import digest
from ..sources.history import is_message
from . import filterfiles, gitcmd, model, render, state, sweep
from .errors import IncidentError, NothingToPlan, PlanDirError
from .model import Introduced, Plan, PlannedSecret, RepoIdentity
from .provenance import Provenance, scrub_intro

ANY_RULE = "*"  # fingerprint(ANY_RULE, secret): recognise the secret whatever rule finds it

# Whole-file leaks (remediation.md §0, §A.1): env files, key files and keystores go by path.
_WHOLE_FILE = re.compile(
    r"(^|/)(\.env(\.[^/]*)?|[^/]*\.env|id_(rsa|dsa|ecdsa|ed25519)|\.pgpass|\.netrc|"
    r"[^/]*\.(pem|key|p12|pfx|jks|keystore|bks|ppk|kdbx|p8|der|asc|gpg))$", re.I)
_TEMPLATE = re.compile(r"\.(example|sample|template|dist|tmpl|tpl|default)$", re.I)


def whole_file(path: str) -> bool:
    return bool(_WHOLE_FILE.search(path)) and not _TEMPLATE.search(path)


@dataclass(slots=True)
class Built:
    plan: Plan
    items: list[tuple[bytes, str]]  # (literal, rule id) for expressions.txt; never written elsewhere
    warnings: list[str] = field(default_factory=list)
    blobs: list[str] = field(default_factory=list)


def read_findings_file(path: str) -> set[str]:
    """Fingerprints from a `leakscan … --format json` report."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise IncidentError(f"{path}: cannot read findings file ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise IncidentError(f"{path}: findings file is not JSON ({exc}); create it with "
                            "`leakscan history --format json -o FILE`") from None
    items = doc.get("findings") if isinstance(doc, dict) and doc.get("tool") == "leakscan" else None
    fps = {f.get("fingerprint") for f in items if isinstance(f, dict)} if isinstance(items, list) else set()
    if not isinstance(items, list) or not all(isinstance(fp, str) and fp for fp in fps):
        raise IncidentError(f"{path}: not a leakscan JSON report (no findings list with "
                            "fingerprints); create it with `leakscan history --format json -o FILE`")
    return {fp for fp in fps if isinstance(fp, str)}


def key_label(cfg: Config) -> str:
    if not cfg.fingerprint_key:
        return "default"
    return "custom:" + hashlib.sha256(cfg.fingerprint_key).hexdigest()[:12]


def identity(repo: gitcmd.Repo) -> RepoIdentity:
    mirror = gitcmd.config(repo.git_dir, "remote.origin.mirror") == "true"
    return RepoIdentity(str(repo.path), str(repo.git_dir), repo.bare, mirror,
                        tuple(gitcmd.roots(repo.git_dir)), gitcmd.refs(repo.git_dir),
                        gitcmd.config(repo.git_dir, "remote.origin.url") or "")


def _introduced(value: object) -> Introduced | None:
    if not isinstance(value, dict) or not value.get("commit"):
        return None
    return Introduced(str(value["commit"]), str(value.get("date", "")), str(value.get("author", "")),
                      str(value.get("email", "")), str(value.get("summary", "")),
                      str(value.get("path", "")), int(value.get("line", 0) or 0))


def _commit_of(value: object) -> str:
    if isinstance(value, dict):
        return str(value.get("commit", ""))
    return str(value) if isinstance(value, str) else ""


def _opt_bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def select(all_fps: Iterable[str], file_fps: set[str] | None, only: tuple[str, ...],
           warnings: list[str]) -> set[str] | None:
    """None means everything; otherwise the fingerprints to plan."""
    fps = sorted(set(all_fps))
    chosen: set[str] | None = None
    if file_fps is not None:
        missing = file_fps - set(fps)
        if missing:
            warnings.append(f"{len(missing)} fingerprint(s) of the findings file are not in this "
                            "repository's history (untracked files, another config?): "
                            + ", ".join(sorted(m[:12] for m in missing)))
        chosen = file_fps & set(fps)
    if only:
        picked = set()
        for prefix in only:
            hits = [fp for fp in fps if fp.startswith(prefix.lower())]
            if len(prefix) < 6 or len(hits) != 1:
                why = "is ambiguous" if len(hits) > 1 else "matches no secret in the history"
                raise IncidentError(f"--only {prefix}: {why}; give a fingerprint from "
                                    "`leakscan history --format json`")
            picked.add(hits[0])
        chosen = picked if chosen is None else chosen & picked
    if chosen is not None and not chosen:
        raise IncidentError("nothing selected: none of the given fingerprints is in this "
                            "repository's history")
    return chosen


@dataclass(slots=True)
class _Entry:
    finding: Finding | None
    secret: bytes
    rule_id: str
    companion: bytes = b""


def _entries(findings: list[Finding], swept: sweep.SweepResult, rules: dict[str, Rule],
             ) -> tuple[list[_Entry], dict[int, list[sweep.Sighting]]]:
    """Secrets of the text history scan, then those only the sweep saw; sweep sightings of a
    known secret (or of its paired id) are attached to it."""
    entries: list[_Entry] = []
    by_literal: dict[bytes, int] = {}
    for f in findings:
        pair = rules[f.rule_id].pair if f.companion else None
        by_literal.setdefault(f.secret, len(entries))
        if pair:
            by_literal.setdefault(f.companion, len(entries))
        entries.append(_Entry(f, f.secret, f.rule_id, f.companion if pair else b""))
    attached: dict[int, list[sweep.Sighting]] = {}
    for s in swept.sightings.values():
        idx = by_literal.get(s.secret)
        if idx is None and s.companion:
            idx = by_literal.get(s.companion)
        if idx is None:
            idx = by_literal[s.secret] = len(entries)
            entries.append(_Entry(None, s.secret, s.rule_id, s.companion if s.companion_rule else b""))
        attached.setdefault(idx, []).append(s)
    return entries, attached


def _planned(e: _Entry, seen: list[sweep.Sighting], rules: dict[str, Rule], key: bytes, fp: str,
             prov: Provenance, swept: sweep.SweepResult, literals: list[bytes]) -> PlannedSecret:
    rule = rules[e.rule_id]
    hit = e.finding
    bin_blobs = sorted({b for s in seen for b in s.binary_blobs})
    in_messages = {loc.commit for loc in hit.locations if is_message(loc.path)} if hit else set()
    messages = sorted({m for s in seen for m in s.messages} | in_messages)
    x = dict(hit.extra) if hit else {}
    text_blobs = sorted({loc.blob for loc in hit.locations if loc.blob}) if hit else []
    paths = {loc.path for loc in hit.locations if not is_message(loc.path)} if hit else set()
    paths |= prov.paths(bin_blobs, swept.blob_paths)
    intro = _introduced(x.get("introduced")) or prov.introduced([*text_blobs, *bin_blobs], messages)
    raw_refs = x.get("refs")
    refs = tuple(str(r) for r in raw_refs) if isinstance(raw_refs, (list, tuple)) else ()
    if not refs:
        refs = prov.refs(prov.intro_commits([*text_blobs, *bin_blobs]) | set(messages))
    in_head = _opt_bool(x.get("in_head"))
    if in_head is None and (text_blobs or bin_blobs):
        in_head = prov.in_head([*text_blobs, *bin_blobs])
    pair_rule = (rule.pair or "") if e.companion else ""
    return PlannedSecret(
        fingerprint=fp, match_hash=fingerprint(ANY_RULE, e.secret, key), rule_id=e.rule_id,
        rule_name=rule.name, provider=rule.provider, severity=rule.severity,
        rotation=rule.rotation or "generic", redacted=redact(e.secret), length=len(e.secret),
        companion_rule=pair_rule,
        companion_fingerprint=fingerprint(pair_rule, e.companion, key) if pair_rule else "",
        companion_hash=fingerprint(ANY_RULE, e.companion, key) if pair_rule else "",
        introduced=scrub_intro(intro, literals), removed=_commit_of(x.get("removed")),
        in_head=in_head, in_worktree=_opt_bool(x.get("in_worktree")), refs=refs,
        paths=tuple(sorted(scrub(p, literals) for p in paths)), blobs=tuple(text_blobs),
        locations=len(hit.locations) if hit else len(bin_blobs) + len(messages),
        binary_blobs=tuple(bin_blobs), messages=tuple(messages),
        remove_paths=tuple(sorted({p for p in paths if whole_file(p)}
                                  | prov.paths(bin_blobs, swept.blob_paths))),
        multiline=b"\n" in e.secret or b"\r" in e.secret,
        references=tuple(rule.references),
    )


def build(cfg: Config, repo: gitcmd.Repo, findings: list[Finding], file_fps: set[str] | None = None,
          only: tuple[str, ...] = (), engine: Any = None) -> Built:
    from ..pipeline import make_engine

    key = cfg.fingerprint_key or DEFAULT_KEY
    rules: dict[str, Rule] = {r.id: r for r in cfg.rules}
    warnings: list[str] = []
    eng = engine or make_engine(cfg)
    known: dict[bytes, str] = {}
    for f in findings:
        known.setdefault(f.secret, f.rule_id)
        if f.companion and rules[f.rule_id].pair:
            known.setdefault(f.companion, rules[f.rule_id].pair or "")
    swept = sweep.sweep(repo.git_dir, eng, known, cfg.max_file_size)
    entries, sightings = _entries(findings, swept, rules)
    fp_of = [fingerprint(e.rule_id, e.secret, key) for e in entries]
    chosen = select(fp_of, file_fps, only, warnings)
    picked = [i for i in range(len(entries)) if chosen is None or fp_of[i] in chosen]
    literals = [lit for i in picked for lit in (entries[i].secret, entries[i].companion) if lit]
    need = set()
    for i in picked:
        need |= {b for s in sightings.get(i, []) for b in s.binary_blobs}
        hit = entries[i].finding
        if hit is not None and not isinstance(dict(hit.extra).get("introduced"), dict):
            need |= {loc.blob for loc in hit.locations if loc.blob}
    prov = Provenance(repo.git_dir, need)
    secrets: list[PlannedSecret] = []
    items: list[tuple[bytes, str]] = []
    blobs: set[str] = set()
    for i in picked:
        e = entries[i]
        planned = _planned(e, sightings.get(i, []), rules, key, fp_of[i], prov, swept, literals)
        secrets.append(planned)
        items.append((e.secret, e.rule_id))
        if planned.companion_rule:
            items.append((e.companion, planned.companion_rule))
        blobs |= set(planned.blobs) | set(planned.binary_blobs)
    if not secrets:
        raise NothingToPlan(f"no secrets in the history of {repo.path}; nothing to plan")
    if swept.skipped_large:
        warnings.append(f"{swept.skipped_large} binary blob(s) larger than max_file_size were "
                        "not searched")
    ident = identity(repo)
    if not repo.bare and not ident.mirror:
        warnings.append("the repository is a working clone, not a mirror: refs the server has "
                        "but this clone does not (other branches, refs/pull/*) are not rewritten. "
                        "For a complete rewrite, plan from `git clone --mirror URL`.")
    if "refs/stash" in ident.refs:
        warnings.append("the repository has a stash (refs/stash): apply or drop it before the "
                        "rewrite, which refuses to run while it exists")
    severity = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
    secrets.sort(key=lambda s: (severity.get(s.severity, 5), s.rule_id, s.fingerprint))
    plan = Plan(
        created=state.now(), version=__version__, repo=ident, secrets=tuple(secrets),
        remove_paths=tuple(sorted({p for s in secrets for p in s.remove_paths})),
        fingerprint_key=key_label(cfg), rules_digest=digest(cfg.rules),
        config_file=cfg.config_file or "", skipped_binary_large=swept.skipped_large,
    )
    return Built(plan, items, warnings, sorted(blobs))


def check_out_dir(out: Path, repo: gitcmd.Repo) -> None:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise PlanDirError(f"{out}: already exists and is not empty; choose a new --out directory")
    for inner in {repo.path, repo.git_dir}:
        if gitcmd.inside(out, inner):
            raise PlanDirError(f"{out}: is inside the repository; the plan holds the secrets and "
                               "must live outside it (e.g. ../incident-plan)")


def write(out: Path, built: Built, commands: list[str]) -> None:
    """Create the plan directory (0700). On any failure, remove what was written."""
    created = not out.exists()
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        out.chmod(0o700)
        filterfiles.write_private(out / filterfiles.EXPRESSIONS,
                                  filterfiles.expression_lines(built.items))
        paths = filterfiles.path_lines(built.plan.remove_paths)
        (out / filterfiles.PATHS).write_bytes(b"".join(p + b"\n" for p in paths))
        (out / "blobs.txt").write_text("".join(b + "\n" for b in built.blobs))
        (out / model.PLAN_FILE).write_text(model.to_json(built.plan), encoding="utf-8")
        state.save(out, state.initial(built.plan))
        (out / "commands.sh").write_text(
            "# The commands `leakscan incident rewrite DIR --execute` runs (review copy).\n"
            "# Run them through leakscan: it checks rotation first and verifies the result.\n"
            + "\n".join(commands) + "\n")
        literals = [lit for lit, _ in built.items]
        (out / "PLAN.md").write_text(scrub(render.plan_md(built.plan, str(out), commands,
                                                          built.warnings), literals), encoding="utf-8")
        _assert_no_literal(out, literals)
    except BaseException:
        filterfiles.shred(out / filterfiles.EXPRESSIONS)
        if created:
            shutil.rmtree(out, ignore_errors=True)
        else:  # it was an empty directory: leave it empty again
            for child in out.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        raise


def _assert_no_literal(out: Path, literals: list[bytes]) -> None:
    """The rail behind the rule: no file but expressions.txt may hold a secret literal."""
    for path in out.iterdir():
        if path.name == filterfiles.EXPRESSIONS or not path.is_file():
            continue
        data = path.read_bytes()
        if any(lit in data for lit in literals):
            raise RuntimeError(f"refusing to leave a secret literal in {path.name}; this is a bug")


def history_findings(cfg: Config, repo: gitcmd.Repo) -> list[Finding]:
    """Every finding over all refs, with provenance (leakscan.gitscan)."""
    try:
        from .. import gitscan  # type: ignore[attr-defined, unused-ignore]
    except ImportError:
        raise IncidentError("history scanning (leakscan.gitscan) is not available in this "
                            "build; update leakscan") from None
    result = gitscan.scan_history(cfg, repo.path)
    return list(result.findings)
