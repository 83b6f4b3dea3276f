"""The carrier lines of ``packstation doctor`` (and the Settings' Test connection), in words."""

from __future__ import annotations

from packstation.carriers.base import AccountInfo, CarrierError
from packstation.carriers.credentials import CarrierCredentials
from packstation.carriers.registry import NO_CARRIER, CarrierConfig, make_carrier

Line = tuple[bool, str, str]  # (ok, what, detail)
MAX_PRODUCTS_SHOWN = 12


def describe_account(info: AccountInfo) -> list[Line]:
    """The account, its carriers and products as doctor lines."""
    carriers = ", ".join(name for _, name in info.carriers) or "none"
    codes = [f"{p.code} ({p.carrier_name} {p.name})".strip() for p in info.products]
    shown = ", ".join(codes[:MAX_PRODUCTS_SHOWN])
    if len(codes) > MAX_PRODUCTS_SHOWN:
        shown += f" and {len(codes) - MAX_PRODUCTS_SHOWN} more"
    return [
        (True, "carrier", f"account {info.name or '(no name)'} answers; carriers: {carriers}"),
        (bool(codes), "carrier products", shown or "the account has no products to book"),
    ]


def carrier_lines(
    config: CarrierConfig,
    sender_missing: list[str],
    credentials: CarrierCredentials | None = None,
    receiver_country: str = "DK",
) -> list[Line]:
    """Check the configured carrier: reachable, key accepted, products listed, sender complete."""
    if config.kind == NO_CARRIER:
        return [(True, "carrier", "none configured: no carrier labels are booked")]
    lines: list[Line] = []
    if sender_missing:
        lines.append((False, "sender", "the ship-from address lacks " + ", ".join(sender_missing)))
    try:
        carrier = make_carrier(config, credentials)
        assert carrier is not None  # only "none" gives None
        try:
            lines += describe_account(carrier.account(receiver_country))
        finally:
            carrier.close()
    except CarrierError as exc:
        where = config.base_url or "its production URL"
        lines.append((False, "carrier", f"{config.kind} at {where}: {exc}"))
    return lines
