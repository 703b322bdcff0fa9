"""The feedback log, feedback → topic (linked both ways), and the user needs list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from app.i18n import untranslated
from app.models import Topic, TopicSource
from app.report.workbooks import write_needs_xlsx
from app.services import feedback as fb
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines


def at(day: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, 10, 0)


def test_crud_and_chinese_names_accepted(store: Store) -> None:
    fid = fb.add_feedback(store, "  希望出一期简历修改  ", source="私信", category="content", tags=["简历", "简历", " "])
    item = fb.get_feedback(store, fid)
    assert (item["text"], item["source"], item["status"], item["tags"]) == ("希望出一期简历修改", "dm", "new", ["简历"])
    fb.update_feedback(store, fid, status="done", category="产品")
    assert [(f["status"], f["category"]) for f in fb.list_feedback(store)] == [("done", "product")]
    assert fb.list_feedback(store, status="new") == []
    assert len(fb.list_feedback(store, search="简历")) == 1
    fb.delete_feedback(store, fid)
    assert fb.list_feedback(store) == []
    with pytest.raises(fb.FeedbackError):
        fb.add_feedback(store, "   ")
    with pytest.raises(fb.FeedbackError):
        fb.add_feedback(store, "x", source="carrier pigeon")
    with pytest.raises(fb.FeedbackError):
        fb.get_feedback(store, fid)


def test_make_topic_links_both_ways_and_only_once(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO member (nickname) VALUES ('阿花')"))
    text = "能不能讲讲三十岁转行做新媒体运营要准备什么，我现在很迷茫\n第二行"
    fid = fb.add_feedback(store, text, source="group", member_id=1, tags=["转行"], received_at=at(20))
    topic_id = fb.make_topic_from_feedback(store, fid)
    with store.reading() as session:
        topic = session.get(Topic, topic_id)
    assert topic is not None and topic.source == TopicSource.user_need
    assert topic.title.startswith("能不能讲讲三十岁转行") and len(topic.title) <= fb.TITLE_LENGTH
    assert f"#{fid}" in (topic.description or "") and "社群" in (topic.description or "")
    assert "阿花" in (topic.description or "") and "我现在很迷茫" in (topic.description or "")
    assert topic.tags == ["转行"] and topic.title_key
    linked = fb.get_feedback(store, fid)
    assert linked["topic_id"] == topic_id and linked["topic"] == topic.title and linked["status"] == "planned"
    assert fb.make_topic_from_feedback(store, fid) == topic_id
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM topic")).scalar() == 1
    with pytest.raises(fb.FeedbackError):
        fb.make_topic_from_feedback(store, 999)


def test_needs_list_groups_by_tag_with_latest_examples(store: Store) -> None:
    fb.add_feedback(store, "简历怎么写", tags=["简历"], received_at=at(1))
    fb.add_feedback(store, "简历模板有吗", tags=["简历", "模板"], received_at=at(5))
    newest = fb.add_feedback(store, "简历投了没回音", tags=["简历"], received_at=at(9))
    fb.add_feedback(store, "简历第四条", tags=["简历"], received_at=at(3), status="wont_do")
    fb.add_feedback(store, "发货太慢", category="service", received_at=at(2))
    fb.make_topic_from_feedback(store, newest)
    needs = fb.needs_list(store)
    assert [(n["theme"], n["count"]) for n in needs] == [("简历", 3), ("服务（未打标签）", 1), ("模板", 1)]
    resume = needs[0]
    assert [e["text"] for e in resume["latest"]] == ["简历投了没回音", "简历模板有吗", "简历怎么写"]
    assert resume["open"] == 3 and resume["with_topic"] == 1 and resume["latest_at"] == at(9)
    assert needs[1]["tag"] is None and needs[1]["category"] == "service"
    assert fb.needs_list(store, include_closed=True)[0]["count"] == 4


def test_export_needs(store: Store, tmp_path: Path) -> None:
    fb.add_feedback(store, "=想要模板", tags=["模板"], received_at=at(4))
    path = tmp_path / "需求清单.xlsx"
    assert write_needs_xlsx(path, fb.needs_list(store), translate=untranslated) == 1
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("需求主题", "反馈条数")
    assert rows[1][:5] == ("模板", 1, 1, 0, "内容") and rows[1][6] == "· =想要模板"
