"""Fixtures for the views: a small hand-made store, a demo store, a synchronous view context."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings

from app.store import Store
from app.views.context import DataSignals, ViewContext
from app.views.tasks import TaskRunner
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()
MONTH_START = TODAY.replace(day=1)


def seed_store(store: Store) -> None:
    """A few rows in every table the tabs show, dated around this month."""
    now = dt.datetime.combine(MONTH_START, dt.time(9, 0))
    rows: dict[str, list[dict[str, object]]] = {
        "account": [
            {"id": 1, "platform": "wechat", "name": "肌理研究所", "is_own": True},
            {"id": 2, "platform": "douyin", "name": "肌理研究所", "is_own": True},
            {"id": 3, "platform": "xiaohongshu", "name": "肌理小研", "is_own": True},
            {"id": 4, "platform": "douyin", "name": "同行A", "is_own": False},
        ],
        "topic": [
            {"id": 1, "title": "换季敏感肌怎么护理", "source": "hot_date", "status": "planned", "tags": ["敏感肌"],
             "platforms": ["wechat", "douyin"], "score_timeliness": 5, "score_value": 4, "score_conversion": 3,
             "target_month": MONTH_START.strftime("%Y-%m")},
            {"id": 2, "title": "成分党必看：烟酰胺入门", "source": "user_need", "status": "idea", "tags": [],
             "platforms": ["xiaohongshu"], "score_timeliness": 2, "score_value": 5, "score_conversion": 4},
            {"id": 3, "title": "100% 防晒 的误区", "source": "competitor", "status": "idea", "tags": ["防晒"],
             "platforms": [], "score_timeliness": 3, "score_value": 3, "score_conversion": 2},
        ],
        "post": [
            {"id": 1, "account_id": 1, "topic_id": 1, "title": "换季敏感肌护理全攻略", "format": "article",
             "status": "published", "published_at": now + dt.timedelta(days=1)},
            {"id": 2, "account_id": 2, "topic_id": 1, "title": "30秒看懂敏感肌", "format": "video",
             "status": "published", "published_at": now + dt.timedelta(days=1, hours=10)},
            {"id": 3, "account_id": 3, "topic_id": 2, "title": "烟酰胺怎么用不踩雷", "format": "image",
             "status": "scheduled", "scheduled_at": now + dt.timedelta(days=5, hours=11)},
            {"id": 4, "account_id": 1, "topic_id": 2, "title": "烟酰胺长文（草稿）", "format": "article",
             "status": "drafting"},
            {"id": 5, "account_id": 4, "title": "同行的视频", "format": "video", "status": "published",
             "published_at": now + dt.timedelta(days=2)},
        ],
        "post_metrics": [
            {"post_id": 1, "captured_on": MONTH_START + dt.timedelta(days=2), "views": 800, "likes": 10},
            {"post_id": 1, "captured_on": MONTH_START + dt.timedelta(days=6), "views": 1200, "likes": 30,
             "comments": 5, "conversions": 3, "revenue": 297.0},
            {"post_id": 2, "captured_on": MONTH_START + dt.timedelta(days=6), "views": 50000, "likes": 2100,
             "shares": 300},
        ],
        "account_daily": [
            {"account_id": acc, "day": MONTH_START - dt.timedelta(days=30 - i), "followers_total": base + 40 * i,
             "net_follows": 40}
            for acc, base in ((1, 12000), (2, 30000), (3, 8000))
            for i in range(31)
        ],
        "community": [
            {"id": 1, "name": "肌理粉丝1群", "platform": "wechat", "theme": "护肤答疑", "owner": "小林", "rituals": []},
            {"id": 2, "name": "会员福利群", "platform": "wechat", "theme": "福利", "owner": "小林", "rituals": []},
        ],
        "member": [
            {"id": i, "platform": ("wechat", "douyin", "xiaohongshu")[i % 3], "nickname": f"用户{i:03d}",
             "community_id": 1 + i % 2, "segment": ("core", "potential", "churned", "new")[i % 4],
             "region": ("上海", "广州", "成都")[i % 3], "purchases": i % 5 or None, "spend": (i % 5) * 99.0 or None,
             "last_active": TODAY - dt.timedelta(days=i)}
            for i in range(1, 31)
        ],
        "campaign": [
            {"id": 1, "name": "双11 打卡挑战", "type": "checkin", "goal_type": "followers", "status": "planning",
             "start_day": MONTH_START + dt.timedelta(days=10), "end_day": MONTH_START + dt.timedelta(days=17),
             "target_participants": 500, "target_followers": 2000, "budget": 3000.0, "channels": []},
        ],
    }
    from sqlmodel import SQLModel

    import app.models  # noqa: F401 - registers every table

    stamp = {"created_at": now, "updated_at": now}
    with store.writing() as session:
        for table, values in rows.items():
            sa_table = SQLModel.metadata.tables[table]
            needs_stamp = "created_at" in sa_table.c
            for v in values:  # rows differ in their keys, so one statement each (a handful of rows)
                session.execute(sa.insert(sa_table).values({**stamp, **v} if needs_stamp else v))


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    """QSettings go to a temp folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def seeded_store(store: Store) -> Store:
    seed_store(store)
    return store


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One demo store per test module (the demo data service, a year of data)."""
    from app.services.demo import fill_demo

    opened = Store.open(tmp_path_factory.mktemp("demo"))
    fill_demo(opened)
    yield opened
    opened.close()


def make_ctx(store: Store) -> ViewContext:
    """A view context whose background work runs synchronously, in place."""
    return ViewContext(store, TaskRunner(synchronous=True), DataSignals())


@pytest.fixture
def ctx(seeded_store: Store, qapp: object) -> ViewContext:
    return make_ctx(seeded_store)
