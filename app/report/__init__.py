"""Every printed or exported document, one module each, each given its translator explicitly.

Printed sheets (QtGui; preview, printer and PDF paint the same pages): `review_sheet` (月度复盘),
`manual_sheet` (运营手册), `brand_guide` (品牌手册), `campaign_guide` (活动优化指南), drawn with
`sheet` (A4 pages, header, footer, `offscreen_app` for the CLI), `html`, `charts` and the bundled
font (`fonts`). Workbooks (`workbooks`: the review, the manual, a member list, a segment, the
needs list) need no Qt; their cells go through `app.services.excel`, shared with the whole-store export.

This package imports nothing itself, so a caller loads only the module it asks for.
"""
