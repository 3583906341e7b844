#!/usr/bin/env python3
"""Pre-commit hook latency, side by side: leakscan's installed hook vs gitleaks.

In a clone of a real-sized repository (``repo-flask`` from the bench corpora by default), N
tracked files are edited and staged, then each tool checks the staged change:

- ``leakscan hook``: the ``.git/hooks/pre-commit`` that ``leakscan hook install`` writes, run
  by ``sh`` exactly as git runs it (environment filtering, interpreter start, ``leakscan
  staged``), plus ``leakscan staged`` called directly;
- ``gitleaks git --pre-commit --staged`` (the peers venv, /work/bench/peers-venv).

Scenarios: one staged file, fifty staged files (both clean: the everyday commit), and one
staged file that adds a fake GitHub token (the commit is blocked). Warm caches: one unmeasured
run first. Target (issue 5): leakscan's median below half of gitleaks' on one and fifty files.

    python benches/bench_hook.py [--runs 9] [--repo PATH] [--tools leakscan,gitleaks]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import harness

TEXT_SUFFIXES = (".py", ".rst", ".md", ".txt", ".toml", ".cfg", ".html", ".css", ".js", ".yaml")
EDIT = (
    "\n\n# --- local change for the hook benchmark ---\n"
    "def _bench_helper(values):\n"
    '    """Sum the positive values, ignoring None."""\n'
    "    return sum(v for v in values if v is not None and v > 0)\n"
)


def git(repo: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.invalid",
               GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.invalid")
    out = subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)
    return out.stdout.decode()


def fake_token() -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from leakscan.checks import github_token

    return github_token("ghp_", b"Bq7Zr2Kd9Lm4Xw8Tn3Vc6Hs1Jf5Gp0").decode()


def prepare(source: Path, dest: Path, files: int, secret: bool) -> tuple[Path, int]:
    """A clone with `files` tracked text files edited and staged; (repo, staged bytes)."""
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(source), str(dest)], check=True)
    tracked = sorted(p for p in git(dest, "ls-files", "-z").split("\0")
                     if p.endswith(TEXT_SUFFIXES) and (dest / p).is_file())
    if len(tracked) < files:
        raise SystemExit(f"{source}: only {len(tracked)} text files, need {files}")
    step = len(tracked) // files
    chosen = tracked[::step][:files]
    size = 0
    for i, rel in enumerate(chosen):
        path = dest / rel
        extra = EDIT + (f'GITHUB_TOKEN = "{fake_token()}"\n' if secret and i == 0 else "")
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(extra)
        size += path.stat().st_size
    git(dest, "add", "--", *chosen)
    return dest, size


def install_hook(leakscan: Path, repo: Path) -> Path:
    subprocess.run([str(leakscan), "hook", "install", str(repo)], check=True, capture_output=True,
                   env=harness.quiet_env())
    return repo / ".git" / "hooks" / "pre-commit"


def scenario(found: dict[str, Path], source: Path, tmp: Path, files: int, secret: bool,
             runs: int) -> list[harness.Row]:
    repo, size = prepare(source, tmp / f"repo-{files}-{int(secret)}", files, secret)
    rows: list[harness.Row] = []
    # A real install has its .pyc compiled by pip; this (editable) checkout gets them from the
    # warm-up run, unless the environment forbids writing them.
    env = {k: v for k, v in harness.quiet_env().items()
           if not k.startswith("GIT_") and k != "PYTHONDONTWRITEBYTECODE"}
    extra = {"staged": f"{files} files, {size / 1e3:.0f} kB"}
    for tool, exe in found.items():
        if tool == "leakscan":
            hook = install_hook(exe, repo)
            m = harness.run(["sh", str(hook)], runs=runs, warmup=1, cwd=repo, env=env, ok_codes=(0, 1))
            rows.append(harness.Row("leakscan hook", m, extra, "sh .git/hooks/pre-commit"))
            m = harness.run([str(exe), "staged", "--no-progress"], runs=runs, warmup=1, cwd=repo,
                            env=env, ok_codes=(0, 1))
            rows.append(harness.Row("leakscan", m, extra, "leakscan staged (no hook script)"))
        else:
            cmd = harness.staged_cmd(tool, exe, repo, tmp / f"{tool}-{files}.json")
            m = harness.run(cmd, runs=runs, warmup=1, cwd=repo, env=env,
                            ok_codes=harness.OK_CODES[tool])
            rows.append(harness.Row(tool, m, extra))
    return rows


def verdict(rows: list[harness.Row]) -> str:
    ref = next((r for r in rows if r.tool == "gitleaks" and r.m.ok), None)
    hook = next((r for r in rows if r.tool == "leakscan hook" and r.m.ok), None)
    if ref is None or hook is None:
        return "   target: not measured (a tool is missing)"
    ratio = hook.m.wall / ref.m.wall
    ok = "met" if ratio < 0.5 else "NOT met"
    return (f"   target (hook median < 0.5 x gitleaks): {ok}: {hook.m.wall:.3f}s vs "
            f"{ref.m.wall:.3f}s = {ratio:.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--repo", type=Path, default=harness.CORPORA / "repo-flask")
    ap.add_argument("--tools", default="leakscan,gitleaks")
    args = ap.parse_args(argv)
    if not (args.repo / ".git").exists():
        print(f"{args.repo}: not a git working tree (build it: python benches/make_corpora.py)",
              file=sys.stderr)
        return 2
    found = harness.tools_available(args.tools.split(","))
    if "leakscan" not in found:
        return 2
    harness.print_versions(found)
    print(f"repository: {args.repo} ({len(git(args.repo, 'ls-files').splitlines())} tracked files)")
    with tempfile.TemporaryDirectory(prefix="bench-hook-") as tmp:
        for files, secret, title in ((1, False, "one staged file, clean"),
                                     (50, False, "fifty staged files, clean"),
                                     (1, True, "one staged file adding a fake token (blocked)")):
            rows = scenario(found, args.repo, Path(tmp), files, secret, args.runs)
            harness.print_table(f"pre-commit: {title}", rows, reference="gitleaks",
                                extra_cols=("staged",))
            print(verdict(rows))
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
