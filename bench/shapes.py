"""Response shapes of Onyx v4.6.1 shared by the benchmark servers: the chat answer stream,
packet by packet, and pages of chat sessions.

Shapes as in ../shared/onyx-api/transcripts/056-post-chat-send-chat-message-stream-llm.txt:
the message-ids line, `message_start`, one `message_delta` per token, then `stop`; each
packet is one NDJSON line written with Python's default `json.dumps` separators, as the
server writes them. The tokens are LLM-sized (4.16 bytes on average), so 50,000 deltas
make ~7.2 MB on the wire and a ~208 KB answer. They carry no citation markers, so the
answer a client prints is exactly the concatenation of the deltas (the harness checks it
byte for byte). Standard library only: imported by the uvicorn server (in bench/.venv)
and by mock_onyx.py (system Python).
"""
import json
import uuid
from datetime import datetime, timedelta, timezone

TOKENS = [" The", " PTO", " policy", " says", " you", " get", " paid", " time", " off", " each",
          " month", ";", " up", " to", " 5", " days", " carry", " over", "."]
PLACEMENT = {"turn_index": 0, "tab_index": 0, "sub_turn_index": None, "model_index": 0}


def line(value):
    return (json.dumps(value) + "\n").encode()


def packet(obj):
    return line({"placement": PLACEMENT, "obj": obj})


def deltas(count):
    """The content of each of `count` deltas."""
    return [TOKENS[i % len(TOKENS)] for i in range(count)]


def stream(count):
    """(head, delta packets, tail): the whole body is their concatenation."""
    head = [
        line({"user_message_id": 1, "reserved_assistant_message_id": 2}),
        packet({"type": "message_start", "final_documents": None, "pre_answer_processing_seconds": 0.01}),
    ]
    # One bytes object per distinct token: building 50,000 packets stays cheap.
    cache = {}
    body = [cache.setdefault(t, packet({"type": "message_delta", "content": t})) for t in deltas(count)]
    tail = [packet({"type": "stop", "stop_reason": None})]
    return head, body, tail


def answer(count):
    return "".join(deltas(count)).encode()


EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)


def session_time(i):
    return (EPOCH - timedelta(seconds=i)).isoformat()


def sessions_page(total, before, size):
    """Newest first; session i was updated i seconds before EPOCH; `before` is exclusive."""
    start = 0
    if before:
        stamp = datetime.fromisoformat(before.replace("Z", "+00:00"))
        start = int((EPOCH - stamp).total_seconds()) + 1
    end = min(total, start + size)
    out = [{
        "id": str(uuid.UUID(int=i + 1)), "name": f"Session {i}", "persona_id": 0,
        "time_created": session_time(i), "time_updated": session_time(i), "shared_status": "private",
        "current_alternate_model": None, "current_temperature_override": None,
        "current_reasoning_effort_override": None,
    } for i in range(start, end)]
    return {"sessions": out, "has_more": end < total}
