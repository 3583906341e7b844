"""The real `pre-commit` framework running leakscan from this repository's .pre-commit-hooks.yaml.

pre-commit clones a copy of this working tree and builds one virtualenv for it with pip (from
PyPI, or the local pip cache), once per test session module; every test then commits through it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import fakes
import pytest
from gitrepo import GitRepo

ROOT = Path(__file__).resolve().parents[1]
HAS_STAGED = (ROOT / "src" / "leakscan" / "gitscan.py").exists()
pytestmark = pytest.mark.skipif(not HAS_STAGED, reason="leakscan staged not built yet")
SHIPPED = ("pyproject.toml", "README.md", "src", "patterns", "hooks", ".pre-commit-hooks.yaml")
TOKEN_SHAPE = re.compile(r"gh[pousr]_[A-Za-z0-9]{36}")


def _hook_repo(dest: Path) -> str:
    """A git repository holding this working tree's package (what a user's `repo:` points at)."""
    dest.mkdir(parents=True)
    for name in SHIPPED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, dest / name)
    repo = GitRepo(dest)
    repo.git("add", "-A")
    return repo.commit("leakscan as a pre-commit hook repository")


@pytest.fixture(scope="module")
def framework(tmp_path_factory: pytest.TempPathFactory) -> tuple[GitRepo, dict[str, str]]:
    base = tmp_path_factory.mktemp("pre-commit")
    rev = _hook_repo(base / "hookrepo")
    repo = GitRepo(base / "project")
    (repo.home / ".gitconfig").write_text("[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n")
    repo.write(".pre-commit-config.yaml",
               f"repos:\n  - repo: {base / 'hookrepo'}\n    rev: {rev}\n    hooks:\n      - id: leakscan\n"
               "      - id: leakscan-commit-msg\n")
    repo.commit("init", {"README.md": "project\n"})
    env = {**repo.env, "PRE_COMMIT_HOME": str(base / "cache"), "PRE_COMMIT_COLOR": "never"}
    for args in (["install", "--hook-type", "pre-commit", "--hook-type", "commit-msg"],
                 ["install-hooks"]):  # builds the hook's virtualenv, once
        res = subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=repo.path, env=env,
                             capture_output=True, text=True, timeout=900)
        assert res.returncode == 0, res.stdout + res.stderr
    repo.git("add", ".pre-commit-config.yaml")
    assert _commit(repo, env).returncode == 0
    return repo, env


def _commit(repo: GitRepo, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "commit", "-m", "change"], cwd=repo.path, env=env, capture_output=True,
                          text=True, timeout=300)


def test_commit_adding_a_secret_is_blocked(framework: tuple[GitRepo, dict[str, str]]) -> None:
    repo, env = framework
    tok = fakes.ghp()
    repo.write("deploy/settings.py", f"import os\n\nGITHUB_TOKEN = '{tok}'\n")
    repo.git("add", "deploy/settings.py")
    before = repo.git("rev-parse", "HEAD")
    res = _commit(repo, env)
    out = res.stdout + res.stderr
    assert res.returncode != 0 and repo.git("rev-parse", "HEAD") == before
    assert "leakscan (no secrets in this commit)" in out and "Failed" in out
    assert "deploy/settings.py:3" in out and "github-pat-classic" in out
    assert "leakscan:allow" in out and re.search(r"rotate", out, re.I)
    assert tok not in out and not TOKEN_SHAPE.search(out)
    repo.git("reset", "-q", "deploy/settings.py")
    (repo.path / "deploy" / "settings.py").unlink()


def test_clean_commit_passes_even_with_a_secret_left_unstaged(
        framework: tuple[GitRepo, dict[str, str]]) -> None:
    repo, env = framework
    repo.write("app.py", "print('hello')\n")
    repo.git("add", "app.py")
    repo.write("app.py", f"print('hello')\nT = '{fakes.ghp()}'\n")  # not staged: not committed
    res = _commit(repo, env)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "leakscan (no secrets in this commit)" in res.stdout + res.stderr
    assert repo.git("show", "HEAD:app.py") == "print('hello')"
    repo.git("checkout", "--", "app.py")


def test_commit_message_holding_a_secret_is_blocked(framework: tuple[GitRepo, dict[str, str]]) -> None:
    repo, env = framework
    tok = fakes.ghp()
    repo.write("notes.md", "release notes\n")
    repo.git("add", "notes.md")
    before = repo.git("rev-parse", "HEAD")
    res = subprocess.run(["git", "commit", "-m", f"release (token {tok})"], cwd=repo.path, env=env,
                         capture_output=True, text=True, timeout=300)
    out = res.stdout + res.stderr
    assert res.returncode != 0 and repo.git("rev-parse", "HEAD") == before
    assert "leakscan (no secrets in this commit message)" in out and "(commit message):1" in out
    assert tok not in out and not TOKEN_SHAPE.search(out)
    res = subprocess.run(["git", "commit", "-m", "release notes"], cwd=repo.path, env=env,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
