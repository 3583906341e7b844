"""The user cache: 0600 files, least recently used pruned, parsed config rules reused."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from leakscan import cachefiles, config, rules


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "leakscan"


def test_written_private_and_pruned_to_the_most_recently_used(cache: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cachefiles, "MAX_BYTES", 300)
    now = 2_000_000_000.0
    paths = [cache / f"hsdb-{i}.bin" for i in range(3)]
    for i, path in enumerate(paths):
        cachefiles.write(path, b"x" * 100)
        os.utime(path, (now - 100 + i, now - 100 + i))
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in paths)
    assert cachefiles.read(paths[0]) == b"x" * 100
    os.utime(paths[0], (now, now))  # a hit makes the oldest the most recently used
    new = cache / "rules-new.pickle"
    new.write_bytes(b"y" * 100)
    os.utime(new, (now - 200, now - 200))
    assert cachefiles.prune(cache, keep=new, now=now) == 1  # 400 bytes > 300: the LRU one goes, not `new`
    assert sorted(p.name for p in cache.iterdir()) == ["hsdb-0.bin", "hsdb-2.bin", "rules-new.pickle"]
    (cache / "unrelated.txt").write_bytes(b"z" * 1000)  # not ours: never counted or removed
    stale = now - (cachefiles.MAX_AGE_DAYS + 1) * 86400
    os.utime(paths[2], (stale, stale))
    assert cachefiles.prune(cache, now=now) == 1
    assert sorted(p.name for p in cache.iterdir()) == ["hsdb-0.bin", "rules-new.pickle", "unrelated.txt"]
    assert not list(cache.glob(".*"))  # no temp file left behind


def test_unwritable_cache_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    calls = []
    for _ in range(2):
        assert cachefiles.pickled("config", "k", lambda: calls.append(1) or [1], lambda o: True) == [1]
    assert calls == [1, 1]  # computed each time, no exception


def _rule_table(i: int) -> str:
    return (f'[[rules]]\nid = "acme-token-{i}"\nname = "Acme token {i}"\nprovider = "Acme"\n'
            f'description = "test rule"\nseverity = "high"\nconfidence = "medium"\n'
            f'regex = \'\'\'\\bacme{i}_[a-z0-9]{{24}}\\b\'\'\'\n'
            f'examples = ["x = acme{i}_' + "k7" * 12 + '", "acme' + str(i) + '_' + "q9" * 12 + '"]\n'
            f'negative_examples = ["acme{i}_short", "nothing here"]\n\n')


def test_config_rules_are_parsed_once_per_content(cache: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "leakscan.toml"
    cfg.write_text("extend_default = false\n\n" + "".join(_rule_table(i) for i in range(12)))
    first = config.build(tmp_path, str(cfg)).rules
    assert len(first) == 12 and len(list(cache.glob("config-*.pickle"))) == 1

    def refuse(raw: object, source: str) -> list[rules.Rule]:
        raise AssertionError("parsed again")

    monkeypatch.setattr(rules, "parse_rules", refuse)
    assert config.build(tmp_path, str(cfg)).rules == first  # served from the cache
    cfg.write_text(cfg.read_text().replace("acme3_", "acmx3_", 1))  # any edit misses the cache
    with pytest.raises(AssertionError, match="parsed again"):
        config.build(tmp_path, str(cfg))
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache.parent))
    (next(cache.glob("config-*.pickle"))).write_bytes(b"garbage")  # a damaged entry is rebuilt
    cfg.write_text(cfg.read_text().replace("acmx3_", "acme3_", 1))
    assert config.build(tmp_path, str(cfg)).rules == first


def test_large_config_toml_is_parsed_once_and_bad_toml_still_fails(cache: Path, tmp_path: Path) -> None:
    cfg = tmp_path / "leakscan.toml"
    text = "extend_default = false\n\n" + "".join(_rule_table(i) for i in range(120))
    assert len(text) >= config._PARSE_CACHE_FROM
    cfg.write_text(text)
    assert len(config.build(tmp_path, str(cfg)).rules) == 120
    assert len(list(cache.glob("toml-*.pickle"))) == 1
    assert len(config.build(tmp_path, str(cfg)).rules) == 120
    cfg.write_text(text + "[[rules]\n")
    with pytest.raises(config.ConfigError, match="not valid TOML"):
        config.build(tmp_path, str(cfg))


def test_path_matcher_database_is_cached(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hyperscan

    from leakscan import hsdb

    paths = [r"(?i)(?:^|/)\.netrc$", r"(?:^|/)\.pgpass$"]
    first = hsdb.path_matcher(paths)
    assert first(b"home/.netrc") and first(b"x/.PGPASS") is False and not first(b"netrc.txt")

    class NoCompile:
        def __init__(self, *a: object, **k: object) -> None:
            raise AssertionError("compiled again")

    monkeypatch.setattr(hyperscan, "Database", NoCompile)
    again = hsdb.path_matcher(paths)  # from the cache: no compile
    assert again(b"a/.pgpass") and not again(b"a/pgpass")
    with pytest.raises(AssertionError, match="compiled again"):
        hsdb.path_matcher(paths, use_cache=False)  # --no-cache: the cache is not read
    with pytest.raises(AssertionError, match="compiled again"):
        hsdb.path_matcher([*paths, r"(?:^|/)\.s3cfg$"])  # another set is compiled (and would be cached)


def test_a_folder_others_can_write_is_not_trusted(cache: Path) -> None:
    """Cache files are unpickled: a group- or world-writable cache folder is neither read nor written."""
    cachefiles.write(cache / "config-a.pickle", b"x")
    assert cachefiles.read(cache / "config-a.pickle") == b"x"
    cache.chmod(0o777)
    try:
        assert cachefiles.read(cache / "config-a.pickle") is None
        cachefiles.write(cache / "config-b.pickle", b"y")
        assert not (cache / "config-b.pickle").exists()
        calls = []
        for _ in range(2):
            cachefiles.pickled("config", "k2", lambda: calls.append(1) or [2], lambda o: True)
        assert calls == [1, 1]
    finally:
        cache.chmod(0o700)
    (cache / "config-a.pickle").chmod(0o666)  # a loose file in a private folder: also a miss
    assert cachefiles.read(cache / "config-a.pickle") is None


def test_cli_says_when_the_cache_folder_is_not_used(tmp_path: Path) -> None:
    from cli import run

    cfg = tmp_path / "one-rule.toml"
    cfg.write_text("extend_default = false\n\n" + _rule_table(1))
    (tmp_path / "a.txt").write_text("nothing here\n")
    env = {"XDG_CACHE_HOME": str(tmp_path / "xdg")}
    first = run("scan", str(tmp_path / "a.txt"), "--config", str(cfg), "--no-progress", env=env)
    assert first.returncode == 0 and "once; cached in" in first.stderr
    again = run("scan", str(tmp_path / "a.txt"), "--config", str(cfg), "--no-progress", env=env)
    assert again.returncode == 0 and "compiling" not in again.stderr  # served from the cache
    (tmp_path / "xdg" / "leakscan").chmod(0o777)
    try:
        loose = run("scan", str(tmp_path / "a.txt"), "--config", str(cfg), "--no-progress", env=env)
    finally:
        (tmp_path / "xdg" / "leakscan").chmod(0o700)
    assert loose.returncode == 0
    assert "others can write it, so nothing is cached" in loose.stderr
    assert "Traceback" not in loose.stderr
