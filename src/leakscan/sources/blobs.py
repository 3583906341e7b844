"""Pluggable blob readers: `git cat-file --batch` (default) or pygit2.

Measured with benches/phases_history.py, one process, every blob in pack order:
- repo-sqlalchemy corpus (75k blobs, 7.0 GB of content in a 47 MB pack): cat-file 7.3 s and
  4.4 CPU-s including git, pygit2 `odb.read` 23.7 s and 17.5 CPU-s; with the engine and two
  workers, 31 s against 82 s.
- a synthetic 40k-commit repository (94k blobs, 380 MB): cat-file 370 MB/s, pygit2 290 MB/s;
  in rev-list order 330 against 90 MB/s (libgit2's delta-base cache is small and fixed).
git inflates on the other core while Python scans, and reuses deltas across a batch.

Pick one with LEAKSCAN_BLOB_READER=cat-file|pygit2 (or the hidden --blob-reader option).
A reader yields (oid, content, "") or (oid, None, reason) and never stops at a bad object.
"""

from __future__ import annotations

import os
import subprocess
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Protocol

from ..errors import SourceError
from .gitcli import Repo, first_line

ENV = "LEAKSCAN_BLOB_READER"
DEFAULT = "cat-file"
_CHUNK = 512  # oids written at once: 512 * 41 bytes stays inside one pipe buffer
# Bounded memory per reader whatever the pack size. Read in pack order, a delta's base was
# just read, so a 16 MB base cache costs nothing (sqlalchemy corpus, 7 GB: same CPU, peak RSS
# 200 MB -> 70 MB with the default 96 MB cache and unbounded pack windows).
BOUNDED = ("-c", "core.deltaBaseCacheLimit=16m", "-c", "core.packedGitWindowSize=16m",
           "-c", "core.packedGitLimit=64m")


LARGE = "larger than the size limit"  # the reason given for a blob over `max_size`


class BlobReader(Protocol):
    name: str

    def read(self, oids: Sequence[str],
             max_size: int | None = None) -> Iterator[tuple[str, bytes | None, str]]: ...

    def close(self) -> None: ...


class CatFileReader:
    """One `git cat-file --batch` child, restarted after an object that kills it."""

    name = "cat-file"

    def __init__(self, repo: Repo) -> None:
        self._repo = repo
        self._proc: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        if self._proc is None:
            self._proc = self._repo.popen(*BOUNDED, "cat-file", "--batch", stdin=subprocess.PIPE)
        return self._proc

    def _died(self) -> str:
        """The child stopped mid-batch (a corrupt object): reap it and say why."""
        proc, self._proc = self._proc, None
        if proc is None:
            return "git cat-file stopped"
        for pipe in (proc.stdin, proc.stdout):
            try:
                if pipe is not None:
                    pipe.close()
            except OSError:
                pass
        err = proc.stderr.read() if proc.stderr is not None else b""
        if proc.stderr is not None:
            proc.stderr.close()
        proc.wait()
        return first_line(err)

    def read(self, oids: Sequence[str],
             max_size: int | None = None) -> Iterator[tuple[str, bytes | None, str]]:
        i = 0
        while i < len(oids):
            chunk = oids[i:i + _CHUNK]
            proc = self._start()
            assert proc.stdin is not None and proc.stdout is not None
            try:
                proc.stdin.write("".join(f"{o}\n" for o in chunk).encode())
                proc.stdin.flush()
            except BrokenPipeError:
                yield chunk[0], None, f"unreadable object ({self._died()})"
                i += 1
                continue
            out = proc.stdout
            for k, oid in enumerate(chunk):
                got = _one(out, oid, max_size)
                if isinstance(got, str):
                    if got in ("missing", LARGE):
                        yield oid, None, "missing object" if got == "missing" else LARGE
                        continue
                    yield oid, None, f"corrupt object ({self._died()})"
                    i += k + 1
                    break
                yield oid, got, ""
            else:
                i += len(chunk)

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        for pipe in (proc.stdin, proc.stdout, proc.stderr):
            try:
                if pipe is not None:
                    pipe.close()
            except OSError:
                pass
        proc.wait()


