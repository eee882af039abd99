"""Run the app on 127.0.0.1 only, on a free port, with a fresh secret token in its
address, and open the default browser there."""
from __future__ import annotations

import secrets
import signal
import socket
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn

from redactor.api import Redactor
from redactor.casefile import load_case
from redactor.detect.models import choose_pipeline
from redactor.rules import load_rules
from redactor.serve.app import create_app
from redactor.serve.session import Session

LOOPBACK = "127.0.0.1"
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class LocalServer:
    """One session's server, listening on a free loopback port from construction on."""

    def __init__(self, session: Session) -> None:
        self.session = session
        token = secrets.token_urlsafe(32)
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.bind((LOOPBACK, 0))
        self.socket.listen(64)  # a browser opened now waits for the server instead of failing
        self.url = f"http://{LOOPBACK}:{self.socket.getsockname()[1]}/{token}/"
        config = uvicorn.Config(create_app(session, token, self.stop), log_level="warning",
                                access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)

    def run(self) -> None:
        """Serve until Ctrl+C, the terminal closing (SIGHUP), SIGTERM, "Finish and delete"
        or ``stop``; then delete the session's folder."""
        previous = {}
        if threading.current_thread() is threading.main_thread():
            previous = {sig: signal.signal(sig, self._on_signal) for sig in STOP_SIGNALS}
        try:
            self.server.run(sockets=[self.socket])
        finally:
            self.socket.close()
            self.session.close()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _on_signal(self, sig: int, frame: object) -> None:
        """While serving, stop gracefully (uvicorn itself only handles SIGINT and SIGTERM);
        otherwise (uvicorn re-raises the signal after its shutdown) end ``run``, whose
        cleanup then runs instead of the process dying on the spot."""
        if self.server.started and not self.server.should_exit:
            self.stop()
        else:
            raise SystemExit(128 + sig)

    def stop(self) -> None:
        self.server.should_exit = True


def serve(case: Path | None = None, open_browser: bool = True, echo: Callable[[str], Any] = print,
          **redactor_options: Any) -> None:
    """Start a session (``redactor_options`` as for ``Redactor.create``) and serve it."""
    load_case(case)  # a bad case file, rules folder or model name fails now, not at the first document
    load_rules(redactor_options.get("rules_dir"))
    choose_pipeline(redactor_options.get("model"))
    session = Session(lambda case_path: Redactor.create(case_path=case_path, **redactor_options), case)
    try:
        server = LocalServer(session)
    except BaseException:
        session.close()
        raise
    echo(f"redactor is open at {server.url}\nKeep this window open while you work. Ctrl+C (or "
         f"\"Finish and delete\" in the page) stops it and deletes the uploaded files.")
    if open_browser:
        webbrowser.open(server.url)
    try:
        server.run()
    except (KeyboardInterrupt, SystemExit):  # Ctrl+C or a signal: run() has cleaned up
        pass
    echo("redactor has stopped; the uploaded files and reviews are deleted.")
