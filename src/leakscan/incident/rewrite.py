"""The executor: rotation checked, a fresh mirror clone, git-filter-repo --sdr, purge, rescan.

Safety rails (DESIGN.md decision 11, remediation.md §0 and §B):
- refuses unless every planned secret is marked rotated or waived with a reason;
- refuses when the repository changed since the plan, is dirty, has a stash, or is another
  repository; when git-filter-repo is missing or too old; when the plan was already executed;
- reads the user's repository only (bundle backup, `clone --mirror --no-local`), and runs
  git-filter-repo inside the mirror in the plan directory; never pushes: the mirror's remote
  is removed afterwards, so even a stray `git push` there has nowhere to go;
- expires reflogs and prunes (filter-repo leaves old objects until gc), then rescans every
  object and fails if anything planned is left; only then deletes expressions.txt.
"""

from __future__ import annotations

import os
import shlex
import stat
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..engine import Engine
from ..fingerprint import DEFAULT_KEY
from . import filterfiles, filterrepo, gitcmd, nextsteps, verify
from . import state as state_mod
from .errors import IncidentError, RewriteRefused
from .model import Plan
from .state import State

MIRROR = "mirror.git"
BUNDLE = "original.bundle"
LOG = "filter-repo.log"


@dataclass(frozen=True, slots=True)
class Layout:
    root: Path

    @property
    def mirror(self) -> Path:
        return self.root / MIRROR

    @property
    def bundle(self) -> Path:
        return self.root / BUNDLE

    @property
    def expressions(self) -> Path:
        return self.root / filterfiles.EXPRESSIONS

    @property
    def paths(self) -> Path:
        return self.root / filterfiles.PATHS

    def has_paths(self) -> bool:
        return self.paths.is_file() and self.paths.stat().st_size > 0


def filter_args(lay: Layout) -> list[str]:
    args = ["--sensitive-data-removal", "--replace-text", str(lay.expressions),
            "--replace-message", str(lay.expressions)]
    if lay.has_paths():
        args += ["--invert-paths", "--paths-from-file", str(lay.paths)]
    return args


def planned_commands(plan_dir: Path, plan: Plan) -> list[str]:
    lay = Layout(plan_dir.resolve())
    repo, mirror = plan.repo.path, str(lay.mirror)
    return [
        shlex.join(["git", "-C", repo, "bundle", "create", str(lay.bundle), "--all"]),
        shlex.join(["git", "clone", "--mirror", "--no-local", repo, mirror]),
        "cd " + shlex.quote(mirror) + " && " + shlex.join(["git", "filter-repo", *filter_args(lay)]),
        shlex.join(["git", "-C", mirror, "reflog", "expire", "--expire=now", "--all"]),
        shlex.join(["git", "-C", mirror, "gc", "--prune=now"]),
        shlex.join(["git", "-C", mirror, "config", "--remove-section", "remote.origin"]),
        "# then: rescan every object of the mirror (leakscan incident verify); on success "
        "expressions.txt is overwritten and deleted",
    ]


def preflight(plan_dir: Path, plan: Plan, st: State) -> list[str]:
    """Every reason `--execute` would refuse; [] when it may run."""
    lay = Layout(plan_dir)
    blockers: list[str] = []
    pending = st.pending(plan)
    if pending:
        blockers.append(f"{len(pending)} secret(s) not rotated: "
                        + ", ".join(p[:12] for p in pending)
                        + f"; rotate them, then `leakscan incident rotate {plan_dir} FP --done` "
                          "(or --waive --note REASON)")
    if lay.mirror.exists() or st.rewrite.executed_at:
        blockers.append(f"{lay.mirror} exists: this plan was already executed; make a new plan "
                        "for another run")
    if not lay.expressions.is_file():
        blockers.append(f"{lay.expressions} is missing; make a new plan")
    elif stat.S_IMODE(lay.expressions.stat().st_mode) & 0o077:
        blockers.append(f"{lay.expressions} is readable by others; chmod 600 it")
    try:
        repo = gitcmd.open_repo(plan.repo.path)
    except IncidentError as exc:  # a vanished repository is a blocker, not a crash
        return [*blockers, str(exc)]
    if str(repo.git_dir) != plan.repo.git_dir or set(gitcmd.roots(repo.git_dir)) != set(plan.repo.roots):
        blockers.append(f"{repo.path} is not the repository this plan was made for")
        return blockers
    now = gitcmd.refs(repo.git_dir)
    if now != plan.repo.refs:
        changed = sorted(set(now.items()) ^ set(plan.repo.refs.items()))
        blockers.append(f"the repository changed since the plan ({len(changed)} ref change(s), e.g. "
                        f"{changed[0][0]}); run `leakscan incident plan` again")
    if "refs/stash" in now:
        blockers.append("the repository has a stash (refs/stash), which filter-repo refuses; "
                        "apply or drop it (`git stash list`)")
    dirty = gitcmd.dirty(repo)
    if dirty:
        blockers.append(f"the working tree has {len(dirty)} uncommitted or untracked path(s) "
                        f"(e.g. {dirty[0]}); commit, stash or clean them first")
    try:
        filterrepo.command()
        filterrepo.check_git()
    except RewriteRefused as exc:
        blockers.append(str(exc))
    return blockers


