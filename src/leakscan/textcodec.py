"""UTF-16 text: a NUL in every other byte, so git (and a NUL sniff) calls it binary.

Windows tools write UTF-16 by default: PowerShell 5's `Out-File` and `>`, `reg export`, many
`.config`/`.rc`/`.sql` files saved by Visual Studio or SSMS. A password in such a file is as
real as in UTF-8, but a NUL sniff treats the file as binary and text rules never see it. A file
is taken for UTF-16 when it opens with a byte order mark, or, without one, when its sample
reads as mostly-ASCII UTF-16 (the high byte of nearly every code unit is zero, the low byte of
nearly none is). It is decoded and scanned as UTF-8; lines do not move, and columns count
UTF-8 bytes as for any text file.
"""

from __future__ import annotations

BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
SAMPLE = 8000  # the same window the binary sniff looks at
_MIN_UNITS = 8  # a shorter file without a BOM is not worth guessing about
_PRINTABLE = bytes(range(0x20, 0x7F)) + b"\t\n\r\f"


def utf16_encoding(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when `data` looks like UTF-16 text, else None."""
    if data[:4] in (b"\xff\xfe\0\0", b"\0\0\xfe\xff"):
        return None  # a UTF-32 byte order mark
    enc = BOMS.get(data[:2])
    if enc is not None:
        return enc
    sample = data[:SAMPLE]
    units = len(sample) // 2
    if units < _MIN_UNITS:
        return None
    even, odd = sample[0:units * 2:2], sample[1:units * 2:2]
    for zeros, rest, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        # Mostly-ASCII UTF-16: at least 75% of high bytes are zero and at most 1% of low bytes
        # are; low bytes are printable ASCII but for the non-ASCII units and 10% (accented
        # letters). Binary formats with NUL padding, or tables of small 16-bit numbers, fail.
        high_zero = zeros.count(0)
        if high_zero * 4 < units * 3 or rest.count(0) * 100 > units:
            continue
        if len(rest.translate(None, _PRINTABLE)) <= units - high_zero + units // 10:
            return name
    return None


def utf16_text(data: bytes) -> bytes | None:
    """The UTF-8 text of UTF-16 `data` (byte order mark dropped, bad units replaced), or None."""
    enc = utf16_encoding(data)
    if enc is None:
        return None
    body = data[2:] if data[:2] in BOMS else data
    return body.decode(enc, "replace").encode("utf-8", "surrogatepass")


def might_be_utf16(data: bytes) -> bool:
    """Cheap first test (O(1)): UTF-16 text has a BOM or a NUL in its first two bytes."""
    return data[:2] in BOMS or data[:1] == b"\0" or data[1:2] == b"\0"


def is_utf16(data: bytes) -> bool:
    """The cheap test, then the sample: most files stop at the first."""
    return might_be_utf16(data) and utf16_encoding(data) is not None


def text_of(data: bytes) -> bytes:
    """`data` as the engine scans it: UTF-16 decoded to UTF-8, anything else as it is (the same
    object, so `text_of(d) is d` tells whether it was decoded)."""
    if might_be_utf16(data):
        text = utf16_text(data)
        if text is not None:
            return text
    return data
