"""Which :class:`Carrier` a station uses, chosen by the ``carrier_kind`` setting.

A new platform (Sendcloud, nShift…) is one more module with a ``create(config, credentials)``
function, and one more line in :data:`KINDS`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from packstation.carriers.base import Carrier, CarrierAuthRefused
from packstation.carriers.credentials import (
    ENV_KEY,
    ENV_USER,
    CarrierCredentials,
    load_carrier_credentials,
)
from packstation.i18n.said import said

# kind → "module:function" (imported only when chosen)
KINDS = {
    "shipmondo": "packstation.carriers.shipmondo.connector:create",
    "own": "packstation.carriers.own:create",
}
NO_CARRIER = "none"


@dataclass(frozen=True)
class CarrierConfig:
    """The settings a carrier is made from (see config.Settings.carrier_config)."""

    kind: str
    base_url: str = ""
    own_agreement: bool = False
    label_format: str = "10x19_zpl"
    data_dir: Path | None = None
    own_delivery_name: str = "Own delivery"
    timeout_seconds: float = 20.0
    language: str = ""  # the station's language: words on labels the station draws itself


Factory = Callable[[CarrierConfig, CarrierCredentials | None], Carrier]


def factory(kind: str) -> Factory:
    """The ``create`` function of one kind."""
    if kind not in KINDS:
        known = ", ".join([*KINDS, NO_CARRIER])
        raise ValueError(f"carrier_kind {kind!r} is not one of {known}")
    module, _, function = KINDS[kind].partition(":")
    return cast(Factory, getattr(importlib.import_module(module), function))


def make_carrier(
    config: CarrierConfig, credentials: CarrierCredentials | None = None
) -> Carrier | None:
    """The station's carrier, or None when it books no labels (``carrier_kind = "none"``)."""
    if config.kind == NO_CARRIER:
        return None
    create = factory(config.kind)
    if credentials is None:
        credentials = load_carrier_credentials(config.kind, config.base_url)
    return create(config, credentials)


def require_credentials(credentials: CarrierCredentials | None) -> CarrierCredentials:
    """The credentials, or a refusal in words when there are none yet."""
    if credentials is None:
        raise CarrierAuthRefused(
            said(
                "Carrier",
                "No carrier API user and key yet: enter them in Settings → Carrier "
                "(or set {user} and {key} for a headless station)",
                user=ENV_USER,
                key=ENV_KEY,
            )
        )
    return credentials
