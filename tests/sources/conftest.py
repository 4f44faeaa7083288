from __future__ import annotations

import pytest

from .helpers import weibin_text


@pytest.fixture(scope="session")
def weibin() -> str:
    return weibin_text()
