"""图表: the tab module name the main window imports; the tab lives in the `app.views.charts` package."""

from app.views.charts import ChartsTab

__all__ = ["ChartsTab"]
