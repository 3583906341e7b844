"""The one error boundary: every domain error says what to do next."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    USAGE = 2
    INTERNAL = 3


class LeakscanError(Exception):
    """A user-facing error: printed as one line, exit code 2."""

    exit_code = ExitCode.USAGE


class ConfigError(LeakscanError):
    pass


class RuleError(LeakscanError):
    pass


class SourceError(LeakscanError):
    pass
