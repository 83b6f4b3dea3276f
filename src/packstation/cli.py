"""The command line: the GUI, the headless sync worker, label rendering and ``doctor``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from packstation import version_text
from packstation.cli_ops import (
    cmd_backup,
    cmd_demo_pack,
    cmd_restore,
    stop_on_sigterm,
)
from packstation.domain.users import Role

# Heavy modules (Qt, SQLAlchemy, reportlab, the shop; even logging and getpass) load inside the
# commands that need them, so `--version`, `--help` and mistakes answer at once.
if TYPE_CHECKING:
    from packstation.app import Station
    from packstation.config import Settings
    from packstation.i18n import Translator
    from packstation.shop.shopify.connector import ShopifyConnector
    from packstation.storage.db import StorageUnavailable

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """The options every command takes, before or after the command's name.

    A command's own copies default to SUPPRESS, so an option given before the command is
    kept rather than overwritten by the command's default.
    """
    suppress = argparse.SUPPRESS
    parser.add_argument(
        "--demo",
        action="store_true",
        default=False if top else suppress,
        help="use the demo shop and demo data",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None if top else suppress,
        help="database URL (else PACKSTATION_DB_URL)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=None if top else suppress,
        help="data folder",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to print ``--help``)."""
    parser = argparse.ArgumentParser(
        prog="packstation",
        description="Scan-to-verify packing station. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=version_text())
    _common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="open the main window (the default)")
    _common(gui)
    sync = commands.add_parser("sync", help="run the sync worker without a window")
    _common(sync)
    sync.add_argument("--once", action="store_true", help="one pass (push, then pull), then exit")
    label = commands.add_parser("label", help="render an order's shipping label to a file")
    _common(label)
    label.add_argument("order", help="order number, e.g. 1042 or #1042")
    label.add_argument("--format", choices=("zpl", "pdf", "png"), default="zpl")
    label.add_argument("--out", type=Path, required=True, help="file to write")
    picklist = commands.add_parser("picklist", help="a pick list PDF in bin order")
    _common(picklist)
    picklist.add_argument("orders", nargs="*", help="order numbers (default: the whole queue)")
    picklist.add_argument("--out", type=Path, required=True, help="PDF file to write")
    picklist.add_argument("--paper", choices=("A4", "Letter"), default=None)
    sheet = commands.add_parser("commands", help="the command barcodes sheet (scan to act)")
    _common(sheet)
    sheet.add_argument("--out", type=Path, required=True, help="PDF file to write")
    doctor = commands.add_parser("doctor", help="check database, shop, scanners and printers")
    _common(doctor)
    users = commands.add_parser("users", help="add the people who work at the stations")
    _common(users)
    users.add_argument("action", choices=("add", "list", "set-pin", "deactivate"))
    users.add_argument("name", nargs="?", help="the person's name (for add, set-pin, deactivate)")
    users.add_argument("--role", choices=[r.value for r in Role], default=Role.PACKER.value)
    users.add_argument("--badge", help="the barcode on the person's badge")
    users.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from standard input (else asked)"
    )
    batches = commands.add_parser("batches", help="build batches from the queue, with pick lists")
    _common(batches)
    batches.add_argument("--single-item", action="store_true", help="one-unit orders only")
    batches.add_argument("--by-method", action="store_true", help="a batch per shipping method")
    batches.add_argument("--sku", default="", help="only orders containing this SKU")
    batches.add_argument("--max-orders", type=int, default=30)
    batches.add_argument("--cutoff", metavar="HH:MM", help="only orders placed before today's")
    batches.add_argument("--out-dir", type=Path, required=True, help="folder for the pick lists")
    report = commands.add_parser("report", help="end-of-shift report (CSV or PDF)")
    _common(report)
    report.add_argument(
        "--hours", type=float, default=8.0, help="the shift's length, back from now"
    )
    report.add_argument("--out", type=Path, required=True, help="a .csv or .pdf file")
    manifest = commands.add_parser("manifest", help="end-of-day carrier manifest (PDF)")
    _common(manifest)
    manifest.add_argument("--day", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    manifest.add_argument("--carrier", default="", help="one carrier only")
    manifest.add_argument("--out", type=Path, required=True, help="PDF file to write")
    audit = commands.add_parser("audit", help="the audit log")
    _common(audit)
    audit.add_argument(
        "action", choices=("verify",), help="verify: check the hash chain for tampering"
    )
    demo_pack = commands.add_parser(
        "demo-pack", help="demo only: pack an order as if every unit were scanned"
    )
    _common(demo_pack)
    demo_pack.add_argument("order", help="order number, e.g. 1042")
    backup = commands.add_parser("backup", help="a consistent copy of the station's database")
    _common(backup)
    backup.add_argument("--out", type=Path, required=True, help="the backup file to write")
    restore = commands.add_parser("restore", help="put a backup back (the window must be closed)")
    _common(restore)
    restore.add_argument("backup_file", type=Path, help="a file written by `packstation backup`")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    from packstation.config import load_settings

    return load_settings(demo=args.demo, db_url=args.db, data_dir=args.data_dir)


def cmd_sync(station: Station, once: bool) -> int:
    """Run sync passes, printing a line per pass."""
    stop = threading.Event()

    def report() -> int:
        status = station.sync.run_once()
        pulled = status.pulled
        pushed = status.pushed
        print(
            f"{'online' if status.online else 'OFFLINE'}: "
            f"pushed {pushed.delivered if pushed else 0}, "
            f"refused {pushed.rejected if pushed else 0}, "
            f"pulled {pulled.received if pulled else 0} ({pulled.new if pulled else 0} new), "
            f"waiting {status.waiting}" + (f" — {status.last_error}" if status.last_error else "")
        )
        return EXIT_OK if status.online and not status.last_error else EXIT_FAILURE

    if once:
        return report()

    def on_sigterm(*_: object) -> None:
        stop.set()
        station.sync.wake.set()

    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        while not stop.is_set():
            report()
            station.sync.wake.wait(station.settings.sync_interval_seconds)
            station.sync.wake.clear()
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def cmd_label(station: Station, order: str, fmt: str, out: Path) -> int:
    """Write the newest shipment's label of an order."""
    from packstation.labels.pdf import shipping_label_pdf
    from packstation.labels.png import shipping_label_png
    from packstation.labels.zpl import shipping_label_zpl

    shipment = station.printing.latest_shipment(order)
    if shipment is None:
        print(f"Order {order} has no shipment yet: pack and complete it first.", file=sys.stderr)
        return EXIT_FAILURE
    sender, template = station.settings.sender, station.printing.template
    tr = station.printing.languages.warehouse
    renderers = {
        "zpl": lambda: shipping_label_zpl(
            shipment, sender, station.settings.label_dpi, template=template, tr=tr
        ),
        "pdf": lambda: shipping_label_pdf(shipment, sender, template=template, tr=tr),
        "png": lambda: shipping_label_png(shipment, sender, template=template, tr=tr),
    }
    try:
        out.write_bytes(renderers[fmt]())
    except OSError as exc:
        print(f"Cannot write {out}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Wrote the {fmt.upper()} label of {shipment.order_name} to {out}")
    return EXIT_OK


def cmd_picklist(station: Station, names: list[str], out: Path, paper: str | None) -> int:
    """Write a pick list for some orders, or for every packable order in the queue."""
    from packstation.domain.orders import ShopStatus
    from packstation.domain.picking import pick_rows
    from packstation.i18n import fill
    from packstation.labels.pick_list import pick_list_pdf
    from packstation.storage.mapping import order_from_row
    from packstation.storage.uow import UnitOfWork

    with UnitOfWork(station.session_factory) as uow:
        if names:
            rows = [row for name in names for row in uow.orders.find_by_name(name)[:1]]
            missing = [n for n in names if not uow.orders.find_by_name(n)]
            if missing:
                print(f"Unknown order(s): {', '.join(missing)}", file=sys.stderr)
                return EXIT_FAILURE
        else:
            rows = [r for r in uow.orders.queue() if ShopStatus(r.status).packable]
        orders = [order_from_row(row) for row in rows]
    now = datetime.now(UTC)
    tr = station.printing.languages.warehouse
    pdf = pick_list_pdf(
        pick_rows(orders),
        title=fill(tr("PickList", "Pick list · {station}"), station=station.settings.station_name),
        created=now.astimezone(),
        paper=paper or station.settings.paper,
        tr=tr,
        order_count=len(orders),
    )
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        print(f"Cannot write {out}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Wrote a pick list of {len(orders)} orders to {out}")
    return EXIT_OK


def cmd_doctor(station: Station) -> int:
    """Check each part and say what is wrong in plain words."""
    from packstation.carriers.doctor import carrier_lines
    from packstation.devices.scale.doctor import scale_line
    from packstation.i18n import fill
    from packstation.i18n.device_words import device_state
    from packstation.i18n.said import in_language
    from packstation.shop.base import ShopError
    from packstation.storage.db import StorageUnavailable
    from packstation.storage.migrate import current_revision, newest_shipped_revision
    from packstation.storage.uow import UnitOfWork

    problems = 0
    tr = station.printing.languages.warehouse  # the station's language; [ok]/[FAIL] stay codes

    def line(ok: bool, what: str, detail: str) -> None:
        nonlocal problems
        problems += 0 if ok else 1
        print(f"[{'ok' if ok else 'FAIL'}] {what}: {detail}")

    revision, head = current_revision(station.engine), newest_shipped_revision()
    line(
        revision == head,
        tr("Doctor", "database"),
        fill(
            tr("Doctor", "{url} (schema {revision})"),
            url=station.engine.url.render_as_string(),
            revision=revision,
        ),
    )
    connector = station.connector
    # A Shopify station has loaded its connector's module; the demo needs no HTTP client.
    shopify = sys.modules.get("packstation.shop.shopify.connector")
    if shopify is not None and isinstance(connector, shopify.ShopifyConnector):
        _doctor_shopify(connector, line, tr)
    else:
        try:
            connector.fetch_fulfillment_orders(datetime.now(UTC))
            line(
                True,
                tr("Doctor", "shop"),
                fill(tr("Doctor", "{shop} answers"), shop=connector.name),
            )
        except ShopError as exc:
            line(
                False,
                tr("Doctor", "shop"),
                fill(
                    tr("Doctor", "{shop} cannot be reached: {why}"),
                    shop=connector.name,
                    why=in_language(exc, tr),
                ),
            )
    printer_words = {"label": tr("Doctor", "label printer"), "slip": tr("Doctor", "slip printer")}
    for kind, printer in station.printers.items():
        state = printer.describe()
        what = printer_words.get(kind, f"{kind} printer")
        shown = f"{device_state(printer.name, tr)}: {device_state(state, tr)}"
        line(state.startswith("Ready"), what, shown)
    wedge = station.settings.wedge
    line(
        True,
        tr("Doctor", "scanner"),
        fill(
            tr("Doctor", "keyboard wedge: a scan is ≥{keys} keys ≤{gap} ms apart ending in Enter"),
            keys=wedge.min_length,
            gap=wedge.max_gap_ms,
        ),
    )
    settings = station.settings
    for ok, what, detail in [
        scale_line(settings.scale),
        *carrier_lines(settings.carrier_config, settings.sender_missing),
    ]:
        line(ok, in_language(what, tr), in_language(detail, tr))
    try:
        with UnitOfWork(station.session_factory) as uow:
            waiting = uow.outbox.waiting_count()
        line(
            True,
            tr("Doctor", "sync"),
            tr("Doctor", "%n fulfillments waiting to be sent to the shop", waiting),
        )
        _doctor_claims(station, line, tr)
    except StorageUnavailable as exc:
        line(
            False,
            tr("Doctor", "database"),
            _unreachable_words(station.settings.database_url, exc, tr),
        )
    return EXIT_OK if problems == 0 else EXIT_FAILURE


def _doctor_claims(
    station: Station, line: Callable[[bool, str, str], None], tr: Translator
) -> None:
    """Orders being packed at the benches, and claims of benches that stopped answering."""
    from packstation.i18n.said import in_language

    claims = station.presence.claims()
    expired = [c for c in claims if c.expired]
    detail = tr("Doctor", "%n orders being packed", len(claims))
    if expired:
        detail += tr("Doctor", "; expired (a shift lead can take these over): ") + ", ".join(
            f"{c.order_name} {in_language(c.text, tr)}" for c in expired
        )
    line(not expired, tr("Doctor", "claims"), detail)


def _unreachable_words(url: str, exc: StorageUnavailable, tr: Translator) -> str:
    """The database cannot be reached, in words (no traceback)."""
    from sqlalchemy.engine import make_url

    from packstation.i18n import fill

    where = make_url(url).render_as_string(hide_password=True)
    reason = f" ({exc.detail})" if exc.detail else ""
    return fill(
        tr(
            "Doctor",
            "{where} cannot be reached{reason}. Nothing can be packed or saved until it answers;"
            " check that the database server runs and that this machine can reach it.",
        ),
        where=where,
        reason=reason,
    )


def _doctor_shopify(
    connector: ShopifyConnector, line: Callable[[bool, str, str], None], tr: Translator
) -> None:
    """Shop, access scopes and locations, each in words."""
    from packstation.i18n import fill
    from packstation.i18n.said import in_language
    from packstation.shop.base import ShopError
    from packstation.shop.shopify.connector import numeric_id

    endpoint = connector.client.endpoint
    shop = tr("Doctor", "shop")
    try:
        report = connector.check_connection()
    except ShopError as exc:
        line(False, shop, f"{endpoint}: {in_language(exc, tr)}")
        return
    answers = tr("Doctor", "{shop} ({domain}) answers at {endpoint}")
    line(True, shop, fill(answers, shop=report.shop_name, domain=report.domain, endpoint=endpoint))
    missing = report.missing_in_words()
    granted = tr("Doctor", "all scopes granted")
    lacking = "; ".join(in_language(sentence, tr) for sentence in missing)
    line(not missing, tr("Doctor", "access"), granted if not missing else lacking)
    known = {numeric_id(loc.location_id): loc.name for loc in report.locations}
    chosen = [numeric_id(i) for i in connector.location_ids]
    unknown = [i for i in chosen if i not in known]
    locations = tr("Doctor", "locations")
    if not chosen:
        names = ", ".join(f"{name} ({number})" for number, name in known.items())
        none = tr("Doctor", "none chosen; set shopify_locations to one of: {names}")
        line(False, locations, fill(none, names=names))
    else:
        unknown_words = tr("Doctor", "unknown location {number}")
        detail = ", ".join(known.get(i, fill(unknown_words, number=i)) for i in chosen)
        line(not unknown, locations, detail)


def cmd_users(station: Station, args: argparse.Namespace) -> int:
    """List, add (PIN asked without echo, stored as an argon2 hash), set a PIN, deactivate."""
    from packstation.storage.uow import UnitOfWork

    if args.action == "list":
        with UnitOfWork(station.session_factory) as uow:
            for user in uow.users.with_roles(*(r.value for r in Role)):
                print(f"{user.name}\t{user.role}\t{'badge' if user.badge else ''}")
        return EXIT_OK
    if not args.name:
        print(f"users {args.action} needs a name", file=sys.stderr)
        return EXIT_USAGE
    auth, name = station.auth, args.name
    if args.action == "deactivate":
        return _people_change(
            lambda: auth.deactivate(name), f"{name} can no longer sign in or authorise"
        )
    if args.action == "set-pin":
        pin = _read_pin(args, f"New PIN for {name}: ")
        return _people_change(lambda: auth.set_pin(name, pin), f"New PIN saved for {name}")
    role = Role(args.role)
    pin = _read_pin(args, f"PIN for {name}: ") if args.pin_stdin or role.may_authorise else ""
    return _people_change(
        lambda: auth.add_user(name, role, pin=pin, badge=args.badge), f"Added {name} ({role})"
    )


def _read_pin(args: argparse.Namespace, prompt: str) -> str:
    """From standard input with --pin-stdin, else asked without echo."""
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    import getpass

    return getpass.getpass(prompt)


def _people_change(change: Callable[[], None], done: str) -> int:
    """Run a change to the people; refusals and failures are said in words, with exit codes."""
    from packstation.services.auth import PeopleRefused, UnknownPerson
    from packstation.storage.db import StorageError

    try:
        change()
    except PeopleRefused as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except UnknownPerson as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILURE
    except StorageError as exc:
        print(f"Not saved: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(done)
    return EXIT_OK


def _write(out: Path, data: bytes, what: str) -> int:
    try:
        out.write_bytes(data)
    except OSError as exc:
        print(f"Cannot write {out}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Wrote {what} to {out}")
    return EXIT_OK


def cmd_batches(station: Station, args: argparse.Namespace) -> int:
    """Batches by the given rules; one pick list PDF (bin order) per batch."""
    from packstation.domain.batches import BatchRules

    placed_before = None
    if args.cutoff:
        try:
            cut = time.fromisoformat(args.cutoff)
        except ValueError:
            print(f"--cutoff {args.cutoff!r} is not HH:MM", file=sys.stderr)
            return EXIT_USAGE
        placed_before = datetime.combine(datetime.now().astimezone().date(), cut).astimezone()
    rules = BatchRules(
        single_item_only=args.single_item,
        by_shipping_method=args.by_method,
        sku=args.sku,
        placed_before=placed_before,
        max_orders=max(args.max_orders, 1),
    )
    try:
        args.out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"Cannot create {args.out_dir}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAILURE
    built = station.batches.create(rules)  # stored: the batch screen follows them
    for batch_id in built:
        progress = station.batches.progress(batch_id)
        out = args.out_dir / f"batch-{batch_id:02d}.pdf"
        description = f"{progress.name} ({progress.total} orders, {progress.units} units)"
        if _write(out, station.batches.pick_list(batch_id).data, description) != EXIT_OK:
            return EXIT_FAILURE
    if not built:
        print("No queued order (outside an open batch) matches these rules")
    return EXIT_OK


def cmd_report(station: Station, hours: float, out: Path) -> int:
    """The end-of-shift report for the last ``hours``."""
    kind = "csv" if out.suffix.lower() == ".csv" else "pdf"
    data, count = station.reports.shift_report(hours, kind)
    return _write(out, data, f"{count} shipments" if kind == "csv" else "the end-of-shift report")


def cmd_manifest(station: Station, day: date | None, carrier: str, out: Path) -> int:
    """The carrier manifest of one local day."""
    data, count = station.reports.manifest(day, carrier)
    return _write(out, data, f"the manifest of {count} shipments")


def cmd_audit_verify(station: Station) -> int:
    """Walk the audit log's hash chain; name the first entry that does not fit."""
    from packstation.services.audit_anchor import log_audit_head, verify_audit
    from packstation.storage.uow import UnitOfWork

    name = station.context.station
    checked, broken = verify_audit(station.session_factory, station.audit_anchor, name)
    if broken is None:
        head = log_audit_head(station.session_factory, "verify")
        print(f"The audit log is intact: {checked} chained entries verified ({head}).")
        return EXIT_OK
    with UnitOfWork(station.session_factory) as uow:
        row = uow.audit.get(broken.entry_id)
        what = f" ({row.action} {row.subject} at {row.at:%Y-%m-%d %H:%M:%S})" if row else ""
    print(
        f"The audit log was tampered with: entry {broken.entry_id}{what} fails because "
        f"{broken.reason}. {checked} entries before it are intact.",
        file=sys.stderr,
    )
    return EXIT_FAILURE


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``packstation`` command."""
    args = build_parser().parse_args(argv)
    from packstation.config import ConfigError
    from packstation.logs import setup_logging
    from packstation.storage.db import StorageError, StorageUnavailable

    try:
        settings = _settings(args)
    except ConfigError as exc:
        print(f"packstation: {exc}", file=sys.stderr)
        if (args.command or "gui") == "gui":  # started from a menu: nobody reads stderr
            from packstation.ui.shell.main import show_start_problem

            show_start_problem(str(exc))
        return EXIT_USAGE
    command = args.command or "gui"
    if command == "gui":
        from packstation.ui.shell.main import quit_from_any_thread, run_gui  # loads Qt

        stop_on_sigterm(quit_from_any_thread)
        return run_gui(settings)
    setup_logging(settings.log_dir)
    # Neither opens the station: a backup copies the file as it is, a restore replaces it.
    if command == "backup":
        return cmd_backup(settings, args.out)
    if command == "restore":
        return cmd_restore(settings, args.backup_file)
    from packstation.app import build_station

    try:
        station = build_station(settings)
    except StorageUnavailable as exc:
        if command == "doctor":
            from packstation.i18n import translator_for

            tr = translator_for(settings.language)
            words = _unreachable_words(settings.database_url, exc, tr)
            print(f"[FAIL] {tr('Doctor', 'database')}: {words}")
        else:
            print(f"packstation: {exc}: {exc.detail}", file=sys.stderr)
        return EXIT_FAILURE
    except (StorageError, ConfigError) as exc:
        print(f"packstation: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        if command == "sync":
            return cmd_sync(station, args.once)
        if command == "label":
            return cmd_label(station, args.order, args.format, args.out)
        if command == "picklist":
            return cmd_picklist(station, args.orders, args.out, args.paper)
        if command == "batches":
            return cmd_batches(station, args)
        if command == "report":
            return cmd_report(station, args.hours, args.out)
        if command == "manifest":
            return cmd_manifest(station, args.day, args.carrier, args.out)
        if command == "commands":
            from packstation.labels.command_sheet import command_sheet_pdf

            pdf = command_sheet_pdf(
                station.context.station,
                station.settings.paper,
                tr=station.printing.languages.warehouse,
            )
            return _write(args.out, pdf, "the command barcodes")
        if command == "users":
            return cmd_users(station, args)
        if command == "audit":
            return cmd_audit_verify(station)
        if command == "demo-pack":
            return cmd_demo_pack(station, args.order)
        return cmd_doctor(station)
    except StorageError as exc:
        import logging

        logging.getLogger("packstation").error("storage failure: %s", exc)
        print(f"packstation: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        station.close()
