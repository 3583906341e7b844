"""SARIF 2.1.0 (OASIS), with partialFingerprints from the content fingerprint (§3.27.17)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..fingerprint import redact
from ..models import Rule

if TYPE_CHECKING:
    from ..pipeline import ScanResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}


def _rule(rule: Rule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": rule.id,
        "name": "".join(w.capitalize() for w in rule.id.replace(".", "-").split("-")),
        "shortDescription": {"text": rule.name},
        "fullDescription": {"text": rule.description or rule.name},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"severity": rule.severity, "provider": rule.provider,
                       "family": rule.family, "tags": ["security", "secret", rule.family]},
    }
    if rule.references:
        d["helpUri"] = rule.references[0]
    return d


def document(result: ScanResult, rules: dict[str, Rule], show_secrets: bool) -> dict[str, Any]:
    used = sorted({f.rule_id for f in result.findings})
    index = {rid: i for i, rid in enumerate(used)}
    results = []
    for f in result.findings:
        shown = f.secret.decode("utf-8", "replace") if show_secrets else redact(f.secret)
        if f.companion:
            pair = f.companion.decode("utf-8", "replace") if show_secrets else redact(f.companion)
            shown += f", paired with {pair}"
        locs = []
        for loc in f.locations:
            region: dict[str, Any] = {"startLine": loc.line, "startColumn": loc.column}
            if loc.end_line:
                region["endLine"] = loc.end_line
            # A URI reference, not a path: a space or a non-ASCII name is percent-encoded, so
            # `docs/my notes.md` (or a "(commit message)" location) stays valid SARIF.
            uri = quote(loc.path.encode("utf-8", "surrogateescape"), safe="/")  # raw bytes of a
            phys: dict[str, Any] = {"artifactLocation": {"uri": uri}}  # non-UTF-8 name: %XX
            if loc.line:  # line 0 is the whole file (a keystore reported by its name)
                phys["region"] = region
            entry: dict[str, Any] = {"physicalLocation": phys}
            if loc.commit:
                entry["properties"] = {"commit": loc.commit, "blob": loc.blob}
            locs.append(entry)
        results.append({
            "ruleId": f.rule_id,
            "ruleIndex": index[f.rule_id],
            "level": _LEVEL[f.severity],
            "message": {"text": f"{rules[f.rule_id].name}: {shown} ({f.confidence} confidence)"},
            "locations": locs[:1],
            "relatedLocations": [dict(loc, id=i) for i, loc in enumerate(locs[1:], 1)],
            "partialFingerprints": {"leakscanFingerprint/v1": f.fingerprint},
            "properties": {"confidence": f.confidence, "severity": f.severity,
                           "occurrences": len(f.locations)},
        })
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "leakscan", "version": __version__, "semanticVersion": __version__,
                "informationUri": "https://pypi.org/project/leakscan/",
                "rules": [_rule(rules[rid]) for rid in used],
            }},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }


def write(result: ScanResult, rules: dict[str, Rule], show_secrets: bool, out: TextIO) -> None:
    json.dump(document(result, rules, show_secrets), out, indent=2)
    out.write("\n")
