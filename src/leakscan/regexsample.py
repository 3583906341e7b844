"""Random strings drawn from a rule's secret pattern, to test its entropy floor against what the
provider's generator would produce (`leakscan rules test`, benches/entropy_floors.py,
tests/test_entropy_floors.py).

Each character class is sampled uniformly and each repeat takes a length near its minimum (the
shortest values score lowest). Patterns this cannot draw from (back-references, lookarounds,
negated single characters) raise Unsampleable.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Rule

try:  # Python 3.11+
    import re._constants as C  # type: ignore[import-not-found,unused-ignore]
    import re._parser as sre_parse  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef,unused-ignore]
    import sre_parse  # type: ignore[no-redef,unused-ignore]

_PRINTABLE = [ord(c) for c in string.printable if c not in "\t\n\r\x0b\x0c"]
_CATEGORIES = {
    C.CATEGORY_DIGIT: [ord(c) for c in string.digits],
    C.CATEGORY_WORD: [ord(c) for c in string.ascii_letters + string.digits + "_"],
    C.CATEGORY_SPACE: [ord(" ")],
    C.CATEGORY_NOT_DIGIT: [c for c in _PRINTABLE if not chr(c).isdigit()],
    C.CATEGORY_NOT_WORD: [c for c in _PRINTABLE if not (chr(c).isalnum() or c == ord("_"))],
    C.CATEGORY_NOT_SPACE: [c for c in _PRINTABLE if c != ord(" ")],
}
_SLACK = 16  # a repeat {m,n} takes m to m+16 characters
_HEX = [ord(c) for c in "0123456789abcdef"]
_LOWER_ALNUM = {ord(c) for c in string.ascii_lowercase + string.digits}


class Unsampleable(ValueError):
    """The pattern holds a construct the sampler does not draw from."""


@lru_cache(maxsize=4096)
def _class(items: tuple[tuple[Any, Any], ...], ignorecase: bool, hex_only: bool) -> tuple[int, ...]:
    chars: set[int] = set()
    negate = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            chars.add(av)
        elif op is C.RANGE:
            chars.update(range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av in _CATEGORIES:
            chars.update(_CATEGORIES[av])
        else:
            raise Unsampleable(f"class item {op}")
    if ignorecase:
        chars |= {ord(chr(c).swapcase()) for c in chars if chr(c).isalpha() and c < 128}
    if negate:
        chars = {c for c in _PRINTABLE if c not in chars}
    if not chars:
        raise Unsampleable("empty class")
    if hex_only and len(chars) > 16 and set(_HEX) <= chars <= _LOWER_ALNUM:
        return tuple(_HEX)  # "32 lower-case alphanumerics" is often hex in practice
    return tuple(sorted(chars))


def _draw(seq: Any, rnd: random.Random, out: list[int], ignorecase: bool, hex_only: bool = False) -> None:
    for op, av in seq:
        if op is C.LITERAL:
            out.append(av)
        elif op is C.IN:
            out.append(rnd.choice(_class(tuple(av), ignorecase, hex_only)))
        elif op is C.ANY:
            out.append(rnd.choice(_PRINTABLE))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            hi = lo + _SLACK if hi is C.MAXREPEAT else min(hi, lo + _SLACK)
            for _ in range(rnd.randint(lo, hi)):
                _draw(sub, rnd, out, ignorecase, hex_only)
        elif op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            _draw(sub, rnd, out, ignorecase or bool(add_flags & sre_parse.SRE_FLAG_IGNORECASE), hex_only)
        elif op is C.BRANCH:
            _draw(rnd.choice(av[1]), rnd, out, ignorecase, hex_only)
        elif op is C.AT:
            continue  # \b, ^, $: no character
        else:
            raise Unsampleable(f"{op}")


def _find_group(seq: Any, index: int) -> Any:
    for op, av in seq:
        if op is C.SUBPATTERN:
            if av[0] == index:
                return av[3]
            found = _find_group(av[3], index)
            if found is not None:
                return found
        elif op is C.BRANCH:
            for alt in av[1]:
                found = _find_group(alt, index)
                if found is not None:
                    return found
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            found = _find_group(av[2], index)
            if found is not None:
                return found
    return None


def sampler(regex: str, group: str | None = None,
            hex_only: bool = False) -> Callable[[random.Random], str]:
    """A function drawing one random value of `group` (a named group; the whole match if None);
    with hex_only, a lower-case alphanumeric class that holds all of 0-9a-f gives hex only."""
    parsed = sre_parse.parse(regex)
    seq: Any = parsed
    if group is not None:
        index = parsed.state.groupdict.get(group)
        if index is None:
            raise Unsampleable(f"no group {group}")
        seq = _find_group(parsed, index)
        if seq is None:
            raise Unsampleable(f"group {group} not found")
    ignorecase = bool(parsed.state.flags & sre_parse.SRE_FLAG_IGNORECASE)
    rnd0 = random.Random(0)
    _draw(seq, rnd0, [], ignorecase, hex_only)  # fail now, not on first use

    def draw(rnd: random.Random) -> str:
        out: list[int] = []
        _draw(seq, rnd, out, ignorecase, hex_only)
        return "".join(map(chr, out))

    return draw


def floor_drop_share(rule: Rule, draws: int = 300, hex_only: bool = False, seed: int = 5) -> float:
    """Share of random values drawn from the rule's secret pattern that score under its entropy
    floor (0 without a floor or for a pattern the sampler cannot draw from)."""
    from .checks import entropy

    if not rule.entropy:
        return 0.0
    try:
        draw = sampler(rule.regex, rule.secret_group, hex_only)
    except Unsampleable:
        return 0.0
    rnd = random.Random(seed)
    return sum(entropy(draw(rnd).encode("latin-1")) < rule.entropy for _ in range(draws)) / draws
