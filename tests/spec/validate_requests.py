#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate request bodies built by Kaiwa against the OpenAI OpenAPI spec.

Runs the table command (kaiwa_request_table), or reads a table file written by a loopback test
(requests Kaiwa really sent to the fake server), with one JSON object per line:
{"name", "schema", "expect": "valid"|"invalid", "body"}. Each body is validated against
#/components/schemas/<schema> with a JSON Schema Draft 2020-12 validator whose $refs resolve
inside the spec. Fails when a "valid" body is rejected or an "invalid" body is accepted.

The spec says OpenAPI 3.1 but still uses 3.0 forms (protocol.md section 14b), rewritten first:
  * nullable: true            -> "null" added to type (or anyOf [..., {type: null}])
  * exclusiveMinimum: true     -> exclusiveMinimum: <minimum>   (same for Maximum)
Use Debian's interpreter: /usr/bin/python3 with python3-jsonschema (4.10) and python3-yaml.
"""

import argparse
import json
import subprocess
import sys

import jsonschema
import yaml

SCHEMAS = ("CreateChatCompletionRequest", "CreateCompletionRequest")


def rewrite_openapi30(node):
    """Turn the OpenAPI 3.0 keywords left in the spec into their JSON Schema 2020-12 forms."""
    if isinstance(node, list):
        return [rewrite_openapi30(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: rewrite_openapi30(value) for key, value in node.items()}
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(node.get(bound), bool):
            if node.pop(bound) and limit in node:
                node[bound] = node.pop(limit)
    if node.pop("nullable", False) is True:
        if "enum" in node and None not in node["enum"]:
            node["enum"] = list(node["enum"]) + [None]
        if "type" in node:
            types = node["type"] if isinstance(node["type"], list) else [node["type"]]
            if "null" not in types:
                node["type"] = types + ["null"]
        else:
            # $ref / allOf / oneOf with nullable: allow null beside whatever they describe.
            node = {"anyOf": [node, {"type": "null"}]}
    return node


def load_spec(path):
    with open(path, "rb") as handle:
        spec = yaml.load(handle, Loader=yaml.CSafeLoader)
    return rewrite_openapi30(spec)


def make_validator(spec, schema_name):
    schemas = spec.get("components", {}).get("schemas", {})
    if schema_name not in schemas:
        raise SystemExit(f"schema {schema_name!r} is not in the spec")
    resolver = jsonschema.RefResolver(base_uri="", referrer=spec)
    root = {"$ref": f"#/components/schemas/{schema_name}"}
    return jsonschema.Draft202012Validator(root, resolver=resolver)


def read_table(command, path):
    if path:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    else:
        result = subprocess.run([command], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"{command} exited with {result.returncode}:\n{result.stderr}")
        text = result.stdout
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    for row in rows:
        missing = {"name", "schema", "expect", "body"} - row.keys()
        if missing or row["expect"] not in ("valid", "invalid"):
            raise SystemExit(f"malformed table row: {row}")
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--table-cmd", help="command printing the JSON-lines table")
    source.add_argument("--table-file", help="a JSON-lines table written by a test")
    parser.add_argument("--spec", required=True, help="openai-openapi.yaml")
    args = parser.parse_args()

    rows = read_table(args.table_cmd, args.table_file)
    # A validator that accepts everything proves nothing (protocol.md 14b): insist on both kinds.
    if not any(r["expect"] == "valid" for r in rows) or not any(
        r["expect"] == "invalid" for r in rows
    ):
        raise SystemExit("the table needs both valid and invalid rows")

    spec = load_spec(args.spec)
    validators = {name: make_validator(spec, name) for name in SCHEMAS}
    failures = []
    for row in rows:
        validator = validators.get(row["schema"])
        if validator is None:
            failures.append(f"{row['name']}: unknown schema {row['schema']}")
            continue
        errors = list(validator.iter_errors(row["body"]))
        accepted = not errors
        if row["expect"] == "valid" and not accepted:
            best = jsonschema.exceptions.best_match(errors)
            where = "/".join(str(p) for p in best.absolute_path) or "(root)"
            failures.append(
                f"REJECTED but expected valid: {row['name']}\n"
                f"    at {where}: {best.message[:400]}\n"
                f"    body: {json.dumps(row['body'])[:600]}"
            )
        elif row["expect"] == "invalid" and accepted:
            failures.append(
                f"ACCEPTED but expected invalid: {row['name']}\n"
                f"    body: {json.dumps(row['body'])[:600]}"
            )
        else:
            reason = ""
            if errors:
                best = jsonschema.exceptions.best_match(errors)
                where = "/".join(str(p) for p in best.absolute_path) or "(root)"
                reason = f"  [rejected at {where}]"
            print(f"ok   {row['expect']:<7} {row['schema']:<27} {row['name']}{reason}")

    valid = sum(r["expect"] == "valid" for r in rows)
    print(f"\n{len(rows)} requests ({valid} valid, {len(rows) - valid} invalid), "
          f"{len(failures)} failure(s)")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
