"""The web engine's own log in a file of the app, not in the terminal.

QtWebEngine and the Chromium inside it write on the process's standard error: its
own log lines (a missing system D-Bus, a GPU command buffer, ALSA), and through Qt's
logging some facts about the machine at start-up (no Vulkan library, a software GPU,
the sandbox turned off). None is an error of the app, and a person who ran
``./run app`` cannot act on them. :func:`route_engine_log` points file descriptor 2,
which Chromium and its child processes write to, at ``web-engine.log`` in the app's
data folder (emptied at each start, 0600), and gives Python's ``sys.stderr`` (tracebacks,
the app's logging) the terminal back. Qt's own messages still reach the terminal,
except :data:`ENGINE_NOTES`, which go to the file: a Qt warning caused by the app's
code is never hidden.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path
from typing import TextIO

__all__ = ["ENGINE_NOTES", "LOG_NAME", "route_engine_log"]

LOG_NAME = "web-engine.log"
#: What QtWebEngine tells through Qt's logging about this machine when it starts:
#: sandbox off (QTWEBENGINE_DISABLE_SANDBOX), no Vulkan library (Chromium uses OpenGL),
#: a GPU whose vendor it does not know (e.g. Mesa's software llvmpipe).
ENGINE_NOTES = re.compile(
    r"Sandboxing disabled by user\."
    r"|Failed to load vulkan: "
    r"|initInstance: No Vulkan library available"
    r"|Failed to create platform Vulkan instance"
    r"|Unable to detect GPU vendor for device: "
)


def route_engine_log(path: Path) -> TextIO:
    """Descriptor 2 to ``path``; returns the terminal's stream (now ``sys.stderr``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    log = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    sys.stderr.flush()
    terminal_fd = os.dup(2)
    os.dup2(log, 2)
    os.close(log)
    previous = sys.stderr
    terminal = open(  # noqa: SIM115  the process's stderr from now on
        terminal_fd, "w", buffering=1, encoding="utf-8", errors="backslashreplace"
    )
    sys.stderr = terminal
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler) and handler.stream is previous:
            handler.setStream(terminal)
    _install_qt_handler(terminal)
    return terminal


def _install_qt_handler(terminal: TextIO) -> None:
    from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler

    def on_message(kind: QtMsgType, context: object, message: str) -> None:
        line = qFormatLogMessage(kind, context, message) + "\n"  # type: ignore[arg-type]
        if ENGINE_NOTES.match(message):
            os.write(2, line.encode("utf-8", "backslashreplace"))  # the log file
        else:
            terminal.write(line)
            terminal.flush()

    qInstallMessageHandler(on_message)
