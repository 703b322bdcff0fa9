"""用户与社群: the tab lives in the `app.views.community` package; imported from here by the main window."""

from app.views.community import CommunityTab

__all__ = ["CommunityTab"]
