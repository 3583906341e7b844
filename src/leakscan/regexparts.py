"""The top-level parts of a rule's regex, so a rule can give Hyperscan a cheaper piece of itself.

Hyperscan only finds candidates; Python `re` confirms the whole rule around each one. So
Hyperscan may search for any piece of the regex that every real match contains (a *prefilter*):

- a tail of the top-level sequence: every match of the rule ends where a match of its tail ends,
  so the candidate end is exact ("end" mode, the same window as the whole regex);
- a run of consecutive top-level parts that no match can skip (no `?`, `*`, `{0,n}`): every match
  contains a match of the run, so the rule is confirmed in a window of `max_length` bytes on
  either side of the candidate ("window" mode).

A prefilter is checked against this definition when rules load, so it can only change speed,
never what is reported. A regex with a top-level `|` has no such pieces.
"""

from __future__ import annotations

import re

_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_QUANT = re.compile(r"(?:\*|\+|\?|\{(?:\d+(?:,\d*)?|,\d+)\})[?+]?")
_MIN_ZERO = re.compile(r"\*|\?|\{0*(?:,\d*)?\}|\{,")


def split_flags(regex: str) -> tuple[str, str]:
    """A leading global flag group such as ``(?m)`` or ``(?i)``, and the rest."""
    m = _FLAGS.match(regex)
    return (m.group(), regex[m.end():]) if m else ("", regex)


def _skip_class(rx: str, i: int) -> int:
    """Index just past the character class that starts at rx[i] == '['."""
    i += 1
    if i < len(rx) and rx[i] == "^":
        i += 1
    if i < len(rx) and rx[i] == "]":
        i += 1
    while i < len(rx) and rx[i] != "]":
        i += 2 if rx[i] == "\\" else 1
    return i + 1


