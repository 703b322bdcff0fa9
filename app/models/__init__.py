"""SQLModel tables and enums, one module per domain; importing this package registers them all."""

from app.models.accounts import Account, AccountDaily, Competitor, TrafficSource
from app.models.base import Platform, now
from app.models.campaigns import (
    Campaign,
    CampaignDaily,
    CampaignGoal,
    CampaignStatus,
    CampaignTask,
    CampaignType,
    Collaboration,
    CollaborationKind,
    PartnerKind,
    Promotion,
    PromotionObjective,
    PromotionTool,
)
from app.models.commerce import ShopOrder, Survey, SurveyResponse
from app.models.community import (
    Community,
    CommunityDaily,
    Feedback,
    FeedbackCategory,
    FeedbackSource,
    FeedbackStatus,
    Member,
    Segment,
    SegmentSnapshot,
)
from app.models.content import (
    Conversion,
    Post,
    PostFormat,
    PostMetrics,
    PostRevision,
    PostStatus,
    Priority,
    Topic,
    TopicSource,
    TopicStatus,
)
from app.models.planning import ActionItem, Goal, GoalMetric, HotDate, HotDateKind, MonthPlan
from app.models.review import Lesson, LessonArea, LessonKind, MonthlyReview
from app.models.system import ImportBatch, Setting
from app.models.vocabulary import PLATFORM_COLORS, PLATFORM_NAMES, Month, platform_code, platform_name
from app.models.watch import AlertStatus, Mention, ReplyTemplate, Sentiment, WatchKeyword, WatchKind

__all__ = [
    "PLATFORM_COLORS", "PLATFORM_NAMES", "Account", "ActionItem", "AccountDaily", "AlertStatus", "Campaign",
    "CampaignDaily", "CampaignGoal", "CampaignStatus", "CampaignTask", "CampaignType", "Collaboration",
    "CollaborationKind", "Community", "CommunityDaily", "Competitor", "Conversion", "Feedback", "FeedbackCategory",
    "FeedbackSource", "FeedbackStatus", "Goal", "GoalMetric", "HotDate", "HotDateKind", "ImportBatch",
    "Lesson", "LessonArea", "LessonKind", "Member", "Mention", "Month", "MonthPlan", "MonthlyReview", "PartnerKind",
    "Platform", "Post", "PostFormat", "PostMetrics", "PostRevision", "PostStatus", "Priority",
    "Promotion", "PromotionObjective", "PromotionTool", "ReplyTemplate", "Segment", "SegmentSnapshot",
    "Sentiment", "Setting", "ShopOrder", "Survey", "SurveyResponse", "Topic", "TopicSource", "TopicStatus", "TrafficSource", "WatchKeyword",
    "WatchKind", "now", "platform_code", "platform_name",
]
