"""Baselines: content fingerprints only, sorted one per line, so branches merge cleanly.

A line is `FINGERPRINT RULE_ID [expires=YYYY-MM-DD] [# reason]`; '#' starts a comment line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    from .config import Config


def parse(text: str, where: str, today: dt.date | None = None) -> frozenset[str]:
    today = today or dt.date.today()
    out = set()
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        fp = parts[0]
        if len(fp) != 32 or any(c not in "0123456789abcdef" for c in fp):
            raise ConfigError(f"{where}:{n}: not a leakscan fingerprint; regenerate the baseline")
        expired = False
        for part in parts[1:]:
            if part.startswith("expires="):
                try:
                    expired = dt.date.fromisoformat(part[8:]) < today
                except ValueError:
                    raise ConfigError(f"{where}:{n}: expires= needs a date like 2027-01-31") from None
        if not expired:
            out.add(fp)
    return frozenset(out)


def load_fingerprints(config: Config) -> frozenset[str]:
    if not config.baseline:
        return frozenset()
    path = Path(config.baseline)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read baseline ({exc.strerror}); "
                          "create one with `leakscan baseline create`") from None
    return parse(text, str(path))
