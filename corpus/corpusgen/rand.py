"""Alphabets and seeded random strings. Every generator takes its own random.Random."""

from __future__ import annotations

import base64
import random
import string
from collections.abc import Callable

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
B62 = string.ascii_letters + string.digits
B64 = B62 + "+/"
B64U = B62 + "-_"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
UPPER_ALNUM = UPPER + DIGITS
LOWER_ALNUM = LOWER + DIGITS
BASE32 = UPPER + "234567"
BASE32L = LOWER + "234567"
BECH32U = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"

Gen = Callable[[random.Random], str]


def rs(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r: random.Random, n: int) -> bytes:
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def uuid4(r: random.Random) -> str:
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def digits(r: random.Random, lo: int, hi: int) -> str:
    return str(r.randint(lo, hi))


def T(*parts: object) -> Gen:
    """A token generator from parts: a literal str, (alphabet, n), (alphabet, lo, hi) or a Gen."""

    def gen(r: random.Random) -> str:
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
            elif isinstance(p, tuple):
                n = p[1] if len(p) == 2 else r.randint(p[1], p[2])
                out.append(rs(r, p[0], n))
            else:
                out.append(p(r))  # type: ignore[operator]
        return "".join(out)

    return gen


WORDS = (
    "maple",
    "harbor",
    "falcon",
    "cedar",
    "orbit",
    "velvet",
    "canyon",
    "ember",
    "glacier",
    "lantern",
    "meadow",
    "nebula",
    "otter",
    "pepper",
    "quartz",
    "raven",
    "saffron",
    "timber",
    "walnut",
    "zephyr",
    "copper",
    "dune",
    "fjord",
    "granite",
    "indigo",
    "juniper",
    "kestrel",
    "lagoon",
    "marble",
    "nectar",
)


def human_password(r: random.Random) -> str:
    """What people actually pick: two words, digits and a symbol (low entropy, still a secret)."""
    a, b = r.sample(WORDS, 2)
    return f"{a.capitalize()}{r.choice('!*.-_+')}{b.capitalize()}{r.randint(10, 9999)}"


def strong_password(r: random.Random, n: int = 0) -> str:
    n = n or r.randint(14, 24)
    return rs(r, B62 + "!*-_.~^+=", n)


def url_password(r: random.Random) -> str:
    """Unreserved characters only, so it sits in a URL without percent-encoding."""
    return rs(r, B62 + "-_.~", r.randint(16, 28))
