#!/usr/bin/env python3
"""Runs axe-core on every HTML page of a built site, in headless Chromium.

Usage: axe_check.py SITE_OUTPUT_FOLDER

Serves the folder on a free loopback port (root-relative links resolve as on a real host), opens every
page with Selenium and Debian's chromium-driver, injects axe-core (axe-selenium-python) and fails on any
violation. Prints one line per page with violations, then a closing line `N passed, M failed`. An alias's
redirect page (`<meta http-equiv="refresh">`) is left out: the browser leaves it at once for the page it
leads to, which is audited on its own.
"""
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from built_site import chromium_options, pages, serve


def driver_for(width, height):
    options = chromium_options(f"--window-size={width},{height}")
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    folder = sys.argv[1]
    server = serve(folder)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    passed = failed = 0
    # Desktop and phone widths: the layout differs, and so may contrast or overlap.
    for width, height in ((1280, 900), (390, 844)):
        driver = driver_for(width, height)
        try:
            for path in pages(folder):
                driver.get(base + path)
                axe = Axe(driver)
                axe.inject()
                results = axe.run()
                violations = results["violations"]
                if violations:
                    failed += 1
                    for violation in violations:
                        targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
                        print(f"{width}px {path}: {violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
                else:
                    passed += 1
        finally:
            driver.quit()
    server.shutdown()
    print(f"axe: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
