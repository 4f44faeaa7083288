"""Regenerate ``t2s-changes.txt``: what in a text can make OpenCC's ``t2s`` change it.

``python lint/data/make_t2s.py`` reads the installed OpenCC's ``t2s.json`` and every
dictionary it names (the ``.ocd2`` files dumped to text by the ``opencc_dict`` program shipped
beside them). OpenCC replaces each dictionary key it matches by the key's first value; a key
whose first value is the key itself changes nothing. So a text changes only where it holds

* a character that is a key of its own with another first value (``chars``; only those of the
  BMP are listed: ``lint.t2s`` takes every character beyond it as a possible change), or
* a longer key with another first value (``phrase``): listed with the offset of a character it
  changes (its trigger), unless one of the characters it changes is in ``chars`` already.

``lint.t2s`` skips the conversion of a text that holds none of them (most reports). The file
starts with the sizes and CRC-32s of ``t2s.json`` and its dictionaries (``files``): with any
other OpenCC data installed, ``lint.t2s`` converts every text.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from lint.t2s import CONFIG, dictionary_files, fingerprint, share_dir

HERE = Path(__file__).resolve().parent
OUT = HERE / "t2s-changes.txt"


def entries(share: Path, name: str) -> list[tuple[str, str]]:
    """(key, first value) of every entry of a dictionary."""
    if not name.endswith(".ocd2"):
        raise SystemExit(f"{name}: only .ocd2 dictionaries are read")
    program = share.parent.parent / "bin" / "opencc_dict"
    env = dict(os.environ, LD_LIBRARY_PATH=str(share.parent.parent / "lib64"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dict.txt"
        command = [
            str(program),
            "-i",
            str(share / name),
            "-o",
            str(out),
            "-f",
            "ocd2",
            "-t",
            "text",
        ]
        subprocess.run(command, check=True, env=env)
        found = []
        for line in out.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            found.append((key, values.split(" ")[0]))
    return found


def changes(pairs: list[tuple[str, str]]) -> tuple[set[str], list[tuple[int, str]]]:
    """The ``chars`` and the ``phrase`` entries (trigger offset, phrase) of the module doc."""
    chars = {key for key, value in pairs if len(key) == 1 and value != key}
    phrases = []
    for key, value in pairs:
        if len(key) == 1 or value == key:
            continue
        changed = [i for i, c in enumerate(key) if len(value) != len(key) or value[i] != c]
        if not any(key[i] in chars for i in changed):
            phrases.append((changed[0], key))
    return chars, sorted(set(phrases), key=lambda item: item[1])


def make(share: Path) -> list[str]:
    """The lines of ``t2s-changes.txt`` for the OpenCC data in ``share``."""
    config = json.loads((share / CONFIG).read_text(encoding="utf-8"))
    pairs = [pair for name in dictionary_files(config) for pair in entries(share, name)]
    chars, phrases = changes(pairs)
    return [
        "# what can make OpenCC t2s change a text (lint/data/make_t2s.py)",
        f"files\t{fingerprint(share)}",
        "chars\t" + "".join(sorted(c for c in chars if c <= "\uffff")),  # (beyond: all are)
        *(f"phrase\t{offset}\t{phrase}" for offset, phrase in phrases),
    ]


def main() -> None:
    lines = make(share_dir())
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 3} phrases")


if __name__ == "__main__":
    main()
