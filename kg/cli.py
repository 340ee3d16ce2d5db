"""The ``kg`` command line: a thin layer over the library.

Every user error is a :class:`kg.errors.KgError`; it is printed as one line on
stderr with a non-zero exit code. ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from kg import __version__
from kg.commands import COMMANDS
from kg.errors import EXIT_INTERNAL, KgError
from kg.logcap import RepeatedWarnings


class KgGroup(click.Group):
    """A click group that turns KgError into a one-line message, not a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("kg: interrupted", err=True)
            sys.exit(130)
        except Exception as exc:  # a bug: say so briefly, unless --debug
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(
                f"kg: internal error: {type(exc).__name__}: {exc}\n"
                "kg: this is a bug in kg; rerun with --debug for the traceback and report it.",
                err=True,
            )
            sys.exit(EXIT_INTERNAL)


class _Formatter(logging.Formatter):
    """``kg: message`` for progress, ``kg: warning: message`` for problems."""

    def format(self, record: logging.LogRecord) -> str:
        level = "" if record.levelno < logging.WARNING else f"{record.levelname.lower()}: "
        return f"kg: {level}{record.getMessage()}"


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for errors.")
@click.option("-q", "--quiet", is_flag=True, help="Only print warnings and errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool, quiet: bool) -> None:
    """kg: turn research-paper abstracts into a knowledge graph of research trends.

    Runs offline. Start with `kg build` (defaults: seeds/ -> outputs/), then open
    outputs/graph.html, query outputs/graph.ttl with `kg query`, or load the
    graph in Python with `kg.load("outputs")`.

    Exit codes: 0 ok, 1 error, 2 bad command line, 3 unreadable input,
    70 internal error (a bug).
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["quiet"] = quiet
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    ctx.obj["warnings"] = repeated = RepeatedWarnings()  # (kg build reports what it hid)
    handler.addFilter(repeated)
    root = logging.getLogger("kg")
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING if quiet else logging.INFO)
    root.propagate = False


for _name in COMMANDS:
    cli.add_command(importlib.import_module(f"kg.commands.{_name}").command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
