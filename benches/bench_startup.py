#!/usr/bin/env python3
"""Start-up and pre-commit latency, side by side: leakscan / gitleaks / kingfisher.

1. ``scan FILE`` of one small file, cold: the compiled rule database cache is missing
   (leakscan: ``XDG_CACHE_HOME`` pointed at an emptied temp dir before every run;
   Kingfisher: ``--rule-cache-dir`` emptied before every run; gitleaks has no such cache).
2. The same, warm: the cache dir is kept and filled by one unmeasured run.
3. Pre-commit: one staged file (with a fake GitHub token made at run time) in a clone of
   ``repo-flask`` (or a tiny fresh repo when the corpus is missing): ``leakscan staged``,
   ``gitleaks git --pre-commit --staged``, ``kingfisher scan . --staged``; warm caches.

    python benches/bench_startup.py [--runs 7] [--tools leakscan,gitleaks]
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import shutil
import string
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import harness


def fake_github_token(seed: int = 7) -> str:
    """A syntactically valid, fake classic GitHub token (base62 CRC32 checksum)."""
    rng = random.Random(seed)
    alphabet = string.digits + string.ascii_uppercase + string.ascii_lowercase
    body = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(30))
    n = zlib.crc32(body.encode())
    check = ""
    while n:
        n, r = divmod(n, 62)
        check = alphabet[r] + check
    return "ghp_" + body + check.rjust(6, "0")


def small_file_text() -> str:
    return (
        '"""Settings for a small service."""\n\n'
        "import os\n\n"
        'DEBUG = os.environ.get("DEBUG") == "1"\n'
        'DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///app.db")\n'
        f'GITHUB_TOKEN = "{fake_github_token()}"\n'
        'ALLOWED_HOSTS = ["localhost", "127.0.0.1"]\n'
    )


def _empty(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)


def git(repo: Path, *args: str) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.invalid",
               GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.invalid")
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def make_staged_repo(tmp: Path) -> Path:
    repo = tmp / "staged-repo"
    source = harness.CORPORA / "repo-flask"
    if (source / ".git").exists():
        subprocess.run(["git", "clone", "-q", str(source), str(repo)], check=True)
    else:
        repo.mkdir()
        git(repo, "init", "-q", "-b", "main")
        (repo / "README.md").write_text("# demo\n")
        git(repo, "add", "README.md")
        git(repo, "commit", "-q", "-m", "init")
    (repo / "settings_local.py").write_text(small_file_text())
    git(repo, "add", "settings_local.py")
    return repo


def cache_env(tool: str, cache: Path) -> tuple[dict[str, str], list[str]]:
    """Environment and extra arguments that point a tool's rule cache at ``cache``."""
    if tool == "leakscan":
        return harness.quiet_env({"XDG_CACHE_HOME": str(cache)}), []
    if tool == "kingfisher":
        return harness.quiet_env(), ["--rule-cache-dir", str(cache)]
    return harness.quiet_env(), []


def bench_file(found: dict[str, Path], tmp: Path, runs: int, reference: str) -> None:
    target = tmp / "settings.py"
    target.write_text(small_file_text())
    for label in ("cold", "warm"):
        rows: list[harness.Row] = []
        for tool, exe in found.items():
            cache = tmp / f"cache-{label}-{tool}"
            _empty(cache)
            env, extra_args = cache_env(tool, cache)
            report = tmp / f"{tool}-{label}.json"
            cmd = harness.scan_cmd(tool, exe, target, report) + extra_args
            cold = label == "cold"
            m = harness.run(cmd, runs=runs, warmup=0 if cold else 1, env=env,
                            ok_codes=harness.OK_CODES[tool],
                            before_each=functools.partial(_empty, cache) if cold else None)
            n = harness.count_findings(report) if m.ok else None
            note = "no rule cache: cold = warm" if tool == "gitleaks" else ""
            rows.append(harness.Row(tool, m, {"findings": "?" if n is None else str(n)}, note))
        what = ("rule cache emptied before each run" if label == "cold"
                else "rule cache kept, one unmeasured run first")
        harness.print_table(f"scan one small file, {label} ({what})", rows,
                            reference=reference, extra_cols=("findings",))


def bench_staged(found: dict[str, Path], tmp: Path, runs: int, reference: str) -> None:
    repo = make_staged_repo(tmp)
    rows: list[harness.Row] = []
    for tool, exe in found.items():
        skipped = harness.missing_subcommand_row(tool, exe, "staged")
        if skipped is not None:
            rows.append(skipped)
            continue
        report = tmp / f"{tool}-staged.json"
        cmd = harness.staged_cmd(tool, exe, repo, report)
        m = harness.run(cmd, runs=runs, warmup=1, cwd=repo, env=harness.quiet_env(),
                        ok_codes=harness.OK_CODES[tool])
        n = harness.count_findings(report) if m.ok else None
        rows.append(harness.Row(tool, m, {"findings": "?" if n is None else str(n)}))
    base = "clone of repo-flask" if (harness.CORPORA / "repo-flask").exists() else "tiny repo"
    harness.print_table(f"pre-commit, one staged file ({base}, warm caches)", rows,
                        reference=reference, extra_cols=("findings",))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--tools", default=",".join(harness.TOOLS))
    ap.add_argument("--reference", default="gitleaks")
    args = ap.parse_args(argv)

    found = harness.tools_available(args.tools.split(","))
    if not found:
        print("no tool to run", file=sys.stderr)
        return 2
    harness.print_versions(found)
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        bench_file(found, Path(tmp), args.runs, args.reference)
        bench_staged(found, Path(tmp), args.runs, args.reference)
    return 0


if __name__ == "__main__":
    sys.exit(main())
