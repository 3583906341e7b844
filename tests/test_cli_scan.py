from __future__ import annotations

import json
from pathlib import Path

import fakes
import pytest
from cli import run
from gitrepo import GitRepo


def _tree(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    root = tmp_path / "tree"
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content.encode() if isinstance(content, str) else content)
    return root


def test_clean_folder_exits_0(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"a.py": "print('hello')\n", "b/c.txt": "nothing here\n"})
    res = run("scan", str(root), "--no-progress")
    assert res.returncode == 0, res.stderr
    assert "no secrets found" in res.stderr and "scanned 2 file(s)" in res.stderr


def test_findings_json_schema_and_redaction(tmp_path: Path) -> None:
    tok = fakes.ghp()
    root = _tree(tmp_path, {"app/settings.py": f"X = 1\nTOKEN = '{tok}'\n",
                            "deploy.sh": f"export GH={tok}\n"})
    res = run("scan", str(root), "--format", "json", "--no-progress")
    assert res.returncode == 1, res.stderr
    assert tok not in res.stdout and tok not in res.stderr
    doc = json.loads(res.stdout)
    assert set(doc) >= {"findings", "stats"}
    [f] = doc["findings"]  # one finding per secret, with every location
    assert f["rule_id"] == "github-pat-classic" and f["confidence"] == "high"
    assert {"fingerprint", "severity", "confidence", "secret_redacted", "locations"} <= set(f)
    assert sorted((loc["path"], loc["line"], loc["column"]) for loc in f["locations"]) == [
        ("app/settings.py", 2, 10), ("deploy.sh", 1, 11)]
    assert doc["stats"]["files"] == 2
    shown = run("scan", str(root), "--format", "json", "--show-secrets", "--no-progress")
    assert json.loads(shown.stdout)["findings"][0]["secret"] == tok


def test_fingerprint_is_content_based_not_positional(tmp_path: Path) -> None:
    tok = fakes.ghp()
    a = _tree(tmp_path / "a", {"x.py": f"T = '{tok}'\n"})
    b = _tree(tmp_path / "b", {"moved/y.py": f"\n\n\n  other = 1; T = '{tok}'\n"})
    fa = json.loads(run("scan", str(a), "--format", "json").stdout)["findings"][0]["fingerprint"]
    fb = json.loads(run("scan", str(b), "--format", "json").stdout)["findings"][0]["fingerprint"]
    assert fa == fb


def test_output_file_and_sarif(tmp_path: Path) -> None:
    tok = fakes.ghp()
    root = _tree(tmp_path, {"a.py": f"T = '{tok}'\n"})
    out = tmp_path / "report.sarif"
    res = run("scan", str(root), "--format", "sarif", "--output", str(out))
    assert res.returncode == 1 and res.stdout == ""
    doc = json.loads(out.read_text())
    assert doc["version"] == "2.1.0"
    [result] = doc["runs"][0]["results"]
    assert result["ruleId"] == "github-pat-classic"
    assert len(result["partialFingerprints"]["leakscanFingerprint/v1"]) == 32
    assert tok not in out.read_text()


def test_human_output_is_redacted(tmp_path: Path) -> None:
    tok = fakes.ghp()
    root = _tree(tmp_path, {"a.py": f"T = '{tok}'\n"})
    res = run("scan", str(root))
    assert res.returncode == 1
    assert "GitHub personal access token" in res.stdout and "a.py:1:6" in res.stdout
    assert tok not in res.stdout + res.stderr


def test_gitignore_respected_inside_a_repo(repo: GitRepo) -> None:
    tok = fakes.ghp()
    repo.write(".gitignore", "secret.env\nbuild/\n")
    repo.write("secret.env", f"T={tok}\n")
    repo.write("build/out.txt", f"T={tok}\n")
    repo.commit("init", {"ok.py": "x = 1\n"})
    repo.write("untracked.py", f"T = '{tok}'\n")
    doc = json.loads(run("scan", str(repo.path), "--format", "json").stdout)
    assert [loc["path"] for f in doc["findings"] for loc in f["locations"]] == ["untracked.py"]
    # --no-ignore scans what .gitignore leaves out (never the .git folder)
    doc = json.loads(run("scan", str(repo.path), "--format", "json", "--no-ignore").stdout)
    assert sorted(loc["path"] for f in doc["findings"] for loc in f["locations"]) == [
        "build/out.txt", "secret.env", "untracked.py"]


