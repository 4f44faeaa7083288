"""The ``fzlint`` command's entry point: what must come before ``lint.cli``'s imports.

The ``re`` cache is installed first (click's and the standard library's patterns then come
from it too), and a batch's first worker is forked at once (``lint.prefork``): it warms up
while this process imports click, parses the command line and lists the files. Until then, and
in that worker until its warm-up is done, the garbage collector is off.
"""

from __future__ import annotations

import gc
import sys


def main() -> None:
    gc.disable()  # a worker's start-up makes ~40,000 lasting containers and hardly any garbage:
    from lint import prefork, recache  # the ~47 collections they set off found ~440 (~5 ms)

    recache.install()
    prefork.start(sys.argv[1:])  # the worker turns collections on after its warm-up
    try:
        from lint.cli import main as cli_main

        gc.enable()
        cli_main()  # ends the process (``lint.cli._leave``)
    except BaseException:  # an import or an error that escaped: the early worker goes too
        prefork.cancel()
        raise
