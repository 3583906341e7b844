"""Files of a folder or working tree; inside a git repository `.gitignore` is respected."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import SourceError


def _git_files(root: Path) -> list[str] | None:
    """Tracked and untracked-but-not-ignored files below root, or None outside a repo."""
    import pygit2

    try:
        found = pygit2.discover_repository(str(root))
    except pygit2.GitError:
        found = None
    if not found:
        return None
    try:
        repo = pygit2.Repository(found)
    except pygit2.GitError as exc:
        raise SourceError(f"{root}: git repository is unreadable ({exc}); repair it or "
                          "scan a copy without .git") from None
    if repo.is_bare or repo.workdir is None:
        return None
    top = Path(repo.workdir).resolve()
    try:
        prefix = root.resolve().relative_to(top).as_posix()
    except ValueError:
        return None
    prefix = "" if prefix == "." else prefix + "/"
    names = {e.path for e in repo.index}
    for path, flags in repo.status(untracked_files="all", ignored=False).items():
        if flags & pygit2.enums.FileStatus.WT_NEW:
            names.add(path)
    out = []
    for name in sorted(names):
        if name.startswith(prefix):
            full = top / name
            if full.is_file() and not full.is_symlink():
                out.append(name[len(prefix):])
    return out


def _walk(root: Path) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != ".git")
        rel = os.path.relpath(dirpath, root)
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            if os.path.islink(full):
                continue
            yield name if rel == "." else f"{rel}/{name}".replace(os.sep, "/")


def allowed_path(rel: str, globs: tuple[str, ...]) -> bool:
    """True when a path is allowlisted by a glob (`dir/**`, `*.lock`, `tests/fixtures/*`)."""
    for glob in globs:
        if fnmatch.fnmatchcase(rel, glob) or fnmatch.fnmatchcase(os.path.basename(rel), glob):
            return True
        if glob.endswith("/**") and (rel + "/").startswith(glob[:-2]):
            return True
    return False


def list_files(root: Path, skip_globs: tuple[str, ...] = ()) -> tuple[list[str], int]:
    """Relative posix paths to scan, and how many were allowlisted away."""
    if not root.exists():
        raise SourceError(f"{root}: no such file or directory; check the path")
    if root.is_file():
        return [root.name], 0
    if not root.is_dir():
        raise SourceError(f"{root}: not a regular file or directory")
    names = _git_files(root)
    files = list(names) if names is not None else list(_walk(root))
    kept = [f for f in files if not allowed_path(f, skip_globs)]
    return kept, len(files) - len(kept)
