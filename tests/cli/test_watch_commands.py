"""`opsdesk-cli watch`: keywords, scan JSON and exit codes, alerts after an import, respond."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from app.models import Feedback, FeedbackSource
from app.store import Store


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main([*argv, "--json"])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def test_add_list_switch_remove(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, doc = run_cli(capsys, "watch", "add", "小美研究所", "--kind", "brand")
    assert code == 0 and doc["keyword"] == {"id": 1, "term": "小美研究所", "kind": "brand", "enabled": True}
    code, doc = run_cli(capsys, "watch", "list")
    terms = {k["term"]: k for k in doc["keywords"]}
    assert terms["小美研究所"]["kind"] == "brand" and terms["退款"]["kind"] == "negative"
    assert run_cli(capsys, "watch", "off", "退款")[0] == 0
    assert not {k["term"]: k for k in run_cli(capsys, "watch", "list")[1]["keywords"]}["退款"]["enabled"]
    assert run_cli(capsys, "watch", "remove", "退款")[0] == 0
    assert "退款" not in {k["term"] for k in run_cli(capsys, "watch", "list")[1]["keywords"]}
    code, doc = run_cli(capsys, "watch", "remove", "退款")
    assert code == 2 and "退款" in doc["error"]
    assert run_cli(capsys, "watch", "add", "x", "--kind", "fan")[0] == 2


def test_scan_text_and_file(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    run_cli(capsys, "watch", "add", "小美面膜", "--kind", "product")
    code, doc = run_cli(capsys, "watch", "scan", "--text", "小美面膜用了烂脸，要求退款")
    assert code == 0
    assert doc == {"mentions": [{"text": "小美面膜用了烂脸，要求退款", "terms": ["小美面膜", "烂脸", "退款"],
                                 "sentiment": "negative", "alert": True}], "alert": True}
    comments = tmp_path / "comments.txt"
    comments.write_text("小美面膜真的不踩雷\n\n这条笔记曝光量涨了\n小美面膜是假货吧\n", encoding="gbk")
    code, doc = run_cli(capsys, "watch", "scan", str(comments))
    assert code == 0 and doc["alert"] is True
    assert [m["alert"] for m in doc["mentions"]] == [False, False, True]
    assert doc["mentions"][1]["terms"] == []
    code, doc = run_cli(capsys, "watch", "scan", "--text", "小美面膜用了不过敏")
    assert code == 0 and doc["alert"] is False and doc["mentions"][0]["sentiment"] == "positive"
    # scan judges only: nothing is stored
    assert run_cli(capsys, "watch", "alerts")[1]["alerts"] == []


def test_scan_bad_input_exits_2(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    code, doc = run_cli(capsys, "watch", "scan", str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt" in doc["error"]
    binary = tmp_path / "comments.xlsx"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    assert run_cli(capsys, "watch", "scan", str(binary))[0] == 2
    assert run_cli(capsys, "watch", "scan")[0] == 2
    assert run_cli(capsys, "watch", "scan", str(binary), "--text", "x")[0] == 2


def test_alerts_after_imported_comments_end_to_end(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    run_cli(capsys, "watch", "add", "小美研究所", "--kind", "brand")
    with Store.open(data_dir) as store, store.writing() as session:
        session.add(Feedback(text="小美研究所的精华过敏了", source=FeedbackSource.comment,
                             received_at=dt.datetime(2026, 11, 20, 9), extra={"platform": "douyin", "user": "小王"}))
        session.add(Feedback(text="小美研究所的课很清楚", source=FeedbackSource.comment,
                             received_at=dt.datetime(2026, 11, 20, 10), extra={"platform": "douyin", "user": "小李"}))
    code, doc = run_cli(capsys, "watch", "alerts", "--today", "2026-11-20")
    assert code == 0
    assert [a["text"] for a in doc["alerts"]] == ["小美研究所的精华过敏了"]
    assert doc["counts"]["new"] == 1 and doc["spike"]["spike"] is False
    alert_id = doc["alerts"][0]["id"]
    # running again adds nothing (idempotent)
    assert len(run_cli(capsys, "watch", "alerts")[1]["alerts"]) == 1
    code, doc = run_cli(capsys, "watch", "respond", str(alert_id), "--text", "{用户}你好，抱歉！", "--resolve")
    assert code == 0 and doc["alert"]["status"] == "resolved" and doc["alert"]["first_response_at"]
    code, doc = run_cli(capsys, "watch", "alerts", "--status", "resolved")
    assert [a["id"] for a in doc["alerts"]] == [alert_id]
    assert run_cli(capsys, "watch", "respond", str(alert_id))[0] == 2
    assert run_cli(capsys, "watch", "respond", "999", "--text", "x")[0] == 2


def test_respond_with_template(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    from app.services import watch

    with Store.open(data_dir) as store:
        watch.add_keyword(store, "小美研究所", "brand")
        tid = watch.save_template(store, "致歉", "{用户}，{品牌}向你道歉")
        watch.add_pasted(store, "小美研究所是假货", author="小赵")
        alert_id = watch.alerts(store)[0]["id"]
    code, doc = run_cli(capsys, "watch", "respond", str(alert_id), "--template", str(tid))
    assert code == 0 and doc["reply"] == "小赵，小美研究所向你道歉" and doc["alert"]["status"] == "responding"


def test_alerts_json_has_the_response_clock_and_overdue_first(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """Clock fixed at 2026-11-18 10:30: a negative comment from 07:00 waited 3.5 h > 2 h."""
    from app.services import watch

    run_cli(capsys, "watch", "add", "小美研究所", "--kind", "brand")
    with Store.open(data_dir) as store:
        refund = watch.save_template(store, "退款进度说明", "{用户}，退款已加急")
        watch.save_template(store, "感谢好评", "谢谢")
        with store.writing() as session:
            for text, at in (("小美研究所的课真差劲", dt.datetime(2026, 11, 18, 10, 0)),
                             ("小美研究所退款一直不到账，差评", dt.datetime(2026, 11, 18, 7, 0))):
                session.add(Feedback(text=text, source=FeedbackSource.comment, received_at=at,
                                     extra={"platform": "douyin", "user": "小王"}))
    code, doc = run_cli(capsys, "watch", "alerts")
    assert code == 0
    first, second = doc["alerts"]
    assert first["text"] == "小美研究所退款一直不到账，差评"
    assert (first["waited_hours"], first["overdue"], first["limit_hours"]) == (3.5, True, 2)
    assert (second["waited_hours"], second["overdue"]) == (0.5, False)
    assert first["kinds"] == ["refund"] and first["templates"] == [refund]
    assert doc["counts"]["overdue"] == 1 and doc["limits"] == {"negative": 2, "neutral": 24}
    main(["watch", "alerts"])
    text = capsys.readouterr().out
    assert text.splitlines()[0].endswith("已等 3.5 小时  【超时】小美研究所退款一直不到账，差评")


def test_response_times_shown_set_and_refused(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run_cli(capsys, "watch", "response-times")[1] == {"limits": {"negative": 2, "neutral": 24}}
    code, doc = run_cli(capsys, "watch", "response-times", "--negative", "1.5")
    assert code == 0 and doc["limits"] == {"negative": 1.5, "neutral": 24}
    code, doc = run_cli(capsys, "watch", "response-times", "--neutral", "0")
    assert code == 2 and "0 到 720" in doc["error"]
    assert run_cli(capsys, "watch", "response-times")[1]["limits"] == {"negative": 1.5, "neutral": 24}
    main(["watch", "response-times"])
    assert capsys.readouterr().out.strip() == "回复时限：负面 1.5 小时，一般 24 小时"
