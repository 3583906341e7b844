"""UTF-16 text files (PowerShell, reg exports, SSMS scripts) are decoded and scanned, not skipped
as binary: in a folder, a large file, the staged change, history, and an incident rewrite."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import fakes
import incident_scenario as sc
import pytest
from cli import run
from gitrepo import GitRepo

from leakscan import config as config_mod
from leakscan import gitscan, textcodec
from leakscan.engine import SEGMENT, Engine, is_binary
from leakscan.incident import gitcmd


def ps1(token: str, password: str) -> str:
    return (f"# deploy settings\r\n$token = \"{token}\"\r\n"
            f"$dbPassword = \"{password}\"\r\nWrite-Host 'done'\r\n")


def utf16(text: str, order: str = "le", bom: bool = True) -> bytes:
    marks = {"le": b"\xff\xfe", "be": b"\xfe\xff"}
    return (marks[order] if bom else b"") + text.encode(f"utf-16-{order}")


@pytest.mark.parametrize(("data", "expected"), [
    (utf16("x = 1\n"), "utf-16-le"),
    (utf16("x = 1\n", "be"), "utf-16-be"),
    (utf16("password = 'abc'\n", bom=False), "utf-16-le"),
    (utf16("password = 'abc'\n", "be", bom=False), "utf-16-be"),
    (utf16("Grüße, 東京 = 'abc'\n" * 3, bom=False), "utf-16-le"),  # some non-ASCII is fine
    (b"\xff\xfe\x00\x00" + "x = 1\n".encode("utf-32-le"), None),  # UTF-32 is not UTF-16
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, None),
    (b"\x00" * 4096, None),  # zero padding is not text
    (b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + bytes(range(256)) * 8, None),
    (utf16("hi", bom=False), None),  # too short to guess without a byte order mark
    (b"plain = 'text'\n", None),
])
def test_detects_utf16_and_nothing_else(data: bytes, expected: str | None) -> None:
    assert textcodec.utf16_encoding(data) == expected
    if expected:
        assert not is_binary(data) and textcodec.might_be_utf16(data)
        assert textcodec.utf16_text(data) == textcodec.text_of(data)
        assert b"\0" not in textcodec.text_of(data)
    else:
        assert textcodec.text_of(data) == data


def test_folder_scan_finds_secrets_in_utf16_files(tmp_path: Path) -> None:
    tok, pw = fakes.ghp(), fakes.password(7)  # seeded: 0.1% of random ones read as words
    text = ps1(tok, pw)
    (tmp_path / "le.ps1").write_bytes(utf16(text))
    (tmp_path / "be.ps1").write_bytes(utf16(text, "be"))
    (tmp_path / "nobom.ps1").write_bytes(utf16(text, bom=False))
    # A real binary with the same token between NULs stays binary: text rules never see it.
    (tmp_path / "cache.bin").write_bytes(b"\x00\x01BIN\x00" + tok.encode() + b"\x00" + bytes(range(256)))
    res = run("scan", str(tmp_path), "--format", "json", "--no-progress")
    assert res.returncode == 1, res.stderr
    doc = json.loads(res.stdout)
    by_rule = {f["rule_id"]: f for f in doc["findings"]}
    assert set(by_rule) == {"github-pat-classic", "generic-password-assignment"}
    for rule_id, line, column in (("github-pat-classic", 2, 11), ("generic-password-assignment", 3, 16)):
        locs = sorted((x["path"], x["line"], x["column"]) for x in by_rule[rule_id]["locations"])
        assert locs == [(name, line, column) for name in ("be.ps1", "le.ps1", "nobom.ps1")], rule_id
        assert "UTF-16" in by_rule[rule_id]["note"]
    assert doc["stats"]["utf16_files"] == 3 and doc["stats"]["skipped_binary"] == 1
    assert tok not in res.stdout and pw not in res.stdout  # redacted as always


def test_large_utf16_file_is_read_whole(tmp_path: Path) -> None:
    tok = fakes.ghp()
    filler = "Write-Host 'padding line for a large generated script'\r\n"
    lines = SEGMENT // (2 * len(filler)) + 100  # more than one read segment once encoded
    body = filler * lines + f"$token = \"{tok}\"\r\n"
    path = tmp_path / "big.ps1"
    path.write_bytes(utf16(body))
    assert path.stat().st_size > SEGMENT
    res = run("scan", str(path), "--format", "json", "--no-progress")
    doc = json.loads(res.stdout)
    assert [(f["rule_id"], f["locations"][0]["line"]) for f in doc["findings"]] == [
        ("github-pat-classic", lines + 1)]


def test_engine_offsets_and_inline_allow_work_on_decoded_text() -> None:
    engine = Engine([r for r in config_mod.build(None, None).rules if r.id == "github-pat-classic"])
    tok = fakes.ghp()
    allowed = utf16(f"$a = \"{tok}\"  # leakscan:allow\r\n$b = 1\r\n")
    assert engine.scan(allowed, b"a.ps1") == []
    found = engine.scan(utf16(f"$b = 1\r\n$a = \"{tok}\"\r\n"), b"a.ps1")
    assert [(m.secret, m.line, m.column) for m in found] == [(tok.encode(), 2, 7)]


def test_staged_utf16_file_is_blocked_whole(repo: GitRepo) -> None:
    tok = fakes.ghp()
    repo.commit("base", {"README.md": "# x\n"})
    repo.write("deploy.ps1", utf16(ps1(tok, fakes.password(8))))
    repo.git("add", "deploy.ps1")
    res = gitscan.scan_staged(config_mod.build(None, None), repo.path)
    assert {f.rule_id for f in res.findings} == {"github-pat-classic", "generic-password-assignment"}
    assert res.stats.files == 1 and res.stats.skipped_binary == 0


@pytest.fixture(scope="module")
def rewritten(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str, str]:
    """A UTF-16 script committed and later deleted, then the whole incident flow on it."""
    root = tmp_path_factory.mktemp("u16")
    tok, pw = fakes.ghp(), fakes.password(7)  # seeded: 0.1% of random ones read as words
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(root / "xdg-cache"))
        for key in [k for k in os.environ if k.startswith("GIT_")]:
            mp.delenv(key)
        repo = GitRepo(root / "repo")
        repo.commit("init", {"README.md": "# x\n", "deploy.ps1": utf16(ps1(tok, pw))})
        repo.commit("drop the script", remove=("deploy.ps1",))
        plan_dir = root / "incident"
        code, out, err = sc.run("incident", "plan", str(repo.path), "--out", str(plan_dir))
        assert code == 0, err
        plan = json.loads((plan_dir / "plan.json").read_text())
        assert {s["rule_id"] for s in plan["secrets"]} == {"github-pat-classic",
                                                           "generic-password-assignment"}
        for s in plan["secrets"]:
            assert sc.run("incident", "rotate", str(plan_dir), s["fingerprint"][:8], "--done",
                          "--note", "revoked")[0] == 0
        code, out, err = sc.run("incident", "rewrite", str(plan_dir), "--execute")
        assert code == 0, err
        code, out, err = sc.run("incident", "verify", str(plan_dir))
        assert code == 0 and "clean: no object holds a planned secret" in out, out + err
        code, out, err = sc.run("incident", "verify", str(plan_dir), "--clone", str(repo.path))
        assert "STILL IN HISTORY" in out and "deploy.ps1" in out  # the original still has it
    return plan_dir / "mirror.git", plan_dir, tok, pw


def test_incident_removes_the_utf16_file_from_every_commit(
        rewritten: tuple[Path, Path, str, str]) -> None:
    mirror, plan_dir, tok, pw = rewritten
    assert "deploy.ps1" in (plan_dir / "PLAN.md").read_text()
    names = subprocess.run(["git", "rev-list", "--all", "--objects"], cwd=mirror, capture_output=True,
                           text=True, check=True, env=gitcmd.env()).stdout
    assert "deploy.ps1" not in names and "README.md" in names
    everything = sc.all_objects(mirror)
    for secret in (tok, pw):
        for encoded in (secret.encode(), secret.encode("utf-16-le"), secret.encode("utf-16-be")):
            assert encoded not in everything


def test_tables_of_small_16_bit_numbers_are_not_text() -> None:
    table = b"".join(n.to_bytes(2, "little") for n in range(1, 256)) * 8  # high bytes all zero
    assert textcodec.utf16_encoding(table) is None and is_binary(b"\0" + table)
