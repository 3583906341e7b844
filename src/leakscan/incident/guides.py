"""Rotation guides as data: patterns/rotation/*.toml, one per rotation id (see its README).

A rule's `rotation` names a guide by id or alias; a guide may also claim rule ids (`rules`,
fnmatch globs) when one rotation id covers credentials that rotate differently (the "aws"
rules include STS session tokens). An id without a guide falls back to "generic", and
`fallbacks` lists which ids do, so the gap is visible rather than silent.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import _toml
from ..errors import RuleError
from ..rules import builtin_dir

GENERIC = "generic"
_LISTS = ("revoke", "steps", "audit", "depends", "notes", "aliases", "references", "rules")
_REQUIRED = ("revoke", "steps", "audit", "depends")
_KNOWN = {"id", "title", "covers", *_LISTS}


@dataclass(frozen=True, slots=True)
class Guide:
    id: str
    title: str
    covers: str
    revoke: tuple[str, ...]
    steps: tuple[str, ...]
    audit: tuple[str, ...]
    depends: tuple[str, ...]
    notes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    source: str = ""


def guide_dir() -> Path:
    return builtin_dir() / "rotation"


def parse(data: dict[str, Any], source: str) -> Guide:
    where = f"{source}: rotation guide {data.get('id')!r}"
    unknown = sorted(set(data) - _KNOWN)
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(unknown)}")
    for key in ("id", "title", "covers"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise RuleError(f"{where}: '{key}' must be a non-empty string")
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LISTS:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise RuleError(f"{where}: '{key}' must be a list of non-empty strings")
        if key in _REQUIRED and not value:
            raise RuleError(f"{where}: '{key}' needs at least one entry")
        lists[key] = tuple(value)
    return Guide(id=data["id"], title=data["title"], covers=data["covers"], source=source, **lists)


def load_dir(folder: Path) -> dict[str, Guide]:
    """Every guide in `folder`, by id; ids and aliases must be unique."""
    guides: dict[str, Guide] = {}
    names: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = _toml.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, _toml.TOMLDecodeError) as exc:
            raise RuleError(f"{path}: cannot load rotation guide: {exc}") from None
        guide = parse(data, str(path))
        if path.stem != guide.id:
            raise RuleError(f"{path}: guide id {guide.id!r} must match the file name")
        for name in (guide.id, *guide.aliases):
            if name in names:
                raise RuleError(f"{path}: {name!r} is already used by {names[name]}")
            names[name] = str(path)
        guides[guide.id] = guide
    if GENERIC not in guides:
        raise RuleError(f"{folder}: the generic rotation guide (generic.toml) is missing")
    return guides


@lru_cache(maxsize=1)
def builtin() -> dict[str, Guide]:
    return load_dir(guide_dir())


def _index(guides: dict[str, Guide]) -> dict[str, Guide]:
    return {name: g for g in guides.values() for name in (g.id, *g.aliases)}


def resolve(rotation_id: str | None, guides: dict[str, Guide] | None = None,
            rule_id: str | None = None) -> Guide:
    """The guide for a rule: one that claims its rule id, else the one for its rotation id,
    else the generic guide."""
    guides = guides if guides is not None else builtin()
    if rule_id:
        for guide in guides.values():
            if any(fnmatch.fnmatchcase(rule_id, pat) for pat in guide.rules):
                return guide
    return _index(guides).get(rotation_id or GENERIC, guides[GENERIC])


def fallbacks(rotation_ids: Iterable[str | None],
              guides: dict[str, Guide] | None = None) -> list[str]:
    """Rotation ids that resolve to the generic guide only because they have no guide."""
    index = _index(guides if guides is not None else builtin())
    return sorted({rid or "" for rid in rotation_ids if (rid or GENERIC) not in index})
