"""Run a scanner over a folder and read its JSON report into uniform records.

The peers print the secrets they find in their JSON (we run them without --redact so that a
finding can be matched to a label by the secret's hash). Reports are written into a temporary
directory that the caller deletes; secrets are hashed as soon as a report is read and never
kept or printed.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import harness


@dataclass(frozen=True)
class Finding:
    tool: str
    file: str  # relative to the scanned root, posix
    line: int
    end_line: int
    rule: str
    hashes: frozenset[str]  # sha256 of each secret-ish value the tool reported (empty when redacted)
    confidence: str = ""
    family: str = ""  # leakscan reports the rule family; empty for peers


@dataclass
class Run:
    tool: str
    exe: Path
    cmd: list[str]
    seconds: float
    code: int
    error: str
    findings: list[Finding]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def scan_cmd(
    tool: str, exe: Path, root: Path, report: Path, *, show_secrets: bool, leakscan_args: Sequence[str] = ()
) -> list[str]:
    """Folder scan with each tool's defaults (leakscan's own confidence floor unless
    ``leakscan_args`` says otherwise) plus what a fair comparison needs:
    every occurrence reported (Kingfisher --no-dedup; gitleaks already does), no validation,
    no update check, and the secret left in the report when ``show_secrets``."""
    if tool == "gitleaks":
        cmd = [
            str(exe),
            "dir",
            str(root),
            "--no-banner",
            "--log-level",
            "error",
            "--report-format",
            "json",
            "--report-path",
            str(report),
            "--exit-code",
            "0",
        ]
        return cmd if show_secrets else [*cmd, "--redact"]
    if tool == "kingfisher":
        cmd = [
            str(exe),
            "scan",
            str(root),
            "--no-validate",
            "--no-update-check",
            "--quiet",
            "--no-dedup",
            "--format",
            "json",
            "--output",
            str(report),
        ]
        return cmd if show_secrets else [*cmd, "--redact"]
    cmd = [
        str(exe),
        "scan",
        str(root),
        "--format",
        "json",
        "--output",
        str(report),
        "--no-progress",
        *leakscan_args,
    ]
    return [*cmd, "--show-secrets"] if show_secrets else cmd


def run_tool(
    tool: str,
    exe: Path,
    root: Path,
    report: Path,
    *,
    show_secrets: bool,
    leakscan_args: Sequence[str] = (),
    timeout: float = 3600,
) -> Run:
    cmd = scan_cmd(tool, exe, root, report, show_secrets=show_secrets, leakscan_args=leakscan_args)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd,
            cwd=root if root.is_dir() else root.parent,
            env=harness.quiet_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Run(tool, exe, cmd, time.perf_counter() - t0, -1, f"timed out after {timeout:.0f}s", [])
    seconds = time.perf_counter() - t0
    # stderr never carries secrets for these tools (progress and errors only); keep the tail.
    err = proc.stderr.decode("utf-8", "replace").strip()
    if proc.returncode not in harness.OK_CODES[tool]:
        return Run(tool, exe, cmd, seconds, proc.returncode, f"exit {proc.returncode}: {err[-400:]}", [])
    try:
        findings = parse(tool, report, root)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return Run(
            tool, exe, cmd, seconds, proc.returncode, f"unreadable report: {type(exc).__name__}: {exc}", []
        )
    return Run(tool, exe, cmd, seconds, proc.returncode, "", findings)


def _rel(path: str, root: Path) -> str:
    p = path
    if os.path.isabs(p):
        try:
            p = os.path.relpath(p, root)
        except ValueError:
            return p
    p = os.path.normpath(p).replace(os.sep, "/")
    return p[2:] if p.startswith("./") else p


def _hashes(*values: Any) -> frozenset[str]:
    out = set()
    for v in values:
        if isinstance(v, str) and v and v != "REDACTED" and not v.startswith("[REDACTED"):
            out.add(sha256(v))
            if v.strip() != v:
                out.add(sha256(v.strip()))
    return frozenset(out)


def parse(tool: str, report: Path, root: Path) -> list[Finding]:
    with open(report, encoding="utf-8") as fh:
        data: Any = json.load(fh)
    out: list[Finding] = []
    if tool == "gitleaks":
        for f in data or []:
            line = int(f.get("StartLine") or 0)
            out.append(
                Finding(
                    tool,
                    _rel(f["File"], root),
                    line,
                    int(f.get("EndLine") or line),
                    f["RuleID"],
                    _hashes(f.get("Secret"), f.get("Match")),
                )
            )
    elif tool == "kingfisher":
        for f in data.get("findings") or []:
            fi = f["finding"]
            line = int(fi.get("line") or 0)
            snippet = fi.get("snippet")
            n_lines = snippet.count("\n") if isinstance(snippet, str) else 0
            deps = fi.get("dependent_captures") or {}
            dep_values = list(deps.values()) if isinstance(deps, dict) else []
            out.append(
                Finding(
                    tool,
                    _rel(fi["path"], root),
                    line,
                    line + n_lines,
                    f["rule"]["id"],
                    _hashes(snippet, *dep_values),
                    str(fi.get("confidence", "")),
                )
            )
    else:
        for f in data["findings"]:
            hashes = _hashes(f.get("secret"), f.get("companion"))
            for loc in f["locations"]:
                line = int(loc.get("line") or 0)
                end = int(loc.get("end_line") or line)
                pair = int(loc.get("companion_line") or 0)  # a paired finding spans both lines
                out.append(
                    Finding(
                        tool,
                        _rel(loc["path"], root),
                        min(line, pair or line),
                        max(end, pair),
                        f["rule_id"],
                        hashes,
                        str(f.get("confidence", "")),
                        str(f.get("family", "")),
                    )
                )
    return out
