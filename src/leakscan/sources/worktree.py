"""Files of a folder or working tree; inside a git repository `.gitignore` is respected."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from ..errors import SourceError


def _git_files(root: Path) -> list[tuple[str, int]] | None:
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
            size = _regular_size(os.path.join(top, name))
            if size is not None:
                out.append((name[len(prefix):], size))
    return out


def _regular_size(path: str) -> int | None:
    """Size of a regular file; None for links, folders (submodules) and vanished files."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _walk(root: Path) -> Iterator[tuple[str, int]]:
    stack = [""]
    while stack:
        rel = stack.pop()
        try:
            entries = list(os.scandir(os.path.join(root, rel)))  # order is free: findings are sorted
        except OSError:
            continue
        for entry in entries:
            name = f"{rel}/{entry.name}" if rel else entry.name
            if entry.is_dir(follow_symlinks=False):
                if entry.name != ".git":
                    stack.append(name)
            elif entry.is_file(follow_symlinks=False):
                try:
                    yield name, entry.stat(follow_symlinks=False).st_size
                except OSError:
                    continue


def allowed_path(rel: str, globs: tuple[str, ...]) -> bool:
    """True when a path is allowlisted by a glob (`dir/**`, `*.lock`, `tests/fixtures/*`)."""
    for glob in globs:
        if fnmatch.fnmatchcase(rel, glob) or fnmatch.fnmatchcase(os.path.basename(rel), glob):
            return True
        if glob.endswith("/**") and (rel + "/").startswith(glob[:-2]):
            return True
    return False


class Listing:
    """The files to scan under root, as (relative posix path, size), produced while the tree is
    walked so that a scan can start before the walk ends; `allowlisted` counts the files an
    allowlist glob (or `exclude`, one relative path) kept out, once iteration is over. A missing
    or odd root fails at once."""

    def __init__(self, root: Path, skip_globs: tuple[str, ...] = (), exclude: str | None = None,
                 respect_gitignore: bool = True) -> None:
        if not root.exists():
            raise SourceError(f"{root}: no such file or directory; check the path")
        if not root.is_file() and not root.is_dir():
            raise SourceError(f"{root}: not a regular file or directory")
        self.root = root
        self.skip_globs = skip_globs
        self.exclude = exclude
        self.allowlisted = 0
        # A working tree's file set comes from its index and status (one call, read now);
        # a plain folder (or a tree with respect_gitignore off) is walked lazily.
        self._names = _git_files(root) if root.is_dir() and respect_gitignore else None
        # Every file under root is ignored by git (a build or vendor folder, a virtualenv):
        # nothing would be scanned, which a user who named the folder must be told.
        self.all_ignored = self._names == [] and next(_walk(root), None) is not None

    def __iter__(self) -> Iterator[tuple[str, int]]:
        root = self.root
        if root.is_file():
            yield root.name, root.stat().st_size
            return
        own = _own_cache(root)  # XDG_CACHE_HOME inside the tree (a CI cache): rule examples live there
        for item in self._names if self._names is not None else _walk(root):
            if own and item[0].startswith(own):
                continue
            if item[0] == self.exclude or (self.skip_globs and allowed_path(item[0], self.skip_globs)):
                self.allowlisted += 1
                continue
            yield item


def list_files(root: Path, skip_globs: tuple[str, ...] = ()) -> tuple[list[tuple[str, int]], int]:
    """(relative posix path, size) of each file to scan, in path order, and how many were
    allowlisted away."""
    listing = Listing(root, skip_globs)
    files = sorted(listing)
    return files, listing.allowlisted


def _own_cache(root: Path) -> str:
    """leakscan's cache folder as a path prefix relative to root ("" when it is elsewhere)."""
    from ..cachefiles import cache_dir

    try:
        rel = cache_dir().resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return ""
    return "" if rel == "." else rel + "/"
