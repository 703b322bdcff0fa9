"""Per-platform drafts (草稿): fan-out from a topic, saves with revisions, review workflow, publishing.

A draft is a `post` row on one own account, shaped for its platform (公众号 article, 抖音 video
script, 小红书 image note, 视频号 video); `checks.platform_rules(p).draft_fields` names the fields
its editor shows. Every save that changes something keeps a `post_revision` with a JSON snapshot
of the fields, so the history can show a diff and restore any earlier state. Status moves along
drafting → internal_review → small_test → revising → scheduled → published; other moves are
refused with a plain message.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from app.i18n import QT_TRANSLATE_NOOP, UserError
from app.models import Account, Post, PostFormat, PostRevision, PostStatus, Topic, TopicStatus, now
from app.models.vocabulary import label
from app.services.checks import (
    FIELD_LABELS,
    Finding,
    WordLists,
    hashtags_in,
    lint,
    load_wordlists,
    platform_rules,
)
from app.services.text import title_key
from app.store import Store

#: Fields an editor may change through `save_draft` (and that a revision keeps).
EDITABLE_FIELDS: tuple[str, ...] = (
    "title", "author", "digest", "body", "hook", "scenes", "caption", "hashtags", "cover_text",
    "pain_point", "method", "cta", "visual_style", "main_channel", "aux_channels", "scheduled_at",
    "test_feedback",
)
_LIST_FIELDS = ("scenes", "hashtags", "aux_channels")

#: The internal-review checklist: key → label (合规、品牌调性、事实、行动号召).
REVIEW_CHECKLIST: dict[str, str] = {
    "compliance": QT_TRANSLATE_NOOP("drafts", "合规（无违禁词、无夸大承诺）"),
    "brand_tone": QT_TRANSLATE_NOOP("drafts", "品牌调性"),
    "facts": QT_TRANSLATE_NOOP("drafts", "事实和数据核对"),
    "cta": QT_TRANSLATE_NOOP("drafts", "行动号召清楚"),
}

#: Allowed status moves. Leaving internal review forward needs a passed review; `scheduled`
#: needs a time and no error-level finding; `published` goes through `mark_published`.
TRANSITIONS: dict[PostStatus, tuple[PostStatus, ...]] = {
    PostStatus.drafting: (PostStatus.internal_review,),
    PostStatus.internal_review: (PostStatus.small_test, PostStatus.revising, PostStatus.scheduled),
    PostStatus.small_test: (PostStatus.revising, PostStatus.scheduled),
    PostStatus.revising: (PostStatus.internal_review, PostStatus.small_test, PostStatus.scheduled),
    PostStatus.scheduled: (PostStatus.published, PostStatus.revising),
    PostStatus.published: (),
}

#: The revision note a status move writes. These are stored text, not labels: kept word for word so
#: old and new revisions read alike, translated in context "drafts" when the history shows them.
MOVE_NOTES: dict[PostStatus, str] = {
    PostStatus.internal_review: QT_TRANSLATE_NOOP("drafts", "内审"),
    PostStatus.small_test: QT_TRANSLATE_NOOP("drafts", "小范围测试"),
    PostStatus.revising: QT_TRANSLATE_NOOP("drafts", "修改中"),
    PostStatus.scheduled: QT_TRANSLATE_NOOP("drafts", "已排期"),
    PostStatus.published: QT_TRANSLATE_NOOP("drafts", "已发布"),
}


class DraftError(UserError):
    pass


class WorkflowError(UserError):
    """A status move the workflow does not allow: refused, nothing written."""

    exit_code = 1


class PublishBlockedError(WorkflowError):
    """Error-level findings remain; `findings` lists them for the editor."""

    def __init__(self, template: str, /, findings: Sequence[Finding] = (), **params: Any) -> None:
        super().__init__(template, **params)
        self.findings = list(findings)


# ---------------------------------------------------------------------------------------------
# Reading


def _load(session: Any, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if post is None:
        raise DraftError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的草稿，可能已被删除。"), id=post_id)
    return post


def get_draft(store: Store, post_id: int) -> Post:
    """The post as a detached object (plain values; safe to hand to the UI)."""
    with store.reading() as session:
        return _load(session, post_id)


def post_platform(store: Store, post_id: int) -> str:
    with store.reading() as session:
        platform = session.execute(
            sa.select(Account.platform).join(Post, Post.account_id == Account.id).where(Post.id == post_id)
        ).scalar_one_or_none()
    if platform is None:
        raise DraftError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的草稿，可能已被删除。"), id=post_id)
    return str(platform)


@dataclass(frozen=True)
class DraftRow:
    """A line of a platform's draft list."""

    id: int
    account_id: int
    account_name: str
    platform: str
    topic_id: int | None
    title: str
    status: PostStatus
    scheduled_at: dt.datetime | None
    updated_at: dt.datetime


