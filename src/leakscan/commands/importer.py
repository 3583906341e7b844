"""`leakscan import gitleaks|detect-secrets FILE`: turn a peer's ignore list into a baseline.

Neither peer stores what a leakscan baseline needs (a fingerprint of rule id + secret):
- gitleaks' `.gitleaksignore` keys on `commit:file:rule:line` (or `file:rule:line`), a
  position with no content; its JSON reports carry the position and, unless redacted, the text.
- detect-secrets' `.secrets.baseline` keeps a SHA-1 of each secret and the line it was on.
So each entry is converted by re-scanning the place it points at: the blob at that commit (or
the working-tree file) for gitleaks, the working-tree file for detect-secrets, where the SHA-1
must match a value on that line, so a different secret is never accepted by mistake.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from .. import baseline as bl
from ..config import Config
from ..engine import Engine, is_binary
from ..errors import ConfigError, ExitCode
from ..fingerprint import DEFAULT_KEY, fingerprint
from ..models import Match
from ..sources.gitcli import git_env
from .common import build_config

_HEX40 = re.compile(r"^[0-9a-f]{40}$")
_TOKEN = re.compile(rb"[^\s'\"`=:,;()\[\]{}<>]+")
_QUOTED = re.compile(rb"(['\"`])(.+?)\1")
_PEM_HEAD = re.compile(rb"BEGIN[A-Z ]*PRIVATE KEY")


@dataclass(frozen=True, slots=True)
class Result:
    source: str  # the entry as the peer wrote it (never a secret)
    entries: tuple[bl.Entry, ...] = ()
    problem: str = ""  # why it was not converted


class Reader:
    """File contents by (commit, path), from git objects or the working tree."""

    def __init__(self, repo: Path) -> None:
        self.repo = repo
        self._cache: dict[tuple[str, str], bytes | str] = {}

    def read(self, commit: str, path: str) -> bytes | str:
        """Bytes, or a reason why they cannot be read."""
        key = (commit, path)
        if key not in self._cache:
            self._cache[key] = self._load(commit, path)
        return self._cache[key]

    def _load(self, commit: str, path: str) -> bytes | str:
        if not commit:
            try:
                return (self.repo / path).read_bytes()
            except OSError:
                return f"{path} is not in the working tree any more"
        ok = subprocess.run(["git", "cat-file", "-e", f"{commit}^{{commit}}"], cwd=self.repo,
                            env=git_env(), capture_output=True, check=False)
        if ok.returncode != 0:
            return (f"commit {commit[:12]} is not in this repository (rewritten history, "
                    "another repository, or a shallow clone)")
        res = subprocess.run(["git", "cat-file", "blob", f"{commit}:{path}"], cwd=self.repo,
                             env=git_env(), capture_output=True, check=False)
        return res.stdout if res.returncode == 0 else f"{path} does not exist at {commit[:12]}"


def _on_line(matches: list[Match], line: int) -> list[Match]:
    return [m for m in matches if m.line <= line <= max(m.end_line, m.line)]


def _entries(matches: list[Match], key: bytes, reason: str) -> tuple[bl.Entry, ...]:
    return tuple(bl.Entry(fingerprint(m.rule_id, m.secret, key), m.rule_id, reason)
                 for m in matches)


# -- gitleaks ---------------------------------------------------------------------------------


def gitleaks_entries(text: str, where: str) -> Iterator[tuple[str, str, str, str, int, str]]:
    """(source, commit, path, rule, line, matched text) per entry of an ignore file or report."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            report = json.loads(text)
        except ValueError as exc:
            raise ConfigError(f"{where}: not a gitleaks JSON report ({exc})") from None
        for item in report:
            if not isinstance(item, dict) or not isinstance(item.get("File"), str):
                raise ConfigError(f"{where}: not a gitleaks JSON report (finding without File)")
            yield (str(item.get("Fingerprint") or item["File"]), str(item.get("Commit") or ""),
                   item["File"], str(item.get("RuleID", "")), int(item.get("StartLine") or 0),
                   str(item.get("Match") or ""))
        return
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        head, rule, lineno = [*line.rsplit(":", 2), "", ""][:3]
        if not lineno.isdigit() or not head:
            raise ConfigError(f"{where}:{n}: not a gitleaks fingerprint (commit:file:rule:line "
                              "or file:rule:line)")
        commit, _, path = head.partition(":")
        if not _HEX40.match(commit) or not path:
            commit, path = "", head
        yield line, commit, path, rule, int(lineno), ""


def convert_gitleaks(text: str, where: str, engine: Engine, reader: Reader, key: bytes) -> list[Result]:
    out = []
    for source, commit, path, rule, line, matched in gitleaks_entries(text, where):
        reason = f"imported from gitleaks ({rule} in {path})"
        data = reader.read(commit, path)
        if isinstance(data, str) or is_binary(data):
            problem = data if isinstance(data, str) else f"{path} is binary at that commit"
            if matched and matched != "REDACTED":  # a report's text stands in for the file
                got = _entries(engine.scan(matched.encode()), key, reason)
                if got:
                    out.append(Result(source, got))
                    continue
            out.append(Result(source, problem=problem))
            continue
        found = _on_line(engine.scan(data, path.encode()), line)
        if found:
            out.append(Result(source, _entries(found, key, reason)))
        else:
            out.append(Result(source, problem=f"leakscan finds no secret on {path}:{line}"
                                              f"{' at ' + commit[:12] if commit else ''}: "
                                              "nothing to accept"))
    return out


# -- detect-secrets -----------------------------------------------------------------------------


