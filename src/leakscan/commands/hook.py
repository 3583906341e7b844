"""`leakscan hook install|uninstall` and `leakscan doctor` (a canary proves the hook blocks)."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

import click

from ..errors import ExitCode, SourceError

MARKER = "leakscan-hook"
def saved_as(hook: Path) -> Path:
    """Where `install --force` keeps the hook it replaces (the script runs it after the scan)."""
    return hook.with_name(hook.name + ".leakscan-saved")


SAVED = "pre-commit.leakscan-saved"
WAY_OUT = (
    "leakscan: the staged changes add the secret(s) above (file:line, rule): commit blocked.\n"
    "  Rotate each secret at its provider first (treat it as leaked), then remove it and\n"
    "  `git add` the file again. For a test value or an accepted risk, put\n"
    "  `leakscan:allow <reason>` on its line, or record it with\n"
    "  `leakscan baseline update --reason \"<why>\"`."
)


def template() -> str:
    """hooks/pre-commit ships as package data; in a source checkout it sits at the top."""
    shipped = Path(str(resources.files("leakscan"))) / "hooks" / "pre-commit"
    path = shipped if shipped.is_file() else Path(__file__).resolve().parents[3] / "hooks" / "pre-commit"
    return path.read_text(encoding="utf-8")


HOOKS = ("pre-commit", "commit-msg")  # one script; LEAKSCAN_HOOK says which job it does


def render(python: str | None = None, name: str = "pre-commit") -> str:
    """The hook script bound to this interpreter, so it works without leakscan on PATH."""
    text = template()
    line, kind = 'LEAKSCAN_PYTHON=""', 'LEAKSCAN_HOOK="pre-commit"'
    assert line in text and kind in text, "hooks/pre-commit lost its LEAKSCAN_PYTHON/HOOK line"
    text = text.replace(kind, f'LEAKSCAN_HOOK="{name}"', 1)
    return text.replace(line, f"LEAKSCAN_PYTHON={shlex.quote(python or sys.executable)}", 1)


# Variables that point git at another repository or index; the user's config ones stay.
_REPO_VARS = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_PREFIX",
              "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE")


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in _REPO_VARS}


def _git(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True,
                              check=False)
    except OSError as exc:
        raise SourceError(f"cannot run git ({exc.strerror}); install git") from None


def hooks_dir(repo: Path) -> Path:
    """Where git looks for hooks in this repository (core.hooksPath respected)."""
    if not repo.is_dir():
        raise SourceError(f"{repo}: no such directory; pass a git repository")
    top = _git(repo, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise SourceError(f"{repo}: not inside a git working tree; run `git init` or pass a repository")
    res = _git(repo, "rev-parse", "--git-path", "hooks")
    path = Path(res.stdout.strip())
    if str(path) == "/dev/null" or str(path).startswith("/dev/null/"):
        raise SourceError("core.hooksPath is /dev/null, so git runs no hooks here; unset it "
                          "(git config --unset core.hooksPath) or point it at a folder")
    return path if path.is_absolute() else (repo / path).resolve()


def is_ours(path: Path) -> bool:
    try:
        return MARKER in path.read_text(encoding="utf-8", errors="replace")[:400]
    except OSError:
        return False


def _write_hook(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".leakscan-tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.chmod(0o755)
    os.replace(tmp, path)


def _say(msg: str) -> None:
    click.echo(f"leakscan: {msg}", err=True)


@click.group()
def hook() -> None:
    """Install or remove the git pre-commit hook (`leakscan staged` before every commit) and,
    with `install --commit-msg`, the commit-msg hook (`leakscan message` on its message).

    With the pre-commit framework instead, add to .pre-commit-config.yaml:
    `- repo: <leakscan's repository>` / `rev: <tag>` / `hooks: [{id: leakscan}]`.
    """


@hook.command()
@click.argument("repo", default=".", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True,
              help=f"Replace a hook that is not leakscan's: it is kept as {SAVED} (or "
                   "commit-msg.leakscan-saved) and run after the scan (chained).")
@click.option("--commit-msg", "commit_msg", is_flag=True,
              help="Also install the commit-msg hook: block a commit whose message holds a secret.")
def install(repo: str, force: bool, commit_msg: bool) -> int:
    """Write the pre-commit hook (and with --commit-msg the commit-msg hook) into REPO."""
    hooks = hooks_dir(Path(repo))
    names = HOOKS if commit_msg else HOOKS[:1]
    for name in names:  # check every target first: install all or nothing
        target = hooks / name
        if (target.exists() or target.is_symlink()) and not is_ours(target):
            if not force:
                raise SourceError(_foreign_message(target))
            if saved_as(target).exists():
                raise SourceError(f"{saved_as(target)} already exists: leakscan "
                                  f"keeps one chained hook; merge {target} into it by hand, then "
                                  "run install --force again")
    for name in names:
        target = hooks / name
        saved = saved_as(target)
        verb = "installed"
        if target.exists() or target.is_symlink():
            if is_ours(target):
                verb = "updated"
            else:
                os.replace(target, saved)
                _say(f"kept the existing hook as {saved}; it runs after the scan")
        _write_hook(target, render(name=name))
        job = "staged" if name == "pre-commit" else "message"
        _say(f"{verb} {target} (runs {sys.executable} -m leakscan {job})")
    _warm_cache(Path(repo))
    _say("check it blocks a secret: leakscan doctor")
    return int(ExitCode.CLEAN)


def _warm_cache(repo: Path) -> None:
    """Compile the rule database now, so the first commit does not pay for it."""
    from .. import config as config_mod
    from ..engine import Engine
    from .common import announce_compile

    cfg = config_mod.build(repo)
    announce_compile(cfg)
    Engine(list(cfg.rules))


def _foreign_message(target: Path) -> str:
    text = target.read_text(encoding="utf-8", errors="replace") if target.is_file() else ""
    if "pre-commit.com" in text or "File generated by pre-commit" in text:
        return (f"{target} is managed by the pre-commit framework: add leakscan to "
                ".pre-commit-config.yaml (hook id `leakscan`) instead, or pass --force to chain it")
    call = "leakscan staged" if target.name == "pre-commit" else 'leakscan message "$1"'
    return (f"{target} exists and is not leakscan's; pass --force to keep it as "
            f"{saved_as(target).name} and run it after the scan, or add `{call} || exit 1` to "
            "it yourself")


@hook.command()
@click.argument("repo", default=".", type=click.Path(file_okay=False))
def uninstall(repo: str) -> int:
    """Remove leakscan's pre-commit and commit-msg hooks from REPO (a hook it chained to is put
    back)."""
    hooks = hooks_dir(Path(repo))
    target = hooks / "pre-commit"
    if not (target.exists() or target.is_symlink()):
        _say(f"no pre-commit hook at {target}; nothing to do")
    elif not is_ours(target):
        raise SourceError(f"{target} is not leakscan's hook; left it untouched")
    for name in HOOKS:
        target = hooks / name
        saved = saved_as(target)
        if not is_ours(target):  # no commit-msg hook, or someone else's: not ours to remove
            continue
        target.unlink()
        if saved.exists():
            os.replace(saved, target)
            _say(f"removed leakscan's {name} hook; restored the previous hook from {saved.name}")
        else:
            _say(f"removed {target}")
    return int(ExitCode.CLEAN)


# -- doctor ------------------------------------------------------------------------------------


def canary_token() -> str:
    """A GitHub token shape with a valid checksum, random at each run: never a real token."""
    import secrets
    import string

    from ..checks import github_token

    alphabet = string.ascii_letters + string.digits
    while True:
        body = "".join(secrets.choice(alphabet) for _ in range(30))
        if not any(body[i] * 4 in body for i in range(len(body))):
            return github_token("ghp_", body.encode()).decode()


@click.command()
@click.argument("repo", default=".", type=click.Path(file_okay=False))
def doctor(repo: str) -> int:
    """Prove the pre-commit hook blocks a secret: plant a canary in a throwaway repository.

    The hook installed in REPO (or a fresh one when none is) and REPO's config are copied into a
    temporary repository; a commit adding a generated, checksum-valid GitHub token must be
    blocked and a clean commit must pass; when leakscan's commit-msg hook is installed, a commit
    whose message holds the canary must be blocked too. Exit 0 when all is well, 1 when something
    is wrong.
    """
    from ..fingerprint import redact

    problems: list[str] = []
    root = Path(repo)
    hook_text = render()
    msg_hook: str | None = None  # the commit-msg hook, tested too when leakscan's is installed
    where = "a fresh hook (none installed)"
    try:
        msg_target = hooks_dir(root) / "commit-msg"
        if msg_target.is_file() and is_ours(msg_target):
            msg_hook = msg_target.read_text(encoding="utf-8")
        target = hooks_dir(root) / "pre-commit"
        if target.is_file() and is_ours(target):
            hook_text, where = target.read_text(encoding="utf-8"), f"the hook installed at {target}"
            if not os.access(target, os.X_OK):
                problems.append(f"{target} is not executable: git will skip it (chmod +x it)")
        elif target.exists():
            problems.append(f"{target} is not leakscan's hook: leakscan runs only if it calls it")
        elif _uses_framework(root):
            where = "a fresh hook (.pre-commit-config.yaml lists leakscan: run `pre-commit install`)"
        else:
            problems.append("no pre-commit hook installed: run `leakscan hook install`")
    except SourceError as exc:
        problems.append(str(exc))
    _say(f"testing {where}")
    token = canary_token()
    with tempfile.TemporaryDirectory(prefix="leakscan-doctor-") as tmp:
        ok, detail = _canary(Path(tmp) / "repo", hook_text, root, token, msg_hook)
    shown = detail.replace(token, redact(token.encode()))  # belt and braces: never echo it
    if ok:
        _say(f"ok: {shown}")
    else:
        problems.append(shown)
    for p in problems:
        _say(f"problem: {p}")
    if not problems:
        _say("the pre-commit hook blocks secrets" + (" and so does the commit-msg hook" if msg_hook else ""))
    return int(ExitCode.FINDINGS if problems else ExitCode.CLEAN)


def _uses_framework(root: Path) -> bool:
    cfg = root / ".pre-commit-config.yaml"
    try:
        return "id: leakscan" in cfg.read_text(encoding="utf-8")
    except OSError:
        return False


def _canary(tmp: Path, hook_text: str, source: Path, token: str,
            msg_hook: str | None = None) -> tuple[bool, str]:
    tmp.mkdir(parents=True)
    env = clean_env()
    env.update({"GIT_AUTHOR_NAME": "leakscan doctor", "GIT_AUTHOR_EMAIL": "doctor@leakscan.invalid",
                "GIT_COMMITTER_NAME": "leakscan doctor",
                "GIT_COMMITTER_EMAIL": "doctor@leakscan.invalid"})
    steps = [("init", "-q"), ("config", "core.hooksPath", str(tmp / ".git" / "hooks")),
             ("config", "commit.gpgsign", "false")]
    for args in steps:
        res = _git(tmp, *args, env=env)
        if res.returncode != 0:
            return False, f"git {' '.join(args)} failed: {res.stderr.strip()}"
    _write_hook(tmp / ".git" / "hooks" / "pre-commit", hook_text)
    if msg_hook is not None:
        _write_hook(tmp / ".git" / "hooks" / "commit-msg", msg_hook)
    for name in (".leakscan.toml", "pyproject.toml"):  # the same rules and allowlists as REPO
        if (source / name).is_file():
            (tmp / name).write_bytes((source / name).read_bytes())
    (tmp / "README.md").write_text("leakscan doctor: a clean commit\n")
    _git(tmp, "add", "-A", env=env)
    clean = _git(tmp, "commit", "-q", "-m", "clean", env=env)
    if clean.returncode != 0:
        return False, f"the hook blocked a clean commit: {_tail(clean)}"
    canary = "leakscan_canary.py"
    (tmp / canary).write_text(f'GITHUB_TOKEN = "{token}"\n')
    _git(tmp, "add", canary, env=env)
    head = _git(tmp, "rev-parse", "HEAD", env=env).stdout
    started = time.perf_counter()
    res = _git(tmp, "commit", "-q", "-m", "canary", env=env)
    took = time.perf_counter() - started
    output = res.stdout + res.stderr
    if res.returncode == 0 or _git(tmp, "rev-parse", "HEAD", env=env).stdout != head:
        return False, ("the hook let a commit with a canary GitHub token through; check the "
                       "config's allowlists and disabled rules")
    if token in output:
        return False, "the hook blocked the canary but printed the secret"
    if canary not in output:
        return False, f"the hook blocked the canary without naming the file: {_tail(res)}"
    done = f"the hook blocked a commit adding a canary GitHub token in {took:.2f}s; a clean commit passed"
    if msg_hook is None:
        return True, done
    _git(tmp, "rm", "-q", "--cached", canary, env=env)
    (tmp / canary).unlink()
    (tmp / "NOTES.md").write_text("leakscan doctor: a clean file, a canary in the message\n")
    _git(tmp, "add", "NOTES.md", env=env)
    res = _git(tmp, "commit", "-q", "-m", f"deploy with {token}", env=env)
    output = res.stdout + res.stderr
    if res.returncode == 0 or _git(tmp, "rev-parse", "HEAD", env=env).stdout != head:
        return False, "the commit-msg hook let a message holding a canary GitHub token through"
    if token in output:
        return False, "the commit-msg hook blocked the canary but printed the secret"
    return True, done + "; the commit-msg hook blocked a message holding the canary"


def _tail(res: subprocess.CompletedProcess[str]) -> str:
    lines = (res.stdout + res.stderr).strip().splitlines()
    return " | ".join(lines[-3:]) or f"exit {res.returncode}"
