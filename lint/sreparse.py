"""Python's own regex parser, for the modules that read a pattern's syntax: ``lint.firstchar``
(the characters a Python pattern can begin with), ``lint.rules.tails`` and ``lint.rules.atoms``
(the literals a rule's RE2 pattern ends with or contains).

``re._parser``/``re._constants`` since Python 3.11, ``sre_parse``/``sre_constants`` before.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

try:
    constants: Any = importlib.import_module("re._constants")
    parser: Any = importlib.import_module("re._parser")
except ImportError:  # Python 3.10: the same parser under its old names
    constants = importlib.import_module("sre_constants")
    parser = importlib.import_module("sre_parse")


# Syntax that RE2 and ``re`` read differently, so that ``re``'s parse says nothing of the RE2
# pattern: an escape but of a few letters and of punctuation, POSIX classes (``[:alpha:]``),
# ``{,n}`` (literal text to RE2). Each reader adds what it cannot use (flags, anchors).
DIFFERENT_SYNTAX = r"\\[^ntdswDSW.()\[\]{}*+?|^/\-\\]|\[:|\{,"


def read_parsed(source: str, refused: re.Pattern[str], read: Callable[[Any], T]) -> T | None:
    """``read`` of ``source`` parsed (a ``SubPattern``); None when ``refused`` finds syntax
    that RE2 and ``re`` read differently, or parsing or reading fails (an unexpected parse)."""
    if refused.search(source):
        return None
    try:
        return read(parser.parse(source))
    except (re.error, AttributeError, TypeError, ValueError, RecursionError):
        return None


def literal_class(av: Any, most: int) -> list[str] | None:
    """The characters of a class (the argument of an ``IN`` item) made only of literals, at
    most ``most`` of them; else None."""
    if len(av) > most or not all(item is constants.LITERAL for item, _ in av):
        return None
    return [chr(char) for _, char in av]
