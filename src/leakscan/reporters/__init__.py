"""Reporters turn a ScanResult into text. They never touch the repository."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from ..models import Rule
    from ..pipeline import ScanResult


class Reporter(Protocol):
    def __call__(self, result: ScanResult, rules: dict[str, Rule], show_secrets: bool,
                 out: TextIO) -> None: ...


def get(name: str) -> Reporter:
    # A literal registry, imported on demand so the hook path never loads rich for JSON.
    if name == "json":
        from .json import write as json_write
        return json_write
    if name == "sarif":
        from .sarif import write as sarif_write
        return sarif_write
    from .human import write as human_write
    return human_write


NAMES = ("human", "json", "sarif")
