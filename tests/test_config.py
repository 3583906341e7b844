"""`.leakscan.toml` / `[tool.leakscan]`: every setting, and every bad value failing with file, key, reason."""

from __future__ import annotations

import json
from pathlib import Path

import fakes
import pytest
from cli import run

from leakscan import config as config_mod
from leakscan.errors import ConfigError, RuleError

CUSTOM_RULE = """
[[rules]]
id = "acme-api-key"
name = "Acme API key"
severity = "medium"
regex = '''\\b(?P<secret>acme_live_[A-Za-z0-9]{24})\\b'''
keywords = ["acme_live_"]
examples = ["ACME = 'acme_live_Q2x8Lm4Rt7Vb1Nc5Hs9Kd3Wf'"]
"""


def _cfg(tmp_path: Path, text: str, name: str = ".leakscan.toml") -> config_mod.Config:
    (tmp_path / name).write_text(text)
    return config_mod.build(tmp_path)


def test_leakscan_toml_settings(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path, 'format = "json"\nmin_confidence = "medium"\nmax_file_size = "2MB"\n'
                         'jobs = 1\nallowlist_paths = ["fixtures/**"]\nallowlist_regexes = ["^test_"]\n'
                         '[[allowlists]]\nrules = ["jwt"]\npaths = ["docs/**"]\nreason = "samples"\n')
    assert (cfg.format, cfg.min_confidence, cfg.max_file_size, cfg.jobs) == ("json", "medium", 2 << 20, 1)
    assert cfg.allowlist_paths == ("fixtures/**",) and cfg.allowlist_regexes == ("^test_",)
    assert cfg.allowlists[0].rule_ids == ("jwt",) and cfg.allowlists[0].reason == "samples"
    assert cfg.config_file == str(tmp_path / ".leakscan.toml")


def test_pyproject_section_and_precedence(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.leakscan]\nformat = "sarif"\n')
    assert config_mod.build(tmp_path).format == "sarif"
    (tmp_path / ".leakscan.toml").write_text('format = "json"\n')
    assert config_mod.build(tmp_path).format == "json"  # .leakscan.toml wins
    (tmp_path / ".leakscan.toml").unlink()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert config_mod.build(tmp_path).format == "human"  # no section: defaults
    assert config_mod.build(tmp_path, None, format="json").format == "json"  # flags win


def test_flags_override_file(tmp_path: Path) -> None:
    (tmp_path / ".leakscan.toml").write_text('format = "json"\nmin_confidence = "high"\n')
    cfg = config_mod.build(tmp_path, None, format="sarif", min_confidence=None)
    assert (cfg.format, cfg.min_confidence) == ("sarif", "high")


def test_disable_and_extend_builtin_rules(tmp_path: Path) -> None:
    base = {r.id: r for r in config_mod.build(None).rules}
    cfg = _cfg(tmp_path, 'disable_rules = ["jwt"]\n[[rules]]\nid = "github-pat-classic"\n'
                         'severity = "medium"\npath = "\\\\.py$"\n' + CUSTOM_RULE)
    got = {r.id: r for r in cfg.rules}
    assert "jwt" not in got and "acme-api-key" in got
    tuned = got["github-pat-classic"]
    assert (tuned.severity, tuned.path) == ("medium", "\\.py$")
    assert tuned.regex == base["github-pat-classic"].regex and tuned.check == "github-crc32"


def test_extend_default_false_keeps_only_custom_rules(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path, "extend_default = false\n" + CUSTOM_RULE)
    assert [r.id for r in cfg.rules] == ["acme-api-key"]


def test_baseline_path_relative_to_config_and_default_discovery(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "leak.toml").write_text('baseline = "accepted.txt"\n')
    cfg = config_mod.build(tmp_path, str(tmp_path / "conf" / "leak.toml"))
    assert cfg.baseline == str(tmp_path / "conf" / "accepted.txt")
    assert config_mod.build(tmp_path).baseline is None
    (tmp_path / ".leakscan-baseline").write_text("")
    assert config_mod.build(tmp_path).baseline == str(tmp_path / ".leakscan-baseline")
    assert config_mod.build(tmp_path, None, baseline="other").baseline == "other"


