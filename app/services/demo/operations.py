"""Demo hot dates, campaigns, paid promotions, collaborations, lessons, monthly notes, brand watch,
and the settings an operator has made by then (posting plan, brand guide)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from app.services.demo import wording as w
from app.services.demo.calendar import add_months, latest, month_key, month_start

if TYPE_CHECKING:
    from app.store import Store

#: Posts per week per platform, as the demo publishes them (so the calendar's 还需发 N 篇 shows).
POSTING_PLAN = {"wechat": 3, "douyin": 5, "xiaohongshu": 4, "channels": 2}
#: 双11: warm-up from 25 October, the campaign 1–11 November, the peak on the 11th.
DOUBLE11_WARMUP_DAYS = 7


def hot_dates(b: Any) -> None:
    """The operator's own dates (public holidays and festivals come from libraries, not the store)."""
    today = b.today
    ids: dict[str, int] = {}
    specs = [
        (today + dt.timedelta(days=12), None, f"{w.BRAND}3周年", 14, "品牌周年庆，配合直播专场和老粉福利"),
        (today + dt.timedelta(days=25), None, "屏障修护精华2.0上新", 10, "新品上市，提前两周种草"),
        (today - dt.timedelta(days=200), None, "成分党入门课上线", 7, "99元入门课，公众号首发"),
    ]
    first = add_months(month_start(today), -10)
    for k in range(6):
        day = add_months(first, 2 * k) + dt.timedelta(days=9)
        specs.append((day, day + dt.timedelta(days=20), f"21天训练营第{k + 8}期开营", 10, "开营前一周社群招募"))
    for day, end_day, name, lead, notes in specs:
        ids[name] = b.add("hot_date", day=day, end_day=end_day, name=name, kind="own", lead_days=lead, notes=notes)
    b.facts["hot_dates"] = ids


def build(b: Any) -> None:
    campaigns = _campaigns(b)
    _promotions(b, campaigns)
    _collaborations(b)
    _lessons_and_reviews(b, campaigns)
    _action_items(b)
    _watch(b)


def _d(b: Any, days: int) -> dt.date:
    return b.today + dt.timedelta(days=days)


