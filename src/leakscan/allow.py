"""Inline ignore directives, found with one Aho-Corasick pass over the lines near a finding."""

from __future__ import annotations

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


def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word in SAME_LINE:
        auto.add_word(word, (word, "same"))
    for word in NEXT_LINE:
        auto.add_word(word, (word, "next"))
    # leakscan:allow on the line above works as well (a reason may follow it).
    auto.add_word("leakscan:allow", ("leakscan:allow", "both"))
    auto.make_automaton()
    return auto


_AUTO = _automaton()


def _line_at(data: bytes, pos: int) -> tuple[int, int]:
    lo = data.rfind(b"\n", 0, pos) + 1
    hi = data.find(b"\n", pos)
    return lo, len(data) if hi < 0 else hi


def _directives(text: bytes) -> set[str]:
    return {kind for _, (_, kind) in _AUTO.iter(text.decode("latin-1").lower())}


def is_allowed(data: bytes, start: int, end: int) -> bool:
    """True when the finding's lines, or the line above it, carry an allow directive."""
    lo, _ = _line_at(data, start)
    _, hi = _line_at(data, max(end - 1, start))
    kinds = _directives(data[lo:hi])
    if kinds & {"same", "both"}:
        return True
    if lo == 0:
        return False
    plo, phi = _line_at(data, lo - 1)
    return bool(_directives(data[plo:phi]) & {"next", "both"})
