#!/usr/bin/python3
"""Validates JSON files against a JSON Schema (draft 2020-12).

Usage: validate_json_schema.py SCHEMA FILE [FILE...]

Prints up to --max-errors errors per file, each with its JSON path, and exits
1 when any file is invalid, 2 on bad usage or an unreadable file, 0 otherwise.
Needs the jsonschema package (Debian: python3-jsonschema).
"""

import argparse
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate_json_schema.py: the jsonschema module is missing "
          "(apt-get install python3-jsonschema)", file=sys.stderr)
    sys.exit(2)


def json_path(error):
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            # JSON has no NaN or Infinity; Python would accept them silently.
            return json.load(f, parse_constant=lambda c: reject_constant(path, c))
    except (OSError, ValueError) as e:
        print(f"{path}: cannot read: {e}", file=sys.stderr)
        sys.exit(2)


def reject_constant(path, constant):
    raise ValueError(f"{constant} is not JSON")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("schema")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--max-errors", type=int, default=10)
    args = parser.parse_args()

    schema = load(args.schema)
    validator_class = jsonschema.Draft202012Validator
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"{args.schema}: not a valid draft 2020-12 schema: {e.message} at {json_path(e)}",
              file=sys.stderr)
        return 2
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())

    invalid = 0
    for path in args.files:
        errors = sorted(validator.iter_errors(load(path)), key=json_path)
        if not errors:
            print(f"{path}: valid")
            continue
        invalid += 1
        print(f"{path}: {len(errors)} error(s)")
        for e in errors[:args.max_errors]:
            # The deepest cause says more than "is not valid under any of the given schemas".
            best = jsonschema.exceptions.best_match([e])
            print(f"  {json_path(best)}: {best.message}")
        if len(errors) > args.max_errors:
            print(f"  ... and {len(errors) - args.max_errors} more")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
