#!/usr/bin/env python3
"""A mock of the Onyx v4.6.1 API for benchmarks, on loopback only, in the shapes of
../shared/onyx-api. It is stateful where `onyx ingest` needs it and large where the
benchmarks need volume:
  GET  /health /version /me /persona
  POST /chat/send-chat-message        the answer stream of shapes.py (BENCH_DELTAS deltas), sent
                                      with a content-length body (the real server sends it
                                      chunked: see stream_server.py)
  GET  /chat/get-user-chat-sessions   BENCH_SESSIONS sessions, paged with `before`
  GET  /document/chunk-info
  the file-connector, credential, pair and document-set routes `onyx ingest` uses:
  connectors, their files, credentials, pairs and sets are kept in memory, and every
  multipart upload is parsed (names and sizes)
GET /__stats returns request counts. Usage: mock_onyx.py PORT (stops itself after
BENCH_LIFETIME seconds, default 900). With BENCH_MARK_FILE set, the time the first
answer delta left is written there (for time-to-first-byte).
"""
import json
import os
import re
import socket
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import shapes

DELTAS = int(os.environ.get("BENCH_DELTAS", "50000"))
SESSIONS = int(os.environ.get("BENCH_SESSIONS", "10000"))
LIFETIME = int(os.environ.get("BENCH_LIFETIME", "900"))

LOCK = threading.Lock()
STATE = {"connectors": {}, "files": {}, "pairs": {}, "sets": {}, "credentials": {}, "next": 1}
STATS = {"requests": 0, "by_route": {}, "bytes_received": 0}


def next_id():
    STATE["next"] += 1
    return STATE["next"]


