"""The carrier lines of ``packstation doctor`` (and the Settings' Test connection), in words."""

from __future__ import annotations

from packstation.carriers.base import AccountInfo, CarrierError
from packstation.carriers.credentials import CarrierCredentials
from packstation.carriers.registry import NO_CARRIER, CarrierConfig, make_carrier
from packstation.i18n.said import said, words_of

Line = tuple[bool, str, str]  # (ok, what, detail)
MAX_PRODUCTS_SHOWN = 12


def describe_account(info: AccountInfo) -> list[Line]:
    """The account, its carriers and products as doctor lines."""
    carriers = ", ".join(name for _, name in info.carriers) or said("Doctor", "none")
    codes = [f"{p.code} ({p.carrier_name} {p.name})".strip() for p in info.products]
    shown: str = ", ".join(codes[:MAX_PRODUCTS_SHOWN])
    if len(codes) > MAX_PRODUCTS_SHOWN:
        more = len(codes) - MAX_PRODUCTS_SHOWN
        shown = said("Doctor", "{products} and {more} more", products=shown, more=more)
    name = info.name or said("Doctor", "(no name)")
    return [
        (
            True,
            said("Doctor", "carrier"),
            said(
                "Doctor",
                "account {name} answers; carriers: {carriers}",
                name=name,
                carriers=carriers,
            ),
        ),
        (
            bool(codes),
            said("Doctor", "carrier products"),
            shown or said("Doctor", "the account has no products to book"),
        ),
    ]


def carrier_lines(
    config: CarrierConfig,
    sender_missing: list[str],
    credentials: CarrierCredentials | None = None,
    receiver_country: str = "DK",
) -> list[Line]:
    """Check the configured carrier: reachable, key accepted, products listed, sender complete.

    The words are :class:`~packstation.i18n.said.Said` texts: English as plain strings, and said
    again in the station's language by the window and the command line."""
    if config.kind == NO_CARRIER:
        none = said("Doctor", "none configured: no carrier labels are booked")
        return [(True, said("Doctor", "carrier"), none)]
    lines: list[Line] = []
    if sender_missing:
        lacks = said(
            "Doctor", "the ship-from address lacks {fields}", fields=", ".join(sender_missing)
        )
        lines.append((False, said("Doctor", "sender"), lacks))
    try:
        carrier = make_carrier(config, credentials)
        assert carrier is not None  # only "none" gives None
        try:
            lines += describe_account(carrier.account(receiver_country))
        finally:
            carrier.close()
    except CarrierError as exc:
        where = config.base_url or said("Doctor", "its production URL")
        refused = said(
            "Doctor", "{kind} at {where}: {why}", kind=config.kind, where=where, why=words_of(exc)
        )
        lines.append((False, said("Doctor", "carrier"), refused))
    return lines