def _skip_group(rx: str, i: int) -> int:
    """Index just past the group that starts at rx[i] == '('."""
    depth = 0
    while i < len(rx):
        ch = rx[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _skip_class(rx, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _atom_end(rx: str, i: int) -> int:
    ch = rx[i]
    if ch == "\\":
        return i + 2
    if ch == "[":
        return _skip_class(rx, i)
    if ch == "(":
        return _skip_group(rx, i)
    return i + 1


def _spans(body: str) -> list[tuple[int, int]] | None:
    """(start, end) of each top-level part, quantifier included; None with a top-level `|`."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(body):
        start = i
        if body[i] == "|":
            return None
        i = _atom_end(body, i)
        m = _QUANT.match(body, i)
        if m:
            i = m.end()
        out.append((start, min(i, len(body))))
    return out


_PLAIN_GROUP = re.compile(r"\((?:\?:|\?P<\w+>)")


def items(body: str) -> list[str] | None:
    """The top-level parts of a sequence, with plain groups opened.

    A group that is only a sequence (``(?:...)`` or ``(?P<name>...)``, no quantifier, no `|`
    directly inside) matches exactly what its parts in a row match, so its parts count as
    top-level parts too (a token rule is often one `(?P<secret>...)` group). Flag groups such as
    ``(?i:...)`` stay whole: their parts mean something else outside.
    """
    spans = _spans(body)
    if spans is None:
        return None
    out: list[str] = []
    for a, b in spans:
        part = body[a:b]
        m = _PLAIN_GROUP.match(part)
        if m and _skip_group(part, 0) == len(part):
            inner = items(part[m.end():-1])
            if inner is not None:
                out += inner
                continue
        out.append(part)
    return out


def required(part: str) -> bool:
    """Does every match of the enclosing sequence contain a match of this part?"""
    if part.startswith(("(?=", "(?!", "(?<=", "(?<!")):
        return False
    return _MIN_ZERO.match(part, _atom_end(part, 0)) is None


def literal_char(part: str) -> str | None:
    """The one character a part matches literally (``a``, ``-``, ``\\.``), or None."""
    if len(part) == 2 and part[0] == "\\" and not part[1].isalnum():
        return part[1]  # an escaped punctuation character: \. \- \$
    if len(part) == 1 and (part.isalnum() or part in " -_=:/,;'\"@#%&<>!~`"):
        return part
    return None


def prefilter_mode(regex: str, prefilter: str) -> str:
    """"end" or "window" when `prefilter` is a valid piece of `regex`; ValueError saying why not."""
    flags, body = split_flags(regex)
    pflags, piece = split_flags(prefilter)
    if pflags != flags:
        raise ValueError(f"must start with the regex's own flags {flags or '(none)'}")
    parts = items(body)
    if parts is None:
        raise ValueError("the regex has a top-level '|', so no piece of it is in every match")
    opened = items(piece)  # written with or without its plain groups, it is the same piece
    piece = "".join(opened) if opened is not None else piece
    if piece == "".join(parts):
        raise ValueError("is the whole regex; leave it out")
    found: set[str] = set()
    for a in range(len(parts)):
        text = ""
        for b in range(a, len(parts)):
            text += parts[b]
            if len(text) > len(piece):
                break
            if text != piece:
                continue
            if b == len(parts) - 1:
                found.add("end")
            elif all(required(p) for p in parts[a:b + 1]):
                found.add("window")
            else:
                found.add("optional")
    for mode in ("end", "window"):  # the same text may occur twice: the cheaper reading wins
        if mode in found:
            return mode
    if found:
        raise ValueError("covers an optional part (?, *, {0,n}): a match may not contain it")
    raise ValueError("is not a run of whole top-level parts of the regex")


def pieces(regex: str, longest: int | None = None) -> list[tuple[str, str]]:
    """Every valid prefilter of `regex` as (mode, text): its tails, and its runs of required parts
    ("window"; at most `longest` of them). A word of literal characters counts as one part, so no
    piece starts or ends inside a word."""
    flags, body = split_flags(regex)
    parts = items(body)
    if parts is None:
        return []
    units: list[str] = []
    in_word = False  # the last unit is a word of literal characters
    for part in parts:
        literal = literal_char(part) is not None
        if units and in_word and literal:
            units[-1] += part
        else:
            units.append(part)
        in_word = literal
    out: list[tuple[str, str]] = []
    n = len(units)
    for a in range(n):
        if a:
            out.append(("end", flags + "".join(units[a:])))
        stop = n - 1 if longest is None else min(n - 1, a + longest)
        for b in range(a, stop):
            if not required(units[b]):
                break
            out.append(("window", flags + "".join(units[a:b + 1])))
    return [(mode, text) for mode, text in out if split_flags(text)[1].strip("\\b")]


# -- split boundaries ---------------------------------------------------------------------------
#
# Hyperscan anchors a pattern on its rarest-looking literal, but it does not know the text: for
# `(?:\b|_)(?i:alchemy)` it watches `alchemy`, which occurs inside every `sqlalchemy`, and the
# boundary is checked only after each hit. The same rule written once per byte that can stand
# at that boundary (`_alchemy`, ` alchemy`, `"alchemy`... and `alchemy` at the start) gives it
# longer literals that such words never contain. A class of bytes in place of one byte brings the
# short literal back, and each expression costs compile time (all 193 non-word bytes doubled the
# compile of the whole set for two rules), so the bytes are those of text: whitespace and printable
# ASCII punctuation. Together the expressions match what the boundary matched, provided what
# follows it always starts with a word byte, except where the word directly follows another byte
# (a control character, or a non-ASCII letter or symbol: `éalchemy_key=`), which such a rule no
# longer reports.

_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
BOUNDARY_BYTES = tuple(b for b in (*b"\t\n\x0b\x0c\r", *range(0x20, 0x7f)) if b not in _WORD_BYTES)
_BOUNDARY_UNDERSCORE = "(?:\\b|_)"
_OPENER = re.compile(r"\((?:\?:|\?[aiLmsux]+:|\?P<\w+>)?")
_WORD_CLASS = re.compile(r"\[(?:[A-Za-z0-9_]|[A-Za-z0-9]-[A-Za-z0-9])+\]")


def _alternatives(body: str) -> list[str]:
    """The top-level `|` alternatives of a group's body."""
    out, i, start = [], 0, 0
    while i < len(body):
        if body[i] == "|":
            out.append(body[start:i])
            start = i + 1
            i += 1
        else:
            i = _atom_end(body, i)
    return [*out, body[start:]]


def starts_with_word(rx: str) -> bool:
    """Does every match of `rx` (a regex, or the rest of one after a boundary) begin with a word
    byte? Conservative: False when unsure."""
    if not rx:
        return False
    end = _atom_end(rx, 0)
    if _MIN_ZERO.match(rx, end):
        return False  # the first atom may be skipped
    if rx[0] == "(":
        m = _OPENER.match(rx)
        if m is None or rx.startswith(("(?=", "(?!", "(?<")):
            return False
        return all(starts_with_word(alt) for alt in _alternatives(rx[m.end():end - 1]))
    if rx[0] == "[":
        return _WORD_CLASS.fullmatch(rx[:end]) is not None
    return ord(rx[0]) in _WORD_BYTES


def split_boundary(regex: str) -> list[str]:
    """The expressions that together stand for `regex` with its first `(?:\\b|_)` (or, without
    one, its first `\\b`) spelt out byte by byte; ValueError saying why it cannot be."""
    flags, body = split_flags(regex)
    at, width, extra = body.find(_BOUNDARY_UNDERSCORE), len(_BOUNDARY_UNDERSCORE), ["_"]
    if at < 0:
        at, width, extra = _find_word_boundary(body), 2, []
    if at < 0:
        raise ValueError("needs a (?:\\b|_) or \\b in the expression Hyperscan searches")
    head, tail = body[:at], body[at + width:]
    if not starts_with_word(tail):
        raise ValueError("needs its first boundary to be followed by a word character "
                         "(a letter, a digit or _, in every alternative)")
    bytes_ = [f"\\x{b:02x}" for b in BOUNDARY_BYTES] + extra
    return [flags + head + "^" + tail] + [flags + head + b + tail for b in bytes_]


def _find_word_boundary(rx: str) -> int:
    """Index of the first `\\b` outside a character class, or -1."""
    i = 0
    while i < len(rx):
        if rx[i] == "[":
            i = _skip_class(rx, i)
        elif rx[i] == "\\":
            if rx[i + 1:i + 2] == "b":
                return i
            i += 2
        else:
            i += 1
    return -1
