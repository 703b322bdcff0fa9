"""The monthly review carries the month's brand alerts and their response times (issue 12 item 6)."""

from __future__ import annotations

import datetime as dt

from app.models import AlertStatus, Mention, Sentiment
from app.services.review import build_review
from app.store import Store


def test_alerts_and_response_times_are_on_the_review(store: Store) -> None:
    with store.writing() as session:
        session.add(Mention(text="小美面膜用了过敏，要退款", terms=["小美面膜", "过敏"], sentiment=Sentiment.negative,
                            is_alert=True, alert_status=AlertStatus.new, mentioned_at=dt.datetime(2026, 10, 3, 9)))
        session.add(Mention(text="买到假货了", terms=["假货"], sentiment=Sentiment.negative, is_alert=True,
                            alert_status=AlertStatus.resolved, mentioned_at=dt.datetime(2026, 10, 5, 8),
                            first_response_at=dt.datetime(2026, 10, 6, 14), response="已私信处理"))
        session.add(Mention(text="上个月的", terms=["假货"], sentiment=Sentiment.negative, is_alert=True,
                            alert_status=AlertStatus.new, mentioned_at=dt.datetime(2026, 9, 30, 23)))
    review = build_review(store, "2026-10", as_of=dt.date(2026, 11, 5), with_diagnosis=False)
    watch = review["watch"]
    assert (watch["alerts"], watch["open"], watch["resolved"], watch["responded"]) == (2, 1, 1, 1)
    assert watch["median_response_hours"] == 30.0
    texts = [s["text"] for s in review["shortfalls"] if s["kind"] == "watch"]
    assert texts == ["舆情预警 2 条，还有 1 条没处理完", "舆情预警首次回复要 30.0 小时（中位数），24 小时内回复的只有 0.00%",
                     "舆情预警有 2 条超过回复时限才回复或还没回复，最慢的首次回复用了 30.0 小时"]
    assert (watch["worst_response_hours"], watch["overdue"]) == (30.0, 2)


def test_printed_review_shows_worst_response_and_overdue(store: Store, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.report.review_sheet import review_html

    with store.writing() as session:
        session.add(Mention(text="买到假货了", terms=["假货"], sentiment=Sentiment.negative, is_alert=True,
                            alert_status=AlertStatus.resolved, mentioned_at=dt.datetime(2026, 10, 5, 8),
                            first_response_at=dt.datetime(2026, 10, 5, 20, 30), response="已私信处理"))
    review = build_review(store, "2026-10", as_of=dt.date(2026, 11, 5), with_diagnosis=False)
    html, _images = review_html(review, 700, QCoreApplication.translate)
    section = html[html.index("品牌舆情"):]
    assert "最慢（小时）" in section and "超时" in section
    # median and worst first response of the one alert: 12.5 h each, beyond the 2 h allowed
    assert section.replace(" ", "").count(">12.5<") == 2 and review["watch"]["overdue"] == 1
