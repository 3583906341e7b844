"""Provenance pieces on their own: the log parser, the join, the ref walk, the readers."""

from __future__ import annotations

import io
from dataclasses import replace

import fakes
import pytest
from gitrepo import GitRepo

from leakscan import provenance
from leakscan.models import Match, Rule
from leakscan.sources import blobs, gitcli, history
from leakscan.sources.gitcli import NULL_OID, unquote
from leakscan.sources.history import Commit, Event

A, B, C, D = ("a" * 40, "b" * 40, "c" * 40, "d" * 40)


def header(oid: str, ctime: int, summary: str = "s") -> bytes:
    return b"\x01" + b"\0".join([oid.encode(), b"Ann", b"ann@x.test",
                                b"2024-01-01T00:00:00+00:00", str(ctime).encode(),
                                summary.encode()])


def test_parse_log_normal_rename_combined_and_odd_paths() -> None:
    stream = b"\0".join([
        header("1" * 40, 30, "merge"), b"",
        f"::100644 100644 100644 {A} {B} {C} MM".encode(), b"conf.py",
        f"::000000 000000 160000 {NULL_OID} {NULL_OID} {D} AA".encode(), b"vendor/sub",
        header("2" * 40, 20), b"\n" + f":000000 100644 {NULL_OID} {A} A".encode(),
        b":looks-like-meta", f":100644 100644 {A} {A} R100".encode(), b"old name", b"\x01new",
        f":100644 000000 {B} {NULL_OID} D".encode(), b"gone.py", b"",
    ])
    recs = list(history.parse_log(history.tokens(io.BytesIO(stream))))
    commits = [r for r in recs if isinstance(r, Commit)]
    events = [r for r in recs if isinstance(r, Event)]
    assert [(c.oid[:1], c.ctime, c.order, c.email) for c in commits] == [
        ("1", 30, 0, "ann@x.test"), ("2", 20, 1, "ann@x.test")]
    merge, gitlink, added, renamed, deleted = events
    assert (merge.path, merge.new, merge.olds) == (b"conf.py", C, (A, B))
    assert gitlink.new_mode == gitcli.GITLINK and gitlink.olds == ()
    assert (added.path, added.new, added.olds, added.commit.oid) == (b":looks-like-meta", A, (),
                                                                      "2" * 40)
    assert (renamed.old_path, renamed.path, renamed.new, renamed.olds) == (b"old name", b"\x01new",
                                                                           A, (A,))
    assert (deleted.path, deleted.new, deleted.olds) == (b"gone.py", NULL_OID, (B,))


def test_unquote() -> None:
    assert unquote(b"plain name") == b"plain name"
    assert unquote(b'"caf\\303\\251 \\"q\\"\\t\\\\x"') == 'café "q"\t\\x'.encode()
    assert unquote(b'"\\351t\\351"') == b"\xe9t\xe9"


def _commit(oid: str, ctime: int, order: int) -> Commit:
    return Commit(oid, "Ann", "ann@x.test", f"2024-01-{ctime:02d}T00:00:00+00:00", ctime, "s", order)


def _match(rule: str, secret: bytes, line: int) -> Match:
    return Match(rule, secret, 0, len(secret), line, 1, line, "high")


def _rule(rid: str, path: str | None = None) -> Rule:
    return Rule(rid, rid, "", "x", "f", "p", "high", "high", (), ("x",), (), path=path)


def test_join_locations_removals_path_rules_and_hidden() -> None:
    s1, s2 = b"secret-one", b"secret-two"
    hits = {A: [_match("r", s1, 2), _match("keyfile", s2, 0)], B: [_match("r", s1, 5)]}
    rules = {"r": _rule("r"), "keyfile": _rule("keyfile", r"\.key$")}
    c1, c2, c3, c4, c5 = (_commit(str(i) * 40, i, 10 - i) for i in (1, 2, 3, 4, 5))
    events = [
        Event(c1, b"app.key", A, b"100644", (), b"app.key"),
        Event(c2, b"app.key", B, b"100644", (A,), b"app.key"),  # edit keeps s1: not a removal of it
        Event(c3, b"fixtures/x.py", A, b"100644", (), b"fixtures/x.py"),
        Event(c4, b"app.key", NULL_OID, b"100644", (B,), b"app.key"),  # deletion: removes s1
        Event(c5, b"notes.txt", A, b"100644", (), b"notes.txt"),  # the path rule does not fire here
    ]
    found = provenance.trails(hits)
    pairs = provenance.join(hits, events, rules, found, lambda p: not p.startswith(b"fixtures/"))
    assert sorted((loc.path, loc.line, loc.commit[:1], m.rule_id) for loc, m in pairs) == [
        ("app.key", 0, "1", "keyfile"), ("app.key", 2, "1", "r"), ("app.key", 5, "2", "r"),
        ("notes.txt", 2, "5", "r")]
    t1, t2 = found[("r", s1)], found[("keyfile", s2)]
    assert [e.commit.oid[:1] for e in t1.removals] == ["4"]
    assert [e.commit.oid[:1] for e in t2.removals] == ["2"]  # B does not hold s2
    assert t1.hidden == 1 and t2.hidden == 1
    intro = provenance.introduced(t1)
    assert intro is not None and intro["commit"] == c1.oid and intro["line"] == 2
    gone = provenance.removed(t1, {c4.oid})
    assert gone == {"commit": c4.oid, "date": c4.date, "path": "app.key"}
    assert provenance.removed(t1, set()) is None  # not in HEAD's history: no removal to name


