"""Hermetic git repositories in tmp dirs: fixed author and dates, no signing, no user config."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def git_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({
        "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
        "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": str(home / ".gitconfig"),
        "GIT_AUTHOR_NAME": "Ada Tester", "GIT_AUTHOR_EMAIL": "ada@example.test",
        "GIT_COMMITTER_NAME": "Ada Tester", "GIT_COMMITTER_EMAIL": "ada@example.test",
        "GIT_AUTHOR_DATE": "2024-01-01T12:00:00+00:00",
        "GIT_COMMITTER_DATE": "2024-01-01T12:00:00+00:00",
    })
    return env


class GitRepo:
    """A small repository builder: write files, commit with increasing fixed dates."""

    def __init__(self, path: Path, bare: bool = False) -> None:
        self.path = path
        self.home = path.parent / f".home-{path.name}"
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / ".gitconfig").write_text(
            "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n"
            "[tag]\n\tgpgsign = false\n[core]\n\thooksPath = /dev/null\n")
        self.env = git_env(self.home)
        self.tick = 0
        path.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", *(["--bare"] if bare else []))

    def git(self, *args: str, input: bytes | None = None) -> str:
        out = subprocess.run(["git", *args], cwd=self.path, env=self.env, input=input,
                             capture_output=True, check=True)
        return out.stdout.decode("utf-8", "replace").strip()

    def write(self, rel: str, content: str | bytes) -> Path:
        p = self.path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content.encode() if isinstance(content, str) else content)
        return p

    def commit(self, message: str, files: dict[str, str | bytes] | None = None,
               remove: tuple[str, ...] = ()) -> str:
        for rel, content in (files or {}).items():
            self.write(rel, content)
            self.git("add", "--", rel)
        for rel in remove:
            self.git("rm", "-q", "--", rel)
        self.tick += 1
        date = f"2024-01-{1 + self.tick % 28:02d}T12:{self.tick // 28 % 60:02d}:00+00:00"
        self.env["GIT_AUTHOR_DATE"] = self.env["GIT_COMMITTER_DATE"] = date
        self.git("commit", "-q", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD")
