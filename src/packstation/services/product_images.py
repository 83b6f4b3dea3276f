"""Product images, downloaded once and kept on disk in the data folder.

Called from a worker thread only (never the GUI thread): a download may take seconds. A
failure is logged and gives None: the line shows no picture, and nothing else changes. A URL
that failed is not tried again for a while, so a shop with broken images costs one attempt
per URL, not one per order.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.storage.models import FulfillmentLineRow, FulfillmentOrderRow
from packstation.storage.orders_repo import QUEUE_STATUSES
from packstation.storage.uow import UnitOfWork
from packstation.tls import tls_context

log = logging.getLogger("packstation.images")

MAX_IMAGE_BYTES = 8 * 1024 * 1024
RETRY_AFTER_SECONDS = 15 * 60
_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"BM")


class ImageFetchError(Exception):
    """An image could not be fetched; ``str()`` says why, in words."""


def _download(url: str, timeout: float) -> bytes:
    """The bytes at an http(s) URL, at most MAX_IMAGE_BYTES."""
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True, verify=tls_context()) as client,
            client.stream("GET", url) as reply,
        ):
            if reply.status_code != 200:
                raise ImageFetchError(f"the image server answered {reply.status_code}")
            chunks, size = [], 0
            for chunk in reply.iter_bytes():
                size += len(chunk)
                if size > MAX_IMAGE_BYTES:
                    raise ImageFetchError("the image is larger than 8 MB")
                chunks.append(chunk)
            return b"".join(chunks)
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:  # a malformed address too
        raise ImageFetchError(f"the image server cannot be reached ({exc})") from exc


class ProductImages:
    """A disk cache of product images by URL (http, https and file URLs)."""

    def __init__(
        self,
        folder: Path,
        *,
        timeout: float = 10.0,
        download: Callable[[str, float], bytes] = _download,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.folder = folder
        self._timeout = timeout
        self._download = download
        self._clock = clock
        self._lock = threading.Lock()
        self._failed: dict[str, float] = {}  # url → when it last failed
        self.downloads = 0  # how many fetches went to the network (tests, the bench)

    def path_for(self, url: str) -> Path:
        """Where the image of a URL is (or will be) kept."""
        return self.folder / (hashlib.sha256(url.encode("utf-8")).hexdigest()[:40] + ".img")

    def cached(self, url: str) -> Path | None:
        """The cached file of a URL, if it was downloaded before."""
        path = self.path_for(url)
        return path if path.is_file() else None

    def get(self, url: str) -> Path | None:
        """The image file of a URL: from the cache, else downloaded now; None on failure."""
        url = url.strip()
        if not url:
            return None
        found = self.cached(url)
        if found is not None:
            return found
        with self._lock:
            failed_at = self._failed.get(url)
            if failed_at is not None and self._clock() - failed_at < RETRY_AFTER_SECONDS:
                return None
        try:
            data = self._fetch(url)
            if not data.startswith(_SIGNATURES):
                raise ImageFetchError("the file is not a picture")
            return self._store(url, data)
        except (ImageFetchError, OSError) as exc:
            log.warning("product image %s not shown: %s", url, exc)
            with self._lock:
                self._failed[url] = self._clock()
            return None

    def _fetch(self, url: str) -> bytes:
        scheme = urllib.parse.urlsplit(url).scheme.lower()
        if scheme == "file":
            path = Path(urllib.parse.unquote(urllib.parse.urlsplit(url).path))
            if path.stat().st_size > MAX_IMAGE_BYTES:
                raise ImageFetchError("the image is larger than 8 MB")
            return path.read_bytes()
        if scheme not in ("http", "https"):
            raise ImageFetchError(f"{scheme or 'a bare path'} is not a web address")
        with self._lock:
            self.downloads += 1
        return self._download(url, self._timeout)

    def _store(self, url: str, data: bytes) -> Path:
        """Write atomically: a half-written file is never taken for a cached image."""
        path = self.path_for(url)
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.part")
        tmp.write_bytes(data)
        tmp.replace(path)
        return path


def queued_picture_urls(session_factory: sessionmaker[Session], limit: int = 2000) -> list[str]:
    """The picture addresses of the orders waiting to be packed (for fetching ahead)."""
    stmt = (
        select(FulfillmentLineRow.image_url)
        .join(
            FulfillmentOrderRow, FulfillmentLineRow.fulfillment_order_id == FulfillmentOrderRow.id
        )
        .where(
            FulfillmentOrderRow.status.in_(QUEUE_STATUSES),
            FulfillmentOrderRow.local_state != "packed",
            FulfillmentLineRow.image_url != "",
        )
        .distinct()
        .limit(limit)
    )
    with UnitOfWork(session_factory) as uow:
        return [str(url) for url in uow.session.scalars(stmt)]


def fetch_ahead(images: ProductImages, urls: list[str], stop: Callable[[], bool]) -> int:
    """Download the pictures not cached yet, until ``stop()``; returns how many are on disk."""
    ready = 0
    for url in urls:
        if stop():
            break
        ready += images.get(url) is not None
    return ready
