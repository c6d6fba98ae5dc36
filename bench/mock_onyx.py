#!/usr/bin/env python3
"""A load-bearing mock of the Onyx v4.6.1 API for benchmarks, on loopback only.

It serves what the benchmarks measure, in the shapes of ../shared/onyx-api:
  GET  /health /version /me /persona
  POST /chat/send-chat-message   a large NDJSON answer stream (BENCH_DELTAS deltas)
  GET  /chat/get-user-chat-sessions   BENCH_SESSIONS sessions, paged with `before`
  GET  /document/chunk-info
  the file-connector routes `onyx ingest` uses (uploads are read and discarded)
It counts requests per route (GET /__stats) so a run can report how many it made.
Usage: mock_onyx.py PORT   (stops by itself after BENCH_LIFETIME seconds, default 900)
"""
import json
import os
import sys
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

DELTAS = int(os.environ.get("BENCH_DELTAS", "50000"))
SESSIONS = int(os.environ.get("BENCH_SESSIONS", "10000"))
LIFETIME = int(os.environ.get("BENCH_LIFETIME", "900"))
STATS = {}
LOCK = threading.Lock()
STATE = {"connectors": [], "files": {}, "credentials": [], "docsets": [], "next_id": 10}


def placement():
    return {"turn_index": 0, "tab_index": 0, "sub_turn_index": None, "model_index": 0}


def packet(obj):
    return (json.dumps({"placement": placement(), "obj": obj}) + "\n").encode()


def build_stream():
    doc = {
        "document_id": "https://wiki.example/pto", "chunk_ind": 0, "semantic_identifier": "PTO policy",
        "link": "https://wiki.example/pto", "blurb": "Employees accrue PTO monthly.", "source_type": "web",
        "boost": 0, "hidden": False, "metadata": {}, "score": 0.9, "is_relevant": None,
        "relevance_explanation": None, "match_highlights": [], "updated_at": None,
        "primary_owners": None, "secondary_owners": None, "is_internet": False, "file_id": None,
    }
    parts = [
        (json.dumps({"user_message_id": 1, "reserved_assistant_message_id": 2}) + "\n").encode(),
        packet({"type": "message_start", "final_documents": [doc], "pre_answer_processing_seconds": 0.01}),
        packet({"type": "citation_info", "citation_number": 1, "document_id": doc["document_id"]}),
    ]
    word = "Employees accrue paid time off every month and may carry over up to five days [[1]](https://wiki.example/pto). "
    delta = packet({"type": "message_delta", "content": word[:180]})
    parts.extend([delta] * DELTAS)
    parts.append(packet({"type": "stop", "stop_reason": None}))
    return parts


STREAM = build_stream()
STREAM_BYTES = sum(len(p) for p in STREAM)


EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)


def session_time(i):
    return (EPOCH - timedelta(seconds=i)).isoformat()


def sessions_page(before, size):
    """Newest first; session i was updated i seconds before EPOCH; `before` is exclusive."""
    start = 0
    if before:
        stamp = datetime.fromisoformat(before.replace("Z", "+00:00"))
        start = int((EPOCH - stamp).total_seconds()) + 1
    end = min(SESSIONS, start + size)
    out = [{
        "id": str(uuid.UUID(int=i + 1)), "name": f"Session {i}", "persona_id": 0,
        "time_created": session_time(i), "time_updated": session_time(i), "shared_status": "private",
        "current_alternate_model": None, "current_temperature_override": None,
        "current_reasoning_effort_override": None,
    } for i in range(start, end)]
    return {"sessions": out, "has_more": end < SESSIONS}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def count(self, route):
        with LOCK:
            STATS[route] = STATS.get(route, 0) + 1

    def send_json(self, value, status=200):
        body = json.dumps(value, separators=(",", ":")).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def read_body(self):
        length = int(self.headers.get("content-length") or 0)
        remaining = length
        while remaining > 0:
            chunk = self.rfile.read(min(remaining, 1 << 20))
            if not chunk:
                break
            remaining -= len(chunk)
        return length

    def do_GET(self):
        url = urlparse(self.path)
        path, query = url.path.removeprefix("/api"), parse_qs(url.query)
        self.count("GET " + path.split("/")[1] if path.count("/") > 1 else "GET " + path)
        if path == "/health":
            return self.send_json({"success": True, "message": "ok", "data": None})
        if path == "/version":
            return self.send_json({"backend_version": "v4.6.1"})
        if path == "/me":
            return self.send_json({"id": str(uuid.UUID(int=7)), "email": "bench@example.com", "role": "admin"})
        if path == "/persona":
            return self.send_json([{"id": 0, "name": "Assistant", "description": "", "tools": [], "is_listed": True}])
        if path == "/__stats":
            return self.send_json(STATS)
        if path == "/chat/get-user-chat-sessions":
            size = int(query.get("page_size", ["50"])[0])
            return self.send_json(sessions_page(query.get("before", [None])[0], size))
        if path == "/document/chunk-info":
            return self.send_json({"content": "Employees accrue PTO monthly.", "num_tokens": 6})
        if path == "/manage/connector":
            return self.send_json(STATE["connectors"])
        if path == "/manage/credential":
            return self.send_json(STATE["credentials"])
        if path == "/manage/document-set":
            return self.send_json(STATE["docsets"])
        if path == "/manage/admin/connector/status":
            return self.send_json([c["_status"] for c in STATE["connectors"] if "_status" in c])
        if path.startswith("/manage/admin/connector/") and path.endswith("/files"):
            cid = int(path.split("/")[4])
            return self.send_json({"files": STATE["files"].get(cid, [])})
        self.send_json({"detail": "404: Not Found"}, 404)

    def do_POST(self):
        url = urlparse(self.path)
        path = url.path.removeprefix("/api")
        self.count("POST " + path)
        if path == "/chat/send-chat-message":
            self.read_body()
            self.send_response(200)
            self.send_header("content-type", "text/event-stream; charset=utf-8")
            self.send_header("content-length", str(STREAM_BYTES))
            self.end_headers()
            mark = os.environ.get("BENCH_MARK_FILE")
            for index, part in enumerate(STREAM):
                self.wfile.write(part)
                if mark and index == 3:
                    # The first answer delta just left: note when, for time-to-first-byte.
                    self.wfile.flush()
                    with open(mark, "w") as out:
                        out.write(repr(time.time()))
            return
        if path == "/manage/admin/connector/file/upload" or path.endswith("/files/update"):
            self.read_body()
            # The mock does not parse multipart: it reports one stored file per request.
            fid = str(uuid.uuid4())
            return self.send_json({"file_paths": [fid], "file_names": ["upload"], "zip_metadata_file_id": None})
        body = self.read_body()
        with LOCK:
            STATE["next_id"] += 1
            new_id = STATE["next_id"]
        if path == "/manage/admin/document-set":
            return self.send_json(new_id)
        return self.send_json({"id": new_id, "credential": None})

    def do_PUT(self):
        self.read_body()
        self.count("PUT " + urlparse(self.path).path)
        self.send_json({"success": True, "message": "ok", "data": 99})

    def do_PATCH(self):
        self.read_body()
        self.count("PATCH " + urlparse(self.path).path)
        self.send_json(None)


def main():
    port = int(sys.argv[1])
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Timer(LIFETIME, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
