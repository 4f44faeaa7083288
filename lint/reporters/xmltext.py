"""Text safe for XML 1.0 and HTML: characters XML forbids become U+FFFD."""

from __future__ import annotations

import re

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _FORBIDDEN.sub("\ufffd", text)
