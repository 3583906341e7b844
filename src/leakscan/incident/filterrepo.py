"""Find git-filter-repo (the PyPI dependency) and check it can do a sensitive-data removal."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import shutil
import subprocess
import sys

from . import gitcmd
from .errors import RewriteRefused

MINIMUM = (2, 47)  # --sensitive-data-removal first shipped in 2.47 (remediation.md §B.1)
MIN_GIT = (2, 36)  # --sdr needs `git cat-file --batch-command`
_INSTALL = "install it with `pip install 'git-filter-repo>=2.47'` in leakscan's environment"


def _version(text: str) -> tuple[int, ...]:
    m = re.search(r"(\d+)\.(\d+)(?:\.(\d+))?", text)
    return tuple(int(x) for x in m.groups() if x is not None) if m else ()


def command() -> list[str]:
    """argv prefix that runs git-filter-repo; raises RewriteRefused when it cannot."""
    spec = importlib.util.find_spec("git_filter_repo")
    if spec is not None and spec.origin:
        try:
            version = _version(importlib.metadata.version("git-filter-repo"))
        except importlib.metadata.PackageNotFoundError:
            version = ()
        if version and version < MINIMUM:
            raise RewriteRefused(f"git-filter-repo {'.'.join(map(str, version))} is too old for "
                                 f"--sensitive-data-removal; {_INSTALL}")
        if version:
            return [sys.executable, spec.origin]
    script = shutil.which("git-filter-repo")
    if script is None:
        raise RewriteRefused(f"git-filter-repo is not installed; {_INSTALL}")
    helptext = subprocess.run([script, "--help"], capture_output=True, text=True, env=gitcmd.env(),
                              check=False).stdout
    if "--sensitive-data-removal" not in helptext:
        raise RewriteRefused(f"{script} has no --sensitive-data-removal (older than 2.47); {_INSTALL}")
    return [script]


def check_git() -> None:
    out = subprocess.run(["git", "version"], capture_output=True, text=True, check=False).stdout
    version = _version(out)
    if version and version < MIN_GIT:
        raise RewriteRefused(f"{out.strip()} is too old: git-filter-repo --sensitive-data-removal "
                             "needs git 2.36 or newer")
