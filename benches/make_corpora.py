#!/usr/bin/env python3
"""Build the real-data benchmark corpora for leakscan and its peers.

Everything lands under ``${LEAKSCAN_BENCH_DIR:-/work/bench}/corpora/`` (never in the
repository):

``tree-sitepkgs``
    A plain folder copy of a fresh venv's site-packages holding a set of real, popular
    packages (installed with ``--no-compile``, so no ``.pyc`` files). Non-secret, real code.

``tree-npm``
    A second real, non-secret tree: ``npm install --ignore-scripts`` of popular JavaScript
    packages (SDKs of AWS, Google, Azure, Stripe, Twilio, Slack, OpenAI, Firebase; React,
    Next.js, webpack, TypeScript...), 1.0 GB in 70k files. The ``node_modules`` folder is
    renamed ``js-packages``: gitleaks skips any path under ``node_modules``, so a peer would
    otherwise scan almost nothing of it. Built only with ``--only tree-npm`` (needs npm).

``repo-flask``, ``repo-requests``, ``repo-sqlalchemy``
    Git histories rebuilt from the successive released sdists of each project: every
    release's unpacked tree is committed in version order onto ``main`` with a
    deterministic author and date (one day per release, starting 2010-01-01 UTC), a
    lightweight tag per release, and one ``maint/<major>.x`` side branch per older major
    series carrying two synthetic maintenance commits that are reachable from no other
    ref (so scanning "all refs" matters). Packed with ``git gc`` at the end.

``MANIFEST.txt``
    Sizes of every corpus (files and bytes; commits, unique blobs and blob bytes) plus the
    releases that could not be fetched.

Only the standard library is used, plus ``pip`` and ``git`` subprocesses. sdists are
fetched with ``pip download --no-deps --no-binary PKG PKG==VERSION`` (cached under
``${LEAKSCAN_BENCH_DIR}/sdists``). pip prepares each sdist's metadata, which fails for
some old releases under a modern setuptools; each download is therefore tried in a venv
with a current setuptools, then one with setuptools<58 (``use_2to3`` era), then with
pip's default build isolation. Releases whose setup.py only runs on Python 2 still fail;
for those, the tree pip unpacked before failing is kept (``--no-clean``) and archived
instead. Releases that still fail are skipped and listed in the manifest.

Usage::

    python benches/make_corpora.py                # build whatever is missing
    python benches/make_corpora.py --only repo-flask --force
    python benches/make_corpora.py --max-versions sqlalchemy=150
    python benches/make_corpora.py --manifest-only
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(os.environ.get("LEAKSCAN_BENCH_DIR", "/work/bench"))
CORPORA = BENCH_DIR / "corpora"
SDISTS = BENCH_DIR / "sdists"
TOOLS = BENCH_DIR / "corpus-tools"

HISTORY_PROJECTS: tuple[str, ...] = ("flask", "requests", "sqlalchemy")

# Real packages for the site-packages tree. Unpinned on purpose (latest releases at
# build time); the exact set installed is recorded by ``pip freeze`` in the manifest.
SITEPKGS_REQUIREMENTS: tuple[str, ...] = (
    "django",
    "sqlalchemy",
    "numpy",
    "pandas",
    "scipy",
    "boto3",
    "botocore",
    "requests",
    "flask",
    "jinja2",
    "sympy",
    "babel",
    "pygments",
    "matplotlib",
    "networkx",
    "cryptography",
    "pytest",
    "plotly",
    "pytz",
    "tzdata",
    "transformers",
    "mypy",
    "jedi",
    "sphinx",
    "docutils",
    "kubernetes",
    "setuptools",
    "pip",
)

# JavaScript packages for the npm tree (latest releases at build time; package-lock.json records them).
NPM_PACKAGES: tuple[str, ...] = (
    "react", "react-dom", "next", "webpack", "typescript", "eslint", "@aws-sdk/client-s3",
    "googleapis", "firebase", "stripe", "twilio", "@slack/web-api", "openai", "@anthropic-ai/sdk",
    "axios", "lodash", "moment", "express", "mongoose", "pg", "mysql2", "redis",
    "@azure/storage-blob", "@octokit/rest", "jest", "@babel/core", "prettier", "three",
)

BASE_EPOCH = 1262304000  # 2010-01-01T00:00:00Z
DAY = 86400
AUTHOR_NAME = "Corpus Builder"
AUTHOR_EMAIL = "corpus-builder@example.invalid"

_VERSION_RE = re.compile(
    r"^v?(?P<release>\d+(?:\.\d+)*)"
    r"(?:[-_.]?(?P<pre>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?P<pren>\d*))?"
    r"(?:[-_.]?(?:post|rev|r)[-_.]?(?P<post>\d*))?"
    r"(?:[-_.]?dev[-_.]?(?P<dev>\d*))?$",
    re.IGNORECASE,
)
_PRE_RANK = {"a": 0, "alpha": 0, "b": 1, "beta": 1, "c": 2, "rc": 2, "pre": 2, "preview": 2}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def version_key(version: str) -> tuple[object, ...]:
    """A PEP 440-ish sort key, good enough for released versions."""
    m = _VERSION_RE.match(version.strip())
    if m is None:
        return ((0,), 9, 0, 0, 0, version)
    release = [int(p) for p in m.group("release").split(".")]
    while len(release) > 1 and release[-1] == 0:
        release.pop()
    pre = m.group("pre")
    pre_rank = _PRE_RANK[pre.lower()] if pre else 3
    pren = int(m.group("pren") or 0)
    post = int(m.group("post") or 0) if m.group("post") is not None else -1
    dev_rank = 0 if m.group("dev") is not None else 1
    dev = int(m.group("dev") or 0)
    return (tuple(release), pre_rank, pren, post, dev_rank, dev, version)


def run(
    cmd: Sequence[str | os.PathLike[str]],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    check: bool = True,
    capture: bool = True,
    input_text: str | None = None,
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env=env,
        text=True,
        capture_output=capture,
        input=input_text,
        check=False,
    )
    if check and proc.returncode != 0:
        raise RuntimeError(
            f"command failed ({proc.returncode}): {' '.join(map(str, cmd))}\n"
            f"{(proc.stderr or '')[-4000:]}"
        )
    return proc


# --------------------------------------------------------------------------- tool venvs


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure_venv(venv: Path, packages: Sequence[str]) -> Path:
    py = venv_python(venv)
    marker = venv / ".corpus-ready"
    if marker.exists():
        return py
    log(f"creating venv {venv}")
    run([sys.executable, "-m", "venv", "--clear", venv])
    if packages:
        run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", *packages])
    marker.write_text("ok\n")
    return py


def download_venvs() -> list[tuple[str, Path, bool]]:
    """(label, python, build_isolation) attempts, in order."""
    modern = ensure_venv(
        TOOLS / "dl-modern",
        ["--upgrade", "pip", "setuptools", "wheel", "flit_core", "hatchling", "cython"],
    )
    legacy = ensure_venv(TOOLS / "dl-legacy", ["setuptools<58", "wheel"])
    return [("modern", modern, False), ("legacy", legacy, False), ("isolated", modern, True)]


# --------------------------------------------------------------------------- downloads


def list_versions(pkg: str, py: Path) -> list[str]:
    proc = run([py, "-m", "pip", "index", "versions", pkg, "--disable-pip-version-check"])
    for line in proc.stdout.splitlines():
        if line.strip().startswith("Available versions:"):
            versions = [v.strip() for v in line.split(":", 1)[1].split(",") if v.strip()]
            return sorted(set(versions), key=version_key)
    raise RuntimeError(f"no versions listed for {pkg}:\n{proc.stdout}\n{proc.stderr}")


def sdist_dir(pkg: str, version: str) -> Path:
    return SDISTS / pkg / version


def find_sdist(pkg: str, version: str) -> Path | None:
    d = sdist_dir(pkg, version)
    if not d.is_dir():
        return None
    files = [p for p in d.iterdir() if p.is_file() and not p.name.startswith(".")]
    return files[0] if len(files) == 1 else None


def download_sdist(
    pkg: str, version: str, attempts: Sequence[tuple[str, Path, bool]]
) -> tuple[str, str, str]:
    """Returns (version, status, detail) with status ok / cached / failed."""
    if find_sdist(pkg, version) is not None:
        return version, "cached", ""
    failed_marker = sdist_dir(pkg, version) / ".failed"
    errors: list[str] = []
    for label, py, isolation in attempts:
        with tempfile.TemporaryDirectory(prefix=f"dl-{pkg}-") as tmp:
            cmd: list[str | os.PathLike[str]] = [
                py, "-m", "pip", "download", "-q", "--disable-pip-version-check",
                "--no-deps", "--no-binary", pkg, "--dest", tmp, f"{pkg}=={version}",
            ]
            if not isolation:
                cmd.insert(4, "--no-build-isolation")
            proc = run(cmd, check=False)
            got = [p for p in Path(tmp).iterdir() if p.is_file()]
            if proc.returncode == 0 and len(got) == 1:
                dest = sdist_dir(pkg, version)
                dest.mkdir(parents=True, exist_ok=True)
                shutil.move(str(got[0]), dest / got[0].name)
                return version, "ok", label
            errors.append(f"{label}: {_pip_error(proc)}")
    # Last resort (releases whose setup.py only runs on Python 2): pip downloads and
    # unpacks the sdist before it fails to prepare its metadata; --no-clean keeps that
    # unpacked tree, which is archived in place of the original file.
    if keep_unpacked_sdist(pkg, version, attempts[0][1]):
        failed_marker.unlink(missing_ok=True)
        return version, "ok", "unpacked-by-pip"
    detail = "; ".join(errors)
    failed_marker.parent.mkdir(parents=True, exist_ok=True)
    failed_marker.write_text(detail + "\n")
    return version, "failed", detail


def keep_unpacked_sdist(pkg: str, version: str, py: Path) -> bool:
    with tempfile.TemporaryDirectory(prefix=f"dl-{pkg}-") as tmp:
        env = dict(os.environ, TMPDIR=tmp)
        dest = Path(tmp) / "dest"
        run([py, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-clean",
             "--no-deps", "--no-binary", pkg, "--no-build-isolation", "--dest", dest,
             f"{pkg}=={version}"], env=env, check=False)
        trees = [p for p in Path(tmp).glob("pip-download-*/*")
                 if p.is_dir() and ((p / "setup.py").exists() or (p / "PKG-INFO").exists())]
        if len(trees) != 1:
            return False
        out = sdist_dir(pkg, version)
        out.mkdir(parents=True, exist_ok=True)
        archive = out / f"{pkg}-{version}.unpacked-by-pip.tar.gz"
        with tarfile.open(archive, "w:gz") as tf:
            tf.add(trees[0], arcname=f"{pkg}-{version}")
        return True


def _pip_error(proc: subprocess.CompletedProcess[str]) -> str:
    """The most telling line of a failed pip run."""
    lines = [ln.strip() for ln in (proc.stderr or proc.stdout or "").splitlines()]
    noise = ("subprocess-exited-with-error", "metadata-generation-failed", "hint:", "note:")
    telling = [ln for ln in lines
               if re.search(r"Error|error:", ln) and not any(n in ln for n in noise)]
    if telling:
        return telling[-1][:200]
    return lines[-1][:200] if lines else f"exit {proc.returncode}"


def download_project(
    pkg: str, versions: Sequence[str], attempts: Sequence[tuple[str, Path, bool]], jobs: int
) -> dict[str, str]:
    """Downloads sdists in parallel; returns {version: failure detail} for failures."""
    failures: dict[str, str] = {}
    done = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futs = [pool.submit(download_sdist, pkg, v, attempts) for v in versions]
        for fut in concurrent.futures.as_completed(futs):
            version, status, detail = fut.result()
            done += 1
            if status == "failed":
                failures[version] = detail
            if done % 25 == 0 or done == len(versions):
                log(f"{pkg}: {done}/{len(versions)} sdists handled, {len(failures)} failed")
    return failures


# --------------------------------------------------------------------------- git repos


def git_env(epoch: int | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": AUTHOR_NAME,
            "GIT_AUTHOR_EMAIL": AUTHOR_EMAIL,
            "GIT_COMMITTER_NAME": AUTHOR_NAME,
            "GIT_COMMITTER_EMAIL": AUTHOR_EMAIL,
            "LC_ALL": "C",
            "TZ": "UTC",
        }
    )
    if epoch is not None:
        stamp = f"@{epoch} +0000"
        env["GIT_AUTHOR_DATE"] = stamp
        env["GIT_COMMITTER_DATE"] = stamp
    return env


def extract_sdist(archive: Path, dest: Path) -> Path:
    """Unpacks an sdist into dest and returns the project root inside it."""
    name = archive.name.lower()
    if name.endswith(".zip"):
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(dest)
    else:
        with tarfile.open(archive) as tf:
            try:
                tf.extractall(dest, filter="data")
            except (tarfile.FilterError, OSError):
                shutil.rmtree(dest, ignore_errors=True)
                dest.mkdir(parents=True)
                tf.extractall(dest, filter="tar")
    # Some sdists ship a submodule's ``.git`` link file; git refuses to add those.
    for dot_git in sorted(dest.rglob(".git"), reverse=True):
        if dot_git.is_dir() and not dot_git.is_symlink():
            shutil.rmtree(dot_git)
        else:
            dot_git.unlink()
    entries = list(dest.iterdir())
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return dest


def _git(repo: Path, *args: str, env: dict[str, str] | None = None,
         work_tree: Path | None = None, input_text: str | None = None) -> str:
    cmd: list[str] = ["git", f"--git-dir={repo / '.git'}"]
    if work_tree is not None:
        cmd.append(f"--work-tree={work_tree}")
    cmd.extend(args)
    proc = run(cmd, env=env or git_env(), cwd=work_tree, input_text=input_text)
    return proc.stdout.strip()


def major_of(version: str) -> str:
    return version.split(".", 1)[0]


def build_history_repo(pkg: str, versions: Sequence[str], out: Path, note: str) -> None:
    """Commits each release's tree in order onto main, tags it, adds maint branches."""
    tmp_repo = out.with_name(out.name + ".building")
    shutil.rmtree(tmp_repo, ignore_errors=True)
    tmp_repo.mkdir(parents=True)
    env0 = git_env(BASE_EPOCH)
    run(["git", "init", "-q", "-b", "main", tmp_repo], env=env0)
    for key, val in (("core.autocrlf", "false"), ("commit.gpgsign", "false"),
                     ("tag.gpgsign", "false"), ("gc.auto", "0"), ("core.fileMode", "true")):
        _git(tmp_repo, "config", key, val, env=env0)

    last_commit_of_major: dict[str, str] = {}
    committed: list[tuple[str, str]] = []
    for i, version in enumerate(versions):
        archive = find_sdist(pkg, version)
        if archive is None:
            continue
        env = git_env(BASE_EPOCH + i * DAY)
        with tempfile.TemporaryDirectory(prefix=f"tree-{pkg}-", dir=BENCH_DIR) as tmp:
            root = extract_sdist(archive, Path(tmp) / "x")
            _git(tmp_repo, "add", "-A", "-f", ".", env=env, work_tree=root)
            _git(tmp_repo, "commit", "-q", "--allow-empty", "--no-verify",
                 "-m", f"{pkg} {version}\n\nRelease {version} of {pkg}, unpacked from its sdist.",
                 env=env, work_tree=root)
        sha = _git(tmp_repo, "rev-parse", "HEAD", env=env)
        _git(tmp_repo, "tag", version, sha, env=env)
        last_commit_of_major[major_of(version)] = sha
        committed.append((version, sha))
        if len(committed) % 25 == 0:
            log(f"{pkg}: committed {len(committed)} releases (at {version})")

    # Side branches: one per older major series, with commits found on no other ref.
    majors = sorted(last_commit_of_major, key=lambda m: version_key(m))
    for n, major in enumerate(majors[:-1]):
        base = last_commit_of_major[major]
        add_maintenance_commits(tmp_repo, pkg, major, base,
                                BASE_EPOCH + (len(versions) + n * 2) * DAY)

    # Leave a normal checkout of main so the repo looks like a clone.
    _git(tmp_repo, "reset", "-q", "--hard", "main", env=env0, work_tree=tmp_repo)
    log(f"{pkg}: git gc")
    _git(tmp_repo, "gc", "-q", "--prune=now", env=env0, work_tree=tmp_repo)
    shutil.rmtree(out, ignore_errors=True)
    tmp_repo.rename(out)
    first = committed[0][0] if committed else "-"
    last = committed[-1][0] if committed else "-"
    (CORPORA / f"repo-{pkg}.build.txt").write_text(
        f"{note}; {len(committed)} releases committed, first {first}, last {last}\n"
    )
    log(f"{pkg}: repo ready at {out} ({len(committed)} releases)")


