"""`leakscan import`: gitleaks ignore files and reports, detect-secrets baselines."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import fakes
import pytest
from cli import run
from gitrepo import GitRepo

from leakscan import baseline as bl
from leakscan.fingerprint import fingerprint

GH = "github-pat-classic"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def imp(repo: GitRepo, tool: str, file: Path, *args: str) -> tuple[int, str, set[str]]:
    res = run("import", tool, str(file), "--repo", str(repo.path), *args, env=repo.env)
    out = repo.path / ".leakscan-baseline"
    fps = {e.fingerprint for e in bl.read(out)} if out.exists() else set()
    return res.returncode, res.stderr, fps


# -- gitleaks ----------------------------------------------------------------------------------


def test_gitleaksignore_commit_and_dir_entries(repo: GitRepo) -> None:
    old, now = fakes.ghp(), fakes.ghp()
    c1 = repo.commit("add", {"cfg.py": f"x = 1\nGITHUB_TOKEN = '{old}'\n"})
    repo.commit("rotate", {"cfg.py": "x = 1\nGITHUB_TOKEN = os.environ['T']\n",
                           "app/main.py": f"T = '{now}'\n"})
    ignore = repo.path / ".gitleaksignore"
    ignore.write_text(f"# accepted\n{c1}:cfg.py:github-pat:2\napp/main.py:github-pat:1  # dir scan\n"
                      f"{'d' * 40}:cfg.py:github-pat:2\n{c1}:cfg.py:generic-api-key:1\n{c1}:gone.py:x:1\n")
    code, err, fps = imp(repo, "gitleaks", ignore)
    assert code == 0, err
    assert fps == {fingerprint(GH, old.encode()), fingerprint(GH, now.encode())}
    assert "2 of 5 entries converted" in err
    assert (f"not converted: {'d' * 40}:cfg.py:github-pat:2: commit dddddddddddd is not in this "
            "repository") in err
    assert "leakscan finds no secret on cfg.py:1" in err and "gone.py does not exist at" in err
    assert old not in err and now not in err
    text = (repo.path / ".leakscan-baseline").read_text()
    assert "# imported from gitleaks (github-pat in cfg.py)" in text
    code, err, again = imp(repo, "gitleaks", ignore)
    assert again == fps and "0 new baseline entries" in err  # idempotent, existing entries kept


def test_gitleaks_json_report_uses_unredacted_match_when_the_commit_is_gone(repo: GitRepo) -> None:
    tok, other = fakes.ghp(), fakes.ghp()
    repo.commit("x", {"a.py": f"T = '{other}'\n"})
    report = repo.path / "report.json"
    report.write_text(json.dumps([
        {"RuleID": "github-pat", "File": "a.py", "Commit": "", "StartLine": 1,
         "Match": "REDACTED", "Secret": "REDACTED", "Fingerprint": "a.py:github-pat:1"},
        {"RuleID": "github-pat", "File": "old.py", "Commit": "e" * 40, "StartLine": 3,
         "Match": f"T = '{tok}'", "Secret": tok, "Fingerprint": f"{'e' * 40}:old.py:github-pat:3"},
        {"RuleID": "github-pat", "File": "old.py", "Commit": "f" * 40, "StartLine": 3,
         "Match": "REDACTED", "Secret": "REDACTED"}]))
    code, err, fps = imp(repo, "gitleaks", report)
    assert code == 0 and fps == {fingerprint(GH, tok.encode()), fingerprint(GH, other.encode())}
    assert "2 of 3 entries converted" in err and "commit ffffffffffff is not in this repository" in err


def test_gitleaks_bad_file_is_exit_2_with_line(repo: GitRepo) -> None:
    bad = repo.path / ".gitleaksignore"
    bad.write_text("cfg.py:github-pat:2\nnot a fingerprint\n")
    res = run("import", "gitleaks", str(bad), "--repo", str(repo.path))
    assert res.returncode == 2 and ".gitleaksignore:2: not a gitleaks fingerprint" in res.stderr


@pytest.mark.skipif(not Path("/work/bench/peers-venv/bin/gitleaks").exists() and not shutil.which("gitleaks"),
                    reason="gitleaks binary not available")
def test_real_gitleaks_fingerprints_convert(repo: GitRepo, tmp_path: Path) -> None:
    exe = shutil.which("gitleaks") or "/work/bench/peers-venv/bin/gitleaks"
    toks = [fakes.ghp() for _ in range(3)]
    repo.commit("one", {"a.py": f"A = '{toks[0]}'\n", "b/c.yaml": f"token: {toks[1]}\n"})
    repo.commit("two", {"d.sh": f"\n\nexport GH={toks[2]}\n"})
    report = tmp_path / "gl.json"
    subprocess.run([exe, "git", str(repo.path), "--no-banner", "--redact", "--report-format", "json",
                    "--report-path", str(report), "--exit-code", "0"], capture_output=True, check=True)
    ignore = repo.path / ".gitleaksignore"
    ignore.write_text("".join(f"{f['Fingerprint']}\n" for f in json.loads(report.read_text())))
    code, err, fps = imp(repo, "gitleaks", ignore)
    assert code == 0 and fps == {fingerprint(GH, t.encode()) for t in toks}, err


# -- detect-secrets ---------------------------------------------------------------------------


def ds_baseline(results: dict[str, list[dict[str, object]]], filters: list[object] | None = None) -> str:
    return json.dumps({"version": "1.5.0", "plugins_used": [{"name": "GitHubTokenDetector"}],
                       "filters_used": filters or [], "results": results,
                       "generated_at": "2024-05-06T10:00:00Z"})


def ds(path: str, line: int, secret: str, kind: str = "GitHub Token", **extra: object) -> dict[str, object]:
    return {"type": kind, "filename": path, "hashed_secret": sha1(secret), "is_verified": False,
            "line_number": line, **extra}


def test_detect_secrets_baseline_converts_by_sha1(repo: GitRepo) -> None:
    tok, moved, rotated, real = fakes.ghp(), fakes.ghp(), fakes.ghp(), fakes.ghp()
    kid, secret = fakes.aws_pair()
    key = fakes.pem_private_key(3)
    repo.write("a.py", f"A = '{tok}'\n\n\nB = '{moved}'\n")  # `moved` was on line 2
    repo.write("aws.ini", f"aws_access_key_id = {kid}\naws_secret_access_key = {secret}\n")
    repo.write("key.pem", key)
    repo.write("c.py", f"R = '{real}'\nH = 'deadbeefcafe0123456789abcdef0123456789ab'\n")
    base = repo.path / ".secrets.baseline"
    base.write_text(ds_baseline({
        "a.py": [ds("a.py", 1, tok), ds("a.py", 2, moved), ds("a.py", 3, rotated)],
        "aws.ini": [ds("aws.ini", 1, kid, "AWS Access Key"), ds("aws.ini", 2, secret, "AWS Access Key")],
        "key.pem": [ds("key.pem", 1, "BEGIN RSA PRIVATE KEY", "Private Key")],
        "c.py": [ds("c.py", 1, real, is_secret=True),
                 ds("c.py", 2, "deadbeefcafe0123456789abcdef0123456789ab", "Hex High Entropy String")],
        "gone.py": [ds("gone.py", 4, fakes.ghp())]},
        filters=[{"path": "detect_secrets.filters.regex.should_exclude_file", "pattern": ["^tests/"]},
                 {"path": "detect_secrets.filters.regex.should_exclude_secret", "pattern": ["^fake-"]},
                 {"path": "detect_secrets.filters.heuristic.is_sequential_string"}]))
    code, err, fps = imp(repo, "detect-secrets", base)
    assert code == 0, err
    got = {e.rule_id for e in bl.read(repo.path / ".leakscan-baseline")}
    assert fingerprint(GH, tok.encode()) in fps and fingerprint(GH, moved.encode()) in fps
    assert fingerprint("aws-secret-access-key", secret.encode()) in fps
    assert got == {GH, "aws-secret-access-key", "private-key-pem"} and len(fps) == 4
    assert "5 of 9 entries converted" in err
    assert "a.py:3 GitHub Token" in err and "not in the file any more" in err  # rotated away
    assert "audited as a real secret" in err and fingerprint(GH, real.encode()) not in fps
    assert "leakscan does not report this value" in err  # the hex string
    assert "gone.py is not in the working tree" in err
    assert "allowlist_paths" in err and "allowlist_regexes" in err
    assert all(t not in err for t in (tok, moved, real, secret))
    res = run("scan", str(repo.path), "--format", "json")
    [left] = json.loads(res.stdout)["findings"]  # only the secret audited as real remains
    assert left["fingerprint"] == fingerprint(GH, real.encode())


def test_detect_secrets_bad_file(repo: GitRepo) -> None:
    bad = repo.path / ".secrets.baseline"
    bad.write_text('{"version": "1.5.0"}')
    res = run("import", "detect-secrets", str(bad), "--repo", str(repo.path))
    assert res.returncode == 2 and 'no "results" object' in res.stderr
    res = run("import", "detect-secrets", str(repo.path / "missing"), "--repo", str(repo.path))
    assert res.returncode == 2 and "cannot read" in res.stderr
