"""Inline ignore directives, found with one Aho-Corasick pass over the lines near a finding.

Scopes (peers.md pain point 11: gitleaks#1397, kingfisher#119):
- `leakscan:allow [reason]` on the secret's line, or alone in a comment on the line above;
- the other scanners' same-line directives (`gitleaks:allow`, `trufflehog:ignore`...) on the
  secret's line only, as in the tool they come from;
- next-line directives (`pragma: allowlist nextline secret`...) on the line above;
- a secret that spans lines (a PEM block in a multi-line string) is also covered by a
  same-line directive on any of its lines or on the line that closes it.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

# Same-line directives, then next-line ones (they sit on the line above the secret).
SAME_LINE = (
    "leakscan:allow", "gitleaks:allow", "betterleaks:allow", "kingfisher:ignore",
    "trufflehog:ignore", "pragma: allowlist secret", "secretlint-disable-line", "ggignore",
)
NEXT_LINE = (
    "leakscan:allow-next-line", "pragma: allowlist nextline secret",
    "secretlint-disable-next-line",
)
OURS = "leakscan:allow"
# Characters that may precede a directive on a comment-only line (#, //, /*, --, <!--, ;, %...).
_COMMENT_LEAD = b" \t#/*-;!<%'\"{"
_REASON_STRIP = " \t:-=()[]*/>#,"


@dataclass(frozen=True, slots=True)
class Directive:
    """One directive in a buffer: 1-based line, the directive word, byte span and reason."""

    line: int
    word: str
    start: int
    end: int
    reason: str

    @property
    def next_line_only(self) -> bool:
        return self.word in NEXT_LINE


def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word in SAME_LINE + NEXT_LINE:
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


_AUTO = _automaton()


def _line_at(data: bytes, pos: int) -> tuple[int, int]:
    lo = data.rfind(b"\n", 0, pos) + 1
    hi = data.find(b"\n", pos)
    return lo, len(data) if hi < 0 else hi


def _scan(data: bytes, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of each directive in data[lo:hi]; the longest word wins a start."""
    text = data[lo:hi].decode("latin-1").lower()  # latin-1 keeps byte offsets
    best: dict[int, str] = {}
    for end, word in _AUTO.iter(text):
        start = end - len(word) + 1
        if len(word) > len(best.get(start, "")):
            best[start] = word
    return sorted((lo + s, lo + s + len(w), w) for s, w in best.items())


def _reason(data: bytes, end: int) -> str:
    _, hi = _line_at(data, end)
    text = data[end:hi].decode("utf-8", "replace")
    for closer in ("*/", "-->", "%}", "#}"):
        text = text.split(closer, 1)[0]
    return " ".join(text.strip(_REASON_STRIP).split())


def find(data: bytes) -> list[Directive]:
    """Every directive in a buffer (for audits of unused directives)."""
    out = []
    line, pos = 1, 0
    for start, end, word in _scan(data, 0, len(data)):
        line += data.count(b"\n", pos, start)
        pos = start
        out.append(Directive(line, word, start, end, _reason(data, end)))
    return out


def _comment_only(data: bytes, line_lo: int, start: int) -> bool:
    return not data[line_lo:start].strip(_COMMENT_LEAD)


def covering(data: bytes, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, word) of the directives that cover the secret at data[start:end]."""
    lo, _ = _line_at(data, start)
    last_lo, hi = _line_at(data, max(end - 1, start))
    found = [(s, w) for s, _, w in _scan(data, lo, hi) if w not in NEXT_LINE]
    if last_lo != lo and hi < len(data):  # a multi-line secret: its closing line counts too
        _, close_hi = _line_at(data, hi + 1)
        found += [(s, w) for s, _, w in _scan(data, hi + 1, close_hi) if w not in NEXT_LINE]
    if lo > 0:
        plo, phi = _line_at(data, lo - 1)
        for s, _, w in _scan(data, plo, phi):
            if w in NEXT_LINE or (w == OURS and _comment_only(data, plo, s)):
                found.append((s, w))
    return found


def is_allowed(data: bytes, start: int, end: int) -> bool:
    """True when a directive covers the secret at data[start:end] (see the module doc)."""
    return bool(covering(data, start, end))


def neutralize(data: bytes) -> bytes:
    """The buffer with every directive blanked out (same length, so offsets stay valid)."""
    buf = bytearray(data)
    for start, end, _ in _scan(data, 0, len(data)):
        buf[start:end] = b" " * (end - start)
    return bytes(buf)
