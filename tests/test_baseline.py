"""Baselines: content fingerprints that survive moves, catch new secrets, expire, merge cleanly."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import fakes
import pytest
from cli import run
from gitrepo import GitRepo

from leakscan import baseline as bl
from leakscan.errors import ConfigError
from leakscan.fingerprint import fingerprint

FP = re.compile(r"^[0-9a-f]{32} [a-z0-9.-]+( expires=\d{4}-\d\d-\d\d)?( # .*)?$")


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)


def _entries(path: Path) -> list[str]:
    return [ln for ln in path.read_text().splitlines() if ln and not ln.startswith("#")]


def test_create_writes_fingerprints_only_sorted(tmp_path: Path) -> None:
    toks = [fakes.ghp() for _ in range(3)]
    kid, secret = fakes.aws_pair()
    _write(tmp_path, {"a.py": f"A = '{toks[0]}'\nB = '{toks[1]}'\n", "sub/c.sh": f"C={toks[2]}\n",
                      "aws.ini": f"aws_access_key_id = {kid}\naws_secret_access_key = {secret}\n"})
    res = run("baseline", "create", str(tmp_path))
    assert res.returncode == 0, res.stderr
    assert "4 entries written" in res.stderr and "scanned 3 file(s)" in res.stderr
    file = tmp_path / ".leakscan-baseline"
    text = file.read_text()
    lines = _entries(file)
    assert len(lines) == 4 and lines == sorted(lines)
    assert all(FP.match(ln) for ln in lines), lines
    for tok in [*toks, kid, secret]:
        assert tok not in text and tok[4:12] not in text
    assert not re.search(r":\d+", text) and str(dt.date.today().year) not in text  # no lines, no dates
    assert "# seen in sub/c.sh" in text
    assert run("baseline", "create", str(tmp_path)).returncode == 2  # refuses to overwrite


def test_check_and_scan_pass_then_new_secret_fails(tmp_path: Path) -> None:
    old, new = fakes.ghp(), fakes.ghp()
    _write(tmp_path, {"a.py": f"T = '{old}'\n"})
    assert run("baseline", "create", str(tmp_path), "--reason", "rotated, INC-7").returncode == 0
    assert "# rotated, INC-7" in (tmp_path / ".leakscan-baseline").read_text()
    res = run("baseline", "check", str(tmp_path))
    assert res.returncode == 0 and "1 matched" in res.stderr, res.stderr
    assert run("scan", str(tmp_path)).returncode == 0  # .leakscan-baseline found at the root
    _write(tmp_path, {"b.py": f"U = '{new}'\n"})
    res = run("baseline", "check", str(tmp_path), "--format", "json")
    doc = json.loads(res.stdout)
    assert res.returncode == 1 and [loc["path"] for loc in doc["findings"][0]["locations"]] == ["b.py"]
    assert doc["baseline"]["matched"] == 1 and old not in res.stdout and new not in res.stdout


def test_moved_secret_stays_suppressed_different_secret_same_line_fires(tmp_path: Path) -> None:
    tok = fakes.ghp()
    _write(tmp_path, {"a.py": f"T = '{tok}'  # config\n"})
    base = tmp_path / "accepted.txt"
    assert run("baseline", "create", str(tmp_path), "-o", str(base)).returncode == 0
    _write(tmp_path, {"a.py": "", "deep/moved.py": f"\n\n\nx = 1; T = '{tok}'\n"})
    assert run("scan", str(tmp_path), "--baseline", str(base)).returncode == 0
    _write(tmp_path, {"deep/moved.py": f"\n\n\nx = 1; T = '{fakes.ghp()}'\n"})
    res = run("scan", str(tmp_path), "--baseline", str(base), "--format", "json")
    assert res.returncode == 1 and len(json.loads(res.stdout)["findings"]) == 1


def test_expired_entry_fires_again_and_update_does_not_renew_it(tmp_path: Path) -> None:
    tok = fakes.ghp()
    _write(tmp_path, {"a.py": f"T = '{tok}'\n"})
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert run("baseline", "create", str(tmp_path), "--expires", yesterday).returncode == 0
    assert f"expires={yesterday}" in (tmp_path / ".leakscan-baseline").read_text()
    res = run("baseline", "check", str(tmp_path))
    assert res.returncode == 1 and "1 expired" in res.stderr
    assert run("scan", str(tmp_path)).returncode == 1
    res = run("baseline", "update", str(tmp_path))
    assert "0 added" in res.stderr and "expired entry still match" in res.stderr
    assert run("scan", str(tmp_path)).returncode == 1
    assert run("baseline", "create", str(tmp_path), "--expires", "2030-02-30").returncode == 2


def test_update_keeps_reasons_adds_new_prunes_on_request(tmp_path: Path) -> None:
    a, b = fakes.ghp(), fakes.ghp()
    _write(tmp_path, {"a.py": f"A = '{a}'\n"})
    run("baseline", "create", str(tmp_path), "--reason", "test fixture")
    _write(tmp_path, {"a.py": "", "b.py": f"B = '{b}'\n"})
    res = run("baseline", "update", str(tmp_path), "--reason", "vendored sample")
    assert "1 added, 1 kept, 0 pruned" in res.stderr
    text = (tmp_path / ".leakscan-baseline").read_text()
    assert "# test fixture" in text and "# vendored sample" in text
    res = run("baseline", "update", str(tmp_path), "--prune")
    assert "0 added, 1 kept, 1 pruned" in res.stderr
    assert "test fixture" not in (tmp_path / ".leakscan-baseline").read_text()


def test_report_stale_lists_every_kind_of_unused_ignore(tmp_path: Path) -> None:
    live, gone, inline_live = fakes.ghp(), fakes.ghp(), fakes.ghp()
    (tmp_path / ".leakscan.toml").write_text(
        'allowlist_paths = ["fixtures/**", "old-fixtures/**"]\n'
        'allowlist_regexes = ["^nothing-matches-this"]\n'
        '[[allowlists]]\nrules = ["jwt"]\npaths = ["docs/**"]\nreason = "api samples"\n')
    _write(tmp_path, {"a.py": f"A = '{live}'\nG = '{gone}'\n", "fixtures/t.py": f"X = '{fakes.ghp()}'\n",
                      "c.py": f"C = '{inline_live}'  # leakscan:allow sample\n"
                              "D = 1  # gitleaks:allow left over\n"
                              "# pragma: allowlist nextline secret\nE = 2\n"})
    assert run("baseline", "create", str(tmp_path)).returncode == 0
    _write(tmp_path, {"a.py": f"A = '{live}'\n"})
    res = run("baseline", "check", str(tmp_path))
    assert res.returncode == 0, res.stdout + res.stderr  # stale entries only fail with --report-stale
    res = run("baseline", "check", str(tmp_path), "--report-stale")
    assert res.returncode == 1
    stale = sorted(ln.split(":", 1)[0] for ln in res.stdout.splitlines() if ln.startswith("stale"))
    assert stale == ["stale allowlist_paths", "stale allowlist_regexes", "stale allowlists",
                     "stale baseline", "stale inline", "stale inline"], res.stdout
    assert ": old-fixtures/**" in res.stdout and ": fixtures/**" not in res.stdout
    assert "c.py:2: gitleaks:allow  # left over" in res.stdout and "c.py:3:" in res.stdout
    assert "c.py:1" not in res.stdout and "api samples" in res.stdout
    doc = json.loads(run("baseline", "check", str(tmp_path), "--report-stale", "--format", "json").stdout)
    assert len(doc["baseline"]["stale"]) == 6
    assert all(t not in json.dumps(doc) for t in (live, gone, inline_live))


def test_parse_errors_name_file_and_line(tmp_path: Path) -> None:
    fp = fingerprint("jwt", b"x")
    with pytest.raises(ConfigError, match=r"b\.txt:2: not a leakscan fingerprint"):
        bl.parse_entries(f"{fp} jwt\nnot-a-fingerprint\n", "b.txt")
    with pytest.raises(ConfigError, match=r"b\.txt:1: expires= needs a date"):
        bl.parse_entries(f"{fp} jwt expires=soon\n", "b.txt")
    with pytest.raises(ConfigError, match=r"b\.txt:1: unexpected 'two'"):
        bl.parse_entries(f"{fp} jwt two\n", "b.txt")
    [e] = bl.parse_entries(f"  {fp}   jwt   expires=2031-01-02  # why # not\n", "b.txt")
    assert (e.rule_id, e.expires, e.reason) == ("jwt", dt.date(2031, 1, 2), "why # not")


def test_normalize_dedupes_keeping_the_longest_life() -> None:
    fp = fingerprint("jwt", b"x")
    short = bl.Entry(fp, "jwt", "a", dt.date(2030, 1, 1))
    forever = bl.Entry(fp, "jwt", "b")
    assert bl.normalize([short, forever]) == [forever]
    text = bl.render([bl.Entry(fp, "jwt", "multi\nline # reason")])
    assert text.endswith(f"{fp} jwt # multi line reason\n")


# -- merging two branches with a real `git merge` --------------------------------------------


def _branch_adding(repo: GitRepo, branch: str, rel: str, secret: str) -> None:
    repo.git("checkout", "-q", "-b", branch, "main")
    repo.write(rel, f"T = '{secret}'\n")
    assert run("baseline", "update", str(repo.path), "--reason", f"{branch} fixture").returncode == 0
    repo.commit(f"{branch}: fixture", {rel: f"T = '{secret}'\n"})
    repo.git("add", ".leakscan-baseline")
    repo.commit(f"{branch}: baseline")


def _fp(tok: str) -> str:
    return fingerprint("github-pat-classic", tok.encode())


def test_two_branches_merge_without_conflict(repo: GitRepo) -> None:
    a, b = fakes.ghp(11), fakes.ghp(12)
    lo, hi = sorted([_fp(a), _fp(b)])
    mid = format((int(lo, 16) + int(hi, 16)) // 2, "032x")
    # Entries from before the branches: the two additions land in different places of the file.
    entries = [bl.Entry(fp, "jwt", "old") for fp in ("0" * 32, mid, "f" * 32)]
    repo.write(".leakscan-baseline", bl.render(entries))
    repo.commit("baseline", {"README": "hi\n"})
    repo.git("add", ".leakscan-baseline")
    repo.commit("baseline file")
    _branch_adding(repo, "feature-a", "a.py", a)
    _branch_adding(repo, "feature-b", "b.py", b)
    repo.git("checkout", "-q", "feature-a")
    repo.git("merge", "-q", "--no-edit", "feature-b")  # raises on a conflict
    lines = _entries(repo.path / ".leakscan-baseline")
    assert len(lines) == 5 and lines == sorted(lines)
    assert run("baseline", "check", str(repo.path)).returncode == 0


def test_same_spot_additions_merge_with_union_attribute(repo: GitRepo) -> None:
    repo.write(".leakscan-baseline", bl.render([]))
    repo.commit("empty baseline", {".gitattributes": ".leakscan-baseline merge=union\n"})
    repo.git("add", ".leakscan-baseline")
    repo.commit("baseline file")
    _branch_adding(repo, "feature-a", "a.py", fakes.ghp(21))
    _branch_adding(repo, "feature-b", "b.py", fakes.ghp(22))
    repo.git("checkout", "-q", "feature-a")
    repo.git("merge", "-q", "--no-edit", "feature-b")
    text = (repo.path / ".leakscan-baseline").read_text()
    assert "<<<<" not in text and len(_entries(repo.path / ".leakscan-baseline")) == 2
    assert run("baseline", "check", str(repo.path)).returncode == 0
    run("baseline", "update", str(repo.path))  # re-sorts after a union merge
    lines = _entries(repo.path / ".leakscan-baseline")
    assert lines == sorted(lines) and len(lines) == 2


def test_history_baseline_accepts_secrets_only_in_old_commits(repo: GitRepo) -> None:
    old = fakes.ghp()
    repo.commit("leak", {"cfg.py": f"T = '{old}'\n"})
    repo.commit("remove", {"cfg.py": "T = os.environ['T']\n"})
    assert run("history", str(repo.path), env=repo.env).returncode == 1
    res = run("baseline", "create", str(repo.path), "--history", env=repo.env)
    assert res.returncode == 0 and "1 entry written" in res.stderr and "commit(s)" in res.stderr
    assert "@ " in (repo.path / ".leakscan-baseline").read_text()  # seen in cfg.py @ <commit>
    assert run("history", str(repo.path), env=repo.env).returncode == 0
    res = run("baseline", "check", str(repo.path), "--history", "--report-stale", env=repo.env)
    assert res.returncode == 0 and "0 stale" in res.stderr, res.stdout + res.stderr
    res = run("baseline", "check", str(repo.path), "--report-stale", env=repo.env)  # files only
    assert res.returncode == 1 and "stale baseline" in res.stdout
    repo.commit("new leak", {"app.py": f"U = '{fakes.ghp()}'\n"})
    assert run("history", str(repo.path), env=repo.env).returncode == 1
