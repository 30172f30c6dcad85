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


def test_the_users_quota_is_kept_and_a_what_if_is_shown_beside_the_baseline(browser):  # noqa: F811
    from kingmaker.web.app import create_app

    with Server(create_app(build_extraction())) as server:
        w = Watched(browser, server.url)
        page = w.goto("/coalition?party=A&seats=40&party=B&seats=35&party=C&seats=25")
        # the corpus's results can be chosen (the document with seats facts)
        assert page.locator("#results-document option[value=d1]").count() == 1
        page.locator("input[name=quota]").fill("70")
        sync_api.expect(page.locator("#coalition-summary")).to_contain_text("Quota 70")
        page.locator("#seat-table input[name=seats]").first.fill("45")
        sync_api.expect(page.locator("#power-table")).to_contain_text("45")
        assert "Quota 70" in page.locator("#coalition-summary").text_content()  # kept, not recomputed
        page.locator("input[name=without]").fill("C")
        sync_api.expect(page.locator("#what-if-title")).to_have_text("What if: without C")
        assert "C" not in [c.text_content() for c in page.locator("#what-if-power-table tbody td:first-child").all()]
        assert page.locator("#power-table tbody tr").count() == 3  # the baseline still has C
        assert "without=C" in page.url and "quota=70" in page.url
        assert not w.errors, w.errors
        w.assert_local_only()
        w.close()


def test_timeline_axes_are_readable_and_a_bar_leads_to_its_events(browser):  # noqa: F811
    from kingmaker.web.app import create_app

    with Server(create_app(build_extraction())) as server:
        w = Watched(browser, server.url)
        page = w.goto("/timeline?actor=a4&with=a2")
        page.wait_for_selector("#chart .main-svg")
        right = [t.text_content() for t in page.locator("#chart .y2tick text").all()]
        assert right == ["−2 material coop.", "−1 verbal coop.", "0 mixed", "+1 verbal conflict",
                         "+2 material conflict"]
        left = [t.text_content() for t in page.locator("#chart .ytick text").all()]
        assert left and all(t.isdigit() for t in left), left  # whole numbers of events
        assert "vs" in page.locator("h1").text_content()
        bars = [b for b in page.locator("#chart g.trace.bars path").all() if (b.bounding_box() or {}).get("height")]
        box = bars[0].bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_function("() => location.hash === '#p-2021-05'")
        assert not w.errors, w.errors
        w.assert_local_only()
        w.close()
