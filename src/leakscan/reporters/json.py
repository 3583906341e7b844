"""JSON: a stable, documented schema (see README "JSON output"). Redacted unless asked."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TextIO

from .. import __version__
from ..fingerprint import redact
from ..models import Finding, Rule

if TYPE_CHECKING:
    from ..pipeline import ScanResult

SCHEMA_VERSION = 1


def finding_dict(f: Finding, rule: Rule, show_secrets: bool) -> dict[str, Any]:
    d: dict[str, Any] = {
        "rule_id": f.rule_id,
        "rule_name": rule.name,
        "provider": rule.provider,
        "family": rule.family,
        "fingerprint": f.fingerprint,
        "severity": f.severity,
        "confidence": f.confidence,
        "secret_redacted": redact(f.secret),
        "locations": [_location(loc) for loc in f.locations],
    }
    if f.note:
        d["note"] = f.note
    if f.companion:
        d["companion_redacted"] = redact(f.companion)
    if rule.rotation:
        d["rotation_guide"] = rule.rotation
    if show_secrets:
        d["secret"] = f.secret.decode("utf-8", "replace")
        if f.companion:
            d["companion"] = f.companion.decode("utf-8", "replace")
    for key, value in f.extra:
        d[key] = value
    return d


def _location(loc: Any) -> dict[str, Any]:
    d = asdict(loc)
    return {k: v for k, v in d.items() if v not in ("", 0) or k in ("line", "column")}


def document(result: ScanResult, rules: dict[str, Rule], show_secrets: bool) -> dict[str, Any]:
    stats = asdict(result.stats)
    extra = stats.pop("extra")
    stats.update(extra)
    for key in ("seconds", "hyperscan_seconds", "confirm_seconds"):
        stats[key] = round(stats[key], 3)
    mb = stats.get("bytes", 0) / 1e6
    stats["candidates_per_mb"] = round(stats["candidates"] / mb, 2) if mb else 0.0
    stats["findings"] = len(result.findings)
    return {
        "tool": "leakscan",
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "kind": result.kind,
        "target": result.target,
        "findings": [finding_dict(f, rules[f.rule_id], show_secrets) for f in result.findings],
        "stats": stats,
        "errors": result.errors,
    }


def write(result: ScanResult, rules: dict[str, Rule], show_secrets: bool, out: TextIO) -> None:
    json.dump(document(result, rules, show_secrets), out, indent=2, default=str)
    out.write("\n")