def refusal(blockers: list[str]) -> str:
    return blockers[0] if len(blockers) == 1 else f"{len(blockers)} problems: " + "; ".join(blockers)


@dataclass(slots=True)
class Outcome:
    report: verify.Report
    filter_output: list[str]
    next_steps: str


def execute(plan_dir: Path, plan: Plan, st: State, cfg: Config, engine: Engine,
            say: Callable[[str], None]) -> Outcome:
    blockers = preflight(plan_dir, plan, st)
    if blockers:
        raise RewriteRefused(refusal(blockers))
    lay = Layout(plan_dir.resolve())
    argv = filterrepo.command()
    old_umask = os.umask(0o077)  # the bundle and the mirror hold secrets until verified: owner only
    try:
        say(f"backup: git bundle of every ref -> {lay.bundle}")
        gitcmd.run(["bundle", "create", str(lay.bundle), "--all"], Path(plan.repo.git_dir))
        say(f"mirror: git clone --mirror --no-local -> {lay.mirror}")
        gitcmd.run(["clone", "--quiet", "--mirror", "--no-local", plan.repo.git_dir, str(lay.mirror)],
                   lay.root)
        st.rewrite.executed_at, st.rewrite.mirror = state_mod.now(), str(lay.mirror)
        st.rewrite.bundle = str(lay.bundle)
        state_mod.save(lay.root, st)
        say("git filter-repo " + " ".join(filter_args(lay)))
        output = _filter_repo(argv + filter_args(lay), lay)
        say("purge: reflog expire --expire=now --all; gc --prune=now")
        gitcmd.run(["reflog", "expire", "--expire=now", "--all"], lay.mirror)
        gitcmd.run(["gc", "--quiet", "--prune=now"], lay.mirror)
        gitcmd.run(["config", "--remove-section", "remote.origin"], lay.mirror, check=False)
    finally:
        os.umask(old_umask)
    meta = lay.mirror / "filter-repo"
    st.rewrite.first_changed = [line.split() for line in _read_lines(meta / "first-changed-commits")]
    st.rewrite.changed_refs = _read_lines(meta / "changed-refs")
    st.rewrite.new_roots = gitcmd.roots(lay.mirror)
    state_mod.save(lay.root, st)
    say("rescan: every object of the rewritten mirror")
    literals = filterfiles.read_literals(lay.expressions)
    report = verify.scan_objects(lay.mirror, plan, engine, cfg.fingerprint_key or DEFAULT_KEY, literals)
    report.target = str(lay.mirror)
    st.rewrite.clean = report.clean
    if report.clean:
        st.rewrite.expressions_removed = filterfiles.shred(lay.expressions)
    st.verifications.append({"at": state_mod.now(), "target": str(lay.mirror), "clean": report.clean,
                             "summary": f"{report.objects} objects, {len(report.hits)} hit(s)"})
    state_mod.save(lay.root, st)
    steps = nextsteps.render(plan, st, lay.root, output)
    if report.clean:
        (lay.root / "NEXT-STEPS.md").write_text(steps, encoding="utf-8")
        (lay.root / "pre-receive").write_text(nextsteps.pre_receive(st), encoding="utf-8")
    return Outcome(report, output, steps)


def _filter_repo(argv: list[str], lay: Layout) -> list[str]:
    proc = subprocess.run(argv, cwd=lay.mirror, env=gitcmd.env(), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False)
    fd = os.open(lay.root / LOG, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(proc.stdout)
    lines = [seg.split("\r")[-1] for seg in proc.stdout.decode("utf-8", "replace").splitlines()]
    if proc.returncode != 0:
        last = next((ln for ln in reversed(lines) if ln.strip()), "no output")
        raise RewriteRefused(f"git-filter-repo failed ({last.strip()}); the mirror is left in "
                             f"{lay.mirror} and its output in {lay.root / LOG}; the repository "
                             "itself was not touched")
    cut = next((i for i, ln in enumerate(lines) if ln.startswith("NEXT STEPS")), len(lines))
    return [ln for ln in lines[:cut] if ln.strip()]


def _read_lines(path: Path) -> list[str]:
    try:
        return [ln for ln in path.read_text().splitlines() if ln.strip()]
    except OSError:
        return []
