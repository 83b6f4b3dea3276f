"""Checks requests (and answers) against Shipmondo's published OpenAPI 3.0.1 spec."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from openapi_schema_validator import OAS30Validator, oas30_format_checker


@cache
def spec() -> dict[str, Any]:
    """The spec shipped beside this module (see SOURCE.txt)."""
    text = files("packstation.testing.shipmondo").joinpath("openapi.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@dataclass(frozen=True)
class Operation:
    """One method on one path template of the spec."""

    method: str
    template: str
    pattern: re.Pattern[str]
    definition: dict[str, Any]


@cache
def operations() -> tuple[Operation, ...]:
    """Every operation, literal paths before templated ones (``/shipments/quote`` first)."""
    found = []
    for template, item in spec()["paths"].items():
        regex = "^" + re.sub(r"\\\{[^}]+\\\}", r"([^/]+)", re.escape(template.rstrip("/"))) + "/?$"
        for method, definition in item.items():
            if method in ("get", "post", "put", "delete", "patch"):
                found.append(Operation(method.upper(), template, re.compile(regex), definition))
    return tuple(sorted(found, key=lambda op: op.template.count("{")))


def operation(method: str, path: str) -> Operation | None:
    """The operation a request is for (``path`` without the ``/api/public/v3`` prefix)."""
    for op in operations():
        if op.method == method.upper() and op.pattern.match(path):
            return op
    return None


def _validator(schema: dict[str, Any]) -> OAS30Validator:
    # the components travel with the schema so that "#/components/..." references resolve
    return OAS30Validator(
        {**schema, "components": spec()["components"]}, format_checker=oas30_format_checker
    )


def _errors(schema: dict[str, Any], instance: Any, where: str) -> list[str]:
    return [
        f"{where}{'/' + '/'.join(str(p) for p in e.absolute_path) if e.absolute_path else ''}: "
        f"{e.message}"
        for e in _validator(schema).iter_errors(instance)
    ]


def _coerce(value: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value  # the schema check reports it
    if kind == "boolean":
        return {"true": True, "false": False}.get(value, value)
    return value


def request_errors(
    method: str, path: str, query: dict[str, list[str]], body: Any | None
) -> list[str]:
    """Everything about a request the spec does not allow; empty when it is valid."""
    op = operation(method, path)
    if op is None:
        return [f"{method} {path} is not an operation of the spec"]
    problems: list[str] = []
    params = {p["name"]: p for p in op.definition.get("parameters", []) if p.get("in") == "query"}
    for name in query:
        if name not in params:
            problems.append(f"query parameter {name!r} is not in the spec for {op.template}")
    for name, param in params.items():
        values = query.get(name)
        if not values:
            if param.get("required"):
                problems.append(f"query parameter {name!r} is required")
            continue
        schema = param.get("schema", {})
        for value in values:
            problems += _errors(schema, _coerce(value, schema), f"query {name}")
    request_body = op.definition.get("requestBody")
    if request_body is None:
        if body is not None:
            problems.append(f"{method} {op.template} takes no body")
        return problems
    if body is None:
        if request_body.get("required"):
            problems.append(f"{method} {op.template} needs a JSON body")
        return problems
    content = request_body.get("content", {})
    media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
    problems += _errors(media.get("schema", {}), body, "body")
    return problems


def response_errors(method: str, path: str, status: int, body: Any) -> list[str]:
    """Whether an answer fits the spec's schema for that status (for the emulator's own test)."""
    op = operation(method, path)
    if op is None:
        return [f"{method} {path} is not an operation of the spec"]
    response = op.definition.get("responses", {}).get(str(status))
    if response is None:
        return [f"{op.template} has no {status} answer in the spec"]
    if "$ref" in response:
        response = spec()["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    content = response.get("content", {})
    media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
    return _errors(media.get("schema", {}), body, "answer")
