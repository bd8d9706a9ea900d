#!/usr/bin/env python3
"""Checks the layout of a built site's pages in headless Chromium, on a phone (390 × 844 CSS pixels) and a
desktop (1280 px).

Usage: layout_check.py SITE_OUTPUT_FOLDER

On every page: at 390 px each navigation item is wholly in view (the items wrap, none is cut or scrolled
away) and there is one h1; at 390 and 1280 px no line of a byline starts or ends with a separator dot. On
the home page at 390 × 844: the top of the third post is within the first two screens. Prints one line
per problem, then `layout: N pages checked, M problems`.
"""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from built_site import chromium_options, pages, serve

WIDTH, HEIGHT = 390, 844
DESKTOP = 1280

# Navigation items whose box is not wholly inside the viewport.
NAV = """
return [...document.querySelectorAll('.site-nav a')].filter(link => {
  const box = link.getBoundingClientRect();
  return box.left < -0.5 || box.right > window.innerWidth + 0.5 || box.width === 0;
}).map(link => link.textContent.trim());
"""

# Byline separators at the start or the end of a line: a separator element ("·") that is first or last on its
# line, or an item's dot (drawn by ::before in the gap before it) on the first item of a line, unless the
# byline clips that gap away (clip-path: inset(… … … LEFT) with LEFT past the dot).
DOTS = """
const found = [];
for (const byline of document.querySelectorAll('.byline')) {
  const items = [...byline.children].filter(item => item.getBoundingClientRect().width > 0);
  const sameLine = (a, b) => { const x = a.getBoundingClientRect(), y = b.getBoundingClientRect();
    return x.top < y.bottom - 1 && y.top < x.bottom - 1; };
  const clip = /inset\\(([^)]*)\\)/.exec(getComputedStyle(byline).clipPath);
  const clipLeft = byline.getBoundingClientRect().left + (clip ? parseFloat(clip[1].trim().split(/\\s+/)[3] || '0') : 0);
  items.forEach((item, index) => {
    const first = index === 0 || !sameLine(items[index - 1], item);
    const last = index === items.length - 1 || !sameLine(items[index + 1], item);
    if (item.textContent.trim() === '·' && (first || last)) found.push(`${first ? 'start' : 'end'}: ${byline.innerText.replace(/\\s+/g, ' ').slice(0, 60)}`);
    const dot = getComputedStyle(item, '::before');
    if (first && dot.content.includes('·')) {
      const width = parseFloat(dot.width) || 0;
      const left = item.getBoundingClientRect().left - width;
      if (left + width / 2 >= clipLeft) found.push(`start: ${byline.innerText.replace(/\\s+/g, ' ').slice(0, 60)}`);
    }
  });
}
return found;
"""

THIRD_POST = "const cards = document.querySelectorAll('.post-card'); return cards.length < 3 ? -1 : cards[2].getBoundingClientRect().top + scrollY;"


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    folder = sys.argv[1]
    paths = list(pages(folder))
    server = serve(folder)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    problems = 0
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=chromium_options("--hide-scrollbars"))
    try:
        for width in (WIDTH, DESKTOP):
            # Headless windows are at least 500 px wide: the viewport is set through the DevTools protocol.
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
            for path in paths:
                driver.get(base + path)
                for line in driver.execute_script(DOTS):
                    problems += 1
                    print(f"{width}px {path}: a byline line starts or ends with a dot ({line})")
                if width != WIDTH:
                    continue
                for label in driver.execute_script(NAV):
                    problems += 1
                    print(f"{width}px {path}: the navigation item “{label}” is not wholly in view")
                headings = driver.execute_script("return document.querySelectorAll('h1').length;")
                if headings != 1:
                    problems += 1
                    print(f"{width}px {path}: {headings} h1 elements, not 1")
            if width == WIDTH:
                driver.get(base + "/")
                top = driver.execute_script(THIRD_POST)
                if top < 0 or top >= 2 * HEIGHT:
                    problems += 1
                    print(f"{width}px /: the third post starts at {top:.0f} px, not within the first two screens ({2 * HEIGHT} px)")
    finally:
        driver.quit()
        server.shutdown()
    print(f"layout: {len(paths)} pages checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
