"""Fixtures for `redactor serve`: a session (with the test run's one Redactor, or one
that fails to build, for tests that never redact) and a client holding its token."""
from __future__ import annotations

import time

import pytest
from starlette.testclient import TestClient

from redactor.errors import RedactorError
from redactor.serve.app import create_app
from redactor.serve.session import Session

TOKEN = "test-token-0123456789"


def _no_model(case):
    raise RedactorError("no model in this test")


@pytest.fixture
def session():
    """A session whose documents fail to redact: for what happens around redaction."""
    session = Session(_no_model)
    yield session
    session.close()


@pytest.fixture
def model_session(engine):
    """A session with the test run's Redactor, forgetting the people of earlier tests."""
    def make(case):
        assert case is None
        engine.forget_people()
        return engine
    session = Session(make)
    yield session
    session.close()


def client_for(session: Session, finished: list | None = None) -> TestClient:
    app = create_app(session, TOKEN, on_finish=lambda: finished.append(True) if finished is not None else None)
    return TestClient(app, base_url="http://127.0.0.1")


@pytest.fixture
def client(session):
    return client_for(session)


def wait_for_documents(client: TestClient, timeout: float = 300) -> list[dict]:
    """The documents list once none is waiting or being redacted."""
    deadline = time.monotonic() + timeout
    while True:
        docs = client.get(f"/{TOKEN}/documents").json()
        if all(d["state"] in ("ready", "failed") for d in docs) or time.monotonic() > deadline:
            return docs
        time.sleep(0.05)
