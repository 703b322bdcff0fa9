"""title_key: the same title typed differently by two exports gets the same key."""

from __future__ import annotations

from app.services.text import title_key


def test_width_case_spaces_punctuation_and_emoji_do_not_matter() -> None:
    assert title_key("小美研究所｜Ｖｃ 精华！✨") == title_key("小美研究所 vc精华") == "小美研究所vc精华"
    assert title_key("用错等于白花钱！#成分党 #护肤") == "用错等于白花钱成分党护肤"


def test_digits_stay_and_empty_titles_give_an_empty_key() -> None:
    assert title_key("3个误区") != title_key("4个误区")
    assert title_key("") == title_key(None) == ""
    assert title_key("🔥！？") == ""


def test_title_keys_of_a_column_are_the_keys_of_each_title() -> None:
    """An export's titles keyed in one pass give exactly what keying them one by one gives: full-width
    letters, combining accents at a title's start, ligatures, emoji, underscores, a NUL inside a title."""
    import random

    from app.services.text import title_key, title_keys

    rng = random.Random(3)
    alphabet = "aZ_＿ -—#️✨ｖＣ１①Ⅻé\u0301ßǅﬁİ\t\n小美研究所｜！"
    titles: list[str | None] = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(2000)]
    titles += [None, "", "\u0301开头是附加符号", "小美研究所｜Ｖｃ 精华！✨"]
    assert title_keys(titles) == [title_key(t) for t in titles]
    assert title_keys(["甲\x00乙", "丙"]) == ["甲乙", "丙"]
    assert title_keys([]) == []