def add_maintenance_commits(repo: Path, pkg: str, major: str, base: str, epoch: int) -> None:
    """Two synthetic commits on maint/<major>.x that touch real files of the tree."""
    files = _git(repo, "ls-tree", "-r", "--name-only", base).splitlines()
    preferred = [f for f in files if f.lower().startswith(("changes", "readme", "setup.py"))]
    py_files = [f for f in files if f.endswith("__init__.py") and "/" in f]
    targets = (preferred[:1] + py_files[:1]) or files[:2]
    parent = base
    index = repo / ".git" / f"maint-{major}.index"
    for k, path in enumerate(targets):
        env = git_env(epoch + k * DAY)
        env["GIT_INDEX_FILE"] = str(index)
        _git(repo, "read-tree", parent, env=env)
        mode_line = _git(repo, "ls-tree", parent, "--", path, env=env).split()
        mode = mode_line[0] if mode_line else "100644"
        old = run(["git", f"--git-dir={repo / '.git'}", "cat-file", "blob", f"{parent}:{path}"],
                  env=env).stdout
        comment = "#" if path.endswith(".py") else ".."
        new = (f"{old.rstrip()}\n\n{comment} Maintenance branch {major}.x of {pkg}: "
               f"backport note {k + 1} (synthetic benchmark commit).\n")
        blob = _git(repo, "hash-object", "-w", "--stdin", env=env, input_text=new)
        _git(repo, "update-index", "--cacheinfo", f"{mode},{blob},{path}", env=env)
        tree = _git(repo, "write-tree", env=env)
        parent = _git(repo, "commit-tree", tree, "-p", parent, "-m",
                      f"maint {major}.x: backport note {k + 1}", env=env)
    index.unlink(missing_ok=True)
    _git(repo, "update-ref", f"refs/heads/maint/{major}.x", parent)


