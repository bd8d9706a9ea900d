#!/usr/bin/env python3
"""Checks that no page of a built site scrolls sideways on a phone, in headless Chromium.

Usage: overflow_check.py SITE_OUTPUT_FOLDER

Serves the folder on a free loopback port, opens every HTML page with Selenium and Debian's
chromium-driver at 320 and 390 CSS pixels wide, and fails on each page and width where
`document.documentElement.scrollWidth > window.innerWidth`, naming the widest elements that stick
out. Redirect pages are left out (they navigate away at once). Prints one line per overflowing page and width, then `overflow: N pages checked, M overflowing`.
"""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from built_site import chromium_options, pages, serve

WIDTHS = (320, 390)

MEASURE = """
return [document.documentElement.scrollWidth, window.innerWidth];
"""

# The elements whose right edge passes the viewport's, outermost first, for the failure message.
CULPRITS = """
const limit = window.innerWidth;
const found = [];
for (const element of document.body.querySelectorAll('*')) {
  const box = element.getBoundingClientRect();
  if (box.right > limit + 0.5 && !(element.parentElement && found.includes(element.parentElement))) {
    found.push(element);
  }
}
return found.slice(0, 3).map(element => {
  const name = element.tagName.toLowerCase();
  const classes = element.className && typeof element.className === 'string'
    ? '.' + element.className.trim().split(/\\s+/).join('.') : '';
  return `${name}${classes} (${Math.round(element.getBoundingClientRect().width)} px)`;
});
"""


def driver_for(width, height):
    options = chromium_options("--hide-scrollbars")
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # Headless windows are at least 500 px wide: the viewport itself is set through the DevTools protocol.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    return driver


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    folder = sys.argv[1]
    paths = list(pages(folder))
    if not paths:
        print(f"overflow: no HTML page in {folder}")
        return 1
    server = serve(folder)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    overflowing = set()
    for width in WIDTHS:
        driver = driver_for(width, 844)
        try:
            inner = driver.execute_script("return window.innerWidth;")
            if inner != width:
                print(f"overflow: the window is {inner} px wide, not {width} px")
                return 1
            for path in paths:
                driver.get(base + path)
                scroll_width, inner_width = driver.execute_script(MEASURE)
                if scroll_width > inner_width:
                    overflowing.add(path)
                    culprits = ", ".join(driver.execute_script(CULPRITS))
                    print(f"{width}px {path}: scrollWidth {scroll_width} > innerWidth {inner_width}: {culprits}")
        finally:
            driver.quit()
    server.shutdown()
    print(f"overflow: {len(paths)} pages checked at {' and '.join(f'{w}' for w in WIDTHS)} px, {len(overflowing)} overflowing")
    return 0 if not overflowing else 1


if __name__ == "__main__":
    sys.exit(main())
