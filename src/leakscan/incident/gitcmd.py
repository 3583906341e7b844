"""Git plumbing for incident commands: bytes out, a clean environment, read-only on the user's repo.

Every command runs with inherited GIT_* variables dropped (a hook's GIT_DIR must not redirect
us) and GIT_OPTIONAL_LOCKS=0, so even `git status` does not refresh the user's index: the
user's repository stays byte-for-byte untouched.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..sources.gitcli import git_env
from .errors import IncidentError


def env() -> dict[str, str]:
    return git_env()  # one clean environment for every git call leakscan makes


def run(args: Sequence[str], cwd: Path, *, input: bytes | None = None, check: bool = True) -> bytes:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, env=env(), input=input,
                              capture_output=True, check=False)
    except FileNotFoundError:
        raise IncidentError("git is not installed or not on PATH; install git 2.36 or newer") from None
    if check and proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise IncidentError(f"git {args[0]} failed in {cwd}: {msg[-1] if msg else 'no message'}")
    return proc.stdout


def text(args: Sequence[str], cwd: Path) -> str:
    return run(args, cwd).decode("utf-8", "surrogateescape").strip()


@dataclass(frozen=True, slots=True)
class Repo:
    """Where a repository lives: `path` is the work tree, or the git dir when bare."""

    path: Path
    git_dir: Path
    bare: bool


def open_repo(path: Path | str) -> Repo:
    where = Path(path)
    if not where.is_dir():
        raise IncidentError(f"{path}: no such directory; give the path of a git repository")
    proc = subprocess.run(["git", "rev-parse", "--is-bare-repository", "--absolute-git-dir"],
                          cwd=where, env=env(), capture_output=True, check=False)
    if proc.returncode != 0:
        raise IncidentError(f"{path}: not a git repository; give the path of one (or a mirror clone)")
    bare_s, git_dir = proc.stdout.decode("utf-8", "surrogateescape").split("\n")[:2]
    bare = bare_s.strip() == "true"
    if bare:
        return Repo(Path(git_dir).resolve(), Path(git_dir).resolve(), True)
    top = text(["rev-parse", "--show-toplevel"], where)
    return Repo(Path(top).resolve(), Path(git_dir).resolve(), False)


def refs(repo: Path) -> dict[str, str]:
    """Every ref (name -> object id), including refs/pull/*, refs/stash and notes."""
    out = run(["for-each-ref", "--format=%(objectname) %(refname)"], repo)
    pairs = (line.split(b" ", 1) for line in out.splitlines() if line)
    return {name.decode("utf-8", "surrogateescape"): oid.decode() for oid, name in pairs}


def roots(repo: Path) -> list[str]:
    """Root commits of every ref: what identifies a repository across clones."""
    out = run(["rev-list", "--max-parents=0", "--all"], repo, check=False)
    return sorted({line.decode() for line in out.splitlines() if line})


def dirty(repo: Repo) -> list[str]:
    """Changed, staged or untracked (not ignored) paths of a work tree; [] when bare."""
    if repo.bare:
        return []
    out = run(["status", "--porcelain", "-z", "--untracked-files=normal"], repo.path)
    return [e[3:].decode("utf-8", "surrogateescape") for e in out.split(b"\0") if len(e) > 3]


def config(repo: Path, key: str) -> str | None:
    out = run(["config", "--get", key], repo, check=False).decode("utf-8", "replace").strip()
    return out or None


def object_count(repo: Path) -> int:
    """Loose + packed objects (git count-objects -v)."""
    stats = dict(line.split(": ", 1) for line in text(["count-objects", "-v"], repo).splitlines())
    return int(stats.get("count", 0)) + int(stats.get("in-pack", 0))


def exists(repo: Path, oid: str) -> bool:
    return subprocess.run(["git", "cat-file", "-e", oid], cwd=repo, env=env(),
                          capture_output=True, check=False).returncode == 0


def inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
        return True
    except ValueError:
        return False
