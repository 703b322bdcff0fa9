"""The demo's rows from the operator's other back-ends (issue 20): 抖店 orders, 企业微信 statistics
and a 问卷星 survey, so 店铺成交, 社群活跃, 问卷 and the review's 店铺订单/社群活跃度 are not empty.

They draw from their OWN random stream (seeded from the demo's seed), so adding them leaves every
other demo row exactly as it was. Rows take the shape the imports store: an order's `valid` comes
from `orders.is_valid`, its account and content from `orders.attribute_orders` (run after the write,
as after an import); survey questions carry the role `wjx.ROLES` would recognise, and each free
answer is a feedback row of source 问卷 tagged with its question, as the 问卷星 import makes it.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import sqlalchemy as sa

from app.services.demo import wording as w
from app.services.demo.audience import REGIONS
from app.services.importing.wjx import ROLES
from app.services.orders import is_valid

#: How far back the shop export and the 企业微信 statistics reach.
ORDER_DAYS = 90
COMMUNITY_DAYS = 60
SURVEY_TITLE = f"{w.BRAND}粉丝护肤习惯调研"
SURVEY_RESPONSES = 80
_DOUYIN_PRODUCTS = [("屏障修护精华", 5), ("成分党入门课", 3), ("成分速查手册", 4), ("21天成分护肤训练营", 1)]
_PRODUCT_IDS = {name: str(3_600_000_000_000_000_000 + 7_777 * i) for i, name in enumerate(w.PRODUCTS)}
_AFTER_SALE_KEPT = [None, None, None, None, "售后关闭"]
_CANCEL_REASONS = ["买家取消订单", "超时未支付", "拍错了/不想要了"]
#: (question no, text, kind, options); the free question's answers become feedback.
_QUESTIONS: list[tuple[str, str, str, list[str]]] = [
    ("1", "您的性别", "single", ["女", "男"]),
    ("2", "您的年龄段", "single", ["18岁以下", "18-24岁", "25-30岁", "31-40岁", "40岁以上"]),
    ("3", "您所在的地区", "single", ["广东", "上海", "北京", "浙江", "江苏", "四川", "其他"]),
    ("4", "您希望我们多讲哪些内容？", "multi", ["成分解析", "产品测评", "护肤步骤", "平价替代", "敏感肌修护", "防晒"]),
    ("5", "还有什么建议或想看的内容？", "text", []),
]
_WEIGHTS = {"1": [88, 12], "2": [6, 34, 32, 20, 8], "3": [18, 14, 12, 11, 10, 8, 27]}
_FREE_ANSWERS = [
    "希望多讲讲头皮护理，换季掉发好严重", "能不能出一期颈纹的护理方法", "想看敏感肌换季的急救步骤",
    "直播时间能不能晚一点，下班赶不上", "希望出学生党平价的精华测评", "早C晚A到底适合什么肤质，讲讲吧",
    "防晒怎么选，物理防晒和化学防晒的区别", "训练营能不能出进阶版", "成分速查手册希望更新一下新成分",
    "油痘肌的夏天护肤步骤", "孕期能用的护肤品有哪些", "视频里的产品能不能放个链接",
]


def build(b: Any, seed: int) -> None:
    """Add the orders, the 企业微信 days and the survey to the builder's rows."""
    rng = random.Random(f"demo-sources-{seed}")
    _orders(b, rng)
    _community_days(b, rng)
    _survey(b, rng)


def _own_douyin(b: Any) -> tuple[str, str | None]:
    """(name, handle) of the demo's 抖音 account, the 达人 its orders name."""
    account_id = b.facts["own"]["douyin"]
    row = next((r for r in b.rows.get("account", []) if r["id"] == account_id), None)
    if row is None:
        found = b.conn.execute(sa.text("SELECT name, handle FROM account WHERE id = :id"), {"id": account_id}).one()
        return str(found.name), found.handle
    return str(row["name"]), row.get("handle")


