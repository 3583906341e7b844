"""The labelled corpus: the generator is deterministic, the committed files are what it writes,
and every label points at the secret it describes. (No accuracy threshold here: the figures
come from benches/accuracy.py.)"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import ahocorasick
import pytest

from leakscan.checks import github_crc32, npm_crc32

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FAMILIES = {"cloud", "source-forges", "registries", "payments", "communications", "ai-ml", "observability",
            "databases", "saas", "crypto-keys", "generic", "config-files"}


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_generate", CORPUS / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["corpus_generate"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def built(gen: ModuleType) -> Any:
    return gen.build()


def test_generator_is_deterministic(gen: ModuleType, built: Any) -> None:
    again = gen.build()
    assert again.files == built.files
    assert gen.labels_text(again) == gen.labels_text(built)


def test_committed_corpus_matches_the_generator(gen: ModuleType, built: Any) -> None:
    diff = gen.differences(built, CORPUS / "samples", CORPUS / "labels.jsonl")
    assert diff == [], "run: python corpus/generate.py"


def test_labels_are_well_formed(built: Any) -> None:
    seen = set()
    for lab in built.labels:
        assert lab["file"] in built.files
        assert lab["family"] in FAMILIES
        n_lines = built.files[lab["file"]].count(b"\n") + 1
        assert 1 <= lab["line"] <= lab["end_line"] <= n_lines
        assert lab.get("file_level") or re.fullmatch(r"[0-9a-f]{64}", lab["sha256"])
        assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in lab["sha256_alt"])
        key = (lab["file"], lab["line"], lab["sha256"])
        assert key not in seen
        seen.add(key)
    assert len(built.labels) >= 500
    assert len({lab["kind"] for lab in built.labels}) >= 100


def _escapes(part: str) -> set[str]:
    xml = part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return {part, xml}


def test_each_label_points_at_its_secret(built: Any) -> None:
    for i, secret in built.secrets:
        lab = built.labels[i]
        if lab.get("file_level"):
            assert secret == ""
            continue
        assert hashlib.sha256(secret.encode()).hexdigest() == lab["sha256"]
        lines = built.files[lab["file"]].decode("utf-8").split("\n")
        window = "\n".join(lines[lab["line"] - 1:lab["end_line"]])
        for part in secret.split("\n"):  # a JSON-escaped PEM keeps each of its lines intact
            assert any(form in window for form in _escapes(part)), (lab["file"], lab["line"], lab["kind"])


def test_checksummed_tokens_are_valid(built: Any) -> None:
    checked = 0
    for i, secret in built.secrets:
        if re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}", secret):
            assert github_crc32(secret.encode()), built.labels[i]["kind"]
            checked += 1
        elif re.fullmatch(r"npm_[A-Za-z0-9]{36}", secret):
            assert npm_crc32(secret.encode()), built.labels[i]["kind"]
            checked += 1
    assert checked >= 20


def test_files_without_labels_hold_no_corpus_secret(built: Any) -> None:
    auto = ahocorasick.Automaton()
    for _, secret in built.secrets:
        for part in secret.split("\n"):
            if len(part) >= 16 and not part.startswith("-----"):
                auto.add_word(part, part)
    auto.make_automaton()
    labelled = {lab["file"] for lab in built.labels}
    negatives = [p for p in built.files if p not in labelled]
    assert len(negatives) >= 200
    for path in negatives:
        hits = list(auto.iter(built.files[path].decode("latin-1")))
        assert hits == [], path


def test_corpus_stays_small(built: Any) -> None:
    assert sum(len(c) for c in built.files.values()) < 4_000_000


def test_no_sample_is_gitignored(built: Any) -> None:
    """A sample under an ignored folder (build/, dist/...) would be missing from every clone."""
    import shutil
    import subprocess

    if shutil.which("git") is None or not (CORPUS.parent / ".git").exists():
        pytest.skip("not a git checkout")
    paths = "\n".join(f"corpus/samples/{p}" for p in sorted(built.files))
    proc = subprocess.run(["git", "-C", str(CORPUS.parent), "check-ignore", "--no-index", "--stdin"],
                          input=paths, capture_output=True, text=True, check=False)
    assert proc.stdout.split() == []


def test_another_seed_gives_a_held_out_corpus(gen: ModuleType, built: Any) -> None:
    other = gen.build(seed=gen.SEED + 1)
    labelled = {lab["file"] for lab in built.labels} & {lab["file"] for lab in other.labels}
    assert not [p for p in labelled if other.files[p] == built.files[p]]
    assert {s for _, s in other.secrets if s}.isdisjoint({s for _, s in built.secrets if s})
