"""Checks while writing: exact positions, allow-list, platform scoping, severities, user edits."""

from __future__ import annotations

import pytest

from app.services.checks import (
    CATEGORIES,
    UnknownPlatformError,
    has_errors,
    lint,
    load_wordlists,
    platform_rules,
    reset_wordlist_edits,
    save_wordlist_edits,
    suggest_titles,
)

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def words(findings, rule=None):
    return [(f.field, f.start, f.end, f.text) for f in findings if rule is None or f.rule == rule]


def test_positions_are_code_points_after_emoji_and_full_width():
    title = "😀🎉Ｔｏｐ：顶级面霜"
    findings = lint("wechat", title)
    [hit] = [f for f in findings if f.rule == "ad_law"]
    assert (hit.field, hit.start, hit.end, hit.text) == ("title", 6, 8, "顶级")
    assert title[hit.start:hit.end] == "顶级"


def test_full_width_ascii_matches_and_keeps_offsets():
    body = "效果１００％看得见"
    [hit] = [f for f in lint("wechat", body=body) if f.rule == "ad_law"]
    assert (hit.start, hit.end, hit.text) == (2, 6, "１００％")


def test_allow_list_keeps_ordinary_words_but_flags_absolutes():
    body = "最近天气冷，第一次用这款，第一步洗脸。最后说一句：这是最好的选择。"
    hits = words(lint("wechat", body=body), "ad_law")
    assert hits == [("body", 27, 29, "最好")]
    assert body[27:29] == "最好"


def test_longest_word_wins_and_adjacent_words_are_separate():
    hits = words(lint("wechat", body="全网第一，最近唯一"), "ad_law")
    assert hits == [("body", 0, 4, "全网第一"), ("body", 7, 9, "唯一")]


def test_xhs_diversion_words_only_on_xiaohongshu():
    body = "有问题私信我，或者加VX：abc123"
    xhs = [f for f in lint("xiaohongshu", body=body) if f.rule == "diversion"]
    assert [(f.start, f.end, f.text) for f in xhs] == [(3, 6, "私信我"), (10, 12, "VX")]
    assert all(f.severity == "error" for f in xhs)
    assert not [f for f in lint("wechat", body=body) if f.rule == "diversion"]


def test_ascii_words_do_not_match_inside_longer_words():
    assert not [f for f in lint("xiaohongshu", body="我们用 vxlan 组网") if f.rule == "diversion"]


def test_severities_and_suggestions():
    findings = lint("xiaohongshu", "根治痘痘的国家级面霜", "加微信领取，集赞送小样")
    by_rule = {f.rule: f for f in findings}
    assert by_rule["ad_law"].severity == "error"
    assert by_rule["medical"].severity == "error"
    assert by_rule["diversion"].severity == "error"
    assert by_rule["sensitive"].severity == "warning"
    for f in findings:
        if f.rule in CATEGORIES:
            assert f.suggestion, f
            assert f.text in f.message
    assert has_errors(findings)


def test_length_limits_count_code_points_and_are_warnings():
    rules = platform_rules("xiaohongshu")
    assert rules.max_length("title") == 20
    exact = "好" * 19 + "🎉"  # 20 code points, one of them an emoji
    assert not [f for f in lint("xiaohongshu", exact) if f.rule == "length"]
    [over] = [f for f in lint("xiaohongshu", exact + "啊") if f.rule == "length"]
    assert (over.severity, over.field, over.start, over.end, over.text) == ("warning", "title", 20, 21, "啊")
    body = "字" * 1001
    [long_body] = [f for f in lint("xiaohongshu", body=body) if f.rule == "length"]
    assert (long_body.field, long_body.start, long_body.end) == ("body", 1000, 1001)


def test_wechat_digest_and_title_limits():
    findings = lint("wechat", "标" * 65, fields={"digest": "摘" * 121})
    limits = {(f.field, f.start) for f in findings if f.rule == "length"}
    assert limits == {("title", 64), ("digest", 120)}


def test_structure_checks_are_never_errors():
    findings = lint("douyin", "标题", "今天聊聊护肤。", fields={"hook": "", "cta": "", "hashtags": []})
    rules = {f.rule: f.severity for f in findings}
    assert rules["missing_hook"] == "warning"
    assert rules["missing_cta"] == "warning"
    assert rules["hashtag_count"] in ("warning", "hint")
    assert not has_errors(findings)


def test_hook_and_cta_present():
    findings = lint("douyin", "标题", "为什么你总是长痘？三个原因。记得关注我。",
                    fields={"hook": "你是不是也总长痘？", "hashtags": ["护肤", "痘痘", "学生党"]})
    assert not {f.rule for f in findings} & {"missing_hook", "missing_cta", "hashtag_count"}


def test_hashtag_count_counts_inline_and_listed_tags():
    body = "分享一下 #护肤 #面霜 #秋冬 #敏感肌 #学生党 #平价"
    [hint] = [f for f in lint("douyin", body=body, fields={"hashtags": ["护肤"]}) if f.rule == "hashtag_count"]
    assert hint.severity == "hint" and "6" in hint.message
    many = [f"话题{i}" for i in range(12)]
    [warn] = [f for f in lint("douyin", body="正文", fields={"hashtags": many}) if f.rule == "hashtag_count"]
    assert warn.severity == "warning"


