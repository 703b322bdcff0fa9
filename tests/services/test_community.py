"""Communities, the paged members list (filter, search, sort), member details and personas."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from app.services import community as cs
from app.services.community import MemberFilter
from app.services.feedback import add_feedback
from app.store import Store

#: Run on the local SQLite store and on a PostgreSQL team store (issue 21).
pytestmark = pytest.mark.both_engines

RITUAL = {"title": "案例拆解直播", "weekday": 2, "time": "20:00", "minutes": 60}


def insert_members(store: Store, rows: list[dict[str, Any]]) -> None:
    columns = ("nickname", "platform", "community_id", "segment", "region", "gender", "active_hour", "tags",
               "notes", "spend", "last_active")
    with store.engine.begin() as conn:
        conn.execute(sa.text(f"INSERT INTO member ({', '.join(columns)}) VALUES "
                             f"({', '.join(':' + c for c in columns)})"),
                     [{key: row.get(key) for key in columns} for row in rows])


@pytest.fixture
def people(store: Store) -> dict[str, int]:
    a = cs.create_community(store, "职场干货1群", channel="wechat_group", platform="wechat", rituals=[RITUAL])
    b = cs.create_community(store, "小红书读者群", channel="xhs_group", size_entered=480)
    insert_members(store, [
        {"nickname": "阿花", "platform": "wechat", "community_id": a, "segment": "core", "region": "上海",
         "gender": "女", "active_hour": 21, "tags": "干货,职场，副业", "notes": "想要简历模板", "spend": 800},
        {"nickname": "小明", "platform": "douyin", "community_id": a, "segment": "potential", "region": "北京",
         "gender": "男", "active_hour": 21, "tags": "职场、面试", "spend": 50},
        {"nickname": "花花世界", "platform": "xiaohongshu", "community_id": b, "segment": "churned", "region": "上海",
         "gender": "女", "active_hour": 8, "tags": "穿搭", "notes": "100%_满意"},
        {"nickname": "无名", "platform": "wechat", "segment": "new"},
    ])
    return {"a": a, "b": b}


def test_community_create_edit_archive(store: Store, people: dict[str, int]) -> None:
    listed = cs.list_communities(store)
    assert [(c["name"], c["members"], c["size_entered"]) for c in listed] == [
        ("小红书读者群", 1, 480), ("职场干货1群", 2, None)]
    assert listed[1]["rituals"] == [RITUAL] and listed[0]["channel_name"] == "小红书群聊"
    cs.update_community(store, people["a"], theme="职场成长", owner="运营小王")
    cs.archive_community(store, people["b"])
    listed = cs.list_communities(store)
    assert [c["name"] for c in listed] == ["职场干货1群"] and listed[0]["owner"] == "运营小王"
    assert len(cs.list_communities(store, include_archived=True)) == 2
    with pytest.raises(cs.CommunityError):
        cs.create_community(store, "职场干货1群")
    with pytest.raises(cs.CommunityError):
        cs.create_community(store, "  ")
    with pytest.raises(cs.CommunityError):
        cs.update_community(store, people["a"], rituals=[{**RITUAL, "time": "25:00"}])
    with pytest.raises(cs.CommunityError):
        cs.update_community(store, 999, theme="x")


def test_ritual_events_repeat_weekly(store: Store, people: dict[str, int]) -> None:
    events = cs.ritual_events(store, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [e["start"] for e in events] == [dt.datetime(2026, 11, d, 20, 0) for d in (4, 11, 18, 25)]
    assert events[0]["end"] == dt.datetime(2026, 11, 4, 21, 0) and events[0]["community"] == "职场干货1群"


def nicknames(store: Store, filters: MemberFilter, **kwargs: Any) -> list[str]:
    return [row[1] for row in cs.member_page(store, filters, **kwargs)]


def test_filters_search_and_count_agree(store: Store, people: dict[str, int]) -> None:
    cases = {
        MemberFilter(): 4,
        MemberFilter(search="花"): 2,  # nickname
        MemberFilter(search="简历"): 1,  # note
        MemberFilter(search="职场"): 2,  # tags
        MemberFilter(search="%_"): 1,  # wildcards are literal
        MemberFilter(segment="core"): 1,
        MemberFilter(community_id=people["a"]): 2,
        MemberFilter(platform="wechat"): 2,
        MemberFilter(region="上海", search="花"): 2,
        MemberFilter(tag="职场"): 2,
        MemberFilter(tag="副业"): 1,
        MemberFilter(tag="职"): 0,  # a tag filter matches whole tags
    }
    for filters, expected in cases.items():
        assert cs.count_members(store, filters) == expected, filters
        assert len(cs.member_page(store, filters)) == expected, filters
        assert len(cs.member_ids(store, filters)) == expected, filters


def test_sorting_and_paging(store: Store, people: dict[str, int]) -> None:
    everyone = MemberFilter()
    # missing values last either way; equal values by id in the same direction
    assert nicknames(store, everyone, order_by="spend", descending=True) == ["阿花", "小明", "无名", "花花世界"]
    assert nicknames(store, everyone, order_by="spend") == ["小明", "阿花", "花花世界", "无名"]  # NULLs last
    by_community = cs.member_ids(store, everyone, order_by="community")
    assert [cs.member_rows(store, by_community)[i][3] for i in by_community] == [
        "小红书读者群", "职场干货1群", "职场干货1群", None]
    pages = [nicknames(store, everyone, order_by="nickname", offset=o, limit=2) for o in (0, 2)]
    assert sorted(pages[0] + pages[1]) == sorted(nicknames(store, everyone)) and len(pages[0]) == 2
    row = cs.member_page(store, MemberFilter(search="阿花"))[0]
    assert dict(zip(cs.COLUMN_KEYS, row, strict=True))["community"] == "职场干货1群"
    with pytest.raises(ValueError):
        cs.member_page(store, everyone, order_by="nickname; DROP TABLE member")


def test_member_detail_has_profile_tags_and_feedback(store: Store, people: dict[str, int]) -> None:
    member_id = cs.member_ids(store, MemberFilter(search="阿花"))[0]
    add_feedback(store, "希望多讲讲简历", member_id=member_id, source="dm", tags=["简历"])
    detail = cs.member_detail(store, member_id)
    assert detail is not None
    assert detail["profile"]["community"] == "职场干货1群" and detail["profile"]["segment"] == "core"
    assert detail["tags"] == ["干货", "职场", "副业"]
    assert detail["purchases"]["spend"] == 800 and detail["notes"] == "想要简历模板"
    assert [(f["text"], f["tags"]) for f in detail["feedback"]] == [("希望多讲讲简历", ["简历"])]
    assert cs.member_detail(store, 12345) is None


def test_persona_distributions(store: Store, people: dict[str, int]) -> None:
    everyone = cs.persona(store)
    assert everyone["members"] == 4
    assert dict(everyone["gender"]) == {"女": 2, "男": 1, None: 1}
    assert everyone["region"] == [("上海", 2), ("北京", 1), (None, 1)]
    assert everyone["active_hours"][21] == 2 and everyone["active_hours"][8] == 1 and sum(everyone["active_hours"]) == 3
    assert everyone["tags"][0] == ("职场", 2)
    assert dict(everyone["tags"])["穿搭"] == 1
    core = cs.persona(store, segment="core")
    assert core["members"] == 1 and core["region"] == [("上海", 1)]
    group_a = cs.persona(store, community_id=people["a"])
    assert group_a["members"] == 2 and dict(group_a["gender"]) == {"女": 1, "男": 1}


def test_persona_summary_lines_come_from_tags_and_feedback(store: Store, people: dict[str, int]) -> None:
    flower = cs.member_ids(store, MemberFilter(search="阿花"))[0]
    add_feedback(store, "想看面试技巧", member_id=flower, category="content", tags=["面试"])
    add_feedback(store, "课程太贵", member_id=flower, category="product", tags=["价格"])
    add_feedback(store, "客服回复慢", category="service")
    summary = {line["kind"]: line["text"] for line in cs.persona(store)["summary"]}
    assert "「面试」" in summary["need"]
    assert "「价格」" in summary["pain"] and "「服务」" in summary["pain"]
    assert "「职场」" in summary["preference"] and "21" in summary["preference"]
    core_lines = {line["kind"] for line in cs.persona(store, segment="churned")["summary"]}
    assert core_lines == {"preference"}  # that member gave no feedback


def test_filter_choices(store: Store, people: dict[str, int]) -> None:
    choices = cs.filter_choices(store)
    assert choices["platforms"][0] == "wechat" and choices["regions"][0] == "上海"
    assert [name for _, name in choices["communities"]] == ["小红书读者群", "职场干货1群"]
    assert choices["tags"][0] == "职场"
