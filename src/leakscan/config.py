"""A frozen Config built once from CLI flags and `.leakscan.toml` / `[tool.leakscan]`."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from . import _toml, cachefiles, rules
from .baseline import DEFAULT_NAME as DEFAULT_BASELINE
from .errors import ConfigError
from .models import CONFIDENCES, Rule

FORMATS = ("human", "json", "sarif")
_PARSE_CACHE_FROM = 32 << 10  # bytes of TOML; smaller files parse faster than a cache lookup
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)?\s*$", re.I)
_UNITS = {"": 1, "b": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


@dataclass(frozen=True, slots=True)
class RuleAllowlist:
    rule_ids: tuple[str, ...]
    paths: tuple[str, ...]
    regexes: tuple[str, ...]
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Config:
    rules: tuple[Rule, ...]
    format: str = "human"
    output: str | None = None
    show_secrets: bool = False
    min_confidence: str = "auto"  # see models.CONFIDENCE_RANK
    max_file_size: int = 50 << 20
    jobs: int = 0
    allowlist_paths: tuple[str, ...] = ()
    allowlist_regexes: tuple[str, ...] = ()
    allowlists: tuple[RuleAllowlist, ...] = ()
    baseline: str | None = None
    use_cache: bool = True
    fingerprint_key: bytes = b""
    progress: bool = True
    config_file: str | None = None
    extra: tuple[tuple[str, Any], ...] = field(default=())

    def with_(self, **changes: Any) -> Config:
        return replace(self, **changes)


_TOP = {
    "format", "min_confidence", "max_file_size", "jobs", "allowlist_paths", "allowlist_regexes",
    "allowlists", "disable_rules", "rules", "fingerprint_key", "baseline", "extend_default",
}


def parse_size(value: object, where: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    m = _SIZE.match(value) if isinstance(value, str) else None
    if not m:
        raise ConfigError(f"{where}: max_file_size must be bytes or a size like '50MB'")
    unit = (m.group(2) or "").lower()[:1]
    return int(float(m.group(1)) * _UNITS[unit])


def find_config(root: Path) -> tuple[Path, dict[str, Any]] | None:
    """`.leakscan.toml` at the scan root, else `[tool.leakscan]` in its pyproject.toml."""
    for name in (".leakscan.toml", "pyproject.toml"):
        path = root / name
        if path.is_file():
            data = read_toml(path)
            if name == "pyproject.toml":
                section = data.get("tool", {}).get("leakscan")
                if section is None:
                    continue
                return path, _table(section, path)
            return path, data
    return None


def _table(section: object, path: Path) -> dict[str, Any]:
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.leakscan] must be a table of settings")
    return section


def read_toml(path: Path) -> dict[str, Any]:
    """A config file's TOML; a large one (hundreds of rules) is parsed once per content, not on
    every run: parsing 500 rules' TOML took 0.14 s of every pre-commit hook."""
    try:
        raw = path.read_bytes()
        if len(raw) < _PARSE_CACHE_FROM:
            data: dict[str, Any] = _toml.loads(raw.decode("utf-8"))
            return data
        digest = hashlib.sha256(raw).hexdigest()
        return cachefiles.pickled("toml", cachefiles.key("toml", digest),
                                  lambda: _toml.loads(raw.decode("utf-8")), lambda obj: isinstance(obj, dict))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from None
    except (_toml.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def _strs(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _regexes(values: tuple[str, ...], where: str) -> tuple[str, ...]:
    for value in values:
        try:
            re.compile(value)
        except re.error as exc:
            raise ConfigError(f"{where}: allowlist regex {value!r} does not compile: {exc}") from None
    return values


def build(root: Path | None, config_file: str | None = None, **flags: Any) -> Config:
    """Merge built-in rules, the config file and CLI flags (flags win; None means unset)."""
    found: tuple[Path, dict[str, Any]] | None
    if config_file:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(f"{config_file}: config file not found; check the --config path")
        data = read_toml(path)
        if path.name == "pyproject.toml":
            data = _table(data.get("tool", {}).get("leakscan", {}), path)
        found = (path, data)
    else:
        found = find_config(root) if root is not None and root.is_dir() else None
    settings: dict[str, Any] = {}
    user_rules: list[Rule] = []
    disabled: tuple[str, ...] = ()
    use_default = True
    if found is not None:
        path, data = found
        where = str(path)
        unknown = sorted(set(data) - _TOP)
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; see the README")
        settings = _settings(data, where)
        use_default = data.get("extend_default", True)
        if not isinstance(use_default, bool):
            raise ConfigError(f"{where}: 'extend_default' must be true or false")
        disabled = _strs(data, "disable_rules", where)
        settings["config_file"] = where
        if "baseline" in settings:  # relative to the config file, not to the current folder
            settings["baseline"] = str(path.parent / settings["baseline"])
    base = rules.load_builtin() if use_default else []
    if found is not None:
        user_rules = rules.parse_rules_cached(_extend_builtin(found[1].get("rules", []), base), where)
        known = {r.id for r in base} | {r.id for r in user_rules}
        for rid in disabled:
            if rid not in known:
                raise ConfigError(f"{where}: 'disable_rules': no rule {rid!r}; "
                                  "see `leakscan rules list`")
    merged = rules.merge(base, user_rules, disabled)
    for key, value in flags.items():
        if value is not None:
            settings[key] = value
    if settings.get("format", "human") not in FORMATS:
        raise ConfigError(f"unknown format {settings['format']!r}: use one of {', '.join(FORMATS)}")
    if settings.get("min_confidence", "low") not in CONFIDENCES:
        raise ConfigError("min_confidence must be one of high, medium, low")
    if "baseline" not in settings and root is not None and (root / DEFAULT_BASELINE).is_file():
        settings["baseline"] = str(root / DEFAULT_BASELINE)
    return Config(rules=tuple(merged), **settings)


def _extend_builtin(raw: object, base: list[Rule]) -> object:
    """A [[rules]] table without a regex whose id is a built-in rule tunes that rule: its
    keys replace the built-in's (severity, entropy, keywords, path...), the rest is kept."""
    if not isinstance(raw, list):
        return raw
    by_id = {r.id: r for r in base}
    out: list[object] = []
    for item in raw:
        if isinstance(item, dict) and "regex" not in item and item.get("id") in by_id:
            rule = by_id[item["id"]]
            merged: dict[str, Any] = {}
            for f in fields(Rule):
                value = getattr(rule, f.name)
                if f.name not in ("source", "prefilter_window") and value is not None:  # not TOML keys
                    merged[f.name] = list(value) if isinstance(value, tuple) else value
            merged.update(item)
            out.append(merged)
        else:
            out.append(item)
    return out


def _settings(data: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "format" in data:
        if data["format"] not in FORMATS:
            raise ConfigError(f"{where}: 'format' must be one of {', '.join(FORMATS)}, "
                              f"not {data['format']!r}")
        out["format"] = data["format"]
    if "min_confidence" in data:
        if data["min_confidence"] not in CONFIDENCES:
            raise ConfigError(f"{where}: 'min_confidence' must be one of "
                              f"{', '.join(CONFIDENCES)}, not {data['min_confidence']!r}")
        out["min_confidence"] = data["min_confidence"]
    if "max_file_size" in data:
        out["max_file_size"] = parse_size(data["max_file_size"], where)
    if "jobs" in data:
        if not isinstance(data["jobs"], int) or isinstance(data["jobs"], bool) or data["jobs"] < 0:
            raise ConfigError(f"{where}: jobs must be a whole number (0 = all cores)")
        out["jobs"] = data["jobs"]
    if "baseline" in data:
        if not isinstance(data["baseline"], str) or not data["baseline"]:
            raise ConfigError(f"{where}: 'baseline' must be a path")
        out["baseline"] = data["baseline"]
    if "fingerprint_key" in data:
        if not isinstance(data["fingerprint_key"], str) or not data["fingerprint_key"]:
            raise ConfigError(f"{where}: fingerprint_key must be a non-empty string")
        out["fingerprint_key"] = data["fingerprint_key"].encode()
    out["allowlist_paths"] = _strs(data, "allowlist_paths", where)
    out["allowlist_regexes"] = _regexes(_strs(data, "allowlist_regexes", where), where)
    lists = data.get("allowlists", [])
    if not isinstance(lists, list):
        raise ConfigError(f"{where}: 'allowlists' must be an array of tables ([[allowlists]])")
    parsed = []
    for item in lists:
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: each [[allowlists]] entry must be a table")
        bad = sorted(set(item) - {"rules", "paths", "regexes", "reason"})
        if bad:
            raise ConfigError(f"{where}: [[allowlists]]: unknown key(s) {', '.join(bad)}")
        parsed.append(RuleAllowlist(
            _strs(item, "rules", where), _strs(item, "paths", where),
            _regexes(_strs(item, "regexes", where), where), str(item.get("reason", ""))))
    out["allowlists"] = tuple(parsed)
    return out
