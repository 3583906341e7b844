"""Incident errors: one line that says what to do next, exit code 2 (see errors.py)."""

from __future__ import annotations

from ..errors import LeakscanError


class IncidentError(LeakscanError):
    """Bad input to an incident command; nothing was modified."""


class PlanDirError(IncidentError):
    """The plan directory is missing, unreadable, or belongs to another repository."""


class RewriteRefused(IncidentError):
    """A safety rail stopped `incident rewrite --execute` before anything ran."""


class NothingToPlan(IncidentError):
    """The history holds no secret: not an error for the user (exit 0), nothing is written."""
