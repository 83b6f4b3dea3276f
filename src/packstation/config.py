"""Typed settings, declared once: defaults, then the config file, then the environment."""

from __future__ import annotations

import getpass
import json
import os
import socket
import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import time
from pathlib import Path
from typing import Any

import platformdirs

from packstation.carriers.base import LABEL_FORMATS
from packstation.carriers.registry import KINDS, NO_CARRIER, CarrierConfig
from packstation.config_checks import (
    ConfigError as ConfigError,
)
from packstation.config_checks import (
    SettingValueError,
    coerce,
    read_station_table,
    setting_problem,
    where_in,
)
from packstation.devices.scale.factory import ScaleSettingError, parse_scale_setting
from packstation.devices.scanner.framing import TERMINATORS
from packstation.devices.scanner.serial_scanner import SerialScannerSettings
from packstation.devices.scanner.wedge import WedgeSettings
from packstation.domain.boxes import Box, BoxError, parse_boxes
from packstation.domain.orders import Address
from packstation.domain.shipping_rules import ShippingRule, ShippingRuleError, parse_rules
from packstation.i18n import SUPPORTED_LANGUAGES, DocumentLanguages
from packstation.i18n.documents import return_text_problem, slip_language_problem
from packstation.shop.shopify.product_fields import (
    DEFAULT_GIFT_ATTRIBUTES,
    DEFAULT_METAFIELDS,
    ProductFields,
    metafield_problem,
)
from packstation.storage.db import sqlite_url

APP_NAME = "packstation"
# A claim must outlive a few missed heartbeats, and an abandoned order must not wait a day.
MIN_CLAIM_EXPIRY_SECONDS, MAX_CLAIM_EXPIRY_SECONDS = 10.0, 3600.0


# The demo shop's ship-from address (the demo only: a real station takes its shop's location).
DEMO_SENDER = {
    "sender_name": "Nordlys Design ApS",
    "sender_address1": "Vesterbrogade 10",
    "sender_zip": "1620",
    "sender_city": "København V",
    "sender_country_code": "DK",
}


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "packer"


# Orders a first load pages before it fetches the rest by one Shopify bulk operation: about
# what a standard plan's full cost bucket (2,000 points, at about 42 points an order) pays
# for without waiting. Beyond that each paged order waits 0.4 s for the bucket, where the
# bulk operation costs about 12 points in all (bench/first_load.py; docs/shopify.md).
BULK_AFTER_ORDERS = 50


