"""One TLS context per process for every HTTPS client: the shop, the carrier, pictures.

Each ``httpx.Client`` would otherwise read the trusted certificates again (about 25 ms of CPU
per client, and a station makes several).
"""

from __future__ import annotations

import ssl
from functools import cache

import httpx


@cache
def tls_context() -> ssl.SSLContext:
    """The trusted certificates as httpx finds them (``SSL_CERT_FILE``/``SSL_CERT_DIR``, else
    certifi), read once."""
    return httpx.create_ssl_context(trust_env=True)
