"""Reading a text: words found as words, sentiment with negation, alerts — no store involved."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import app.services.watch_text as watch_text
from app.services.watch_text import Keyword, scan_text, starter_negative_terms, warm_up

BRAND = [Keyword("小美研究所", "brand"), Keyword("小美", "brand"), Keyword("小美面膜", "product"),
         Keyword("屏障修护精华", "product"), Keyword("美美老师", "person")]
WORDS = BRAND + [Keyword(t, "negative") for t in starter_negative_terms()]

#: Held-out-style comments that speak badly of the brand: every one must be an alert.
NEGATIVE_BRAND = [
    "小美研究所的精华用了三天就过敏了，脸上全是红疹",
    "小美面膜用了烂脸，要求退款",
    "小美研究所不给退款，客服也不回复，我要投诉",
    "买到的屏障修护精华是假货吧，包装和之前不一样",
    "小美研究所就是智商税，割韭菜",
    "被小美研究所骗了，一点效果都没有",
    "我要去12315投诉小美研究所",
    "小美研究所的客服态度差，退款申请一周没人理",
    "小美研究所的精华很好用，但是过敏了",
    "小美研究所，不回购了，太失望",
    "小美研究所的屏障修护精华不太好用",
    "小美面膜是不是假货？味道和专柜的不一样",
]

#: The same characters used neutrally or kindly: none may be an alert.
NO_ALARM = [
    "用了小美面膜之后泛红少了好多，推荐",
    "敏感肌用屏障修护精华会过敏吗？",
    "用了小美研究所的精华完全不过敏，很温和",
    "小美研究所支持七天无理由退款吗",
    "小美研究所这条笔记的曝光量涨了不少",
    "小美研究所发了一篇欺骗性广告法规解读",
    "小美研究所教大家如何辨别假货",
    "小美女今天的妆好好看",
    "这个小美面膜真的不踩雷",
    "过敏肌可以用小美面膜吗",
    "小美研究所这次曝光很高啊",
    "小美研究所的讲解是我看过最清楚的",
    "我还没用过小美面膜，想试试",
    "美美老师直播很有耐心",
    "屏障修护精华不是智商税，真的有用",
    "听说小美研究所的东西不错，有人用过吗",
]


@pytest.mark.parametrize("text", NEGATIVE_BRAND)
def test_negative_brand_mentions_are_alerts(text: str) -> None:
    result = scan_text(text, WORDS)
    assert result.sentiment == "negative"
    assert result.alert, text
    assert any(t in ("小美研究所", "小美面膜", "屏障修护精华") for t in result.terms)


@pytest.mark.parametrize("text", NO_ALARM)
def test_neutral_uses_of_the_same_characters_are_no_alert(text: str) -> None:
    result = scan_text(text, WORDS)
    assert not result.alert, (text, result)
    assert result.sentiment != "negative"


def test_words_not_characters() -> None:
    assert scan_text("欺骗性广告法规解读", WORDS).terms == []
    assert scan_text("被骗了，他们就是骗子", WORDS).terms == ["骗", "骗子"]
    assert scan_text("这条笔记曝光量涨了", WORDS).terms == []
    assert scan_text("我要曝光你们", WORDS).terms == ["曝光"]
    # 小美 is a brand, but not inside 小美女
    assert scan_text("小美女好漂亮", WORDS).terms == []


def test_watch_terms_join_the_segmenter_dictionary() -> None:
    """小美面膜 is not a jieba word; as a watch term it stays one word and beats the shorter 小美."""
    result = scan_text("小美面膜用了一个月", WORDS)
    assert result.terms == ["小美面膜"]
    assert result.spans == [(0, 4, "小美面膜")]
    only_brand = scan_text("小美面膜用了一个月", [Keyword("小美", "brand")])
    assert only_brand.terms == ["小美"]
    rare = scan_text("喵呜研习社的新品上线了", [Keyword("喵呜研习社", "brand")])
    assert rare.terms == ["喵呜研习社"]
    assert rare.spans == [(0, 5, "喵呜研习社")]


def test_ascii_terms_ignore_case_and_width() -> None:
    assert scan_text("OLAY的面霜烂脸了", [Keyword("Olay", "brand")]).alert
    assert scan_text("ｏｌａｙ的面霜不错", [Keyword("Olay", "brand")]).terms == ["Olay"]
    assert scan_text("olayx 新品", [Keyword("Olay", "brand")]).terms == []


def test_negation_flips_or_neutralises() -> None:
    assert scan_text("用了完全不过敏", WORDS).sentiment == "positive"
    assert scan_text("用了过敏了", WORDS).sentiment == "negative"
    assert scan_text("没有烂脸，很温和", WORDS).sentiment == "positive"
    assert scan_text("这个面膜不好用", WORDS).sentiment == "negative"
    assert scan_text("效果不太好", WORDS).sentiment == "negative"
    # complaint words do not flip: refusing a refund is still a complaint
    assert scan_text("小美研究所不退款", WORDS).sentiment == "negative"
    assert scan_text("小美研究所就是不给退款", WORDS).alert
    # a question about a state is only a question
    assert scan_text("敏感肌会过敏吗？", WORDS).sentiment == "neutral"


def test_direct_feedback_needs_a_complaint_word_without_a_brand() -> None:
    wish = scan_text("换季过敏困扰我好久了，求出一期详细的", WORDS, direct=True)
    assert wish.terms == ["过敏"] and not wish.alert
    complaint = scan_text("退款申请提交一周了还没回复", WORDS, direct=True)
    assert complaint.alert
    assert not scan_text("退款申请提交一周了还没回复", WORDS).alert


def test_no_keywords_means_the_starter_negative_words() -> None:
    assert scan_text("要求退款").terms == ["退款"]
    assert not scan_text("要求退款").alert  # no brand named


def test_jieba_loads_lazily_and_quietly(capsys: pytest.CaptureFixture[str]) -> None:
    warm_up()
    scan_text("小美研究所", WORDS)
    assert capsys.readouterr().err == ""
    assert "jieba" in sys.modules


def test_text_analysis_is_apart_from_storage() -> None:
    """watch_text reads texts only: it imports no store, SQL or ORM; watch.py keeps no analysis of its own."""
    tree = ast.parse(Path(watch_text.__file__).read_text(encoding="utf-8"))
    imported = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m.split(".")[0] in ("sqlalchemy", "sqlmodel") or m.startswith("app.store")}
    storage = ast.parse(Path(watch_text.__file__).with_name("watch.py").read_text(encoding="utf-8"))
    defined = {n.name for n in storage.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    assert not defined & {"scan_text", "lexicon", "Lexicon", "_Segmenter", "_sentiment", "_clauses", "warm_up"}


def test_complaints_classified_by_kind_in_the_order_named() -> None:
    classify_complaint = watch_text.classify_complaint
    assert classify_complaint("训练营退款申请一周没人理，要投诉了") == ["refund", "service"]
    assert classify_complaint("用了屏障修护精华之后过敏了，脸上起小红疙瘩") == ["allergy"]
    assert classify_complaint("快递三天了还没发货，是不是假货") == ["logistics", "quality"]
    assert classify_complaint("比直播间贵了二十块") == ["price"]
    assert classify_complaint("小美能讲讲防晒吗") == []
