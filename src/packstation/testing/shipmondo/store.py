"""The emulated account's shipments, labels, cancels and pickups."""

from __future__ import annotations

import base64
import math
import threading
from datetime import UTC, datetime
from typing import Any

from packstation.carriers import parcel_label
from packstation.domain.orders import Address
from packstation.testing.shipmondo import catalog

Reply = tuple[int, Any, dict[str, str]]


def _address(party: dict[str, Any]) -> Address:
    return Address(
        name=str(party.get("name") or ""),
        address1=str(party.get("address1") or ""),
        city=str(party.get("city") or ""),
        zip=str(party.get("postal_code") or ""),
        country_code=str(party.get("country_code") or ""),
        address2=str(party.get("address2") or ""),
    )


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse(text: str) -> datetime:
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class ShipmentStore:
    """Thread-safe; shipment ids count up from 1000001."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._shipments: dict[int, dict[str, Any]] = {}
        self._next_id = 1_000_001
        self._serial = 0
        self.pickups: list[dict[str, Any]] = []

    # -- reads ----------------------------------------------------------------------------

    def account(self) -> dict[str, Any]:
        """The account object."""
        return {"name": "Emulated Webshop ApS", "country_code": "DK", "email": "ops@example.dk"}

    def carriers(self) -> list[dict[str, Any]]:
        """The account's carriers."""
        return catalog.carriers_json()

    def products(self, query: dict[str, str]) -> list[dict[str, Any]]:
        """Products, filtered like the platform does."""
        country = query.get("receiver_country_code", "DK")
        return [
            p.as_json(country)
            for p in catalog.PRODUCTS
            if country in p.countries
            and query.get("carrier_code") in (None, p.carrier_code)
            and query.get("product_code") in (None, p.code)
        ]

    def pickup_points(self, query: dict[str, str]) -> list[dict[str, Any]]:
        """``GET /pickup_points``: made-up parcel shops in the receiver's postcode, nearest
        first (the same ones every time, so a test can name them)."""
        zipcode, city = query.get("zipcode", ""), query.get("city", "")
        carrier = query["carrier_code"]
        count = min(int(query.get("quantity", 10)), 50)
        return [
            {
                "id": f"{carrier.upper()}-{zipcode}-{n}",
                "number": f"{carrier.upper()}-{zipcode}-{n}",
                "name": f"Kiosk {city or zipcode} {n}",
                "company_name": f"Kiosk {city or zipcode} {n}",
                "address": f"Stationsvej {n}",
                "zipcode": zipcode,
                "city": city,
                "country": query.get("country_code", "DK"),
                "distance": 250 * n,
                "carrier_code": carrier,
            }
            for n in range(1, count + 1)
        ]

    def get(self, shipment_id: str) -> dict[str, Any] | None:
        """A shipment by id."""
        with self._lock:
            return self._shipments.get(int(shipment_id)) if shipment_id.isdigit() else None

    def all(self) -> list[dict[str, Any]]:
        """Every shipment booked, cancelled ones included (tests count these)."""
        with self._lock:
            return list(self._shipments.values())

    def with_reference(self, reference: str) -> list[dict[str, Any]]:
        """Shipments carrying this additional reference."""
        return [s for s in self.all() if s.get("additional_reference") == reference]

    def wait_for(self, reference: str, timeout: float) -> bool:
        """Block until a shipment with this reference exists (a late commit landed)."""
        with self._lock:
            return self._lock.wait_for(
                lambda: any(
                    s.get("additional_reference") == reference for s in self._shipments.values()
                ),
                timeout,
            )

    def public(self, shipment: dict[str, Any]) -> dict[str, Any]:
        """The ``Shipment`` object (without the emulator's own fields)."""
        return {k: v for k, v in shipment.items() if not k.startswith("_")}

    def listed(self, query: dict[str, str]) -> list[dict[str, Any]]:
        """``GET /shipments`` filters."""
        since = _parse(query["created_at_min"]) if "created_at_min" in query else None
        until = _parse(query["created_at_max"]) if "created_at_max" in query else None
        found = []
        for s in self.all():
            created = _parse(s["created_at"])
            if (since and created < since) or (until and created > until):
                continue
            if "package_number" in query and query["package_number"] not in (
                s["pkg_no"],
                *(p["pkg_no"] for p in s["parcels"]),
            ):
                continue
            if "carrier_code" in query and s["carrier_code"] != query["carrier_code"]:
                continue
            found.append(self.public(s))
        return found

    def page(self, items: list[dict[str, Any]], query: dict[str, str]) -> Reply:
        """One page and the pagination headers."""
        per_page = int(query.get("per_page", 20))
        page = int(query.get("page", 1))
        total_pages = max(1, math.ceil(len(items) / per_page))
        headers = {
            "X-Total-Count": str(len(items)),
            "X-Total-Pages": str(total_pages),
            "X-Current-Page": str(page),
            "X-Per-Page": str(per_page),
        }
        return 200, items[(page - 1) * per_page : page * per_page], headers

    def labels(self, shipment: dict[str, Any], label_format: str) -> list[dict[str, str]]:
        """The shipment's labels in a format (ZPL/PDF: one object for all parcels)."""
        receiver = _address(shipment["_receiver"])
        sender = _address(shipment["_sender"])
        product = catalog.BY_CODE[shipment["product_code"]]
        count = len(shipment["parcels"])
        pages = [
            parcel_label.ParcelLabel(
                title=product.carrier_name.upper(),
                product=f"{product.name} ({product.code})",
                number=parcel["pkg_no"],
                receiver=receiver,
                sender=sender,
                reference=str(shipment.get("reference") or ""),
                parcel=i,
                parcels=count,
            )
            for i, parcel in enumerate(shipment["parcels"], start=1)
        ]
        data, file_format = parcel_label.render(pages, label_format or "10x19_pdf")
        return [{"base64": base64.b64encode(data).decode("ascii"), "file_format": file_format}]

    # -- writes ---------------------------------------------------------------------------

    def create(self, body: dict[str, Any]) -> Reply:
        """Book: the carrier's checks first (422), then numbers and labels."""
        problems = catalog.refusals(body)
        if problems:
            return 422, {"error": problems}, {}
        product = catalog.BY_CODE[body["product_code"]]
        parties = {p["type"]: p for p in body["parties"]}
        with self._lock:
            shipment_id = self._next_id
            self._next_id += 1
            parcels = []
            for parcel in body["parcels"]:
                for _ in range(int(parcel.get("quantity") or 1)):
                    self._serial += 1
                    parcels.append(
                        {
                            "weight": parcel["weight"],
                            "pkg_no": catalog.parcel_number(product.carrier_code, self._serial),
                            "internal_reference": parcel.get("internal_reference"),
                        }
                    )
            now = _stamp(datetime.now(UTC))
            shipment = {
                "id": shipment_id,
                "created_at": now,
                "updated_at": now,
                "carrier_code": product.carrier_code,
                "description": product.name,
                "product_code": product.code,
                "service_codes": body.get("service_codes", ""),
                "price": "42.5",
                "reference": body.get("reference"),
                "additional_reference": body.get("additional_reference"),
                "pkg_no": parcels[0]["pkg_no"],
                "parcels": parcels,
                "service_point_id": body.get("service_point_id")
                or ("AUTO-NEAREST" if body.get("automatic_select_service_point") else None),
                "cancelled": False,
                "_receiver": parties["receiver"],
                "_sender": parties["sender"],
                "_body": body,
            }
            self._shipments[shipment_id] = shipment
            self._lock.notify_all()
        reply = self.public(shipment)
        if body.get("label_format"):
            reply["labels"] = self.labels(shipment, body["label_format"])
        return 200, reply, {}

    def cancel(self, shipment: dict[str, Any]) -> dict[str, bool]:
        """Cancel at the platform and the carrier."""
        with self._lock:
            shipment["cancelled"] = True
        return {"cancelled": True, "cancelled_at_carrier": True, "refunded": False}

    def pickup(self, body: dict[str, Any]) -> Reply:
        """Book a pickup of known shipments."""
        unknown = [i for i in body["shipment_ids"] if self.get(str(i)) is None]
        if unknown:
            return 422, {"error": f"unknown shipment ids {unknown}"}, {}
        with self._lock:
            self.pickups.append(body)
            pickup_id = len(self.pickups)
        return 200, {"id": pickup_id, "carrier_code": body["carrier_code"], "state": "booked"}, {}
