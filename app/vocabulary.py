"""The words the app shows for stored codes, and the month: each defined once (DESIGN §3).

- Platforms: code ↔ Chinese name (`platform_name`, `platform_code`), one colour each. Names are
  marked in the "platforms" context. Field limits and hashtag rules are data
  (`resources/wordlists/platform_limits.json`, read by `app.services.checks.platform_rules`).
- Labels: every stored enum code's display word, in one translation context ("labels"); the
  group of an enum is its class name in snake_case (`PostStatus` → `post_status`). Qt-free code
  calls `label(group, code, translate)`; the views translate through `app.views.table_models.label`.
- `Month`: one `YYYY-MM` parser with one error message; its bounds are half-open
  [`first`, `end`) — `end` is the next month's first day.

The metric dictionary (columns, units, labels) is `app.services.metrics`, since it carries SQL.
It lives beside `app.models`, not in it, so the command line and the window's first tab read these
words without building every table (`app.models.vocabulary` still offers the same names).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, Translate, UserError, untranslated

# --- Platforms ------------------------------------------------------------------------------------


class Platform(StrEnum):
    """The content platforms; the codes are what the store and files hold (DESIGN §4.1)."""

    wechat = "wechat"
    douyin = "douyin"
    xiaohongshu = "xiaohongshu"
    channels = "channels"
    weibo = "weibo"
    bilibili = "bilibili"
    zhihu = "zhihu"
    kuaishou = "kuaishou"
    toutiao = "toutiao"


#: How operators name each platform: files and stored data use these Chinese names; views and
#: documents show them through `platform_name()`, translated in the "platforms" context.
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

#: Where communities and members may live besides the content platforms (a QQ group): their names.
OTHER_PLATFORM_NAMES: dict[str, str] = {"qq": QT_TRANSLATE_NOOP("platforms", "QQ")}

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

_CODE_BY_NAME: dict[str, Platform] = {name: code for code, name in PLATFORM_NAMES.items()}


def platform_name(code: str | None, translate: Translate = untranslated) -> str:
    """The name of a platform code in the reader's language; "" for none, other codes as they are."""
    if not code:
        return ""
    name = PLATFORM_NAMES.get(code) or OTHER_PLATFORM_NAMES.get(str(code).lower())  # type: ignore[call-overload]
    return translate("platforms", name) if name else str(code)


def platform_code(text: str | None) -> Platform | None:
    """`douyin` or `抖音` → Platform.douyin; None for anything else (the caller says what is wrong)."""
    value = (text or "").strip()
    if value in Platform.__members__:
        return Platform(value)
    return _CODE_BY_NAME.get(value)


# --- Labels of stored codes -------------------------------------------------------------------------

LABEL_CONTEXT = "labels"

