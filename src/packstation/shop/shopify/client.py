"""The Admin GraphQL transport: paced by the cost bucket, every failure in plain words.

Timeouts, dropped connections, 5xx and unreadable replies raise ShopUnavailable (try again
later; a mutation's outcome is then unknown and the outbox reconciles before retrying).
A request that certainly never reached the shop (connection refused, throttled to the end)
raises ShopNotReached. A refused token or a missing scope raises ShopAccessRefused (sync
pauses); other refusals that retrying will not fix (an invalid query) raise ShopRejected.
THROTTLED and 429 mean "not executed": the client waits (429: as long as ``Retry-After``
says, up to a ceiling) and tries again. Only requests that reached the shop are charged to
the cost model, so an outage never makes later requests wait.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable
from typing import Any

import httpx

from packstation.i18n.said import said
from packstation.shop.base import (
    ShopAccessRefused,
    ShopNotReached,
    ShopRejected,
    ShopUnavailable,
)
from packstation.shop.shopify.documents import API_VERSION
from packstation.sync.throttle import CostBucket
from packstation.tls import tls_context

log = logging.getLogger("packstation.shopify")
MAX_THROTTLE_RETRIES = 8
# The longest ``Retry-After`` the client sleeps through; a longer one ends the pass instead.
RETRY_AFTER_CEILING = 30.0

# Shopify rounds the bucket figures it reports: one point of headroom keeps a paced query
# from arriving a hair before it fits (and being THROTTLED).
ROUNDING_HEADROOM = 1.0


class ShopifyReplyError(ShopUnavailable):
    """The shop answered with something that is not a GraphQL reply (HTML page, bad JSON)."""


class Throttled(Exception):
    """Not executed: THROTTLED in the body or HTTP 429 (with its ``Retry-After``, if any)."""

    def __init__(self, retry_after: float | None = None, *, observed: bool = False) -> None:
        super().__init__("throttled")
        self.retry_after = retry_after
        self.observed = observed  # the reply carried the bucket's figures


class GraphQLClient:
    """Sends GraphQL documents to one shop; the token comes from a provider (the keyring)."""

    def __init__(
        self,
        shop_url: str,
        token: Callable[[], str],
        *,
        renew_token: Callable[[], None] | None = None,
        api_version: str = API_VERSION,
        timeout: float = 15.0,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.endpoint = f"{shop_url.rstrip('/')}/admin/api/{api_version}/graphql.json"
        self._token = token
        self._renew_token = renew_token
        # Shopify reports each query shape's requested cost; pace the next one by it.
        self._requested_cost: dict[str, float] = {}
        self._http = httpx.Client(timeout=timeout, transport=transport, verify=tls_context())
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.bucket = CostBucket()

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def execute(
        self, document: str, variables: dict[str, Any] | None = None, *, cost: float = 10.0
    ) -> dict[str, Any]:
        """Run a document and return its ``data``; waits for the bucket and for throttling.

        ``cost`` is the first guess of the requested cost; after one reply the client paces
        this document by the cost Shopify reported for it.
        """
        renewed = False
        for _attempt in range(MAX_THROTTLE_RETRIES):
            expected = self._requested_cost.get(document, cost)
            self._sleep(self.bucket.wait_before(expected + ROUNDING_HEADROOM, self._clock()))
            self.bucket.spend(expected, self._clock())
            try:
                return self._post({"query": document, "variables": variables or {}}, document)
            except TokenExpired:
                self.bucket.refund(expected, self._clock())
                if renewed or self._renew_token is None:
                    raise ShopAccessRefused(
                        said(
                            "Shop",
                            "The shop refused the access token: check the shop connection in "
                            "Settings",
                        )
                    ) from None
                self._renew_token()
                renewed = True
            except Throttled as throttled:
                if not throttled.observed:
                    self.bucket.refund(expected, self._clock())
                self._sleep(self._throttle_wait(throttled, expected))
            except (ShopNotReached, ShopAccessRefused):
                self.bucket.refund(expected, self._clock())
                raise
        raise ShopNotReached(
            said("Shop", "The shop keeps asking to slow down: syncing again later")
        )

    def _throttle_wait(self, throttled: Throttled, expected: float) -> float:
        """How long to wait after a throttled reply; a ``Retry-After`` is honoured up to the
        ceiling, and one beyond it ends this attempt (the request was not executed)."""
        if throttled.retry_after is None:
            return self.bucket.throttled_delay(expected, self._clock(), self._rng)
        if throttled.retry_after > RETRY_AFTER_CEILING:
            raise ShopNotReached(
                said(
                    "Shop",
                    "The shop asked to wait {seconds} s: syncing again later",
                    seconds=f"{throttled.retry_after:.0f}",
                )
            )
        return throttled.retry_after

    def _post(self, body: dict[str, Any], document: str) -> dict[str, Any]:
        headers = {"X-Shopify-Access-Token": self._token(), "Content-Type": "application/json"}
        try:
            response = self._http.post(self.endpoint, json=body, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise ShopNotReached(
                said("Shop", "Cannot reach the shop ({why})", why=type(exc).__name__)
            ) from exc
        except httpx.TimeoutException as exc:
            raise ShopUnavailable(said("Shop", "The shop did not answer in time")) from exc
        except httpx.TransportError as exc:
            raise ShopUnavailable(
                said("Shop", "Cannot reach the shop ({why})", why=type(exc).__name__)
            ) from exc
        if response.status_code == 429:
            raise Throttled(_retry_after(response.headers.get("Retry-After")))
        if response.status_code == 401:
            raise TokenExpired()
        if response.status_code == 403:
            raise ShopAccessRefused(
                said(
                    "Shop",
                    "The shop refused access: the app lacks a permission (access scope) it needs",
                )
            )
        if "html" in response.headers.get("content-type", "").lower():
            raise ShopifyReplyError(
                said(
                    "Shop",
                    "The shop sent a web page instead of data (HTTP {status})",
                    status=response.status_code,
                )
            )
        if response.status_code >= 500:
            raise ShopUnavailable(
                said("Shop", "The shop has a problem (HTTP {status})", status=response.status_code)
            )
        if response.status_code != 200:
            raise ShopRejected(
                said(
                    "Shop",
                    "The shop refused the request (HTTP {status})",
                    status=response.status_code,
                )
            )
        try:
            payload = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            kind = "a web page" if "html" in response.headers.get("content-type", "") else "text"
            raise ShopifyReplyError(f"The shop sent {kind} instead of data") from exc
        if not isinstance(payload, dict):
            raise ShopifyReplyError(said("Shop", "The shop sent an unexpected reply"))
        extensions = payload.get("extensions")
        if isinstance(extensions, dict) and isinstance(extensions.get("cost"), dict):
            self.bucket.observe(extensions["cost"], self._clock())
            self._remember_cost(document, extensions["cost"].get("requestedQueryCost"))
        errors = payload.get("errors") or []
        if any(_code(e) == "THROTTLED" for e in errors):
            raise Throttled(observed=isinstance(extensions, dict) and "cost" in extensions)
        if errors:
            messages = "; ".join(str(e.get("message", e)) for e in errors if isinstance(e, dict))
            raise ShopRejected(
                said("Shop", "The shop refused the request: {why}", why=str(messages or errors))
            )
        data = payload.get("data")
        if not isinstance(data, dict):
            raise ShopifyReplyError(said("Shop", "The shop's reply has no data"))
        return data

    def _remember_cost(self, document: str, requested: object) -> None:
        if isinstance(requested, int | float) and requested > 0:
            self._requested_cost[document] = float(requested)


class TokenExpired(Exception):
    """HTTP 401: the access token is unknown or has expired (renewable for client credentials)."""


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds (Shopify sends a number; a date or junk counts as absent)."""
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None
    return max(0.0, seconds) if seconds is not None else None


def _code(error: object) -> str:
    if isinstance(error, dict) and isinstance(error.get("extensions"), dict):
        return str(error["extensions"].get("code", ""))
    return ""
