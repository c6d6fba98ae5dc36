#!/usr/bin/env python3
"""The Onyx routes the speed goals measure, served by the server's own stack: FastAPI and
Starlette (the versions Onyx v4.6.1 pins) under uvicorn, on loopback. Run with the Python of
bench/.venv, which bench/run.py makes:

    stream_server.py PORT [CERT KEY]       # with CERT and KEY: https

  POST /chat/send-chat-message   a StreamingResponse yielding one packet of shapes.py per
                                 chunk (BENCH_DELTAS deltas): uvicorn sends it with
                                 `transfer-encoding: chunked`, one HTTP chunk per packet,
                                 each written to the socket at once, with TCP_NODELAY
  GET  /health /version /me /persona  the bodies a real v4.6.1 server answered
                                 (bench/recorded/, from ../shared/onyx-api/transcripts/
                                 001, 002, 013, 033)
  GET  /chat/get-user-chat-sessions  pages of BENCH_SESSIONS sessions (shapes.py)

Each route returns pydantic models and declares them as its return type, as the real
routes do, so that FastAPI validates and serializes the answer the way the real server
does (a plain dict would go through jsonable_encoder instead, which alone takes 0.72 ms
for a page of 50 sessions). The sessions' models are v4.6.1's own (ChatSessionDetails,
ChatSessionsResponse); the recorded bodies' are made from the bodies themselves, one field
per key, with the type of its value.

Every route also answers under /api (onyx-cli adds that prefix). GET /__served returns the
nanoseconds the application has spent on requests so far (from receiving one to sending
the last byte of its response), so that a client's wall time can be told from the
server's. With BENCH_MARK_DIR set,
each answer stream leaves `stream-N.ns` there once it has ended: the CLOCK_MONOTONIC time
in nanoseconds at which each delta packet had been written to the socket (int64 each).
"""
import array
import json
import os
import sys
import time
from enum import Enum
from typing import Any
from uuid import UUID

import uvicorn
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, create_model

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shapes  # noqa: E402

DELTAS = int(os.environ.get("BENCH_DELTAS", "50000"))
SESSIONS = int(os.environ.get("BENCH_SESSIONS", "10000"))
MARK_DIR = os.environ.get("BENCH_MARK_DIR")
HEAD, BODY, TAIL = shapes.stream(DELTAS)
STREAMS = {"count": 0}

router = APIRouter()


def recorded(name):
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "recorded", name + ".json")) as body:
        return json.load(body)


def model_of(name, example):
    """A pydantic model with one field per key of `example`, typed as its value."""
    return create_model(name, **{key: (type_of(f"{name}_{key}", value), ...) for key, value in example.items()})


def type_of(name, value):
    if isinstance(value, dict):
        return model_of(name, value)
    if isinstance(value, list):
        return list[type_of(name, value[0]) if value else Any]
    return Any if value is None else type(value)


HEALTH, VERSION, ME, PERSONAS = (recorded(n) for n in ("health", "version", "me", "persona"))
StatusResponse = model_of("StatusResponse", HEALTH)
VersionResponse = model_of("VersionResponse", VERSION)
UserInfo = model_of("UserInfo", ME)
MinimalPersonaSnapshot = model_of("MinimalPersonaSnapshot", PERSONAS[0])


class ChatSessionSharedStatus(str, Enum):
    PUBLIC = "public"
    PRIVATE = "private"


class ChatSessionDetails(BaseModel):
    id: UUID
    name: str | None
    persona_id: int | None = None
    time_created: str
    time_updated: str
    shared_status: ChatSessionSharedStatus
    current_alternate_model: str | None = None
    current_temperature_override: float | None = None
    current_reasoning_effort_override: str | None = None


class ChatSessionsResponse(BaseModel):
    sessions: list[ChatSessionDetails]
    has_more: bool = False


@router.get("/health")
def health() -> StatusResponse:
    return StatusResponse(**HEALTH)


@router.get("/version")
def version() -> VersionResponse:
    return VersionResponse(**VERSION)


@router.get("/me")
def me() -> UserInfo:
    return UserInfo.model_validate(ME)


@router.get("/persona")
def persona() -> list[MinimalPersonaSnapshot]:
    return [MinimalPersonaSnapshot.model_validate(p) for p in PERSONAS]


@router.get("/chat/get-user-chat-sessions")
def sessions(page_size: int = 50, before: str | None = None) -> ChatSessionsResponse:
    page = shapes.sessions_page(SESSIONS, before, page_size)
    return ChatSessionsResponse(sessions=[ChatSessionDetails(**row) for row in page["sessions"]],
                                has_more=page["has_more"])


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
