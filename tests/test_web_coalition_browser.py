"""The coalition calculator in a real browser: unattributed seats stay independents while editing."""
from __future__ import annotations

import pytest
from test_web import build_extraction
from test_web_browser import CHROMIUM, Server, Watched, browser, sync_api  # noqa: F401  (fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


def test_editing_seats_keeps_the_independents_and_the_warning(browser):  # noqa: F811
    from kingmaker.web.app import create_app

    with Server(create_app(build_extraction())) as server:
        w = Watched(browser, server.url)
        page = w.goto("/coalition?party=A&seats=27&party=B&seats=19&party=C&seats=8&size=128")
        assert "74 of 128 seats" in page.locator("#coalition-warnings").text_content()
        assert page.locator("#power-table tr.independents").count() == 1
        page.locator("#seat-table input[name=seats]").first.fill("37")  # 64 listed: 64 unattributed
        sync_api.expect(page.locator("#power-table tr.independents")).to_contain_text("64 unattributed")
        sync_api.expect(page.locator("#coalition-warnings")).to_contain_text("64 of 128 seats")
        assert "Others" not in page.locator("#coalition-list").text_content()
        page.locator("select[name=others]").select_option("bloc")
        sync_api.expect(page.locator("#power-table")).to_contain_text("Others")
        assert not w.errors, w.errors
        w.assert_local_only()
        w.close()
