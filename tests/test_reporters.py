from __future__ import annotations

import io
import json
from pathlib import Path

import fakes
import jsonschema
import pytest

from leakscan import rules as rules_mod
from leakscan.engine import Engine
from leakscan.findings import aggregate
from leakscan.models import Location, ScanStats
from leakscan.pipeline import ScanResult
from leakscan.reporters import get

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
RULES = {r.id: r for r in rules_mod.load_builtin()}


@pytest.fixture(scope="module")
def result() -> tuple[ScanResult, list[str]]:
    engine = Engine(list(RULES.values()))
    kid, key = fakes.aws_pair()
    tok, pw = fakes.ghp(), fakes.password(7)  # seeded: 0.1% of random ones read as words
    files = {
        "src/app.py": f"A = '{tok}'\nB = 1\nC = '{tok}'\n",
        "conf/.env": f"aws_access_key_id = {kid}\naws_secret_access_key = {key}\n",
        "db.yml": f'password: "{pw}"\n',
        "keys/id_rsa": fakes.pem_private_key(),
    }
    pairs = []
    for path, text in files.items():
        for m in engine.scan(text.encode(), path.encode()):
            pairs.append((Location(path, m.line, m.column, m.end_line, "c0ffee" * 6 + "abcd",
                                   "b10b" * 10), m))
    findings = aggregate(pairs, RULES)
    return ScanResult(findings, ScanStats(files=4), [], "x", "scan"), [tok, kid, key, pw]


def _render(result: ScanResult, fmt: str, show: bool = False) -> str:
    out = io.StringIO()
    get(fmt)(result, RULES, show, out)
    return out.getvalue()


def test_sarif_validates_against_the_2_1_0_schema(result: tuple[ScanResult, list[str]]) -> None:
    res, _ = result
    doc = json.loads(_render(res, "sarif"))
    jsonschema.validate(doc, SCHEMA, cls=jsonschema.Draft7Validator)
    run = doc["runs"][0]
    assert len(run["results"]) == len(res.findings) == 4
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {f.rule_id for f in res.findings}
    for r in run["results"]:
        assert run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]


@pytest.mark.parametrize("fmt", ["human", "json", "sarif"])
def test_every_format_is_redacted_by_default(result: tuple[ScanResult, list[str]], fmt: str) -> None:
    res, secrets = result
    text = _render(res, fmt)
    for secret in secrets:
        assert secret not in text
    shown = _render(res, fmt, show=True)
    assert all(secret in shown for secret in secrets)


def test_json_schema_fields(result: tuple[ScanResult, list[str]]) -> None:
    res, _ = result
    doc = json.loads(_render(res, "json"))
    assert doc["schema"] == 1 and doc["stats"]["findings"] == 4
    by_rule = {f["rule_id"]: f for f in doc["findings"]}
    assert [(loc["line"], loc["column"]) for loc in by_rule["github-pat-classic"]["locations"]] == [
        (1, 6), (3, 6)]
    assert "companion_redacted" in by_rule["aws-secret-access-key"]
    [pair] = by_rule["aws-secret-access-key"]["locations"]
    assert (pair["line"], pair["companion_line"]) == (2, 1)
    assert "companion_line" not in by_rule["github-pat-classic"]["locations"][0]
    assert "(its pair on line 1)" in _render(res, "human")
    assert by_rule["private-key-pem"]["locations"][0]["end_line"] == 10


def test_sarif_uris_are_percent_encoded() -> None:
    """artifactLocation.uri is a URI reference: a space or a non-ASCII name is encoded, and a
    message location (not a file) is still a valid relative reference."""
    from urllib.parse import unquote

    engine = Engine([RULES["github-pat-classic"]])
    pairs = []
    for path in ("docs/my notes.md", "données/é.py", "(commit message)", "caf\udce9.py"):
        for m in engine.scan(f"T = '{fakes.ghp()}'\n".encode()):
            pairs.append((Location(path, m.line, m.column, m.end_line), m))
    res = ScanResult(aggregate(pairs, RULES), ScanStats(files=4), [], "x", "scan")
    doc = json.loads(_render(res, "sarif"))
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in doc["runs"][0]["results"]]
    paths = ["docs/my notes.md", "données/é.py", "(commit message)", "caf\udce9.py"]
    assert sorted(unquote(u, errors="surrogateescape") for u in uris) == sorted(paths)
    assert "caf%E9.py" in uris  # a file name that is not UTF-8: its raw byte, encoded
    assert all(u.isascii() and " " not in u for u in uris) and "docs/my%20notes.md" in uris
