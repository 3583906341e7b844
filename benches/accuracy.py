#!/usr/bin/env python3
"""Precision and recall on the labelled corpus: leakscan, gitleaks and Kingfisher side by side.

One run scans a copy of ``corpus/samples`` with each tool (peers from the benchmark venv,
``benches/setup_peers.sh``), reads each JSON report, matches findings to ``corpus/labels.jsonl``
and prints, for all three tools: precision and recall overall, per provider family and per
file format; then per-rule figures for leakscan, the kinds of secret leakscan misses (with
what the peers do on them) and leakscan's false positives by rule.

Matching: a finding matches a label when it is in the same file and its line span overlaps
the label's span (a credential with an id and a secret spans both lines; a binary credential
file matches any finding in it). When several labels overlap one finding, the one whose
secret hash equals what the tool reported wins. A finding that matches no label is a false
positive. Recall counts labels found; precision counts findings (every occurrence).

Peers report secrets in clear in their JSON; reports live in a temporary directory that is
deleted at the end, secrets are hashed when read and never printed.

    python benches/accuracy.py [--tools leakscan,gitleaks,kingfisher] [--json OUT] [--all-kinds]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import harness
import reports

REPO = Path(__file__).resolve().parents[1]
FAMILIES = (
    "cloud",
    "source-forges",
    "registries",
    "payments",
    "communications",
    "ai-ml",
    "observability",
    "databases",
    "saas",
    "crypto-keys",
    "generic",
    "config-files",
)


@dataclass(frozen=True)
class Label:
    idx: int
    file: str
    line: int
    end_line: int
    kind: str
    provider: str
    family: str
    carrier: str
    hashes: frozenset[str]
    file_level: bool


def load_labels(path: Path) -> list[Label]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, raw in enumerate(fh):
            d = json.loads(raw)
            hashes = frozenset(h for h in [d["sha256"], *d.get("sha256_alt", [])] if h)
            out.append(
                Label(
                    i,
                    d["file"],
                    int(d["line"]),
                    int(d["end_line"]),
                    d["kind"],
                    d["provider"],
                    d["family"],
                    d["carrier"],
                    hashes,
                    bool(d.get("file_level")),
                )
            )
    return out


# --------------------------------------------------------------------------- matching


@dataclass
class Scored:
    tool: str
    findings: list[reports.Finding]
    matched: list[int | None]  # label index per finding, None = false positive
    found: dict[int, list[reports.Finding]] = field(default_factory=dict)

    def subset(self, keep: Iterable[bool], name: str) -> Scored:
        pairs = [(f, m) for f, m, k in zip(self.findings, self.matched, keep, strict=True) if k]
        s = Scored(name, [f for f, _ in pairs], [m for _, m in pairs])
        for f, m in pairs:
            if m is not None:
                s.found.setdefault(m, []).append(f)
        return s

    @property
    def tp(self) -> int:
        return sum(m is not None for m in self.matched)

    @property
    def fp(self) -> int:
        return sum(m is None for m in self.matched)


def match(tool: str, findings: list[reports.Finding], labels: list[Label]) -> Scored:
    by_file: dict[str, list[Label]] = defaultdict(list)
    for lab in labels:
        by_file[lab.file].append(lab)
    # identical reports (same place, rule and value) count once
    unique = list(dict.fromkeys(findings))
    scored = Scored(tool, unique, [])
    for f in unique:
        cands = [
            lab
            for lab in by_file.get(f.file, ())
            if lab.file_level or (f.line <= lab.end_line and max(f.end_line, f.line) >= lab.line)
        ]
        if not cands:
            scored.matched.append(None)
            continue
        exact = [lab for lab in cands if f.hashes & lab.hashes]
        best = exact[0] if exact else next((lab for lab in cands if lab.idx not in scored.found), cands[0])
        scored.matched.append(best.idx)
        scored.found.setdefault(best.idx, []).append(f)
        for other in exact[1:]:  # a paired finding (secret + its id) reports both labelled parts
            scored.found.setdefault(other.idx, []).append(f)
    return scored


# --------------------------------------------------------------------------- attribution


def _slug_words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9]+", text.lower()) if len(w) > 2}


_ALIASES = {
    "gcp": "cloud",
    "google": "cloud",
    "gcs": "cloud",
    "amazon": "cloud",
    "jwt": "generic",
    "password": "generic",
    "generic": "generic",
    "secret": "generic",
    "entropy": "generic",
    "pem": "crypto-keys",
    "ssh": "crypto-keys",
    "pgp": "crypto-keys",
    "rsa": "crypto-keys",
    "putty": "crypto-keys",
    "pkcs12": "crypto-keys",
    "keystore": "crypto-keys",
    "postgres": "databases",
    "postgresql": "databases",
    "mysql": "databases",
    "mongodb": "databases",
    "redis": "databases",
    "jdbc": "databases",
    "odbc": "databases",
    "sqlserver": "databases",
    "netrc": "config-files",
    "pgpass": "config-files",
    "htpasswd": "config-files",
    "npmrc": "config-files",
    "pypirc": "config-files",
    "kubeconfig": "config-files",
    "dotenv": "config-files",
}


def rule_family(rule: str, provider_family: dict[str, str]) -> str:
    """Best-effort family of a peer's rule from its name (the peers do not report one)."""
    words = _slug_words(rule)
    if "private" in words and "key" in words:
        return "crypto-keys"
    for w in words:
        if w in provider_family:
            return provider_family[w]
    for w in words:
        if w in _ALIASES:
            return _ALIASES[w]
    return "other"


