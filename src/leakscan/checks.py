"""Offline checks on a candidate secret: entropy, placeholders, token checksums, JWT, PEM.

Detection is pure: nothing here touches the network.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Callable

import ahocorasick

_B62 = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# Literals that mark a value as a stand-in, not a credential. Matched case-insensitively
# anywhere in the secret.
PLACEHOLDER_WORDS = (
    "example", "changeme", "change_me", "change-me", "placeholder", "your_", "your-", "yourkey",
    "yourtoken", "yourpassword", "yoursecret", "insert", "redacted", "dummy", "sample",
    "xxxxxx", "******", "......", "<", ">", "${", "{{", "}}", "$(", "%(", "todo", "fixme",
    "notreal", "not_real", "not-real", "fakefake", "replace_me", "replaceme", "secret_here",
    "password_here", "token_here", "key_here", "abcdef123456", "0123456789", "123456789",
    "abcdefghij", "qwerty", "letmein", "passw0rd", "process.env", "os.environ", "getenv",
)

# Published documentation keys: recognised as examples, never reported.
KNOWN_EXAMPLES = frozenset({
    b"AKIAIOSFODNN7EXAMPLE",
    b"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    b"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    b"ASIAIOSFODNN7EXAMPLE",
})


def _automaton(words: tuple[str, ...]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for word in words:
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


_PLACEHOLDERS = _automaton(PLACEHOLDER_WORDS)
_REPEAT = re.compile(rb"(.)\1{5,}")


def entropy(data: bytes) -> float:
    """Shannon entropy in bits per byte."""
    if not data:
        return 0.0
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in Counter(data).values())


def is_placeholder(secret: bytes) -> bool:
    if secret in KNOWN_EXAMPLES:
        return True
    text = secret.decode("latin-1").lower()
    for _ in _PLACEHOLDERS.iter(text):
        return True
    return bool(_REPEAT.search(secret))


def _base62_crc32(payload: bytes, width: int = 6) -> bytes:
    n = zlib.crc32(payload)
    out = bytearray()
    for _ in range(width):
        n, r = divmod(n, 62)
        out.append(_B62[r])
    return bytes(reversed(out))


def github_crc32(secret: bytes) -> bool:
    """gh[pousr]_ and github_pat_-less classic tokens: last 6 chars are base62 CRC32 of the rest.

    Format: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
    """
    _, _, body = secret.partition(b"_")
    if len(body) < 7:
        return False
    return _base62_crc32(body[:-6]) == body[-6:]


def npm_crc32(secret: bytes) -> bool:
    """npm_ tokens use the same scheme (npm's 2021 token format announcement)."""
    return github_crc32(secret)


def _b64url(part: bytes) -> bytes:
    return base64.urlsafe_b64decode(part + b"=" * (-len(part) % 4))


def jwt(secret: bytes) -> bool:
    parts = secret.split(b".")
    if len(parts) != 3:
        return False
    try:
        header = json.loads(_b64url(parts[0]))
        json.loads(_b64url(parts[1]))
    except (ValueError, binascii.Error):
        return False
    return isinstance(header, dict) and isinstance(header.get("alg"), str)


_PEM = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)


def pem(secret: bytes) -> bool:
    """The block between BEGIN and END is base64 (after optional RFC 1421 headers)."""
    m = _PEM.search(secret)
    if not m:
        return False
    body = m.group(2)
    if b"ENCRYPTED" in body[:200] or b"PuTTY" in body[:40]:
        return True
    lines = [ln.strip() for ln in body.splitlines() if ln.strip() and b":" not in ln]
    try:
        decoded = base64.b64decode(b"".join(lines), validate=True)
    except (ValueError, binascii.Error):
        return False
    return len(decoded) >= 32


def pypi_macaroon(secret: bytes) -> bool:
    """pypi- tokens are base64 macaroons whose location is pypi.org (docs.pypi.org/api/secrets)."""
    body = secret[len(b"pypi-"):]
    try:
        raw = _b64url(body[:80])
    except (ValueError, binascii.Error):
        return False
    return b"pypi.org" in raw


def aws_key_id(secret: bytes) -> bool:
    """An access key id is 20 upper-case base32 characters after its 4-letter prefix."""
    return len(secret) == 20 and bool(re.fullmatch(rb"[A-Z0-9]{4}[A-Z2-7]{16}", secret))


CHECKS: dict[str, Callable[[bytes], bool]] = {
    "github-crc32": github_crc32,
    "npm-crc32": npm_crc32,
    "jwt": jwt,
    "pem": pem,
    "pypi-macaroon": pypi_macaroon,
    "aws-key-id": aws_key_id,
}


def github_token(prefix: str, body: bytes) -> bytes:
    """Build a token with a valid checksum (tests and `leakscan doctor` use it)."""
    return prefix.encode() + body + _base62_crc32(body)