def list_drafts(store: Store, platform: str | None = None, *, include_published: bool = False) -> list[DraftRow]:
    """Own accounts' unpublished posts (optionally one platform's), in workflow order then newest first."""
    query = (
        sa.select(Post.id, Post.account_id, Account.name, Account.platform, Post.topic_id, Post.title,
                  Post.status, Post.scheduled_at, Post.updated_at)
        .join(Account, Account.id == Post.account_id)
        .where(Account.is_own == sa.true())
    )
    if platform is not None:
        query = query.where(Account.platform == platform_rules(platform).platform)
    if not include_published:
        query = query.where(Post.status != PostStatus.published.value)
    with store.reading() as session:
        rows = [DraftRow(*row) for row in session.execute(query).all()]
    order = list(PostStatus)
    rows.sort(key=lambda r: (order.index(PostStatus(r.status)), -r.updated_at.timestamp(), -r.id))
    return rows


def draft_values(post: Post) -> dict[str, Any]:
    """The editable fields of a post as plain JSON-able values (the revision snapshot)."""
    values: dict[str, Any] = {}
    for name in EDITABLE_FIELDS:
        value = getattr(post, name)
        if name in _LIST_FIELDS:
            value = list(value or [])
        elif isinstance(value, dt.datetime):
            value = value.strftime("%Y-%m-%d %H:%M:%S")
        values[name] = value
    return values


# ---------------------------------------------------------------------------------------------
# Fan-out from a topic


def create_drafts_from_topic(store: Store, topic_id: int, platforms: Sequence[str]) -> list[int]:
    """One draft per own account of each chosen platform, prefilled from the topic; returns post ids.

    A platform without an own account refuses the whole request (nothing is written), so the
    operator adds the account first. The topic moves to "in production".
    """
    codes = list(dict.fromkeys(str(p) for p in platforms))
    if not codes:
        raise DraftError(QT_TRANSLATE_NOOP("errors", "请至少选一个平台。"))
    rules = {code: platform_rules(code) for code in codes}
    with store.writing() as session:
        topic = session.get(Topic, topic_id)
        if topic is None:
            raise DraftError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的选题，可能已被删除。"), id=topic_id)
        accounts = session.exec(
            select(Account).where(Account.is_own == True, Account.platform.in_(codes))  # type: ignore[attr-defined]  # noqa: E712
            .order_by(Account.id)
        ).all()
        missing = [c for c in codes if not any(str(a.platform) == c for a in accounts)]
        if missing:
            raise DraftError(
                QT_TRANSLATE_NOOP("errors", "还没有这些平台的自有账号：{platforms}。请先在账号里添加，再创建草稿。"),
                platforms="、".join(missing),
            )
        ids: list[int] = []
        for code in codes:
            rule = rules[code]
            for account in (a for a in accounts if str(a.platform) == code):
                post = Post(
                    account_id=account.id, topic_id=topic.id, title=topic.title, title_key=title_key(topic.title),
                    format=PostFormat(rule.format), status=PostStatus.drafting,
                    hashtags=list(topic.tags or []),
                )
                if topic.description:
                    setattr(post, "caption" if rule.text_field == "caption" else "body", topic.description)
                session.add(post)
                session.flush()
                assert post.id is not None
                session.add(_revision(post, QT_TRANSLATE_NOOP("drafts", "从选题创建")))
                ids.append(post.id)
        if topic.status in (TopicStatus.idea, TopicStatus.planned):
            topic.status = TopicStatus.in_production
            topic.updated_at = now()
            session.add(topic)
    return ids


def create_draft(store: Store, account_id: int, title: str, *, scheduled_at: dt.datetime | None = None) -> int:
    """A blank draft on one own account, optionally planned for a time (the calendar's "new draft here")."""
    with store.writing() as session:
        account = session.get(Account, account_id)
        if account is None or not account.is_own:
            raise DraftError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的自有账号。"), id=account_id)
        post = Post(account_id=account_id, title=title, title_key=title_key(title),
                    format=PostFormat(platform_rules(str(account.platform)).format), status=PostStatus.drafting,
                    scheduled_at=scheduled_at.replace(microsecond=0) if scheduled_at else None)
        session.add(post)
        session.flush()
        assert post.id is not None
        session.add(_revision(post, QT_TRANSLATE_NOOP("drafts", "在日历上新建")))
        return post.id


# ---------------------------------------------------------------------------------------------
# Saving and revisions


