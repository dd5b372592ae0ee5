"""graph.html in a real browser (Debian's Chromium driven by Playwright) with the network cut off."""
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def page_in_browser(seeds_build):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    requests = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync"],
        )
        context = browser.new_context(offline=True, viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.goto((seeds_build / "graph.html").as_uri())
        page.wait_for_function("typeof network !== 'undefined' && network.body && Object.keys(network.body.nodes).length > 0",
                               timeout=30000)
        page.wait_for_timeout(1500)
        yield page, requests
        browser.close()


def test_page_loads_nothing_from_the_network(page_in_browser):
    _, requests = page_in_browser
    assert [url for url in requests if not url.startswith(("file:", "data:", "blob:"))] == []


def test_page_draws_nodes_with_chinese_labels(page_in_browser):
    page, _ = page_in_browser
    labels = page.evaluate("network.body.data.nodes.get().map(n => n.label)")
    assert len(labels) > 50
    assert any("\u4e00" <= ch <= "\u9fff" for label in labels for ch in label)


def test_nodes_are_coloured_by_type_with_a_legend(page_in_browser):
    page, _ = page_in_browser
    colours = set(page.evaluate("network.body.data.nodes.get().map(n => n.color)"))
    assert len(colours) >= 4
    legend = page.inner_text("#legend")
    for kind in ("Institution", "Region", "Person", "Programme", "Slogan", "PolicyDocument"):
        assert kind in legend


def test_tooltip_gives_type_and_documents(page_in_browser):
    page, _ = page_in_browser
    titles = page.evaluate("network.body.data.nodes.get().map(n => n.title)")
    assert all("type" in t for t in titles)
    assert sum(".txt" in t for t in titles) > 50


def test_canvas_is_drawn_in_colour(page_in_browser, tmp_path):
    page, _ = page_in_browser
    shot = tmp_path / "graph.png"  # kept for a look when the test fails
    page.screenshot(path=str(shot))
    pixels = page.evaluate(
        """() => { const c = document.querySelector('canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   let coloured = 0; for (let i = 0; i < d.length; i += 16) { if (Math.abs(d[i] - d[i+1]) > 40 || Math.abs(d[i+1] - d[i+2]) > 40) coloured++; }
                   return coloured; }"""
    )
    assert pixels > 200
    assert shot.stat().st_size > 10000
