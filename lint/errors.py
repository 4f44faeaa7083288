"""Errors with stable codes. None of them ever reaches the user as a traceback."""

from __future__ import annotations


class FzlintError(Exception):
    """Base class: ``code`` is stable and documented, ``message`` is for a person (Chinese)."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class InputError(FzlintError):
    """An input file could not be read. Codes: ``not-found``, ``unreadable``,
    ``unsupported-format``, ``decode-failed``, ``too-large``, ``empty``, ``nul-bytes``,
    ``zip-bomb``, ``no-text-layer``, ``corrupt``, ``encrypted``, ``internal-error``."""

    code = "unreadable"


class RuleError(FzlintError):
    """A rule or checklist file is invalid. ``location`` is ``file:line`` where known."""

    code = "bad-rule"

    def __init__(self, message: str, *, location: str = "", key: str = "") -> None:
        self.location = location
        self.key = key
        where = location + (f" [{key}]" if key else "")
        super().__init__(f"{where}: {message}" if where else message)


class ConfigError(FzlintError):
    """The configuration (pyproject.toml [tool.fzlint] or .fzlint.yaml) is invalid."""

    code = "bad-config"
