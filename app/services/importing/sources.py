"""Every kind of file the import knows, and what runs after an import: registered here and only here.

An import goes read → recognise → parse → plan → apply:

- read: `reader.read_workbook`, once per file; every stage after it works on those rows;
- recognise: a source that takes the whole file (`Source.whole`: the OpsDesk workbook) or else the
  column profiles of every source (`profiles.detect`), after a source's `reshape` (stacked sheets);
- parse: `rows.parse_table` (profiles) or the whole-file source's own;
- plan: `service.analyse_file` → `plan.ImportPlan`, matched against the store once (`writer`);
- apply: `service.apply` writes that plan (matching again only if the store changed meanwhile),
  then the `AFTER_IMPORT` hooks of the tables it touched, in the same transaction.

`files.import_files` runs the stages for several files, for the import dialog and the CLI alike.
A new source (企业微信, 抖店, 问卷星 …) is its column profiles in `resources/profiles/` and, when
its sheets need reshaping or it plans itself, one module beside this one; then one line in `SOURCES`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from app.services.importing import doudian, opsdesk_workbook, wecom, wjx
from app.services.importing.profiles import unstack
from app.services.orders import attribute_orders
from app.services.segments import recompute_segments


@dataclass(frozen=True)
class Source:
    """One kind of file.

    `profiles` names its column profiles (`resources/profiles/<file>`); `reshape(book, profiles,
    file_stem)` turns sheets only it understands into a plain table before detection; `whole` is
    a module that takes whole files (`claims(book)`, `plan(...)`, `apply(...)`); `resolvers` match
    the records of its kinds against the store with the whole plan at hand (`resolve(changes, plan)`:
    the file name, the export date, the community the operator chose).
    """

    name: str
    profiles: str | None = None
    reshape: Callable[..., Any] | None = None
    whole: ModuleType | None = None
    resolvers: Mapping[str, Callable[[Any, Any], None]] = field(default_factory=dict)


SOURCES: tuple[Source, ...] = (  # profiles are tried in this order; the first of equal scores wins
    Source("opsdesk_workbook", whole=opsdesk_workbook),
    Source("douyin", "douyin.json"),
    Source("douyin_live", "douyin_live.json"),  # 罗盘 概览数据（日）, 百应 历史直播 → live sessions (posts)
    Source("doudian", "doudian.json", resolvers={"shop_orders": doudian.resolve_shop_orders}),  # 抖店 订单
    Source("others", "others.json"),  # 视频号, 知乎, 快手, B站, 微博, 头条
    Source("templates", "templates.json"),  # OpsDesk's own import templates
    Source("wechat", "wechat.json"),
    Source("wechat_article_detail", "wechat_article_detail.json", reshape=unstack),
    Source("xiaohongshu", "xiaohongshu.json"),
    Source("wecom", "wecom.json", reshape=wecom.reshape,  # 企业微信 客户列表, 客户联系统计, 群聊数据统计
           resolvers={"customers": wecom.resolve_customers, "community_daily": wecom.resolve_community_daily}),
    Source("wjx", "wjx.json", reshape=wjx.reshape, resolvers={"survey": wjx.resolve_survey}),  # 问卷星 答卷
)

#: Kinds whose source resolves them with the whole plan (see `Source.resolvers`).
PLAN_RESOLVERS: dict[str, Callable[[Any, Any], None]] = {
    kind: resolve for source in SOURCES for kind, resolve in source.resolvers.items()
}

#: After an import (or its undo) changed one of these tables, inside the same transaction, with
#: the unit of work's connection.
AFTER_IMPORT: tuple[tuple[str, Callable[[Any], None]], ...] = (
    ("member", recompute_segments),
    ("shop_order", attribute_orders),
    ("post", attribute_orders),
    ("post_metrics", attribute_orders),  # a live session's length decides which orders it covers
)


def run_after_import(conn: Any, tables: set[str]) -> None:
    """The hooks of the tables an import or undo changed (each hook once)."""
    done: set[Callable[[Any], None]] = set()
    for table, hook in AFTER_IMPORT:
        if table in tables and hook not in done:
            done.add(hook)
            hook(conn)
