"""品牌与舆情: the watch window, one module per job.

`window` (the window and its tabs), one module per page (`alerts`, `mentions`, `keywords`,
`templates`, `guide`), `display` (how a mention reads: highlighting, times, sources, colours),
`hook` and `notice` (the main window's status-bar count, 工具 menu entry and start-up notice).

Every page's strings share the translation context "WatchPanel" (the panel they were written in).
"""
