#!/usr/bin/env python3
"""What a user would write from the Onyx docs to upload a folder: one multipart
upload per file, then a file connector, a credential, the pair and a document set
(REFERENCE §5.7). No bookkeeping, so every run uploads everything again.
Used by bench/run.py as the baseline for `onyx ingest`. Standard library only.
Usage: ingest_loop.py URL DIR
"""
import json
import os
import sys
import uuid
import urllib.request

URL, ROOT = sys.argv[1], sys.argv[2]
HEADERS = {"Authorization": "Bearer " + os.environ.get("ONYX_API_KEY", "")}


def call(method, path, body=None, content_type="application/json"):
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    request = urllib.request.Request(URL + path, data=data, method=method,
                                     headers=dict(HEADERS, **{"Content-Type": content_type}))
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b"null")


def upload(path):
    boundary = uuid.uuid4().hex
    with open(path, "rb") as f:
        content = f.read()
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{os.path.basename(path)}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n").encode()
    body = head + content + f"\r\n--{boundary}--\r\n".encode()
    return call("POST", "/manage/admin/connector/file/upload", body, f"multipart/form-data; boundary={boundary}")


ids, names = [], []
for directory, _, files in os.walk(ROOT):
    for name in sorted(files):
        answer = upload(os.path.join(directory, name))
        ids += answer["file_paths"]
        names += answer["file_names"]
connector = call("POST", "/manage/admin/connector", {
    "name": f"loop-{uuid.uuid4().hex[:8]}", "source": "file", "input_type": "load_state",
    "connector_specific_config": {"file_locations": ids, "file_names": names, "zip_metadata_file_id": None},
    "refresh_freq": None, "prune_freq": None, "indexing_start": None, "access_type": "public", "groups": []})
credential = call("POST", "/manage/credential", {"credential_json": {}, "admin_public": True, "source": "file",
                                                 "name": "loop", "curator_public": False, "groups": []})
pair = call("PUT", f"/manage/connector/{connector['id']}/credential/{credential['id']}",
            {"name": f"loop-{connector['id']}", "access_type": "public", "groups": []})
call("POST", "/manage/admin/document-set", {"name": f"loop-{connector['id']}", "description": "",
                                             "cc_pair_ids": [pair["data"]], "is_public": True, "users": [], "groups": []})
