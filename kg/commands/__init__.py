"""One click command per module; :mod:`kg.cli` registers them.

Each module defines ``command``: a :class:`click.Command` whose docstring is its
``--help`` (with a runnable ``Example:`` block). Commands parse arguments, call one
library function and let :class:`kg.errors.KgError` propagate: the group turns it
into a one-line message and an exit code.
"""

#: module names under kg.commands, in --help order
COMMANDS = ("build", "extract", "eval", "query", "serve", "trends")
