"""日历 tab package: `CalendarTab` (tab.py), the painted grids (grid.py), the month header (header.py)."""

from app.views.calendar_tab.tab import CalendarTab

__all__ = ["CalendarTab"]
