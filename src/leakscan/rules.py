"""Load rules from TOML data and check every field; a bad rule names its file, id and reason."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from . import _toml, cachefiles, regexparts
from .errors import RuleError
from .models import CONFIDENCES, SEVERITIES, Rule

_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{1,79}$")
_KNOWN = {
    "id", "name", "description", "regex", "secret_group", "keywords", "entropy", "severity",
    "provider", "confidence", "references", "examples", "negative_examples", "max_length",
    "check", "rotation", "generic", "pair", "pair_distance", "family", "path", "tags",
    "example_path", "binary", "prefilter", "split_boundary",
}
CHECKS = ("github-crc32", "npm-crc32", "jwt", "pem", "pypi-macaroon", "aws-key-id", "bech32", "basic-auth",
          "pem-base64")


def builtin_dir() -> Path:
    """Rules ship as package data; in a source checkout they sit at the repository root."""
    shipped = Path(str(resources.files("leakscan"))) / "patterns"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parents[2] / "patterns"


def builtin_files() -> list[Path]:
    return sorted(builtin_dir().glob("*.toml"))


def load_file(path: Path) -> tuple[list[Rule], dict[str, Any]]:
    """Rules of one TOML file, plus its other top-level tables (rotation guides...)."""
    try:
        data = _toml.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"{path}: cannot read rules file ({exc.strerror})") from None
    except (_toml.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: not valid TOML: {exc}; fix the file") from None
    return parse_rules(data.get("rules", []), str(path), data.get("family", "")), data


def parse_rules(raw: object, source: str, family: str = "") -> list[Rule]:
    if not isinstance(raw, list):
        raise RuleError(f"{source}: 'rules' must be an array of tables ([[rules]])")
    return [parse_rule(item, source, family) for item in raw]


def _str(d: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = d.get(key, default)
    if not isinstance(value, str) or (default is None and not value):
        raise RuleError(f"{where}: '{key}' must be a non-empty string")
    return value


def _strs(d: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = d.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def parse_rule(d: object, source: str, family: str = "") -> Rule:
    if not isinstance(d, dict):
        raise RuleError(f"{source}: each [[rules]] entry must be a table")
    rid = d.get("id")
    where = f"{source}: rule {rid!r}"
    if not isinstance(rid, str) or not _ID.match(rid):
        raise RuleError(f"{where}: 'id' must be lowercase letters, digits, '-' or '.'")
    unknown = sorted(set(d) - _KNOWN)
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(unknown)}")
    regex = _str(d, "regex", where)
    try:
        compiled = re.compile(regex.encode("ascii"))
    except UnicodeEncodeError:
        raise RuleError(f"{where}: regex must be ASCII (escape other bytes as \\xNN)") from None
    except re.error as exc:
        raise RuleError(f"{where}: regex does not compile: {exc}") from None
    group = d.get("secret_group", "secret" if "secret" in compiled.groupindex else None)
    if group is not None and (not isinstance(group, str) or group not in compiled.groupindex):
        raise RuleError(f"{where}: secret_group {group!r} is not a named group of the regex")
    severity = _str(d, "severity", where, "high")
    if severity not in SEVERITIES:
        raise RuleError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    confidence = _str(d, "confidence", where, "medium")
    if confidence not in CONFIDENCES:
        raise RuleError(f"{where}: confidence must be one of {', '.join(CONFIDENCES)}")
    check = d.get("check")
    if check is not None and check not in CHECKS:
        raise RuleError(f"{where}: check must be one of {', '.join(CHECKS)}")
    entropy, max_length, distance = d.get("entropy", 0.0), d.get("max_length", 256), d.get(
        "pair_distance", 5)
    if not isinstance(entropy, (int, float)) or not 0 <= entropy <= 8:
        raise RuleError(f"{where}: entropy must be a number from 0 to 8 (bits per byte)")
    for key, val in (("max_length", max_length), ("pair_distance", distance)):
        if not isinstance(val, int) or isinstance(val, bool) or not 1 <= val <= 65536:
            raise RuleError(f"{where}: {key} must be a whole number from 1 to 65536")
    examples = _strs(d, "examples", where)
    if not examples:
        raise RuleError(f"{where}: needs at least one positive example in 'examples'")
    generic, binary, split = d.get("generic", False), d.get("binary", False), d.get("split_boundary", False)
    if not all(isinstance(v, bool) for v in (generic, binary, split)):
        raise RuleError(f"{where}: 'generic', 'binary' and 'split_boundary' must be true or false")
    pair, path = d.get("pair"), d.get("path")
    for key, val in (("pair", pair), ("path", path), ("rotation", d.get("rotation"))):
        if val is not None and not isinstance(val, str):
            raise RuleError(f"{where}: '{key}' must be a string")
    if path is not None:
        try:
            re.compile(path)
        except re.error as exc:
            raise RuleError(f"{where}: path regex does not compile: {exc}") from None
    prefilter, window = d.get("prefilter"), False
    if prefilter is not None:
        if not isinstance(prefilter, str):
            raise RuleError(f"{where}: 'prefilter' must be a string")
        try:
            window = regexparts.prefilter_mode(regex, prefilter) == "window"
        except ValueError as exc:
            raise RuleError(f"{where}: prefilter {exc}; use a run of whole top-level parts of the "
                            "regex that every match contains, or drop it") from None
    if split:
        try:
            regexparts.split_boundary(prefilter or regex)
        except ValueError as exc:
            raise RuleError(f"{where}: split_boundary {exc}; drop split_boundary") from None
    return Rule(
        id=rid, name=_str(d, "name", where), description=_str(d, "description", where, ""),
        regex=regex, family=_str(d, "family", where, family or "misc"),
        provider=_str(d, "provider", where, ""), severity=severity,  # type: ignore[arg-type, unused-ignore]
        confidence=confidence,  # type: ignore[arg-type, unused-ignore]
        keywords=tuple(k.lower() for k in _strs(d, "keywords", where)),
        examples=examples, negative_examples=_strs(d, "negative_examples", where),
        secret_group=group, entropy=float(entropy), max_length=max_length, check=check,
        rotation=d.get("rotation"), references=_strs(d, "references", where), generic=generic,
        pair=pair, pair_distance=distance, path=path, source=source,
        example_path=_str(d, "example_path", where, ""), binary=binary,
        prefilter=prefilter, prefilter_window=window, split_boundary=split,
    )


def merge(base: Iterable[Rule], extra: Iterable[Rule], disabled: Iterable[str] = ()) -> list[Rule]:
    """User rules override built-ins with the same id; disabled ids are dropped."""
    by_id = {r.id: r for r in base}
    for rule in extra:
        by_id[rule.id] = rule
    off = set(disabled)
    rules = [r for r in by_id.values() if r.id not in off]
    for rule in rules:
        if rule.pair is not None and rule.pair not in by_id:
            raise RuleError(f"{rule.source}: rule {rule.id!r}: pair {rule.pair!r} is no rule id")
    return sorted(rules, key=lambda r: r.id)


def load_builtin() -> list[Rule]:
    """Built-in rules; parsed and validated once per change of the files, then cached.

    Parsing 400 rules and compiling their regexes for validation takes about half a second; the
    pre-commit hook must not pay it on every commit.
    """
    files = builtin_files()
    stamp = "|".join(f"{path.name}:{st.st_size}:{st.st_mtime_ns}" for path in files for st in [path.stat()])
    return cachefiles.pickled("rules", cachefiles.key("builtin", stamp), lambda: _parse_builtin(files),
                              _is_rule_list)


def parse_rules_cached(raw: object, source: str) -> list[Rule]:
    """parse_rules for a config file's [[rules]]: a repository with hundreds of its own rules
    pays for their validation once, not on every commit. Keyed by the parsed TOML itself."""
    if not isinstance(raw, list) or len(raw) < 8:  # a few rules parse faster than a cache lookup
        return parse_rules(raw, source)
    return cachefiles.pickled("config", cachefiles.key("config-rules", source, repr(raw)),
                              lambda: parse_rules(raw, source), _is_rule_list)


def _is_rule_list(obj: object) -> bool:
    return isinstance(obj, list) and all(isinstance(r, Rule) for r in obj)


def _parse_builtin(files: list[Path]) -> list[Rule]:
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in files:
        for rule in load_file(path)[0]:
            if rule.id in seen:
                raise RuleError(f"{path}: rule {rule.id!r} is also defined in {seen[rule.id]}")
            seen[rule.id] = str(path)
            rules.append(rule)
    return rules


def digest(rules: Iterable[Rule]) -> str:
    h = hashlib.sha256()
    for r in rules:
        h.update(repr(r).encode())
    return h.hexdigest()[:24]