def test_a_folder_git_ignores_whole_says_so(repo: GitRepo) -> None:
    """Naming an ignored folder (a virtualenv, a build output) used to scan 0 files and say
    "no secrets found" without a word about why."""
    tok = fakes.ghp()
    repo.write(".gitignore", "build/\n")
    repo.write("build/out.txt", f"T={tok}\n")
    repo.commit("init", {"ok.py": "x = 1\n"})
    res = run("scan", str(repo.path / "build"), "--no-progress")
    assert res.returncode == 0 and "scanned 0 file(s)" in res.stderr
    assert "every file here is ignored by git" in res.stderr and "--no-ignore" in res.stderr
    res = run("scan", str(repo.path / "build"), "--no-progress", "--no-ignore")
    assert res.returncode == 1 and "ignored by git" not in res.stderr
    res = run("scan", str(repo.path), "--no-progress")  # a tree with files to scan: no warning
    assert res.returncode == 0 and "ignored by git" not in res.stderr


def test_binary_and_oversized_files_are_skipped_and_counted(tmp_path: Path) -> None:
    tok = fakes.ghp()
    root = _tree(tmp_path, {"img.bin": b"\x00\x01" + tok.encode(),
                            "big.txt": "x" * 5000 + f"\nT={tok}\n"})
    res = run("scan", str(root), "--format", "json", "--max-file-size", "1KB")
    doc = json.loads(res.stdout)
    assert res.returncode == 0 and doc["findings"] == []
    assert (doc["stats"]["skipped_binary"], doc["stats"]["skipped_large"]) == (1, 1)


def test_inline_allow_suppresses(tmp_path: Path) -> None:
    tok = fakes.ghp()
    root = _tree(tmp_path, {"a.py": f"T = '{tok}'  # leakscan:allow test fixture, revoked\n"})
    res = run("scan", str(root), "--format", "json")
    assert res.returncode == 0
    assert json.loads(res.stdout)["stats"]["suppressed_inline"] == 1


def test_config_allowlist_paths_and_custom_rule(tmp_path: Path) -> None:
    tok = fakes.ghp()
    root = _tree(tmp_path, {
        "fixtures/t.py": f"T = '{tok}'\n",
        "app.py": "ACME = 'acme_live_Q7fK2pLx9vR3mN8s'\n",
        ".leakscan.toml": (
            'allowlist_paths = ["fixtures/**"]\n'
            "[[rules]]\n"
            'id = "acme-live-key"\nname = "Acme key"\nseverity = "high"\n'
            "regex = '''\\b(?P<secret>acme_live_[A-Za-z0-9]{16})\\b'''\n"
            "examples = [\"k = 'acme_live_Zp4Kq9Lm2Xv7Rt5s'\"]\n"
        ),
    })
    doc = json.loads(run("scan", str(root), "--format", "json").stdout)
    assert [f["rule_id"] for f in doc["findings"]] == ["acme-live-key"]


@pytest.mark.parametrize(("files", "args", "needle"), [
    ({}, ["scan", "/no/such/path"], "no such file or directory"),
    ({".leakscan.toml": "this is = not [toml"}, ["scan", "."], "not valid TOML"),
    ({".leakscan.toml": "colour = 'red'\n"}, ["scan", "."], "unknown key(s) colour"),
    ({".leakscan.toml": "[[rules]]\nid = 'bad-re'\nname = 'x'\nregex = '(unclosed'\n"
                        "examples = ['x']\n"}, ["scan", "."], "rule 'bad-re': regex does not compile"),
    ({".leakscan.toml": "[[rules]]\nid = 'backref'\nname = 'x'\nregex = '(a)\\1'\n"
                        "examples = ['aa']\n"}, ["scan", "."], "rule 'backref': Hyperscan cannot compile"),
    ({".leakscan.toml": "[[rules]]\nid = 'noex'\nname = 'x'\nregex = 'abc'\n"}, ["scan", "."],
     "needs at least one positive example"),
    ({}, ["scan", ".", "--format", "xml"], "Invalid value for '--format'"),
    ({}, ["scan", ".", "--config", "missing.toml"], "config file not found"),
])
def test_bad_input_is_one_line_exit_2(tmp_path: Path, files: dict[str, str], args: list[str],
                                      needle: str) -> None:
    root = _tree(tmp_path, {"a.py": "x = 1\n", **files})
    res = run(*args, cwd=root)
    assert res.returncode == 2, res.stderr
    assert needle in res.stderr
    assert "Traceback" not in res.stderr


