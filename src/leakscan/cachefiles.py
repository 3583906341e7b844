"""Files in the user cache dir ($XDG_CACHE_HOME/leakscan): compiled databases and parsed rules.

Written atomically with mode 0600 in a 0700 folder and touched when used. Each write prunes the
folder: files unused for MAX_AGE_DAYS go, then the least recently used until the folder holds at
most MAX_BYTES, so editing a rule file a hundred times does not leave a hundred compiled
databases behind, yet the databases of every project in use stay (a count limit made seven
alternating configs recompile on every run). A cache that cannot be read or written only costs
a recompile.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from . import __version__

T = TypeVar("T")
KINDS = ("hsdb", "rules", "config", "toml")  # file name prefixes this module owns
MAX_BYTES = 256 << 20  # the full built-in database is about 3.5 MB
MAX_AGE_DAYS = 30


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "leakscan"


def _owned(p: Path) -> bool:
    """This user's, and writable by nobody else (no symlink either)."""
    if not hasattr(os, "getuid"):
        return True
    try:
        st = os.stat(p, follow_symlinks=False)
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & 0o022 and not stat.S_ISLNK(st.st_mode)


def usable(folder: Path) -> bool:
    """Whether the cache folder is (or can become) one this module reads and writes."""
    return _owned(folder) if folder.exists() else os.access(_existing_parent(folder), os.W_OK)


def _existing_parent(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def trusted(path: Path) -> bool:
    """Cached files are unpickled or loaded as databases: only trust a file and folder that this
    user owns and that nobody else can write (a shared or loose XDG_CACHE_HOME is a miss)."""
    return _owned(path.parent) and _owned(path)


def read(path: Path) -> bytes | None:
    """The cached bytes, or None; a hit marks the file as recently used."""
    if not trusted(path):
        return None
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only cache is still a cache
    return blob


def write(path: Path, blob: bytes) -> None:
    kind = path.name.split("-", 1)[0]
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _owned(path.parent):  # someone else's or a world-writable folder: no cache
            return
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-")  # 0600
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return  # a read-only or full cache only costs a compile next time
    prune(path.parent, keep=path)


def prune(folder: Path, keep: Path | None = None, now: float | None = None) -> int:
    """Remove cache files unused for MAX_AGE_DAYS, then the least recently used ones until the
    rest fit in MAX_BYTES (`keep`, the file just written, stays); returns how many went."""
    entries = []
    try:
        with os.scandir(folder) as it:
            for entry in it:
                if entry.name.split("-", 1)[0] in KINDS and entry.is_file(follow_symlinks=False):
                    try:
                        st = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    entries.append((st.st_mtime, st.st_size, entry.path))
    except OSError:
        return 0
    oldest = (time.time() if now is None else now) - MAX_AGE_DAYS * 86400
    entries.sort(reverse=True)  # most recently used first
    kept = [e for e in entries if keep is not None and e[2] == str(keep)]
    total = sum(size for _mtime, size, _name in kept)
    removed = 0
    for mtime, size, name in entries:
        if kept and name == kept[0][2]:
            continue
        if mtime >= oldest and total + size <= MAX_BYTES:
            total += size
            continue
        try:
            os.unlink(name)
            removed += 1
        except OSError:
            pass  # another leakscan removed it first
    return removed


@functools.lru_cache(maxsize=1)
def _code_stamp() -> str:
    """The code that turns TOML into Rule objects: a change to it (even without a version bump,
    in a checkout) must not serve rules parsed by the old code."""
    here = Path(__file__).parent
    h = hashlib.sha256()
    for name in ("rules.py", "models.py", "regexparts.py"):
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())
    return h.hexdigest()[:16]


def key(*parts: str) -> str:
    """A cache key that also changes with leakscan, its rule-parsing code and Python's version."""
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    text = "|".join((__version__, python, _code_stamp(), *parts))
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def pickled(kind: str, cache_key: str, compute: Callable[[], T], valid: Callable[[object], bool]) -> T:
    """compute(), or its pickled result from an earlier run with the same key."""
    path = cache_dir() / f"{kind}-{cache_key}.pickle"
    blob = read(path)
    if blob is not None:
        try:
            obj = pickle.loads(blob)
            if valid(obj):
                return obj  # type: ignore[no-any-return]
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError, ImportError):
            pass
    value = compute()
    write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value
