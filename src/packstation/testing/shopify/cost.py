"""Query cost the way Shopify describes it: objects 1, scalars 0, connections 2 + first × node.

The requested cost is computed from the document before it runs (page sizes taken from
``first``); the actual cost from what came back. Mutations cost 10.
"""

from __future__ import annotations

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


def _fragment_cost(
    field: FieldNode, variables: dict[str, Any], value: Any, actual: bool, schema: GraphQLSchema
) -> int:
    """An interface field (``node``): 1, plus what its inline fragments select."""
    total = 1
    for selection in field.selection_set.selections if field.selection_set else ():
        if isinstance(selection, InlineFragmentNode) and selection.type_condition is not None:
            target = schema.get_type(selection.type_condition.name.value)
            if isinstance(target, GraphQLObjectType):
                total += _selection_cost(
                    selection.selection_set, target, variables, value, actual, schema
                )
    return total


def _selection_cost(
    selection_set: SelectionSetNode | None,
    parent: GraphQLObjectType,
    variables: dict[str, Any],
    data: Any,
    actual: bool,
    schema: GraphQLSchema,
) -> int:
    total = 0
    for field in _fields(selection_set):
        name = field.name.value
        if name.startswith("__") or name not in parent.fields:
            continue
        field_type = parent.fields[name].type
        named = get_named_type(field_type)
        key = field.alias.value if field.alias else name
        value = data.get(key) if actual and isinstance(data, dict) else None
        if isinstance(named, GraphQLInterfaceType):
            if not actual or value is not None:
                total += _fragment_cost(field, variables, value, actual, schema)
            continue
        if not isinstance(named, GraphQLObjectType):
            continue
        if named.name.endswith("Connection"):
            total += 2 + _connection_cost(field, named, variables, value, actual, schema)
            continue
        inner = field_type.of_type if isinstance(field_type, GraphQLNonNull) else field_type
        if isinstance(inner, GraphQLList):
            items = value if actual else [None] * _first(field, variables)
            for item in items or []:
                total += 1 + _selection_cost(
                    field.selection_set, named, variables, item, actual, schema
                )
        elif not actual or value is not None:
            total += 1 + _selection_cost(
                field.selection_set, named, variables, value, actual, schema
            )
    return total


def _connection_cost(
    field: FieldNode,
    connection: GraphQLObjectType,
    variables: dict[str, Any],
    value: Any,
    actual: bool,
    schema: GraphQLSchema,
) -> int:
    total = 0
    for child in _fields(field.selection_set):
        if child.name.value != "nodes":
            continue
        node_type = get_named_type(connection.fields["nodes"].type)
        assert isinstance(node_type, GraphQLObjectType)
        nodes = (value or {}).get("nodes") or [] if actual else [None] * _first(field, variables)
        for node in nodes:
            total += 1 + _selection_cost(
                child.selection_set, node_type, variables, node, actual, schema
            )
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
    root = schema.query_type
    assert root is not None
    return _selection_cost(operation.selection_set, root, variables, data, data is not None, schema)
