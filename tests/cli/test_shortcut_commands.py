"""`opsdesk-cli install-shortcut`: the Linux desktop entry and icons, the Windows and macOS launchers."""

from __future__ import annotations

import json
import os
import plistlib
import shlex
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.cli import main
from app.cli import shortcut_commands as sc


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def parse_exec(value: str) -> list[str]:
    """Read an Exec= value back as the Desktop Entry spec says: string escapes, then quoting, then %%."""
    text = value.replace("\\\\", "\\")
    args: list[str] = []
    current: str | None = None
    quoted = False
    chars = iter(text)
    for ch in chars:
        if quoted:
            if ch == "\\":
                escaped = next(chars)
                assert escaped in '"`$\\', f"bad escape \\{escaped}"
                current = (current or "") + escaped
            elif ch == '"':
                quoted = False
            else:
                current = (current or "") + ch
        elif ch == '"':
            quoted, current = True, current or ""
        elif ch == " ":
            if current is not None:
                args.append(current)
            current = None
        else:
            current = (current or "") + ch
    assert not quoted, "unterminated quote"
    if current is not None:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def entry_fields(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    share = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(share))
    return share


def test_linux_entry_and_icons(capsys: pytest.CaptureFixture[str], xdg: Path, tmp_path: Path) -> None:
    data = tmp_path / "运营 数据"
    code, out, _ = run_cli(capsys, "install-shortcut", "--json", "--data-dir", str(data))
    assert code == 0
    result = json.loads(out)
    entry = xdg / "applications" / "opsdesk.desktop"
    assert result["platform"] == "linux"
    assert result["shortcut"] == str(entry)

    fields = entry_fields(entry)
    argv = parse_exec(fields["Exec"])
    assert argv == result["command"]
    assert os.path.isabs(argv[0])
    assert Path(argv[0]).exists()
    assert argv[-2:] == ["--data-dir", str(data)]
    assert fields["TryExec"] == argv[0]
    assert fields["Icon"] == "opsdesk"
    assert fields["Type"] == "Application"
    assert fields["Terminal"] == "false"

    for size in sc.ICON_SIZES:
        png = xdg / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "opsdesk.png"
        assert str(png) in result["icons"]
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
    svg = xdg / "icons" / "hicolor" / "scalable" / "apps" / "opsdesk.svg"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")


def test_without_data_dir_the_entry_has_no_option(capsys: pytest.CaptureFixture[str], xdg: Path) -> None:
    code, _, _ = run_cli(capsys, "install-shortcut")
    assert code == 0
    argv = parse_exec(entry_fields(xdg / "applications" / "opsdesk.desktop")["Exec"])
    assert "--data-dir" not in argv
    assert argv == sc.launcher_command()


@pytest.mark.parametrize("arg", ['/home/王 小美/数据', 'a "quoted" $HOME `x` \\ back', "100% sure"])
def test_exec_quoting_round_trips(arg: str) -> None:
    command = ["/opt/Ops Desk/opsdesk", "--data-dir", arg]
    assert parse_exec(sc.desktop_exec(command)) == command


def test_exec_escapes_follow_the_spec() -> None:
    assert sc.desktop_exec(["/a b/x", '$"\\%']) == '"/a b/x" "\\\\$\\\\"\\\\\\\\%%"'


def test_relative_xdg_data_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert sc.data_home() == tmp_path / ".local" / "share"


def test_frozen_bundle_points_at_its_window_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "OpsDesk" / "opsdesk-cli"))
    assert sc.launcher_command("linux") == [str(tmp_path / "OpsDesk" / "opsdesk")]
    assert sc.launcher_command("win32") == [str(tmp_path / "OpsDesk" / "opsdesk.exe")]


def test_source_checkout_prefers_the_script_beside_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert sc.launcher_command("linux") == [str(bin_dir / "python"), "-m", "app"]
    (bin_dir / "opsdesk").write_text("#!/bin/sh\n", encoding="utf-8")
    assert sc.launcher_command("linux") == [str(bin_dir / "opsdesk")]


def test_unwritable_place_is_a_plain_error(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    code, out, _ = run_cli(capsys, "install-shortcut", "--json")
    assert code == 2
    assert "启动图标" in json.loads(out)["error"]


def test_macos_launcher_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    result = sc.install_shortcut(tmp_path / "my data", system="darwin")
    bundle = tmp_path / "Applications" / "OpsDesk.app"
    assert result["shortcut"] == str(bundle)
    info = plistlib.loads((bundle / "Contents" / "Info.plist").read_bytes())
    assert info["CFBundleExecutable"] == "OpsDesk"
    assert (bundle / "Contents" / "Resources" / info["CFBundleIconFile"]).stat().st_size > 1000
    launcher = bundle / "Contents" / "MacOS" / "OpsDesk"
    assert os.access(launcher, os.X_OK)
    script = launcher.read_text(encoding="utf-8").splitlines()[1]
    assert shlex.split(script) == ["exec", *result["command"]]
    assert result["command"][-1] == str(tmp_path / "my data")


class FakePowerShell:
    """Stands in for powershell.exe: records the call and writes (or fails to write) the .lnk."""

    def __init__(self, returncode: int = 0, stderr: str = "") -> None:
        self.returncode, self.stderr, self.calls = returncode, stderr, []

    def __call__(self, argv: list[str], **kwargs: object) -> object:
        env = kwargs["env"]
        assert isinstance(env, dict)
        self.calls.append((argv, env))
        if self.returncode == 0:
            Path(env["OPSDESK_LNK"]).write_bytes(b"L\0\0\0")
        return type("Done", (), {"returncode": self.returncode, "stderr": self.stderr, "stdout": ""})()


def test_windows_start_menu_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakePowerShell()
    monkeypatch.setattr(sc.subprocess, "run", fake)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Program Files" / "OpsDesk" / "opsdesk-cli.exe"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    result = sc.install_shortcut(Path("C:/Users/王/运营 数据"), system="win32")
    link = tmp_path / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "OpsDesk 运营台.lnk"
    assert result["shortcut"] == str(link)
    (argv, env), = fake.calls
    assert argv[0] == "powershell"
    assert "CreateShortcut($env:OPSDESK_LNK)" in argv[-1]
    assert env["OPSDESK_TARGET"] == str(tmp_path / "Program Files" / "OpsDesk" / "opsdesk.exe")
    assert env["OPSDESK_ARGS"] == '--data-dir "C:/Users/王/运营 数据"'
    assert env["OPSDESK_ICON"].endswith("opsdesk.ico,0")


def test_windows_failure_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sc.subprocess, "run", FakePowerShell(returncode=1, stderr="Access denied"))
    monkeypatch.setenv("APPDATA", str(tmp_path))
    with pytest.raises(sc.ShortcutError) as caught:
        sc.install_shortcut(None, system="win32")
    assert caught.value.params["reason"] == "Access denied"
