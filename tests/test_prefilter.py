"""Prefilters: Hyperscan searches a piece of a rule's regex; what is reported must not change."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import fakes
import pytest

from leakscan import regexparts
from leakscan import rules as rules_mod
from leakscan.engine import SEGMENT, Engine
from leakscan.errors import RuleError
from leakscan.models import ScanStats

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "samples"
BUILTIN = rules_mod.load_builtin()


def rule(regex: str, prefilter: str | None, **extra: object) -> rules_mod.Rule:
    d: dict[str, object] = {"id": "t-rule", "name": "t", "regex": regex, "examples": ["x"], **extra}
    if prefilter is not None:
        d["prefilter"] = prefilter
    return rules_mod.parse_rule(d, "test.toml")


@pytest.mark.parametrize("r", BUILTIN, ids=lambda r: r.id)
def test_parts_in_a_row_are_the_regex(r: rules_mod.Rule) -> None:
    """Opening plain groups and joining the parts again gives a regex that matches the same."""
    flags, body = regexparts.split_flags(r.regex)
    parts = regexparts.items(body)
    if parts is None:
        pytest.skip("top-level alternation: no pieces")
    joined = re.compile((flags + "".join(parts)).encode())
    whole = re.compile(r.regex.encode())
    for ex in r.examples + r.negative_examples:
        data = ex.encode()
        a, b = whole.search(data), joined.search(data)
        assert (a and a.span()) == (b and b.span()), ex


def test_every_offered_piece_is_accepted_and_lies_in_every_match() -> None:
    regex = r"(?i:acme[_.-]?corp|(?:\b|_)ac)[\w.-]{0,20}(?i:key)\s*=\s*(?P<secret>ak-[0-9a-f]{16})\b"
    pieces = regexparts.pieces(regex)
    assert ("window", "(?i:acme[_.-]?corp|(?:\\b|_)ac)") in pieces
    assert ("end", "ak-[0-9a-f]{16}\\b") in pieces  # the secret group is opened
    assert all(not t.startswith("[\\w.-]{0,20}") or m == "end" for m, t in pieces)  # optional: tails only
    sample = b"ACME_CORP_KEY = ak-0123456789abcdef;"
    [m] = re.finditer(regex.encode(), sample)
    for mode, text in pieces:
        assert regexparts.prefilter_mode(regex, text) in (mode, "end")
        inside = [p for p in re.finditer(text.encode(), sample)
                  if m.start() <= p.start() and p.end() <= m.end()]
        assert inside, text
        if mode == "end":
            assert any(p.end() == m.end() for p in re.finditer(text.encode(), sample[m.start():m.end()]))


@pytest.mark.parametrize(("prefilter", "reason"), [
    ("(?i:key)\\s*=", "optional"),  # follows [\w.-]{0,20}: fine; but \s*= is not required
    ("acme", "not a run of whole top-level parts"),
    ("(?i:acme|corp)", "not a run of whole top-level parts"),
    ("(?m)(?i:acme)", "flags"),
])
def test_a_prefilter_that_is_not_a_piece_is_refused(prefilter: str, reason: str) -> None:
    with pytest.raises(RuleError, match=f"t-rule.*prefilter.*{re.escape(reason)}"):
        rule(r"(?i:acme)[\w.-]{0,20}(?i:key)\s*=\s*(?P<secret>[0-9a-f]{16})\b", prefilter)


def test_whole_regex_and_top_level_alternation_are_refused() -> None:
    with pytest.raises(RuleError, match="whole regex"):
        rule(r"ab(?P<secret>[0-9]{8})", r"ab(?P<secret>[0-9]{8})")
    with pytest.raises(RuleError, match="top-level '\\|'"):
        rule(r"ab(?P<secret>[0-9]{8})|cd(?P<s2>[0-9]{8})", "ab")


def test_mode_is_end_for_a_tail_and_window_otherwise() -> None:
    r = rule(r"(?i:acme)[\w.-]{0,20}=(?P<secret>[0-9a-f]{16})\b", r"=(?P<secret>[0-9a-f]{16})\b")
    assert r.hs_regex == r.prefilter and not r.prefilter_window
    assert rule(r"(?i:acme)[\w.-]{0,20}=(?P<secret>[0-9a-f]{16})\b", "(?i:acme)").prefilter_window


def _found(engine: Engine, data: bytes) -> list[tuple[str, bytes, int, int]]:
    return sorted((m.rule_id, m.secret, m.line, m.column) for m in engine.scan(data))


def test_window_prefilter_finds_the_same_at_buffer_edges_and_never_a_cut_run() -> None:
    regex = r"(?i:acme)[\w.-]{0,20}=[ \t]*(?P<secret>[a-z]{10,20})\b"
    with_pf = Engine([rule(regex, "(?i:acme)", max_length=40)], use_cache=False)
    without = Engine([rule(regex, None, max_length=40)], use_cache=False)
    cases = [
        b"ACME_TOKEN=kqzvrmtwpxjd",  # the match ends the buffer
        b"acme=qwhzkvmrtpxjdsnb\n" + b"x" * 100,
        b"y" * 100 + b"\nacme_token = zmqkvtrwhpxjsd\n",
        b"acme=" + b"a" * 60 + b"\n",  # the run is too long: \b never holds; the window ends inside it
        b"acme=" + b"b" * 35,  # longer than the window after the candidate, at the buffer end
    ]
    for data in cases:
        assert _found(with_pf, data) == _found(without, data), data
    assert _found(with_pf, cases[3]) == [] and _found(with_pf, cases[0]) != []


def test_window_prefilter_across_a_segment_edge() -> None:
    regex = r"(?i:acme)[\w.-]{0,20}=[ \t]*(?P<secret>[a-z]{10,20})\b"
    eng = Engine([rule(regex, "(?i:acme)", max_length=40)], use_cache=False)
    for shift in (3, 10, 20, 30):
        data = b"x" * (SEGMENT - shift) + b" acme_key=vkqzmrtwhpxjdsnb \n"
        assert [m.secret for m in eng.scan(data)] == [b"vkqzmrtwhpxjdsnb"], shift
        streamed = eng.scan_stream(io.BytesIO(data), b"", ScanStats())
        assert [m.secret for m in streamed] == [b"vkqzmrtwhpxjdsnb"]


def test_builtin_prefilters_change_nothing_on_the_corpus() -> None:
    """Every built-in rule with and without its prefilter, over the labelled corpus: same findings."""
    with_pf = [r for r in BUILTIN if r.prefilter]
    if not with_pf:
        pytest.skip("no built-in prefilters")
    plain = [dataclasses.replace(r, prefilter=None, prefilter_window=False) for r in with_pf]
    fast, slow = Engine(with_pf, use_cache=False), Engine(plain, use_cache=False)
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file())
    extra = [fakes.ghp(11), *fakes.aws_pair(12), fakes.jwt(13)]
    blobs = [p.read_bytes() for p in files] + [("\n".join(extra)).encode()]
    blobs += ["\n".join(r.examples).encode() for r in with_pf]
    found = 0
    for data in blobs:
        a, b = _found(fast, data), _found(slow, data)
        assert a == b
        found += len(a)
    assert found > 300  # the comparison saw real findings, not two empty lists


def test_no_two_builtin_rules_share_a_prefilter() -> None:
    """A piece shared by several rules hands every hit to each of them: 19 URL rules sharing
    `://user:pass@` and two XML rules sharing `value="..."` made 300k candidates in the sqlalchemy
    history (confirm 1.0 s); their whole regexes gave 5.9k at the same Hyperscan time."""
    by_piece: dict[str, list[str]] = {}
    for r in BUILTIN:
        if r.prefilter:
            by_piece.setdefault(r.prefilter, []).append(r.id)
    shared = {piece: ids for piece, ids in by_piece.items() if len(ids) > 1}
    assert not shared


@pytest.mark.parametrize("key, bad, fixed", [
    ("prefilter", "prefilter = '''acme'''", "prefilter = '''(?i:acme)'''"),
    ("split_boundary", "split_boundary = true", None),  # fixed by a boundary in the regex
])
def test_user_rule_with_a_bad_speed_key_is_one_line_exit_2(tmp_path: Path, key: str, bad: str,
                                                           fixed: str | None) -> None:
    import cli

    regex = "(?i:acme)[\\w.-]{0,20}=(?P<secret>[0-9a-f]{16})\\b"
    rules_file = tmp_path / "mine.toml"

    def write(rx: str, line: str) -> None:
        rules_file.write_text(
            f"[[rules]]\nid = 'acme-key'\nname = 'Acme key'\nregex = '''{rx}'''\n{line}\n"
            "examples = ['acme_key=9f8e7d6c5b4a3928']\n", encoding="utf-8")

    write(regex, bad)
    proc = cli.run("rules", "test", "--rules", str(rules_file), cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert "acme-key" in line and key in line
    write(regex if fixed else "(?:\\b|_)" + regex, fixed or bad)
    ok = cli.run("rules", "test", "--rules", str(rules_file), cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr


def test_a_prefilter_hyperscan_refuses_is_named() -> None:
    r = rule(r"ab(?P<secret>[0-9]{4})x?", "x?")  # a valid tail, but it matches empty text
    with pytest.raises(RuleError, match=r"t-rule.*Hyperscan cannot compile the prefilter"):
        Engine([r], use_cache=False)


# -- split_boundary: Hyperscan searches one expression per byte that can stand at the boundary --


def _any_search(exprs: list[str], data: bytes) -> bool:
    return any(re.search(e.encode(), data) for e in exprs)


@pytest.mark.parametrize("regex", [
    r"(?:\b|_)(?i:alchemy)[\w.-]{0,20}key=(?P<secret>[0-9a-f]{8})\b",
    r"(?:(?i:acme)\w*=|\b[MS]A[0-9]{4}:)(?P<secret>[0-9a-f]{8})\b",
    r"\b(?:exp|imp)\s+(?P<secret>[0-9a-f]{8})\b",
])
def test_split_expressions_match_exactly_where_the_boundary_does(regex: str) -> None:
    """Every byte before the word, and none: the same, except after a byte that is neither
    whitespace nor printable ASCII (the documented exception: a control or non-ASCII byte)."""
    exprs = regexparts.split_boundary(regex)
    assert len(exprs) == 38 + ("(?:\\b|_)" in regex) and len(set(exprs)) == len(exprs)
    text = set(b"\t\n\x0b\x0c\r") | set(range(0x20, 0x7f))
    words = [b"alchemy_key=0123abcd", b"ACME_x=0123abcd", b"MA1234:0123abcd", b"exp 0123abcd",
             b"imp 0123abcd"]
    for word in words:
        for before in [b""] + [bytes([b]) for b in range(256)] + [b"\xc3\xa9", b"sql", b"x_", b"\xe9 "]:
            data = before + word
            plain = bool(re.search(regex.encode(), data))
            if before and before[-1] not in text:  # the exception: never more than the regex
                assert _any_search(exprs, data) <= plain, data
            else:
                assert _any_search(exprs, data) == plain, data
    if regex.startswith("(?:\\b|_)"):
        assert re.search(regex.encode(), b"\xe9alchemy_key=0123abcd")
        assert not _any_search(exprs, b"\xe9alchemy_key=0123abcd")


@pytest.mark.parametrize("regex, reason", [
    (r"(?i:acme)=(?P<secret>[0-9a-f]{8})", "needs a"),
    (r"\b-(?P<secret>[0-9a-f]{8})", "followed by a word character"),
    (r"(?:\b|_)(?:acme|-x)=(?P<secret>[0-9a-f]{8})", "followed by a word character"),
    (r"(?:\b|_)a?cme=(?P<secret>[0-9a-f]{8})", "followed by a word character"),
])
def test_split_boundary_is_refused_where_it_would_change_findings(regex: str, reason: str) -> None:
    with pytest.raises(RuleError, match=f"t-rule.*split_boundary.*{reason}"):
        rule(regex, None, split_boundary=True)
    with pytest.raises(RuleError, match="true or false"):
        rule(r"\bacme=(?P<secret>[0-9a-f]{8})", None, split_boundary="yes")


def test_a_split_rule_finds_what_the_plain_rule_finds() -> None:
    regex = r"(?:\b|_)(?i:alchemy)[\w.-]{0,20}key\s*=\s*(?P<secret>[0-9a-f]{16})\b"
    split = Engine([rule(regex, None, split_boundary=True, max_length=60)], use_cache=False)
    plain = Engine([rule(regex, None, max_length=60)], use_cache=False)
    values = [f"9f8e7d6c5b4a392{k}" for k in range(6)]
    lines = [f"alchemy_key = {values[0]}", f"sqlalchemy_key = {values[1]}", f"my_alchemy_key={values[2]}",
             f"\u00e9 alchemy_key={values[3]}", f"\tAlchemy_key = {values[4]}", f"x.alchemy.key={values[5]}"]
    data = "\n".join(lines).encode()
    found = _found(split, data)
    assert found == _found(plain, data)
    assert [line for _, _, line, _ in found] == [1, 3, 4, 5, 6]  # not inside `sqlalchemy`
    assert _found(split, lines[0].encode()) == _found(plain, lines[0].encode()) != []  # buffer start


def test_builtin_split_rules_change_nothing_on_the_corpus() -> None:
    split = [r for r in BUILTIN if r.split_boundary]
    assert split, "no built-in rule uses split_boundary"
    plain = [dataclasses.replace(r, split_boundary=False) for r in split]
    fast, slow = Engine(split, use_cache=False), Engine(plain, use_cache=False)
    blobs = [p.read_bytes() for p in sorted(CORPUS.rglob("*")) if p.is_file()]
    blobs += ["\n".join(r.examples).encode() for r in split]
    found = 0
    for data in blobs:
        a = _found(fast, data)
        assert a == _found(slow, data)
        found += len(a)
    assert found >= 2 * len(split)