def test_rules_list_and_test(tmp_path: Path) -> None:
    doc = json.loads(run("rules", "list", "--format", "json").stdout)
    assert {"id", "name", "severity", "provider", "keywords"} <= set(doc[0])
    bad = tmp_path / "mine.toml"
    bad.write_text("[[rules]]\nid = 'mine'\nname = 'Mine'\n"
                   "regex = '''\\bmine_(?P<secret>[a-z]{8})\\b'''\n"
                   "examples = ['mine_qwkdjzpe']\nnegative_examples = ['mine_abcdefgh']\n")
    res = run("rules", "test", "--rules", str(bad))
    assert res.returncode == 1 and "FAIL mine negative" in res.stdout
    bad.write_text(bad.read_text().replace("mine_abcdefgh", "mine_ABCDEFGH"))
    assert run("rules", "test", "--rules", str(bad)).returncode == 0


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("leakscan, version")
    out = run("--help").stdout
    assert "scan" in out and "rules" in out


def test_own_cache_inside_the_tree_is_not_scanned(tmp_path: Path) -> None:
    """A CI job may point XDG_CACHE_HOME into the workspace to keep the compiled rules between
    runs; those cache files hold every rule's examples and must not be reported."""
    (tmp_path / "app.py").write_text("print('hi')\n")
    env = {"XDG_CACHE_HOME": str(tmp_path / ".cache")}
    first = run("scan", str(tmp_path), "--format", "json", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert any((tmp_path / ".cache" / "leakscan").iterdir())  # the cache is there now
    again = run("scan", str(tmp_path), "--format", "json", env=env)
    assert again.returncode == 0, again.stdout + again.stderr
    assert json.loads(again.stdout)["stats"]["files"] == 1


def test_scan_dash_reads_standard_input(tmp_path: Path) -> None:
    tok = fakes.ghp()
    res = run("scan", "-", "--format", "json", input=f"x = 1\nT = '{tok}'\n", cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    doc = json.loads(res.stdout)
    assert [(f["rule_id"], f["locations"][0]["path"], f["locations"][0]["line"])
            for f in doc["findings"]] == [("github-pat-classic", "(stdin)", 2)]
    assert tok not in res.stdout and doc["stats"]["files"] == 1
    clean = run("scan", "-", input="x = 1\n", cwd=tmp_path)
    assert clean.returncode == 0 and "scanned 1 file(s)" in clean.stderr


def test_stdin_name_is_used_for_allowlists_and_reports(tmp_path: Path) -> None:
    tok = fakes.ghp()
    (tmp_path / ".leakscan.toml").write_text('allowlist_paths = ["fixtures/**"]\n')
    named = run("scan", "-", "--stdin-name", "app/settings.py", "--format", "json",
                input=f"T = '{tok}'\n", cwd=tmp_path)
    assert named.returncode == 1 and '"path": "app/settings.py"' in named.stdout
    skipped = run("scan", "-", "--stdin-name", "fixtures/token.py", input=f"T = '{tok}'\n", cwd=tmp_path)
    assert skipped.returncode == 0, skipped.stdout + skipped.stderr


def test_stdin_over_the_size_cap_is_skipped_as_large(tmp_path: Path) -> None:
    tok = fakes.ghp()
    res = run("scan", "-", "--max-file-size", "1KB", input=f"T = '{tok}'\n" + "x = 1\n" * 400, cwd=tmp_path)
    assert res.returncode == 0 and "large 1" in res.stderr, res.stderr


def test_workers_start_while_the_walk_goes_on(tmp_path: Path) -> None:
    """Over 4 MB the scan runs in worker processes fed while the tree is still being walked:
    files found before and after the workers started are all scanned, and allowlisted files
    and the project's own config are still kept out and counted."""
    filler = ("x = 1  # filler line of ordinary code\n" * 2000).encode()  # 76 KB
    files: dict[str, str | bytes] = {f"d{i:02}/f{j}.py": filler for i in range(40) for j in range(3)}
    toks = [fakes.ghp() for _ in range(3)]
    files["d00/first.py"] = f"T = '{toks[0]}'\n"
    files["d20/middle.py"] = f"T = '{toks[1]}'\n"
    files["d39/last.py"] = f"T = '{toks[2]}'\n"
    files["fixtures/t.py"] = f"T = '{fakes.ghp()}'\n"
    files[".leakscan.toml"] = 'allowlist_paths = ["fixtures/**"]\n'
    root = _tree(tmp_path, files)
    res = run("scan", str(root), "--format", "json", "--show-secrets", "-j", "2")
    doc = json.loads(res.stdout)
    assert res.returncode == 1, res.stderr
    assert doc["stats"]["files"] == 123 and doc["stats"]["bytes"] > 8 << 20
    assert doc["stats"]["allowlisted_files"] == 2  # fixtures/t.py and .leakscan.toml
    assert sorted(f["secret"] for f in doc["findings"]) == sorted(toks)
    assert sorted(f["locations"][0]["path"] for f in doc["findings"]) == [
        "d00/first.py", "d20/middle.py", "d39/last.py"]
