"""The 图表 tab as a package: `tab` (filters, sub-tabs, loading), `charts` (one class per chart),
`cards` (chart frame, hover, PNG export), `posts` (top/bottom tables), `findings` (diagnosis list)."""

from app.views.charts_tab.tab import ChartsTab

__all__ = ["ChartsTab"]
