#!/usr/bin/env python3
"""The Onyx routes the speed goals measure, served by the server's own stack: FastAPI and
Starlette (the versions Onyx v4.6.1 pins) under uvicorn, on loopback. Run with the Python of
bench/.venv, which bench/run.py makes:

    stream_server.py PORT [CERT KEY]       # with CERT and KEY: https

  POST /chat/send-chat-message   a StreamingResponse yielding one packet of shapes.py per
                                 chunk (BENCH_DELTAS deltas): uvicorn sends it with
                                 `transfer-encoding: chunked`, one HTTP chunk per packet,
                                 each written to the socket at once, with TCP_NODELAY
  GET  /health /version /me /persona /chat/get-user-chat-sessions (BENCH_SESSIONS)

Every route also answers under /api (onyx-cli adds that prefix). GET /__served returns the
nanoseconds the application has spent on requests so far (from receiving one to sending
the last byte of its response), so that a client's wall time can be told from the
server's. With BENCH_MARK_DIR set,
each answer stream leaves `stream-N.ns` there once it has ended: the CLOCK_MONOTONIC time
in nanoseconds at which each delta packet had been written to the socket (int64 each).
"""
import array
import os
import sys
import time
import uuid

import uvicorn
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import StreamingResponse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shapes  # noqa: E402

DELTAS = int(os.environ.get("BENCH_DELTAS", "50000"))
SESSIONS = int(os.environ.get("BENCH_SESSIONS", "10000"))
MARK_DIR = os.environ.get("BENCH_MARK_DIR")
HEAD, BODY, TAIL = shapes.stream(DELTAS)
STREAMS = {"count": 0}

router = APIRouter()


@router.get("/health")
def health():
    return {"success": True, "message": "ok", "data": None}


@router.get("/version")
def version():
    return {"backend_version": "v4.6.1"}


@router.get("/me")
def me():
    return {"id": str(uuid.UUID(int=7)), "email": "bench@example.com", "role": "admin"}


@router.get("/persona")
def persona():
    return [{"id": 0, "name": "Assistant", "description": "", "tools": [], "is_listed": True}]


@router.get("/chat/get-user-chat-sessions")
def sessions(page_size: int = 50, before: str | None = None):
    return shapes.sessions_page(SESSIONS, before, page_size)


async def answer_stream():
    for part in HEAD:
        yield part
    sent = array.array("q")
    for part in BODY:
        yield part
        # Resumed once Starlette's `await send(...)` returned, i.e. after uvicorn's
        # transport.write put this chunk on the socket.
        sent.append(time.monotonic_ns())
    for part in TAIL:
        yield part
    if MARK_DIR:
        STREAMS["count"] += 1
        path = os.path.join(MARK_DIR, f"stream-{STREAMS['count']}.ns")
        with open(path + ".tmp", "wb") as out:
            sent.tofile(out)
        os.rename(path + ".tmp", path)


@router.post("/chat/send-chat-message")
async def send_chat_message(request: Request):
    await request.body()
    return StreamingResponse(answer_stream(), media_type="text/event-stream")


app = FastAPI()
app.include_router(router)
app.include_router(router, prefix="/api")
SERVED = {"ns": 0}


def timed(inner):
    """Pure ASGI middleware: adds each request's time in the application to SERVED."""
    async def middleware(scope, receive, send):
        if scope["type"] != "http":
            return await inner(scope, receive, send)
        if scope["path"] == "/__served":
            body = str(SERVED["ns"]).encode()
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-length", str(len(body)).encode())]})
            return await send({"type": "http.response.body", "body": body})
        start = time.monotonic_ns()

        async def timed_send(message):
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                SERVED["ns"] += time.monotonic_ns() - start

        await inner(scope, receive, timed_send)
    return middleware

if __name__ == "__main__":
    port = int(sys.argv[1])
    tls = {"ssl_certfile": sys.argv[2], "ssl_keyfile": sys.argv[3]} if len(sys.argv) > 3 else {}
    uvicorn.run(timed(app), host="127.0.0.1", port=port, log_level="warning", access_log=False, **tls)
