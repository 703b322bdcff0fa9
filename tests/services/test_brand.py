"""Brand guide: stored in a setting, taboo words reach the draft checks and leave them again."""

from __future__ import annotations

from app.services import brand, checks
from app.store import Store


def _flagged(store: Store, text: str) -> set[str]:
    findings = checks.lint("douyin", title="标题", body=text, wordlists=checks.load_wordlists(store))
    return {text[f.start:f.end] for f in findings if f.start is not None}


def test_guide_round_trip_and_checklist(store: Store) -> None:
    assert brand.load_guide(store).is_empty()
    assert brand.checklist(store) == []
    guide = brand.BrandGuide(brand="小美研究所", tone="专业严谨", cover_style="大字标题", taboo="便宜，白菜价、 地摊货")
    brand.save_guide(store, guide)
    loaded = brand.load_guide(store)
    assert loaded.brand == "小美研究所" and loaded.taboo == ["便宜", "白菜价", "地摊货"]
    labels = [item["label"] for item in brand.checklist(store)]
    assert labels == ["语气", "封面", "不出现禁用词"]


def test_taboo_words_feed_the_draft_checks(store: Store) -> None:
    body = "这款精华白菜价，比地摊货还便宜"
    assert _flagged(store, body) == set()
    brand.save_guide(store, brand.BrandGuide(taboo=["白菜价", "地摊货"]))
    assert _flagged(store, body) == {"白菜价", "地摊货"}
    suggestion = {e.word: e.suggestion for e in checks.load_wordlists(store).entries(brand.TABOO_CATEGORY)}
    assert suggestion["白菜价"] == brand.TABOO_SUGGESTION
    # dropping a word from the guide takes it out of the checks again, and only that word
    brand.save_guide(store, brand.BrandGuide(taboo=["地摊货"]))
    assert _flagged(store, body) == {"地摊货"}


def test_shipped_words_are_never_removed_by_the_guide(store: Store) -> None:
    shipped = checks.builtin_wordlists().entries(brand.TABOO_CATEGORY)[0].word
    brand.save_guide(store, brand.BrandGuide(taboo=[shipped, "白菜价"]))
    brand.save_guide(store, brand.BrandGuide(taboo=[]))
    words = {e.word for e in checks.load_wordlists(store).entries(brand.TABOO_CATEGORY)}
    assert shipped in words and "白菜价" not in words


def test_operator_edits_in_checks_survive(store: Store) -> None:
    checks.save_wordlist_edits(store, brand.TABOO_CATEGORY, added={"私域": "社群"})
    brand.save_guide(store, brand.BrandGuide(taboo=["白菜价"]))
    brand.save_guide(store, brand.BrandGuide(taboo=[]))
    words = {e.word for e in checks.load_wordlists(store).entries(brand.TABOO_CATEGORY)}
    assert "私域" in words and "白菜价" not in words
