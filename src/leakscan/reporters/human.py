"""For people: findings grouped per secret, most severe first, then a one-line summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from ..fingerprint import redact
from ..models import Rule

if TYPE_CHECKING:
    from ..pipeline import ScanResult

_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow",
          "low": "cyan", "info": "dim"}


def write(result: ScanResult, rules: dict[str, Rule], show_secrets: bool, out: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape

    con = Console(file=out, highlight=False, soft_wrap=True)
    for f in result.findings:
        rule = rules[f.rule_id]
        shown = f.secret.decode("utf-8", "replace") if show_secrets else redact(f.secret)
        con.print(f"[{_STYLE[f.severity]}]{f.severity.upper():8}[/] [bold]{escape(rule.name)}[/]"
                  f" [dim]({f.rule_id}, {f.confidence} confidence)[/]")
        con.print(f"  secret {escape(shown)}  fingerprint {f.fingerprint}")
        if f.companion:
            pair = f.companion.decode("utf-8", "replace") if show_secrets else redact(f.companion)
            con.print(f"  paired with {escape(pair)}")
        if f.note:
            con.print(f"  [dim]{escape(f.note)}[/]")
        for line in _life(dict(f.extra)):
            con.print(f"  [dim]{escape(line)}[/]")
        for loc in f.locations[:20]:
            where = f"{loc.path}:{loc.line}:{loc.column}"
            if loc.companion_line:
                where += f" (its pair on line {loc.companion_line})"
            if loc.commit:
                where += f"  [dim]@ {loc.commit[:12]}[/]"
            con.print(f"    {escape(where) if not loc.commit else where}")
        if len(f.locations) > 20:
            con.print(f"    [dim]… and {len(f.locations) - 20} more locations[/]")
    for err in result.errors:
        con.print(f"[yellow]warning:[/] {escape(err)}")


def _life(extra: dict[str, object]) -> list[str]:
    """A history finding's life in a few plain lines: introduced, removed, still in HEAD, refs."""
    out = []
    intro = extra.get("introduced")
    if isinstance(intro, dict):
        out.append(f"introduced {str(intro.get('commit', ''))[:12]} {intro.get('date', '')} by "
                   f"{intro.get('author', '')} <{intro.get('email', '')}> in {intro.get('path', '')}"
                   f":{intro.get('line', '')}: {intro.get('summary', '')}")
    removed = extra.get("removed")
    if isinstance(removed, dict):
        out.append(f"removed    {str(removed.get('commit', ''))[:12]} {removed.get('date', '')} "
                   f"from {removed.get('path', '')}")
    elif "removed" in extra:
        out.append("removed    never: still present at the tip of a ref")
    if "in_head" in extra:
        where = "yes" if extra["in_head"] else "no"
        if extra.get("in_worktree") is not None:
            where += f"; working tree: {'yes' if extra['in_worktree'] else 'no'}"
        out.append(f"in HEAD    {where}")
    refs = extra.get("refs")
    if isinstance(refs, list) and refs:
        shown = ", ".join(str(r) for r in refs[:6])
        out.append(f"reachable  from {shown}" + (f" and {len(refs) - 6} more" if len(refs) > 6 else ""))
    return out
