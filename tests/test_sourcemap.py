"""Source maps: `mappings` (base64 VLQ position data) is not scanned; `sourcesContent` is."""

from __future__ import annotations

import json
from pathlib import Path

import fakes
import pytest
from cli import run

from leakscan import config as config_mod
from leakscan import sourcemap
from leakscan.engine import SEGMENT, Engine


def crates_token() -> str:
    # crates.io tokens are `cio` + 32 letters and digits: every character is also base64, so the
    # token can sit inside a VLQ mappings string as it is.
    return "cio" + fakes.rand(32)


def source_map(mappings: str, sources: list[str]) -> str:
    return json.dumps({"version": 3, "file": "app.js", "sources": ["src/app.ts"],
                       "names": [], "mappings": mappings, "sourcesContent": sources})


@pytest.fixture(scope="module")
def engine() -> Engine:
    wanted = {"crates-io-token", "github-pat-classic"}
    return Engine([r for r in config_mod.build(None, None).rules if r.id in wanted])


def test_the_mappings_value_is_found_quotes_excluded() -> None:
    text = source_map("AAAA,SAAS;EAAE,CAAC", ['const a = "x";\n']).encode()
    (start, end), = sourcemap.vlq_spans(text)
    assert text[start:end] == b"AAAA,SAAS;EAAE,CAAC" and text[start - 1:start] == b'"'
    spaced = b'{"mappings" :\n "AA;CC"}'
    assert [spaced[a:b] for a, b in sourcemap.vlq_spans(spaced)] == [b"AA;CC"]


@pytest.mark.parametrize("text", [
    b'{"mappings": "AA\\"AA"}',  # an escape: not plain VLQ
    b'{"mappings": "not vlq at all"}',  # spaces
    b'{"mappings": 3}',  # not a string
    b'{"version": 3, "sources": []}',  # no mappings
    b'{"mappings": "AAAA',  # cut short: no closing quote
    b'{"mappings": ""}',  # empty
    b'{"sourcesContent": ["var k = {\\"mappings\\": \\"AAAA\\"}"]}',  # the word inside a source
])
def test_anything_but_a_vlq_string_is_left_alone(text: bytes) -> None:
    assert sourcemap.vlq_spans(text) == []


def test_every_section_of_an_index_map_is_found() -> None:
    text = json.dumps({"version": 3, "sections": [
        {"offset": {"line": 0, "column": 0}, "map": {"mappings": "AAAA;CAAC"}},
        {"offset": {"line": 9, "column": 0}, "map": {"mappings": "GAAG,KAAK"}}]}).encode()
    assert [text[a:b] for a, b in sourcemap.vlq_spans(text)] == [b"AAAA;CAAC", b"GAAG,KAAK"]


@pytest.mark.parametrize(("name", "is_map"), [
    (b"dist/app.js.map", True), (b"DIST/APP.CSS.MAP", True), (b"app.js", False), (b"map", False),
    (b"roadmap", False),
])
def test_source_maps_are_known_by_name(name: bytes, is_map: bool) -> None:
    assert sourcemap.is_source_map(name) is is_map


def test_a_token_shape_in_mappings_is_not_a_finding_but_sources_are_scanned(engine: Engine) -> None:
    in_mappings, in_sources = crates_token(), fakes.ghp()
    text = source_map(f"AAAA,{in_mappings};EAAE", [f'const t = "{in_sources}";\n']).encode()
    found = engine.scan(text, b"dist/app.js.map")
    assert [m.secret for m in found] == [in_sources.encode()]
    assert (found[0].line, found[0].column) == (1, text.index(in_sources.encode()) + 1)
    # The same bytes under another name are JSON like any other: both tokens are reported.
    assert sorted(m.secret for m in engine.scan(text, b"data/app.json")) == sorted(
        [in_mappings.encode(), in_sources.encode()])


def test_a_map_larger_than_a_read_segment_is_blanked_whole(tmp_path: Path) -> None:
    in_mappings, in_sources = crates_token(), fakes.ghp()
    segment = "AAAA,SAAS;" * (SEGMENT // 10 + 100)  # the value crosses the first read segment
    mappings = segment[:SEGMENT - 40] + f",{in_mappings}," + segment[SEGMENT - 40:]
    path = tmp_path / "bundle.js.map"
    path.write_text(source_map(mappings, [f'const t = "{in_sources}";\n']))
    assert path.stat().st_size > SEGMENT
    res = run("scan", str(path), "--format", "json", "--no-progress")
    assert res.returncode == 1, res.stderr
    doc = json.loads(res.stdout)
    assert [f["rule_id"] for f in doc["findings"]] == ["github-pat-classic"]
    assert doc["stats"]["sourcemap_bytes_skipped"] == len(mappings)
    assert in_sources not in res.stdout  # redacted as always
