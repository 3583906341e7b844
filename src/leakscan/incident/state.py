"""state.json: what has been done (rotation per secret, the rewrite, verifications).

Written atomically (temp file in the same directory, 0600, then rename) so an interrupted
command never leaves half a state behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from .errors import PlanDirError
from .model import Plan

STATE_FILE = "state.json"
Status = Literal["pending", "rotated", "waived"]


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(slots=True)
class SecretState:
    status: Status = "pending"
    note: str = ""
    at: str = ""


@dataclass(slots=True)
class RewriteState:
    executed_at: str = ""
    mirror: str = ""
    bundle: str = ""
    first_changed: list[list[str]] = field(default_factory=list)
    changed_refs: list[str] = field(default_factory=list)
    new_roots: list[str] = field(default_factory=list)
    clean: bool = False
    expressions_removed: bool = False


@dataclass(slots=True)
class State:
    secrets: dict[str, SecretState] = field(default_factory=dict)
    rewrite: RewriteState = field(default_factory=RewriteState)
    verifications: list[dict[str, Any]] = field(default_factory=list)

    def pending(self, plan: Plan) -> list[str]:
        return [s.fingerprint for s in plan.secrets
                if self.secrets.get(s.fingerprint, SecretState()).status == "pending"]


def initial(plan: Plan) -> State:
    return State(secrets={s.fingerprint: SecretState() for s in plan.secrets})


def load(plan_dir: Path, plan: Plan) -> State:
    path = plan_dir / STATE_FILE
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
        state = State(
            secrets={k: SecretState(**v) for k, v in d.get("secrets", {}).items()},
            rewrite=RewriteState(**d.get("rewrite", {})),
            verifications=list(d.get("verifications", [])),
        )
    except FileNotFoundError:
        state = State()
    except (ValueError, TypeError, AttributeError) as exc:
        raise PlanDirError(f"{path}: unreadable state ({exc}); restore it or re-run the plan") from None
    for s in plan.secrets:
        state.secrets.setdefault(s.fingerprint, SecretState())
    return state


def save(plan_dir: Path, state: State) -> None:
    write_atomic(plan_dir / STATE_FILE, json.dumps(asdict(state), indent=2) + "\n")


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
