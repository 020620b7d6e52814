"""Many literal names found in a text at once, without compiling them into one pattern.

`Literals` finds what the alternation `(?<![\\w-])(?:name|name|...)(?!\\w)` of its names,
longest first, would find with `finditer` and `match` (and hands back the same `re.Match`
objects), from a set of names indexed by first character. Compiling that alternation
for the gazetteer's ~1,200 names, and running it, took a quarter of a second in every
process that read an article; the index takes milliseconds.

A name starts where no letter, digit, '_' or '-' precedes it and ends where no letter,
digit or '_' follows it; at each start the longest name wins. With `fold`, text and
names are compared lowercased (`str.lower`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import cast

_WORD = re.compile(r"\w")
_SPAN = re.compile(r".+", re.S)


def _match(text: str, start: int, end: int) -> re.Match[str]:
    """A span found here as a re.Match (never None: '.+' matches any non-empty span)."""
    return cast("re.Match[str]", _SPAN.match(text, start, end))


class Literals:
    """A set of names to find in texts (see the module's docstring)."""

    def __init__(self, names: Iterable[str], *, fold: bool = False) -> None:
        self._fold = fold
        self._keys = {self._key(n) for n in names if n}
        lengths: dict[str, set[int]] = {}
        for key in self._keys:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {c: sorted(ns, reverse=True) for c, ns in lengths.items()}
        # The same by a name's first two characters (`_end` on a keyed text): a start tries
        # only the lengths of names that begin as the text does there, not of every name of
        # its first character; then 1 when a one-character name is that character.
        pairs: dict[str, set[int]] = {}
        for key in self._keys:
            pairs.setdefault(key[:2], set()).add(len(key))
        self._pairs = {p: sorted(ns, reverse=True) for p, ns in pairs.items() if len(p) == 2}
        self._ones = {key for key in self._keys if len(key) == 1}
        firsts = "".join(re.escape(c) for c in sorted(lengths))
        where = rf"(?<![\w-])[{firsts}]" if firsts else "(?!)"  # (?!) never matches
        self._starts = re.compile(where, re.I if fold else 0)

    def _key(self, text: str) -> str:
        return text.lower() if self._fold else text

    def _keyed(self, text: str) -> str | None:
        """The text as its slices are compared, when a slice of it is the slice's key: the
        text itself, or lowercased once with `fold` when that keeps every character's place
        (same length, no 'Σ', whose lower case depends on what follows); else None (each
        slice then lowercased on its own, as `_key` does)."""
        if not self._fold:
            return text
        low = text.lower()
        return low if len(low) == len(text) and "Σ" not in text else None

    def _end(self, text: str, start: int, keyed: str | None = None) -> int | None:
        """The end of the longest name at `start` that no word character follows (`keyed`:
        the text as `_keyed` gives it, or None)."""
        if keyed is not None:
            for n in self._pairs.get(keyed[start : start + 2], ()):
                end = start + n
                if (
                    end <= len(text)
                    and keyed[start:end] in self._keys
                    and not _WORD.match(text, end)
                ):
                    return end
            if keyed[start] in self._ones and not _WORD.match(text, start + 1):
                return start + 1
            return None
        for n in self._lengths.get(self._key(text[start]), ()):
            end = start + n
            if (
                end <= len(text)
                and self._key(text[start:end]) in self._keys
                and not _WORD.match(text, end)
            ):
                return end
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Names in the text, left to right, none overlapping the one before."""
        pos = 0
        keyed = self._keyed(text)
        for candidate in self._starts.finditer(text):
            start = candidate.start()
            if start < pos:
                continue
            end = self._end(text, start, keyed)
            if end is not None:
                yield _match(text, start, end)
                pos = end

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        """The longest name starting exactly at `pos`, or None."""
        if not self._starts.match(text, pos):
            return None
        end = self._end(text, pos)
        return None if end is None else _match(text, pos, end)
