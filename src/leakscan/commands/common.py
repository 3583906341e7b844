"""Options every scanning command shares, and the one way results leave the tool."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .. import config as config_mod
from ..errors import ExitCode, LeakscanError
from ..models import CONFIDENCES

F = TypeVar("F", bound=Callable[..., Any])


def scan_options(fn: F) -> F:
    for dec in reversed([
        click.option("--format", "fmt", type=click.Choice(config_mod.FORMATS), default=None,
                     help="Output format (default: human, or `format` in the config)."),
        click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
                     help="Write the report to FILE instead of stdout."),
        click.option("--config", "config_file", type=click.Path(), default=None,
                     help="Config file (default: .leakscan.toml or [tool.leakscan] in "
                          "pyproject.toml at the target)."),
        click.option("--baseline", type=click.Path(), default=None,
                     help="Suppress findings whose fingerprints are in this baseline file."),
        click.option("--show-secrets", is_flag=True, default=None,
                     help="Print secrets in clear text (redacted by default)."),
        click.option("--min-confidence", type=click.Choice(CONFIDENCES), default=None,
                     help="Hide findings below this confidence (default: medium and up, plus "
                          "provider tokens that failed their checksum, shown as low)."),
        click.option("--jobs", "-j", type=click.IntRange(0, 256), default=None,
                     help="Worker processes (default: all cores)."),
        click.option("--max-file-size", default=None,
                     help="Skip files larger than this (e.g. 50MB); skips are counted."),
        click.option("--no-cache", is_flag=True, default=False,
                     help="Compile the rule database afresh instead of using the cache."),
        click.option("--no-progress", is_flag=True, default=False,
                     help="No progress display on stderr."),
    ]):
        fn = dec(fn)
    return fn


def build_config(root: Path | None, opts: dict[str, Any]) -> config_mod.Config:
    size = opts.get("max_file_size")
    cfg = config_mod.build(
        root, opts.get("config_file"),
        format=opts.get("fmt"), output=opts.get("output"),
        show_secrets=opts.get("show_secrets"), min_confidence=opts.get("min_confidence"),
        jobs=opts.get("jobs"), baseline=opts.get("baseline"),
        max_file_size=config_mod.parse_size(size, "--max-file-size") if size else None,
        use_cache=False if opts.get("no_cache") else None,
        progress=False if opts.get("no_progress") else None,
    )
    announce_compile(cfg)
    return cfg


def announce_compile(cfg: config_mod.Config) -> None:
    """A cold start compiles every rule once (seconds); say so rather than look hung."""
    from .. import cachefiles, hsdb
    from ..rules import digest

    if cfg.use_cache and not hsdb.is_cached(digest(cfg.rules)):
        folder = hsdb.cache_dir()
        if cachefiles.usable(folder):
            click.echo(f"leakscan: compiling {len(cfg.rules)} rules into the Hyperscan database "
                       f"(once; cached in {folder})", err=True)
        else:
            click.echo(f"leakscan: compiling {len(cfg.rules)} rules into the Hyperscan database; "
                       f"{folder} cannot be created, is not yours or others can write it, so "
                       f"nothing is cached (make it yours with mode 700, or set XDG_CACHE_HOME)",
                       err=True)


def emit(result: Any, cfg: config_mod.Config, summary: str | None = None) -> int:
    """Write the report, print the summary on stderr, return the exit code."""
    from ..reporters import get

    rules = {r.id: r for r in cfg.rules}
    reporter = get(cfg.format)
    if cfg.output:
        try:
            with open(cfg.output, "w", encoding="utf-8") as out:
                reporter(result, rules, cfg.show_secrets, out)
        except OSError as exc:
            raise LeakscanError(f"{cfg.output}: cannot write report ({exc.strerror})") from None
    elif result.findings or cfg.format != "human":
        reporter(result, rules, cfg.show_secrets, sys.stdout)
    click.echo(summary or summary_line(result), err=True)
    if result.errors and (cfg.format != "human" or cfg.output or not result.findings):
        for err in result.errors[:20]:  # (the human report lists them after its findings)
            click.echo(f"leakscan: warning: {err}", err=True)
    return int(ExitCode.FINDINGS if result.findings else ExitCode.CLEAN)


def summary_line(result: Any) -> str:
    st = result.stats
    counts: dict[str, int] = {}
    for f in result.findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    detail = ", ".join(f"{n} {sev}" for sev, n in counts.items())
    skipped = st.skipped_binary + st.skipped_large + st.skipped_unreadable
    suppressed = (st.suppressed_inline + st.suppressed_allowlist + st.suppressed_baseline
                  + st.suppressed_placeholder + st.below_confidence)
    head = (f"{len(result.findings)} finding(s)" + (f" ({detail})" if detail else "")
            if result.findings else "no secrets found")
    what = f"{st.files} file(s)"
    if getattr(result, "kind", "") == "history":
        what = f"{st.files} blob(s) from {st.extra.get('commits', 0)} commit(s)"
        if st.extra.get("messages_scanned"):
            what += f" and {st.extra['messages_scanned']} message(s)"
    return (f"leakscan: {head}; scanned {what}, {_mb(st.bytes)} in "
            f"{st.seconds:.2f}s; skipped {skipped} (binary {st.skipped_binary}, "
            f"large {st.skipped_large}); suppressed {suppressed}")


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB"
