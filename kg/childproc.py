"""The command that runs a kg module's ``main`` in a child Python, with this process's kg.

``python -m kg.x`` would import whichever ``kg`` comes first on the child's path, and
``-m`` puts the current directory first: run from a folder holding another checkout of
kg, the child silently runs that one's code. The child is told where this kg is instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["kg_command"]


def kg_command(module: str, *args: str) -> list[str]:
    """``[python, ...]`` running ``module.main(list(args))`` with the kg package this process imported.

    >>> cmd = kg_command("kg.charts", "a")
    >>> cmd[0] == sys.executable, cmd[-1], "from kg.charts import main" in cmd[2]
    (True, 'a', True)
    """
    import kg

    root = str(Path(kg.__file__).resolve().parent.parent)
    code = f"import sys; sys.path.insert(0, {root!r}); from {module} import main; sys.exit(main(sys.argv[1:]))"
    return [sys.executable, "-c", code, *args]