def _campaigns(b: Any) -> dict[str, int]:
    rng = b.rng
    span = b.facts["span"]
    bad_start = dt.date.fromisoformat(f"{span.bad_month}-06")
    hot = b.facts["hot_dates"]
    d618 = latest(b.today - dt.timedelta(days=1), 6, 18)
    d11 = latest(b.today, 11, 11, lead_days=10 + DOUBLE11_WARMUP_DAYS)
    d11_start = d11 - dt.timedelta(days=10)
    d11_status = ("warmup" if b.today < d11_start else "live" if b.today <= d11 else
                  "finished" if b.today <= d11 + dt.timedelta(days=14) else "reviewed")
    b.facts["double11"] = d11
    specs: list[dict[str, Any]] = [
        {"key": "checkin", "name": "敏感肌21天修护打卡挑战", "type": "checkin", "occasion": "换季",
         "goal_type": "followers", "target_participants": 800, "target_followers": 1500, "target_conversions": 60,
         "rules": "每天在群里打卡护肤步骤，连续21天返还训练营定金", "prizes": "全勤送屏障修护精华正装；抽5人送体验课",
         "budget": 3000.0, "channels": ["社群", "公众号", "小红书"], "start": _d(b, -230), "days": 21,
         "status": "reviewed", "participants": 1050, "feedback": "打卡群氛围好，很多人说坚持下来皮肤稳定了",
         "problems": "第二周掉队明显，提醒话术太单一"},
        {"key": "referral", "name": "老带新·邀3位好友领《成分速查手册》", "type": "referral", "occasion": "暑期拉新",
         "goal_type": "followers", "target_participants": 2000, "target_followers": 4000, "target_conversions": 80,
         "rules": "邀请3位好友关注公众号并进群，即可领取电子版《成分速查手册》", "prizes": "电子手册；邀请前10名送精华小样",
         "budget": 2000.0, "channels": ["公众号", "社群", "朋友圈"], "start": bad_start, "days": 14,
         "status": "reviewed", "participants": 1180, "dead_days": (2, 3), "feedback": "奖品是电子版，用户觉得不值得拉3个人",
         "problems": "海报二维码失效两天没发现；奖品吸引力不足；当月内容断更，没有流量托底"},
        {"key": "live618", "name": "618成分党囤货直播", "type": "live", "occasion": "618",
         "goal_type": "conversion", "target_participants": 5000, "target_conversions": 300, "target_revenue": 60000.0,
         "rules": "直播间下单享训练营立减100", "prizes": "整点抽奖送精华", "budget": 5000.0,
         "channels": ["抖音", "视频号", "社群"], "start": d618 - dt.timedelta(days=2), "days": 3, "status": "reviewed",
         "participants": 6200, "feedback": "直播间问成分的人多，讲解节奏好", "problems": "库存预估不足，精华第二天断货"},
        {"key": "double11", "name": "双11囤货季·预售+11日晚直播", "type": "live", "occasion": "双11",
         "goal_type": "conversion", "target_participants": 6000, "target_conversions": 420, "target_revenue": 85000.0,
         "rules": "10月25日起预热种草，11月1日开启预售付定金立减50，11日晚8点直播付尾款再抽奖",
         "prizes": "整点抽奖送屏障修护精华正装；前100名付尾款送旅行装", "budget": 6000.0,
         "channels": ["抖音", "小红书", "公众号", "社群"], "start": d11_start, "days": 11, "status": d11_status,
         "warmup_days": DOUBLE11_WARMUP_DAYS, "participants": 7300 if d11_status in ("finished", "reviewed") else 0,
         "peak_last": True,
         "feedback": "预售定金门槛低，老粉参与积极；11日晚直播间在线人数是平时的4倍" if d11_status == "reviewed" else None,
         "problems": "预热期小红书笔记发得太晚，种草不足；尾款提醒只发了一次" if d11_status == "reviewed" else None},
        {"key": "lottery", "name": "粉丝福利周·评论区抽奖送修护精华", "type": "interactive", "occasion": "粉丝福利",
         "goal_type": "reach", "target_participants": 3000, "target_reach": 200000, "target_followers": 2500,
         "rules": "关注+评论区说出你的护肤困扰，随机抽20位送精华正装", "prizes": "屏障修护精华正装×20",
         "budget": 4000.0, "channels": ["抖音", "小红书", "视频号"], "start": _d(b, -5), "days": 12, "status": "live",
         "participants": 0},
        {"key": "anniversary", "name": f"{w.BRAND}3周年直播专场", "type": "live", "occasion": "品牌周年庆",
         "goal_type": "conversion", "target_participants": 8000, "target_conversions": 400, "target_revenue": 90000.0,
         "rules": "直播间专属周年价，老学员返场福利", "prizes": "周年礼盒×30", "budget": 8000.0,
         "channels": ["视频号", "抖音", "社群", "公众号"], "start": _d(b, 12), "days": 1, "status": "planning",
         "participants": 0, "hot_date": f"{w.BRAND}3周年"},
    ]
    ids: dict[str, int] = {}
    for spec in specs:
        start, end = spec["start"], spec["start"] + dt.timedelta(days=spec["days"] - 1)
        created = dt.datetime.combine(start - dt.timedelta(days=20), dt.time(15, 0))
        campaign_id = b.add(
            "campaign", name=spec["name"], type=spec["type"], occasion=spec["occasion"],
            hot_date_id=hot.get(spec.get("hot_date", "")), goal_type=spec["goal_type"],
            target_participants=spec.get("target_participants"), target_followers=spec.get("target_followers"),
            target_conversions=spec.get("target_conversions"), target_reach=spec.get("target_reach"),
            target_revenue=spec.get("target_revenue"), rules=spec["rules"], prizes=spec["prizes"],
            budget=spec["budget"], channels=spec["channels"], warmup_days=spec.get("warmup_days", 3),
            start_day=start, end_day=end,
            status=spec["status"], result_feedback=spec.get("feedback"), result_problems=spec.get("problems"),
            created_at=created, updated_at=created,
        )
        ids[spec["key"]] = campaign_id
        last = min(end, b.today - dt.timedelta(days=1))
        days = (last - start).days + 1
        planned_total = spec["participants"] or round(spec["target_participants"] * 0.9)
        weights = [(1.6 if k == 0 else (0.7 if k > spec["days"] // 2 else 1.0)) * rng.uniform(0.85, 1.15)
                   for k in range(spec["days"])]
        for k in spec.get("dead_days", ()):
            weights[k] = 0.01  # the broken QR code: almost nobody could join
        if spec.get("peak_last"):
            weights[-1] *= 4  # 11-11: the night the deposits are paid off
        cumulative = [planned_total * sum(weights[: k + 1]) / sum(weights) for k in range(spec["days"])]
        for k in range(max(0, days)):
            participants = round(cumulative[k]) - (round(cumulative[k - 1]) if k else 0)
            conversions = round(participants * rng.uniform(0.02, 0.06))
            b.add("campaign_daily", campaign_id=campaign_id, day=start + dt.timedelta(days=k),
                  participants=participants, shares=round(participants * rng.uniform(0.25, 0.6)),
                  new_followers=round(participants * rng.uniform(0.6, 1.1)), conversions=conversions,
                  cost=round(spec["budget"] / spec["days"] * rng.uniform(0.8, 1.2), 2),
                  revenue=round(conversions * rng.choice([99.0, 199.0, 699.0]), 2))
        _tasks(b, campaign_id, start, spec["status"])
    b.facts["campaigns"] = ids
    return ids


def _tasks(b: Any, campaign_id: int, start: dt.date, status: str) -> None:
    tasks = [("活动海报定稿", -7, "设计 小周"), ("落地页/报名表上线", -5, w.OPERATOR), ("奖品采购", -6, w.OPERATOR),
             ("预热推文排期", -3, w.OPERATOR), ("社群预告话术", -2, w.OPERATOR), ("开奖/结果公示", 10, w.OPERATOR),
             ("活动复盘文档", 14, w.OPERATOR)]
    for title, offset, owner in tasks:
        due = start + dt.timedelta(days=offset)
        done = due < b.today and status in ("finished", "reviewed")
        if status in ("live", "warmup", "planning"):
            # The live and coming campaigns have a couple of overdue items left open.
            done = due < b.today and title not in ("奖品采购", "活动海报定稿")
        b.add("campaign_task", campaign_id=campaign_id, title=title, owner=owner, due_date=due, done=done)


def _promotions(b: Any, campaigns: dict[str, int]) -> None:
    """Boosts: most pay off; one conversion boost loses money; one follower boost buys followers dearly."""
    rng = b.rng
    posts = b.facts["posts"]
    own = b.facts["own"]
    by_platform: dict[str, list[Any]] = {}
    for post in posts:
        if post.format != "live":
            by_platform.setdefault(post.platform, []).append(post)
    viral_id = b.facts["viral_post_id"]
    viral = next(p for p in posts if p.id == viral_id)
    audience = {"audience_age": "18-35", "audience_gender": "女", "audience_regions": "广东,上海,北京,浙江,江苏",
                "audience_interests": "护肤,美妆,成分党"}
    # (tool, platform, objective, spend, impressions per yuan, ctr, follows, conversions, revenue, name, notes)
    specs: list[tuple[Any, ...]] = []
    for k in range(4):
        spend = rng.choice([300.0, 500.0, 800.0])
        orders = round(spend / rng.uniform(25, 45))
        specs.append(("dou_plus", "douyin", "conversion", spend, 40, 0.02, round(spend / 3), orders,
                      orders * 199.0, f"Dou+ 精华种草加热{k + 1}", "小黄车挂精华"))
    specs.append(("dou_plus", "douyin", "followers", 1000.0, 55, 0.03, 920, 12, 12 * 199.0, "Dou+ 爆款追投涨粉",
                  "爆款视频发布第二天追投，粉丝成本约1元"))
    specs.append(("dou_plus", "douyin", "conversion", 3000.0, 38, 0.012, 160, 9, 9 * 199.0, "Dou+ 训练营转化投放",
                  "投给了泛美妆人群，点击多成交少，ROI不到1，已停投"))
    for k in range(2):
        spend = rng.choice([200.0, 300.0])
        specs.append(("shutiao", "xiaohongshu", "engagement", spend, 30, 0.06, round(spend / 2.5), 5, 5 * 199.0,
                      f"薯条 笔记加热{k + 1}", "收藏率高的笔记追投"))
    specs.append(("shutiao", "xiaohongshu", "followers", 1200.0, 25, 0.018, 46, None, None, "薯条 涨粉投放",
                  "封面不吸睛，单个粉丝成本26元，远高于平时的3元"))
    for k in range(2):
        spend = rng.choice([1500.0, 2000.0])
        orders = round(spend / rng.uniform(150, 230))
        specs.append(("guangdiantong", "wechat", "conversion", spend, 18, 0.015, round(spend / 8), orders,
                      orders * 699.0, f"广点通 训练营招生{k + 1}", "朋友圈广告导流到报名页"))
    specs.append(("fensitong", None, "conversion", 800.0, 45, 0.01, 70, 5, 5 * 199.0, "微博粉丝通 精华测试",
                  "微博试水，人群偏学生，量小"))
    for i, (tool, platform, objective, spend, per_yuan, ctr, follows, conversions, revenue, name, notes) in enumerate(specs):
        post = None
        if platform == "douyin" and objective == "followers":
            post = viral
        elif platform is not None and tool == "dou_plus" and i == 0:
            # The boost of the live lottery campaign heats a video posted since it began.
            post = by_platform[platform][-1]
        elif platform is not None:
            candidates = by_platform[platform]
            post = candidates[(len(candidates) * (i + 1)) // (len(specs) + 1)]
        start = post.published_at + dt.timedelta(hours=rng.randint(12, 30)) if post else \
            dt.datetime.combine(b.today - dt.timedelta(days=40), dt.time(10, 0))
        b.facts.setdefault("promotion_months", {})[name] = month_key(start.date())
        impressions = round(spend * per_yuan * rng.uniform(0.9, 1.1))
        b.facts.setdefault("promotion_ids", {})[name] = b.add(
            "promotion", name=name, post_id=post.id if post else None, account_id=own.get(platform) if platform else None,
            campaign_id=campaigns["lottery"] if tool == "dou_plus" and i == 0 else None, tool=tool, objective=objective,
            **audience, start_at=start, hours=rng.choice([12.0, 24.0, 48.0]), budget=spend, spend=spend,
            impressions=impressions, clicks=round(impressions * ctr), follows_gained=follows, conversions=conversions,
            revenue=None if revenue is None else round(revenue, 2), notes=notes, created_at=start, updated_at=start,
        )


def _collaborations(b: Any) -> None:
    specs = [
        ("配方师阿楠", "kol", "douyin", "live_cohost", -150, 3000.0, 2100, 85, "连麦直播，互相导粉，效果超预期"),
        ("皮肤科陈医生", "kol", "wechat", "cross_promotion", -95, 0.0, 860, 12, "互推文章，粉丝画像重合度高"),
        ("植研家护肤品牌", "brand", "xiaohongshu", "resource_swap", -60, 0.0, 420, 20, "资源互换：我们出测评，对方提供奖品"),
        ("某三甲医院皮肤科", "institution", "channels", "live_cohost", -30, 2000.0, 650, 40, "专业背书直播，信任度提升明显"),
        ("Joy的护肤笔记", "kol", "xiaohongshu", "cross_promotion", 18, 1500.0, None, None, "已谈妥，周年庆期间互推"),
    ]
    for partner, kind, platform, collab, offset, cost, followers, conversions, notes in specs:
        b.add("collaboration", partner=partner, partner_kind=kind, platform=platform, kind=collab,
              day=_d(b, offset), cost=cost, new_followers=followers, conversions=conversions, notes=notes)


def _lessons_and_reviews(b: Any, campaigns: dict[str, int]) -> None:
    span = b.facts["span"]
    past = span.past_months
    bad = span.bad_month
    viral_month = month_key(next(p for p in b.facts["posts"] if p.id == b.facts["viral_post_id"]).published_at)
    checkin_month = month_key(_d(b, -230))
    boosts = b.facts["promotion_months"]
    live618_month = month_key(b.rows["campaign"][[c["id"] for c in b.rows["campaign"]].index(campaigns["live618"])]
                              ["start_day"])
    d11 = b.facts["double11"]
    d11_done = d11 + dt.timedelta(days=14) < b.today
    lessons = [
        (checkin_month, "success", "campaigns", "打卡挑战用「返定金」比送礼品更能留人", "参与1050人，超目标31%", campaigns["checkin"]),
        (checkin_month, "failure", "users", "打卡第二周掉队严重，提醒话术要轮换", "第8–14天日打卡人数下降40%", campaigns["checkin"]),
        (bad, "failure", "content", "断更两周，各平台播放和涨粉一起掉", "当月发文量只有计划的一半，净增粉丝不到平时三成", None),
        (bad, "failure", "campaigns", "裂变奖品是电子手册，吸引力不够", "参与1180人，只完成目标的59%", campaigns["referral"]),
        (bad, "failure", "data", "活动期间没有每天看数据，二维码失效两天才发现", "第3–4天新增参与接近0", campaigns["referral"]),
        (viral_month, "success", "content", "「真相+反常识」开头的口播容易爆", "爆款视频播放约为中位数的50倍，5秒完播率0.78", None),
        (viral_month, "success", "channels", "爆款发布第二天追投Dou+，粉丝成本约1元", "投1000元涨粉920", None),
        (boosts["Dou+ 训练营转化投放"], "failure", "channels", "泛人群投放转化差，投放前要先定好人群包",
         "3000元Dou+只成交9单，ROI约0.6", None),
        (boosts["薯条 涨粉投放"], "failure", "channels", "薯条涨粉投放成本过高，停", "1200元只涨粉46，单粉成本26元", None),
        (past[-1], "success", "users", "训练营学员群周日作业点评带动复购", "核心用户复购率明显高于其他群", None),
        (past[-3], "success", "data", "每周一固定导出各平台数据，复盘效率提升", "每周复盘从2小时缩短到40分钟", None),
        (past[-6], "success", "content", "小红书标题带数字+痛点，收藏率更高", "收藏率平均提升约30%", None),
        (past[-7], "failure", "users", "QQ群学生党价格敏感，推训练营转化低", "QQ群转化率不到微信群的三分之一", None),
        (live618_month, "success", "campaigns", "618直播提前一周在社群预约，开播人数翻倍", "预约人数2300，开播即在线800",
         campaigns["live618"]),
        (live618_month, "failure", "campaigns", "大促前要按预约人数备货", "精华第二天断货，错过约80单", campaigns["live618"]),
    ]
    if d11_done:
        lessons += [
            (month_key(d11), "success", "campaigns", "双11预售定金+11日晚直播付尾款，成交集中在最后一晚",
             "11日当天参与人数占活动期的三成以上", campaigns["double11"]),
            (month_key(d11), "failure", "content", "大促种草要提前三周，预热期笔记发晚了",
             "10月底才发预热笔记，小红书预售占比不到一成", campaigns["double11"]),
        ]
    campaign_types = {c["id"]: c["type"] for c in b.rows["campaign"]}
    for month, kind, area, title, evidence, campaign_id in lessons:
        created = dt.datetime.combine(add_months(dt.date.fromisoformat(f"{month}-01"), 1), dt.time(18, 0))
        b.add("lesson", month=month, kind=kind, area=area, title=title, evidence=evidence,
              detail=f"{title}。下次执行前对照检查。", campaign_id=campaign_id, created_at=min(created, b.stamp),
              **_lesson_source(b, title, campaign_id, campaign_types))
    reviews = {
        past[-1]: ("训练营学员群周日作业点评带动复购", "新内容系列起量慢", "系列选题固定每周二、四更新"),
        month_key(d11): ("双11预售+直播成交创年内新高，11日当晚占比最高", "预热期种草不足，小红书贡献小",
                         "明年大促提前三周种草；尾款提醒发两次"),
        viral_month: ("抖音一条视频爆了，单月涨粉创新高", "爆款带来的泛粉转化弱；一笔Dou+投放亏钱",
                      "爆款方向做成系列；投放先小额测人群"),
        bad: ("裂变活动带来1180人参与；训练营第12期满员",
              "内容断更两周，各平台播放和涨粉明显下滑，取关上升；裂变活动未达目标",
              "恢复固定更新节奏，先保证抖音日更；活动奖品改为实物；活动期间每天看数据"),
        add_key(bad, 1): ("更新节奏恢复，抖音播放回升", "粉丝增长还没回到之前水平", "做一个系列选题，提高追更"),
    }
    reviews.setdefault(past[-2], ("小红书系列笔记收藏率高", "抖音完播率偏低，开头太慢", "抖音开头3秒直接抛痛点；小红书每周固定4篇"))
    for month, (highlights, problems, changes) in reviews.items():
        if month >= span.current_month or (month == month_key(d11) and not d11_done and month != bad):
            continue  # a month is reviewed once it is over
        b.add("monthly_review", month=month, highlights=highlights, problems=problems, next_changes=changes,
              notes="给老板的月报已发", updated_at=b.stamp)


#: Where the demo's lessons came from and where they apply (title prefix → link and place), so
#: they come back when the operator works there again (issue 18).
LESSON_PLACES: dict[str, dict[str, Any]] = {
    "泛人群投放转化差": {"promotion": "Dou+ 训练营转化投放", "tool": "dou_plus", "platform": "douyin"},
    "薯条涨粉投放成本过高": {"promotion": "薯条 涨粉投放", "tool": "shutiao", "platform": "xiaohongshu"},
    "爆款发布第二天追投Dou+": {"promotion": "Dou+ 爆款追投涨粉", "tool": "dou_plus", "platform": "douyin",
                          "keep_doing": True},
    "「真相+反常识」开头的口播": {"review": "highlights", "platform": "douyin", "keywords": ["口播", "反常识"],
                           "keep_doing": True},
    "小红书标题带数字+痛点": {"review": "highlights", "platform": "xiaohongshu", "keywords": ["标题", "收藏"],
                        "keep_doing": True},
    "断更两周": {"review": "shortfalls", "keywords": ["更新节奏"]},
    "训练营学员群周日作业点评": {"review": "highlights", "keywords": ["训练营", "复购"], "keep_doing": True},
}


def _lesson_source(b: Any, title: str, campaign_id: int | None, campaign_types: dict[int, str]) -> dict[str, Any]:
    """A lesson's source link and place: its campaign (type), its boost (tool, platform) or the
    review part it was recorded from."""
    if campaign_id is not None:
        return {"source_kind": "campaign", "source_id": campaign_id, "campaign_type": campaign_types[campaign_id]}
    place = next((dict(v) for k, v in LESSON_PLACES.items() if title.startswith(k)), None)
    if place is None:
        return {}
    if "promotion" in place:
        place.update(source_kind="promotion", source_id=b.facts["promotion_ids"][place.pop("promotion")])
    else:
        place.update(source_kind="review", source_ref=place.pop("review"))
    return place


def _action_items(b: Any) -> None:
    """The loop closed twice: last month's items (from the review of the month before; three done)
    with their metric's baseline, and this month's, still open where the work happens."""
    past = b.facts["span"].past_months
    posts = [p for p in b.facts["posts"] if p.format != "live"]

    def median_rate(platform: str, month: str, key: str) -> float | None:
        values = sorted(p.rates[key] for p in posts if p.platform == platform and month_key(p.published_at) == month
                        and p.rates.get(key) is not None)
        if not values:
            return None
        middle = len(values) // 2
        return round(values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2, 4)

    def published(platform: str, month: str) -> int:
        return sum(p.platform == platform and month_key(p.published_at) == month for p in b.facts["posts"])

    last, before = past[-1], past[-2]
    this = b.facts["span"].current_month
    first_of = {m: dt.date.fromisoformat(f"{m}-01") for m in (last, this)}
    # (month, platform, text, places, metric, baseline, done on day N of the month or None, source)
    specs: list[tuple[Any, ...]] = [
        (last, "douyin", "口播开头3秒直接抛痛点，砍掉自我介绍", ["drafts"], "completion_rate",
         median_rate("douyin", before, "completion_rate"), 6, ("finding", "low_completion")),
        (last, "xiaohongshu", "每周固定4篇，周二、四发系列笔记", ["drafts", "calendar"], "posts_published",
         published("xiaohongshu", before), 3, ("review", "next_changes")),
        (last, "wechat", "文末加训练营报名卡片", ["drafts"], None, None, None, ("finding", "high_views_low_conversion")),
        (last, None, "投放先小额测人群，ROI不到1就停", ["promotions"], None, None, 12, ("review", "next_changes")),
        (this, "douyin", "系列选题固定每周二、四更新", ["drafts", "calendar"], "posts_published",
         published("douyin", last), None, ("review", "next_changes")),
        (this, "xiaohongshu", "双11预热笔记带预售链接，提前三周发", ["drafts"], "conversions", None, None,
         ("review", "next_changes")),
        (this, "xiaohongshu", "薯条只投收藏率高的笔记，不投涨粉", ["promotions"], None, None, None,
         ("review", "next_changes")),
        (this, None, "推文发布当天同步到社群和朋友圈", ["calendar"], None, None, 2, ("review", "next_changes")),
    ]
    for month, platform, text, places, metric, baseline, done_day, (kind, ref) in specs:
        start = first_of[month]
        done_at = dt.datetime.combine(start + dt.timedelta(days=done_day - 1), dt.time(17, 30)) if done_day else None
        made = dt.datetime.combine(start - dt.timedelta(days=1), dt.time(20, 0))
        b.add("action_item", month=month, review_month=month_key(start - dt.timedelta(days=1)), platform=platform,
              text=text, applies_to=places, due_date=add_months(start, 1) - dt.timedelta(days=1), metric=metric,
              baseline=baseline, source_kind=kind, source_ref=ref, done=done_at is not None,
              done_at=None if done_at is None else min(done_at, b.stamp), created_at=made, updated_at=made)


def add_key(month: str, months: int) -> str:
    return month_key(add_months(dt.date.fromisoformat(f"{month}-01"), months))


def _watch(b: Any) -> None:
    rng = b.rng
    keywords = [(w.BRAND, "brand"), ("小美", "brand"), ("屏障修护精华", "product"), ("21天训练营", "product"),
                ("成分党入门课", "product"), (w.FOUNDER, "person"), (w.OPERATOR, "person"), ("退款", "negative"),
                ("过敏", "negative"), ("投诉", "negative"), ("烂脸", "negative"), ("智商税", "negative"),
                ("假货", "negative"), ("割韭菜", "negative")]
    for term, kind in keywords:
        b.add("watch_keyword", term=term, kind=kind, enabled=True)
    positive = ["{brand}的讲解是我看过最清楚的", "用了屏障修护精华一个月，泛红少了好多", "21天训练营真的学到东西了",
                "美美老师直播很有耐心", "跟着小美做精简护肤，皮肤稳定多了"]
    neutral = ["屏障修护精华和别家的修护精华有什么区别？", "21天训练营下一期什么时候开", "小美能讲讲防晒吗"]
    negative = ["用了屏障修护精华之后过敏了，脸上起小红疙瘩", "训练营退款申请一周没人理，要投诉了",
                "感觉就是智商税，用了没什么变化", "收到的精华包装和之前不一样，是不是假货", "用了两天烂脸了，客服还不回复"]
    recent = b.today - dt.timedelta(days=100)
    posts = [p for p in b.facts["posts"] if p.platform != "wechat" and p.published_at.date() >= recent]
    templates = [(t, "positive") for t in positive] * 4 + [(t, "neutral") for t in neutral] * 4 + \
                [(t, "negative") for t in negative] * 3
    for i, (text, sentiment) in enumerate(templates):
        text = text.format(brand=w.BRAND)
        terms = [term for term, _ in keywords if term in text]
        post = posts[(i * 37) % len(posts)]
        when = min(post.published_at + dt.timedelta(hours=rng.randint(1, 240), minutes=rng.randint(0, 59)), b.stamp)
        alert = sentiment == "negative"
        # a year-in operator has answered the older alerts; only the last week's are still open
        settled = when < b.stamp - dt.timedelta(days=7)
        status = ("resolved" if settled else ["new", "responding", "resolved"][i % 3]) if alert else None
        responded = when + dt.timedelta(hours=rng.randint(1, 20)) if status in ("responding", "resolved") else None
        b.add("mention", source="comment", platform=post.platform, post_id=post.id, author=f"用户{rng.randint(1000, 9999)}",
              text=text, terms=terms, sentiment=sentiment, is_alert=alert, alert_status=status,
              first_response_at=responded, response="已私信跟进，安排专人处理" if responded else None, mentioned_at=when)
    for feedback_id, text, received in b.facts.get("complaint_feedback", []):
        if received > b.stamp - dt.timedelta(days=2):
            continue  # the latest complaints are found by the next scan, still unanswered
        terms = [term for term, _ in keywords if term in text] or ["退款"]
        b.add("mention", source="feedback", platform=None, feedback_id=feedback_id, text=text, terms=terms,
              sentiment="negative", is_alert=True, alert_status="resolved", first_response_at=received + dt.timedelta(hours=3),
              response="已道歉并加急处理", mentioned_at=received)
    templates_text = {
        "过敏安抚": "非常抱歉给你带来不适！请先停用产品，用清水洗脸，冷敷舒缓。方便的话私信发一下照片和使用方法，我们的护肤顾问会一对一跟进，需要退换我们全程负责。",
        "退款进度说明": "抱歉让你久等了！你的退款申请我们已经加急处理，1–3个工作日内原路退回。有任何问题随时私信我们。",
        "物流延迟致歉": "抱歉发货慢了！大促期间订单较多，你的包裹已加急，今天内会更新物流单号。",
        "感谢好评": "谢谢你的认可！坚持精简护肤，皮肤会越来越稳定的，有问题随时来群里问～",
        "回应「智商税」质疑": "理解你的顾虑！护肤见效通常需要4周左右，我们在笔记里放了完整的成分表和检测报告，欢迎对照看看。用法上有疑问可以私信我们帮你看看。",
    }
    for name, body in templates_text.items():
        b.add("reply_template", name=name, body=body)


def settings(store: Store) -> None:
    """What an operator a year in has set: a posting plan and a brand guide — only where the
    operator has none, since settings survive a demo replace and belong to the operator."""
    from app.services import brand, calendar

    if not calendar.posting_plan(store):
        calendar.set_posting_plan(store, POSTING_PLAN)
    if brand.load_guide(store).is_empty():
        brand.save_guide(store, brand.BrandGuide(
            brand=w.BRAND,
            tone="专业但不端着：先说结论，再讲成分和依据；像懂行的朋友，不吓唬、不夸大功效，少用感叹号。",
            avatar="实验室白底 + 小美半身照，各平台统一",
            cover_style="白底大字标题，关键成分用品牌绿标出；真人出镜封面露脸、表情自然；不用对比图、不P皮肤。",
            colors="品牌绿 #2BA471，辅助米白 #F7F3EA，强调橙 #F08A24",
            service_phrasing="称呼用「你」；先道歉再给办法；给出处理时限（如 1–3 个工作日）；"
                             "过敏类问题先请对方停用并私信照片，由护肤顾问一对一跟进。",
            taboo=["最好", "第一", "根治", "药妆", "医学级", "立刻见效", "无副作用", "100%有效"],
            notes="所有功效说法要有检测报告或文献出处；竞品只比成分，不点名。",
        ))
