"""Small text helpers shared by importing, planning and the demo data (no Qt)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")


def title_key(title: str | None) -> str:
    """The form of a title used to match the same post or topic across exports and drafts.

    Exports re-type titles: full-width vs half-width characters, case, spaces, punctuation, emoji
    and `#` come and go. The key keeps only letters and digits (Unicode categories L* and N*) of
    the NFKC-normalised, lower-cased title (a regex: `\\w` is letters and digits, twice as fast
    as testing each character's category), so 「小美研究所｜Ｖｃ 精华！✨」 and "小美研究所 vc精华" match.
    """
    if not title:
        return ""
    return _NOT_LETTER_OR_DIGIT.sub("", unicodedata.normalize("NFKC", title).casefold())


_JOIN = "\x00"
_NOT_KEY_OR_JOIN = re.compile(r"[^\w\x00]+")  # `_` (a word character) is dropped before, by `str.replace`


def title_keys(titles: Sequence[str | None]) -> list[str]:
    """`title_key` of many titles (an export's column), at C speed: the titles joined by NUL are
    normalised, folded and stripped in one pass each, then split. NUL is a character NFKC and
    casefold leave alone and nothing composes with; a title holding one is keyed on its own."""
    texts = [title or "" for title in titles]
    joined = _JOIN.join(texts)
    if not texts or joined.count(_JOIN) != len(texts) - 1:
        return [title_key(text) for text in texts]
    return _NOT_KEY_OR_JOIN.sub("", unicodedata.normalize("NFKC", joined).casefold().replace("_", "")).split(_JOIN)
