"""The exceptions queue: what happened, to which order, who and when, until a lead resolves it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.orders import ShopStatus
from packstation.i18n.said import said, said_from_data
from packstation.services.audit import record_audit
from packstation.services.auth import Authorisation
from packstation.services.context import StationContext
from packstation.shop.base import ShopConnector, ShopRejected
from packstation.storage.models import ExceptionRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

KIND_WORDS = {
    "override": said("Exceptions", "Confirmed by hand"),
    "short_pick": said("Exceptions", "Short shipment"),
    "sync_refused": said("Exceptions", "Refused by the shop"),
    "sync_duplicate": said("Exceptions", "Sent twice: the duplicate was cancelled"),
    "shop_changed": said("Exceptions", "Changed in the shop while packing"),
    "print_failed": said("Exceptions", "Printing failed"),
    "no_label": said("Exceptions", "No carrier label"),
    "carrier_refused": said("Exceptions", "Refused by the carrier"),
    "carrier_duplicate": said("Exceptions", "Booked twice with the carrier"),
    "carrier_cancel_refused": said("Exceptions", "The carrier would not cancel"),
}


# What a lead can do about each kind, besides resolving it and noting a call to the customer
RETRY, HOLD, RELEASE, VOID = "retry", "hold", "release", "void"
KIND_ACTIONS: dict[str, frozenset[str]] = {
    "override": frozenset({HOLD, RELEASE, VOID}),
    "short_pick": frozenset({HOLD, RELEASE, VOID}),
    "sync_refused": frozenset({RETRY, HOLD, RELEASE, VOID}),
    "sync_duplicate": frozenset(),
    "shop_changed": frozenset({RELEASE, VOID}),
    "print_failed": frozenset({RETRY}),
    "no_label": frozenset({HOLD, RELEASE}),
    "carrier_refused": frozenset({HOLD, RELEASE, VOID}),
}


class ExceptionActionRefused(Exception):
    """The action does not apply (any more); ``str()`` says why."""


@dataclass(frozen=True)
class OpenException:
    """One unresolved exception, ready to show."""

    exception_id: int
    kind: str
    order_name: str
    what: str
    raised_by: str
    station: str
    raised_at: datetime
    notes: str = ""

    @property
    def kind_words(self) -> str:
        """The kind, in words."""
        return KIND_WORDS.get(self.kind, self.kind)

    def can(self, action: str) -> bool:
        """Whether ``action`` (retry, hold, release, void) applies to this exception."""
        return action in KIND_ACTIONS.get(self.kind, frozenset())


def _what(kind: str, detail: dict[str, object]) -> str:
    if kind == "override":
        return said(
            "Exceptions",
            "{title} ({sku}) confirmed by {lead}: {reason}",
            title=detail.get("title"),
            sku=detail.get("sku"),
            lead=detail.get("lead"),
            reason=detail.get("reason"),
        )
    if kind == "short_pick":
        missing = detail.get("missing")
        items = ", ".join(
            f"{m.get('missing')} × {m.get('title')} ({m.get('sku')})"
            for m in (missing if isinstance(missing, list) else [])
            if isinstance(m, dict)
        )
        return said(
            "Exceptions",
            "Shipped without {items}; allowed by {lead}: {reason}",
            items=items,
            lead=detail.get("lead"),
            reason=detail.get("reason"),
        )
    # Our own words were stored beside their English ("said"); a carrier's stay as it wrote them.
    reason = said_from_data(detail.get("said"), str(detail.get("reason") or ""))
    if kind in ("carrier_refused", "no_label") and reason:
        return reason
    return str(detail.get("reason") or detail)


class ExceptionsService:
    """Lists and resolves exceptions; a resolution needs a lead and is audited."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        connector: ShopConnector,
        *,
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self._ctx = context
        self._connector = connector
        self._clock = clock

    def use_connector(self, connector: ShopConnector) -> None:
        """Talk to another shop from now on."""
        self._connector = connector

    def hold_in_shop(self, exception_id: int, authorisation: Authorisation) -> None:
        """Put the exception's order on hold in the shop (network: call off the GUI thread).

        The hold's handle names the exception, so asking twice places one hold.
        """
        self._shop_action(exception_id, authorisation, hold=True)

    def release_in_shop(self, exception_id: int, authorisation: Authorisation) -> None:
        """Release the order's hold in the shop."""
        self._shop_action(exception_id, authorisation, hold=False)

    def _shop_action(self, exception_id: int, authorisation: Authorisation, *, hold: bool) -> None:
        with UnitOfWork(self._factory) as uow:
            row = uow.exceptions.get(exception_id)
            if row is None:
                raise ShopRejected(
                    said("Exceptions", "Exception {id} does not exist", id=exception_id)
                )
            fo_id, order_name, kind = row.fulfillment_order_id, row.order_name, row.kind
        if hold:
            notes = f"{KIND_WORDS.get(kind, kind)} at {self._ctx.station}: {authorisation.reason}"
            self._connector.hold(fo_id, notes, handle=f"packstation-exception-{exception_id}")
        else:
            self._connector.release_hold(fo_id)
        with UnitOfWork(self._factory) as uow:
            record_audit(
                uow,
                self._ctx,
                self._clock(),
                "shop.hold" if hold else "shop.release",
                order_name,
                {
                    "exception_id": exception_id,
                    "lead": authorisation.lead,
                    "reason": authorisation.reason,
                },
            )
            uow.commit()

    def release_order(
        self, fulfillment_order_id: str, order_name: str, authorisation: Authorisation
    ) -> bool:
        """Release a held order in the shop from the queue (network: off the GUI thread).

        Returns whether the order is free now: a shop may keep holds others placed (the
        demo shop releases only the station's own), and the audit entry says which.
        """
        self._connector.release_hold(fulfillment_order_id)
        after = self._connector.fetch_fulfillment_order(fulfillment_order_id)
        released = after is None or after.status is not ShopStatus.ON_HOLD
        with UnitOfWork(self._factory) as uow:
            record_audit(
                uow,
                self._ctx,
                self._clock(),
                "shop.release",
                order_name,
                {"lead": authorisation.lead, "reason": authorisation.reason, "released": released},
            )
            uow.commit()
        return released

    def open(self) -> list[OpenException]:
        """Unresolved exceptions, oldest first."""
        with UnitOfWork(self._factory) as uow:
            return [
                OpenException(
                    row.id,
                    row.kind,
                    row.order_name,
                    _what(row.kind, json.loads(row.detail or "{}")),
                    row.raised_by,
                    row.station,
                    row.raised_at,
                    row.notes,
                )
                for row in uow.exceptions.open()
            ]

    def resolve(self, exception_id: int, authorisation: Authorisation) -> None:
        """Close an exception with the lead's words."""
        with UnitOfWork(self._factory) as uow:
            row = uow.exceptions.get(exception_id)
            if row is None or row.state != "open":
                return
            now = self._clock()
            row.state, row.resolved_by = "resolved", authorisation.lead
            row.resolved_at, row.resolution = now, authorisation.reason
            record_audit(
                uow,
                self._ctx,
                now,
                "exception.resolved",
                row.order_name,
                {
                    "exception_id": exception_id,
                    "kind": row.kind,
                    "lead": authorisation.lead,
                    "resolution": authorisation.reason,
                },
            )
            uow.commit()

    def add_note(self, exception_id: int, note: str) -> None:
        """Note what was agreed with the customer (or anything a lead should read)."""
        note = note.strip()
        if not note:
            raise ExceptionActionRefused(said("Exceptions", "Write what was said or agreed"))
        with UnitOfWork(self._factory) as uow:
            row = self._open_row(uow, exception_id)
            now = self._clock()
            stamp = now.astimezone().strftime("%Y-%m-%d %H:%M")
            line = f"{stamp} {self._ctx.user}: {note}"
            row.notes = f"{row.notes}\n{line}" if row.notes else line
            record_audit(
                uow,
                self._ctx,
                now,
                "exception.note",
                row.order_name,
                {"exception_id": exception_id, "note": note},
            )
            uow.commit()

    def retry_sync(self, exception_id: int, authorisation: Authorisation) -> None:
        """Send a refused shipment again (after the cause was fixed in the shop).

        The message keeps its attempts, so the pusher reconciles before it sends.
        """
        with UnitOfWork(self._factory) as uow:
            row = self._open_row(uow, exception_id)
            if row.kind != "sync_refused":
                raise ExceptionActionRefused(
                    said("Exceptions", "Only a refused shipment can be sent again")
                )
            outbox_id = json.loads(row.detail or "{}").get("outbox_id")
            message = uow.outbox.get(int(outbox_id)) if outbox_id is not None else None
            if message is None or message.state != "rejected":
                raise ExceptionActionRefused(
                    said("Exceptions", "This shipment is no longer waiting to be sent")
                )
            now = self._clock()
            message.state, message.next_attempt_at = "pending", now
            order = uow.orders.row(message.fulfillment_order_id)
            if order is not None:
                order.local_state = "packed"
            record_audit(
                uow,
                self._ctx,
                now,
                "sync.retry",
                row.order_name,
                {
                    "exception_id": exception_id,
                    "outbox_id": message.id,
                    "lead": authorisation.lead,
                    "reason": authorisation.reason,
                },
            )
            uow.commit()

    def order_of(self, exception_id: int) -> str:
        """The order name an exception is about."""
        with UnitOfWork(self._factory) as uow:
            return self._open_row(uow, exception_id).order_name

    def _open_row(self, uow: UnitOfWork, exception_id: int) -> ExceptionRow:
        row = uow.exceptions.get(exception_id)
        if row is None or row.state != "open":
            raise ExceptionActionRefused(
                said("Exceptions", "This exception was resolved meanwhile")
            )
        return row
