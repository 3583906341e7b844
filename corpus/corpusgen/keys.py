"""Key material that looks real: DER-shaped PEM blocks, OpenSSH, PGP armor, PuTTY, JWTs.

Bodies start with the real ASN.1 / wire-format headers of each kind (RFC 7468 labels,
PKCS#1, PKCS#8, SEC1, OpenSSH PROTOCOL.key, RFC 4880 armor) followed by random bytes. None
of them is a usable key.
"""

from __future__ import annotations

import json
import random
import struct
import textwrap

from .rand import B64U, HEX, b64, b64url, rbytes, rs

_DER = {
    # label: (header hex, random tail length)
    "RSA PRIVATE KEY": ("308204a40201000282010100", 1180),
    "PRIVATE KEY": ("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100", 1180),
    "EC PRIVATE KEY": ("30770201010420", 0),
    "DSA PRIVATE KEY": ("308201bb02010002818100", 430),
    "ENCRYPTED PRIVATE KEY": ("308205263050060912834886f70d01050d3043302206092a864886f70d01050c", 1280),
}


def _armor(label: str, body: bytes, width: int = 64, headers: str = "") -> str:
    lines = textwrap.wrap(b64(body), width)
    head = f"-----BEGIN {label}-----\n{headers}"
    return head + "\n".join(lines) + f"\n-----END {label}-----"


def pem_private_key(r: random.Random, label: str = "RSA PRIVATE KEY") -> str:
    if label == "EC PRIVATE KEY":
        body = (
            bytes.fromhex("30770201010420")
            + rbytes(r, 32)
            + bytes.fromhex("a00a06082a8648ce3d030107a14403420004")
            + rbytes(r, 64)
        )
        return _armor(label, body)
    head, n = _DER[label]
    return _armor(label, bytes.fromhex(head) + rbytes(r, n))


def pem_encrypted_rsa(r: random.Random) -> str:
    """Legacy OpenSSL encryption (RFC 1421 headers): still a key that must not be committed."""
    headers = f"Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,{rs(r, '0123456789ABCDEF', 32)}\n\n"
    return _armor("RSA PRIVATE KEY", rbytes(r, 1192), headers=headers)


def _sshstr(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def openssh_private_key(r: random.Random, comment: str) -> str:
    pub = rbytes(r, 32)
    pub_blob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    check = rbytes(r, 4)
    priv = (
        check
        + check
        + _sshstr(b"ssh-ed25519")
        + _sshstr(pub)
        + _sshstr(rbytes(r, 32) + pub)
        + _sshstr(comment.encode())
    )
    priv += bytes(range(1, 1 + (-len(priv) % 8)))
    body = (
        b"openssh-key-v1\0"
        + _sshstr(b"none")
        + _sshstr(b"none")
        + _sshstr(b"")
        + struct.pack(">I", 1)
        + _sshstr(pub_blob)
        + _sshstr(priv)
    )
    return _armor("OPENSSH PRIVATE KEY", body, width=70)


def pgp_private_key(r: random.Random) -> str:
    body = b"\x95\x03\xc6\x04" + rbytes(r, 958)
    crc = b64(rbytes(r, 3))
    lines = textwrap.wrap(b64(body), 64)
    return (
        "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + f"\n={crc}\n"
        "-----END PGP PRIVATE KEY BLOCK-----"
    )


def putty_ppk(r: random.Random, comment: str) -> str:
    pub = b64(_sshstr(b"ssh-ed25519") + _sshstr(rbytes(r, 32)))
    priv = b64(_sshstr(rbytes(r, 32)))
    return (
        f"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: {comment}\n"
        f"Public-Lines: 2\n{pub[:64]}\n{pub[64:]}\nPrivate-Lines: 1\n{priv}\n"
        f"Private-MAC: {rs(r, HEX, 64)}"
    )


# -- public material (negatives) ------------------------------------------------------------


def pem_public_key(r: random.Random) -> str:
    body = (
        bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
        + rbytes(r, 256)
        + bytes.fromhex("0203010001")
    )
    return _armor("PUBLIC KEY", body)


def pem_certificate(r: random.Random) -> str:
    return _armor("CERTIFICATE", bytes.fromhex("308203") + rbytes(r, r.randint(780, 1100)))


def pgp_public_key(r: random.Random) -> str:
    lines = textwrap.wrap(b64(b"\x99\x01\x0d\x04" + rbytes(r, 600)), 64)
    return (
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines) + f"\n={b64(rbytes(r, 3))}\n"
        "-----END PGP PUBLIC KEY BLOCK-----"
    )


def ssh_public_key(r: random.Random, comment: str) -> str:
    if r.random() < 0.5:
        return "ssh-ed25519 " + b64(_sshstr(b"ssh-ed25519") + _sshstr(rbytes(r, 32))) + " " + comment
    blob = _sshstr(b"ssh-rsa") + _sshstr(b"\x01\x00\x01") + _sshstr(b"\x00" + rbytes(r, 256))
    return "ssh-rsa " + b64(blob) + " " + comment


# -- JWT (RFC 7519) --------------------------------------------------------------------------


def _seg(obj: object) -> str:
    return b64url(json.dumps(obj, separators=(",", ":")).encode())


def jwt(r: random.Random, claims: dict[str, object] | None = None, alg: str = "HS256") -> str:
    iat = 1_700_000_000 + r.randint(0, 60_000_000)
    payload: dict[str, object] = {
        "sub": str(r.randint(10_000, 9_999_999)),
        "iat": iat,
        "exp": iat + r.choice((3600, 86400, 31_536_000)),
    }
    if claims:
        payload.update(claims)
    sig_len = 43 if alg.startswith("HS") else 342
    return f"{_seg({'alg': alg, 'typ': 'JWT'})}.{_seg(payload)}.{rs(r, B64U, sig_len)}"
