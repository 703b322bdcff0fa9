"""The shared save/delete of one record: insert, update with updated_at, a missing id, delete twice."""

from __future__ import annotations

import datetime as dt

import pytest

from app.i18n import UserError
from app.models import Collaboration, Lesson
from app.services.records import delete_record, save_record
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
