"""`leakscan staged` (the pre-commit hook) and `leakscan history` (every ref, a range, a branch).

Exit codes: 0 clean, 1 findings, 2 bad input or an incomplete scan. A corrupt or missing
object does not stop a history scan: the report is still written, every unreadable object
id is listed on stderr, and the exit code is 2 (not 1) so that a gate can never read an
incomplete scan as a pass or as an ordinary finding.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import Any

import click

from ..errors import ExitCode
from .common import build_config, emit, scan_options


def _root(repo: str) -> Path:
    """Where the config is looked up: the top of the work tree (or the repository itself)."""
    from ..sources import gitcli

    r = gitcli.open_repo(Path(repo))
    return Path(r.work_tree or r.git_dir)


def _finish(result: Any, cfg: Any) -> int:
    rc = emit(result, cfg)
    bad = int(result.stats.extra.get("corrupt_objects", 0) or 0)
    if result.errors and cfg.format == "human" and not result.findings and not cfg.output:
        for err in result.errors[:20]:  # the human report was not printed: say it here
            click.echo(f"leakscan: warning: {err}", err=True)
    if bad:
        click.echo(f"leakscan: error: {bad} object(s) could not be read (listed above), so the "
                   "scan is incomplete; run `git fsck` and restore them from another clone",
                   err=True)
        return int(ExitCode.USAGE)
    return rc


@click.command()
@click.argument("repo", default=".", type=click.Path(file_okay=False))
@scan_options
def staged(repo: str, **opts: Any) -> int:
    """Scan what `git commit` would record now: the index against HEAD, added lines only.

    Files edited again after `git add` are read from the index, as the commit will be.
    Nothing staged is a clean pass; the summary says how much was scanned.
    """
    from .. import gitscan

    cfg = build_config(_root(repo), opts)
    result = gitscan.scan_staged(cfg, Path(repo))
    st = result.stats
    files = st.extra.get("staged_files", 0)
    rc = _finish(result, cfg)
    click.echo(f"leakscan staged: {files} staged file(s), {st.files} scanned "
               f"({st.bytes:,} bytes)", err=True)
    if rc == int(ExitCode.FINDINGS):
        from .hook import WAY_OUT  # the git hook and the pre-commit framework both show it

        click.echo(WAY_OUT, err=True)
    return rc


MESSAGE_WAY_OUT = (
    "leakscan: the commit message holds the secret(s) above (line, rule): commit blocked.\n"
    "  git kept your message in .git/COMMIT_EDITMSG: take the secret out and commit again\n"
    "  (`git commit -e -F .git/COMMIT_EDITMSG`). If the value was real, rotate it at its provider;\n"
    "  for a test value put `leakscan:allow <reason>` on its line."
)


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--unedited", is_flag=True,
              help="The message was not edited (`git commit -m` or -F): git keeps its comment "
                   "lines, so they are scanned. Also assumed when GIT_EDITOR is ':', as git sets it "
                   "for commit hooks.")
@scan_options
def message(file: str, unedited: bool, **opts: Any) -> int:
    """Scan a commit message before the commit exists (the commit-msg hook).

    FILE is the message file git hands the hook (`-` reads stdin). A `git commit -v` diff below
    the scissors line is not part of the message and is skipped; so are comment lines when git
    strips them (an edited message, or commit.cleanup=strip).
    """
    import os

    from .. import gitscan
    from ..errors import SourceError

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        raise SourceError(f"{file}: cannot read the message ({exc.strerror}); pass the file git "
                          "gives the commit-msg hook, or - for stdin") from None
    try:
        root = _root(".")
    except SourceError:
        root = Path(".")  # a message scanned outside any repository: config from here
    cfg = build_config(root, opts)
    edited = not unedited and os.environ.get("GIT_EDITOR") != ":"
    result = gitscan.scan_message(cfg, data, *_comment_rule(root, edited, data))
    rc = _finish(result, cfg)
    if rc == int(ExitCode.FINDINGS):
        click.echo(MESSAGE_WAY_OUT, err=True)
    return rc


def _comment_rule(root: Path, edited: bool, data: bytes) -> tuple[bytes, bool]:
    """(git's comment prefix, whether git strips comment lines from this message).

    git strips them when commit.cleanup is "strip", or is unset or "default" and the message was
    edited. After `git commit -m` or `-F` (no editor) it keeps a line such as "#123: ..." as typed.
    The prefix is core.commentString or core.commentChar ("#" when unset); for "auto" it is read
    back from the message (gitscan.auto_comment), and nothing is stripped when the message
    does not tell.
    """
    import subprocess

    from .. import gitscan
    from ..sources.gitcli import git_env

    try:
        res = subprocess.run(["git", "config", "--get-regexp",
                              r"^(core\.commentchar|core\.commentstring|commit\.cleanup)$"],
                             cwd=root, env=git_env(None), capture_output=True, check=False)
    except OSError:
        return b"#", edited
    found = dict(line.partition(b" ")[::2] for line in res.stdout.splitlines())
    comment = (found.get(b"core.commentstring") or found.get(b"core.commentchar") or b"#").strip()
    cleanup = found.get(b"commit.cleanup", b"default").strip().lower()
    strip = cleanup == b"strip" or (cleanup == b"default" and edited)
    if comment == b"auto":
        chosen = gitscan.auto_comment(data)
        return (chosen, strip) if chosen is not None else (b"#", False)
    return comment, strip


@click.command()
@click.argument("repo", default=".", type=click.Path(file_okay=False))
@click.option("--range", "rev_range", default=None, metavar="BASE..HEAD",
              help="Only what these commits introduced (the CI gate). A base that is not in "
                   "the clone is an error: fetch more history.")
@click.option("--since", default=None, metavar="REF", help="Shorthand for --range REF..HEAD.")
@click.option("--branch", default=None, metavar="NAME", help="One ref and its history.")
@click.option("--blob-reader", default=None, hidden=True,
              help="cat-file or pygit2 (default: $LEAKSCAN_BLOB_READER or cat-file).")
@scan_options
def history(repo: str, rev_range: str | None, since: str | None, branch: str | None,
            blob_reader: str | None, **opts: Any) -> int:
    """Scan git history: every commit of every ref (branches, tags, remotes, stash, notes).

    Each unique blob is scanned once; each secret is reported once with the commit that
    introduced it, every location, the commit that removed it, whether HEAD and the working
    tree still hold it, and which refs reach it.
    """
    from .. import gitscan

    cfg = build_config(_root(repo), opts)
    kwargs: dict[str, Any] = {"rev_range": rev_range, "since": since, "branch": branch,
                              "reader": blob_reader}
    if cfg.progress and sys.stderr.isatty():
        with _Bar() as bar:
            result = gitscan.scan_history(cfg, Path(repo), progress=bar.update, **kwargs)
    else:
        result = gitscan.scan_history(cfg, Path(repo), **kwargs)
    return _finish(result, cfg)


class _Bar:
    """Blobs and bytes scanned so far, on stderr (rich), for a terminal only."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import DownloadColumn, Progress, SpinnerColumn, TextColumn

        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                  TextColumn("{task.fields[items]:,} blobs"), DownloadColumn(),
                                  console=Console(stderr=True), transient=True,
                                  refresh_per_second=5)
        self._task = self._progress.add_task("reading history", total=None, items=0)
        self._items = 0

    def __enter__(self) -> _Bar:
        self._progress.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._progress.stop()

    def update(self, items: int, nbytes: int, label: str | None = None) -> None:
        self._items += items
        if label:
            self._progress.update(self._task, description=label)
        self._progress.update(self._task, advance=nbytes, items=self._items)
