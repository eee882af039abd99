"""The web app of `redactor serve`: every URL starts with the run's secret token;
anything else is refused with 403. Pages and downloads are never cached."""
from __future__ import annotations

import hmac
import os
from collections.abc import Callable
from urllib.parse import unquote

from jinja2 import Environment, PackageLoader
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from redactor.errors import RedactorError
from redactor.limits import limit
from redactor.review.html import Served
from redactor.serve.session import Entry, Session

HEADERS = [
    (b"content-security-policy", b"default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' "
                                 b"'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; "
                                 b"base-uri 'none'; frame-ancestors 'none'"),
    (b"cache-control", b"no-store"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
]


class TokenGate:
    """Refuse (403) every request whose path does not start with /TOKEN; add the
    security headers to every response; answer an unexpected error with its class
    name only (like the command line: no traceback, no document text in a log)."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app, self.token = app, token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        first = scope["path"].lstrip("/").split("/", 1)[0]
        if not hmac.compare_digest(first.encode(), self.token.encode()):
            response: Response = PlainTextResponse("Forbidden: open the address that redactor serve printed.", 403)
            await response(scope, receive, send_with_headers)
            return
        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as e:  # noqa: BLE001 - one line for the user, as in the CLI
            if os.environ.get("REDACTOR_DEBUG") or started:
                raise
            response = JSONResponse({"error": f"internal error ({e.__class__.__name__})"}, 500)
            await response(scope, receive, send_with_headers)


async def _body(request: Request) -> bytes:
    """The request body, refused beyond the input size limit before it is all read."""
    chunks, size, cap = [], 0, limit("input_mb")
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap.value << 20:
            raise cap.refusal("the file", f"over the limit of {cap.value} MB for a document")
        chunks.append(chunk)
    if not size:
        raise RedactorError("the file is empty")
    return b"".join(chunks)


def create_app(session: Session, token: str, on_finish: Callable[[], None] = lambda: None) -> Starlette:
    """The app serving ``session`` under /TOKEN/; ``on_finish`` runs after "Finish and delete"."""
    pages = Environment(loader=PackageLoader("redactor.serve"), autoescape=True)
    root = f"/{token}"

    def urls(entry_id: str) -> dict[str, str]:
        base = f"{root}/documents/{entry_id}"
        return {"review": f"{base}/review", "save": f"{base}/decisions", "final": f"{base}/final",
                "tracked": f"{base}/tracked"}

    def status(entry: Entry) -> dict:
        links = urls(entry.id)
        return {**entry.status(), "review": links["review"], "downloads": {k: links[k] for k in entry.outputs}}

    async def index(request: Request) -> Response:
        return HTMLResponse(pages.get_template("index.html").render())

    async def to_index(request: Request) -> Response:
        return RedirectResponse(f"{root}/", 307)

    async def documents(request: Request) -> Response:
        return JSONResponse([status(e) for e in session.entries()])

    def file_name(request: Request) -> str:
        return unquote(request.headers.get("x-file-name", ""))

    async def upload(request: Request) -> Response:
        entry = await run_in_threadpool(session.add, file_name(request), await _body(request))
        return JSONResponse(status(entry), 201)

    async def case(request: Request) -> Response:
        await run_in_threadpool(session.set_case, file_name(request) or "case.yaml", await _body(request))
        return JSONResponse({"ok": True})

    def review(request: Request) -> Response:
        entry_id = request.path_params["entry"]
        served = Served(save=urls(entry_id)["save"], home=f"{root}/")
        return HTMLResponse(session.review_page(entry_id, served))

    async def save(request: Request) -> Response:
        entry_id = request.path_params["entry"]
        counts = await run_in_threadpool(session.save, entry_id, await _body(request))
        downloads = status(session.entry(entry_id))["downloads"]
        return JSONResponse({**counts, "final": downloads["final"], "tracked": downloads.get("tracked")})

    def download(request: Request) -> Response:
        path = session.output(request.path_params["entry"], request.path_params["which"])
        return FileResponse(path, filename=path.name)

    def finish(request: Request) -> Response:
        session.close()
        return JSONResponse({"deleted": True}, background=BackgroundTask(on_finish))

    async def refused(request: Request, exc: Exception) -> Response:
        return JSONResponse({"error": str(exc)}, 400)

    async def missing(request: Request, exc: Exception) -> Response:
        return JSONResponse({"error": "no such document"}, 404)

    routes = [
        Route("/", index),
        Route("/documents", documents), Route("/documents", upload, methods=["POST"]),
        Route("/case", case, methods=["POST"]),
        Route("/documents/{entry}/review", review),
        Route("/documents/{entry}/decisions", save, methods=["POST"]),
        Route("/documents/{entry}/{which:str}", download),
        Route("/finish", finish, methods=["POST"]),
        Mount("/static", StaticFiles(packages=[("redactor.serve", "static")])),
    ]
    return Starlette(
        routes=[Route(root, to_index), Mount(root, routes=routes)],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost"]),
                    Middleware(TokenGate, token=token)],
        exception_handlers={RedactorError: refused, LookupError: missing})
