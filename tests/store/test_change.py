"""One update step (issue 17 duplication): `UnitOfWork.change` loads a row, sets its fields and stamps
`updated_at`, for every service that edits a record; the services' own "not found" errors still reach
the user, and a failed change writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app import clock
from app.i18n import UserError
from app.models import Community, Feedback, Topic
from app.services.campaigns import CampaignError, create_campaign, update_campaign
from app.services.community import CommunityError, create_community, update_community
from app.services.feedback import FeedbackError, add_feedback, update_feedback
from app.services.hotdates import HotDateError, update_hot_date
from app.services.topics import TopicNotFoundError, create_topic, update_topic
from app.store import Store

LATER = dt.datetime(2026, 11, 20, 16, 45)


def test_change_sets_fields_and_stamps_the_row(store: Store) -> None:
    with store.writing() as uow:
        topic_id = uow.insert(Topic(title="旧标题"))
    clock.fix(LATER)
    with store.writing() as uow:
        changed = uow.change((Topic, topic_id), {"title": "新标题", "description": "换个角度"},
                             missing=UserError("gone"))
        assert changed.title == "新标题"
    with store.reading() as uow:
        topic = uow.get(Topic, topic_id)
        assert topic is not None
        assert (topic.title, topic.description, topic.updated_at) == ("新标题", "换个角度", LATER)
        assert topic.created_at < LATER


def test_change_of_a_gone_row_raises_the_callers_error_and_writes_nothing(store: Store) -> None:
    class GoneError(UserError):
        pass

    with pytest.raises(GoneError), store.writing() as uow:
        uow.insert(Topic(title="同一事务里新建的"))
        uow.change((Topic, 999), {"title": "x"}, missing=GoneError("找不到"))
    with store.reading() as uow:
        assert uow.exec(sa.select(Topic)).all() == []


def test_a_row_without_updated_at_is_changed_without_a_stamp(store: Store) -> None:
    feedback_id = add_feedback(store, "物流太慢", source="other")
    update_feedback(store, feedback_id, text="物流太慢了，等了五天")
    with store.reading() as uow:
        feedback = uow.get(Feedback, feedback_id)
        assert feedback is not None and feedback.text == "物流太慢了，等了五天"
    assert "updated_at" not in Feedback.model_fields


def test_the_services_update_through_change(store: Store) -> None:
    community_id = create_community(store, "老客群")
    topic_id = create_topic(store, "秋冬修护")
    campaign_id = create_campaign(store, name="双11", start_day=dt.date(2026, 11, 1), end_day=dt.date(2026, 11, 11))
    clock.fix(LATER)
    update_community(store, community_id, theme="复购")
    assert update_topic(store, topic_id, description="先做小红书").updated_at == LATER
    update_campaign(store, campaign_id, notes="提前预热")
    with store.reading() as uow:
        community = uow.get(Community, community_id)
        assert community is not None and (community.theme, community.updated_at) == ("复购", LATER)
    for call, error in ((lambda: update_community(store, 404, theme="x"), CommunityError),
                        (lambda: update_feedback(store, 404, text="x"), FeedbackError),
                        (lambda: update_topic(store, 404, description="x"), TopicNotFoundError),
                        (lambda: update_campaign(store, 404, notes="x"), CampaignError),
                        (lambda: update_hot_date(store, 404, notes="x"), HotDateError)):
        with pytest.raises(error, match="404"):
            call()
