"""Content fingerprints and redaction: what may leave the tool instead of the secret."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

# A fixed, public key: fingerprints must be stable across machines so baselines and ignores
# can be shared. It is a domain separator, not a secret; set `fingerprint_key` in the config
# to make fingerprints of low-entropy passwords unguessable outside your organisation.
DEFAULT_KEY = b"leakscan/fingerprint/v1"


def fingerprint(rule_id: str, secret: bytes, key: bytes = DEFAULT_KEY) -> str:
    """Keyed hash of rule id + secret; never positional, so it survives line moves."""
    return hmac.new(key, rule_id.encode() + b"\0" + secret, hashlib.sha256).hexdigest()[:32]


def redact(secret: bytes) -> str:
    """Keep a short prefix (often the public token type) for long secrets only."""
    text = secret.decode("utf-8", "replace")
    if len(text) >= 20:
        return f"{text[:4]}…[{len(text)} chars]"
    return f"****[{len(text)} chars]"


def scrub(text: str, literals: Iterable[bytes]) -> str:
    """`text` (a commit summary, a path...) with each of these secrets redacted."""
    for lit in sorted(literals, key=len, reverse=True):
        value = lit.decode("utf-8", "surrogateescape")
        if value and value in text:
            text = text.replace(value, redact(lit))
    return text