def _revision(post: Post, note: str | None) -> PostRevision:
    assert post.id is not None
    return PostRevision(post_id=post.id, status=post.status, title=post.title or "", body=post.body,
                        fields=draft_values(post), note=note)


def _clean_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"not editable draft fields: {sorted(unknown)}")
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name in _LIST_FIELDS:
            value = [str(v).strip() for v in (value or []) if str(v).strip()]
            if name == "hashtags":
                value = list(dict.fromkeys(v.strip("#＃") for v in value if v.strip("#＃")))
        elif name == "scheduled_at":
            value = _datetime(value)
        elif name == "title":
            value = value or ""
        elif value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be text")
        out[name] = value
    return out


def _datetime(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    try:
        return dt.datetime.fromisoformat(str(value)).replace(tzinfo=None, microsecond=0)
    except ValueError as exc:
        raise DraftError(QT_TRANSLATE_NOOP("errors", "时间“{value}”不对，请写成 2025-03-15 20:00。"), value=str(value)) from exc


def save_draft(store: Store, post_id: int, changes: Mapping[str, Any], *, note: str | None = None,
               seen_version: int | None = None) -> int:
    """Save changed fields and keep a revision; returns the revision id.

    A save that changes nothing (and has no note) adds no revision and returns the latest one.
    `seen_version` (the editor's copy) refuses with StaleEditError when someone saved since.
    """
    values = _clean_changes(changes)
    with store.writing() as session:
        post = _load(session, post_id)
        if seen_version is not None:
            session.claim(post, seen_version)
        for name, value in values.items():
            setattr(post, name, value)
        if "title" in values:
            post.title_key = title_key(post.title)
        latest = session.exec(
            select(PostRevision).where(PostRevision.post_id == post_id)
            .order_by(PostRevision.id.desc()).limit(1)  # type: ignore[union-attr]
        ).first()
        if latest is not None and note is None and latest.fields == draft_values(post):
            session.rollback()
            assert latest.id is not None
            return latest.id
        post.updated_at = now()
        session.add(post)
        return session.insert(_revision(post, note))


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    post_id: int
    saved_at: dt.datetime
    status: PostStatus | None
    title: str
    note: str | None
    #: Who saved it (the operator's name, 设置 → 我的名字), when they had given one.
    saved_by: str | None = None


def revisions(store: Store, post_id: int) -> list[RevisionInfo]:
    """A draft's saved states, newest first."""
    with store.reading() as session:
        rows = session.exec(
            select(PostRevision).where(PostRevision.post_id == post_id)
            .order_by(PostRevision.id.desc())  # type: ignore[union-attr]
        ).all()
    return [RevisionInfo(r.id or 0, r.post_id, r.saved_at, r.status, r.title, r.note, r.saved_by) for r in rows]


def _load_revision(session: Any, revision_id: int) -> PostRevision:
    revision = session.get(PostRevision, revision_id)
    if revision is None:
        raise DraftError(QT_TRANSLATE_NOOP("errors", "找不到编号为 {id} 的历史版本。"), id=revision_id)
    return revision


@dataclass(frozen=True)
class FieldChange:
    """One field that differs between two revisions.

    `lines` is a unified diff (line level, for the history view's text); `opcodes` are
    difflib's `(tag, i1, i2, j1, j2)` over the characters of `before`/`after`, for highlights.
    """

    field: str
    label: str
    before: str
    after: str
    lines: list[str]
    opcodes: list[tuple[str, int, int, int, int]]


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


def diff(store: Store, rev_a: int, rev_b: int) -> list[FieldChange]:
    """What changed from revision `rev_a` to revision `rev_b`, field by field (difflib)."""
    with store.reading() as session:
        a, b = _load_revision(session, rev_a), _load_revision(session, rev_b)
    changes = []
    for name in EDITABLE_FIELDS:
        before, after = _as_text(a.fields.get(name)), _as_text(b.fields.get(name))
        if before == after:
            continue
        lines = list(difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=2))[2:]
        opcodes = [op for op in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
                   if op[0] != "equal"]
        changes.append(FieldChange(name, FIELD_LABELS.get(name, name), before, after, lines, opcodes))
    return changes


def restore_revision(store: Store, revision_id: int) -> int:
    """Put a draft's fields back as they were in a revision (status unchanged); returns the new revision id."""
    with store.reading() as session:
        revision = _load_revision(session, revision_id)
    values = {k: v for k, v in revision.fields.items() if k in EDITABLE_FIELDS}
    note = QT_TRANSLATE_NOOP("drafts", "恢复到 {saved_at} 的版本").format(
        saved_at=revision.saved_at.strftime("%Y-%m-%d %H:%M:%S"))
    return save_draft(store, revision.post_id, values, note=note)


