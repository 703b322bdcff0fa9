"""The Qt user interface: the main window, its seven tabs and the pieces they share.

Tab contract (other features replace a tab module wholesale; keep to this and nothing breaks)
------------------------------------------------------------------------------------------
- One module per tab: `calendar_tab.CalendarTab`, `topics_tab.TopicsTab`, `drafts_tab.DraftsTab`,
  `community.CommunityTab`, `charts.ChartsTab`, `campaigns_tab.CampaignsTab`,
  `review_tab.ReviewTab`. A module grows into a package that exports the same class from its
  `__init__`, one module per page named for its job (`promotions.py`, never `others.py`), Qt
  models in `app/views/table_models.py` (never a `models.py`), no module that only re-exports.
- `class XTab(QWidget)`, constructed as `XTab(ctx: ViewContext, parent=None)`. The main window
  sets the object name (`calendarTab` …) and the tab title; the tab sets nothing outside itself.
- `ctx` (`app.views.context.ViewContext`) is all a tab gets: `ctx.store` (the open `Store`),
  `ctx.tasks` (`app.views.tasks.TaskRunner`: work off the UI thread, progress, cancel) and
  `ctx.signals` (`DataSignals`). After a tab writes data it calls
  `ctx.signals.notify("post", "post_metrics", …)` with the changed table names; the main window
  does the same after imports, restores and demo data (`notify()` alone means everything).
- The constructor only builds widgets: no queries, no settings reads, no heavy imports — all
  seven tabs are built before the window's first paint (start-up target ≤ 1 s). Read data in
  `refresh()`, which runs on the first show.
- `refresh()` re-reads the tab's data. A tab refreshes when `dataChanged` names one of its
  tables — at once if visible, else on its next show (`app.views.base.DataTab` does this: set
  `tables = frozenset({...})` and implement `refresh()`), and never before it is first shown.
- Tabs never touch each other or the main window. To show an item elsewhere a tab emits
  `openItem(kind: str, id: int)` (kinds: "post", "topic", "member", "community", "campaign"); the
  main window switches to the owning tab and calls its optional `show_item(id) -> bool`.
- Views hold no SQL: queries live in Qt-free functions in `app.services.queries` (or the
  feature's service). Big tables use `app.views.table_models.SqlTableModel` (ids in memory,
  rows fetched per page, sorting and filtering in SQL) through `app.views.base.SearchableTable`.
- Empty states say what to do (`app.views.base.EmptyState`).
- Strings: Chinese literals in `self.tr()`; see STYLE.md's translation traps.
- Heavy libraries (pandas, pyqtgraph, openpyxl) are imported inside the function that first needs
  them, never at module level: start-up must stay under a second (`bench/startup.py`).
"""
