"""`leakscan baseline create|update|check [PATH]`: accept today's findings, catch new ones."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from io import StringIO
from pathlib import Path
from typing import Any

import click

from .. import baseline as bl
from .. import pipeline
from ..config import Config
from ..errors import ConfigError, ExitCode
from ..findings import apply_filters
from ..pipeline import ScanResult
from .common import build_config, emit, summary_line

Scan = Callable[[Config], ScanResult]


def _options(fn: Callable[..., Any]) -> Callable[..., Any]:
    for dec in reversed([
        click.argument("path", default=".", type=click.Path()),
        click.option("--output", "-o", "--baseline", "file", type=click.Path(dir_okay=False),
                     default=None, help="The baseline file (default: `baseline` in the config, "
                                        "else .leakscan-baseline at PATH)."),
        click.option("--history", is_flag=True, default=False,
                     help="Scan every ref of the repository at PATH instead of its files."),
        click.option("--config", "config_file", type=click.Path(), default=None,
                     help="Config file (default: .leakscan.toml or [tool.leakscan] at PATH)."),
        click.option("--jobs", "-j", type=click.IntRange(0, 256), default=None,
                     help="Worker processes (default: all cores)."),
        click.option("--no-cache", is_flag=True, default=False,
                     help="Compile the rule database afresh."),
    ]):
        fn = dec(fn)
    return fn


def _setup(path: str, opts: dict[str, Any]) -> tuple[Config, Path, Scan]:
    target = pipeline.require_target(path)
    root = target if target.is_dir() else target.parent
    cfg = build_config(root, {**opts, "no_progress": True})
    file = Path(opts["file"]) if opts.get("file") else Path(cfg.baseline or root / bl.DEFAULT_NAME)
    if opts.get("history"):
        from .. import gitscan

        def scan(c: Config) -> ScanResult:
            return gitscan.scan_history(c.with_(baseline=None, min_confidence="low"), target)
    else:
        def scan(c: Config) -> ScanResult:
            return pipeline.scan_paths(c.with_(baseline=None, min_confidence="low"), target)
    # Scans see every finding, whatever the confidence floor: the baseline is applied here.
    return cfg.with_(baseline=None), file, scan


def _expiry(value: str | None) -> dt.date | None:
    return bl.parse_date(value, "--expires") if value else None


def _reason(f: Any, given: str) -> str:
    if given:
        return given
    loc = f.locations[0]
    return f"seen in {loc.path}" + (f" @ {loc.commit[:12]}" if loc.commit else "")


def _say(msg: str) -> None:
    click.echo(f"leakscan: {msg}", err=True)


@click.group()
def baseline() -> None:
    """Accept the findings you have today; anything new still fails.

    A baseline holds one line per accepted finding: its content fingerprint, rule id, an
    optional expires=YYYY-MM-DD and a reason. No secret, path, line number or timestamp, so
    entries survive code moves and branches merge without conflicts (add
    `.leakscan-baseline merge=union` to .gitattributes). Every scanning command applies it
    with --baseline FILE, or by itself when `baseline` is set in the config or a
    .leakscan-baseline file sits at the scan root.
    """


@baseline.command()
@_options
@click.option("--reason", default="", help="Reason recorded on every entry "
                                           "(default: where the finding was seen).")
@click.option("--expires", default=None, metavar="YYYY-MM-DD",
              help="After this date the entries stop suppressing and the findings fire again.")
@click.option("--force", is_flag=True, help="Overwrite an existing baseline file.")
def create(path: str, reason: str, expires: str | None, force: bool, **opts: Any) -> int:
    """Write a baseline that accepts every current finding in PATH."""
    cfg, file, scan = _setup(path, opts)
    if file.exists() and not force:
        raise ConfigError(f"{file}: baseline exists; add new findings with `leakscan baseline "
                          "update`, or pass --force to start over")
    until = _expiry(expires)
    result = scan(cfg)
    entries = [bl.Entry(f.fingerprint, f.rule_id, _reason(f, reason), until)
               for f in result.findings]
    bl.write(file, entries)
    _say(f"baseline {file}: {len(entries)} entr{'y' if len(entries) == 1 else 'ies'} "
         f"written ({_scanned(result)})")
    _say(f"tip: add `{file.name} merge=union` to .gitattributes so parallel additions merge")
    return int(ExitCode.CLEAN)


@baseline.command()
@_options
@click.option("--reason", default="", help="Reason recorded on the new entries.")
@click.option("--expires", default=None, metavar="YYYY-MM-DD", help="Expiry of the new entries.")
@click.option("--prune", is_flag=True, help="Drop entries that no longer match any finding.")
def update(path: str, reason: str, expires: str | None, prune: bool, **opts: Any) -> int:
    """Add today's new findings to the baseline; keep existing entries (and their reasons)."""
    cfg, file, scan = _setup(path, opts)
    old = bl.read(file) if file.exists() else []
    today = dt.date.today()
    until = _expiry(expires)
    result = scan(cfg)
    known = {e.fingerprint for e in old}
    live = {f.fingerprint for f in result.findings}
    added = [bl.Entry(f.fingerprint, f.rule_id, _reason(f, reason), until)
             for f in result.findings if f.fingerprint not in known]
    kept = [e for e in old if not prune or e.fingerprint in live]
    bl.write(file, kept + added)
    _say(f"baseline {file}: {len(added)} added, {len(kept)} kept, {len(old) - len(kept)} pruned "
         f"({_scanned(result)})")
    expired = [e for e in old if e.expired(today) and e.fingerprint in live]
    if expired:
        _say(f"{len(expired)} expired entr{'y' if len(expired) == 1 else 'ies'} still match and "
             "fire again: rotate and remove the secret, or renew expires= with a reason")
    return int(ExitCode.CLEAN)


