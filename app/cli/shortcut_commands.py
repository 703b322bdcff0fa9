"""`opsdesk-cli install-shortcut`: put an OpsDesk icon where the operator starts programs.

Linux: a desktop entry `$XDG_DATA_HOME/applications/opsdesk.desktop` whose `Exec=` holds the
absolute path of the window program, plus the icon set in the user's hicolor theme.
Windows: a Start-menu shortcut written through PowerShell's WScript.Shell COM object (part of
every Windows, so no extra package). macOS: a small `~/Applications/OpsDesk.app` that starts the
program; with the packaged build, dragging `OpsDesk.app` to Applications does the same.
"""

from __future__ import annotations

import argparse
import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from app.cli.core import Context, Outcome
from app.i18n import QT_TRANSLATE_NOOP, UserError

APP_ID = "opsdesk"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


class ShortcutError(UserError):
    """The shortcut could not be written (permissions, missing PowerShell)."""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("install-shortcut", parents=[common],
                       help="在应用菜单（Linux）、开始菜单（Windows）或应用程序（macOS）里添加运营台图标，以后双击就能打开")
    p.set_defaults(func=cmd_install_shortcut)


def cmd_install_shortcut(_args: argparse.Namespace, ctx: Context) -> Outcome:
    data_dir = Path(ctx.data_dir).expanduser().absolute() if ctx.data_dir else None
    result = install_shortcut(data_dir)
    text = ctx.translate("cli", "已添加运营台图标：{path}\n在应用列表里找“运营台”或 OpsDesk，点一下就能打开。")
    return Outcome(result, text.format(path=result["shortcut"]))


def install_shortcut(data_dir: Path | None = None, system: str = sys.platform) -> dict[str, Any]:
    """Write this system's launcher for the window program; `data_dir` is passed on when given."""
    command = launcher_command(system)
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    try:
        if system == "win32":
            return _install_windows(command)
        if system == "darwin":
            return _install_macos(command)
        return _install_linux(command)
    except OSError as exc:
        raise ShortcutError(QT_TRANSLATE_NOOP("errors", "没能写入启动图标 {path}：{reason}"),
                            path=exc.filename or "", reason=exc.strerror or str(exc)) from exc


def launcher_command(system: str = sys.platform) -> list[str]:
    """Absolute argv that opens the window: the bundle's `opsdesk`, else the installed script, else `python -m app`."""
    name = "opsdesk.exe" if system == "win32" else "opsdesk"
    here = Path(os.path.abspath(sys.executable)).parent  # not resolve(): a venv's python is a symlink
    if getattr(sys, "frozen", False):
        return [str(here / name)]
    beside = here / name
    if beside.is_file():
        return [str(beside)]
    found = shutil.which(name)
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "app"]


def data_home() -> Path:
    """`$XDG_DATA_HOME` when set to an absolute path (as the XDG spec says), else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def desktop_exec(command: list[str]) -> str:
    """The `Exec=` value: every argument double-quoted with the Desktop Entry escapes, `%` doubled."""
    quoted = []
    for arg in command:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        quoted.append('"' + inner.replace("%", "%%") + '"')
    # The string-value escape is applied on top of the quoting rule (hence four backslashes for one).
    return " ".join(quoted).replace("\\", "\\\\")


def desktop_entry(command: list[str], icon: str = APP_ID) -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.1",
        "Name=OpsDesk 运营台",
        "Name[zh_CN]=运营台",
        "GenericName=新媒体运营工作台",
        "Comment=选题、排期、复盘：新媒体运营的离线工作台",
        f"TryExec={command[0]}",
        f"Exec={desktop_exec(command)}",
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Office;ProjectManagement;",
        "Keywords=运营;新媒体;选题;复盘;OpsDesk;",
        "StartupNotify=true",
    ]
    return "\n".join(lines) + "\n"


def _install_linux(command: list[str]) -> dict[str, Any]:
    from app.resources import resource_path

    share = data_home()
    icons = []
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resource_path("icons", "app", f"opsdesk-{size}.png"), target)
        icons.append(str(target))
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path("icons", "app", "opsdesk.svg"), scalable)
    icons.append(str(scalable))

    entry = share / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(command), encoding="utf-8")
    entry.chmod(0o755)  # some desktops only trust launchers marked executable
    return {"platform": "linux", "shortcut": str(entry), "command": command, "icons": icons}


def powershell_script() -> str:
    """Creates the .lnk from environment variables, so no path ever needs PowerShell quoting."""
    return ("$s = (New-Object -ComObject WScript.Shell).CreateShortcut($env:OPSDESK_LNK); "
            "$s.TargetPath = $env:OPSDESK_TARGET; $s.Arguments = $env:OPSDESK_ARGS; "
            "$s.IconLocation = $env:OPSDESK_ICON; $s.WorkingDirectory = $env:OPSDESK_WORKDIR; "
            "$s.Description = 'OpsDesk 运营台'; $s.Save()")


def _install_windows(command: list[str]) -> dict[str, Any]:
    from app.resources import resource_path

    programs = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    link = programs / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "OpsDesk 运营台.lnk"
    link.parent.mkdir(parents=True, exist_ok=True)
    icon = resource_path("icons", "app", "opsdesk.ico")
    env = dict(os.environ, OPSDESK_LNK=str(link), OPSDESK_TARGET=command[0],
               OPSDESK_ARGS=subprocess.list2cmdline(command[1:]), OPSDESK_ICON=f"{icon},0",
               OPSDESK_WORKDIR=str(Path(command[0]).parent))
    try:
        done = subprocess.run(["powershell", "-NoProfile", "-NonInteractive", "-Command", powershell_script()],
                              env=env, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ShortcutError(QT_TRANSLATE_NOOP("errors", "没能创建开始菜单快捷方式：{reason}"), reason=str(exc)) from exc
    if done.returncode != 0 or not link.exists():
        raise ShortcutError(QT_TRANSLATE_NOOP("errors", "没能创建开始菜单快捷方式：{reason}"),
                            reason=(done.stderr or done.stdout).strip())
    return {"platform": "windows", "shortcut": str(link), "command": command, "icons": [str(icon)]}


def _install_macos(command: list[str]) -> dict[str, Any]:
    """A minimal .app in ~/Applications whose executable is a shell script that execs the command."""
    from shlex import quote

    from app import __version__
    from app.resources import resource_path

    bundle = Path.home() / "Applications" / "OpsDesk.app"
    contents = bundle / "Contents"
    (contents / "MacOS").mkdir(parents=True, exist_ok=True)
    (contents / "Resources").mkdir(parents=True, exist_ok=True)
    launcher = contents / "MacOS" / "OpsDesk"
    launcher.write_text("#!/bin/sh\nexec " + " ".join(quote(arg) for arg in command) + "\n", encoding="utf-8")
    launcher.chmod(0o755)
    icon = contents / "Resources" / "opsdesk.icns"
    shutil.copyfile(resource_path("icons", "app", "opsdesk.icns"), icon)
    info = {"CFBundleName": "OpsDesk", "CFBundleDisplayName": "运营台 OpsDesk", "CFBundleExecutable": "OpsDesk",
            "CFBundleIdentifier": "app.opsdesk.launcher", "CFBundlePackageType": "APPL",
            "CFBundleIconFile": "opsdesk.icns", "CFBundleShortVersionString": __version__,
            "NSHighResolutionCapable": True}
    with (contents / "Info.plist").open("wb") as handle:
        plistlib.dump(info, handle)
    return {"platform": "macos", "shortcut": str(bundle), "command": command, "icons": [str(icon)]}
