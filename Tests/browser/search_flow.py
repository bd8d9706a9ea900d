#!/usr/bin/env python3
"""A reader's search, end to end, in headless Chromium at a phone's width: the sample site (its `comments.intake`
and `search:` pointed at a local `planet intake`) built with `--base-url` for a loopback server and served, the
intake beside it. The reader types a query in the header's search field, submits it, lands on the intake's
results page (in the site's layout, with marked words, no axe violation, nothing scrolling sideways), follows
the first result to the post on the site, then searches for a word found nowhere and gets the page of
suggestions. The intake's log must not hold the queries.

Usage: search_flow.py PLANET_BINARY SITE_FOLDER
Prints one line per failure, then `search flow: N passed, M failed`.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from built_site import chromium_options, serve

QUERY = "soignants"
NOTHING = "kangourouzzz"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    planet, source = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="planet-search-flow-")
    site, spool, public = (os.path.join(work, name) for name in ("site", "spool", "public"))
    shutil.copytree(source, site, ignore=shutil.ignore_patterns("public", ".planet"))
    os.makedirs(public)
    server = serve(public)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    port = free_port()
    intake = f"http://127.0.0.1:{port}"
    config = os.path.join(site, "planet.yaml")
    with open(config, encoding="utf-8") as handle:
        text = handle.read()
    text, intakes = re.subn(r'(?m)^  intake: .*$', f'  intake: "{intake}"', text)
    text, searches = re.subn(r'(?m)^search: .*$', f'search: "{intake}"', text)
    if intakes != 1 or searches != 1:
        raise SystemExit(f"{config}: no `comments.intake` or `search:` line to point at the local intake")
    with open(config, "w", encoding="utf-8") as handle:
        handle.write(text)
    subprocess.run([planet, "build", site, "--output", public, "--base-url", base, "--quiet"], check=True)
    log_path = os.path.join(work, "intake.log")
    log = open(log_path, "w", encoding="utf-8")
    process = subprocess.Popen(
        [planet, "intake", site, "--listen", f"127.0.0.1:{port}", "--spool", spool, "--base-url", base,
         "--rate-per-address", "100"], stdout=log, stderr=subprocess.STDOUT)
    passed = failed = 0

    def check(condition, what):
        nonlocal passed, failed
        if condition:
            passed += 1
        else:
            failed += 1
            print(f"search flow: {what}")

    driver = None
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(intake + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=chromium_options("--window-size=390,844"))
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
        wait = WebDriverWait(driver, 20)

        def search_from_header(query):
            field = driver.find_element(By.CSS_SELECTOR, "header .site-search input[name=q]")
            field.clear()
            field.send_keys(query)
            driver.find_element(By.CSS_SELECTOR, "header .site-search button[type=submit]").click()
            wait.until(lambda d: d.current_url.startswith(intake + "/search"))

        driver.get(base + "/")
        search_from_header(QUERY)
        check(driver.current_url.startswith(f"{intake}/search?q={QUERY}"), f"the form went to {driver.current_url}")
        results = driver.find_elements(By.CSS_SELECTOR, ".search-result__title a")
        check(len(results) > 0, "no result for " + QUERY)
        check(len(driver.find_elements(By.CSS_SELECTOR, ".search-result__snippet mark")) > 0, "no word marked")
        check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr", "the results page is not in French")
        violations = Axe(driver)
        violations.inject()
        found = violations.run()["violations"]
        check(not found, "axe on the results page: " + ", ".join(v["id"] for v in found))
        width = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth + 390")
        wide = driver.execute_script("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))")
        check(width <= 390, f"the results page scrolls sideways ({width} px): {wide}")
        if results:
            target = results[0].get_attribute("href")
            driver.execute_script("arguments[0].click()", results[0])
            wait.until(lambda d: d.current_url == target)
            check(driver.current_url.startswith(base + "/") and driver.find_elements(By.CSS_SELECTOR, "article.post"),
                  f"following the first result did not land on a post: {driver.current_url}")
        driver.get(base + "/")
        search_from_header(NOTHING)
        check(len(driver.find_elements(By.CSS_SELECTOR, ".search__none")) == 1, "no page of suggestions for a word found nowhere")
        check(len(driver.find_elements(By.CSS_SELECTOR, f".search__none a[href='{base}/archives/']")) == 1,
              "the suggestions do not link to the archives")
    finally:
        if driver:
            driver.quit()
        process.terminate()
        process.wait(timeout=10)
        log.close()
        server.shutdown()
    with open(log_path, encoding="utf-8") as handle:
        logged = handle.read()
    check(QUERY not in logged and NOTHING not in logged, "a query is in the intake's log")
    shutil.rmtree(work, ignore_errors=True)
    print(f"search flow: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
