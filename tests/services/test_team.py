"""The team store's who-did-what and stale saves (issue 21), on the local store and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.models import Account, Campaign, Platform, PostRevision, Topic
from app.services import campaigns, drafts, team, topics
from app.store.errors import StaleEditError


@pytest.fixture(autouse=True)
def _own_config(tmp_path, monkeypatch) -> None:
    """This computer's local settings (the operator's name) in a folder of the test's own."""
    monkeypatch.setenv("OPSDESK_CONFIG_DIR", str(tmp_path / "config"))


def test_my_name_is_kept_per_computer_trimmed_and_forgotten_when_emptied(tmp_path) -> None:
    assert team.my_name() is None
    assert team.set_my_name("  小 美  ") == "小 美"
    assert team.my_name() == "小 美"
    assert (tmp_path / "config" / "local.json").exists()
    assert team.set_my_name("") is None
    assert team.my_name() is None


@pytest.mark.both_engines
def test_rows_keep_who_created_and_who_last_changed_them(store) -> None:
    team.set_my_name("小美")
    topic_id = topics.create_topic(store, "秋冬换季护肤")
    team.set_my_name("阿强")
    row = topics.update_topic(store, topic_id, title="秋冬换季护肤指南")
    with store.reading() as session:
        topic = session.get(Topic, topic_id)
    assert (topic.created_by, topic.updated_by, row.updated_by) == ("小美", "阿强", "阿强")
    assert row.version == 2


@pytest.mark.both_engines
def test_draft_revisions_and_history_say_who_saved_them(store) -> None:
    with store.writing() as session:
        account_id = session.insert(Account(platform=Platform.xiaohongshu, name="小美的笔记", is_own=True))
    team.set_my_name("小美")
    post_id = drafts.create_draft(store, account_id, "换季护肤")
    team.set_my_name("阿强")
    drafts.save_draft(store, post_id, {"body": "第二稿"})
    history = drafts.revisions(store, post_id)
    assert [r.saved_by for r in history][:1] == ["阿强"]
    with store.reading() as session:
        savers = session.exec(select(PostRevision.saved_by).where(PostRevision.post_id == post_id)).all()
    assert "阿强" in savers


@pytest.mark.both_engines
def test_a_stale_topic_save_is_refused_naming_who_changed_it_and_overwrite_needs_the_new_version(store) -> None:
    topic_id = topics.create_topic(store, "秋冬换季护肤")
    seen = topics.get_topic(store, topic_id).version
    team.set_my_name("小美")
    topics.update_topic(store, topic_id, seen_version=seen, title="小美的标题")  # the first window saves
    team.set_my_name("阿强")
    with pytest.raises(StaleEditError) as caught:  # the second window still holds the old copy
        topics.update_topic(store, topic_id, seen_version=seen, title="阿强的标题")
    assert caught.value.updated_by == "小美"
    assert "小美" in caught.value.message() and "2026-11-18 10:30" in caught.value.message()
    assert topics.get_topic(store, topic_id).title == "小美的标题"  # nothing overwritten
    topics.update_topic(store, topic_id, seen_version=caught.value.version, title="阿强的标题")
    assert topics.get_topic(store, topic_id).title == "阿强的标题"


def test_a_bulk_change_moves_the_version_so_an_open_editor_is_told(store) -> None:
    topic_id = topics.create_topic(store, "秋冬换季护肤")
    seen = topics.get_topic(store, topic_id).version
    topics.bulk_set_month(store, [topic_id], "2026-12")
    with pytest.raises(StaleEditError):
        topics.update_topic(store, topic_id, seen_version=seen, target_month=None)


@pytest.mark.both_engines
def test_stale_draft_and_campaign_saves_are_refused(store) -> None:
    with store.writing() as session:
        account_id = session.insert(Account(platform=Platform.douyin, name="小美抖音", is_own=True))
    post_id = drafts.create_draft(store, account_id, "换季护肤")
    seen = drafts.get_draft(store, post_id).version
    drafts.save_draft(store, post_id, {"body": "一"}, seen_version=seen)
    with pytest.raises(StaleEditError):
        drafts.save_draft(store, post_id, {"body": "二"}, seen_version=seen)
    assert drafts.get_draft(store, post_id).body == "一"

    import datetime as dt

    campaign_id = campaigns.create_campaign(store, name="双十一", start_day=dt.date(2026, 11, 1),
                                            end_day=dt.date(2026, 11, 11))
    with store.reading() as session:
        seen = session.get(Campaign, campaign_id).version
    campaigns.update_campaign(store, campaign_id, seen_version=seen, name="双十一大促")
    with pytest.raises(StaleEditError):
        campaigns.update_campaign(store, campaign_id, seen_version=seen, name="双十一狂欢")
    assert campaigns.campaign(store, campaign_id)["name"] == "双十一大促"


@pytest.mark.both_engines
def test_a_stale_month_goal_is_refused_whether_it_was_set_changed_or_removed_meanwhile(store) -> None:
    from app.services import goals

    team.set_my_name("小美")
    goals.set_month_target(store, "2026-03", "views", 50000, seen_version=0)
    version = goals.goal_versions(store, 2026)[(None, goals.GoalMetric.views, "2026-03")]
    with pytest.raises(StaleEditError) as set_meanwhile:  # another window still showed it unset
        goals.set_month_target(store, "2026-03", "views", 60000, seen_version=0)
    assert set_meanwhile.value.updated_by == "小美"
    goals.set_month_target(store, "2026-03", "views", 55000, seen_version=version)
    with pytest.raises(StaleEditError):  # changed since `version`
        goals.set_month_target(store, "2026-03", "views", 70000, seen_version=version)
    goals.set_month_target(store, "2026-03", "views", None, seen_version=version + 1)  # removed
    with pytest.raises(StaleEditError):
        goals.set_month_target(store, "2026-03", "views", 80000, seen_version=version + 1)
    assert goals.annual_targets(store, 2026).get((None, goals.GoalMetric.views)) is None


@pytest.mark.both_engines
def test_a_year_split_over_a_month_someone_changed_since_is_refused_whole(store) -> None:
    from app.services import goals

    shown = goals.goal_versions(store, 2026)  # the goals editor opens on an empty year
    goals.set_month_target(store, "2026-05", "views", 9000, seen_version=0)  # another operator, meanwhile
    with pytest.raises(StaleEditError):
        goals.set_annual_target(store, 2026, "views", 120000, seen_versions=shown)
    views = (None, goals.GoalMetric.views)
    assert goals.annual_targets(store, 2026)[views] == [None] * 4 + [9000] + [None] * 7  # nothing else written
    months = goals.set_annual_target(store, 2026, "views", 120000, seen_versions=goals.goal_versions(store, 2026))
    assert sum(months) == 120000 and goals.annual_targets(store, 2026)[views] == months
