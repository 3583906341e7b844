"""`leakscan scan PATH`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .. import pipeline
from .common import build_config, emit, scan_options


@click.command()
@click.argument("path", default=".", type=click.Path(allow_dash=True))
@click.option("--stdin-name", default=pipeline.STDIN_PATH, show_default=True, metavar="NAME",
              help="With PATH '-': the file name standard input is reported and matched as "
                   "(path-aware rules, allowlisted paths).")
@click.option("--no-ignore", is_flag=True, default=False,
              help="Inside a git repository, also scan the files .gitignore leaves out.")
@scan_options
def scan(path: str, stdin_name: str, no_ignore: bool, **opts: Any) -> int:
    """Scan files in PATH (a folder, working tree or file; default: the current folder).

    Inside a git repository, files ignored by .gitignore are skipped unless --no-ignore is given.
    PATH '-' scans standard input (`git show REV:FILE | leakscan scan -`), with the config of
    the current folder.
    """
    if path == "-":
        cfg = build_config(Path("."), opts)
        data = sys.stdin.buffer.read(cfg.max_file_size + 1)  # bounded: more is skipped as large
        return emit(pipeline.scan_bytes(cfg, data, stdin_name), cfg)
    target = pipeline.require_target(path)
    cfg = build_config(target if target.is_dir() else target.parent, opts)
    progress = None
    if cfg.progress and sys.stderr.isatty():
        from ..progress import FileProgress

        with FileProgress() as bar:
            result = pipeline.scan_paths(cfg, target, bar.advance, not no_ignore)
    else:
        result = pipeline.scan_paths(cfg, target, progress, not no_ignore)
    return emit(result, cfg)