#: Display labels of every stored enum code, by group (the enum's class name in snake_case).
LABELS: dict[str, dict[str, str]] = {
    "post_status": {
        "drafting": QT_TRANSLATE_NOOP("labels", "撰写中"),
        "internal_review": QT_TRANSLATE_NOOP("labels", "内部审核"),
        "small_test": QT_TRANSLATE_NOOP("labels", "小范围测试"),
        "revising": QT_TRANSLATE_NOOP("labels", "修改中"),
        "scheduled": QT_TRANSLATE_NOOP("labels", "已排期"),
        "published": QT_TRANSLATE_NOOP("labels", "已发布"),
    },
    "post_format": {
        "article": QT_TRANSLATE_NOOP("labels", "文章"),
        "video": QT_TRANSLATE_NOOP("labels", "视频"),
        "image": QT_TRANSLATE_NOOP("labels", "图文"),
        "live": QT_TRANSLATE_NOOP("labels", "直播"),
        "other": QT_TRANSLATE_NOOP("labels", "其他"),
    },
    "topic_source": {
        "hot_date": QT_TRANSLATE_NOOP("labels", "热点"),
        "user_need": QT_TRANSLATE_NOOP("labels", "用户需求"),
        "product": QT_TRANSLATE_NOOP("labels", "产品"),
        "competitor": QT_TRANSLATE_NOOP("labels", "竞品"),
        "other": QT_TRANSLATE_NOOP("labels", "其他"),
    },
    "topic_status": {
        "idea": QT_TRANSLATE_NOOP("labels", "想法"),
        "planned": QT_TRANSLATE_NOOP("labels", "已排进计划"),
        "in_production": QT_TRANSLATE_NOOP("labels", "制作中"),
        "published": QT_TRANSLATE_NOOP("labels", "已发布"),
        "shelved": QT_TRANSLATE_NOOP("labels", "搁置"),
    },
    "priority": {
        "high": QT_TRANSLATE_NOOP("labels", "高"),
        "medium": QT_TRANSLATE_NOOP("labels", "中"),
        "low": QT_TRANSLATE_NOOP("labels", "低"),
    },
    "segment": {
        "core": QT_TRANSLATE_NOOP("labels", "核心用户"),
        "potential": QT_TRANSLATE_NOOP("labels", "潜力用户"),
        "churned": QT_TRANSLATE_NOOP("labels", "流失用户"),
        "new": QT_TRANSLATE_NOOP("labels", "新用户"),
    },
    "campaign_type": {
        "referral": QT_TRANSLATE_NOOP("labels", "裂变"),
        "checkin": QT_TRANSLATE_NOOP("labels", "打卡"),
        "interactive": QT_TRANSLATE_NOOP("labels", "互动抽奖"),
        "live": QT_TRANSLATE_NOOP("labels", "直播"),
        "other": QT_TRANSLATE_NOOP("labels", "其他"),
    },
    "campaign_goal": {
        "followers": QT_TRANSLATE_NOOP("labels", "涨粉"),
        "conversion": QT_TRANSLATE_NOOP("labels", "转化"),
        "reach": QT_TRANSLATE_NOOP("labels", "曝光"),
    },
    "campaign_status": {
        "planning": QT_TRANSLATE_NOOP("labels", "策划中"),
        "warmup": QT_TRANSLATE_NOOP("labels", "预热中"),
        "live": QT_TRANSLATE_NOOP("labels", "进行中"),
        "finished": QT_TRANSLATE_NOOP("labels", "已结束"),
        "reviewed": QT_TRANSLATE_NOOP("labels", "已复盘"),
    },
    #: Tool names are product names, shown as they are in English too.
    "promotion_tool": {
        "dou_plus": QT_TRANSLATE_NOOP("labels", "DOU+"),
        "guangdiantong": QT_TRANSLATE_NOOP("labels", "广点通"),
        "shutiao": QT_TRANSLATE_NOOP("labels", "薯条"),
        "fensitong": QT_TRANSLATE_NOOP("labels", "粉丝通"),
        "other": QT_TRANSLATE_NOOP("labels", "其他"),
    },
    "promotion_objective": {
        "followers": QT_TRANSLATE_NOOP("labels", "涨粉"),
        "engagement": QT_TRANSLATE_NOOP("labels", "互动"),
        "conversion": QT_TRANSLATE_NOOP("labels", "转化"),
    },
    "partner_kind": {
        "kol": QT_TRANSLATE_NOOP("labels", "KOL/博主"),
        "brand": QT_TRANSLATE_NOOP("labels", "品牌"),
        "institution": QT_TRANSLATE_NOOP("labels", "机构"),
    },
    "collaboration_kind": {
        "cross_promotion": QT_TRANSLATE_NOOP("labels", "互推"),
        "live_cohost": QT_TRANSLATE_NOOP("labels", "直播连麦"),
        "resource_swap": QT_TRANSLATE_NOOP("labels", "资源互换"),
        "other": QT_TRANSLATE_NOOP("labels", "其他"),
    },
    "traffic_source": {
        "organic": QT_TRANSLATE_NOOP("labels", "自然流量为主"),
        "paid": QT_TRANSLATE_NOOP("labels", "付费投放为主"),
        "mixed": QT_TRANSLATE_NOOP("labels", "自然+付费"),
    },
    "feedback_source": {
        "dm": QT_TRANSLATE_NOOP("labels", "私信"),
        "group": QT_TRANSLATE_NOOP("labels", "社群"),
        "survey": QT_TRANSLATE_NOOP("labels", "问卷"),
        "comment": QT_TRANSLATE_NOOP("labels", "评论"),
        "other": QT_TRANSLATE_NOOP("labels", "其他"),
    },
    "community_channel": {
        "wechat_group": QT_TRANSLATE_NOOP("labels", "微信群"),
        "wecom_group": QT_TRANSLATE_NOOP("labels", "企业微信群"),
        "qq_group": QT_TRANSLATE_NOOP("labels", "QQ群"),
        "douyin_group": QT_TRANSLATE_NOOP("labels", "抖音粉丝群"),
        "xhs_group": QT_TRANSLATE_NOOP("labels", "小红书群聊"),
        "weibo_group": QT_TRANSLATE_NOOP("labels", "微博粉丝群"),
        "other": QT_TRANSLATE_NOOP("labels", "其他"),
    },
    "feedback_category": {
        "content": QT_TRANSLATE_NOOP("labels", "内容"),
        "product": QT_TRANSLATE_NOOP("labels", "产品"),
        "service": QT_TRANSLATE_NOOP("labels", "服务"),
        "other": QT_TRANSLATE_NOOP("labels", "其他"),
    },
    "feedback_status": {
        "new": QT_TRANSLATE_NOOP("labels", "待处理"),
        "planned": QT_TRANSLATE_NOOP("labels", "已排期"),
        "done": QT_TRANSLATE_NOOP("labels", "已完成"),
        "wont_do": QT_TRANSLATE_NOOP("labels", "不做"),
    },
    "goal_metric": {
        "followers_gained": QT_TRANSLATE_NOOP("labels", "涨粉"),
        "views": QT_TRANSLATE_NOOP("labels", "阅读/播放"),
        "posts_published": QT_TRANSLATE_NOOP("labels", "发布篇数"),
        "conversions": QT_TRANSLATE_NOOP("labels", "转化"),
        "revenue": QT_TRANSLATE_NOOP("labels", "成交额"),
    },
    "hot_date_kind": {
        "holiday": QT_TRANSLATE_NOOP("labels", "法定节假日"),
        "festival": QT_TRANSLATE_NOOP("labels", "节日"),
        "solar_term": QT_TRANSLATE_NOOP("labels", "节气"),
        "shopping": QT_TRANSLATE_NOOP("labels", "电商大促"),
        "season": QT_TRANSLATE_NOOP("labels", "季节节点"),
        "industry": QT_TRANSLATE_NOOP("labels", "行业日"),
        "own": QT_TRANSLATE_NOOP("labels", "自定义"),
    },
    "lesson_area": {
        "content": QT_TRANSLATE_NOOP("labels", "内容"),
        "users": QT_TRANSLATE_NOOP("labels", "用户"),
        "campaigns": QT_TRANSLATE_NOOP("labels", "活动"),
        "channels": QT_TRANSLATE_NOOP("labels", "渠道"),
        "data": QT_TRANSLATE_NOOP("labels", "数据"),
    },
    "lesson_kind": {
        "success": QT_TRANSLATE_NOOP("labels", "成功经验"),
        "failure": QT_TRANSLATE_NOOP("labels", "失败教训"),
    },
    "watch_kind": {
        "brand": QT_TRANSLATE_NOOP("labels", "品牌"),
        "product": QT_TRANSLATE_NOOP("labels", "产品"),
        "person": QT_TRANSLATE_NOOP("labels", "人物"),
        "negative": QT_TRANSLATE_NOOP("labels", "负面词"),
    },
    "sentiment": {
        "negative": QT_TRANSLATE_NOOP("labels", "负面"),
        "neutral": QT_TRANSLATE_NOOP("labels", "中性"),
        "positive": QT_TRANSLATE_NOOP("labels", "正面"),
    },
    "alert_status": {
        "new": QT_TRANSLATE_NOOP("labels", "待处理"),
        "responding": QT_TRANSLATE_NOOP("labels", "处理中"),
        "resolved": QT_TRANSLATE_NOOP("labels", "已解决"),
    },
}


