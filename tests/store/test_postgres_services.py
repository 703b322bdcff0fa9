"""Service SQL that used SQLite-only functions, on both engines (issue 21): the topic library's tag and
platform filters (formerly json_each) and its text search over JSON tags, each row found exactly."""

from __future__ import annotations

import pytest

from app.services.topics import create_topic, topic_tags, topics_table
from app.store import Store

pytestmark = pytest.mark.both_engines


def test_the_topic_library_filters_by_one_tag_and_platform(store: Store) -> None:
    sale = create_topic(store, "双11 攻略", tags=["双11", "大促"], platforms=["douyin", "xiaohongshu"])
    longer = create_topic(store, "双11 复盘", tags=["双11复盘"], platforms=["wechat"])
    quoted = create_topic(store, "引号标签", tags=['50% "干货"', "a_b"], platforms=["douyin"])
    create_topic(store, "没有标签")
    assert topics_table(tag="双11").ids(store) == [sale]
    assert topics_table(tag="双11复盘").ids(store) == [longer]
    assert topics_table(tag='50% "干货"').ids(store) == [quoted]
    assert topics_table(tag="a_b").ids(store) == [quoted]
    assert topics_table(tag="axb").ids(store) == []
    assert topics_table(platform="douyin").ids(store) == [sale, quoted]
    assert topics_table(platform="wechat", tag="双11").ids(store) == []
    assert topics_table().ids(store, text="a_b") == [quoted]  # the search reads the JSON tags as text
    assert set(topic_tags(store)) == {"双11", "大促", "双11复盘", '50% "干货"', "a_b"}
