from __future__ import annotations

import io

import fakes
import pytest

from leakscan import rules as rules_mod
from leakscan.engine import SEGMENT, Engine
from leakscan.models import ScanStats


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(rules_mod.load_builtin())


def test_checksum_valid_github_token_is_high_confidence(engine: Engine) -> None:
    tok = fakes.ghp(1)
    [m] = engine.scan(f"x = '{tok}'\n".encode())
    assert (m.rule_id, m.secret.decode(), m.confidence, m.line, m.column) == (
        "github-pat-classic", tok, "high", 1, 6)


def test_bad_checksum_is_reported_low_not_dropped(engine: Engine) -> None:
    [m] = engine.scan(f"token: {fakes.ghp_bad_checksum(2)}".encode())
    assert m.confidence == "low" and "github-crc32" in m.note


def test_line_numbers_across_segments(engine: Engine) -> None:
    tok = fakes.ghp(3)
    filler = b"a = 1\n" * (SEGMENT // 6 + 10)
    data = filler + f"T={tok}\n".encode() + filler + f"U={tok}\n".encode()
    lines = filler.count(b"\n")
    got = [(m.line, m.column) for m in engine.scan(data)]
    assert got == [(lines + 1, 3), (2 * lines + 2, 3)]
    streamed = engine.scan_stream(io.BytesIO(data), b"big.txt", ScanStats())
    assert [(m.line, m.column) for m in streamed] == got


def test_token_straddling_a_segment_edge(engine: Engine) -> None:
    tok = fakes.ghp(4).encode()
    data = b"x" * (SEGMENT - 10) + b" " + tok + b" \n"
    assert [m.secret for m in engine.scan_stream(io.BytesIO(data), b"", ScanStats())] == [tok]


def test_inline_allow_same_line_and_line_above(engine: Engine) -> None:
    tok = fakes.ghp(5)
    assert engine.scan(f"t = '{tok}'  # leakscan:allow test fixture\n".encode()) == []
    assert engine.scan(f"# leakscan:allow rotated\nt = '{tok}'\n".encode()) == []
    assert engine.scan(f"# gitleaks:allow\n\nt = '{tok}'\n".encode()) != []


def test_aws_pair_is_one_finding(engine: Engine) -> None:
    kid, secret = fakes.aws_pair(6)
    text = f"aws_access_key_id = {kid}\naws_secret_access_key = {secret}\n"
    [m] = engine.scan(text.encode())
    assert m.rule_id == "aws-secret-access-key" and m.companion == kid.encode()
    assert (m.line, m.companion_line) == (2, 1)  # where both parts are, for the one who scrubs them


def test_documentation_keys_are_examples(engine: Engine) -> None:
    stats = ScanStats()
    assert engine.scan(b"aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n", b"", stats) == []
    assert stats.suppressed_placeholder == 1


def test_generic_rule_yields_to_provider_rule(engine: Engine) -> None:
    tok = fakes.ghp(7)
    ids = {m.rule_id for m in engine.scan(f'password = "{tok}"\n'.encode())}
    assert ids == {"github-pat-classic"}


def test_hyperscan_expression_opens_only_large_bounds() -> None:
    from leakscan.hsdb import hs_expression

    assert hs_expression(r"a{64,16384}?b\{1,300\}c{2,5}") == rb"a{64,}?b\{1,300\}c{2,5}"


def test_long_pem_block_is_found_whole(engine: Engine) -> None:
    key = fakes.pem_private_key(9)
    [m] = [m for m in engine.scan(f"x = 1\n{key}".encode()) if m.rule_id.startswith("private-key")]
    assert m.secret.decode().strip() == key.strip() and (m.line, m.end_line) == (2, 11)


def test_overlapping_provider_rules_report_once(engine: Engine) -> None:
    key = fakes.pem_private_key(11).replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n")
    kid = fakes.rand(40, "0123456789abcdef", 12)
    doc = f'{{"type": "service_account", "private_key_id": "{kid}", "private_key": "{key}"}}'
    ids = [m.rule_id for m in engine.scan(doc.encode(), b"sa.json")]
    assert len(ids) == 1 and ids[0] != "private-key-pem", ids


def test_path_aware_rules_fire_only_on_their_paths_with_their_own_ids(engine: Engine) -> None:
    # path-aware rules live in a second Hyperscan database: ids must map back to the right rule
    tok, pw = fakes.ghp(7), fakes.rand(20, seed=7)
    data = f"db.internal.test:5432:app:app:{pw}\nexport GH={tok}\n".encode()
    on_pgpass = sorted((m.rule_id, m.secret.decode()) for m in engine.scan(data, b"home/u/.pgpass"))
    assert on_pgpass == sorted([("pgpass-entry", pw), ("github-pat-classic", tok)])
    assert [m.rule_id for m in engine.scan(data, b"home/u/notes.txt")] == ["github-pat-classic"]