def multipart(body, content_type):
    boundary = content_type.split("boundary=")[1].strip('"').encode()
    files, fields = [], {}
    for chunk in body.split(b"--" + boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, data = chunk.lstrip(b"\r\n").partition(b"\r\n\r\n")
        data = data[:-2] if data.endswith(b"\r\n") else data
        head = head.decode("utf-8", "replace")
        name = re.search(r'name="([^"]*)"', head).group(1)
        filename = re.search(r'filename="([^"]*)"', head)
        if filename:
            files.append((filename.group(1), len(data)))
        else:
            fields[name] = data.decode()
    return files, fields


def store(files):
    ids, names = [], []
    for name, size in files:
        file_id = str(uuid.uuid4())
        STATE["files"][file_id] = {"file_id": file_id, "file_name": name, "file_size": size,
                                   "upload_date": "2025-06-02T09:10:12.448101+00:00"}
        ids.append(file_id)
        names.append(name)
    return {"file_paths": ids, "file_names": names, "zip_metadata_file_id": None}


STREAM = [part for group in shapes.stream(DELTAS) for part in group]
STREAM_BYTES = sum(len(p) for p in STREAM)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        # http.server writes head and body separately; without NODELAY, Nagle plus
        # delayed ACKs stall every second request on a kept-alive connection by 40 ms,
        # which would be measured as client time.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):
        pass

    def reply(self, value, status=200):
        body = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def stream_answer(self):
        self.send_response(200)
        self.send_header("content-type", "text/event-stream; charset=utf-8")
        self.send_header("content-length", str(STREAM_BYTES))
        self.end_headers()
        mark = os.environ.get("BENCH_MARK_FILE")
        for index, part in enumerate(STREAM):
            self.wfile.write(part)
            if mark and index == 2:
                # The first answer delta just left: note when, for time-to-first-byte.
                self.wfile.flush()
                with open(mark, "w") as out:
                    out.write(repr(time.time()))

    def handle_any(self, method):
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlparse(self.path)
        path, query = url.path.removeprefix("/api"), parse_qs(url.query)
        route = re.sub(r"/\d+", "/{id}", path)
        with LOCK:
            if path != "/__stats":
                STATS["requests"] += 1
                STATS["bytes_received"] += len(body)
                key = f"{method} {route}"
                STATS["by_route"][key] = STATS["by_route"].get(key, 0) + 1
        # Read-only and streaming routes need no state, so they run outside the lock.
        if method == "POST" and path == "/chat/send-chat-message":
            return self.stream_answer()
        fixed = {
            "/health": {"success": True, "message": "ok", "data": None},
            "/version": {"backend_version": "v4.6.1"},
            "/me": {"id": str(uuid.UUID(int=7)), "email": "bench@example.com", "role": "admin"},
            "/persona": [{"id": 0, "name": "Assistant", "description": "", "tools": [], "is_listed": True}],
            "/document/chunk-info": {"content": "Employees accrue PTO monthly.", "num_tokens": 6},
        }
        if method == "GET" and path in fixed:
            return self.reply(fixed[path])
        if method == "GET" and path == "/chat/get-user-chat-sessions":
            size = int(query.get("page_size", ["50"])[0])
            return self.reply(shapes.sessions_page(SESSIONS, query.get("before", [None])[0], size))
        with LOCK:
            self.route(method, path, body)

    def route(self, method, path, body):
        ctype = self.headers.get("content-type", "")
        m = re.fullmatch(r"/manage/admin/connector/(\d+)/files(/update)?", path)
        if path == "/__stats":
            return self.reply(STATS)
        if method == "GET" and path == "/manage/connector":
            return self.reply(list(STATE["connectors"].values()))
        if method == "POST" and path == "/manage/admin/connector/file/upload":
            return self.reply(store(multipart(body, ctype)[0]))
        if m and method == "GET" and not m.group(2):
            c = STATE["connectors"][int(m.group(1))]
            locations = c["connector_specific_config"]["file_locations"]
            return self.reply({"files": [STATE["files"][i] for i in locations]})
        if m and method == "POST" and m.group(2):
            c = STATE["connectors"][int(m.group(1))]
            files, fields = multipart(body, ctype)
            remove = set(json.loads(fields.get("file_ids_to_remove", "[]")))
            answer = store(files)
            cfg = c["connector_specific_config"]
            keep = [(i, n) for i, n in zip(cfg["file_locations"], cfg["file_names"]) if i not in remove]
            cfg["file_locations"] = [i for i, _ in keep] + answer["file_paths"]
            cfg["file_names"] = [n for _, n in keep] + answer["file_names"]
            return self.reply(answer)
        if method == "POST" and path == "/manage/admin/connector":
            request = json.loads(body)
            cid = next_id()
            STATE["connectors"][cid] = dict(request, id=cid, credential_ids=[], input_type="load_state")
            return self.reply({"id": cid, "credential": None})
        if method == "GET" and path == "/manage/credential":
            return self.reply(list(STATE["credentials"].values()))
        if method == "POST" and path == "/manage/credential":
            request = json.loads(body)
            cid = next_id()
            STATE["credentials"][cid] = dict(request, id=cid)
            return self.reply({"id": cid, "credential": STATE["credentials"][cid]})
        m2 = re.fullmatch(r"/manage/connector/(\d+)/credential/(\d+)", path)
        if method == "PUT" and m2:
            pid = next_id()
            connector, credential = STATE["connectors"][int(m2.group(1))], STATE["credentials"][int(m2.group(2))]
            connector["credential_ids"].append(credential["id"])
            STATE["pairs"][pid] = {"cc_pair_id": pid, "name": json.loads(body)["name"], "connector": connector,
                                   "credential": credential, "access_type": "public", "groups": []}
            return self.reply({"success": True, "message": "ok", "data": pid})
        if method == "GET" and path == "/manage/admin/connector/status":
            return self.reply(list(STATE["pairs"].values()))
        if method == "GET" and path == "/manage/document-set":
            return self.reply(list(STATE["sets"].values()))
        if method == "POST" and path == "/manage/admin/document-set":
            request = json.loads(body)
            sid = next_id()
            STATE["sets"][sid] = {"id": sid, "name": request["name"], "description": request["description"],
                                  "cc_pair_summaries": [{"id": p, "name": "x", "source": "file", "access_type": "public"}
                                                        for p in request["cc_pair_ids"]],
                                  "is_up_to_date": True, "is_public": True, "users": [], "groups": []}
            return self.reply(sid)
        return self.reply({"detail": f"mock has no route {method} {path}"}, 404)

    def do_GET(self):
        self.handle_any("GET")

    def do_POST(self):
        self.handle_any("POST")

    def do_PUT(self):
        self.handle_any("PUT")

    def do_PATCH(self):
        self.handle_any("PATCH")


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    threading.Timer(LIFETIME, server.shutdown).start()
    server.serve_forever()
