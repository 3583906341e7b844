"""A hermetic incident: secrets in a file, a .env, a binary file and a commit message, on two
branches, a tag and forge-style pull-request refs. Shared by tests/test_incident_*.py.

`history_findings` stands in for leakscan.gitscan.scan_history while that lands: the text
blobs of every ref through the real engine, one Finding per (rule, secret).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import fakes
from gitrepo import GitRepo

from leakscan import config as config_mod
from leakscan.engine import Engine, is_binary
from leakscan.findings import aggregate
from leakscan.incident import gitcmd
from leakscan.models import Finding, Location, Match


@dataclass
class Scenario:
    repo: GitRepo
    file_token: str  # app/settings.py (and a PR-only commit)
    aws_id: str  # .env
    aws_secret: str  # .env
    binary_token: str  # data/cache.bin, NUL bytes around it
    message_token: str  # a commit message on the feature branch
    first_commit: str

    @property
    def secrets(self) -> dict[str, str]:
        return {"file": self.file_token, "aws_id": self.aws_id, "aws_secret": self.aws_secret,
                "binary": self.binary_token, "message": self.message_token}


def build(root: Path, name: str = "demo") -> Scenario:
    repo = GitRepo(root)
    tok, bin_tok, msg_tok = fakes.ghp(101), fakes.ghp(202), fakes.ghp(303)
    kid, sk = fakes.aws_pair(404)
    first = repo.commit("initial", {"README.md": f"# {name} service\n"})
    repo.commit("settings", {"app/settings.py": f'GITHUB_TOKEN = "{tok}"\nDEBUG = False\n'})
    repo.commit("add env", {".env": f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sk}\n"})
    repo.git("tag", "-a", "v1.0", "-m", "release 1.0")
    repo.git("checkout", "-q", "-b", "feature/cache")
    blob = b"\x00\x01CACHEv2\x00\x00" + bin_tok.encode() + b"\x00" + bytes(range(256))
    repo.commit("cache snapshot", {"data/cache.bin": blob})
    feature = repo.commit(f"wire deploy (uses token {msg_tok})", {"README.md": "# demo\n\ndeploys\n"})
    repo.git("update-ref", "refs/pull/1/head", feature)
    repo.git("checkout", "-q", "-b", "pr-2")
    pr2 = repo.commit("pr only", {"app/pr.py": f'TOKEN = "{tok}"\n'})
    repo.git("update-ref", "refs/pull/2/head", pr2)
    repo.git("checkout", "-q", "main")
    repo.git("branch", "-q", "-D", "pr-2")
    repo.commit("remove secrets", {"app/settings.py": 'import os\nGITHUB_TOKEN = os.environ["GH"]\n'},
                remove=(".env",))
    repo.git("gc", "-q")  # a realistic, packed repository
    return Scenario(repo, tok, kid, sk, bin_tok, msg_tok, first)


def history_findings(cfg: config_mod.Config, repo: gitcmd.Repo) -> list[Finding]:
    engine = Engine(list(cfg.rules))
    out = gitcmd.run(["rev-list", "--objects", "--all"], repo.git_dir).decode()
    pairs: list[tuple[Location, Match]] = []
    batch = "".join(line.split(" ")[0] + "\n" for line in out.splitlines())
    names = {ln.split(" ", 1)[0]: ln.split(" ", 1)[1] for ln in out.splitlines() if " " in ln}
    raw = subprocess.run(["git", "cat-file", "--batch"], cwd=repo.git_dir, input=batch.encode(),
                         capture_output=True, env=gitcmd.env(), check=True).stdout
    pos = 0
    while pos < len(raw):
        end = raw.index(b"\n", pos)
        oid, kind, size = raw[pos:end].decode().split()
        data = raw[end + 1:end + 1 + int(size)]
        pos = end + 2 + int(size)
        if kind != "blob" or is_binary(data):
            continue
        for m in engine.scan(data, names.get(oid, "").encode()):
            pairs.append((Location(names.get(oid, ""), m.line, m.column, blob=oid), m))
    return aggregate(pairs, {r.id: r for r in cfg.rules}, cfg.fingerprint_key)


def snapshot(path: Path) -> dict[str, str]:
    """Every file under path (the work tree and .git): relative name -> sha256 and mode."""
    out = {}
    for dirpath, _, files in os.walk(path):
        for name in files:
            full = Path(dirpath) / name
            st = full.lstat()
            digest = hashlib.sha256(full.read_bytes()).hexdigest() if full.is_file() else "link"
            out[str(full.relative_to(path))] = f"{digest} {oct(st.st_mode)} {st.st_mtime_ns}"
    return out


def all_objects(git_dir: Path) -> bytes:
    return subprocess.run(["git", "cat-file", "--batch-all-objects", "--batch"], cwd=git_dir,
                          capture_output=True, env=gitcmd.env(), check=True).stdout


def run(*args: str) -> tuple[int, str, str]:
    """The real CLI entry point, in process (fast; lets tests patch the history source)."""
    import contextlib
    import io

    from leakscan.cli import main

    out, err = io.StringIO(), io.StringIO()
    code: object = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code
    return int(code or 0), out.getvalue(), err.getvalue()


def patch_history(mp: object, real: bool = False) -> None:
    """The stand-in above keeps most tests independent of the history scanner; `real=True`
    (the end-to-end tests) uses leakscan.gitscan whenever it is installed."""
    import importlib.util

    if not real or importlib.util.find_spec("leakscan.gitscan") is None:
        from leakscan.incident import plan as plan_mod

        mp.setattr(plan_mod, "history_findings", history_findings)  # type: ignore[attr-defined]
