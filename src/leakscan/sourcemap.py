"""Source maps: the `mappings` value is position data, not text a secret can hide in.

A source map (Source Map Revision 3, ECMA-426: https://tc39.es/ecma426/) is JSON. Its
`sourcesContent` holds the original sources: a key bundled into a web app is there, so that part
is scanned like any code. Its `mappings` string is base64 VLQ (`AAAA,SAAS;EAAE...`): column and
line numbers. No secret is written there, yet to a token rule it reads as random base64 in which
every short prefix (`AC`, `EAA`, `o.`) hits. In the npm tree of benches/ it is 79 MB of the
263 MB of `.map` files, and Hyperscan reads it at half the speed of code.

The engine leaves those values out of the Hyperscan pass (the text before and after each is
scanned as it is, offsets unchanged) and drops any confirmed match that reaches into one. A value
that holds anything but the VLQ alphabet (an escape, a space, `_`, `-`, `=`, a word) is not
position data and is scanned.
"""

from __future__ import annotations

import re

VLQ = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/,;"
KEY = b'"mappings"'
_COLON = re.compile(rb'[ \t\r\n]*:[ \t\r\n]*"')
_HEAD = 4096  # where a TypeScript/webpack map has its mappings key; esbuild/rollup put it last


def is_source_map(path: bytes) -> bool:
    return path[-4:].lower() == b".map"


def _key_ends(data: bytes) -> list[int]:
    """Where each `"mappings"` key ends. Inside a JSON string its quotes would be escaped, so the
    key is never found in the sources. A plain map has one: near the start, or else the last one
    (searched from the end: most of a map that puts it late is the sources before it). An index
    map (`"sections"`) has one per section: all are searched."""
    if b'"sections"' in data[:_HEAD]:
        ends, at = [], data.find(KEY)
        while at >= 0:
            ends.append(at + len(KEY))
            at = data.find(KEY, at + len(KEY))
        return ends
    at = data.find(KEY, 0, _HEAD)
    if at < 0:
        at = data.rfind(KEY)
    return [at + len(KEY)] if at >= 0 else []


def vlq_spans(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every `mappings` string value made only of VLQ characters, quotes
    excluded, in order."""
    spans: list[tuple[int, int]] = []
    for end in _key_ends(data):
        m = _COLON.match(data, end)
        if m is None:
            continue
        start = m.end()
        close = data.find(b'"', start)
        if close > start and not data[start:close].translate(None, VLQ):
            spans.append((start, close))
    return spans