def _candidates(line: bytes) -> set[bytes]:
    found = set(_TOKEN.findall(line)) | {m.group(2) for m in _QUOTED.finditer(line)}
    found |= set(_PEM_HEAD.findall(line)) | {line.strip()}
    return found


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def convert_detect_secrets(text: str, where: str, engine: Engine, reader: Reader,
                           key: bytes) -> tuple[list[Result], list[str]]:
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise ConfigError(f"{where}: not a detect-secrets baseline ({exc})") from None
    results = doc.get("results") if isinstance(doc, dict) else None
    if not isinstance(results, dict):
        raise ConfigError(f"{where}: not a detect-secrets baseline (no \"results\" object)")
    out = []
    for path, items in sorted(results.items()):
        data = reader.read("", path)
        matches = engine.scan(data, path.encode()) if isinstance(data, bytes) else []
        lines = data.split(b"\n") if isinstance(data, bytes) else []
        for item in items if isinstance(items, list) else []:
            kind, hashed = str(item.get("type", "?")), str(item.get("hashed_secret", ""))
            line = int(item.get("line_number") or 0)
            source = f"{path}:{line} {kind} {hashed[:12]}"
            reason = f"imported from detect-secrets ({kind} in {path})"
            if item.get("is_secret") is True:
                out.append(Result(source, problem="audited as a real secret in detect-secrets: "
                                                  "not accepted; rotate it"))
                continue
            if isinstance(data, str):
                out.append(Result(source, problem=data))
                continue
            same = [m for m in matches if hashed in (_sha1(m.secret), _sha1(m.companion))]
            if not same and 0 < line <= len(lines) and any(
                    _sha1(c) == hashed for c in _candidates(lines[line - 1])):
                same = _on_line(matches, line)  # the same value is still on that line
            if same:
                out.append(Result(source, _entries(same, key, reason)))
            elif any(_sha1(c) == hashed for ln in lines for c in _candidates(ln)):
                out.append(Result(source, problem="leakscan does not report this value: nothing "
                                                  "to accept"))
            else:
                out.append(Result(source, problem="the secret is not in the file any more "
                                                  "(no value there has its SHA-1)"))
    return out, _ds_filters(doc)


def _ds_filters(doc: dict[str, Any]) -> list[str]:
    """detect-secrets exclusions have no baseline form: say what to put in the config."""
    notes = []
    for item in doc.get("filters_used", []):
        if not isinstance(item, dict) or not item.get("pattern"):
            continue
        path, pats = str(item.get("path", "")), item["pattern"]
        if path.endswith("should_exclude_file"):
            notes.append(f"--exclude-files {pats}: file regexes; write them as globs in "
                         "allowlist_paths of .leakscan.toml")
        elif path.endswith("should_exclude_secret"):
            notes.append(f"--exclude-secrets {pats}: copy them to allowlist_regexes in "
                         ".leakscan.toml (same Python regex syntax)")
        elif path.endswith("should_exclude_line"):
            notes.append(f"--exclude-lines {pats}: leakscan has no line regexes; mark those "
                         "lines with `leakscan:allow <reason>`")
    return notes


# -- the command ------------------------------------------------------------------------------


def _say(msg: str) -> None:
    click.echo(f"leakscan: {msg}", err=True)


@click.command("import")
@click.argument("tool", type=click.Choice(["gitleaks", "detect-secrets"]))
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--repo", default=".", type=click.Path(file_okay=False),
              help="Repository the file describes (default: the current folder).")
@click.option("--output", "-o", "--baseline", "out_file", type=click.Path(dir_okay=False),
              default=None, help="Baseline to write or extend (default: `baseline` in the config, "
                                 "else .leakscan-baseline in REPO).")
@click.option("--config", "config_file", type=click.Path(), default=None,
              help="Config file (default: .leakscan.toml or [tool.leakscan] in REPO).")
def import_(tool: str, file: str, repo: str, out_file: str | None, config_file: str | None) -> int:
    """Convert a .gitleaksignore / gitleaks JSON report, or a detect-secrets .secrets.baseline,
    into a leakscan baseline, and say which entries could not be converted and why.

    Each entry is re-scanned where it points (the commit and file for gitleaks, the working-tree
    file for detect-secrets) to recover what leakscan needs: a fingerprint of the secret itself.
    """
    root = Path(repo)
    cfg: Config = build_config(root, {"config_file": config_file, "no_progress": True})
    target = Path(out_file) if out_file else Path(cfg.baseline or root / bl.DEFAULT_NAME)
    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    from ..pipeline import make_engine

    engine, reader = make_engine(cfg), Reader(root)
    key = cfg.fingerprint_key or DEFAULT_KEY
    notes: list[str] = []
    if tool == "gitleaks":
        results = convert_gitleaks(text, file, engine, reader, key)
    else:
        results, notes = convert_detect_secrets(text, file, engine, reader, key)
    old = bl.read(target) if target.exists() else []
    known = {e.fingerprint for e in old}
    new = [e for r in results for e in r.entries if e.fingerprint not in known]
    bl.write(target, old + new)
    done = sum(bool(r.entries) for r in results)
    _say(f"{tool}: {done} of {len(results)} entries converted; {len(bl.normalize(new))} new "
        f"baseline entries in {target}")
    failed = [r for r in results if r.problem]
    for r in failed[:30]:
        _say(f"not converted: {r.source}: {r.problem}")
    if len(failed) > 30:
        _say(f"... and {len(failed) - 30} more; by reason: "
            + "; ".join(f"{n} x {p}" for p, n in Counter(r.problem for r in failed).most_common(5)))
    for note in notes:
        _say(f"not converted: {note}")
    return int(ExitCode.CLEAN)