@baseline.command()
@_options
@click.option("--format", "fmt", type=click.Choice(["human", "json"]), default="human",
              help="Report format (findings and stale ignores).")
@click.option("--report-stale", is_flag=True,
              help="Also list baseline entries, config allowlists and inline directives that no "
                   "longer suppress anything (exit 1 if there are any).")
def check(path: str, fmt: str, report_stale: bool, **opts: Any) -> int:
    """Fail on findings the baseline does not cover; optionally audit stale ignores."""
    cfg, file, scan = _setup(path, opts)
    if not file.exists():
        raise ConfigError(f"{file}: no baseline; create one with `leakscan baseline create`")
    entries = bl.read(file)
    today = dt.date.today()
    active = {e.fingerprint for e in entries if not e.expired(today)}
    result = scan(cfg)
    found = result.findings
    # The scan kept every confidence; the baseline and the floor apply as in any other scan.
    new = apply_filters(found, cfg, result.stats, frozenset(active))
    result.findings = new
    stale = _stale(cfg, Path(path), file, entries, found, today, scan) if report_stale else []
    expired = sum(e.expired(today) for e in entries)
    head = (f"baseline {file}: {len(entries)} entries, {result.stats.suppressed_baseline} "
            f"matched, {expired} expired")
    out_cfg = cfg.with_(format=fmt, output=None)
    if fmt == "json":
        _json_report(result, out_cfg, stale, file, len(entries), expired)
        _say(f"{head}; {summary_line(result)[len('leakscan: '):]}")
    else:
        emit(result, out_cfg, f"leakscan: {head}; {summary_line(result)[len('leakscan: '):]}")
        for s in stale:
            why = f"  # {s.reason}" if s.reason else ""
            click.echo(f"stale {s.kind}: {s.where}: {s.what}{why}")
    if report_stale:
        _say(f"{len(stale)} stale ignore(s)" + (": remove them so they cannot hide the next "
                                               "secret" if stale else ""))
    return int(ExitCode.FINDINGS if new or stale else ExitCode.CLEAN)


def _stale(cfg: Config, path: Path, file: Path, entries: list[bl.Entry], found: list[Any],
           today: dt.date, scan: Scan) -> list[Any]:
    from .. import stale

    out = stale.baseline_entries(entries, str(file), found, today)
    if cfg.allowlist_paths or cfg.allowlist_regexes or cfg.allowlists:
        raw = scan(cfg.with_(allowlist_paths=(), allowlist_regexes=(), allowlists=()))
        out += stale.config_allowlists(cfg, raw.findings)
    root = path if path.is_dir() else path.parent
    out += stale.inline_directives(pipeline.make_engine(cfg), root, cfg)
    return out


def _json_report(result: ScanResult, cfg: Config, stale: list[Any], file: Path, entries: int,
                 expired: int) -> None:
    from ..reporters import get

    buf = StringIO()
    get("json")(result, {r.id: r for r in cfg.rules}, False, buf)
    doc = json.loads(buf.getvalue())
    doc["baseline"] = {"file": str(file), "entries": entries, "expired": expired,
                       "matched": result.stats.suppressed_baseline,
                       "stale": [{"kind": s.kind, "where": s.where, "what": s.what,
                                  "reason": s.reason} for s in stale]}
    json.dump(doc, sys.stdout, indent=2)
    sys.stdout.write("\n")


def _scanned(result: ScanResult) -> str:
    st = result.stats
    commits = st.extra.get("commits")
    return (f"scanned {st.files} file(s), {st.bytes} bytes"
            + (f", {commits} commit(s)" if commits is not None else ""))
