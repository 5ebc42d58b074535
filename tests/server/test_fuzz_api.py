"""Every route of the contract's OpenAPI spec, fuzzed with Schemathesis over real
HTTPS: no input reaches a 5xx, authenticated or not.

The spec (the last public one, 0.1.7, in ``tests/api/fixtures``) writes path
parameters Express-style (``/rooms/:room_id``) and declares none;
:func:`_contract_schema` turns them into OpenAPI's ``{room_id}`` with a string
parameter each. Valid (positive) and invalid
(negative) requests are generated for each operation; the number per operation
keeps the whole test within about a minute on a busy machine.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from launcher.server import BuiltinServer
from tests.helpers.api import make_token
from tests.helpers.servers import AppCredentials, register_app

SPEC = Path(__file__).parents[1] / "api" / "fixtures" / "meetings-openapi.yml"
#: Requests per operation and generation mode (authenticated); unauthenticated
#: requests all stop at the token check, so fewer say as much.
EXAMPLES = 8
UNAUTHENTICATED_EXAMPLES = 3
_EXPRESS_PARAM = re.compile(r":([A-Za-z_]+)")


def _contract_schema(base_url: str) -> Any:
    raw = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    paths: dict[str, Any] = {}
    for path, item in raw["paths"].items():
        names = _EXPRESS_PARAM.findall(path)
        if names:
            item = dict(item)
            item["parameters"] = [
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                for name in names
            ]
        paths[_EXPRESS_PARAM.sub(r"{\1}", path)] = item
    raw["paths"] = paths
    raw["servers"] = [{"url": base_url}]
    schema = schemathesis.openapi.from_dict(raw)
    schema.config.update(base_url=base_url)
    return schema


def _fuzz(
    server: BuiltinServer, creds: AppCredentials | None, examples: int
) -> tuple[list[str], Counter[int]]:
    """Fuzz every operation: the 5xx answers seen, as readable lines, and how
    many answers of each status came back."""
    schema = _contract_schema(server.api_url)
    assert server.ca_cert_path is not None
    verify = str(server.ca_cert_path)
    failures: list[str] = []
    statuses: Counter[int] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 17, [op.label for op in operations]
    for operation in operations:
        strategy = st.one_of(
            operation.as_strategy(GenerationMode.POSITIVE),
            operation.as_strategy(GenerationMode.NEGATIVE),
        )

        @settings(
            max_examples=examples * 2,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy)
        def run(case: Any) -> None:
            headers = dict(case.headers or {})
            if creds is not None:
                headers["Authorization"] = f"Bearer {make_token(creds)}"
            response = case.call(headers=headers, verify=verify, timeout=30)
            statuses[response.status_code] += 1
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} {case.query} {case.body!r}"
                    f" -> {response.status_code} {response.text[:200]}"
                )
            if creds is None:
                assert response.status_code == 401, (case.method, case.formatted_path)

        run()
    return failures, statuses


@pytest.fixture(scope="module")
def fuzz_credentials(shared_server: BuiltinServer) -> AppCredentials:
    return register_app(shared_server, "fuzz")


def test_fuzzing_every_route_authenticated_finds_no_5xx(
    shared_server: BuiltinServer, fuzz_credentials: AppCredentials
) -> None:
    started = time.monotonic()
    failures, statuses = _fuzz(shared_server, fuzz_credentials, EXAMPLES)
    print(f"authenticated fuzzing: {time.monotonic() - started:.1f} s, statuses {statuses}")
    assert not failures, "\n".join(failures)
    # The requests got past the token check: some were valid, some refused.
    assert any(200 <= status < 300 for status in statuses), statuses
    assert statuses[400] > 0 and statuses[404] > 0, statuses


def test_fuzzing_every_route_unauthenticated_is_401(shared_server: BuiltinServer) -> None:
    failures, statuses = _fuzz(shared_server, None, UNAUTHENTICATED_EXAMPLES)
    assert not failures
    assert set(statuses) == {401}
