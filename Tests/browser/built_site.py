"""What the browser checks share: a built site served on a free loopback port (so root-relative links
resolve as on a real host), and the paths of its pages, redirect pages left out (they navigate away at
once: there is nothing of theirs to audit)."""
import functools
import http.server
import os
import threading

from selenium import webdriver


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def is_redirect(path):
    with open(path, encoding="utf-8", errors="replace") as handle:
        return '<meta http-equiv="refresh"' in handle.read(4096)


def pages(folder):
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".html") and not is_redirect(os.path.join(root, name)):
                path = os.path.relpath(os.path.join(root, name), folder).replace(os.sep, "/")
                yield "/" + (path[: -len("index.html")] if path.endswith("index.html") else path)


def chromium_options(*arguments):
    """Headless Debian Chromium, with `arguments` added."""
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", *arguments):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return options
