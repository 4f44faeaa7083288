"""A few values built from the rules alone and kept between reports (the latest ones): a topic
pack's compiled matcher (``lint.matcher.matcher_for``), a title rule's registry
(``lint.checks.phrases_titles.registry``). Every report used to build them again."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Kept(Generic[K, V]):
    """At most ``size`` values by key; the oldest goes first when a new one is built."""

    def __init__(self, size: int = 8) -> None:
        self._items: dict[K, V] = {}
        self._size = size

    def get(self, key: K, build: Callable[[], V]) -> V:
        found = self._items.get(key)
        if found is None:
            if len(self._items) >= self._size:
                self._items.pop(next(iter(self._items)))
            found = self._items[key] = build()
        return found