BAD = [
    ('colour = "red"\n', "unknown key(s) colour"),
    ('format = "xml"\n', "'format' must be one of human, json, sarif, not 'xml'"),
    ('min_confidence = "sure"\n', "'min_confidence' must be one of"),
    ('max_file_size = "huge"\n', "max_file_size must be bytes or a size"),
    ("max_file_size = -1\n", "max_file_size must be bytes or a size"),
    ("jobs = -2\n", "jobs must be a whole number"),
    ("jobs = true\n", "jobs must be a whole number"),
    ('extend_default = "yes"\n', "'extend_default' must be true or false"),
    ('allowlist_paths = "tests/**"\n', "'allowlist_paths' must be a list of strings"),
    ('allowlist_regexes = ["(unclosed"]\n', "allowlist regex '(unclosed' does not compile"),
    ('disable_rules = ["no-such-rule"]\n', "'disable_rules': no rule 'no-such-rule'"),
    ("[[allowlists]]\nrule = ['jwt']\n", "[[allowlists]]: unknown key(s) rule"),
    ("allowlists = 3\n", "'allowlists' must be an array of tables"),
    ("baseline = 7\n", "'baseline' must be a path"),
    ('fingerprint_key = ""\n', "fingerprint_key must be a non-empty string"),
    ("format = \n", "not valid TOML"),
]


@pytest.mark.parametrize(("text", "reason"), BAD, ids=[b[1][:40] for b in BAD])
def test_bad_values_name_file_key_and_reason(tmp_path: Path, text: str, reason: str) -> None:
    with pytest.raises(ConfigError) as exc:
        _cfg(tmp_path, text)
    assert str(exc.value).startswith(str(tmp_path / ".leakscan.toml") + ":")
    assert reason in str(exc.value)


def test_bad_rule_names_file_rule_and_reason(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match=r"\.leakscan\.toml: rule 'acme-api-key': severity must be"):
        _cfg(tmp_path, CUSTOM_RULE.replace('"medium"', '"urgent"'))
    with pytest.raises(RuleError, match=r"rule 'github-pat-classic': entropy must be"):
        _cfg(tmp_path, '[[rules]]\nid = "github-pat-classic"\nentropy = 12\n')


def test_pyproject_section_must_be_a_table(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"pyproject.toml: \[tool.leakscan\] must be a table"):
        _cfg(tmp_path, '[tool]\nleakscan = "on"\n', "pyproject.toml")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: unknown key"):
        _cfg(tmp_path, "[tool.leakscan]\nformats = []\n", "pyproject.toml")


def test_cli_bad_config_is_one_line_exit_2(tmp_path: Path) -> None:
    (tmp_path / ".leakscan.toml").write_text('min_confidence = "sure"\n')
    res = run("scan", str(tmp_path), "--no-progress")
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and ".leakscan.toml" in lines[0] and "min_confidence" in lines[0]
    assert "Traceback" not in res.stderr


def test_cli_min_confidence_format_and_size_cap_from_config(tmp_path: Path) -> None:
    (tmp_path / ".leakscan.toml").write_text(
        'format = "json"\nmin_confidence = "high"\nmax_file_size = "1kB"\n')
    (tmp_path / "low.py").write_text(f"T = '{fakes.ghp_bad_checksum()}'\n")  # low confidence
    (tmp_path / "big.txt").write_text("x = 1\n" * 400 + f"T = '{fakes.ghp()}'\n")  # over the cap
    res = run("scan", str(tmp_path), "--no-progress")
    doc = json.loads(res.stdout)
    assert res.returncode == 0 and doc["findings"] == []
    assert doc["stats"]["below_confidence"] == 1 and doc["stats"]["skipped_large"] == 1
    assert run("scan", str(tmp_path), "--min-confidence", "low", "--max-file-size", "1MB").returncode == 1


def test_cli_custom_rule_and_per_rule_allowlist(tmp_path: Path) -> None:
    (tmp_path / ".leakscan.toml").write_text(  # one rule only: a small database compiles fast
        "extend_default = false\n" + CUSTOM_RULE
        + '[[allowlists]]\nrules = ["acme-api-key"]\npaths = ["docs/**"]\n')
    key = "acme_live_" + fakes.rand(24)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "api.md").write_text(f"key: {key}\n")
    res = run("scan", str(tmp_path), "--format", "json")
    assert res.returncode == 0 and json.loads(res.stdout)["stats"]["suppressed_allowlist"] == 1
    (tmp_path / "app.py").write_text(f"KEY = '{key}'\n")
    res = run("scan", str(tmp_path), "--format", "json")
    [f] = json.loads(res.stdout)["findings"]
    assert res.returncode == 1 and f["rule_id"] == "acme-api-key"
