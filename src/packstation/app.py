"""The composition root: builds storage, the shop connector, devices and services."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from packstation.app_carrier import build_bookings, tracking_company
from packstation.carriers.base import Carrier
from packstation.config import ConfigError, Settings, boxes_path, load_boxes
from packstation.devices.printer.base import Printer
from packstation.devices.printer.factory import PrinterSettingError, make_printer
from packstation.devices.queue import DeviceQueue
from packstation.devices.scale.base import Scale
from packstation.devices.scale.factory import make_scale
from packstation.devices.scale.null import NullScale
from packstation.labels.layout import LabelTemplate, TemplateError
from packstation.resources import resources_dir
from packstation.services.audit_anchor import (
    ANCHOR_FILE,
    AnchorFile,
    load_audit_key,
    log_audit_head,
)
from packstation.services.auth import AuthService
from packstation.services.batches import BatchService
from packstation.services.booking import CarrierBookings
from packstation.services.boxes import BoxService
from packstation.services.claims import StationPresence
from packstation.services.context import StationContext
from packstation.services.exceptions import ExceptionsService
from packstation.services.figures import FiguresService
from packstation.services.packing import PackingService
from packstation.services.pending_labels import PendingLabels
from packstation.services.pickups import Pickups
from packstation.services.printing import PrintService
from packstation.services.product_images import ProductImages
from packstation.services.queue import QueueService
from packstation.services.rebook import Rebooking
from packstation.services.reports import ReportService
from packstation.services.teach_barcode import TeachBarcodes
from packstation.services.voids import VoidService
from packstation.services.weight_check import WeightService
from packstation.shop.base import ShopConnector
from packstation.shop.demo.shop import DemoShop
from packstation.storage.db import (
    StorageError,
    make_engine,
    make_read_session_factory,
    make_session_factory,
    refresh_statistics,
)
from packstation.storage.migrate import upgrade
from packstation.sync.clock import Clock, utcnow
from packstation.sync.delivery import DeliveryPolicy
from packstation.sync.outbox import OutboxPusher
from packstation.sync.puller import QueuePuller
from packstation.sync.worker import SyncWorker

if TYPE_CHECKING:  # httpx and the Shopify client load only for a Shopify station
    from packstation.shop.shopify.connector import ShopifyConnector
    from packstation.shop.shopify.credentials import ShopCredentials


@dataclass
class Station:
    """Everything a running station is made of, wired together."""

    settings: Settings
    engine: Engine
    session_factory: sessionmaker[Session]
    connector: ShopConnector
    printers: dict[str, Printer]
    printer_queue: DeviceQueue
    context: StationContext
    packing: PackingService
    printing: PrintService
    queue: QueueService
    puller: QueuePuller
    pusher: OutboxPusher
    sync: SyncWorker
    auth: AuthService
    exceptions: ExceptionsService
    figures: FiguresService
    voids: VoidService
    batches: BatchService
    reports: ReportService
    presence: StationPresence  # heartbeat, claims of every bench, expired claims
    labels: PendingLabels  # LABEL PENDING boxes: labels to print, a slip scanned at any bench
    rebooking: Rebooking  # a lead's carrier product for a refused or stopped order
    bookings: CarrierBookings | None  # the F10 booking side (None: no carrier)
    pickups: Pickups  # end of day: ask a carrier to collect today's parcels
    audit_anchor: AnchorFile | None = None  # the audit secret and this station's anchor
    # Read in the background once the window starts it (ui/pack/boxes.py); stopped by close().
    scale: Scale = field(default_factory=NullScale)
    images: ProductImages | None = None  # product pictures cached in the data folder
    teaching: TeachBarcodes | None = None  # barcodes a lead teaches the station

    def use_printers(self, printers: dict[str, Printer]) -> None:
        """Switch printers while running (from the settings dialog)."""
        self.printers = dict(printers)
        self.printing.printers = dict(printers)

    def use_connector(self, connector: ShopConnector, settings: Settings) -> None:
        """Switch to another shop connection while running (from the shop dialog)."""
        self.settings = settings
        self.connector = connector
        self.packing.use_connector(connector)
        self.puller.use_connector(connector)
        self.pusher.use_connector(connector)
        self.sync.use_connector(connector)
        self.exceptions.use_connector(connector)
        self.sync.wake.set()

    def close(self) -> None:
        """Finish device jobs and release the database."""
        self.printer_queue.shutdown()
        self.scale.stop()
        # The database may be away: the process entry is then forgotten after a while.
        with contextlib.suppress(StorageError):
            self.presence.stop()
        close_connector = getattr(self.connector, "close", None)
        if close_connector is not None:
            close_connector()
        if self.sync.bookings is not None:
            self.sync.bookings.carrier.close()
        self.engine.dispose()


def build_connector(settings: Settings) -> ShopConnector:
    """The shop connector the settings ask for."""
    if settings.shop == "demo":
        return DemoShop(settings.demo_shop_state)
    if settings.shop == "shopify":
        return build_shopify_connector(settings)
    raise ConfigError(f'Unknown shop "{settings.shop}": use shop = "shopify" or shop = "demo"')


def build_shopify_connector(
    settings: Settings, credentials: ShopCredentials | None = None
) -> ShopifyConnector:
    """A Shopify connector; credentials from the environment or the keyring unless given."""
    from packstation.shop.shopify.client import GraphQLClient
    from packstation.shop.shopify.connector import ShopifyConnector
    from packstation.shop.shopify.credentials import AccessTokenProvider, load_credentials

    if not settings.shopify_url:
        raise ConfigError(
            'shop = "shopify" needs shopify_url, e.g. "https://your-shop.myshopify.com"'
        )
    creds = credentials or load_credentials(settings.shopify_url)
    tokens = AccessTokenProvider(settings.shopify_url, creds)
    client = GraphQLClient(
        settings.shopify_url,
        tokens,
        renew_token=tokens.renew,
        api_version=settings.shopify_api_version,
        timeout=settings.shop_timeout_seconds,
    )
    return ShopifyConnector(
        client,
        settings.shopify_location_ids,
        notify_customer=settings.shopify_notify_customer,
        product_fields=settings.shopify_product_fields,
        tokens=tokens,
        bulk_after=settings.shopify_bulk_after_orders,
    )


def delivery_policy(settings: Settings) -> DeliveryPolicy:
    """The unknown-outcome rule's timings from the settings (checked for sense)."""
    try:
        return DeliveryPolicy(
            request_timeout_seconds=settings.shop_timeout_seconds,
            settle_seconds=settings.sync_settle_seconds,
            lease_seconds=settings.sync_lease_seconds,
        )
    except ValueError as exc:
        raise ConfigError(
            f"sync_settle_seconds and sync_lease_seconds must exceed shop_timeout_seconds: {exc}"
        ) from exc


