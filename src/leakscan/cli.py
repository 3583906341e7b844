"""Thin CLI: click parses, a command builds a frozen Config, calls one function, maps the exit.

Subcommands are imported lazily so the pre-commit path loads only what it uses.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import traceback
from typing import Any

import click

from . import __version__
from .errors import ExitCode, LeakscanError

COMMANDS = {
    "scan": ("leakscan.commands.scan", "scan", "Scan files in a folder or working tree."),
    "staged": ("leakscan.commands.git", "staged",
               "Scan what `git commit` would record now (the pre-commit hook)."),
    "message": ("leakscan.commands.git", "message",
                "Scan a commit message before the commit exists (the commit-msg hook)."),
    "history": ("leakscan.commands.git", "history",
                "Scan git history: every ref, a --range, --since REF or one --branch."),
    "rules": ("leakscan.commands.rules", "rules", "List, show and test detection rules."),
    "baseline": ("leakscan.commands.baseline", "baseline",
                 "Create, update and check a baseline of accepted findings."),
    "hook": ("leakscan.commands.hook", "hook", "Install or remove the git pre-commit hook."),
    "doctor": ("leakscan.commands.hook", "doctor",
               "Prove the installed hook blocks a planted canary secret."),
    "ci": ("leakscan.commands.ci", "ci", "CI gate: scan only what this change introduced."),
    "import": ("leakscan.commands.importer", "import_",
               "Convert a gitleaks or detect-secrets ignore file into a leakscan baseline."),
    "incident": ("leakscan.commands.incident", "incident",
                 "Rotate, plan a history rewrite, execute it on a mirror and verify."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name, (mod, _, _) in COMMANDS.items() if _available(mod)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = COMMANDS.get(cmd_name)
        if spec is None or not _available(spec[0]):
            return None
        cmd = getattr(importlib.import_module(spec[0]), spec[1])
        assert isinstance(cmd, click.Command)
        return cmd

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="leakscan")
def cli() -> None:
    """leakscan: find secrets in files and git history, and help remove them.

    Exit codes: 0 clean, 1 findings, 2 usage or input error, 3 internal error.
    Secrets are redacted in every output format unless --show-secrets is given.
    """


def main(argv: list[str] | None = None) -> Any:
    try:
        rc = cli.main(args=argv, prog_name="leakscan", standalone_mode=False)
    except LeakscanError as exc:
        click.echo(f"leakscan: error: {exc}", err=True)
        return sys.exit(int(exc.exit_code))
    except click.exceptions.Abort:
        click.echo("leakscan: aborted", err=True)
        return sys.exit(int(ExitCode.USAGE))
    except click.ClickException as exc:
        exc.show()
        return sys.exit(int(ExitCode.USAGE))
    except KeyboardInterrupt:
        return sys.exit(130)
    except BrokenPipeError:
        return sys.exit(int(ExitCode.USAGE))
    except Exception as exc:  # a bug: say so briefly, exit 3
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        click.echo(f"leakscan: internal error: {type(exc).__name__}: {exc} "
                   f"(at {frame.filename}:{frame.lineno}); please report it", err=True)
        return sys.exit(int(ExitCode.INTERNAL))
    return sys.exit(int(rc) if isinstance(rc, int) else 0)
