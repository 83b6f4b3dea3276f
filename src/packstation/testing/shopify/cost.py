"""Query cost the way Shopify describes it: objects 1, scalars 0, connections 2 + first × node.

The requested cost is computed from the document before it runs (page sizes taken from
``first``); the actual cost from what came back. Mutations cost 10.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphql import (
    FieldNode,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    value_from_ast_untyped,
)

MUTATION_COST = 10


def _fields(selection_set: SelectionSetNode | None) -> list[FieldNode]:
    out: list[FieldNode] = []
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            out.append(selection)
        elif isinstance(selection, InlineFragmentNode):
            out.extend(_fields(selection.selection_set))
    return out


def _first(field: FieldNode, variables: dict[str, Any]) -> int:
    for argument in field.arguments or ():
        if argument.name.value in ("first", "last"):
            value = value_from_ast_untyped(argument.value, variables)
            return int(value or 0)
    return 1


# A plan per operation (documents are parsed once per distinct text, so the same operation
# comes back): the schema is looked up once, not on every request and every object returned.
_OBJECT, _LIST, _CONNECTION, _INTERFACE = range(4)
_PLANS: dict[int, tuple[OperationDefinitionNode, tuple[_Step, ...]]] = {}
_PLANS_KEPT = 512


@dataclass(frozen=True)
class _Step:
    """One field that costs: an object, a list of objects, a connection or an interface."""

    key: str  # the alias, or the field's name: where its value is in the result
    kind: int
    field: FieldNode  # its ``first``/``last`` argument sizes the requested cost
    inner: tuple[_Step, ...] = ()  # an object's or a list item's selection
    parts: tuple[tuple[_Step, ...], ...] = ()  # a connection's ``nodes``, an interface's fragments


def _plan(
    selection_set: SelectionSetNode | None, parent: GraphQLObjectType, schema: GraphQLSchema
) -> tuple[_Step, ...]:
    steps: list[_Step] = []
    for field in _fields(selection_set):
        name = field.name.value
        if name.startswith("__") or name not in parent.fields:
            continue
        field_type = parent.fields[name].type
        named = get_named_type(field_type)
        key = field.alias.value if field.alias else name
        if isinstance(named, GraphQLInterfaceType):
            # an interface field (``node``): 1, plus what its inline fragments select
            fragments = []
            for selection in field.selection_set.selections if field.selection_set else ():
                if isinstance(selection, InlineFragmentNode) and selection.type_condition:
                    target = schema.get_type(selection.type_condition.name.value)
                    if isinstance(target, GraphQLObjectType):
                        fragments.append(_plan(selection.selection_set, target, schema))
            steps.append(_Step(key, _INTERFACE, field, parts=tuple(fragments)))
        elif not isinstance(named, GraphQLObjectType):
            continue  # scalars and enums cost nothing
        elif named.name.endswith("Connection"):
            nodes = [child for child in _fields(field.selection_set) if child.name.value == "nodes"]
            node_type = get_named_type(named.fields["nodes"].type) if nodes else None
            assert node_type is None or isinstance(node_type, GraphQLObjectType)
            parts = tuple(_plan(child.selection_set, node_type, schema) for child in nodes)  # type: ignore[arg-type]
            steps.append(_Step(key, _CONNECTION, field, parts=parts))
        else:
            inner = field_type.of_type if isinstance(field_type, GraphQLNonNull) else field_type
            kind = _LIST if isinstance(inner, GraphQLList) else _OBJECT
            steps.append(_Step(key, kind, field, _plan(field.selection_set, named, schema)))
    return tuple(steps)


def _requested(steps: tuple[_Step, ...], variables: dict[str, Any]) -> int:
    """The cost before running: every list and connection as long as ``first`` asks."""
    total = 0
    for step in steps:
        if step.kind == _INTERFACE:
            total += 1 + sum(_requested(fragment, variables) for fragment in step.parts)
        elif step.kind == _CONNECTION:
            size = _first(step.field, variables)
            total += 2 + sum(size * (1 + _requested(nodes, variables)) for nodes in step.parts)
        elif step.kind == _LIST:
            total += _first(step.field, variables) * (1 + _requested(step.inner, variables))
        else:
            total += 1 + _requested(step.inner, variables)
    return total


def _actual(steps: tuple[_Step, ...], data: Any) -> int:
    """The cost of what came back."""
    total = 0
    for step in steps:
        value = data.get(step.key) if isinstance(data, dict) else None
        if step.kind == _CONNECTION:
            nodes = (value or {}).get("nodes") or []
            total += 2 + sum(1 + _actual(part, node) for part in step.parts for node in nodes)
        elif value is None:
            continue
        elif step.kind == _INTERFACE:
            total += 1 + sum(_actual(fragment, value) for fragment in step.parts)
        elif step.kind == _LIST:
            total += sum(1 + _actual(step.inner, item) for item in value)
        else:
            total += 1 + _actual(step.inner, value)
    return total


def query_cost(
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    variables: dict[str, Any],
    data: dict[str, Any] | None = None,
) -> int:
    """Requested cost (``data`` None) or actual cost (``data`` the execution result)."""
    if operation.operation.value == "mutation":
        return MUTATION_COST * len(_fields(operation.selection_set))
    kept = _PLANS.get(id(operation))
    if kept is None or kept[0] is not operation:  # kept: the id is not another's
        root = schema.query_type
        assert root is not None
        if len(_PLANS) >= _PLANS_KEPT:
            _PLANS.clear()
        kept = _PLANS[id(operation)] = (operation, _plan(operation.selection_set, root, schema))
    steps = kept[1]
    return _requested(steps, variables) if data is None else _actual(steps, data)