def _one(out: IO[bytes], oid: str, max_size: int | None) -> bytes | str:
    """Content of the next object in a --batch stream, "missing", LARGE (skipped in bounded
    memory), or "dead" (the child stopped)."""
    header = out.readline()
    if not header.endswith(b"\n"):
        return "dead"
    parts = header.split()
    if len(parts) == 2 and parts[1] == b"missing":
        return "missing"
    if len(parts) != 3 or parts[0].decode() != oid:
        return "dead"
    size = int(parts[2])
    if max_size is not None and size > max_size:
        left = size + 1
        while left:
            got = len(out.read(min(left, 1 << 20)))
            if not got:
                return "dead"
            left -= got
        return LARGE
    data = out.read(size)
    if len(data) != size or out.read(1) != b"\n":
        return "dead"
    return data


class Pygit2Reader:
    """libgit2 in-process. Loose objects are inflated here with zlib: libgit2 1.9 spins
    forever on a truncated loose object, which a scanner must survive."""

    name = "pygit2"

    def __init__(self, repo: Repo) -> None:
        self._repo = repo
        self._odb: object | None = None
        self._objects = os.path.join(repo.git_dir, "objects")
        self._loose: set[str] | None = None

    def _loose_ids(self) -> set[str]:
        if self._loose is None:
            found: set[str] = set()
            for d in range(256):
                sub = f"{d:02x}"
                try:
                    names = os.listdir(os.path.join(self._objects, sub))
                except OSError:
                    continue
                found.update(sub + n for n in names if len(n) == 38)
            self._loose = found
        return self._loose

    def read(self, oids: Sequence[str],
             max_size: int | None = None) -> Iterator[tuple[str, bytes | None, str]]:
        import pygit2

        if self._odb is None:
            try:
                self._odb = pygit2.Repository(self._repo.git_dir).odb
            except pygit2.GitError as exc:
                raise SourceError(f"{self._repo.git_dir}: pygit2 cannot open it ({exc})") from None
        odb = self._odb
        loose = self._loose_ids()
        for oid in oids:
            if oid in loose:
                data, err = _read_loose(os.path.join(self._objects, oid[:2], oid[2:]))
                if data is not None and max_size is not None and len(data) > max_size:
                    data, err = None, LARGE
                yield oid, data, err
                continue
            try:
                if max_size is not None and odb.read_header(oid)[1] > max_size:  # type: ignore[attr-defined]
                    yield oid, None, LARGE
                    continue
                _kind, data = odb.read(oid)  # type: ignore[attr-defined]
            except (pygit2.GitError, KeyError, ValueError) as exc:
                yield oid, None, f"corrupt or missing object ({exc})"
                continue
            yield oid, bytes(data), ""

    def close(self) -> None:
        self._odb = None


def _read_loose(path: str) -> tuple[bytes | None, str]:
    try:
        with open(path, "rb") as fh:
            raw = zlib.decompress(fh.read())
    except OSError as exc:
        return None, f"unreadable object ({exc.strerror})"
    except zlib.error as exc:
        return None, f"corrupt object ({exc})"
    head, sep, body = raw.partition(b"\0")
    _kind, _, size = head.partition(b" ")
    if not sep or not size.isdigit() or int(size) != len(body):
        return None, "corrupt object (bad header or length)"
    return body, ""


READERS: dict[str, Callable[[Repo], BlobReader]] = {
    "cat-file": CatFileReader,
    "pygit2": Pygit2Reader,
}


def choose(name: str | None = None) -> str:
    """The reader to use: an explicit name, else $LEAKSCAN_BLOB_READER, else the default."""
    picked = name or os.environ.get(ENV) or DEFAULT
    if picked not in READERS:
        raise SourceError(f"unknown blob reader {picked!r}: use one of {', '.join(READERS)}")
    return picked


def open_reader(repo: Repo, name: str | None = None) -> BlobReader:
    return READERS[choose(name)](repo)
