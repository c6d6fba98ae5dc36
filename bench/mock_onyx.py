#!/usr/bin/env python3
"""A small stateful stand-in for the Onyx routes `onyx ingest` uses, for benchmarks only.

Keeps connectors, their files, credentials, pairs and document sets in memory, parses the
multipart uploads (names and sizes), and counts requests: GET /__stats returns the counts.
Usage: mock_onyx.py PORT
"""
import json
import re
import sys
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, value, status=200):
        body = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle_any(self, method):
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        path = self.path.split("?")[0]
        route = re.sub(r"/\d+", "/{id}", path)
        with LOCK:
            if path != "/__stats":
                STATS["requests"] += 1
                STATS["bytes_received"] += len(body)
                key = f"{method} {route}"
                STATS["by_route"][key] = STATS["by_route"].get(key, 0) + 1
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
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
