"""Hyperscan finds candidate ends; Python `re` confirms each in a bounded window.

Python never loops over lines or rules: the Hyperscan callback only records (rule, end),
and confirmation runs once per merged window of one rule.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from . import allow, checks, hsdb, sourcemap, textcodec
from .models import CONFIDENCE_RANK, Confidence, Match, Rule, ScanStats
from .rules import digest

SEGMENT = 8 << 20  # larger inputs are scanned in overlapping segments of this size
_CACHE_LIMIT = 200_000
UTF16_NOTE = "in a UTF-16 file (git and git-filter-repo treat it as binary)"
BINARY_SNIFF = 8000  # git's own heuristic: a NUL in the first 8000 bytes means binary


def is_binary(data: bytes) -> bool:
    """A NUL in the sniff window, unless the file is UTF-16 text (textcodec), which is scanned."""
    if b"\0" not in data[:BINARY_SNIFF]:
        return False
    return not textcodec.is_utf16(data)


class Engine:
    def __init__(self, rules: list[Rule], use_cache: bool = True) -> None:
        self.rules = rules
        self.use_cache = use_cache
        self.index = {r.id: i for i, r in enumerate(rules)}
        self.digest = digest(rules)
        # Path-aware rules (`path = ...`) fire only on a few file names, yet in one database with
        # the rest they cost Hyperscan time on every file (unanchored line patterns such as .pgpass
        # entries are among the costliest). They get a database of their own, scanned only when
        # the path matches one of their path regexes; what is reported does not change.
        self._general = [i for i, r in enumerate(rules) if not r.path]
        self._pathed = [i for i, r in enumerate(rules) if r.path]
        self.db: Any = None
        self.cached = True
        if self._general:  # a set of only path rules (the binary keystore rules) has no main database
            self.db, self.cached = hsdb.load([rules[i] for i in self._general], self.digest, use_cache)
        self.path_db: Any = None
        if self._pathed:
            self.path_db, _ = hsdb.load([rules[i] for i in self._pathed], self.digest + "-path", use_cache)
        # Hyperscan's ids number expressions; a split_boundary rule has several (hsdb.expressions).
        self._general = [self._general[k] for k in hsdb.expressions([rules[i] for i in self._general])[1]]
        self._pathed = [self._pathed[k] for k in hsdb.expressions([rules[i] for i in self._pathed])[1]]
        self._py: list[re.Pattern[bytes] | None] = [None] * len(rules)
        self._path: dict[int, re.Pattern[bytes]] = {}  # a path rule's own path regex, compiled on use
        self._any_path = hsdb.path_matcher(sorted({r.path for r in rules if r.path}), use_cache)
        self.overlap = max((r.max_length for r in rules), default=256) + 1
        self._confirmed: dict[tuple[int, bytes], list[tuple[bytes, int, int, int]]] = {}
        # Low rules whose generated-looking values report medium: generic keyword rules, and
        # provider keyword rules for a real secret (high or critical severity: an OSSRH token
        # under ossrhPassword). Public ids (info/low severity: a Twilio SID) stay low.
        self._upgradable = [r.generic or (r.check is None and r.severity in ("high", "critical"))
                            for r in rules]

    def _regex(self, i: int) -> re.Pattern[bytes]:
        pat = self._py[i]
        if pat is None:  # compiled lazily: a warm start should not pay for 400 regexes
            pat = self._py[i] = re.compile(self.rules[i].regex.encode("ascii"))
        return pat

    def _path_regex(self, i: int) -> re.Pattern[bytes]:
        pat = self._path.get(i)
        if pat is None:
            pat = self._path[i] = re.compile(str(self.rules[i].path).encode())
        return pat

    # -- scanning -------------------------------------------------------------------------

    def scan(self, data: bytes, path: bytes = b"", stats: ScanStats | None = None) -> list[Match]:
        """Every confirmed secret in one buffer (already known to be text; UTF-16 is decoded)."""
        stats = stats if stats is not None else ScanStats()
        text = textcodec.text_of(data)
        if text is not data:
            stats.count("utf16_files")
            return [replace(m, note=m.note or UTF16_NOTE) for m in self.scan(text, path, stats)]
        holes = sourcemap.vlq_spans(data) if sourcemap.is_source_map(path) else []
        if holes:
            stats.count("sourcemap_bytes_skipped", sum(hi - lo for lo, hi in holes))
        if len(data) <= SEGMENT + self.overlap:
            return self._scan_buffer(data, path, stats, 0, len(data), 0, 1, holes)
        out: list[Match] = []
        line = 1
        for start in range(0, len(data), SEGMENT):
            seg = data[start:start + SEGMENT + self.overlap]
            end = start + len(seg)
            clipped = [(max(lo, start) - start, min(hi, end) - start) for lo, hi in holes
                       if lo < end and start < hi]
            out += self._scan_buffer(seg, path, stats, 0, SEGMENT, start, line, clipped)
            line += seg.count(b"\n", 0, SEGMENT)
        return out

    def scan_stream(self, fh: BinaryIO, path: bytes, stats: ScanStats) -> list[Match]:
        """Bounded memory for large files: segments overlap by the longest rule span."""
        out: list[Match] = []
        offset, line, carry = 0, 1, b""
        while True:
            fresh = fh.read(SEGMENT)
            buf = carry + fresh
            if not buf:
                break
            keep = len(buf) if not fresh else max(len(buf) - self.overlap, 0)
            out += self._scan_buffer(buf, path, stats, 0, keep, offset, line)
            line += buf.count(b"\n", 0, keep)
            offset += keep
            carry = buf[keep:]
            if not fresh:
                break
        return out

    def scan_binary(self, data: bytes, path: bytes = b"", stats: ScanStats | None = None) -> list[Match]:
        """A binary file meets only the rules marked `binary` (keystores by name, embedded keys)."""
        from . import binfiles

        return binfiles.scan(self, data, path, stats if stats is not None else ScanStats())

    def _candidates(self, data: bytes, path: bytes = b"",
                    holes: list[tuple[int, int]] | None = None) -> dict[int, list[int]]:
        """Candidate ends per rule; `holes` (sorted spans) are left out of the Hyperscan pass."""
        hits: list[tuple[int, int]] = []
        add = hits.append

        def on_match(rid: int, _start: int, end: int, _flags: int, _ctx: Any) -> None:
            add((rid, end))

        by_rule: dict[int, list[int]] = {}
        if self.db is not None:
            if holes:
                self._scan_around(self.db, data, holes, hits)
            else:
                self.db.scan(data, match_event_handler=on_match)
        general = self._general
        for rid, end in hits:
            by_rule.setdefault(general[rid], []).append(end)
        if self.path_db is not None and self._any_path(path):
            hits.clear()
            if holes:
                self._scan_around(self.path_db, data, holes, hits)
            else:
                self.path_db.scan(data, match_event_handler=on_match)
            pathed = self._pathed
            for rid, end in hits:
                by_rule.setdefault(pathed[rid], []).append(end)
        return by_rule

    @staticmethod
    def _scan_around(db: Any, data: bytes, holes: list[tuple[int, int]],
                     hits: list[tuple[int, int]]) -> None:
        """Scan the pieces of `data` between the holes; ends are offsets in `data`."""
        shift = 0

        def on_match(rid: int, _start: int, end: int, _flags: int, _ctx: Any) -> None:
            hits.append((rid, end + shift))

        view, last = memoryview(data), 0
        for lo, hi in [*holes, (len(data), len(data))]:
            if lo > last:
                shift = last
                db.scan(view[last:lo], match_event_handler=on_match)
            last = hi

    def _windows(self, i: int, ends: list[int], size: int) -> Iterator[tuple[int, int]]:
        """Merged windows [start, end) in which rule i is confirmed.

        A candidate end from the whole regex (or a tail of it) is where a match ends: the match
        lies within max_length bytes before it. A candidate from a window prefilter lies inside
        the match: the match lies within max_length bytes on either side.
        """
        span = self.rules[i].max_length
        after = span if self.rules[i].prefilter_window else 0
        ws, we = -1, -1
        for end in sorted(ends):
            lo, hi = max(end - span, 0), min(end + after, size)
            if lo <= we:
                we = max(we, hi)
                continue
            if we >= 0:
                yield ws, we
            ws, we = lo, hi
        if we >= 0:
            yield ws, we

    def _confirm(self, i: int, data: bytes, ws: int, we: int) -> list[tuple[bytes, int, int, int]]:
        """(secret, secret_start, match_start, match_end) relative to the window."""
        lo = max(ws - 1, 0)  # one byte of context so a leading \b sees its neighbour
        rule = self.rules[i]
        # A window prefilter's window may end inside a longer run: one more byte lets a trailing
        # \b or (?:[^...]|$) see it, and a match that reaches that byte is cut short, not real.
        hi = min(we + 1, len(data)) if rule.prefilter_window else we
        window = data[lo:hi]
        key = (i, window)
        cached = self._confirmed.get(key)
        if cached is not None:
            return [(s, a + lo, b + lo, c + lo) for s, a, b, c in cached]
        found = []
        limit = we - lo if hi < len(data) else hi - lo
        for m in self._regex(i).finditer(window, ws - lo):
            if m.end() > limit:
                break
            g = rule.secret_group
            if g is not None and m.group(g) is not None:
                found.append((m.group(g), m.start(g), m.start(), m.end()))
            else:
                found.append((m.group(), m.start(), m.start(), m.end()))
        if len(self._confirmed) > _CACHE_LIMIT:
            self._confirmed.clear()
        self._confirmed[key] = found
        return [(s, a + lo, b + lo, c + lo) for s, a, b, c in found]

    def _scan_buffer(self, data: bytes, path: bytes, stats: ScanStats, keep_from: int,
                     keep_to: int, base: int, base_line: int,
                     holes: list[tuple[int, int]] | None = None) -> list[Match]:
        """Confirmed matches of one buffer; `holes` (a source map's position data) are neither
        searched nor reported."""
        t0 = time.perf_counter()
        by_rule = self._candidates(data, path, holes)
        t1 = time.perf_counter()
        stats.hyperscan_seconds += t1 - t0
        if not by_rule:
            return []
        raw: list[tuple[int, bytes, int, int, int]] = []
        for i, ends in by_rule.items():
            stats.candidates += len(ends)
            if self.rules[i].path and not self._path_regex(i).search(path):
                continue
            seen: set[int] = set()
            for ws, we in self._windows(i, ends, len(data)):
                for secret, s_start, m_start, m_end in self._confirm(i, data, ws, we):
                    if not keep_from <= m_start < keep_to or s_start in seen:
                        continue
                    if holes and any(lo < m_end and m_start < hi for lo, hi in holes):
                        continue  # a window confirmed around a candidate reached into position data
                    seen.add(s_start)
                    raw.append((i, secret, s_start, m_start, m_end))
        out = self._finish(raw, data, stats, base, base_line, path)
        stats.confirm_seconds += time.perf_counter() - t1
        return out

    def _finish(self, raw: list[tuple[int, bytes, int, int, int]], data: bytes,
                stats: ScanStats, base: int, base_line: int, path: bytes = b"") -> list[Match]:
        kept: list[tuple[int, bytes, int, int, Confidence, str]] = []
        vendored = checks.is_vendored(path)  # lock files, minified assets: no generic rules
        fixture = checks.is_fixture_path(path)  # tests, examples: generic findings stay low
        for i, secret, s_start, _m_start, _m_end in raw:
            rule = self.rules[i]
            if rule.generic and (vendored or checks.on_long_line(data, s_start, s_start + len(secret))):
                stats.count("suppressed_vendored")
                continue
            s_end = s_start + len(secret)
            if checks.is_placeholder(secret, checks.is_freeform(rule), data[max(s_start - 200, 0):s_start],
                                     data[s_end:s_end + 320]):
                stats.suppressed_placeholder += 1
                continue
            if rule.entropy and checks.entropy(secret) < rule.entropy:
                continue
            if allow.is_allowed(data, s_start, s_start + len(secret)):
                stats.suppressed_inline += 1
                continue
            confidence: Confidence = rule.confidence
            if confidence == "low" and not fixture and self._upgradable[i] and checks.strong_value(secret):
                confidence = "medium"  # a keyword and a value that looks generated
            note = ""
            if rule.check is not None:
                if checks.CHECKS[rule.check](secret):
                    if rule.check in checks.CHECKSUMS:
                        confidence = "high"
                else:
                    confidence, note = "low", f"{checks.DOWNGRADED} {rule.check}"
            if confidence != "low" and checks.in_badge_url(data[max(s_start - 300, 0):s_start]):
                confidence, note = "low", checks.BADGE_NOTE
            if rule.check == "jwt" and confidence != "low" and (key := checks.jwt_placeholder_key(secret)):
                confidence, note = "low", checks.JWT_EXAMPLE_NOTE.format(key)
            kept.append((i, secret, s_start, s_start + len(secret), confidence, note))
        kept = self._drop_generic_overlaps(kept)
        kept.sort(key=lambda k: k[2])
        out: list[Match] = []
        line, pos = base_line, 0
        for i, secret, start, end, confidence, note in kept:
            line += data.count(b"\n", pos, start)
            pos = start
            col = start - (data.rfind(b"\n", 0, start) + 1) + 1
            end_line = line + secret.count(b"\n")
            out.append(Match(self.rules[i].id, secret, base + start, base + end, line, col,
                             end_line, confidence, note))
        stats.matches += len(out)
        return self._pair(out)

    def _drop_generic_overlaps(
        self, kept: list[tuple[int, bytes, int, int, Confidence, str]],
    ) -> list[tuple[int, bytes, int, int, Confidence, str]]:
        """One report per piece of text: when several rules take overlapping secrets, the best
        one reports. Best is: a provider rule over a generic one, then higher confidence (a
        verified checksum), then a named provider over "Generic" (a GCP service-account key over
        a bare PEM block), then the longer secret, then the rule id (load order must not matter).
        """
        if len(kept) < 2:
            return kept

        def rank(k: tuple[int, bytes, int, int, Confidence, str]) -> tuple[bool, int, bool, int, str]:
            rule = self.rules[k[0]]
            return (rule.generic, -CONFIDENCE_RANK[k[4]], rule.provider in ("", "Generic"),
                    k[2] - k[3], rule.id)

        accepted: list[tuple[int, bytes, int, int, Confidence, str]] = []
        for k in sorted(kept, key=rank):
            if not any(a[2] < k[3] and k[2] < a[3] for a in accepted):
                accepted.append(k)
        return accepted

    def _pair(self, matches: list[Match]) -> list[Match]:
        """Join a secret with its id (AWS key id + secret...) when both sit close together."""
        paired = [m for m in matches if self.rules[self.index[m.rule_id]].pair]
        if not paired:
            return matches
        used: set[int] = set()
        out: dict[int, Match] = dict(enumerate(matches))
        for k, m in enumerate(matches):
            rule = self.rules[self.index[m.rule_id]]
            if not rule.pair:
                continue
            near = [(abs(o.line - m.line), j) for j, o in enumerate(matches)
                    if o.rule_id == rule.pair and j not in used
                    and abs(o.line - m.line) <= rule.pair_distance]
            if near:
                _, j = min(near)
                used.add(j)
                out[k] = Match(m.rule_id, m.secret, m.start, m.end, m.line, m.column,
                               m.end_line, m.confidence, m.note, matches[j].secret, matches[j].line)
        return [m for j, m in out.items() if j not in used]
