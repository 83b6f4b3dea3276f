"""graphql-core's execution, quicker where the emulator's answers are plain data.

A page of fulfillment orders asks for the same fields of every line item, with the same
arguments (``metafield(namespace:, key:)``, ``url(transform: {…})``): graphql-core coerces
them again for every object, a third of a bulk query's time. Within one request the
variables are fixed, so here a field's arguments are coerced once per field of the document.
And a scalar's plain value in a dictionary is taken as graphql-core's default resolver and
completion take it, without the resolve info that neither uses. Everything else is
graphql-core's own execution: resolvers, the results' types, nulls and errors. With a
graphql-core older than 3.3 (no such executor), its execution is used as it is.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    GraphQLSchema,
    Undefined,
    default_field_resolver,
    execute_sync,
    get_argument_values,
    is_leaf_type,
    is_non_null_type,
)
from graphql.pyutils import Path

try:
    from graphql.execution.execute import assume_not_awaitable
    from graphql.execution.executor import to_nodes
    from graphql.execution.incremental.incremental_executor import IncrementalExecutor
except ImportError:  # graphql-core before 3.3: its own execution, as it is
    IncrementalExecutor = None  # type: ignore[assignment, misc]

Arguments = dict[str, Any]


_EXECUTOR: dict[str, Any] = {}  # the executor class, where graphql-core has one


def execute(
    schema: GraphQLSchema,
    document: DocumentNode,
    root_value: Any,
    variable_values: dict[str, Any] | None = None,
) -> ExecutionResult:
    """``execute_sync``, arguments coerced once per field (see above)."""
    return execute_sync(schema, document, root_value, variable_values=variable_values, **_EXECUTOR)


def _leaf_value(value: Any, return_type: Any, resolver: Any) -> Any:
    """A scalar or enum field's value, as graphql-core's default resolver and completion
    make it from a dictionary's plain value; None where anything else may happen (a null,
    a function, an object, a value the type refuses): there the ordinary way decides."""
    if resolver is not default_field_resolver or value is None or callable(value):
        return None
    named = return_type.of_type if is_non_null_type(return_type) else return_type
    if not is_leaf_type(named) or isinstance(value, Exception):
        return None
    try:
        coerced = named.coerce_output_value(value)
    except Exception:  # the ordinary way raises it again, as a field error
        return None
    return None if coerced is Undefined else coerced


if IncrementalExecutor is not None:

    class ArgumentsOnce(IncrementalExecutor):
        """graphql-core's executor; ``execute_field`` as its own, arguments remembered."""

        _known_arguments: dict[tuple[int, int], Arguments]

        def execute_fields(
            self,
            parent_type: Any,
            source_value: Any,
            path: Any,
            grouped_field_set: Any,
            position_context: Any,
        ) -> Any:
            """An object's fields (as graphql-core does, synchronously): a scalar's plain
            value in a dictionary is taken at once, the rest field by field."""
            if type(source_value) is not dict or self.is_awaitable is not assume_not_awaitable:
                return super().execute_fields(
                    parent_type, source_value, path, grouped_field_set, position_context
                )
            results: dict[str, Any] = {}
            for response_name, field_details_list in grouped_field_set.items():
                node = field_details_list[0].node
                field_def = self.schema.get_field(parent_type, node.name.value)
                if field_def and field_def.resolve is None and not field_def.args:
                    value = source_value.get(node.name.value)
                    leaf = _leaf_value(value, field_def.type, self.field_resolver)
                    if leaf is not None:
                        results[response_name] = leaf
                        continue
                field_path = Path(path, response_name, parent_type.name)
                result = self.execute_field(
                    parent_type, source_value, field_details_list, field_path, position_context
                )
                if result is not Undefined:
                    results[response_name] = result
            return results

        def execute_field(
            self,
            parent_type: Any,
            source: Any,
            field_details_list: Any,
            path: Any,
            position_context: Any,
        ) -> Any:
            """Resolve the field on one object (as graphql-core does), its arguments coerced
            on the first object only."""
            first = field_details_list[0]
            node = first.node
            field_def = self.schema.get_field(parent_type, node.name.value)
            if (
                not field_def
                or self.middleware_manager
                or first.fragment_variable_values is not None
            ):
                return super().execute_field(
                    parent_type, source, field_details_list, path, position_context
                )
            return_type = field_def.type
            if field_def.resolve is None and not field_def.args and type(source) is dict:
                leaf = _leaf_value(source.get(node.name.value), return_type, self.field_resolver)
                if leaf is not None:
                    return leaf
            resolve_fn = field_def.resolve or self.field_resolver
            nodes = to_nodes(field_details_list)
            info = self.build_resolve_info(field_def, nodes, parent_type, path)
            try:
                known = getattr(self, "_known_arguments", None)
                if known is None:
                    known = self._known_arguments = {}
                key = (id(node), id(field_def))  # the document and schema outlive the request
                args = known.get(key)
                if args is None:
                    args = known[key] = (
                        get_argument_values(
                            field_def, node, self.variable_values, None, self.hide_suggestions
                        )
                        if field_def.args or node.arguments
                        else {}
                    )
                result = resolve_fn(source, info, **args)
                if self.is_awaitable(result):
                    return self.complete_awaitable_value(
                        return_type, field_details_list, info, path, result, position_context
                    )
                return self.complete_value(
                    return_type, field_details_list, info, path, result, position_context
                )
            except Exception as raw_error:
                self.handle_field_error(raw_error, return_type, field_details_list, path)
                return None

    _EXECUTOR["executor_class"] = ArgumentsOnce
