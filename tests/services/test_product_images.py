"""Product images: downloaded once into the data folder, failures calm and not retried at once."""

from __future__ import annotations

import base64

from packstation.services.product_images import RETRY_AFTER_SECONDS, ProductImages

# A 1×1 PNG
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class FakeWeb:
    def __init__(self, answers):
        self.answers = answers
        self.asked: list[str] = []

    def __call__(self, url, timeout):
        self.asked.append(url)
        answer = self.answers[url]
        if isinstance(answer, Exception):
            raise answer
        return answer


def test_an_image_is_downloaded_once_and_then_read_from_disk(tmp_path):
    web = FakeWeb({"https://cdn.example/a.png": PNG})
    images = ProductImages(tmp_path / "images", download=web)
    first = images.get("https://cdn.example/a.png")
    assert first is not None and first.read_bytes() == PNG
    assert first.parent == tmp_path / "images"
    again = ProductImages(tmp_path / "images", download=web)  # after a restart
    assert again.get("https://cdn.example/a.png") == first
    assert web.asked == ["https://cdn.example/a.png"]
    assert not list((tmp_path / "images").glob("*.part"))


def test_a_failed_image_is_not_asked_for_again_at_once(tmp_path):
    from packstation.services.product_images import ImageFetchError

    now = [1000.0]
    web = FakeWeb(
        {
            "https://cdn.example/gone.png": ImageFetchError("the image server answered 404"),
            "https://cdn.example/page.png": b"<html>not a picture</html>",
        }
    )
    images = ProductImages(tmp_path, download=web, clock=lambda: now[0])
    assert images.get("https://cdn.example/gone.png") is None
    assert images.get("https://cdn.example/gone.png") is None
    assert images.get("https://cdn.example/page.png") is None
    assert web.asked == ["https://cdn.example/gone.png", "https://cdn.example/page.png"]
    now[0] += RETRY_AFTER_SECONDS + 1
    web.answers["https://cdn.example/gone.png"] = PNG
    assert images.get("https://cdn.example/gone.png") is not None


def test_local_files_and_odd_addresses(tmp_path):
    picture = tmp_path / "mug.png"
    picture.write_bytes(PNG)
    images = ProductImages(tmp_path / "cache", download=FakeWeb({}))
    assert images.get(picture.as_uri()) is not None
    assert images.get("") is None
    assert images.get("ftp://example/x.png") is None
    assert images.get((tmp_path / "missing.png").as_uri()) is None
    assert images.downloads == 0


def test_a_malformed_address_is_a_picture_not_shown(tmp_path):
    images = ProductImages(tmp_path, timeout=2)  # the real downloader: it refuses the address
    assert images.get("https://exa mple.com/mug.png") is None
