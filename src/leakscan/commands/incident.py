"""`leakscan incident plan|status|rotate|rewrite|verify`: rotate first, rewrite safely, prove it.

Thin: each command parses, loads the plan directory, calls one function of
leakscan.incident and maps the result to an exit code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..errors import ExitCode


def _say(msg: str) -> None:
    click.echo(f"leakscan: {msg}", err=True)


def _load(plan_dir: str) -> tuple[Path, Any, Any]:
    from ..incident import model, state

    root = Path(plan_dir)
    plan = model.load(root)
    return root, plan, state.load(root, plan)


def _config(plan: Any, config_file: str | None) -> Any:
    """The config the plan was made with: same rules and fingerprint key, or an error."""
    from .. import config as config_mod
    from ..incident.errors import PlanDirError
    from ..incident.plan import key_label
    from ..rules import digest

    root = Path(plan.repo.path)
    cfg = config_mod.build(root if root.is_dir() else None, config_file or plan.config_file or None,
                           progress=False)
    if key_label(cfg) != plan.fingerprint_key:
        raise PlanDirError("the fingerprint key differs from the one the plan was made with; "
                           "pass --config with the config file used for the plan")
    if digest(cfg.rules) != plan.rules_digest:
        _say("warning: the rules changed since the plan was made; verification uses today's rules")
    return cfg


@click.group()
def incident() -> None:
    """Incident response: rotate first, then rewrite history on a mirror and verify.

    \b
      leakscan incident plan [REPO] --out DIR     write a reviewable plan (nothing changes)
      leakscan incident status DIR                what is done, what is next
      leakscan incident rotate DIR FP --done      record a rotation (or --waive --note WHY)
      leakscan incident rewrite DIR [--execute]   dry run by default; --execute on a mirror
      leakscan incident verify DIR [--clone PATH] prove no object holds a planned secret
    """


@incident.command()
@click.argument("repo", default=".", type=click.Path(file_okay=False))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="New directory for the plan, outside the repository.")
@click.option("--findings", "findings_file", type=click.Path(dir_okay=False),
              help="Plan only the secrets of this `leakscan history --format json` report.")
@click.option("--only", multiple=True, metavar="FINGERPRINT",
              help="Plan only this secret (fingerprint or a unique prefix); repeatable.")
@click.option("--config", "config_file", type=click.Path(), default=None,
              help="Config file (default: .leakscan.toml or pyproject.toml in REPO).")
@click.option("--jobs", "-j", type=click.IntRange(0, 256), default=None, help="Worker processes.")
def plan(repo: str, out: str, findings_file: str | None, only: tuple[str, ...],
         config_file: str | None, jobs: int | None) -> int:
    """Scan REPO's whole history and write a plan directory: PLAN.md (what leaked, since when,
    rotation checklists), the git-filter-repo files and state.json. Nothing is changed."""
    from .. import config as config_mod
    from ..incident import gitcmd
    from ..incident import plan as plan_mod
    from ..incident.errors import NothingToPlan
    from ..incident.rewrite import planned_commands

    target = gitcmd.open_repo(repo)
    out_dir = Path(out).absolute()
    plan_mod.check_out_dir(out_dir, target)
    file_fps = plan_mod.read_findings_file(findings_file) if findings_file else None
    cfg = config_mod.build(target.path, config_file, jobs=jobs, progress=False)
    _say(f"scanning the history of {target.path} …")
    findings = plan_mod.history_findings(cfg, target)
    try:
        built = plan_mod.build(cfg, target, findings, file_fps, only)
    except NothingToPlan as exc:
        click.echo(str(exc))
        return int(ExitCode.CLEAN)
    plan_mod.write(out_dir, built, planned_commands(out_dir, built.plan))
    p = built.plan
    click.echo(f"plan written to {out_dir}: {len(p.secrets)} secret(s), "
               f"{len(p.remove_paths)} path(s) to remove whole")
    for s in p.secrets:
        click.echo(f"  {s.fingerprint[:12]}  {s.severity:8} {s.rule_id:28} {s.redacted}"
                   f"  (introduced {s.introduced.date if s.introduced else '?'})")
    for w in built.warnings:
        _say(f"warning: {w}")
    click.echo(f"next: read {out_dir}/PLAN.md, rotate every secret, then "
               f"`leakscan incident status {out_dir}`")
    return int(ExitCode.CLEAN)


@incident.command()
@click.argument("plan_dir", type=click.Path(file_okay=False))
def status(plan_dir: str) -> int:
    """Which steps are done and what comes next."""
    from ..incident import render

    root, plan, st = _load(plan_dir)
    for line in render.status_lines(plan, st, str(root)):
        click.echo(line)
    return int(ExitCode.CLEAN)


@incident.command()
@click.argument("plan_dir", type=click.Path(file_okay=False))
@click.argument("fingerprint")
@click.option("--done", "action", flag_value="rotated", help="The secret was revoked/rotated.")
@click.option("--waive", "action", flag_value="waived",
              help="No rotation needed (a test credential...); --note must say why.")
@click.option("--undo", "action", flag_value="pending", help="Mark it pending again.")
@click.option("--note", default="", help="What was done, or why it is waived.")
def rotate(plan_dir: str, fingerprint: str, action: str | None, note: str) -> int:
    """Record that the secret FINGERPRINT (a unique prefix is enough) was rotated or waived."""
    from ..incident import filterfiles, state
    from ..incident.errors import IncidentError

    root, plan, st = _load(plan_dir)
    if action is None:
        raise IncidentError("say what happened: --done, --waive --note REASON, or --undo")
    if action == "waived" and not note.strip():
        raise IncidentError("--waive needs --note with the reason no rotation is needed")
    secret = plan.find(fingerprint)
    expressions = root / filterfiles.EXPRESSIONS
    if note and expressions.is_file() and any(
            lit in note.encode() for lit in filterfiles.read_literals(expressions)):
        raise IncidentError("the note contains the secret itself; describe what you did instead")
    st.secrets[secret.fingerprint] = state.SecretState(
        action, note.strip(), state.now() if action != "pending" else "")  # type: ignore[arg-type]
    state.save(root, st)
    left = len(st.pending(plan))
    click.echo(f"{secret.fingerprint[:12]} {secret.rule_id}: {action}"
               + (f"; {left} secret(s) still to rotate" if left else
                  f"; all secrets handled: next `leakscan incident rewrite {root}`"))
    return int(ExitCode.CLEAN)


@incident.command()
@click.argument("plan_dir", type=click.Path(file_okay=False))
@click.option("--execute", is_flag=True, help="Run it (on a fresh mirror clone in PLAN_DIR).")
@click.option("--config", "config_file", type=click.Path(), default=None,
              help="Config file used for the plan (default: the one recorded in it).")
def rewrite(plan_dir: str, execute: bool, config_file: str | None) -> int:
    """Dry run: print the commands and every check. --execute: back up, mirror-clone,
    git filter-repo --sensitive-data-removal, purge, rescan every object. Never pushes."""
    from ..incident import rewrite as rw
    from ..incident.errors import RewriteRefused
    from ..pipeline import make_engine

    root, plan, st = _load(plan_dir)
    if not execute:
        click.echo("Dry run. `--execute` would run:")
        for cmd in rw.planned_commands(root, plan):
            click.echo(f"  {cmd}")
        blockers = rw.preflight(root, plan, st)
        click.echo("Checks:")
        for b in blockers:
            click.echo(f"  [ ] {b}")
        if not blockers:
            click.echo("  [x] all secrets rotated or waived; repository unchanged since the plan; "
                       "clean; git-filter-repo found")
            click.echo(f"Ready: `leakscan incident rewrite {root} --execute`")
        return int(ExitCode.CLEAN)
    blockers = rw.preflight(root, plan, st)
    if blockers:  # refuse before anything else is loaded or said
        raise RewriteRefused(rw.refusal(blockers))
    cfg = _config(plan, config_file)
    outcome = rw.execute(root, plan, st, cfg, make_engine(cfg), _say)
    for line in outcome.filter_output:
        click.echo(f"  | {line}", err=True)
    from ..incident import verify

    for line in verify.lines(outcome.report, plan, str(root)):
        click.echo(line)
    if not outcome.report.clean:
        click.echo(f"The rewrite did not remove everything; nothing was pushed. Adjust the plan "
                   f"(a new `leakscan incident plan`), the mirror is in {root}/mirror.git.")
        return int(ExitCode.FINDINGS)
    click.echo("")
    click.echo(outcome.next_steps)
    return int(ExitCode.CLEAN)


@incident.command("verify")
@click.argument("plan_dir", type=click.Path(file_okay=False))
@click.option("--clone", type=click.Path(file_okay=False), default=None,
              help="A clone to check instead of the rewritten mirror (yours, a colleague's, the server).")
@click.option("--config", "config_file", type=click.Path(), default=None,
              help="Config file used for the plan (default: the one recorded in it).")
def verify_cmd(plan_dir: str, clone: str | None, config_file: str | None) -> int:
    """Prove no object (reachable or not) of the mirror or CLONE holds a planned secret;
    warn about reflogs, stashes and unreachable objects that still do."""
    from ..incident import state, verify
    from ..pipeline import make_engine

    root, plan, st = _load(plan_dir)
    cfg = _config(plan, config_file)
    report = verify.run(root, plan, st, cfg, make_engine(cfg), Path(clone) if clone else None)
    for line in verify.lines(report, plan, str(root)):
        click.echo(line)
    st.verifications.append({"at": state.now(), "target": report.target, "clean": report.clean,
                             "summary": f"{report.objects} objects, {len(report.hits)} hit(s)"})
    state.save(root, st)
    return int(ExitCode.CLEAN if report.clean else ExitCode.FINDINGS)
