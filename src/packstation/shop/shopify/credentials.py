"""Shop credentials: kept in the OS keyring (or given by the environment), never on disk.

Two kinds, as Shopify issues them: a permanent admin access token (``shpat_…``), or a client
id and secret for the client-credentials grant, whose tokens expire after about 24 hours and
are renewed here before they run out (and at once when the shop says one has expired).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx
import keyring
from keyring.errors import KeyringError

from packstation.i18n.said import said
from packstation.shop.base import ShopAccessRefused, ShopUnavailable
from packstation.tls import tls_context

log = logging.getLogger("packstation.shopify")

KEYRING_SERVICE = "packstation-shopify"
ENV_TOKEN = "PACKSTATION_SHOPIFY_TOKEN"
ENV_CLIENT_ID = "PACKSTATION_SHOPIFY_CLIENT_ID"
ENV_CLIENT_SECRET = "PACKSTATION_SHOPIFY_CLIENT_SECRET"
# Renew this long before a client-credentials token expires.
RENEW_MARGIN_SECONDS = 300.0


class CredentialStoreError(Exception):
    """The OS keyring cannot store or read the credentials."""


@dataclass(frozen=True)
class ShopCredentials:
    """Either an access token, or a client id and secret (client-credentials grant)."""

    access_token: str = ""
    client_id: str = ""
    client_secret: str = ""
    source: str = "keyring"  # "keyring" or "environment"; never the secret itself

    @property
    def complete(self) -> bool:
        """Whether these credentials can be used at all."""
        return bool(self.access_token or (self.client_id and self.client_secret))

    def __repr__(self) -> str:  # keep secrets out of logs and tracebacks
        kind = "token" if self.access_token else "client credentials"
        return f"ShopCredentials({kind} from {self.source})"


def _account(shop_url: str, key: str) -> str:
    return f"{shop_url.rstrip('/')}#{key}"


def load_credentials(
    shop_url: str, environ: Mapping[str, str] | None = None
) -> ShopCredentials | None:
    """Credentials from the environment first (headless use), else from the keyring."""
    env = os.environ if environ is None else environ
    from_env = ShopCredentials(
        access_token=env.get(ENV_TOKEN, "").strip(),
        client_id=env.get(ENV_CLIENT_ID, "").strip(),
        client_secret=env.get(ENV_CLIENT_SECRET, "").strip(),
        source="environment",
    )
    if from_env.complete:
        return from_env
    try:
        stored = ShopCredentials(
            access_token=keyring.get_password(KEYRING_SERVICE, _account(shop_url, "token")) or "",
            client_id=keyring.get_password(KEYRING_SERVICE, _account(shop_url, "client_id")) or "",
            client_secret=keyring.get_password(KEYRING_SERVICE, _account(shop_url, "secret")) or "",
        )
    except KeyringError as exc:
        log.warning("the OS keyring cannot be read (%s)", type(exc).__name__)
        return None
    return stored if stored.complete else None


def save_credentials(shop_url: str, credentials: ShopCredentials) -> None:
    """Store credentials in the keyring, replacing the other kind if it was there."""
    values = {
        "token": credentials.access_token,
        "client_id": credentials.client_id,
        "secret": credentials.client_secret,
    }
    try:
        for key, value in values.items():
            account = _account(shop_url, key)
            if value:
                keyring.set_password(KEYRING_SERVICE, account, value)
            elif keyring.get_password(KEYRING_SERVICE, account) is not None:
                keyring.delete_password(KEYRING_SERVICE, account)
    except KeyringError as exc:
        raise CredentialStoreError(
            "This computer has no usable keyring to keep the shop's credentials safely "
            f"({type(exc).__name__}). Set {ENV_TOKEN} (or {ENV_CLIENT_ID} and "
            f"{ENV_CLIENT_SECRET}) in the station's environment instead."
        ) from exc


class AccessTokenProvider:
    """Hands the GraphQL client a valid access token, renewing client-credentials tokens."""

    def __init__(
        self,
        shop_url: str,
        credentials: ShopCredentials | None,
        *,
        timeout: float = 15.0,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._token_url = f"{shop_url.rstrip('/')}/admin/oauth/access_token"
        self._credentials = credentials
        self._timeout = timeout
        self._transport = transport
        self._clock = clock
        self._lock = threading.Lock()
        self._token = credentials.access_token if credentials else ""
        self._expires_at: float | None = None
        self.renewals = 0

    @property
    def configured(self) -> bool:
        """Whether there are credentials at all (first run: the settings dialog asks)."""
        return self._credentials is not None and self._credentials.complete

    def __call__(self) -> str:
        """A token to send now."""
        with self._lock:
            creds = self._credentials
            if creds is None or not creds.complete:
                raise ShopAccessRefused(
                    said(
                        "Shop",
                        "No shop credentials yet: enter them in Settings → Shop "
                        "(or set {variable} for headless use)",
                        variable=ENV_TOKEN,
                    )
                )
            if creds.access_token:
                return creds.access_token
            due = self._expires_at is not None and self._clock() >= self._expires_at
            if not self._token or due:
                self._request_token(creds)
            return self._token

    def renew(self) -> None:
        """The shop refused the token: forget it (a client-credentials token is re-requested)."""
        with self._lock:
            creds = self._credentials
            if creds is None or creds.access_token:
                # A permanent token cannot be renewed: the refusal stands.
                raise ShopAccessRefused(
                    said(
                        "Shop",
                        "The shop refused the access token: check the shop connection in Settings",
                    )
                )
            self._request_token(creds)

    def _request_token(self, creds: ShopCredentials) -> None:
        body = {
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
            "grant_type": "client_credentials",
        }
        try:
            with httpx.Client(
                timeout=self._timeout, transport=self._transport, verify=tls_context()
            ) as http:
                response = http.post(self._token_url, data=body)
        except httpx.HTTPError as exc:
            raise ShopUnavailable(
                said(
                    "Shop",
                    "Cannot reach the shop to renew its access ({why})",
                    why=type(exc).__name__,
                )
            ) from exc
        if response.status_code >= 500:
            raise ShopUnavailable(
                said("Shop", "The shop has a problem (HTTP {status})", status=response.status_code)
            )
        if response.status_code != 200:
            raise ShopAccessRefused(
                said(
                    "Shop",
                    "The shop refused the client id and secret: check them in Settings → Shop",
                )
            )
        try:
            reply = response.json()
            token = str(reply["access_token"])
            lifetime = float(reply.get("expires_in") or 86_400)
        except (ValueError, KeyError, TypeError) as exc:
            raise ShopUnavailable("The shop's token reply could not be read") from exc
        self._token = token
        self._expires_at = self._clock() + max(lifetime - RENEW_MARGIN_SECONDS, lifetime / 2)
        self.renewals += 1
        log.info("shop access token renewed (valid for %.0f s)", lifetime)
