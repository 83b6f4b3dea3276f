"""The GraphQL transport against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from packstation.shop.base import ShopAccessRefused, ShopRejected, ShopUnavailable
from packstation.shop.shopify.client import GraphQLClient, ShopifyReplyError

COST = {
    "cost": {
        "requestedQueryCost": 10,
        "actualQueryCost": 4,
        "throttleStatus": {
            "maximumAvailable": 2000.0,
            "currentlyAvailable": 1990,
            "restoreRate": 100.0,
        },
    }
}


class Script:
    """Replies the server gives, one per request, and the requests it saw."""

    def __init__(self, replies):
        self.replies = list(replies)
        self.requests = []


@pytest.fixture
def shop():
    script = Script([])

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers["Content-Length"])
            script.requests.append(
                (self.path, dict(self.headers), json.loads(self.rfile.read(length)))
            )
            status, content_type, body = script.replies.pop(0)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    sleeps = []
    client = GraphQLClient(
        f"http://127.0.0.1:{server.server_address[1]}",
        lambda: "shpat_test",
        timeout=2.0,
        sleep=sleeps.append,
    )
    yield client, script, sleeps
    client.close()
    server.shutdown()
    server.server_close()


def ok(data):
    return 200, "application/json", json.dumps({"data": data, "extensions": COST}).encode()


def test_a_query_returns_its_data_with_token_and_version(shop):
    client, script, _ = shop
    script.replies = [ok({"shop": {"name": "Nordlys"}})]
    assert client.execute("query { shop { name } }") == {"shop": {"name": "Nordlys"}}
    path, headers, body = script.requests[0]
    assert path == "/admin/api/2026-04/graphql.json"
    assert headers["X-Shopify-Access-Token"] == "shpat_test"
    assert body["query"].startswith("query")
    assert client.bucket.maximum == 2000.0


def test_throttled_replies_wait_and_retry(shop):
    client, script, sleeps = shop
    throttled = json.dumps(
        {
            "errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}],
            "extensions": {
                "cost": {
                    "throttleStatus": {
                        "maximumAvailable": 2000.0,
                        "currentlyAvailable": 0,
                        "restoreRate": 100.0,
                    }
                }
            },
        }
    ).encode()
    script.replies = [
        (200, "application/json", throttled),
        (429, "text/plain", b"slow down"),
        ok({"x": 1}),
    ]
    assert client.execute("query { x }", cost=200) == {"x": 1}
    assert len(script.requests) == 3
    assert sum(sleeps) >= 2.0  # 200 points at 100 per second, at least once


@pytest.mark.parametrize(
    ("reply", "error", "words"),
    [
        ((200, "text/html", b"<html>Bad gateway</html>"), ShopifyReplyError, "a web page"),
        ((200, "application/json", b"{not json"), ShopifyReplyError, "instead of data"),
        ((200, "application/json", b"[]"), ShopifyReplyError, "unexpected"),
        ((200, "application/json", b'{"extensions": {}}'), ShopifyReplyError, "no data"),
        ((503, "text/plain", b"down"), ShopUnavailable, "HTTP 503"),
        ((401, "application/json", b"{}"), ShopAccessRefused, "access token"),
        (
            (
                200,
                "application/json",
                b'{"errors": [{"message": "Access denied for fulfillmentOrders field."}]}',
            ),
            ShopRejected,
            "Access denied",
        ),
    ],
)
def test_broken_or_refused_replies_are_errors_in_words(shop, reply, error, words):
    client, script, _ = shop
    script.replies = [reply]
    with pytest.raises(error, match=words):
        client.execute("query { x }")


def test_an_unreachable_shop_is_unavailable():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = GraphQLClient(f"http://127.0.0.1:{port}", lambda: "t", timeout=1.0)
    try:
        with pytest.raises(ShopUnavailable, match="Cannot reach"):
            client.execute("query { x }")
    finally:
        client.close()
