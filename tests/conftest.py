from __future__ import annotations

from pathlib import Path

import pytest
from gitrepo import GitRepo


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """One compiled-database cache per test session, never the user's own."""
    cache = tmp_path_factory.getbasetemp() / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    for key in [k for k in __import__("os").environ if k.startswith("GIT_")]:
        monkeypatch.delenv(key)


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    return GitRepo(tmp_path / "repo")
