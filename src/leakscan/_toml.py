"""tomllib on 3.11+, tomli before."""

from __future__ import annotations

import sys

if sys.version_info >= (3, 11):
    import tomllib as toml
else:  # pragma: no cover
    import tomli as toml  # type: ignore[import-not-found, unused-ignore]

TOMLDecodeError = toml.TOMLDecodeError
loads = toml.loads

__all__ = ["TOMLDecodeError", "loads"]
