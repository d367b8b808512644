#!/usr/bin/env python3
"""Every request and JSON answer the integration and end-to-end suites exchanged, checked against
docs/openapi.yaml (docs/API.md "OpenAPI").

The server records its answers when LINDUNGI_ANSWER_DIR is set (src/http/answer_log.hpp): one JSON
line each, with the route's pattern ("/api/v1/workers/{id}"), the request's media type and JSON
body, the status, the content type and the body. Each answer must belong to an operation of the
spec, with a status the operation declares (or its "default"), a content type that response
declares, and a body its schema accepts.

Each request body is checked too: its media type must be one the operation's requestBody declares,
and a JSON body must satisfy the schema, unless the server refused it (a 4xx answer): the tests
send broken and incomplete bodies on purpose, and those must be refused. So a body the spec
refuses but the server accepted (2xx) fails: the spec asks for more than the server does (a
`required` it does not enforce, a type it does not check) or the server lets through what the
contract says it refuses. A body that is not JSON though said to be, and a body sent to an
operation that declares none, must be refused as well; an operation whose requestBody is
`required` must not accept a request without one.

Usage: answers.py SPEC.yaml DIR [--clear | --allow-empty]
  --clear: empty DIR and stop (the ctest fixture's setup)
  --allow-empty: nothing recorded passes (ctest: a developer's `ctest -R` may pick tests that ask
  the API nothing); without it, as after the e2e journeys, nothing recorded fails.
Needs python3-yaml and python3-jsonschema (Debian 12).
"""
import collections
import glob
import json
import os
import sys

import jsonschema
import yaml


def load_answers(directory):
    for name in sorted(glob.glob(os.path.join(directory, "answers-*.jsonl"))):
        with open(name, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.strip():
                    yield f"{os.path.basename(name)}:{number}", json.loads(line)


def check_request(op, a, validator, problem):
    """The request's body against the operation's requestBody: "valid", "refused" (outside the spec
    and answered 4xx, as it must be), or None (no JSON body to check)."""
    refused = 400 <= a["status"] < 500
    kind = a.get("request_type")  # absent in records of an older server: nothing to check
    declared = op.get("requestBody", {})
    content = declared.get("content", {})
    if kind is None:
        if "request_type" in a and declared.get("required") and not refused and a["status"] < 500:
            problem("the request has no body, which the spec requires, and the server accepted it")
        return None
    media = kind.split(";")[0].strip().lower()
    if not content:
        if not refused:
            problem(f"a request body ({media or 'no content type'}) where the spec declares none, accepted")
        return None
    if media not in content and "*/*" not in content and "application/octet-stream" not in content:
        if not refused:
            problem(f"request content type {media or '(none)'} is not declared (only {', '.join(content)}), accepted")
        return None
    if a.get("request_not_json"):
        if not refused:
            problem("a request body that is not JSON was accepted")
        return "refused" if refused else None
    schema = content.get(media, {}).get("schema")
    if a.get("request") is None or schema is None or not media.endswith("json"):
        return None
    error = jsonschema.exceptions.best_match(validator(schema).iter_errors(a["request"]))
    if error is None:
        return "valid"
    if refused:
        return "refused"
    at = "/".join(str(p) for p in error.absolute_path) or "(root)"
    problem(f"request {at}: {error.message[:300]} (the spec refuses it, the server accepted it)")
    return None


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    spec_path, directory = sys.argv[1], sys.argv[2]
    if "--clear" in sys.argv[3:]:
        for name in glob.glob(os.path.join(directory, "answers-*.jsonl")):
            os.remove(name)
        return 0
    with open(spec_path, encoding="utf-8") as f:
        # libyaml's loader when python3-yaml has it (Debian's does): several times faster.
        spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    components = spec.get("components", {})
    responses_by_ref = components.get("responses", {})
    validators = {}

    def validator(schema):
        key = json.dumps(schema, sort_keys=True)
        if key not in validators:
            # The component schemas travel with each one, so that "#/components/schemas/X" resolves
            # against its root (and in jsonschema 4.10, bookworm's, as in newer ones).
            validators[key] = jsonschema.Draft202012Validator({**schema, "components": components})
        return validators[key]

    operations = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch", "head"):
                operations[(method.upper(), path)] = op

    problems = collections.Counter()
    first_where = {}
    seen = collections.Counter()
    total = checked = 0
    requests_checked = requests_refused = 0
    for where, a in load_answers(directory):
        total += 1
        key = (a["method"], a["route"])
        op = operations.get(key)

        def problem(text):
            p = (a["method"], a["route"], a["status"], text)
            problems[p] += 1
            first_where.setdefault(p, where)

        if op is None:
            problem("the spec has no such operation")
            continue
        seen[key] += 1
        outcome = check_request(op, a, validator, problem)
        requests_checked += outcome == "valid" or outcome == "refused"
        requests_refused += outcome == "refused"
        response = op["responses"].get(str(a["status"])) or op["responses"].get("default")
        if response is None:
            problem(f"status {a['status']} is not declared")
            continue
        if "$ref" in response:
            response = responses_by_ref[response["$ref"].rsplit("/", 1)[1]]
        content = response.get("content", {})
        media = a["type"].split(";")[0].strip()
        if a.get("not_json"):
            problem("the body is not JSON")
            continue
        if not content:
            if a["status"] != 204 and a["body"] is not None:
                problem("a body where the spec declares none")
            continue
        if media not in content:
            problem(f"content type {media} is not declared (only {', '.join(content)})")
            continue
        schema = content[media].get("schema")
        if a["body"] is None or schema is None:
            continue
        checked += 1
        error = jsonschema.exceptions.best_match(validator(schema).iter_errors(a["body"]))
        if error is not None:
            at = "/".join(str(p) for p in error.absolute_path) or "(root)"
            problem(f"{at}: {error.message[:300]}")

    print(f"openapi answers: {total} answers recorded, {checked} JSON bodies validated, "
          f"{requests_checked} JSON request bodies validated ({requests_refused} outside the spec and "
          f"refused, as they must be), {len(seen)} of {len(operations)} operations exercised")
    if total == 0:
        print(f"openapi answers: nothing recorded in {directory}", file=sys.stderr)
        return 0 if "--allow-empty" in sys.argv[3:] else 1
    for (method, route, status, text), count in sorted(problems.items()):
        print(f"FAIL {method} {route} {status}: {text} ({count}x, first {first_where[(method, route, status, text)]})")
    if problems:
        print(f"openapi answers: {sum(problems.values())} answers do not match docs/openapi.yaml", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