def test_xhs_title_keywords():
    findings = lint("xiaohongshu", "秋冬护肤这样做", keywords=["面霜", "护肤"])
    missing = [f for f in findings if f.rule == "title_keywords"]
    assert [(f.severity, f.text) for f in missing] == [("warning", "面霜")]


def test_unknown_platform_is_a_user_error():
    with pytest.raises(UnknownPlatformError):
        lint("myspace", "标题")


def test_user_edits_add_remove_and_allow(store):
    save_wordlist_edits(store, "ad_law", added={"秒杀全场": "很受欢迎"}, removed=["首选"])
    save_wordlist_edits(store, "allow", added=["最好是"])
    lists = load_wordlists(store)
    hits = words(lint("wechat", body="首选！秒杀全场。你最好是早点睡", wordlists=lists), "ad_law")
    assert hits == [("body", 3, 7, "秒杀全场")]
    added = [f for f in lint("wechat", body="秒杀全场", wordlists=lists) if f.rule == "ad_law"]
    assert added[0].suggestion == "很受欢迎"
    # the built-in lists are unchanged when no store is given
    assert words(lint("wechat", body="首选"), "ad_law") == [("body", 0, 2, "首选")]
    save_wordlist_edits(store, "ad_law", added={"首选": "推荐"})
    assert words(lint("wechat", body="首选", wordlists=load_wordlists(store)), "ad_law") == [("body", 0, 2, "首选")]
    reset_wordlist_edits(store)
    assert words(lint("wechat", body="秒杀全场", wordlists=load_wordlists(store)), "ad_law") == []


def test_suggest_titles_fit_and_are_clean():
    titles = suggest_titles("xiaohongshu", "秋冬护肤怎么做", ["面霜"])
    assert titles
    assert all(len(t) <= 20 for t in titles)
    assert all(not has_errors(lint("xiaohongshu", t)) for t in titles)
    assert any(t.startswith("面霜") for t in titles)
    assert any(any(ch.isdigit() for ch in t) for t in titles)


# ---------------------------------------------------------------------------------------------
# Checks that know the craft: hooks, medical claims, search keywords as advice


@pytest.mark.parametrize("hook", ["大家好，今天聊聊防晒", "哈喽姐妹们，分享一下我的护肤流程", "欢迎来到我的频道",
                                  "先说一下今天的主题：防晒", "今天给大家推荐一款面霜"])
def test_hook_that_promises_nothing_is_weak(hook):
    [weak] = [f for f in lint("douyin", body="正文。记得关注", fields={"hook": hook}) if f.rule.endswith("hook")]
    assert (weak.rule, weak.severity, weak.field, weak.start) == ("weak_hook", "warning", "hook", 0)
    assert hook.startswith(weak.text) and weak.text in weak.message


@pytest.mark.parametrize("hook", ["熬夜三天，脸垮了？这 3 步救回来", "你是不是也总长痘", "大家好，今天教你 3 步画好底妆",
                                  "用了贵妇面霜，结果烂脸了", "之前满脸闭口，现在光滑了", "敏感肌千万别这样洗脸"])
def test_hook_with_a_question_number_conflict_or_change_passes(hook):
    assert not [f for f in lint("douyin", body="正文。记得关注", fields={"hook": hook}) if f.rule.endswith("hook")]


def test_plain_hook_without_greeting_is_weak_too_and_empty_is_missing():
    [weak] = [f for f in lint("douyin", fields={"hook": "防晒霜推荐"}) if f.rule.endswith("hook")]
    assert weak.rule == "weak_hook" and (weak.start, weak.end) == (0, 5)
    [missing] = [f for f in lint("douyin", body="正文", fields={"hook": " "}) if f.rule.endswith("hook")]
    assert missing.rule == "missing_hook"


def test_body_opening_with_a_greeting_is_weak_at_its_place():
    [weak] = [f for f in lint("xiaohongshu", "标题", "\n大家好！今天聊聊防晒。关注我") if f.rule.endswith("hook")]
    assert (weak.rule, weak.severity, weak.start, weak.end, weak.text) == ("weak_hook", "hint", 1, 4, "大家好")
    assert not [f for f in lint("xiaohongshu", "标题", "防晒真的太重要了！关注我") if f.rule.endswith("hook")]


@pytest.mark.parametrize("word", ["治疗", "治愈", "根治", "药到病除", "消炎", "抗菌", "抗炎", "疗程"])
def test_medical_claims_are_errors(word):
    findings = lint("xiaohongshu", body=f"这款精华能{word}黄褐斑")
    assert [(f.rule, f.severity, f.text) for f in findings if f.rule == "medical"] == [("medical", "error", word)]


def test_healing_style_is_allowed():
    assert not [f for f in lint("xiaohongshu", body="一支治愈系的短片") if f.severity == "error"]


def test_xhs_search_keyword_warning_reads_as_advice():
    [advice] = [f for f in lint("xiaohongshu", "秋冬护肤这样做", keywords=["面霜"]) if f.rule == "title_keywords"]
    assert advice.message.startswith("建议") and "面霜" in advice.message
