"""Shared pieces of every table: the constraint naming convention, enums and column helpers.

The enums are `StrEnum`s whose member names equal their values, because SQLAlchemy stores an
enum's *name*: the database then holds exactly the codes of the data contract (DESIGN §4.1).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from app import clock
from app.i18n import QT_TRANSLATE_NOOP

# Alembic with render_as_batch needs named constraints to alter them on SQLite.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Platform(StrEnum):
    wechat = "wechat"
    douyin = "douyin"
    xiaohongshu = "xiaohongshu"
    channels = "channels"
    weibo = "weibo"
    bilibili = "bilibili"
    zhihu = "zhihu"
    kuaishou = "kuaishou"
    toutiao = "toutiao"


#: How operators name each platform: files and stored data use these Chinese names; the views show them
#: through `platform_name()`, translated in the "platforms" context (issue 16).
PLATFORM_NAMES: dict[Platform, str] = {
    Platform.wechat: QT_TRANSLATE_NOOP("platforms", "公众号"),
    Platform.douyin: QT_TRANSLATE_NOOP("platforms", "抖音"),
    Platform.xiaohongshu: QT_TRANSLATE_NOOP("platforms", "小红书"),
    Platform.channels: QT_TRANSLATE_NOOP("platforms", "视频号"),
    Platform.weibo: QT_TRANSLATE_NOOP("platforms", "微博"),
    Platform.bilibili: QT_TRANSLATE_NOOP("platforms", "B站"),
    Platform.zhihu: QT_TRANSLATE_NOOP("platforms", "知乎"),
    Platform.kuaishou: QT_TRANSLATE_NOOP("platforms", "快手"),
    Platform.toutiao: QT_TRANSLATE_NOOP("platforms", "头条号"),
}

#: One colour per platform, used the same way on every chart and calendar chip.
PLATFORM_COLORS: dict[Platform, str] = {
    Platform.wechat: "#07C160",
    Platform.douyin: "#1F1F1F",
    Platform.xiaohongshu: "#FF2442",
    Platform.channels: "#FA9D3B",
    Platform.weibo: "#E6162D",
    Platform.bilibili: "#00A1D6",
    Platform.zhihu: "#0066FF",
    Platform.kuaishou: "#FF4906",
    Platform.toutiao: "#F04142",
}


def now() -> datetime:
    """Local wall-clock time without zone, to the second (DESIGN §4.1)."""
    return clock.now().replace(microsecond=0)


#: The SQL type of list and mapping columns (tags, platforms, channels, an export row's `extra`).
JSON = sa.JSON


class TimestampedModel(SQLModel):
    """Creation and last-change times, kept by the services that write the row."""

    created_at: NaiveDatetime = Field(default_factory=now)
    updated_at: NaiveDatetime = Field(default_factory=now)