# ---------------------------------------------------------------------------------------------
# Checks and the publishing text


class _PlainText(HTMLParser):
    _BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "tr", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self._BLOCKS and self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.handle_starttag(tag, None)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


_HTML = re.compile(r"<\s*(p|div|span|br|section|h[1-6]|strong|em|img|ul|ol|li|html|body)\b", re.IGNORECASE)


def plain_text(body: str | None) -> str:
    """The text of a body that may be rich text (公众号 HTML pasted from 秀米/135编辑器)."""
    if not body:
        return ""
    if not _HTML.search(body):
        return body
    parser = _PlainText()
    parser.feed(body)
    parser.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)).strip()


def lint_post(platform: str, values: Mapping[str, Any], *, keywords: Sequence[str] | None = None,
              wordlists: WordLists | None = None) -> list[Finding]:
    """Lint a draft's fields (the editor's live values or `draft_values(post)`) the way the
    platform's editor shapes them; the body is checked as plain text."""
    rules = platform_rules(platform)
    shown = rules.draft_fields or EDITABLE_FIELDS
    title = (values.get("title") or "") if "title" in shown else None
    body = plain_text(values.get("body")) if "body" in shown else None
    fields = {}
    for name in shown:
        if name in ("title", "body"):
            continue
        value = values.get(name)
        fields[name] = list(value or []) if name in _LIST_FIELDS else (value or "")
    return lint(platform, title, body, fields=fields, keywords=keywords, wordlists=wordlists)


def _tag(tag: str, style: str) -> str:
    return f"#{tag}#" if style == "wrapped" else f"#{tag}"


def compose_publishing_text(platform: str, values: Mapping[str, Any]) -> str:
    """Title, main text and hashtags in the platform's form (#话题, or #话题# on 微博)."""
    rules = platform_rules(platform)
    shown = rules.draft_fields or EDITABLE_FIELDS
    parts = []
    if "title" in shown and (values.get("title") or "").strip():
        parts.append(values["title"].strip())
    main = values.get(rules.text_field) if rules.text_field in shown else None
    main = plain_text(main or (values.get("body") if "body" in shown else "") or "").strip()
    if main:
        parts.append(main)
    if rules.hashtag_style != "none":
        inline = set(hashtags_in(main))
        tags = [t for t in values.get("hashtags") or [] if t and t not in inline]
        if tags:
            parts.append(" ".join(_tag(t, rules.hashtag_style) for t in tags))
    return "\n\n".join(parts)


def _error_lines(findings: Iterable[Finding]) -> str:
    return "\n".join(f"· {f.message}" for f in findings if f.severity == "error")


def publishing_text(store: Store, post_id: int, *, wordlists: WordLists | None = None) -> str:
    """The platform-ready text to paste, refused (PublishBlockedError, listing what is wrong) while
    any error-level finding remains. `wordlists` defaults to the store's merged lists."""
    post = get_draft(store, post_id)
    platform = post_platform(store, post_id)
    values = draft_values(post)
    findings = lint_post(platform, values, wordlists=wordlists or load_wordlists(store))
    _refuse_errors(findings)
    return compose_publishing_text(platform, values)


def _refuse_errors(findings: Sequence[Finding]) -> None:
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        raise PublishBlockedError(
            QT_TRANSLATE_NOOP("errors", "还有 {count} 处必须修改，改好后才能发布：\n{items}"),
            findings=errors, count=len(errors), items=_error_lines(errors),
        )


# ---------------------------------------------------------------------------------------------
# Workflow


def allowed_transitions(status: PostStatus | str) -> tuple[PostStatus, ...]:
    return TRANSITIONS[PostStatus(status)]


def review_passed(review: Mapping[str, Any] | None) -> bool:
    """Every checklist item ticked and a reviewer named."""
    if not review:
        return False
    checklist = review.get("checklist") or {}
    return bool(review.get("reviewer")) and all(checklist.get(key) for key in REVIEW_CHECKLIST)


def _check_move(post: Post, target: PostStatus) -> None:
    current = PostStatus(post.status)
    if target not in TRANSITIONS[current]:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("errors", "草稿现在是“{current}”，不能直接改成“{target}”。可以改成：{allowed}。"),
            current=label(PostStatus, current), target=label(PostStatus, target),
            allowed="、".join(label(PostStatus, s) for s in TRANSITIONS[current]) or "—",
        )
    if current == PostStatus.internal_review and target in (PostStatus.small_test, PostStatus.scheduled) \
            and not review_passed(post.review):
        raise WorkflowError(QT_TRANSLATE_NOOP("errors", "内审还没通过：请勾选全部检查项（合规、品牌调性、事实、行动号召）并填写审核人。"))


