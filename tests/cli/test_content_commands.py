"""`opsdesk-cli topics` and `lint`: one JSON document, exact findings, exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.services.topics import create_topic
from app.store import Store


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main([*argv, "--json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


KEYS = {"rule", "severity", "field", "message", "start", "end", "text", "suggestion"}


def test_lint_errors_exit_1_with_exact_positions(capsys, data_dir: Path, tmp_path: Path) -> None:
    body = tmp_path / "body.txt"
    body.write_text("😀最近很火的面霜，真的是最好的！加VX了解", encoding="utf-8-sig")
    code, data = run_json(capsys, "lint", "--platform", "xiaohongshu", "--title", "面霜推荐",
                          "--body-file", str(body))
    assert code == 1
    findings = data["findings"]
    assert all(set(f) == KEYS for f in findings)
    errors = [(f["rule"], f["field"], f["start"], f["end"], f["text"]) for f in findings if f["severity"] == "error"]
    assert errors == [("ad_law", "body", 12, 14, "最好"), ("diversion", "body", 17, 19, "VX")]
    assert all(f["suggestion"] for f in findings if f["severity"] == "error")


def test_lint_clean_exits_0_and_reads_gb18030(capsys, data_dir: Path, tmp_path: Path) -> None:
    body = tmp_path / "body.txt"
    body.write_bytes("为什么换季总爆皮？三个方法帮你搞定。喜欢就收藏 #护肤 #换季 #干皮".encode("gb18030"))
    code, data = run_json(capsys, "lint", "--platform", "xiaohongshu", "--title", "换季干皮怎么办",
                          "--body-file", str(body), "--keywords", "干皮")
    assert code == 0
    assert not [f for f in data["findings"] if f["severity"] != "hint"]


def test_lint_title_length_is_a_warning(capsys, data_dir: Path) -> None:
    code, data = run_json(capsys, "lint", "--platform", "xiaohongshu", "--title", "字" * 21)
    assert code == 0
    assert [(f["rule"], f["severity"], f["start"], f["end"]) for f in data["findings"]] == [
        ("length", "warning", 20, 21)]


def test_lint_bad_platform_and_missing_file_exit_2(capsys, data_dir: Path, tmp_path: Path) -> None:
    code, data = run_json(capsys, "lint", "--platform", "myspace", "--title", "x")
    assert code == 2 and "myspace" in data["error"]
    code, data = run_json(capsys, "lint", "--platform", "wechat", "--body-file", str(tmp_path / "none.txt"))
    assert code == 2 and "none.txt" in data["error"]
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\xff\xfe\x00\x81\x30\xff")
    code, data = run_json(capsys, "lint", "--platform", "wechat", "--body-file", str(binary))
    assert code == 2 and data["error"]


def test_topics_ranked_json(capsys, data_dir: Path) -> None:
    store = Store.open(data_dir)
    try:
        low = create_topic(store, "手动置顶", score_timeliness=1, score_value=2, score_conversion=2,
                           priority_override="high", target_month="2025-03", status="planned")
        high = create_topic(store, "双11攻略", score_timeliness=5, score_value=4, score_conversion=4,
                            target_month="2025-03", status="planned")
        create_topic(store, "四月选题", target_month="2025-04")
    finally:
        store.close()
    code, data = run_json(capsys, "topics", "--month", "2025-03")
    assert code == 0
    assert [t["id"] for t in data["topics"]] == [high, low]
    first, second = data["topics"]
    assert first["scores"] == {"timeliness": 5, "value": 4, "conversion": 4}
    assert (first["weighted_score"], first["priority"], first["priority_is_override"]) == (4.33, "high", False)
    assert (second["priority"], second["computed_priority"], second["priority_is_override"]) == ("high", "low", True)
    assert first["status"] == "planned" and first["month"] == "2025-03"
    code, data = run_json(capsys, "topics")
    assert code == 0 and data["count"] == 3
    code, data = run_json(capsys, "topics", "--month", "2025-3")
    assert code == 2 and data["error"]


def test_lint_flags_medical_claim_and_weak_hook_and_passes_a_real_hook(capsys, data_dir: Path) -> None:
    code, data = run_json(capsys, "lint", "--platform", "douyin", "--text", "这款精华能治疗黄褐斑",
                          "--hook", "大家好，今天聊聊防晒")
    assert code == 1
    rules = {(f["rule"], f["field"], f["text"]) for f in data["findings"]}
    assert ("medical", "body", "治疗") in rules and ("weak_hook", "hook", "大家好") in rules
    code, data = run_json(capsys, "lint", "--platform", "douyin", "--hook", "大家好，今天聊聊防晒")
    assert code == 1 and [f["rule"] for f in data["findings"]] == ["weak_hook"]  # a warning, yet a failed check
    code, data = run_json(capsys, "lint", "--platform", "douyin", "--text", "大家好，今天聊聊防晒。")
    assert code == 1 and "weak_hook" in {f["rule"] for f in data["findings"]}
    code, data = run_json(capsys, "lint", "--platform", "douyin", "--text", "熬夜三天，脸垮了？这 3 步救回来")
    assert code == 0 and not {f["rule"] for f in data["findings"]} & {"weak_hook", "missing_hook", "medical"}
    code, data = run_json(capsys, "lint", "--platform", "douyin", "--hook", "熬夜三天，脸垮了？这 3 步救回来")
    assert code == 0 and data["findings"] == []
    assert run_json(capsys, "lint", "--platform", "douyin", "--text", "x", "--body-file", "f.txt")[0] == 2


def test_lint_uses_the_topics_search_keywords(capsys, data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        topic = create_topic(store, "秋冬面霜", tags=["护肤", "秋冬", "干皮"], search_keywords=["面霜推荐"])
    code, data = run_json(capsys, "lint", "--platform", "xiaohongshu", "--title", "秋冬干皮护肤", "--topic", str(topic))
    advice = [f for f in data["findings"] if f["rule"] == "title_keywords"]
    assert [f["text"] for f in advice] == ["面霜推荐"] and advice[0]["message"].startswith("建议")
