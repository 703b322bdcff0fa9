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
