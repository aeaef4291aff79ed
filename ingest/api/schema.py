"""Touches to the generated OpenAPI document, so it says exactly what the API accepts."""

# Text parameters may hold anything but NUL, which Django's form fields refuse (and PostgreSQL cannot store).
NO_NUL = "^[^\\u0000]*$"


def tighten_query_parameters(result, generator, request, public):
    """An optional query parameter sent empty (`?since=`, as an HTML filter form submits) means "not set":
    django-filter and the paginator ignore it. Say so, so clients and schemathesis know it is valid.
    And say that free-text parameters take no NUL character."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                if parameter.get("in") != "query":
                    continue
                if not parameter.get("required"):
                    parameter["allowEmptyValue"] = True
                schema = parameter.get("schema", {})
                if schema.get("type") == "string" and not ({"enum", "format", "pattern"} & set(schema)):
                    schema["pattern"] = NO_NUL
    return result
