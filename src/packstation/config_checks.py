"""Each setting checked when it is read: its type, its range, its allowed values, its file.

The checks return words (empty when the value is fine); ``config.load_settings`` adds where the
value came from (the file and line, or the environment variable) and raises ConfigError.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from packstation.devices.printer.factory import printer_setting_problem
from packstation.i18n import SUPPORTED_LANGUAGES

PAPERS = ("A4", "Letter")
LABEL_DPIS = (203, 300, 600)
SLIP_FORMATS = ("pdf", "zpl")
SHOPS = ("demo", "shopify")
DB_SCHEMES = ("sqlite", "postgresql")
MAX_STATION_NAME = 64  # the database's column width
MAX_USER_NAME = 64
MIN_SYNC_INTERVAL_SECONDS = 0.1  # a test or a very busy bench; never a busy loop
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")
_PNG, _JPEG = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"


class ConfigError(Exception):
    """The configuration file cannot be read or has a wrong value."""


class SettingValueError(ValueError):
    """A value that does not fit its setting's type."""


def coerce(value: Any, current: Any, *, path: bool = False) -> Any:
    """``value`` as the type of the setting's default ``current``; refuses what does not fit."""
    if isinstance(current, bool):
        return _as_bool(value)
    if isinstance(current, int):
        return _as_int(value)
    if isinstance(current, float):
        return _as_float(value)
    if isinstance(value, bool) or not isinstance(value, str | int | float | Path):
        raise SettingValueError(f"must be text, not {_kind(value)}")
    return Path(str(value)).expanduser() if path else str(value)


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    return f"{type(value).__name__} {value!r}"


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in (*_TRUE, *_FALSE):
        return value.strip().lower() in _TRUE
    raise SettingValueError(f"must be true or false, not {value!r}")


def _as_int(value: Any) -> int:
    if isinstance(value, bool):
        raise SettingValueError("must be a whole number, not true/false")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*[-+]?\d+\s*", value):
        return int(value)
    raise SettingValueError(f"must be a whole number, not {value!r}")


def _as_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise SettingValueError(f"must be a number, not {_kind(value)}")
    try:
        number = float(value)
    except ValueError:
        raise SettingValueError(f"must be a number, not {value!r}") from None
    if not math.isfinite(number):
        raise SettingValueError(f"must be a finite number, not {value!r}")
    return number


def _one_of(choices: tuple[object, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value in choices:
            return ""
        return f"{value!r} is not one of {', '.join(str(c) for c in choices)}"

    return check


def _at_least(low: float) -> Callable[[Any], str]:
    return lambda value: "" if value >= low else f"must be at least {low:g}, not {value:g}"


def _length(low: int, high: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if low <= len(value.strip()) and len(value) <= high:
            return ""
        return f"must be {low} to {high} characters long, not {len(value)}"

    return check


def _db_url(value: Any) -> str:
    if not value:
        return ""
    try:
        url = make_url(value)
    except (ArgumentError, ValueError):
        return "is not a database URL like postgresql+psycopg://user@host/packstation"
    if url.get_backend_name() not in DB_SCHEMES:
        return f"must be a {' or '.join(DB_SCHEMES)} URL, not {url.get_backend_name()!r}"
    return ""


def _shop_url(value: Any) -> str:
    if not value:
        return ""
    try:
        parts = urlsplit(value.strip())
        usable = (
            parts.scheme in ("http", "https")
            and bool(parts.hostname)
            and (parts.port is None or 1 <= parts.port <= 65535)
            and " " not in value
        )
    except ValueError:  # a bad port or bracketed host
        usable = False
    if usable:
        return ""
    return "must be a web address like https://your-shop.myshopify.com"


def _logo(value: Any) -> str:
    if not value:
        return ""
    path = Path(value).expanduser()
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError as exc:
        return f"cannot be read ({path}: {exc.strerror or exc})"
    if not (head.startswith(_PNG) or head.startswith(_JPEG)):
        return f"{path} is not a PNG or JPEG picture"
    from reportlab.lib.utils import ImageReader  # loaded only when a logo is set

    try:
        ImageReader(str(path)).getSize()  # the slip draws it with this reader
    except Exception:
        return f"{path} is a damaged picture that cannot be printed"
    return ""


def _existing_file(value: Any) -> str:
    if not value or Path(value).expanduser().is_file():
        return ""
    return f"{value} is not a file"


def _language(value: Any) -> str:
    code = value.replace("-", "_").split("_")[0].split(".")[0].lower()
    if not value or code in (*SUPPORTED_LANGUAGES, "no", "nn", "dk", "se"):
        return ""
    return f"{value!r} is not one of {', '.join(SUPPORTED_LANGUAGES)}"


CHECKS: dict[str, Callable[[Any], str]] = {
    "paper": _one_of(PAPERS),
    "label_dpi": _one_of(LABEL_DPIS),
    "slip_format": _one_of(SLIP_FORMATS),
    "shop": _one_of(SHOPS),
    "shopify_bulk_after_orders": _at_least(-1),
    "sync_interval_seconds": _at_least(MIN_SYNC_INTERVAL_SECONDS),
    "lock_after_minutes": _at_least(0),
    "wedge_max_gap_ms": _at_least(1),
    "wedge_min_length": _at_least(1),
    "bounce_ms": _at_least(0),
    "station_name": _length(1, MAX_STATION_NAME),
    "user": _length(1, MAX_USER_NAME),
    "db_url": _db_url,
    "shopify_url": _shop_url,
    "label_printer": printer_setting_problem,
    "slip_printer": printer_setting_problem,
    "logo_path": _logo,
    "label_template": _existing_file,
    "shipping_rules_file": lambda v: "",  # a missing rules file means no rules
    "language": _language,
}


def read_station_table(path: Path) -> tuple[dict[str, Any], str]:
    """The ``[station]`` table of the config file and the file's text; words when unusable."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(
            f"{path}, line {line}: the file is not UTF-8 text (save it as UTF-8)"
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Cannot read {path}: {exc}") from exc
    station = data.get("station", {})
    if not isinstance(station, dict):
        raise ConfigError(
            f"{path}, {where_in(text, 'station')}: station must be a table: "
            "a line [station] with the settings below it"
        )
    return station, text


def where_in(text: str, name: str) -> str:
    """``line N`` of the first line setting ``name`` (or the ``[name]`` header), if found."""
    pattern = re.compile(rf"^\s*(\[\s*{re.escape(name)}\s*\]|{re.escape(name)}\s*=)")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return f"line {number}"
    return "the [station] table"


def setting_problem(name: str, value: Any) -> str:
    """Why ``value`` does not suit the setting ``name``, in words; empty when it does."""
    check = CHECKS.get(name)
    return check(value) if check is not None else ""
