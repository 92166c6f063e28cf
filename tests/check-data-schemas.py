#!/usr/bin/env python3
"""Checks Duizhao's data files against their JSON Schemas.

Usage: check-data-schemas.py RESOURCES_DIR

Every *.json under RESOURCES_DIR (the schemas folder aside) names its format
("format": "duizhao-…"); the schema in RESOURCES_DIR/schemas whose "format"
constant is that format must accept it. A data file whose format has no
schema is an error, so a new kind of data file cannot ship unchecked.

The schemas must also refuse what the program refuses: for each data file,
copies with a required member removed, with another version, with an unknown
member and with a label made a plain string are validated and must fail. A
schema that accepts them checks nothing.

Uses python3-jsonschema (Debian), the reference validator for JSON Schema
draft 2020-12.
"""

import copy
import json
import pathlib
import sys

try:
    import jsonschema
    import referencing
except ImportError as error:
    sys.exit(f"check-data-schemas: {error.name} is not installed (Debian: apt-get install python3-jsonschema)")


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as error:
        sys.exit(f"{path}: cannot be read as JSON: {error}")


def schemas_by_format(folder):
    """All schemas of the folder in one registry, and the ones that describe a format."""
    resources = []
    by_format = {}
    for path in sorted(folder.glob("*.schema.json")):
        schema = load(path)
        try:
            jsonschema.Draft202012Validator.check_schema(schema)
        except jsonschema.SchemaError as error:
            sys.exit(f"{path}: not a valid JSON Schema: {error.message}")
        resources.append((schema["$id"], referencing.Resource.from_contents(schema)))
        fmt = schema.get("properties", {}).get("format", {}).get("const")
        if fmt:
            if fmt in by_format:
                sys.exit(f"{path}: a second schema for the format {fmt}")
            by_format[fmt] = (path, schema)
    registry = referencing.Registry().with_resources(resources)
    return registry, by_format


def problems(validator, document):
    return sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))


def where(error):
    return "/" + "/".join(str(p) for p in error.absolute_path)


def first_label_path(node, path=()):
    """The path of the first {"zh", "en"} object in the document, if any."""
    if isinstance(node, dict):
        if set(node) == {"zh", "en"}:
            return path
        for key, value in node.items():
            found = first_label_path(value, path + (key,))
            if found is not None:
                return found
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found = first_label_path(value, path + (i,))
            if found is not None:
                return found
    return None


def mutants(document, schema):
    """Broken copies of a valid document, each with what was broken."""
    for key in schema.get("required", []):
        broken = copy.deepcopy(document)
        del broken[key]
        yield f'without the required "{key}"', broken
    broken = copy.deepcopy(document)
    broken["version"] = document["version"] + 1
    yield "with another version", broken
    broken = copy.deepcopy(document)
    broken["colour"] = "blue"
    yield 'with an unknown member "colour"', broken
    label = first_label_path(document)
    if label is not None:
        broken = copy.deepcopy(document)
        node = broken
        for step in label[:-1]:
            node = node[step]
        node[label[-1]] = "a label without languages"
        yield "with a label that is a plain string at /" + "/".join(map(str, label)), broken


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    resources = pathlib.Path(sys.argv[1])
    schema_folder = resources / "schemas"
    registry, by_format = schemas_by_format(schema_folder)
    if not by_format:
        sys.exit(f"{schema_folder}: no schemas")

    failures = 0
    checked = 0
    for path in sorted(resources.rglob("*.json")):
        if schema_folder in path.parents:
            continue
        document = load(path)
        fmt = document.get("format") if isinstance(document, dict) else None
        if fmt not in by_format:
            print(f"{path}: no schema for the format {fmt!r} in {schema_folder}")
            failures += 1
            continue
        schema_path, schema = by_format[fmt]
        validator = jsonschema.Draft202012Validator(schema, registry=registry)
        errors = problems(validator, document)
        for error in errors[:20]:
            print(f"{path}: {where(error)}: {error.message}")
        failures += len(errors)
        refused = 0
        broken_count = 0
        for what, broken in mutants(document, schema):
            broken_count += 1
            if validator.is_valid(broken):
                print(f"{schema_path}: accepts {path.name} {what}")
                failures += 1
            else:
                refused += 1
        checked += 1
        status = "ok" if not errors else f"{len(errors)} problem(s)"
        print(f"{path.relative_to(resources)}: {status} against {schema_path.name}; {refused}/{broken_count} broken copies refused")

    print(f"{checked} data files checked against {len(by_format)} schemas, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
