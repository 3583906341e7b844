"""Git through its command line: bytes in and out, a clean environment, one-line errors.

Every git source (staged, history, the blob readers) runs git here, so the user's config and
inherited `GIT_*` variables cannot change what we parse (STYLE.md habit 8).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..errors import SourceError

# Settings that would change the output we parse, whatever the user's or system config says.
CONFIG = (
    "-c", "core.quotePath=true", "-c", "log.showSignature=false", "-c", "diff.noprefix=false",
    "-c", "diff.mnemonicPrefix=false", "-c", "diff.relative=false", "-c", "log.showRoot=true",
    "-c", "core.fsmonitor=false", "-c", "diff.external=", "-c", "color.ui=false",
)
NULL_OID = "0" * 40
GITLINK = b"160000"  # a submodule commit in a tree: its content lives in another repository


def git_env(index_file: str | None = None) -> dict[str, str]:
    """The caller's environment without GIT_* (a hook's GIT_DIR must not redirect us).

    GIT_INDEX_FILE is kept when given: `git commit -a` and `git commit PATH` run the
    pre-commit hook against a temporary index, and that index is what will be committed.
    Replace refs are ignored so a scan sees the objects that are really stored.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"GIT_OPTIONAL_LOCKS": "0", "GIT_NO_REPLACE_OBJECTS": "1",
                "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C", "LANGUAGE": ""})
    if index_file:
        env["GIT_INDEX_FILE"] = index_file
    return env


def unquote(path: bytes) -> bytes:
    """Undo git's C-style quoting of a path ("caf\\303\\251" -> café bytes)."""
    if not (len(path) >= 2 and path.startswith(b'"') and path.endswith(b'"')):
        return path
    body, out, i = path[1:-1], bytearray(), 0
    simple = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("a"): 7, ord("b"): 8, ord("f"): 12,
              ord("v"): 11, ord("\\"): 92, ord('"'): 34}
    while i < len(body):
        c = body[i]
        if c != 92 or i + 1 >= len(body):
            out.append(c)
            i += 1
        elif body[i + 1] in simple:
            out.append(simple[body[i + 1]])
            i += 2
        else:
            out.append(int(body[i + 1:i + 4], 8) & 0xFF)
            i += 4
    return bytes(out)


def display(path: bytes) -> str:
    """A path for reports: UTF-8 where it is, \\xNN escapes where it is not (never raises)."""
    return path.decode("utf-8", "backslashreplace")


@dataclass(frozen=True, slots=True)
class Repo:
    git_dir: str
    work_tree: str | None
    bare: bool
    shallow: bool
    index_file: str | None = None

    def argv(self, *args: str) -> list[str]:
        base = ["git", *CONFIG, f"--git-dir={self.git_dir}"]
        if self.work_tree:
            base.append(f"--work-tree={self.work_tree}")
        return [*base, *args]

    @property
    def cwd(self) -> str:
        return self.work_tree or self.git_dir

    def run(self, *args: str, input: bytes | None = None, check: bool = True,
            errors: list[str] | None = None) -> bytes:
        """stdout of a git command. A failure raises a one-line SourceError, or, given an
        `errors` list, is recorded there and whatever git printed is returned (a damaged
        object must not stop a scan that can still report the rest)."""
        try:
            res = subprocess.run(self.argv(*args), cwd=self.cwd, env=git_env(self.index_file),
                                 input=input, capture_output=True, check=False)
        except OSError as exc:
            raise SourceError(f"cannot run git ({exc.strerror}); install git") from None
        if check and res.returncode != 0:
            msg = f"git {args[0]} failed: {first_line(res.stderr)}"
            if errors is None:
                raise SourceError(msg)
            errors.append(msg)
        return res.stdout

    def ok(self, *args: str) -> bytes | None:
        """Output of a git command that may fail by design (a missing ref), else None."""
        try:
            res = subprocess.run(self.argv(*args), cwd=self.cwd, env=git_env(self.index_file),
                                 capture_output=True, check=False)
        except OSError as exc:
            raise SourceError(f"cannot run git ({exc.strerror}); install git") from None
        return res.stdout if res.returncode == 0 else None

    def popen(self, *args: str, stdin: int | None = None,
              stdout: int = subprocess.PIPE) -> subprocess.Popen[bytes]:
        try:
            return subprocess.Popen(self.argv(*args), cwd=self.cwd, env=git_env(self.index_file),
                                    stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
        except OSError as exc:
            raise SourceError(f"cannot run git ({exc.strerror}); install git") from None

    def head(self) -> str | None:
        """The commit HEAD points at, or None when HEAD is unborn (no commit yet)."""
        out = self.ok("rev-parse", "-q", "--verify", "HEAD^{commit}")
        return out.decode().strip() if out else None

    def head_ref(self) -> str | None:
        """`refs/heads/NAME` when HEAD is a branch (born or not), None when detached."""
        try:
            text = Path(self.git_dir, "HEAD").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        return text[5:].strip() if text.startswith("ref: ") else None

    def commit(self, rev: str) -> str | None:
        out = self.ok("rev-parse", "-q", "--verify", "--end-of-options", f"{rev}^{{commit}}")
        return out.decode().strip() if out else None


def first_line(stderr: bytes) -> str:
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    fatal = [ln for ln in lines if ln.startswith(("fatal:", "error:"))]
    return (fatal or lines or ["no message"])[0]


_OPENED: dict[str, Repo] = {}


def open_repo(path: Path, index_file: str | None = None) -> Repo:
    """The repository at or above `path`; a one-line error when there is none.

    Remembered per path for the life of the process: the CLI asks once for the config root
    and once to scan, and each git start costs milliseconds on the hook path.
    """
    key = f"{os.path.abspath(path)}\0{index_file or ''}"
    repo = _OPENED.get(key)
    if repo is None or os.path.exists(os.path.join(repo.git_dir, "shallow")) != repo.shallow \
            or not os.path.isdir(repo.git_dir):
        repo = _OPENED[key] = _open(path, index_file)
    return repo


def _open(path: Path, index_file: str | None) -> Repo:
    if not path.exists():
        raise SourceError(f"{path}: no such directory; pass the repository to scan")
    if not path.is_dir():
        raise SourceError(f"{path}: not a directory; pass the repository to scan")
    argv = ["git", "-C", str(path), "rev-parse", "--absolute-git-dir", "--is-bare-repository",
            "--is-shallow-repository", "--show-toplevel"]
    try:
        res = subprocess.run(argv, env=git_env(), capture_output=True, check=False)
    except OSError as exc:
        raise SourceError(f"cannot run git ({exc.strerror}); install git") from None
    lines = res.stdout.decode("utf-8", "surrogateescape").splitlines()
    if len(lines) < 3:
        msg = first_line(res.stderr)
        if "not a git repository" in msg:
            raise SourceError(f"{path}: not a git repository; run inside a repository or pass "
                              "its path (`leakscan scan` reads plain folders)")
        raise SourceError(f"{path}: cannot read the git repository: {msg}")
    git_dir, bare, shallow = lines[0], lines[1] == "true", lines[2] == "true"
    top = lines[3] if len(lines) > 3 and res.returncode == 0 and not bare else None
    if index_file and not os.path.isabs(index_file):
        index_file = os.path.abspath(index_file)
    return Repo(git_dir, top, bare, shallow, index_file)
