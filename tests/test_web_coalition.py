"""The web coalition calculator: unattributed seats, bounded requests, work off the event loop."""
from __future__ import annotations

import time

import pytest
from starlette.testclient import TestClient
from test_web import FakeStore, build_extraction

import kingmaker.web.analyses as web
from kingmaker.web.app import create_app


@pytest.fixture()
def client() -> TestClient:
    return TestClient(create_app(FakeStore(build_extraction())), base_url="http://127.0.0.1")


def _params(seats: dict[str, int], **extra) -> list[tuple[str, str]]:
    out = []
    for name, value in seats.items():
        out += [("party", name), ("seats", str(value))]
    return out + [(k, str(v)) for k, v in extra.items()]


def test_unattributed_seats_are_independents_with_a_warning(client):
    r = client.get("/api/coalition", params=_params({"A": 27, "B": 19, "C": 8}, size=128))
    c = r.json()
    assert r.status_code == 200 and c["independents"]["seats"] == 74
    assert "Others" not in [p["name"] for p in c["parties"]]
    assert c["warnings"] and "74 of 128 seats" in c["warnings"][0]
    page = client.get("/coalition", params=_params({"A": 27, "B": 19, "C": 8}, size=128))
    assert "74 of 128 seats" in page.text and "74 unattributed (independent members)" in page.text
    assert "11 of 74 unattributed" in page.text  # A + B + C still need 11 of them
    bloc = client.get("/api/coalition", params=_params({"A": 27, "B": 19, "C": 8}, size=128, others="bloc")).json()
    assert "Others" in [p["name"] for p in bloc["parties"]]


def test_too_large_requests_are_refused_with_a_short_message(client):
    many = client.get("/api/coalition", params=_params({f"p{i}": 1 for i in range(201)}))
    assert many.status_code == 413 and "too many parties" in many.json()["error"]
    huge = client.get("/api/coalition", params=_params({"A": 10**16, "B": 1}))
    assert huge.status_code == 400 and "whole number up to" in huge.json()["error"]
    long_query = client.get("/api/coalition?" + "x=1&" * 5000)
    assert long_query.status_code == 413 and "too large" in long_query.json()["error"]
    size = client.get("/api/coalition", params=_params({"A": 40, "B": 35}, size=10**12))
    assert size.status_code == 400 and "--others bloc" in size.json()["error"]
    ok = client.get("/api/coalition", params=_params({"A": 10**12, "B": 1}))
    assert ok.status_code == 200 and ok.json()["parties"][0]["shapley"] == 1.0


def test_the_computation_has_a_time_budget(client, monkeypatch):
    def slow(corpus, request):
        time.sleep(1.0)
        return {}, None, 200

    monkeypatch.setattr(web, "COALITION_SECONDS", 0.1)
    monkeypatch.setattr(web, "_coalition", slow)
    start = time.perf_counter()
    r = client.get("/api/coalition")
    assert r.status_code == 503 and "longer than" in r.json()["error"]
    assert time.perf_counter() - start < 0.9  # answered before the worker finished


def test_api_what_if(client):
    c = client.get("/api/coalition", params=_params({"A": 40, "B": 35, "C": 25}) + [("without", "C"), ("with", "A+B")])
    assert c.status_code == 200
    w = c.json()["what_if"]
    assert w["merged"] == ["A+B"] and w["result"]["parties"][0]["shapley"] == 1.0
    bad = client.get("/api/coalition", params=_params({"A": 40, "B": 35}) + [("without", "Z")])
    assert bad.status_code == 400 and "no such party" in bad.json()["error"]


def test_empty_what_if_fields_are_no_what_if(client):
    c = client.get("/api/coalition", params=_params({"A": 40, "B": 35}) + [("without", ""), ("with", " "),
                                                                           ("drop_tie", "")])
    assert c.status_code == 200 and "what_if" not in c.json()