def test_introduced_prefers_oldest_time_then_gits_order() -> None:
    m = _match("r", b"s", 1)
    same_time_newer, same_time_older = _commit(A, 5, 0), _commit(B, 5, 1)
    t = provenance.Trail(adds=[(Event(same_time_newer, b"p", C, b"100644", (), b"p"), m),
                               (Event(same_time_older, b"q", C, b"100644", (), b"q"), m),
                               (Event(_commit(D, 9, 2), b"r", C, b"100644", (), b"r"), m)])
    intro = provenance.introduced(t)
    assert intro is not None and (intro["commit"], intro["path"]) == (B, "q")


def test_ref_labels_through_merges() -> None:
    # r1 -- x1 (introduces bit 1) -- m (merge) -- tip_main
    #   \__ y1 (introduces bit 2) __/      \__ tip_other (branched from y1 only)
    graph = [["r1"], ["x1", "r1"], ["y1", "r1"], ["m", "x1", "y1"], ["tip_main", "m"],
             ["tip_other", "y1"], ["tip_root", "r1"]]
    labels = provenance.ref_labels(iter(graph), {"x1": 1, "y1": 2},
                                   {"tip_main", "tip_other", "tip_root"})
    assert labels == {"tip_main": 3, "tip_other": 2, "tip_root": 0}


@pytest.mark.parametrize("reader", sorted(blobs.READERS))
def test_readers_return_content_missing_and_keep_going(repo: GitRepo, reader: str) -> None:
    tok = fakes.ghp()
    repo.commit("c", {"a.txt": f"T = '{tok}'\n", "b.txt": "bee\n"})
    oid_a, oid_b = repo.git("rev-parse", "HEAD:a.txt"), repo.git("rev-parse", "HEAD:b.txt")
    r = gitcli.open_repo(repo.path)
    rd = blobs.open_reader(r, reader)
    try:
        got = list(rd.read([oid_a, "0123456789" * 4, oid_b]))
    finally:
        rd.close()
    assert [g[0] for g in got] == [oid_a, "0123456789" * 4, oid_b]
    assert got[0][1] == f"T = '{tok}'\n".encode() and got[2][1] == b"bee\n"
    assert got[1][1] is None and "missing" in got[1][2]


def test_reader_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    assert blobs.choose() == blobs.DEFAULT
    monkeypatch.setenv(blobs.ENV, "pygit2")
    assert blobs.choose() == "pygit2" and blobs.choose("cat-file") == "cat-file"
    with pytest.raises(Exception, match="unknown blob reader"):
        blobs.choose("svn")


def test_head_blobs_ref_tips_and_ancestry(repo: GitRepo) -> None:
    c1 = repo.commit("one", {"a.txt": "a\n"})
    repo.git("tag", "-a", "-m", "t", "t1")
    repo.git("checkout", "-q", "-b", "side")
    c2 = repo.commit("two", {"b.txt": "b\n"})
    repo.git("checkout", "-q", "main")
    r = gitcli.open_repo(repo.path)
    tips = dict(history.ref_tips(r))
    assert tips == {"refs/heads/main": c1, "refs/heads/side": c2, "refs/tags/t1": c1}
    assert history.ancestors_of_head(r, {c1, c2}) == {c1}
    errors: list[str] = []
    assert history.head_tree(r, errors) == ({repo.git("rev-parse", "HEAD:a.txt"): [b"a.txt"]}, 0)
    rows = list(history.topo_parents(r, errors))
    assert errors == []
    assert [row[0] for row in rows] == [c1, c2] and rows[1][1:] == [c1]
    assert replace(r, work_tree=None).cwd == r.git_dir
