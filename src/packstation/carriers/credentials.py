"""The carrier account's API user and key: in the OS keyring (or the environment), never on disk."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError

log = logging.getLogger("packstation.carriers")

KEYRING_SERVICE = "packstation-carrier"
ENV_USER = "PACKSTATION_CARRIER_API_USER"
ENV_KEY = "PACKSTATION_CARRIER_API_KEY"


class CarrierCredentialStoreError(Exception):
    """The OS keyring cannot keep the carrier account's key."""


@dataclass(frozen=True)
class CarrierCredentials:
    """An API user and key; ``source`` says where they came from, never what they are."""

    api_user: str
    api_key: str
    source: str = "keyring"

    def __repr__(self) -> str:  # keep the key out of logs and tracebacks
        return f"CarrierCredentials(user from {self.source})"


def _account(kind: str, base_url: str, part: str) -> str:
    return f"{kind}:{base_url.rstrip('/')}#{part}"


def load_carrier_credentials(
    kind: str, base_url: str, environ: Mapping[str, str] | None = None
) -> CarrierCredentials | None:
    """From the environment first (headless stations), else from the keyring; None if unset."""
    env = os.environ if environ is None else environ
    user, key = env.get(ENV_USER, "").strip(), env.get(ENV_KEY, "").strip()
    if user and key:
        return CarrierCredentials(user, key, "environment")
    try:
        user = keyring.get_password(KEYRING_SERVICE, _account(kind, base_url, "user")) or ""
        key = keyring.get_password(KEYRING_SERVICE, _account(kind, base_url, "key")) or ""
    except KeyringError as exc:
        log.warning("the OS keyring cannot be read (%s)", type(exc).__name__)
        return None
    return CarrierCredentials(user, key) if user and key else None


def save_carrier_credentials(kind: str, base_url: str, credentials: CarrierCredentials) -> None:
    """Keep the API user and key in the keyring for this carrier and base URL."""
    try:
        keyring.set_password(
            KEYRING_SERVICE, _account(kind, base_url, "user"), credentials.api_user
        )
        keyring.set_password(KEYRING_SERVICE, _account(kind, base_url, "key"), credentials.api_key)
    except KeyringError as exc:
        raise CarrierCredentialStoreError(
            "This computer has no usable keyring to keep the carrier key safely "
            f"({type(exc).__name__}). Set {ENV_USER} and {ENV_KEY} in the station's "
            "environment instead."
        ) from exc
