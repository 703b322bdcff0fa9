"""Small text helpers shared by importing, planning and the demo data (no Qt)."""

from __future__ import annotations

import re
import unicodedata

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