# --------------------------------------------------------------------------- folder tree


def build_sitepkgs_tree(out: Path) -> None:
    venv = TOOLS / "sitepkgs-venv"
    log(f"building site-packages venv at {venv}")
    run([sys.executable, "-m", "venv", "--clear", venv])
    py = venv_python(venv)
    run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-compile",
         *SITEPKGS_REQUIREMENTS], capture=False)
    site = run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    src = Path(site.stdout.strip())
    tmp = out.with_name(out.name + ".building")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(src, tmp, symlinks=True)
    for cache in list(tmp.rglob("__pycache__")):
        shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    freeze = run([py, "-m", "pip", "freeze", "--all"]).stdout
    (CORPORA / "tree-sitepkgs.freeze.txt").write_text(freeze)
    log(f"site-packages tree ready at {out}")


def build_npm_tree(out: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("tree-npm needs npm (Node.js)")
    tmp = out.with_name(out.name + ".building")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    log(f"installing {len(NPM_PACKAGES)} npm packages into {tmp}")
    run([npm, "init", "-y"], cwd=tmp)
    run([npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", *NPM_PACKAGES], cwd=tmp,
        capture=False)
    (tmp / "node_modules").rename(tmp / "js-packages")
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    log(f"npm tree ready at {out}")


# --------------------------------------------------------------------------- manifest


@dataclass
class RepoStats:
    commits: int = 0
    refs: int = 0
    branches: list[str] = field(default_factory=list)
    tags: int = 0
    blobs: int = 0
    blob_bytes: int = 0
    pack_bytes: int = 0


def tree_stats(path: Path) -> tuple[int, int]:
    files = 0
    size = 0
    for dirpath, _dirs, names in os.walk(path):
        for name in names:
            p = Path(dirpath, name)
            if p.is_symlink() or not p.is_file():
                continue
            files += 1
            size += p.stat().st_size
    return files, size


def repo_stats(repo: Path) -> RepoStats:
    env = git_env()
    st = RepoStats()
    st.commits = int(_git(repo, "rev-list", "--all", "--count", env=env))
    st.branches = _git(repo, "for-each-ref", "--format=%(refname:short)", "refs/heads",
                       env=env).splitlines()
    st.tags = len(_git(repo, "tag", "--list", env=env).splitlines())
    st.refs = len(st.branches) + st.tags
    out = _git(repo, "cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectsize)",
               env=env)
    for line in out.splitlines():
        kind, size = line.split()
        if kind == "blob":
            st.blobs += 1
            st.blob_bytes += int(size)
    for pack in (repo / ".git" / "objects" / "pack").glob("*.pack"):
        st.pack_bytes += pack.stat().st_size
    return st


def mb(n: int) -> str:
    return f"{n / 1e6:,.1f} MB"


def write_manifest(failures: dict[str, dict[str, str]]) -> None:
    lines = [
        "leakscan benchmark corpora (built by benches/make_corpora.py)",
        f"written: {time.strftime('%Y-%m-%d %H:%M:%S %Z')}",
        "",
    ]
    tree = CORPORA / "tree-sitepkgs"
    if tree.is_dir():
        files, size = tree_stats(tree)
        lines.append(f"tree-sitepkgs: {files:,} files, {mb(size)} "
                     "(site-packages copy, --no-compile; packages in tree-sitepkgs.freeze.txt)")
        for sub in ("django", "botocore"):
            if (tree / sub).is_dir():
                f2, s2 = tree_stats(tree / sub)
                lines.append(f"  tree-sitepkgs/{sub}: {f2:,} files, {mb(s2)}")
    else:
        lines.append("tree-sitepkgs: (missing)")
    lines.append("")
    for pkg in HISTORY_PROJECTS:
        repo = CORPORA / f"repo-{pkg}"
        if not (repo / ".git").is_dir():
            lines.append(f"repo-{pkg}: (missing)")
            continue
        st = repo_stats(repo)
        lines.append(
            f"repo-{pkg}: {st.commits:,} commits, {st.blobs:,} unique blobs, "
            f"{mb(st.blob_bytes)} of blob content, pack {mb(st.pack_bytes)}; "
            f"{len(st.branches)} branches ({', '.join(st.branches)}), {st.tags} tags"
        )
        info = CORPORA / f"repo-{pkg}.build.txt"
        if info.is_file():
            lines.append(f"  {info.read_text().strip()}")
        unpacked = sorted((p.parent.name for p in (SDISTS / pkg).glob("*/*.unpacked-by-pip.*")),
                          key=version_key)
        if unpacked:
            lines.append(f"  releases taken from the tree pip unpacked (setup.py is Python 2 "
                         f"only): {len(unpacked)}: {', '.join(unpacked)}")
        failed = failures.get(pkg, {})
        if failed:
            lines.append(f"  releases skipped (sdist not obtainable): {len(failed)}: "
                         + ", ".join(sorted(failed, key=version_key)))
    lines.append("")
    lines.append("Dates: release i of a project is dated 2010-01-01 UTC + i days (version "
                 "order), not its real release date.")
    (CORPORA / "MANIFEST.txt").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


def collect_failures(projects: Iterable[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for pkg in projects:
        d = SDISTS / pkg
        if not d.is_dir():
            continue
        for marker in d.glob("*/.failed"):
            if find_sdist(pkg, marker.parent.name) is not None:
                continue  # a later attempt succeeded
            out.setdefault(pkg, {})[marker.parent.name] = marker.read_text().strip()
    return out


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", default=[],
                    help="build only these corpora (tree-sitepkgs, repo-flask, ...)")
    ap.add_argument("--force", action="store_true", help="rebuild corpora that exist")
    ap.add_argument("--jobs", type=int, default=4, help="parallel pip downloads")
    ap.add_argument("--max-versions", action="append", default=[], metavar="PKG=N",
                    help="keep only the newest N releases of PKG")
    ap.add_argument("--manifest-only", action="store_true")
    args = ap.parse_args(argv)

    CORPORA.mkdir(parents=True, exist_ok=True)
    wanted = set(args.only) or {"tree-sitepkgs", *(f"repo-{p}" for p in HISTORY_PROJECTS)}
    caps_n = {k: int(v) for k, v in (s.split("=", 1) for s in args.max_versions)}

    if not args.manifest_only:
        tree = CORPORA / "tree-sitepkgs"
        if "tree-sitepkgs" in wanted and (args.force or not tree.is_dir()):
            build_sitepkgs_tree(tree)
        npm_tree = CORPORA / "tree-npm"
        if "tree-npm" in args.only and (args.force or not npm_tree.is_dir()):
            build_npm_tree(npm_tree)

        projects = [p for p in HISTORY_PROJECTS
                    if f"repo-{p}" in wanted
                    and (args.force or not (CORPORA / f"repo-{p}" / ".git").is_dir())]
        if projects:
            attempts = download_venvs()
            plan: dict[str, list[str]] = {}
            notes: dict[str, str] = {}
            for pkg in projects:
                versions = list_versions(pkg, attempts[0][1])
                notes[pkg] = f"{len(versions)} final releases listed by pip"
                if pkg in caps_n and len(versions) > caps_n[pkg]:
                    versions = versions[-caps_n[pkg]:]
                    notes[pkg] += f", capped to the newest {caps_n[pkg]} (--max-versions)"
                plan[pkg] = versions
                log(f"{pkg}: {len(versions)} releases to fetch")
            with concurrent.futures.ThreadPoolExecutor(max_workers=2) as builders:
                futs = []
                for pkg in projects:
                    download_project(pkg, plan[pkg], attempts, args.jobs)
                    futs.append(builders.submit(build_history_repo, pkg, plan[pkg],
                                                CORPORA / f"repo-{pkg}", notes[pkg]))
                for fut in futs:
                    fut.result()
    write_manifest(collect_failures(HISTORY_PROJECTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