def move_to(store: Store, post_id: int, status: PostStatus | str, *, scheduled_at: dt.datetime | str | None = None,
            wordlists: WordLists | None = None) -> None:
    """Move a draft along the workflow; a move the workflow forbids raises WorkflowError.

    Scheduling needs a scheduled time (given here or already saved) and no error-level finding;
    publishing goes through `mark_published` (it needs the time and link). Refused = unchanged.
    """
    target = PostStatus(status)
    if target == PostStatus.published:
        raise WorkflowError(QT_TRANSLATE_NOOP("errors", "发布请用“标记已发布”，并填写发布时间和链接。"))
    when = _datetime(scheduled_at)
    platform = post_platform(store, post_id)
    lists = wordlists or load_wordlists(store)
    with store.writing() as session:
        post = _load(session, post_id)
        _check_move(post, target)
        if when is not None:
            post.scheduled_at = when
        if target == PostStatus.scheduled:
            if post.scheduled_at is None:
                raise WorkflowError(QT_TRANSLATE_NOOP("errors", "请先填写计划发布时间，再排期。"))
            _refuse_errors(lint_post(platform, draft_values(post), wordlists=lists))
        post.status = target
        post.updated_at = now()
        session.add(post)
        session.add(_revision(post, MOVE_NOTES[target]))


def schedule(store: Store, post_id: int, when: dt.datetime | str, *, wordlists: WordLists | None = None) -> None:
    """Set the publishing time and move the draft to scheduled; an already scheduled draft is
    just rescheduled."""
    scheduled_at = _datetime(when)
    if scheduled_at is None:
        raise WorkflowError(QT_TRANSLATE_NOOP("errors", "请先填写计划发布时间，再排期。"))
    if PostStatus(get_draft(store, post_id).status) == PostStatus.scheduled:
        save_draft(store, post_id, {"scheduled_at": scheduled_at})
    else:
        move_to(store, post_id, PostStatus.scheduled, scheduled_at=scheduled_at, wordlists=wordlists)


def submit_review(store: Store, post_id: int, checklist: Mapping[str, bool], reviewer: str, *,
                  note: str | None = None, when: dt.datetime | None = None) -> dict[str, Any]:
    """Record the internal review (checklist, reviewer, time) in `post.review`; returns it.

    Only while the draft is in internal review. Whether it passed is `review_passed(review)`.
    """
    reviewer = (reviewer or "").strip()
    if not reviewer:
        raise DraftError(QT_TRANSLATE_NOOP("errors", "请填写审核人。"))
    review = {
        "checklist": {key: bool(checklist.get(key)) for key in REVIEW_CHECKLIST},
        "reviewer": reviewer,
        "reviewed_at": (when or now()).strftime("%Y-%m-%d %H:%M:%S"),
        "note": note,
    }
    review["passed"] = review_passed(review)
    with store.writing() as session:
        post = _load(session, post_id)
        if PostStatus(post.status) != PostStatus.internal_review:
            raise WorkflowError(QT_TRANSLATE_NOOP("errors", "只有“内审”状态的草稿才能填写内审结果。"))
        post.review = review
        post.updated_at = now()
        session.add(post)
    return review


def record_test_feedback(store: Store, post_id: int, feedback: str) -> int:
    """Keep the small test's readers' feedback (小范围测试反馈) with the draft; returns the revision id."""
    return save_draft(store, post_id, {"test_feedback": feedback},
                      note=QT_TRANSLATE_NOOP("drafts", "记录小范围测试反馈"))


def mark_published(store: Store, post_id: int, when: dt.datetime | str, url: str | None = None) -> None:
    """Record that a scheduled post went out (time and link); its topic becomes published.

    This post is the one later imports match (by account, title and publish time, or link).
    """
    published_at = _datetime(when)
    if published_at is None:
        raise WorkflowError(QT_TRANSLATE_NOOP("errors", "请填写发布时间。"))
    with store.writing() as session:
        post = _load(session, post_id)
        _check_move(post, PostStatus.published)
        post.status = PostStatus.published
        post.published_at = published_at
        post.url = (url or "").strip() or None
        post.updated_at = now()
        session.add(post)
        session.add(_revision(post, MOVE_NOTES[PostStatus.published]))
        if post.topic_id is not None:
            topic = session.get(Topic, post.topic_id)
            if topic is not None and topic.status != TopicStatus.published:
                topic.status = TopicStatus.published
                topic.updated_at = now()
                session.add(topic)
