"""Shipmondo's REST transport: Basic auth, errors in words, Retry-After with a ceiling, pages.

Whether a failed request may have been carried out matters for bookings (there is no
idempotency key): a request that never left (connection refused, connect timeout, 429) is
:class:`CarrierUnavailable`; one that left and whose answer was lost or garbled is
:class:`CarrierOutcomeUnknown` when it was a write.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx

from packstation.carriers.base import (
    CarrierAuthRefused,
    CarrierNotFound,
    CarrierOutcomeUnknown,
    CarrierRefused,
    CarrierUnavailable,
)
from packstation.i18n.said import said
from packstation.tls import tls_context

log = logging.getLogger("packstation.carriers.shipmondo")

PRODUCTION_URL = "https://app.shipmondo.com/api/public/v3"
SANDBOX_URL = "https://sandbox.shipmondo.com/api/public/v3"
MAX_PER_PAGE = 50
AUTH_REFUSED = said(
    "Carrier",
    "The carrier account refused the key: check the API user and key in Settings → Carrier",
)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: rare here, and the ceiling applies anyway


def _refusal(response: httpx.Response) -> CarrierRefused:
    """A 422 in words: Shipmondo puts the reason in ``error`` (text, or a list of texts)."""
    try:
        body = response.json()
    except ValueError:
        body = {}
    error = body.get("error") if isinstance(body, dict) else None
    details: tuple[str, ...]
    if isinstance(error, list):
        details = tuple(str(e) for e in error)
    elif isinstance(error, dict):
        details = tuple(f"{k}: {v}" for k, v in error.items())
    elif error:
        details = (str(error),)
    else:
        details = ()
    reason = "; ".join(details) or said("Carrier", "no reason given")
    return CarrierRefused(
        said("Carrier", "The carrier refused the booking: {reason}", reason=reason), details
    )


class ShipmondoHttp:
    """Requests to one Shipmondo account; thread-safe as httpx.Client is."""

    def __init__(
        self,
        base_url: str,
        api_user: str,
        api_key: str,
        *,
        timeout: float = 20.0,
        connect_timeout: float = 5.0,
        max_wait: float = 30.0,
        max_attempts: int = 3,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._max_wait = max_wait
        self._max_attempts = max_attempts
        self._sleep = sleep
        self._client = httpx.Client(
            base_url=self.base_url,
            auth=httpx.BasicAuth(api_user, api_key),
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            transport=transport,
            verify=tls_context(),
            headers={"Accept": "application/json", "User-Agent": "Packstation"},
        )

    def close(self) -> None:
        """Close pooled connections."""
        self._client.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        write: bool = False,
    ) -> httpx.Response:
        """One call, retried only while it is certain nothing happened (429, refused connect)."""
        for attempt in range(1, self._max_attempts + 1):
            try:
                response = self._client.request(method, path, params=params, json=body)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                raise CarrierUnavailable(
                    f"Cannot reach the carrier platform ({type(exc).__name__})"
                ) from exc
            except httpx.HTTPError as exc:  # sent, then timed out or dropped
                kind = CarrierOutcomeUnknown if write else CarrierUnavailable
                raise kind(f"The carrier platform did not answer ({type(exc).__name__})") from exc
            if response.status_code == 429:
                wait = _retry_after(response)
                if attempt < self._max_attempts and (wait or 1.0) <= self._max_wait:
                    log.info("shipmondo busy (429): waiting %.1f s", wait or 1.0)
                    self._sleep(wait or 1.0)
                    continue
                raise CarrierUnavailable("The carrier platform is busy (too many requests)", wait)
            return self._checked(response, write)
        raise AssertionError("unreachable")  # pragma: no cover

    def _checked(self, response: httpx.Response, write: bool) -> httpx.Response:
        status = response.status_code
        unsure = CarrierOutcomeUnknown if write else CarrierUnavailable
        if status == 401:
            raise CarrierAuthRefused(AUTH_REFUSED)
        if status == 404:
            raise CarrierNotFound("The carrier platform does not know that booking")
        if status == 422 or status == 400:
            raise _refusal(response)
        if status >= 500:
            raise unsure(
                f"The carrier platform has a problem (HTTP {status})", _retry_after(response)
            )
        if status >= 300:
            raise unsure(f"The carrier platform answered HTTP {status}")
        if "json" not in response.headers.get("Content-Type", ""):
            raise unsure("The carrier platform answered with a page instead of data")
        try:
            response.json()
        except ValueError as exc:
            raise unsure("The carrier platform's answer could not be read") from exc
        return response

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        """The decoded body of one call."""
        return self.request(method, path, **kwargs).json()

    def pages(self, path: str, params: Mapping[str, Any] | None = None) -> Iterator[Any]:
        """Every item of a paginated list, page after page (``X-Total-Pages``)."""
        page = 1
        while True:
            query = {**(params or {}), "per_page": MAX_PER_PAGE, "page": page}
            response = self.request("GET", path, params=query)
            items = response.json()
            if not isinstance(items, list):
                raise CarrierUnavailable("The carrier platform's list could not be read")
            yield from items
            try:
                total = int(response.headers.get("X-Total-Pages", "1"))
            except ValueError:
                total = 1
            if page >= total or not items:
                return
            page += 1
