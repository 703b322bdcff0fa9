"""Brand watch in the store: watch words, alerts, spikes, idempotent scans, replies."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app.models import Feedback, FeedbackSource
from app.services import watch
from app.services.watch_text import Keyword, starter_negative_terms
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

# ---------------------------------------------------------------------------------------------
# Store


def _feedback(store: Store, *items: tuple[str, str, dt.datetime]) -> None:
    with store.writing() as session:
        for text, source, at in items:
            session.add(Feedback(text=text, source=FeedbackSource(source), received_at=at,
                                 extra={"platform": "douyin", "user": "小王", "post_id": None} if source == "comment" else None))


def _keywords(store: Store) -> None:
    watch.add_keyword(store, "小美研究所", "brand")
    watch.add_keyword(store, "屏障修护精华", "product")


def test_keywords_crud_and_starter_words(store: Store) -> None:
    _keywords(store)
    added = watch.ensure_starter_keywords(store)
    assert added == len(starter_negative_terms())
    assert watch.ensure_starter_keywords(store) == 0
    watch.remove_keyword(store, "曝光")
    watch.ensure_starter_keywords(store)
    terms = {k["term"]: k for k in watch.keywords(store)}
    assert "曝光" not in terms
    assert terms["小美研究所"]["kind"] == "brand"
    watch.set_keyword_enabled(store, "小美研究所", False)
    assert Keyword("小美研究所", "brand") not in watch.enabled_keywords(store)
    again = watch.add_keyword(store, "小美研究所", "product")
    assert again["kind"] == "product" and again["enabled"]
    with pytest.raises(watch.WatchError):
        watch.add_keyword(store, "  ", "brand")
    with pytest.raises(watch.WatchError):
        watch.add_keyword(store, "小美", "fan")
    with pytest.raises(watch.WatchError):
        watch.remove_keyword(store, "没有这个词")


def test_scan_store_is_idempotent(store: Store) -> None:
    _keywords(store)
    at = dt.datetime(2026, 11, 20, 10, 0)
    _feedback(store, ("屏障修护精华用了过敏了，要退款", "comment", at),
              ("小美研究所的课很清楚", "dm", at), ("今天天气不错", "group", at))
    first = watch.scan_store(store, today=dt.date(2026, 11, 20))
    assert first["added"] == 2 and first["alerts"] == 1
    again = watch.scan_store(store, today=dt.date(2026, 11, 20))
    assert again["added"] == 0
    rows = watch.mentions(store)
    assert len(rows) == 2
    alert = next(r for r in rows if r["is_alert"])
    assert alert["source"] == "comment" and alert["platform"] == "douyin" and alert["author"] == "小王"
    assert alert["status"] == "new" and alert["mentioned_at"] == at
    # a later comment is picked up by the next scan, the old ones are not duplicated
    _feedback(store, ("小美研究所的精华是假货", "comment", at + dt.timedelta(days=1)))
    assert watch.scan_store(store, today=dt.date(2026, 11, 21))["added"] == 1
    with store.reading() as session:
        ids = [r[0] for r in session.execute(sa.text("SELECT feedback_id FROM mention")).all()]
    assert len(ids) == len(set(ids)) == 3


def test_scan_store_since(store: Store) -> None:
    _keywords(store)
    _feedback(store, ("小美研究所 退款慢", "comment", dt.datetime(2026, 1, 1)),
              ("小美研究所 退款慢", "comment", dt.datetime(2026, 11, 1)))
    assert watch.scan_store(store, dt.date(2026, 10, 1), today=dt.date(2026, 11, 1))["added"] == 1


def test_add_pasted_one_mention_per_line_not_twice(store: Store) -> None:
    _keywords(store)
    text = "小美研究所的精华烂脸了\n\n今天好热\n小美研究所的课不错\n"
    out = watch.add_pasted(store, text, "xiaohongshu")
    assert [o["alert"] for o in out] == [True, False, False]
    assert out[1]["id"] is None and out[0]["id"] and out[2]["id"]
    assert all(o["id"] is None for o in watch.add_pasted(store, text))
    assert len(watch.mentions(store)) == 2
    assert watch.alerts(store)[0]["platform"] == "xiaohongshu"


def test_alert_workflow_and_response_time(store: Store) -> None:
    _keywords(store)
    at = dt.datetime(2026, 11, 20, 9, 0)
    watch.add_pasted(store, "小美研究所的精华过敏了", at=at)
    alert = watch.alerts(store)[0]
    assert alert["status"] == "new" and alert["response_hours"] is None
    assert watch.alert_counts(store) == {"new": 1, "responding": 0, "resolved": 0, "open": 1, "urgent": 0, "overdue": 0}
    reply = watch.respond(store, alert["id"], text="抱歉，已私信你", at=at + dt.timedelta(hours=3, minutes=30))
    assert reply == "抱歉，已私信你"
    alert = watch.alerts(store)[0]
    assert alert["status"] == "responding" and alert["response_hours"] == 3.5
    # a second reply keeps the first response time
    watch.respond(store, alert["id"], text="已补发", at=at + dt.timedelta(days=1), resolve=True)
    alert = watch.alerts(store)[0]
    assert alert["status"] == "resolved" and alert["response_hours"] == 3.5
    assert "抱歉，已私信你" in alert["response"] and "已补发" in alert["response"]
    assert watch.alerts(store, "new") == []
    with pytest.raises(watch.WatchError):
        watch.respond(store, alert["id"])
    with pytest.raises(watch.WatchError):
        watch.respond(store, 999, text="x")


def test_respond_with_a_template_fills_placeholders(store: Store) -> None:
    _keywords(store)
    tid = watch.save_template(store, "过敏安抚", "{用户}你好，{品牌}很抱歉！{产品}请先停用。")
    watch.add_pasted(store, "屏障修护精华用了过敏", author="小李")
    alert = watch.alerts(store)[0]
    reply = watch.respond(store, alert["id"], tid)
    assert reply == "小李你好，小美研究所很抱歉！屏障修护精华请先停用。"
    assert watch.alerts(store)[0]["response"] == reply


def test_fill_template_leaves_other_braces_and_falls_back() -> None:
    body = "{用户}，{品牌}已收到{未知}｛产品｝"
    assert watch.fill_template(body, {"用户": "小王", "品牌": "小美"}) == "小王，小美已收到{未知}产品"
    assert watch.fill_template("{用户}好", {}) == "亲好"


def test_spike_rule_with_a_fixed_today(store: Store) -> None:
    _keywords(store)
    today = dt.date(2026, 11, 20)
    week = [f"小美研究所第{i}天又过敏了" for i in range(7)]
    for i, text in enumerate(week):  # one negative mention a day over the week before
        watch.add_pasted(store, text, at=dt.datetime.combine(today - dt.timedelta(days=i + 1), dt.time(12)))
    for i in range(4):
        watch.add_pasted(store, f"小美研究所烂脸了{i}", at=dt.datetime.combine(today, dt.time(9, i)))
    status = watch.spike_status(store, today)
    assert status["today"] == 4 and status["average"] == 1.0 and not status["spike"]  # below spike_min (5)
    assert watch.raise_spike_alerts(store, today) == []
    watch.add_pasted(store, "小美研究所烂脸了4", at=dt.datetime.combine(today, dt.time(10)))
    assert watch.spike_status(store, today)["spike"]
    first = watch.raise_spike_alerts(store, today)
    assert len(first) == 1 and watch.raise_spike_alerts(store, today) == first
    spike = next(a for a in watch.alerts(store) if a["urgent"])
    assert spike["id"] == first[0] and watch.alert_counts(store)["urgent"] == 1
    # dated when the fifth mention crossed spike_min, so its response clock starts there
    assert spike["mentioned_at"] == dt.datetime.combine(today, dt.time(10))
    # spike notices do not count as negative mentions, and the ratio comes from the setting
    assert watch.spike_status(store, today)["today"] == 5
    store.set_setting(watch.THRESHOLDS_SETTING, {"spike_ratio": 6})
    assert not watch.spike_status(store, today)["spike"]


def test_spike_needs_the_ratio_against_a_busy_week(store: Store) -> None:
    _keywords(store)
    today = dt.date(2026, 11, 20)
    for day in range(1, 8):
        for i in range(4):
            watch.add_pasted(store, f"小美研究所过敏{day}-{i}", at=dt.datetime.combine(today - dt.timedelta(days=day), dt.time(8, i)))
    for i in range(6):
        watch.add_pasted(store, f"小美研究所过敏今天{i}", at=dt.datetime.combine(today, dt.time(8, i)))
    status = watch.spike_status(store, today)
    assert status["today"] == 6 and status["average"] == 4.0 and not status["spike"]  # 6 < 2 × 4


def test_month_alert_summary(store: Store) -> None:
    _keywords(store)
    at = dt.datetime(2026, 10, 5, 9, 0)
    watch.add_pasted(store, "小美研究所过敏了\n小美研究所是假货\n小美研究所的课真好", at=at)
    watch.add_pasted(store, "小美研究所烂脸了", at=dt.datetime(2026, 11, 1, 9))
    ids = [a["id"] for a in watch.alerts(store) if a["mentioned_at"].month == 10]
    watch.respond(store, ids[0], text="抱歉", at=at + dt.timedelta(hours=2), resolve=True)
    watch.respond(store, ids[1], text="抱歉", at=at + dt.timedelta(hours=30))
    summary = watch.month_alert_summary(store, "2026-10")
    assert summary["alerts"] == 2 and summary["resolved"] == 1 and summary["open"] == 1
    assert summary["median_response_hours"] == 16.0 and summary["within_24h_rate"] == 0.5
    # worst first response 30 h; answered in exactly the 2 h allowed is in time, 30 h is overdue
    assert summary["worst_response_hours"] == 30.0 and summary["overdue"] == 1
    assert summary["mentions"] == 3 and summary["negative_mentions"] == 2
    assert summary["top_terms"][0] == ["小美研究所", 2]
    empty = watch.month_alert_summary(store, "2026-09")
    assert empty["alerts"] == 0 and empty["median_response_hours"] is None



# ---------------------------------------------------------------------------------------------
# Response clock, spikes on any day, templates by complaint kind (clock fixed at 2026-11-18 10:30)


def test_response_clock_marks_overdue_and_lists_it_first(store: Store) -> None:
    _keywords(store)
    watch.add_pasted(store, "小美研究所的精华烂脸了", at=dt.datetime(2026, 11, 18, 7, 0))
    watch.add_pasted(store, "小美研究所的课是智商税", at=dt.datetime(2026, 11, 18, 10, 0))
    watch.add_pasted(store, "小美研究所发货太慢了，差评", at=dt.datetime(2026, 11, 17, 9, 0))
    late = next(a for a in watch.alerts(store) if "差评" in a["text"])
    watch.respond(store, late["id"], text="抱歉", at=dt.datetime(2026, 11, 17, 12, 0))
    rows = watch.alerts(store)
    assert [r["text"] for r in rows][0] == "小美研究所的精华烂脸了"
    first, fresh, answered = rows[0], rows[1], rows[2]
    assert (first["waited_hours"], first["overdue"], first["severity"], first["limit_hours"]) == (3.5, True, "negative", 2)
    assert (fresh["waited_hours"], fresh["overdue"]) == (0.5, False)
    # answered after three hours: it was late, but it is no longer waiting
    assert answered["status"] == "responding" and answered["waited_hours"] == 3.0 and answered["overdue"]
    assert watch.alert_counts(store)["overdue"] == 1
    store.set_setting(watch.RESPONSE_SETTING, {"negative": 4})
    assert watch.response_limits(store) == {"negative": 4.0, "neutral": 24.0}
    assert watch.alert_counts(store)["overdue"] == 0
    assert not watch.alerts(store)[0]["overdue"]


def test_resolving_without_a_reply_stops_the_clock(store: Store) -> None:
    _keywords(store)
    watch.add_pasted(store, "小美研究所的精华烂脸了", at=dt.datetime(2026, 11, 18, 9, 0))
    alert = watch.alerts(store)[0]
    watch.set_alert_status(store, alert["id"], "resolved")
    alert = watch.alerts(store)[0]
    assert alert["first_response_at"] == dt.datetime(2026, 11, 18, 10, 30) and alert["waited_hours"] == 1.5
    assert watch.alert_counts(store)["overdue"] == 0


def test_a_spike_on_an_earlier_day_of_the_window_is_found(store: Store) -> None:
    _keywords(store)
    day = dt.date(2026, 11, 15)
    for i in range(6):
        watch.add_pasted(store, f"小美研究所烂脸了{i}", at=dt.datetime.combine(day, dt.time(20, i)))
    status = watch.spike_status(store)  # today 2026-11-18 is quiet
    assert not status["spike"] and status["today"] == 0
    assert status["spike_days"] == [{"day": day, "count": 6, "average": 0.0, "ratio": None}]
    ids = watch.scan_store(store)["spike_alert_ids"]
    assert len(ids) == 1 and watch.raise_spike_alerts(store) == ids
    spike = next(a for a in watch.alerts(store) if a["urgent"])
    assert spike["mentioned_at"] == dt.datetime.combine(day, dt.time(20, 4)) and spike["overdue"]
    # outside the window (7 days) it is no longer looked for
    assert watch.spike_status(store, dt.date(2026, 11, 25))["spike_days"] == []


def test_reply_templates_offered_by_complaint_kind(store: Store) -> None:
    _keywords(store)
    for name in ("感谢好评", "过敏安抚", "物流延迟致歉", "退款进度说明", "回应「智商税」质疑"):
        watch.save_template(store, name, "抱歉")
    watch.add_pasted(store, "小美研究所退款申请一周没人理，要投诉了")
    alert = watch.alerts(store)[0]
    assert alert["kinds"] == ["refund", "service"]
    offered = watch.templates_for(alert, watch.reply_templates(store))
    assert [t["name"] for t in offered][:2] == ["退款进度说明", "感谢好评"]
    assert [t["matched"] for t in offered] == [True, False, False, False, False]
    allergy = watch.templates_for({"kinds": ["allergy"]}, watch.reply_templates(store))
    assert allergy[0]["name"] == "过敏安抚" and allergy[0]["kind"] == "allergy"
    assert watch.template_kind("回应「智商税」质疑") == "effect"
