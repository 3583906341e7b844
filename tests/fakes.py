"""Fake secrets made at test time (valid checksums where the format has one).

Nothing here is a real credential, and the repository stays clean for leakscan itself.
"""

from __future__ import annotations

import base64
import json
import random
import string

from leakscan.checks import github_token

B62 = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = B62, seed: int | None = None) -> str:
    rnd = random.Random(seed) if seed is not None else random.SystemRandom()
    while True:
        out = "".join(rnd.choice(alphabet) for _ in range(n))
        # avoid accidental placeholder shapes (runs of one character)
        if not any(out[i] * 6 in out for i in range(len(out))):
            return out


def ghp(seed: int | None = None) -> str:
    return github_token("ghp_", rand(30, seed=seed).encode()).decode()


def ghp_bad_checksum(seed: int | None = None) -> str:
    tok = ghp(seed)
    return tok[:-1] + ("A" if tok[-1] != "A" else "B")


def aws_pair(seed: int | None = None) -> tuple[str, str]:
    kid = "AKIA" + rand(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", seed)
    return kid, rand(40, B62 + "/+", None if seed is None else seed + 1)


def password(seed: int | None = None) -> str:
    return rand(16, B62 + "!#%^&*", seed)


def jwt(seed: int | None = None) -> str:
    def enc(obj: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc({'sub': rand(8, seed=seed)})}." + rand(
        43, B62 + "-_", seed)


def signed_jwt(key: bytes, alg: str = "HS256", seed: int | None = None) -> str:
    """A JWT whose HMAC signature verifies with `key` (HS256/384/512)."""
    import hashlib
    import hmac

    def enc(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    head = enc(json.dumps({"alg": alg, "typ": "JWT"}).encode())
    body = enc(json.dumps({"sub": rand(8, seed=seed), "role": "reader"}).encode())
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    return f"{head}.{body}." + enc(hmac.new(key, f"{head}.{body}".encode(), digest).digest())


def pem_private_key(seed: int | None = None) -> str:
    rnd = random.Random(seed)
    der = bytes([0x30, 0x82, 0x01, 0x7C]) + bytes(rnd.randrange(256) for _ in range(380))  # a SEQUENCE
    lines = [base64.b64encode(der[i:i + 48]).decode() for i in range(0, len(der), 48)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----\n"
