"""The shared save/delete of one record: insert, update with updated_at, a missing id, delete twice."""

from __future__ import annotations

import datetime as dt

import pytest

from app.i18n import UserError
from app.models import Collaboration, Lesson
from app.services.records import delete_record, required_text, save_record
from app.store import Store


def test_insert_update_and_delete(store: Store) -> None:
    gone = UserError("不存在")
    record_id = save_record(store, Collaboration, None, {"partner": "小红书博主A"}, gone)
    with store.writing() as session:
        row = session.get(Collaboration, record_id)
        row.updated_at = dt.datetime(2020, 1, 1)
    assert save_record(store, Collaboration, record_id, {"partner": "博主B", "cost": 800.0}, gone) == record_id
    with store.reading() as session:
        row = session.get(Collaboration, record_id)
        assert (row.partner, row.cost) == ("博主B", 800.0)
        assert row.updated_at > dt.datetime(2020, 1, 1)
    delete_record(store, Collaboration, record_id)
    delete_record(store, Collaboration, record_id)
    with store.reading() as session:
        assert session.get(Collaboration, record_id) is None


def test_a_missing_id_raises_the_callers_error_and_writes_nothing(store: Store) -> None:
    with pytest.raises(UserError, match="经验 99 不存在"):
        save_record(store, Lesson, 99, {"title": "x"}, UserError("经验 99 不存在"))
    with store.reading() as session:
        assert session.get(Lesson, 99) is None


def test_required_text_is_stripped_and_refused_blank_when_given_or_created() -> None:
    empty = UserError("名称不能为空")
    fields = {"name": "  双11  "}
    required_text(fields, "name", empty)
    assert fields == {"name": "双11"}
    untouched: dict[str, object] = {"notes": "x"}
    required_text(untouched, "name", empty)
    assert untouched == {"notes": "x"}
    for blank, creating in (({"name": "   "}, False), ({"name": None}, False), ({}, True)):
        with pytest.raises(UserError, match="名称不能为空"):
            required_text(dict(blank), "name", empty, creating=creating)


def test_every_editor_refuses_a_field_it_does_not_have_before_writing(store: Store) -> None:
    """A misspelt field is the calling code's mistake: TypeError naming it, the same in every service."""
    from app.services import campaigns, collaborations, community, competitors, feedback, hotdates

    calls = {
        "campaign": lambda: campaigns.create_campaign(store, name="双11", start_day=dt.date(2026, 11, 1),
                                                      end_day=dt.date(2026, 11, 11), colour="red"),
        "promotion": lambda: campaigns.save_promotion(store, colour="red"),
        "collaboration": lambda: collaborations.save_collaboration(store, partner="博主A", colour="red"),
        "community": lambda: community.create_community(store, "老客群", colour="red"),
        "competitor": lambda: competitors.add_competitor(store, "douyin", "对手", colour="red"),
        "feedback": lambda: feedback.update_feedback(store, 1, colour="red"),
        "hot date": lambda: hotdates.update_hot_date(store, 1, colour="red"),
    }
    for record, call in calls.items():
        with pytest.raises(TypeError, match=f"unknown {record} fields: \\['colour'\\]"):
            call()
    with store.reading() as uow:
        assert all(uow.connection().exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() == 0
                   for t in ("campaign", "promotion", "collaboration", "community", "account", "feedback"))