def _orders(b: Any, rng: random.Random) -> None:
    """About 450 子订单 over the last three months: bursts during 抖音 live sessions and in the days
    after each video (traffic of the own account), a trickle from the product card; some refunded,
    some cancelled before paying."""
    name, handle = _own_douyin(b)
    first = b.today - dt.timedelta(days=ORDER_DAYS)
    moments: list[tuple[dt.datetime, str]] = []
    for post in b.facts["posts"]:
        if post.platform != "douyin" or post.published_at.date() < first:
            continue
        if post.format == "live":
            moments += [(post.published_at + dt.timedelta(minutes=rng.uniform(5, 118)), "直播")
                        for _ in range(rng.randint(35, 60))]
        elif post.format == "video":
            moments += [(post.published_at + dt.timedelta(hours=rng.uniform(0.3, 60)), "短视频")
                        for _ in range(rng.randint(1, 6))]
    for offset in range(ORDER_DAYS):
        day = first + dt.timedelta(days=offset)
        moments += [(dt.datetime.combine(day, dt.time(rng.randint(8, 23), rng.randint(0, 59))), "其他")
                    for _ in range(rng.choice([0, 0, 1, 1, 2]))]
    moments = sorted(m for m in moments if m[0] < b.stamp)
    places = [(p, c) for p, c, _ in REGIONS]
    weights = [n for _, _, n in REGIONS]
    products = [p for p, _ in _DOUYIN_PRODUCTS]
    product_weights = [n for _, n in _DOUYIN_PRODUCTS]
    for serial, (submitted, kind) in enumerate(moments, start=1):
        order_id = 6_928_000_000_000_000_000 + serial * 1_000 + rng.randint(0, 899)
        province, city = rng.choices(places, weights)[0]
        fate = rng.random()
        cancelled, refunded = fate < 0.05, 0.05 <= fate < 0.12
        paid = None if cancelled else submitted + dt.timedelta(seconds=rng.randint(10, 600))
        lines = 2 if rng.random() < 0.12 else 1
        for line, product in enumerate(rng.sample(products, lines) if lines > 1 else rng.choices(products, product_weights)):
            quantity = 2 if rng.random() < 0.08 else 1
            status = "已取消" if cancelled else "已关闭" if refunded else "已完成" if paid and paid.date() < b.today - dt.timedelta(days=7) else "已发货"
            after_sale = "退款成功" if refunded else None if cancelled else rng.choice(_AFTER_SALE_KEPT)
            b.add("shop_order", sub_order_id=str(order_id + line + 1), order_id=str(order_id), product=product,
                  product_id=_PRODUCT_IDS[product], quantity=quantity, amount=w.PRODUCTS[product] * quantity,
                  submitted_at=submitted, paid_at=paid,
                  finished_at=paid + dt.timedelta(days=8) if status == "已完成" and paid else None,
                  status=status, after_sale=after_sale,
                  cancel_reason=rng.choice(_CANCEL_REASONS) if cancelled else None,
                  traffic_source="精选联盟" if kind != "其他" and rng.random() < 0.2 else "商家自卖",
                  traffic_kind=kind, traffic_type="广告" if rng.random() < 0.15 else "非广告",
                  creator_id=handle if kind != "其他" else None, creator_name=name if kind != "其他" else None,
                  province=province, city=city, valid=is_valid(status, after_sale),
                  created_at=b.stamp, updated_at=b.stamp)


def _community_days(b: Any, rng: random.Random) -> None:
    """Two staff members' 企业微信 days over the last 60 days, on the 训练营 group (a 企业微信 group):
    busier on Sundays (作业点评) and the day after a live, quieter on Saturdays."""
    community_id = next(r["id"] for r in b.rows["community"] if r["channel"] == "wecom_group")
    staff = [(w.FOUNDER, 1.0, 5), (w.OPERATOR, 0.7, 3)]
    for name, scale, groups in staff:
        members = round(820 * scale * 0.6)
        for offset in range(COMMUNITY_DAYS, 0, -1):
            day = b.today - dt.timedelta(days=offset)
            pace = {6: 1.6, 5: 0.6}.get(day.weekday(), 1.0) * rng.uniform(0.7, 1.3)
            new = rng.randint(2, 12)
            lost = rng.randint(0, 3)
            members += new - lost
            chats = round(rng.randint(15, 40) * scale * pace)
            b.add("community_daily", day=day, staff=name, department="新媒体运营部", community_id=community_id,
                  requests_sent=rng.randint(0, 6), new_customers=new, chats=chats,
                  messages_sent=round(chats * rng.uniform(2.2, 4.0)), reply_share=round(rng.uniform(0.82, 1.0), 2),
                  first_reply_minutes=round(rng.uniform(2, 25), 1), lost_customers=lost, groups=groups,
                  new_groups=1 if rng.random() < 0.03 else 0, active_groups=rng.randint(max(1, groups - 2), groups),
                  group_members=members, new_group_members=new + rng.randint(0, 4),
                  active_group_members=round(members * rng.uniform(0.05, 0.12) * pace),
                  group_messages=round(rng.randint(90, 260) * scale * pace))


def _survey(b: Any, rng: random.Random) -> None:
    """One 问卷星 survey with 80 answer sheets from the last three weeks; the free answers are feedback."""
    questions = [{"no": no, "text": text, "kind": kind, "options": options,
                  "role": next((role for role, words in ROLES if words.search(text)), None)}
                 for no, text, kind, options in _QUESTIONS]
    survey_id = b.add("survey", title=SURVEY_TITLE, questions=questions)
    start = b.today - dt.timedelta(days=21)
    for seq in range(1, SURVEY_RESPONSES + 1):
        submitted = dt.datetime.combine(start + dt.timedelta(days=rng.randint(0, 19)),
                                        dt.time(rng.randint(8, 23), rng.randint(0, 59), rng.randint(0, 59)))
        answers: dict[str, Any] = {}
        for no, _text, kind, options in _QUESTIONS:
            if kind == "single":
                answers[no] = rng.choices(options, _WEIGHTS[no])[0]
            elif kind == "multi":
                answers[no] = [o for o in options if rng.random() < 0.4] or [rng.choice(options)]
            else:
                answers[no] = rng.choice(_FREE_ANSWERS) if rng.random() < 0.45 else None
        place = answers["3"] if answers["3"] != "其他" else rng.choice(["湖北", "湖南", "福建", "山东"])
        b.add("survey_response", survey_id=survey_id, seq=seq, submitted_at=submitted,
              duration_seconds=rng.randint(45, 400), channel=rng.choice(["微信", "微信", "链接", "手机提交"]),
              region=place, answers=answers)
        free = answers["5"]
        if free is not None:
            b.add("feedback", source="survey", text=free, tags=[_QUESTIONS[4][1]], received_at=submitted,
                  category="content", status="new",
                  extra={"survey_id": survey_id, "survey": SURVEY_TITLE, "seq": seq, "question": "5"})
