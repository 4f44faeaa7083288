"""OpenCC's traditional → simplified conversion (``t2s``), skipped where it changes nothing.

Most reports are written in simplified characters, and ``t2s`` gives them back unchanged; but
converting one still costs ~0.2 ms, and walking OpenCC's dictionaries pushes the topic scan's
automata out of the processor's cache (~0.1 ms more later in the report). A text changes only
where it holds a character or a phrase that OpenCC replaces by something else
(``lint/data/t2s-changes.txt``, made from OpenCC's own dictionaries by
``lint/data/make_t2s.py``): ``convert`` gives back a text holding none of them as it is, and
converts any other. The list is used only when the installed OpenCC data are those it was
made from (sizes and CRC-32s of ``t2s.json`` and its dictionaries); otherwise every text is
converted, as before.
"""

from __future__ import annotations

import importlib.util
import json
import re
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

CHANGES = Path(__file__).resolve().parent / "data" / "t2s-changes.txt"
CONFIG = "t2s.json"  # OpenCC's configuration of the conversion, in its data folder


@lru_cache(maxsize=1)
def converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


class Changes:
    """What can make ``t2s`` change a text: ``pattern`` (a class of the characters it replaces,
    ``chars``: those of the BMP; of the phrases' triggers; of every character beyond the BMP)
    and, by trigger, the phrases ``(offset of the trigger, phrase)`` it replaces."""

    def __init__(self, chars: str, phrases: list[tuple[int, str]]) -> None:
        self.phrases: dict[str, list[tuple[int, str]]] = {}
        for offset, phrase in phrases:
            if phrase[offset] not in chars:  # (such a character is a change wherever it is)
                self.phrases.setdefault(phrase[offset], []).append((offset, phrase))
        # every character outside the BMP is taken as a possible change (then the text is
        # converted): with the class of BMP characters alone, ``re`` tests a character in a
        # table (a class of ~900 more characters beyond the BMP is a list: ~300 times slower)
        body = re.escape(chars + "".join(c for c in self.phrases if c <= "\uffff"))
        self.pattern = re.compile(f"[{body}\U00010000-\U0010ffff]")

    def unchanged(self, text: str) -> bool:
        """Whether ``t2s`` gives ``text`` back as it is (True only when sure)."""
        for match in self.pattern.finditer(text):
            found = self.phrases.get(match.group())
            if found is None:
                return False  # a character it replaces
            at = match.start()
            if any(at >= offset and text.startswith(p, at - offset) for offset, p in found):
                return False
        return True


@lru_cache(maxsize=1)
def changes() -> Changes | None:
    """The list for the installed OpenCC data, or None (unknown data, unreadable list)."""
    try:
        return from_lines(CHANGES.read_text(encoding="utf-8").splitlines())
    except (OSError, ValueError):
        return None


def from_lines(lines: list[str]) -> Changes | None:
    """The list in ``lines`` (as ``make_t2s.py`` writes them) if it was made from the installed
    OpenCC data; otherwise, or if it is malformed, None."""
    try:
        fields = dict(line.split("\t", 1) for line in lines if line.startswith(("files", "chars")))
        if fields.get("files") != fingerprint(share_dir()):
            return None
        phrases = [line.split("\t")[1:] for line in lines if line.startswith("phrase\t")]
        return Changes(fields["chars"], [(int(offset), phrase) for offset, phrase in phrases])
    except (OSError, ValueError, KeyError, ImportError):
        return None


def share_dir() -> Path:
    """OpenCC's data folder, found without importing ``opencc`` (a report that needs no
    conversion never loads it)."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        raise ImportError("opencc")
    return Path(spec.origin).resolve().parent / "clib" / "share" / "opencc"


def fingerprint(share: Path) -> str:
    """``name:size:crc32`` of ``t2s.json`` and of each dictionary it names, in order."""
    config = (share / CONFIG).read_bytes()
    parts = []
    for name in (CONFIG, *dictionary_files(json.loads(config))):
        data = config if name == CONFIG else (share / name).read_bytes()
        parts.append(f"{name}:{len(data)}:{zlib.crc32(data)}")
    return " ".join(parts)


def dictionary_files(entry: Any) -> list[str]:
    """The ``file`` of every dictionary of a config, in order."""
    found: list[str] = []
    if isinstance(entry, dict):
        if "file" in entry:
            found.append(str(entry["file"]))
        for value in entry.values():
            found += dictionary_files(value)
    elif isinstance(entry, list):
        for value in entry:
            found += dictionary_files(value)
    return found


def convert(text: str) -> str:
    """``t2s`` of ``text``; ``text`` itself where the conversion cannot change it."""
    known = changes()
    if known is not None and known.unchanged(text):
        return text
    result: str = converter().convert(text)
    return result