def build_printers(settings: Settings) -> dict[str, Printer]:
    """The printer of each document kind, from the settings."""
    try:
        return {
            "label": make_printer(settings.label_printer, default_spool=settings.spool_folder),
            "slip": make_printer(
                settings.slip_printer,
                default_spool=settings.spool_folder,
                zpl=settings.slip_format == "zpl",
            ),
        }
    except PrinterSettingError as exc:
        raise ConfigError(str(exc)) from exc


def build_station(
    settings: Settings,
    *,
    connector: ShopConnector | None = None,
    printers: dict[str, Printer] | None = None,
    clock: Clock = utcnow,
    carrier: Carrier | None = None,
    scale: Scale | None = None,
) -> Station:
    """Wire a station; tests pass their own connector, printers, clock or carrier."""
    printers = printers or build_printers(settings)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    refresh_statistics(engine)
    factory = make_session_factory(engine)
    reads = make_read_session_factory(engine)
    anchor = AnchorFile(
        settings.data_dir / ANCHOR_FILE, load_audit_key(settings.data_dir, settings.station_name)
    )
    anchor.watch(factory)
    log_audit_head(reads, "start")
    connector = connector or build_connector(settings)
    context = StationContext(station=settings.station_name, user=settings.user)
    presence = StationPresence(
        factory, context, expiry_seconds=settings.claim_expiry_seconds, clock=clock
    )
    presence.register()
    puller = QueuePuller(
        factory, connector, station=context.station, clock=clock, read_factory=reads
    )
    pusher = OutboxPusher(
        factory,
        connector,
        station=context.station,
        clock=clock,
        delivery=delivery_policy(settings),
    )
    try:
        template = (
            LabelTemplate.load(Path(settings.label_template)) if settings.label_template else None
        )
    except TemplateError as exc:
        raise ConfigError(str(exc)) from exc
    printing = PrintService(
        factory,
        printers,
        context,
        sender=settings.sender,
        label_dpi=settings.label_dpi,
        paper=settings.paper,
        clock=clock,
        template=template,
        slip_format=settings.slip_format,
        logo=settings.logo or (resources_dir() / "demo-logo.png" if settings.demo else None),
        languages=settings.document_languages,
        presence=presence,
    )
    printing.recover()
    figures = FiguresService(reads, clock=clock, cutoff=settings.cutoff_time)
    bookings = build_bookings(
        settings,
        factory,
        station=context.station,
        clock=clock,
        delivery=delivery_policy(settings),
        carrier=carrier,
    )
    sync = SyncWorker(
        factory,
        puller,
        pusher,
        interval_seconds=settings.sync_interval_seconds,
        clock=clock,
        connector=connector,
        bookings=bookings.pusher if bookings is not None else None,
    )
    path = boxes_path(settings)
    boxes = BoxService(factory, context, load_boxes(path), path=path, clock=clock)
    weights = WeightService(
        factory,
        context,
        tolerance_g=settings.weight_tolerance_g,
        tolerance_percent=settings.weight_tolerance_percent,
        clock=clock,
        read_factory=reads,
    )
    return Station(
        settings=settings,
        engine=engine,
        session_factory=factory,
        connector=connector,
        printers=printers,
        # One worker for the printers: jobs go out one at a time, in order, never interleaved.
        printer_queue=DeviceQueue("printers"),
        context=context,
        packing=PackingService(
            factory,
            connector,
            context,
            carrier=tracking_company(settings),
            clock=clock,
            read_factory=reads,
            documents=printing,
            bookings=bookings,
            on_opened=sync.report_progress,
            claim_expiry_seconds=settings.claim_expiry_seconds,
            boxes=boxes,
            weights=weights,
        ),
        printing=printing,
        queue=QueueService(reads, clock=clock, claim_expiry_seconds=settings.claim_expiry_seconds),
        puller=puller,
        pusher=pusher,
        sync=sync,
        auth=AuthService(factory, context, clock=clock),
        exceptions=ExceptionsService(factory, context, connector, clock=clock),
        figures=figures,
        voids=VoidService(factory, context, clock=clock),
        batches=BatchService(factory, context, printing, paper=settings.paper, clock=clock),
        reports=ReportService(
            reads,
            figures,
            station_name=settings.station_name,
            sender_name=settings.sender_name,
            clock=clock,
            tr=settings.document_languages.warehouse,
        ),
        presence=presence,
        labels=PendingLabels(factory, context, read_factory=reads, clock=clock),
        bookings=bookings,
        pickups=Pickups(
            factory,
            context,
            bookings.pusher.carrier if bookings is not None else None,
            settings.sender,
            contact_phone=settings.sender_phone,
            clock=clock,
        ),
        rebooking=Rebooking(
            factory,
            context,
            clock=clock,
            products=tuple(sorted({r.product_code for r in bookings.rules})) if bookings else (),
        ),
        audit_anchor=anchor,
        scale=scale or make_scale(settings.scale),
        images=ProductImages(settings.product_images_dir),
        teaching=TeachBarcodes(factory, context, clock=clock),
    )