@dataclass(frozen=True)
class Settings:
    """Everything a station is configured with."""

    data_dir: Path
    demo: bool = False
    db_url: str = ""
    station_name: str = field(default_factory=socket.gethostname)
    user: str = field(default_factory=_default_user)
    shop: str = "demo"  # "demo" or "shopify"
    shopify_url: str = ""  # https://{shop}.myshopify.com, a staging proxy, or an emulator
    shopify_api_version: str = "2026-04"
    shopify_locations: str = (
        ""  # location ids (numbers or gid://shopify/Location/…), comma-separated
    )
    shopify_notify_customer: bool = False
    # A first load pages this many orders, then fetches the rest by one bulk operation
    # (docs/shopify.md, bench/first_load.py); 0: by bulk operation at once, -1: never
    shopify_bulk_after_orders: int = BULK_AFTER_ORDERS
    # Product data in Shopify metafields of each variant, as namespace.key (docs/shopify.md)
    shopify_bin_metafield: str = DEFAULT_METAFIELDS["bin"]
    shopify_case_barcodes_metafield: str = DEFAULT_METAFIELDS["case_barcodes"]
    shopify_serial_metafield: str = DEFAULT_METAFIELDS["serial"]
    shopify_alt_barcodes_metafield: str = DEFAULT_METAFIELDS["alt_barcodes"]
    # The order attributes (note attributes) that hold a gift message, comma-separated
    gift_message_attributes: str = DEFAULT_GIFT_ATTRIBUTES
    # Order attributes and line properties not shown to the packer, comma-separated
    ignored_order_attributes: str = ""
    spool_dir: Path | None = None
    label_template: str = ""
    label_printer: str = "spool"
    slip_printer: str = "spool"
    sync_interval_seconds: float = 15.0
    shop_timeout_seconds: float = 15.0  # one request to the shop; no answer by then: unknown
    # An unknown outcome is looked up only after this long (must exceed the timeout), and a
    # worker holds a row at most this long before another station may take it over.
    sync_settle_seconds: float = 45.0
    sync_lease_seconds: float = 120.0
    label_dpi: int = 203
    paper: str = "A4"
    slip_format: str = "pdf"  # "pdf" (A4/Letter) or "zpl" (4×6 thermal)
    # Without a carrier (carrier_kind none): the name on the station's own labels and in
    # Shopify; "" names them own delivery (own_delivery_name), never a made-up carrier.
    carrier: str = ""
    carrier_cutoff: str = "15:00"  # local time the carrier collects; "" when there is none
    wedge_max_gap_ms: int = 50
    wedge_min_length: int = 4
    wedge_tab_terminates: bool = False
    wedge_prefix: str = ""
    wedge_suffix: str = ""
    # Serial scanners: "name=PORT@BAUD:TERMINATOR; …", e.g. "fixed=usb:0C2E:0B61@115200:CRLF"
    serial_scanners: str = ""
    bounce_ms: int = 300
    count_each_scan: bool = False
    expired_needs_lead: bool = False  # an item past its GS1 expiry date (AI 17) needs a lead
    lock_after_minutes: float = 0.0  # lock the station after this long unused; 0: never
    # A bench's claim on an order expires when the bench has not heart-beaten for this long.
    claim_expiry_seconds: float = 120.0
    # The ship-from address: from the shop's location, overridden here; never an invented one.
    sender_name: str = ""
    sender_address1: str = ""
    sender_zip: str = ""
    sender_city: str = ""
    sender_country_code: str = ""
    sender_phone: str = ""
    sender_email: str = ""
    # Carrier labels: "none" (no bookings), "shipmondo" or "own" (the shop's own delivery).
    carrier_kind: str = "none"
    carrier_base_url: str = ""  # "" is the platform's production URL; sandbox or an emulator
    carrier_own_agreement: bool = False  # book on the shop's own carrier contract
    carrier_label_format: str = "10x19_zpl"  # 10x19_zpl | compact_zpl | 10x19_pdf
    carrier_voec_number: str = ""  # the shop's VOEC number for parcels to Norway
    carrier_timeout_seconds: float = 20.0  # one booking request; bookings settle longer
    own_delivery_name: str = "Own delivery"
    shipping_rules_file: str = ""  # "" is shipping-rules.toml beside the config file
    language: str = ""
    # The customer's slip: "order" (the shipping country's language), "station", or a code.
    slip_language: str = "order"
    # The slip's return text per language; {order} and {shop} are filled in; empty: none.
    return_text_en: str = ""
    return_text_da: str = ""
    return_text_sv: str = ""
    return_text_nb: str = ""
    return_text_nl: str = ""
    logo_path: str = ""  # PNG printed on packing slips; the demo uses resources/demo-logo.png
    # The scale: "none", "serial:/dev/ttyUSB0@9600:mtsics" (or toledo8217, nci), "hid:auto".
    scale: str = "none"
    # A box is stopped before its label when off by more than the larger of these two.
    weight_tolerance_g: int = 50
    weight_tolerance_percent: float = 5.0
    boxes_file: str = ""  # "" is boxes.toml beside the config file

    @property
    def database_url(self) -> str:
        """The database URL: given explicitly, or a SQLite file in the data folder."""
        return self.db_url or sqlite_url(self.data_dir / "packstation.sqlite3")

    @property
    def shopify_location_ids(self) -> tuple[str, ...]:
        """The locations this station packs for."""
        return tuple(p.strip() for p in self.shopify_locations.split(",") if p.strip())

    @property
    def shopify_product_fields(self) -> ProductFields:
        """Where the shop keeps bins, case barcodes, serial flags, alternate barcodes, gifts."""
        return ProductFields(
            bin=self.shopify_bin_metafield,
            case_barcodes=self.shopify_case_barcodes_metafield,
            serial=self.shopify_serial_metafield,
            alt_barcodes=self.shopify_alt_barcodes_metafield,
            gift_attributes=self.gift_message_attributes,
            ignored_attributes=self.ignored_order_attributes,
        )

    @property
    def product_images_dir(self) -> Path:
        """Where product images are cached (downloaded once, shown beside each line)."""
        return self.data_dir / "product-images"

    @property
    def spool_folder(self) -> Path:
        """Where the spool-folder printer writes documents."""
        return self.spool_dir or self.data_dir / "spool"

    @property
    def reports_dir(self) -> Path:
        """Where reports and manifests saved from the dashboard go."""
        return self.data_dir / "reports"

    @property
    def log_dir(self) -> Path:
        """Where log files go."""
        return self.data_dir / "logs"

    @property
    def demo_shop_state(self) -> Path:
        """The demo shop's own state file."""
        return self.data_dir / "demo-shop.json"

    @property
    def sender(self) -> Address:
        """The ship-from address printed on labels and slips."""
        return Address(
            name=self.sender_name,
            address1=self.sender_address1,
            zip=self.sender_zip,
            city=self.sender_city,
            country_code=self.sender_country_code,
            phone=self.sender_phone,
        )

    @property
    def carrier_config(self) -> CarrierConfig:
        """The carrier settings, checked (a wrong kind or label format is a ConfigError)."""
        kind = self.carrier_kind.strip().lower()
        if kind not in (*KINDS, NO_CARRIER):
            choices = ", ".join([*KINDS, NO_CARRIER])
            raise ConfigError(f"carrier_kind {self.carrier_kind!r} is not one of {choices}")
        if self.carrier_label_format not in LABEL_FORMATS:
            raise ConfigError(
                f"carrier_label_format {self.carrier_label_format!r} is not one of "
                + ", ".join(LABEL_FORMATS)
            )
        return CarrierConfig(
            kind=kind,
            base_url=self.carrier_base_url.strip(),
            own_agreement=self.carrier_own_agreement,
            label_format=self.carrier_label_format,
            timeout_seconds=self.carrier_timeout_seconds,
            data_dir=self.data_dir,
            own_delivery_name=self.own_delivery_name.strip() or "Own delivery",
            language=self.language,
        )

    @property
    def sender_missing(self) -> list[str]:
        """What the ship-from address still lacks (a carrier refuses a label without it)."""
        wanted = {
            "name": self.sender_name,
            "street": self.sender_address1,
            "postcode": self.sender_zip,
            "city": self.sender_city,
            "country": self.sender_country_code,
        }
        return [what for what, value in wanted.items() if not value.strip()]

    @property
    def logo(self) -> Path | None:
        """The shop's logo file, if one is set and exists."""
        path = Path(self.logo_path).expanduser() if self.logo_path else None
        return path if path is not None and path.is_file() else None

    @property
    def document_languages(self) -> DocumentLanguages:
        """Which language each printed document speaks, and the slip's return texts."""
        texts = {code: str(getattr(self, f"return_text_{code}")) for code in SUPPORTED_LANGUAGES}
        return DocumentLanguages(self.language, self.slip_language, texts)

    @property
    def wedge(self) -> WedgeSettings:
        """Keyboard-wedge detection thresholds."""
        return WedgeSettings(
            max_gap_ms=self.wedge_max_gap_ms,
            min_length=self.wedge_min_length,
            tab_terminates=self.wedge_tab_terminates,
            prefix=self.wedge_prefix,
            suffix=self.wedge_suffix,
        )

    @property
    def cutoff_time(self) -> time | None:
        """The carrier's daily collection time (local), or None."""
        if not self.carrier_cutoff.strip():
            return None
        try:
            return time.fromisoformat(self.carrier_cutoff.strip())
        except ValueError:
            raise ConfigError(
                f"carrier_cutoff {self.carrier_cutoff!r} is not a time like 15:00"
            ) from None

    @property
    def serial_scanner_settings(self) -> list[SerialScannerSettings]:
        """The configured serial scanners."""
        return parse_serial_scanners(self.serial_scanners)


