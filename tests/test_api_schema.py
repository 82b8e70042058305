"""Schemathesis against the explorer's OpenAPI description: whatever the schema allows, the API answers without
a server error and as its schema says.

The operations are walked by hand with Hypothesis, since schemathesis's own
pytest integration does not run under this pytest.
"""

from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings

from storyline.web import create_app

EXAMPLES = 25  # per operation


def test_the_api_keeps_to_its_schema(outlets: Path):
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(outlets))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  derandomize=True)  # the same examples on every run: CI stays repeatable
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate()

        check()
