"""Demo communities, 3,000 members with segments, monthly segment sizes and the feedback log."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from app.services.demo import wording as w
from app.services.demo.calendar import add_months, month_end, month_key, month_start

#: The default segment thresholds the generator aims at; `app.services.segments` assigns the segments.
NEW_DAYS = 30
CORE_ACTIVE_DAYS = 8
CORE_PURCHASES = 2
CHURN_DAYS = 60

COMMUNITIES = [
    {"name": "小美研究所·成分党交流1群", "channel": "wechat_group", "platform": "wechat", "theme": "成分护肤答疑",
     "owner": w.OPERATOR, "size": 480,
     "rituals": [{"title": "周三案例拆解直播", "weekday": 2, "time": "20:00", "minutes": 60},
                 {"title": "每日护肤打卡", "weekday": 0, "time": "08:00", "minutes": 10}]},
    {"name": "小美研究所·成分党交流2群", "channel": "wechat_group", "platform": "wechat", "theme": "成分护肤答疑",
     "owner": w.OPERATOR, "size": 460,
     "rituals": [{"title": "周三案例拆解直播", "weekday": 2, "time": "20:00", "minutes": 60}]},
    {"name": "21天训练营学员群", "channel": "wecom_group", "platform": "wechat", "theme": "训练营学员服务与复购",
     "owner": w.FOUNDER, "size": 820,
     "rituals": [{"title": "周日作业点评", "weekday": 6, "time": "21:00", "minutes": 45},
                 {"title": "周一本周打卡任务发布", "weekday": 0, "time": "09:00", "minutes": 15}]},
    {"name": "小美研究所学生党QQ群", "channel": "qq_group", "platform": "qq", "theme": "学生党平价护肤",
     "owner": w.OPERATOR, "size": 380,
     "rituals": [{"title": "周五答疑时间", "weekday": 4, "time": "19:30", "minutes": 30}]},
    {"name": "抖音粉丝群·敏感肌互助", "channel": "douyin_group", "platform": "douyin", "theme": "敏感肌互助",
     "owner": w.OPERATOR, "size": 520,
     "rituals": [{"title": "直播前群内预告", "weekday": 3, "time": "19:00", "minutes": 10}]},
    {"name": "小红书粉丝群·油痘肌自救", "channel": "xhs_group", "platform": "xiaohongshu", "theme": "油痘肌护理",
     "owner": w.OPERATOR, "size": 340,
     "rituals": [{"title": "周六空瓶分享", "weekday": 5, "time": "20:00", "minutes": 30}]},
]

REGIONS = [
    ("广东", "深圳", 10), ("广东", "广州", 9), ("上海", "浦东", 9), ("北京", "朝阳", 8), ("浙江", "杭州", 8),
    ("江苏", "南京", 6), ("江苏", "苏州", 5), ("四川", "成都", 7), ("湖北", "武汉", 5), ("湖南", "长沙", 4),
    ("福建", "厦门", 3), ("山东", "青岛", 3), ("陕西", "西安", 3), ("重庆", "渝北", 4), ("河南", "郑州", 3),
    ("天津", "南开", 2), ("辽宁", "沈阳", 2), ("云南", "昆明", 2), ("安徽", "合肥", 2), ("广西", "南宁", 1),
]
NICK_HEADS = ["小鹿", "橙子", "阿楠", "momo", "糯米", "芝士", "柚子", "Cherry", "小满", "奶茶", "Yuki", "桃桃",
              "阿离", "豆豆", "Luna", "小葵", "木子", "晴天", "七七", "Amy", "甜甜", "安安", "一一", "鱼丸"]
NICK_TAILS = ["爱护肤", "酱", "_", "不熬夜", "的护肤日记", "呀", "同学", "在减肥", "", "研究生", "·成分党", "🌸"]
MEMBER_TAGS = ["成分党", "敏感肌", "油痘肌", "干皮", "学生党", "宝妈", "抗初老", "训练营学员", "复购", "价格敏感", "美白"]
ACTIVE_HOURS = [(7, 3), (8, 4), (12, 8), (13, 5), (18, 4), (19, 6), (20, 10), (21, 12), (22, 10), (23, 5), (0, 2)]
PRICES = [29.0, 99.0, 199.0, 199.0, 699.0]


def build(b: Any) -> None:
    members = _members(b, _communities(b))
    _segment_snapshots(b, members)
    _feedback(b, members)


def _communities(b: Any) -> list[tuple[int, dict[str, Any]]]:
    out = []
    for i, spec in enumerate(COMMUNITIES):
        created = dt.datetime.combine(b.today - dt.timedelta(days=700 - 90 * i), dt.time(11, 0))
        community_id = b.add(
            "community", name=spec["name"], channel=spec["channel"], platform=spec["platform"], theme=spec["theme"],
            owner=spec["owner"], size_entered=spec["size"], rituals=spec["rituals"], archived=False,
            notes="群规：禁止广告，每周三晚直播", created_at=created, updated_at=created,
        )
        out.append((community_id, spec))
    return out


def _members(b: Any, communities: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    rng = b.rng
    today = b.today
    regions = [(f"{p} {c}", weight) for p, c, weight in REGIONS]
    members: list[dict[str, Any]] = []
    serial = 0
    for community_id, spec in communities:
        for _ in range(round(spec["size"] * 3000 / sum(c["size"] for c in COMMUNITIES))):
            serial += 1
            kind = rng.choices(["new", "core", "churned", "potential"], [10, 13, 25, 52])[0]
            age = rng.randint(0, NEW_DAYS - 1) if kind == "new" else rng.randint(NEW_DAYS + 1, 900)
            first_seen = today - dt.timedelta(days=age)
            if kind == "churned" and age > CHURN_DAYS + 1:
                last_gap = rng.randint(CHURN_DAYS + 1, age)
                active_days, purchases = 0, rng.choice([0, 0, 0, 1])
            elif kind == "core":
                last_gap = rng.randint(0, min(6, age))
                active_days, purchases = rng.randint(CORE_ACTIVE_DAYS, 28), rng.randint(CORE_PURCHASES, 9)
            else:
                last_gap = rng.randint(0, min(age, CHURN_DAYS - 1))
                active_days = 0 if last_gap > 29 else rng.randint(1, min(12, 30 - last_gap, age - last_gap + 1))
                purchases = rng.choice([0, 0, 1, 1, 2, 3]) if active_days < CORE_ACTIVE_DAYS else rng.choice([0, 1])
            member = {
                "platform": spec["platform"], "external_id": _member_id(rng, spec["platform"], serial),
                "nickname": rng.choice(NICK_HEADS) + rng.choice(NICK_TAILS) + (str(rng.randint(1, 999)) if rng.random() < 0.3 else ""),
                "community_id": community_id, "region": rng.choices([r for r, _ in regions], [x for _, x in regions])[0],
                "gender": rng.choices(["女", "男", None], [88, 9, 3])[0], "first_seen": first_seen,
                "last_active": today - dt.timedelta(days=last_gap), "active_days_30": active_days,
                "browse_minutes_30": round(active_days * rng.uniform(3, 14), 1),
                "active_hour": rng.choices([h for h, _ in ACTIVE_HOURS], [x for _, x in ACTIVE_HOURS])[0],
                "purchases": purchases, "spend": round(sum(rng.choice(PRICES) for _ in range(purchases)), 2),
                "tags": ",".join(rng.sample(MEMBER_TAGS, rng.randint(1, 3))),
            }
            member["id"] = b.add("member", **member)
            members.append(member)
    return members


def _member_id(rng: Any, platform: str, serial: int) -> str:
    head = {"wechat": "wxid_", "qq": "", "douyin": "dy", "xiaohongshu": "xhs"}[platform]
    if platform == "qq":
        return f"{rng.randint(10_000, 99_999)}{serial:04d}"
    return head + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)) + f"{serial:04d}"


def _segment_snapshots(b: Any, members: list[dict[str, Any]]) -> None:
    """Past month-end segment sizes (this month's comes from the segmentation service itself);
    churn creeps up over the year and jumps in the bad month four months ago."""
    rng = b.rng
    bad_month = b.facts["span"].bad_month
    for back in range(11, 0, -1):
        start = add_months(month_start(b.today), -back)
        end = month_end(start)
        joined = sum(1 for m in members if m["first_seen"] <= end)
        new = sum(1 for m in members if end - dt.timedelta(days=NEW_DAYS) < m["first_seen"] <= end)
        rest = joined - new
        churn_share = 0.2 + 0.05 * (11 - back) / 11 + (0.07 if month_key(start) == bad_month else 0.0)
        churned = round(rest * churn_share)
        core = round(rest * (0.14 + rng.uniform(-0.01, 0.01)))
        sizes = {"core": core, "potential": rest - churned - core, "churned": churned, "new": new}
        for segment, count in sizes.items():
            b.add("segment_snapshot", month=month_key(start), segment=segment, members=count)


#: category → (text, tags); no tags means the subject's own tag (a content need about that subject).
FEEDBACK: dict[str, list[tuple[str, list[str] | None]]] = {
    "content": [
        ("能不能讲讲{s}和{s2}怎么搭配？一起用会不会刺激", None), ("{p}困扰我好久了，求出一期详细的", None),
        ("上次讲{s}那期太有用了，能出个进阶版吗", None), ("视频语速有点快，{s}那段没跟上", None),
        ("希望多讲讲{a}能用的平价方案", ["平价护肤"]), ("{s}到底要不要建立耐受？说法太多了", None),
    ],
    "product": [
        ("修护精华用了两周，{p}好多了", ["屏障修护精华", "好评"]), ("精华的按压泵头容易坏，第二瓶又漏了", ["屏障修护精华", "包装"]),
        ("希望出旅行装，出差带着方便", ["屏障修护精华", "规格"]), ("训练营的课件能不能下载成PDF", ["训练营", "课件"]),
        ("精华用完有点搓泥，是叠加顺序的问题吗", ["屏障修护精华", "使用方法"]), ("想要一个适合{a}的入门套装", ["套装"]),
    ],
    "service": [
        ("训练营作业点评能不能快一点，等了三天", ["训练营", "服务响应"]), ("退款申请提交一周了还没回复", ["售后", "退款"]),
        ("客服回复很耐心，点赞", ["售后", "好评"]), ("发货太慢了，下单五天还没到", ["物流"]),
        ("群里答疑时间能不能固定一下", ["社群"]),
    ],
    "other": [("直播能不能换到周末", ["直播"]), ("抽奖什么时候开奖", ["活动"]), ("想加入训练营但名额满了", ["训练营"]),
              ("公众号推送时间太晚了", ["推送时间"])],
}


def _feedback(b: Any, members: list[dict[str, Any]]) -> None:
    rng = b.rng
    by_subject: dict[str, list[tuple[str, int]]] = b.facts.get("topics_by_subject", {})
    for i in range(180):
        category = rng.choices(list(FEEDBACK), [45, 25, 20, 10])[0]
        subject = rng.choice(w.SUBJECTS)
        template, tags = rng.choice(FEEDBACK[category])
        text = template.format(s=subject[0], s2=rng.choice(w.SUBJECTS)[0], p=subject[1], a=rng.choice(w.AUDIENCES))
        status = rng.choices(["new", "planned", "done", "wont_do"], [35, 25, 30, 10])[0]
        if tags and "好评" in tags:
            status = "done"  # praise is logged, thanked and closed: it is not a need
        topic_id = None
        # A need about a subject led to a topic on that subject (a user-need topic where there is one).
        related = sorted(by_subject.get(subject[0], []), key=lambda t: t[0] != "user_need")
        if category == "content" and status in ("planned", "done") and related and ("{s}" in template or "{p}" in template):
            topic_id = related[i % len([t for t in related if t[0] == related[0][0]])][1]
        received = dt.datetime.combine(b.today - dt.timedelta(days=rng.randint(0, 360)),
                                       dt.time(rng.randint(8, 23), rng.randint(0, 59)))
        member = rng.choice(members) if rng.random() < 0.6 else None
        if member and received.date() < member["first_seen"]:
            received = dt.datetime.combine(member["first_seen"], received.time())
        received = min(received, b.stamp)
        b.add(
            "feedback", source=rng.choices(["dm", "group", "survey", "comment"], [30, 30, 15, 25])[0], text=text,
            member_id=member["id"] if member else None, category=category, status=status,
            tags=tags or [subject[2]], topic_id=topic_id, received_at=received,
        )
        if "退款" in text or "漏" in text or "发货" in text:
            b.facts.setdefault("complaint_feedback", []).append((b.rows["feedback"][-1]["id"], text, received))
    _new_needs(b, members)


#: Needs users keep asking about that no topic covers yet (the month plan proposes them, issue 18):
#: theme tag, how many asked in the last 60 days, what they wrote.
NEW_NEEDS = (
    ("头皮护理", 26, ["头皮出油又痒，能出一期头皮护理吗", "头皮屑反复，{p}能用在头皮上吗", "洗完头第二天就油，求头皮清洁方法",
                  "头皮也需要控油吗？"]),
    ("颈纹", 12, ["脖子上有颈纹，有办法淡化吗", "颈霜是智商税吗", "低头族颈纹怎么预防"]),
)


def _new_needs(b: Any, members: list[dict[str, Any]]) -> None:
    """Recent feedback on themes without a topic; its own random stream, so the rest of the demo
    comes out the same."""
    rng = random.Random(18)
    for theme, count, texts in NEW_NEEDS:
        for k in range(count):
            received = min(b.stamp - dt.timedelta(days=rng.randint(1, 60), hours=rng.randint(0, 12)), b.stamp)
            member = members[rng.randrange(len(members))] if k % 2 else None
            if member and received.date() < member["first_seen"]:
                received = dt.datetime.combine(member["first_seen"], received.time())
            b.add("feedback", source=rng.choice(["dm", "group", "comment"]), text=texts[k % len(texts)].format(p="精华"),
                  member_id=member["id"] if member else None, category="content", status="new", tags=[theme],
                  topic_id=None, received_at=min(received, b.stamp))