def parse_serial_scanners(text: str) -> list[SerialScannerSettings]:
    """``name=PORT[@BAUD][:TERMINATOR]`` entries separated by ``;``."""
    scanners = []
    for entry in filter(None, (part.strip() for part in text.split(";"))):
        name, _, rest = entry.partition("=")
        if not rest:
            raise ConfigError(f"serial_scanners: {entry!r} needs name=PORT[@BAUD][:TERMINATOR]")
        terminator = "CR"
        if rest.rsplit(":", 1)[-1].upper() in TERMINATORS:
            rest, _, terminator = rest.rpartition(":")
        port, _, baud = rest.partition("@")
        if baud and not baud.isdigit():
            raise ConfigError(f"serial_scanners: {name}: baud rate {baud!r} is not a number")
        scanners.append(
            SerialScannerSettings(name.strip(), port, int(baud or 9600), terminator.upper())
        )
    return scanners


def default_data_dir(demo: bool) -> Path:
    """The user data folder; the demo keeps its own, apart from a real station's."""
    base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base / "demo" if demo else base


def config_file() -> Path:
    """The station's config file (TOML)."""
    override = os.environ.get("PACKSTATION_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def shipping_rules_path(settings: Settings) -> Path:
    """The shipping rules file: ``[[shipping_rule]]`` tables, in the order they are tried."""
    if settings.shipping_rules_file.strip():
        return Path(settings.shipping_rules_file).expanduser()
    return config_file().with_name("shipping-rules.toml")


def load_shipping_rules(path: Path) -> tuple[ShippingRule, ...]:
    """The rules in a file (none when it does not exist); a wrong rule is a ConfigError."""
    if not path.exists():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return parse_rules(data.get("shipping_rule"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Cannot read {path}: {exc}") from exc
    except ShippingRuleError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def boxes_path(settings: Settings) -> Path:
    """The box catalogue: ``[[box]]`` tables (name, barcode, inner size, tare, maximum)."""
    if settings.boxes_file.strip():
        return Path(settings.boxes_file).expanduser()
    return config_file().with_name("boxes.toml")


def load_boxes(path: Path) -> tuple[Box, ...]:
    """The boxes in a file (none when it does not exist); a wrong box is a ConfigError."""
    if not path.exists():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return parse_boxes(data.get("box"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Cannot read {path}: {exc}") from exc
    except BoxError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)  # JSON escapes are valid TOML


def save_station_settings(updates: dict[str, object], path: Path | None = None) -> Path:
    """Write settings into the config file's [station] table, keeping the others there."""
    target = path or config_file()
    known = {f.name for f in fields(Settings)}
    unknown = set(updates) - known
    if unknown:
        raise ConfigError(f"Unknown setting(s): {', '.join(sorted(unknown))}")
    current: dict[str, Any] = {}
    if target.exists():
        try:
            current = tomllib.loads(target.read_text(encoding="utf-8")).get("station", {})
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"Cannot read {target}: {exc}") from exc
    current.update(updates)
    body = "[station]\n" + "".join(f"{k} = {_toml_value(v)}\n" for k, v in sorted(current.items()))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        raise ConfigError(f"Cannot save {target}: {exc.strerror}") from exc
    return target


def load_settings(*, demo: bool = False, db_url: str | None = None, **overrides: Any) -> Settings:
    """Settings from defaults, the config file, ``PACKSTATION_*`` variables and arguments.

    Every value is checked as it is read; a wrong one is a ConfigError naming the setting and
    where it came from (the file and line, or the environment variable).
    """
    data_dir = Path(os.environ.get("PACKSTATION_DATA_DIR") or default_data_dir(demo))
    settings = Settings(data_dir=data_dir, demo=demo)
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    path = config_file()
    if path.exists():
        table, text = read_station_table(path)
        values.update(table)
        sources.update({k: f"{path}, {where_in(text, k)}" for k in table})
    for f in fields(Settings):
        env = os.environ.get(f"PACKSTATION_{f.name.upper()}")
        if env is not None:
            values[f.name] = env
            sources[f.name] = f"the environment variable PACKSTATION_{f.name.upper()}"
    given = {"db_url": db_url, **overrides} if db_url else dict(overrides)
    for key, value in given.items():
        if value is not None:
            values[key] = value
            sources[key] = "the command line"
    if demo:  # the demo always packs for the demo shop, whatever the station's config says
        values["shop"] = "demo"
        for key, value in DEMO_SENDER.items():  # the demo shop's own address, not a default
            values.setdefault(key, value)
    known = {f.name for f in fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise ConfigError(f"Unknown setting(s) in {path}: {', '.join(sorted(unknown))}")
    coerced: dict[str, Any] = {}
    for key, value in values.items():
        try:
            coerced[key] = coerce(
                value, getattr(settings, key), path=key in ("data_dir", "spool_dir")
            )
        except SettingValueError as exc:
            raise _wrong(key, str(exc), sources) from None
    loaded = replace(settings, **coerced)
    for f in fields(Settings):
        problem = setting_problem(f.name, getattr(loaded, f.name))
        if problem:
            raise _wrong(f.name, problem, sources)
    # A wrong cut-off, carrier, scanner or document setting is reported at start, not later.
    for check, names in (
        (lambda: loaded.cutoff_time, ("carrier_cutoff",)),
        (lambda: loaded.carrier_config, ("carrier_kind", "carrier_label_format")),
        (lambda: loaded.serial_scanner_settings, ("serial_scanners",)),
        (lambda: _check_document_settings(loaded), _DOCUMENT_SETTINGS),
        (lambda: _check_weighing_settings(loaded), _WEIGHING_SETTINGS),
        (lambda: _check_metafield_settings(loaded), _METAFIELD_SETTINGS),
    ):
        try:
            check()
        except ConfigError as exc:
            name = next((n for n in names if n in str(exc)), names[0])
            where = sources.get(name)
            raise ConfigError(f"{where}: {exc}" if where else str(exc)) from None
    if not MIN_CLAIM_EXPIRY_SECONDS <= loaded.claim_expiry_seconds <= MAX_CLAIM_EXPIRY_SECONDS:
        raise _wrong(
            "claim_expiry_seconds",
            f"must be between {MIN_CLAIM_EXPIRY_SECONDS:g} and "
            f"{MAX_CLAIM_EXPIRY_SECONDS:g} seconds, not {loaded.claim_expiry_seconds:g}",
            sources,
        )
    return loaded


def _wrong(name: str, problem: str, sources: dict[str, str]) -> ConfigError:
    """The error for a wrong value: the setting, its problem, and where the value came from."""
    where = sources.get(name)
    return ConfigError(f"{where}: {name} {problem}" if where else f"{name} {problem}")


_DOCUMENT_SETTINGS = ("slip_language", *(f"return_text_{c}" for c in SUPPORTED_LANGUAGES))
_WEIGHING_SETTINGS = ("scale", "weight_tolerance_g", "weight_tolerance_percent", "boxes_file")


_METAFIELD_SETTINGS = (
    "shopify_bin_metafield",
    "shopify_case_barcodes_metafield",
    "shopify_serial_metafield",
    "shopify_alt_barcodes_metafield",
)


def _check_metafield_settings(settings: Settings) -> None:
    """A metafield setting that is not namespace.key stops the start, not the first pull."""
    for name in _METAFIELD_SETTINGS:
        problem = metafield_problem(str(getattr(settings, name)))
        if problem:
            raise ConfigError(f"{name} {problem}")


def _check_document_settings(settings: Settings) -> None:
    """A wrong slip language or return text stops the start, not a print at the bench."""
    problems = [slip_language_problem(settings.slip_language)] + [
        return_text_problem(f"return_text_{code}", getattr(settings, f"return_text_{code}"))
        for code in SUPPORTED_LANGUAGES
    ]
    problem = next((p for p in problems if p), "")
    if problem:
        raise ConfigError(problem)


def _check_weighing_settings(settings: Settings) -> None:
    """A wrong scale setting or tolerance stops the start, not a weighing at the bench."""
    try:
        parse_scale_setting(settings.scale)
    except ScaleSettingError as exc:
        raise ConfigError(str(exc)) from None
    if settings.weight_tolerance_g < 0:
        raise ConfigError(
            f"weight_tolerance_g must be 0 or more, not {settings.weight_tolerance_g}"
        )
    if not 0 <= settings.weight_tolerance_percent <= 100:
        raise ConfigError(
            "weight_tolerance_percent must be between 0 and 100, "
            f"not {settings.weight_tolerance_percent:g}"
        )