def label_group(enum: type[StrEnum]) -> str:
    """The `LABELS` group of an enum class: its name in snake_case (`PostStatus` → `post_status`)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum.__name__).lower()


def label(group: str | type[StrEnum], code: Any, translate: Translate = untranslated) -> str:
    """The display label of a stored code in the reader's language; "" for None, unknown codes as
    they are (a file may carry a code a newer version wrote)."""
    if code is None:
        return ""
    key = group if isinstance(group, str) else label_group(group)
    value = str(getattr(code, "value", code))
    text = LABELS.get(key, {}).get(value)
    return translate(LABEL_CONTEXT, text) if text else value


def labels(group: str | type[StrEnum]) -> dict[str, str]:
    """Every code of a group with its (untranslated, marked) label, in the group's order."""
    return LABELS[group if isinstance(group, str) else label_group(group)]


# --- Months -------------------------------------------------------------------------------------------

BAD_MONTH = QT_TRANSLATE_NOOP("errors", "月份 {month} 看不懂，请写成 2026-03 这样。")
_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")


class MonthError(UserError):
    """A month the user typed that is not `YYYY-MM`."""


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month. Its dates are the half-open range [`first`, `end`): `end` is the first
    day of the next month, so a query reads `day >= first AND day < end` for dates and times alike."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 12 or not dt.MINYEAR <= self.year <= dt.MAXYEAR - 1:
            raise MonthError(BAD_MONTH, month=f"{self.year}-{self.number}")

    @classmethod
    def parse(cls, text: Any, error: type[UserError] = MonthError) -> Month:
        """`2026-03` → Month(2026, 3); anything else raises `error` with the one plain message."""
        match = _MONTH.fullmatch(text) if isinstance(text, str) else None
        if not match or not dt.MINYEAR <= int(match[1]) < dt.MAXYEAR:
            raise error(BAD_MONTH, month="" if text is None else str(text))
        return cls(int(match[1]), int(match[2]))

    @classmethod
    def of(cls, day: dt.date) -> Month:
        """The month a date (or datetime) falls in."""
        return cls(day.year, day.month)

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.number, 1)

    @property
    def end(self) -> dt.date:
        """The first day of the next month: the exclusive end of this month's dates."""
        return self.next().first

    @property
    def last(self) -> dt.date:
        """The last day, for showing the month and for APIs that take inclusive days."""
        return self.end - dt.timedelta(days=1)

    def bounds(self) -> tuple[dt.date, dt.date]:
        """(`first`, `end`): the half-open range of the month's dates."""
        return self.first, self.end

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.number == 12 else Month(self.year, self.number + 1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.number == 1 else Month(self.year, self.number - 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.number:02d}"
