"""Every GraphQL document the connector sends validates against Shopify's published schema."""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path

import pytest

from packstation.shop.shopify.documents import ALL_DOCUMENTS

graphql = pytest.importorskip("graphql")
SCHEMA_FILE = Path(__file__).resolve().parents[1] / "data" / "shopify" / "admin_2026-04.json.gz"


@cache
def admin_schema():
    data = json.loads(gzip.decompress(SCHEMA_FILE.read_bytes()))
    schema = graphql.build_client_schema(data["data"])
    # Shopify's published schema breaks a few type-system rules (deprecated interface
    # implementations); accept it as Shopify serves it, and check only our documents.
    schema._validation_errors = []
    return schema


@pytest.mark.parametrize("name", sorted(ALL_DOCUMENTS))
def test_document_is_valid_for_the_2026_04_admin_schema(name):
    document = graphql.parse(ALL_DOCUMENTS[name])
    errors = graphql.validate(admin_schema(), document)
    assert errors == [], [e.message for e in errors]


def test_a_typo_in_a_field_name_is_caught():
    broken = ALL_DOCUMENTS["FULFILLMENT_CREATE"].replace("userErrors", "userError")
    assert graphql.validate(admin_schema(), graphql.parse(broken))
