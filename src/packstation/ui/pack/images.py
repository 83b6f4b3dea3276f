"""Product pictures beside the pack screen's lines, fetched and scaled off the GUI thread.

A worker downloads (or finds in the disk cache), decodes and scales each picture; only the
small, finished image reaches the GUI thread, where turning it into a pixmap takes
microseconds. A scan never waits for a picture: the lines show at once, pictures follow.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from packstation.domain.orders import FulfillmentOrder
from packstation.services.product_images import ProductImages, fetch_ahead
from packstation.storage.db import StorageError
from packstation.ui.shared.tasks import ResultPoster

PICTURE_PX = 112  # scaled in the worker; the table draws it at its icon size
ROW_WITH_PICTURE_PX = 64


def load_scaled(images: ProductImages, url: str, size: int = PICTURE_PX) -> QImage | None:
    """The picture of a URL, decoded and scaled to fit ``size`` (worker threads only)."""
    path = images.get(url)
    if path is None:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and (original.width() > size * 4 or original.height() > size * 4):
        # let the decoder skip detail: a 3,000 px photo decodes at a fraction of the cost
        reader.setScaledSize(
            original.scaled(size * 2, size * 2, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        return None
    return image.scaled(
        QSize(size, size),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


class LinePictures(QObject):
    """Loads the pictures of the order on the bench; ``ready(line_id, pixmap)`` comes on the
    GUI thread."""

    ready = Signal(str, QPixmap)

    def __init__(self, images: ProductImages | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.images = images
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="product-images")
        self._ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pictures-ahead")
        self._fetching_ahead = False
        self._poster = ResultPoster(self)
        self._order_id = ""
        self._closed = False
        self._pictures: dict[str, QPixmap] = {}  # url → scaled picture, for this run

    @property
    def pending(self) -> int:
        """Pictures still being fetched or scaled."""
        return self._poster.pending

    def show_order(self, order: FulfillmentOrder) -> bool:
        """Start loading the order's pictures; True when it has any."""
        self._order_id = order.fulfillment_order_id
        wanted = [(line.line_id, line.image_url) for line in order.lines if line.image_url]
        if self.images is None:
            return False
        for line_id, url in wanted:
            known = self._pictures.get(url)
            if known is not None:
                self.ready.emit(line_id, known)
                continue
            self._poster.run(self._pool, self._job(url), self._deliver(order, line_id, url))
        return bool(wanted)

    def _job(self, url: str) -> Callable[[], QImage | None]:
        images = self.images
        assert images is not None
        return lambda: None if self._closed else load_scaled(images, url)

    def _deliver(
        self, order: FulfillmentOrder, line_id: str, url: str
    ) -> Callable[[QImage | None, BaseException | None], None]:
        def done(image: QImage | None, error: BaseException | None) -> None:
            if error is not None and not isinstance(error, OSError):
                raise error
            if image is None:
                return
            pixmap = QPixmap.fromImage(image)
            self._pictures[url] = pixmap
            if order.fulfillment_order_id == self._order_id:  # still the order on the bench
                self.ready.emit(line_id, pixmap)

        return done

    def fetch_ahead(self, urls: Callable[[], list[str]]) -> None:
        """Download the queue's pictures on a worker of their own, after a pull brought orders.

        A separate thread: the order on the bench never waits behind the queue's pictures.
        """
        images = self.images
        if images is None or self._closed or self._fetching_ahead:
            return
        self._fetching_ahead = True
        self._poster.run(
            self._ahead,
            lambda: fetch_ahead(images, urls(), lambda: self._closed),
            self._fetched_ahead,
        )

    def _fetched_ahead(self, _ready: int | None, error: BaseException | None) -> None:
        self._fetching_ahead = False
        if error is not None and not isinstance(error, StorageError | OSError):
            raise error

    def shutdown(self) -> None:
        """Skip what has not started; a download under way ends on its own timeout."""
        self._closed = True
        self._pool.shutdown(wait=False)
        self._ahead.shutdown(wait=False)
