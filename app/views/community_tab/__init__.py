"""The 用户与社群 tab as a package: one module per page, `CommunityTab` in `tab`."""

from app.views.community_tab.tab import CommunityTab

__all__ = ["CommunityTab"]
