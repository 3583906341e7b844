"""Binary files meet only `binary` rules: keystores by name and magic, keys embedded in binaries."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import replace
from pathlib import Path

import fakes
import jsonschema
import pytest

from leakscan import config, pipeline
from leakscan import rules as rules_mod
from leakscan.engine import Engine
from leakscan.models import Rule, ScanStats
from leakscan.reporters import get

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
JKS = b"\xfe\xed\xfe\xed\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\x00\x07release" + bytes(range(256))
P12 = b"\x30\x82\x09\xc1\x02\x01\x03\x30\x82\x09\x87\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01" + bytes(
    range(200))
CERT_DER = b"\x30\x82\x03\xa1\x30\x82\x02\x89\xa0\x03\x02\x01\x02\x02\x14" + bytes(range(100))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(rules_mod.load_builtin())


def test_keystore_by_name_and_magic(engine: Engine) -> None:
    stats = ScanStats()
    [m] = engine.scan_binary(JKS, b"app/release.keystore", stats)
    assert (m.rule_id, m.line, m.column, m.confidence) == ("java-keystore-file", 0, 0, "high")
    assert m.secret == b"sha256:" + hashlib.sha256(JKS).hexdigest().encode()
    assert "must not be committed" in m.note and stats.extra["binary_checked"] == 1
    # A PKCS#12 keystore under a .jks name (the Java 9+ default type) is a keystore too.
    assert [m.rule_id for m in engine.scan_binary(P12, b"release.jks")] == ["java-keystore-file"]
    assert [m.rule_id for m in engine.scan_binary(P12, b"client.pfx")] == ["pkcs12-file"]


def test_name_without_magic_or_magic_without_name_is_not_reported(engine: Engine) -> None:
    assert engine.scan_binary(CERT_DER, b"certs/server.p12") == []  # a certificate, not a PFX
    assert engine.scan_binary(JKS, b"data/blob.bin") == []
    assert engine.scan_binary(CERT_DER, b"certs/server.der") == []


def test_two_keystores_are_two_findings_one_keystore_twice_is_one() -> None:
    other = JKS[:-1] + b"\x00"
    a = Engine(rules_mod.load_builtin()).scan_binary(JKS, b"a.jks")[0].secret
    b = Engine(rules_mod.load_builtin()).scan_binary(other, b"b.jks")[0].secret
    assert a != b


def test_pem_key_embedded_in_a_binary(engine: Engine) -> None:
    key = fakes.pem_private_key(31).encode()
    blob = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 100 + key + b"\x00\x01\x02"
    [m] = engine.scan_binary(blob, b"bin/agent")
    assert (m.rule_id, m.line, m.confidence) == ("private-key-pem", 0, "high")
    assert m.secret == key.strip() and "at byte 108" in m.note
    assert engine.scan_binary(b"\x7fELF\x02\x01" + b"\x00" * 50 + b"-----BEGIN CERTIFICATE-----", b"x") == []


def test_generic_and_provider_text_rules_do_not_run_on_binaries(engine: Engine) -> None:
    blob = b"\x00\x01" + f'password = "{fakes.password(1)}"\ntoken = "{fakes.ghp(2)}"\n'.encode()
    assert engine.scan_binary(blob, b"lib/native.so") == []


def test_folder_scan_reports_binaries_at_line_0_and_sarif_validates(tmp_path: Path) -> None:
    (tmp_path / "android").mkdir()
    (tmp_path / "android" / "release.keystore").write_bytes(JKS)
    (tmp_path / "lib.so").write_bytes(b"\x7fELF\x00\x00" + fakes.pem_private_key(5).encode() + b"\x00")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    (tmp_path / "readme.txt").write_text("nothing to see\n")
    cfg = config.build(tmp_path)
    res = pipeline.scan_paths(cfg, tmp_path)
    got = sorted((f.rule_id, f.locations[0].path, f.locations[0].line) for f in res.findings)
    assert got == [("java-keystore-file", "android/release.keystore", 0),
                   ("private-key-pem", "lib.so", 0)]
    assert res.stats.skipped_binary == 3 and res.stats.files == 1
    out = io.StringIO()
    get("sarif")(res, {r.id: r for r in cfg.rules}, False, out)
    doc = json.loads(out.getvalue())
    jsonschema.validate(doc, SCHEMA, cls=jsonschema.Draft7Validator)
    regions = [r["locations"][0]["physicalLocation"].get("region") for r in doc["runs"][0]["results"]]
    assert regions == [None, None]


def test_gate_literal_is_in_every_example_of_each_embedded_key_rule() -> None:
    """The binary gate skips a file without any embedded-key rule's literal: each literal must be in
    every positive example of its rule, or the gate would hide a real key."""
    from leakscan import binfiles

    embedded = [r for r in rules_mod.load_builtin() if r.binary and not r.path]
    assert embedded
    for r in embedded:
        lit = binfiles.required_literal(r.regex)
        assert len(lit) >= 6, r.id
        assert all(lit in ex.encode() for ex in r.examples), r.id
    assert binfiles.required_literal(r"\bsk-(?P<secret>[a-z]{3})\.x") == b"sk-"
    assert binfiles.required_literal(r"(?i)acme_[a-z]{9}") == b""  # caseless: no byte literal


def test_gate_uses_one_shared_literal_only_when_every_rule_contains_it() -> None:
    from leakscan import binfiles

    assert binfiles.common_literal([b"-----BEGIN RSA PRIVATE KEY-----", b"---- BEGIN SSH2 PRIVATE KEY ----",
                                    b"PRIVATE KEY-----"]) == b"PRIVATE KEY"
    assert binfiles.common_literal([b"abcdef", b"xyz"]) == b""
    builtin = Engine([r for r in rules_mod.load_builtin() if r.binary])
    (shared,) = binfiles.gate_literals(builtin) or [b""]
    embedded = [r for r in builtin.rules if not r.path]
    assert len(shared) >= 6 and all(shared in ex.encode() for r in embedded for ex in r.examples)
    # Rules with nothing long in common keep their own literals; a rule without one disables the gate.
    base = next(r for r in embedded if r.id == "private-key-pem")

    def blob_rule(rid: str, regex: str) -> Rule:
        return replace(base, id=rid, regex=regex, prefilter=None, prefilter_window=False,
                       secret_group=None, max_length=64)

    two = [blob_rule("acme-blob-key", r"ACMEKEY1-[a-f0-9]{32}"),
           blob_rule("zeta-blob-key", r"ZETASECRET_[a-f0-9]{32}")]
    eng = Engine(two)
    assert binfiles.gate_literals(eng) == [b"ACMEKEY1-", b"ZETASECRET_"]
    hits = eng.scan_binary(b"\x00" * 100 + b"ZETASECRET_" + b"ab12" * 8 + b"\x00", b"bin/a.so")
    assert [m.rule_id for m in hits] == ["zeta-blob-key"]
    loose = [blob_rule("short-blob-key", r"K1[a-f0-9]{32}")]
    assert binfiles.gate_literals(Engine(two + loose)) is None


def test_gate_passes_each_kind_of_embedded_key(engine: Engine) -> None:
    key = fakes.pem_private_key(33)
    for head, rule_id in (("RSA PRIVATE KEY", "private-key-pem"), ("PRIVATE KEY", "private-key-pem"),
                          ("OPENSSH PRIVATE KEY", "private-key-openssh"),
                          ("ENCRYPTED PRIVATE KEY", "private-key-pem-encrypted")):
        pem = key.replace("RSA PRIVATE KEY", head)
        blob = b"\x00\x01" * 50 + pem.encode() + b"\x00" * 10
        assert [m.rule_id for m in engine.scan_binary(blob, b"lib/x.so")] == [rule_id], head
    assert engine.scan_binary(b"\x00\x01" * 5000, b"lib/x.so") == []


def test_only_path_rules_make_no_empty_database() -> None:
    """A rule set whose binary rules all have a path (no embedded-key rule) used to crash with
    "elements is zero" while building the binary engine."""
    keystore = [r for r in rules_mod.load_builtin() if r.id in ("java-keystore-file", "aws-access-key-id")]
    eng = Engine(keystore)
    assert [m.rule_id for m in eng.scan_binary(JKS, b"app/release.keystore")] == ["java-keystore-file"]
    assert eng.scan_binary(b"\x00\x01" * 100, b"lib/x.so") == []
    only_path = Engine([r for r in keystore if r.path])
    assert only_path.scan(b"nothing here\n") == []
