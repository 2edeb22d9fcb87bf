"""Validates JSON documents against a JSON Schema (draft 2020-12) with python-jsonschema.

    /usr/bin/python3 validate.py SCHEMA_FILE DOCS_DIR

The same contract as ../js/validate.mjs: the schema is checked against the 2020-12 meta-schema
first (Draft202012Validator.check_schema); if it is not valid, it prints
{"schemaErrors": [...]} and each message on stderr, and exits 2. Then every file
DOCS_DIR/<def>__<anything>.json is validated against <schema $id>#/$defs/<def>, and one line of
JSON is printed per document, in file-name order:
    {"file": "actor__a.json", "valid": false, "errors": ["/name: 3 is not of type 'string'"]}
Exit 0: it ran (whatever the verdicts); 3: jsonschema is not installed; 64: usage error (bad
arguments, a file name not <def>__*.json, an unknown <def>).

Works with Debian 12's python3-jsonschema 4.10 (RefResolver) and with jsonschema >= 4.18
(referencing.Registry). `format` is an annotation here, not asserted, as in validate.mjs.
Run by dev.sitrep.io.ExternalValidators.
"""

import json
import os
import sys

USAGE = 64
SCHEMA_PROBLEM = 2
NOT_INSTALLED = 3


def die(code, messages):
    for m in messages:
        print(f"validate.py: {m}", file=sys.stderr)
    sys.exit(code)


try:
    from jsonschema import Draft202012Validator
except ImportError as e:  # jsonschema missing, or older than 4.0
    die(NOT_INSTALLED, [f"python-jsonschema >= 4.0 is needed ({e}); "
                        "on Debian: apt-get install python3-jsonschema"])


def pointer(path):
    """An error's instance path as a JSON Pointer, "" for the root, like ajv's instancePath."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def validator_factory(schema, schema_id):
    """Returns a function making a validator for one URI reference into the schema."""
    try:  # jsonschema >= 4.18
        from referencing import Registry
        from referencing.jsonschema import DRAFT202012
    except ImportError:  # jsonschema 4.0 to 4.17, such as Debian 12's 4.10
        from jsonschema import RefResolver

        resolver = RefResolver(base_uri=schema_id, referrer=schema, store={schema_id: schema})
        return lambda ref: Draft202012Validator({"$ref": ref}, resolver=resolver)
    registry = Registry().with_resource(schema_id, DRAFT202012.create_resource(schema))
    return lambda ref: Draft202012Validator({"$ref": ref}, registry=registry)


def main(argv):
    if len(argv) != 3:
        die(USAGE, ["usage: python3 validate.py SCHEMA_FILE DOCS_DIR"])
    schema_file, docs_dir = argv[1], argv[2]
    try:
        with open(schema_file, encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        die(USAGE, [f"cannot read schema {schema_file}: {e}"])
    schema_id = schema.get("$id") if isinstance(schema, dict) else None
    if not isinstance(schema_id, str) or "#" in schema_id:
        die(USAGE, ["the schema must have an absolute $id without a fragment"])
    defs = schema.get("$defs") if isinstance(schema.get("$defs"), dict) else {}

    # check_schema raises on the best error; list them all.
    meta = Draft202012Validator(Draft202012Validator.META_SCHEMA)
    problems = [f"{pointer(e.absolute_path)}: {e.message}"
                for e in sorted(meta.iter_errors(schema), key=lambda e: list(map(str, e.path)))]
    try:
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # SchemaError
        if not problems:
            problems.append(str(getattr(e, "message", e)))
    if problems:
        print(json.dumps({"schemaErrors": problems}), flush=True)
        die(SCHEMA_PROBLEM, problems)

    try:
        files = sorted(f for f in os.listdir(docs_dir) if f.endswith(".json"))
    except OSError as e:
        die(USAGE, [f"cannot list {docs_dir}: {e}"])
    jobs = []
    for file in files:
        sep = file.find("__")
        if sep <= 0:
            die(USAGE, [f"{file}: the name must be <def>__<anything>.json"])
        definition = file[:sep]
        if definition not in defs:
            die(USAGE, [f"{file}: the schema has no $defs entry '{definition}'"])
        jobs.append((file, definition))

    make = validator_factory(schema, schema_id)
    validators = {}
    for file, definition in jobs:
        try:
            with open(os.path.join(docs_dir, file), encoding="utf-8") as f:
                doc = json.load(f)
        except ValueError as e:
            print(json.dumps({"file": file, "valid": False, "errors": [f": not JSON: {e}"]}))
            continue
        if definition not in validators:
            # JSON Pointer escaping; $defs names in sitrep need no percent-encoding.
            fragment = definition.replace("~", "~0").replace("/", "~1")
            validators[definition] = make(f"{schema_id}#/$defs/{fragment}")
        errors = sorted(validators[definition].iter_errors(doc),
                        key=lambda e: (list(map(str, e.absolute_path)), e.message))
        print(json.dumps({"file": file, "valid": not errors,
                          "errors": [f"{pointer(e.absolute_path)}: {e.message}" for e in errors]}))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