def provider_families(labels: Sequence[Label]) -> dict[str, str]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for lab in labels:
        if lab.provider == "Generic":
            continue
        for w in _slug_words(lab.provider):
            votes[w][lab.family] += 1
    return {w: c.most_common(1)[0][0] for w, c in votes.items() if w not in {"the", "and", "cloud"}}


def finding_family(s: Scored, k: int, labels: Sequence[Label], pf: dict[str, str]) -> str:
    m = s.matched[k]
    if m is not None:
        return labels[m].family
    f = s.findings[k]
    return f.family if f.family in FAMILIES else rule_family(f.rule, pf)


# --------------------------------------------------------------------------- printing


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "-"


def f1(p: float, r: float) -> str:
    return f"{2 * p * r / (p + r) * 100:.1f}" if p + r else "-"


def table(title: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Numbers right-aligned; text columns (the first, and any whose cells are not numbers) left-aligned."""
    body = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in body)) if body else len(h) for i, h in enumerate(header)]
    numeric = [i > 0 and all(re.fullmatch(r"[-0-9./%]+", r[i]) for r in body) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        cols = zip(cells, widths, numeric, strict=True)
        return "  ".join(c.rjust(w) if num else c.ljust(w) for c, w, num in cols)

    print(f"\n== {title}")
    print(line(header).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in body:
        print(line(r).rstrip())


def overall_rows(scored: Sequence[Scored], n_labels: int) -> list[list[object]]:
    rows = []
    for s in scored:
        p = s.tp / (s.tp + s.fp) if s.tp + s.fp else 0.0
        r = len(s.found) / n_labels if n_labels else 0.0
        rows.append(
            [
                s.tool,
                len(s.findings),
                s.tp,
                s.fp,
                pct(s.tp, s.tp + s.fp),
                f"{len(s.found)}/{n_labels}",
                pct(len(s.found), n_labels),
                f1(p, r),
            ]
        )
    return rows


def _short(rules: Iterable[str], n: int = 3) -> str:
    c = Counter(rules)
    items = [f"{k}" + (f"x{v}" if v > 1 else "") for k, v in c.most_common(n)]
    return ",".join(items) + (",..." if len(c) > n else "")


def to_utf16(root: Path) -> int:
    """Every UTF-8 text file under root rewritten as UTF-16LE with a BOM; lines do not move, so
    the labels still apply. Binary files (a NUL in the first 8000 bytes) are left alone."""
    n = 0
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if b"\0" in data[:8000]:
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--samples", type=Path, default=REPO / "corpus" / "samples")
    ap.add_argument("--labels", type=Path, default=REPO / "corpus" / "labels.jsonl")
    ap.add_argument("--tools", default=",".join(harness.TOOLS))
    ap.add_argument("--leakscan-config", help="pass --config FILE to leakscan (e.g. a reduced rule set)")
    ap.add_argument("--json", type=Path, help="also write the figures (no secrets) to this file")
    ap.add_argument("--all-kinds", action="store_true", help="print every kind, not only leakscan's misses")
    ap.add_argument(
        "--explain",
        action="store_true",
        help="for each secret leakscan misses: which rule's regex matches it and why it was dropped "
        "(imports leakscan from this checkout)",
    )
    ap.add_argument(
        "--utf16",
        action="store_true",
        help="re-encode every UTF-8 text file of the copy as UTF-16LE with a byte order mark (as "
        "PowerShell 5 and reg export write): which tools still find the secrets?",
    )
    ap.add_argument(
        "--wait-peers",
        type=float,
        default=0,
        help="seconds to wait for the peers venv to appear (another helper sets it up)",
    )
    args = ap.parse_args(argv)

    labels = load_labels(args.labels)
    wanted = args.tools.split(",")
    deadline = time.monotonic() + args.wait_peers
    while (
        any(t != "leakscan" and harness.find_tool(t) is None for t in wanted) and time.monotonic() < deadline
    ):
        time.sleep(10)
    found_tools = harness.tools_available(wanted)
    if not found_tools:
        print("no tool to run", file=sys.stderr)
        return 2
    harness.print_versions(found_tools)
    files, size = harness.tree_size(args.samples)
    pos_files = len({lab.file for lab in labels})
    print(
        f"corpus: {files} files ({pos_files} with secrets, {files - pos_files} without), "
        f"{size / 1e6:.2f} MB, "
        f"{len(labels)} labelled secrets, {len({lab.kind for lab in labels})} kinds"
    )

    runs: dict[str, reports.Run] = {}
    with tempfile.TemporaryDirectory(prefix="leakscan-acc-") as tmp:
        # A private copy: no repository config or .gitignore of ours applies, every tool sees the same tree.
        root = Path(tmp) / "tree"
        shutil.copytree(args.samples, root)
        if args.utf16:
            print(f"re-encoded {to_utf16(root)} text files as UTF-16LE with a byte order mark")
        extra = ["--config", args.leakscan_config] if args.leakscan_config else []
        for tool, exe in found_tools.items():
            runs[tool] = reports.run_tool(
                tool, exe, root, Path(tmp) / f"{tool}.json", show_secrets=True, leakscan_args=extra
            )
            if tool == "leakscan":  # again with every finding, whatever its confidence
                runs["leakscan --min-confidence low"] = reports.run_tool(
                    tool,
                    exe,
                    root,
                    Path(tmp) / "leakscan-low.json",
                    show_secrets=True,
                    leakscan_args=[*extra, "--min-confidence", "low"],
                )
        for name, r in runs.items():
            print(
                f"{name}: {r.seconds:.1f}s, exit {r.code}"
                + (f", FAILED: {r.error}" if r.error else "")
                + f"\n   cmd: {' '.join(r.cmd)}"
            )
    ok = {t: r for t, r in runs.items() if not r.error}
    if not ok:
        return 1
    every = {t: match(t, r.findings, labels) for t, r in ok.items()}
    low = every.pop("leakscan --min-confidence low", None)
    scored = every  # leakscan at its default confidence floor, and the peers
    n = len(labels)

    # ------------------------------------------------------------------ overall
    rows_src = list(scored.values())
    if low is not None:
        rows_src.append(low)
        rows_src.append(low.subset((f.confidence == "high" for f in low.findings), "leakscan high only"))
    table(
        "overall (precision over findings, recall over labelled secrets; leakscan = its default output)",
        ["tool", "findings", "TP", "FP", "precision", "found", "recall", "F1"],
        overall_rows(rows_src, n),
    )

    # ------------------------------------------------------------------ per family
    pf = provider_families(labels)
    fam_labels = Counter(lab.family for lab in labels)
    fam_stats: dict[str, dict[str, tuple[int, int, int]]] = {}
    for t, s in scored.items():
        tp_f: Counter[str] = Counter()
        fp_f: Counter[str] = Counter()
        for k, m in enumerate(s.matched):
            (tp_f if m is not None else fp_f)[finding_family(s, k, labels, pf)] += 1
        found_f = Counter(labels[i].family for i in s.found)
        fam_stats[t] = {fam: (found_f[fam], tp_f[fam], fp_f[fam]) for fam in (*FAMILIES, "other")}
    header = ["family", "labels"]
    for t in scored:
        header += [f"{t} R", f"{t} P", f"{t} FP"]
    rows = []
    for fam in (*FAMILIES, "other"):
        if not fam_labels[fam] and not any(fam_stats[t][fam][2] for t in scored):
            continue
        row: list[object] = [fam, fam_labels[fam]]
        for t in scored:
            found, tp, fp = fam_stats[t][fam]
            row += [pct(found, fam_labels[fam]), pct(tp, tp + fp), fp]
        rows.append(row)
    table(
        "per family (R = recall of the family's labels; P = precision of findings attributed to the family: "
        "by label when matched, else by rule family (leakscan) or rule name (peers))",
        header,
        rows,
    )

    # ------------------------------------------------------------------ per carrier
    car = Counter(lab.carrier for lab in labels)
    rows = []
    for c, cnt in sorted(car.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(
            [c, cnt, *(pct(sum(1 for i in s.found if labels[i].carrier == c), cnt) for s in scored.values())]
        )
    table("recall per file format / carrier", ["carrier", "labels", *scored], rows)

    # ------------------------------------------------------------------ leakscan per rule
    report: dict[str, object] = {
        "labels": n,
        "files": files,
        "bytes": size,
        "runs": {
            t: {"seconds": round(r.seconds, 2), "exit": r.code, "error": r.error} for t, r in runs.items()
        },
        "overall": {
            row[0]: dict(
                zip(["findings", "tp", "fp", "precision", "found", "recall", "f1"], row[1:], strict=True)
            )
            for row in overall_rows(rows_src, n)
        },
        "families": fam_stats,
    }
    if "leakscan" in scored:
        ls = scored["leakscan"]
        every_ls = low if low is not None else ls
        per_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        kinds_by_rule: dict[str, Counter[str]] = defaultdict(Counter)
        conf_by_rule: dict[str, Counter[str]] = defaultdict(Counter)
        for f, m in zip(every_ls.findings, every_ls.matched, strict=True):
            per_rule[f.rule][0 if m is not None else 1] += 1
            conf_by_rule[f.rule][f.confidence] += 1
            if m is not None:
                kinds_by_rule[f.rule][labels[m].kind] += 1
        rows = [
            [
                rule,
                tp + fp,
                tp,
                fp,
                pct(tp, tp + fp),
                _short(conf_by_rule[rule].elements(), 2),
                _short(kinds_by_rule[rule].elements(), 3),
            ]
            for rule, (tp, fp) in sorted(per_rule.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0]))
        ]
        table(
            f"leakscan per rule, every confidence ({len(per_rule)} rules fired)",
            ["rule", "findings", "TP", "FP", "precision", "confidence", "kinds found"],
            rows,
        )
        report["leakscan_rules"] = {r[0]: {"tp": r[2], "fp": r[3]} for r in rows}

        # ------------------------------------------------------------------ per kind
        kinds: dict[str, list[Label]] = defaultdict(list)
        for lab in labels:
            kinds[lab.kind].append(lab)
        kind_rows: list[tuple[int, str, list[object]]] = []
        per_kind: dict[str, dict[str, object]] = {}
        for kind, labs in kinds.items():
            counts = {t: sum(1 for lab in labs if lab.idx in s.found) for t, s in scored.items()}
            by = _short(f.rule for lab in labs for f in ls.found.get(lab.idx, []))
            per_kind[kind] = {"labels": len(labs), **counts}
            missing = len(labs) - counts["leakscan"]
            if args.all_kinds or missing:
                kind_rows.append(
                    (
                        missing,
                        kind,
                        [
                            kind,
                            labs[0].family,
                            len(labs),
                            *(f"{counts[t]}/{len(labs)}" for t in scored),
                            by or "-",
                            _short((lab.carrier for lab in labs if lab.idx not in ls.found), 4) or "-",
                        ],
                    )
                )
        kind_rows.sort(key=lambda r: (-r[0] / max(len(kinds[r[1]]), 1), -r[0], r[1]))
        table(
            "kinds leakscan misses (worst first)" if not args.all_kinds else "every kind",
            ["kind", "family", "n", *scored, "leakscan rules", "missed in"],
            [r[2] for r in kind_rows],
        )
        report["kinds"] = per_kind
        if args.explain:
            missed = [lab for lab in labels if lab.idx not in ls.found]
            low_only = {lab.idx for lab in missed if low is not None and lab.idx in low.found}
            report["explain"] = explain(missed, args.samples, low_only)

        # ------------------------------------------------------------------ false positives
        fps = [f for f, m in zip(every_ls.findings, every_ls.matched, strict=True) if m is None]
        by_rule: dict[str, list[reports.Finding]] = defaultdict(list)
        for f in fps:
            by_rule[f.rule].append(f)
        rows = [
            [
                rule,
                len(fs),
                _short((f.confidence for f in fs), 3),
                _short((_file_kind(f.file) for f in fs), 4),
            ]
            for rule, fs in sorted(by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ]
        table(
            f"leakscan false positives by rule, every confidence ({len(fps)})",
            ["rule", "FP", "confidence", "where (file kinds)"],
            rows,
        )
        report["leakscan_fp_files"] = sorted({f"{f.rule} {f.file}:{f.line}" for f in fps})

    for t, s in scored.items():
        if t == "leakscan":
            continue
        fp_list = [f for f, m in zip(s.findings, s.matched, strict=True) if m is None]
        fp_rules = Counter(f.rule for f in fp_list)
        where = Counter(_file_kind(f.file) for f in fp_list)
        listed = ", ".join(f"{r} {c}" for r, c in fp_rules.most_common(12)) or "none"
        print(f"\n{t} false positives by rule: {listed}")
        if fp_list:
            print(f"{t} false positives by file: " + ", ".join(f"{w} {c}" for w, c in where.most_common(12)))

    if args.json:
        args.json.write_text(
            json.dumps(report, indent=2, sort_keys=True, default=list) + "\n", encoding="utf-8"
        )
        print(f"\nfigures written to {args.json}")
    return 0


def explain(missed: Sequence[Label], samples: Path, low_only: set[int], show: int = 60) -> dict[str, int]:
    """Why leakscan misses each secret: no rule's regex matches it (a rule gap), or a rule matches
    and the engine drops it (placeholder / non-secret heuristics, entropy floor, path filter)."""
    import hashlib

    from leakscan import checks
    from leakscan import rules as rules_mod

    rules = rules_mod.load_builtin()
    compiled = [(r, re.compile(r.regex.encode("ascii"))) for r in rules]
    causes: Counter[str] = Counter()
    rows = []
    for lab in missed:
        if lab.idx in low_only:
            causes["reported only with --min-confidence low"] += 1
            rows.append([lab.kind, f"{lab.file}:{lab.line}", "-", "reported only with --min-confidence low"])
            continue
        if lab.file_level:
            causes["binary credential file: no finding"] += 1
            rows.append([lab.kind, f"{lab.file}:{lab.line}", "-", "binary credential file: no finding"])
            continue
        data = (samples / lab.file).read_bytes()
        lines = data.split(b"\n")
        lo = sum(len(x) + 1 for x in lines[: lab.line - 1])
        hi = sum(len(x) + 1 for x in lines[: lab.end_line])
        cause, rule_id = "no rule matches (rule gap)", "-"
        for rule, rx in compiled:  # the first rule that sees the secret; a path-only rule only if none else
            for m in rx.finditer(data, max(lo - rule.max_length, 0), min(hi + rule.max_length, len(data))):
                group = "secret" if "secret" in rx.groupindex and m.group("secret") is not None else 0
                secret, start = m.group(group), m.start(group)
                if start > hi or start + len(secret) < lo:
                    continue
                if hashlib.sha256(secret).hexdigest() not in lab.hashes:
                    continue
                why = _drop_reason(checks, rule, secret, data, start, lab.file)
                if rule_id == "-" or cause.endswith("path filter"):
                    rule_id, cause = rule.id, why
                break
            if rule_id != "-" and not cause.endswith("path filter"):
                break
        causes[cause] += 1
        rows.append([lab.kind, f"{lab.file}:{lab.line}", rule_id, cause])
    rows.sort(key=lambda r: (r[3].startswith("no rule"), r[3].startswith("reported only"), r[3], r[0]))
    table(
        f"why leakscan misses them ({len(missed)} secrets; first {show}, dropped-by-engine first)",
        ["kind", "where", "rule matching it", "cause"],
        rows[:show],
    )
    print("   causes: " + ", ".join(f"{c} {n}" for c, n in causes.most_common()))
    return dict(causes)


def _drop_reason(checks: Any, rule: Any, secret: bytes, data: bytes, start: int, path: str) -> str:
    """Re-asks leakscan's own checks which filter drops this secret (best effort: the checks evolve)."""
    end = start + len(secret)
    text = secret.decode("latin-1").lower()
    try:
        if rule.path and not re.search(rule.path, path):
            return "dropped: rule path filter"
        freeform = bool(getattr(checks, "is_freeform", lambda r: r.generic)(rule))
        if rule.generic and (checks.is_vendored(path.encode()) or checks.on_long_line(data, start, end)):
            return "dropped: vendored file / long line"
        if checks.is_placeholder(secret, freeform, data[max(start - 200, 0) : start], data[end : end + 80]):
            if any(True for _ in checks._PLACEHOLDERS.iter(text)):
                return "dropped: placeholder word inside the value"
            if freeform and any(True for _ in checks._GENERIC.iter(text)):
                return "dropped: generic word inside the value"
            if freeform and checks._NOT_A_VALUE.fullmatch(secret):
                return "dropped: looks like a code reference (_NOT_A_VALUE)"
            if freeform and checks._UUID.fullmatch(secret):
                return "dropped: UUID"
            return "dropped: placeholder / non-secret check"
        if rule.entropy and checks.entropy(secret) < rule.entropy:
            return f"dropped: entropy {checks.entropy(secret):.2f} < floor {rule.entropy}"
    except (AttributeError, TypeError) as exc:  # the checks changed shape: still say it was dropped
        return f"dropped by the engine ({type(exc).__name__} while explaining)"
    return "dropped by the engine (overlap, pairing or confidence)"


def _file_kind(path: str) -> str:
    """A short name for where a false positive sits: the file name without its project folder."""
    name = path.rsplit("/", 1)[-1]
    return re.sub(r"\.[0-9a-f]{8}\.", ".*.", name)


if __name__ == "__main__":
    sys.exit(main())
