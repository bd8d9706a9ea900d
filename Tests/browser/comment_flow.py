#!/usr/bin/env python3
"""A reader's comment, end to end, in headless Chromium: the built site served on loopback, `planet intake`
on loopback beside it, and the reader's path through the form, its answers and the reply links.

Usage: comment_flow.py PLANET_BINARY SITE_FOLDER PAGES_OUT [SCREENSHOTS_OUT]

SITE_FOLDER (the sample site) is copied, its `comments.intake` pointed at the local intake, built with
`--base-url` for the local server, and served; `planet intake --base-url` takes its comments. Each scenario
drives the browser as a reader would and checks what the reader sees and what the spool holds:
  - a first comment lands on the reader's private link (the intake's `/comment/<token>` page): waiting for
    moderation, the text in an edit form;
  - with that link, the reader edits the text (saved, and so in the spool), then withdraws it (gone from the
    spool), and the link then leads nowhere (404);
  - a website without a scheme is stopped by the browser itself (the field is `type=url`); a wrong answer
    gets the intake's answer page, in the site's layout, with every field kept; corrected, it lands on its
    private link;
  - a reply from a comment's reply link lands on its private link, and the spooled file has its `reply_to`;
  - the same text twice: the second time the reader is told it was already received, as a success;
  - the answer pages 422, 404, 413, 429 and 503 keep the reader's text in a form that can be sent again.
On every page of the intake that the browser reaches, axe-core finds no violation and nothing scrolls
sideways at 390 px. The answer pages' HTML, as the intake sends it, is saved into PAGES_OUT for the html5lib
scan and the Nu HTML Checker; screenshots at 390 and 1280 px go to SCREENSHOTS_OUT when given.
Prints one line per failure, then `comment flow: N passed, M failed`.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import (ElementClickInterceptedException, NoSuchElementException,
                                        StaleElementReferenceException, TimeoutException, WebDriverException)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from built_site import chromium_options, serve

ANSWER = "7"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Flow:
    # The flow posts more than a reader would in a minute: the rate limit is raised but where it is the subject.
    roomy = ("--rate-per-address", "100")

    def __init__(self, planet, source, pages_out, screenshots_out):
        self.planet = planet
        self.pages_out = pages_out
        self.screenshots_out = screenshots_out
        self.passed = 0
        self.failed = 0
        self.work = tempfile.mkdtemp(prefix="planet-comment-flow-")
        self.site = os.path.join(self.work, "site")
        shutil.copytree(source, self.site, ignore=shutil.ignore_patterns("public", ".planet"))
        self.spool = os.path.join(self.work, "spool")
        self.public = os.path.join(self.work, "public")
        os.makedirs(self.public)
        self.server = serve(self.public)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.intake_port = free_port()
        self.intake = f"http://127.0.0.1:{self.intake_port}"
        config = os.path.join(self.site, "planet.yaml")
        with open(config, encoding="utf-8") as handle:
            text = handle.read()
        text, count = re.subn(r'(?m)^  intake: .*$', f'  intake: "{self.intake}"', text)
        if count != 1:
            raise SystemExit(f"{config}: no `comments.intake` line to point at the local intake")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write(text)
        subprocess.run([planet, "build", self.site, "--output", self.public, "--base-url", self.base, "--quiet"], check=True)
        self.process = None
        self.start_intake(*self.roomy)
        self.post_id, self.post_url = self.commented_post()

    # The service and the site.

    def start_intake(self, *arguments):
        self.stop_intake()
        self.log = open(os.path.join(self.work, "intake.log"), "a", encoding="utf-8")
        self.process = subprocess.Popen(
            [self.planet, "intake", self.site, "--listen", f"127.0.0.1:{self.intake_port}", "--spool", self.spool,
             "--base-url", self.base, *arguments],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.intake + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("planet intake did not start: " + open(self.log.name, encoding="utf-8").read())

    def stop_intake(self):
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.log.close()
            self.process = None

    def commented_post(self):
        """The first post (author/slug) with published comments, and its URL."""
        root = os.path.join(self.site, "comments")
        for author in sorted(os.listdir(root)):
            for slug in sorted(os.listdir(os.path.join(root, author))):
                if any(name.endswith(".md") for name in os.listdir(os.path.join(root, author, slug))):
                    return f"{author}/{slug}", f"{self.base}/{author}/{slug}/"
        raise SystemExit("the site has no post with comments")

    def spooled(self):
        """The spooled comment files' texts."""
        texts = []
        for root, _, files in os.walk(os.path.join(self.spool, "comments")):
            for name in files:
                if name.endswith(".md"):
                    with open(os.path.join(root, name), encoding="utf-8") as handle:
                        texts.append(handle.read())
        return texts

    # Checks.

    def check(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}")
        return condition

    def audit(self, driver, what):
        """axe-core and the phone-width overflow check on the page the browser shows."""
        axe = Axe(driver)
        axe.inject()
        violations = axe.run()["violations"]
        self.check(not violations, f"{what}: axe: " + "; ".join(
            f"{v['id']} at {', '.join(str(n['target']) for n in v['nodes'][:3])}" for v in violations))
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": False})
        scroll, inner = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth];")
        self.check(scroll <= inner, f"{what}: scrolls sideways at 390 px ({scroll} > {inner})")
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def shoot(self, driver, name, at=None):
        """Screenshots at 390 and 1280 px, scrolled to the element `at` (a CSS selector) when given."""
        if not self.screenshots_out:
            return
        os.makedirs(self.screenshots_out, exist_ok=True)
        for shot_width in (390, 1280):
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": shot_width, "height": 1400, "deviceScaleFactor": 1, "mobile": False})
            if at:
                driver.execute_script(
                    "const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: 'start', behavior: 'instant'});", at)
            driver.save_screenshot(os.path.join(self.screenshots_out, f"{name}-{shot_width}.png"))
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def save_page(self, name, path, fields=None):
        """The intake's answer to `fields` (POST) or to a GET of `path`, as it sends it, for the HTML checks."""
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        request = urllib.request.Request(self.intake + path, data=data)
        if data is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=10) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read()
        os.makedirs(self.pages_out, exist_ok=True)
        with open(os.path.join(self.pages_out, f"{name}.html"), "wb") as handle:
            handle.write(body)
        return status, body.decode("utf-8", "replace")

    # The browser.

    def fill(self, driver, name=None, message=None, answer=None, website=None):
        for field, value in (("comment-name", name), ("comment-message", message), ("comment-answer", answer),
                             ("comment-website", website)):
            if value is not None:
                element = driver.find_element(By.ID, field)
                element.clear()
                element.send_keys(value)

    def click(self, driver, element):
        """Clicks `element` as a reader would, once it is scrolled to the middle of the window."""
        for _ in range(10):
            driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element)
            try:
                element.click()
                return
            except ElementClickInterceptedException:
                time.sleep(0.3)
        element.click()

    def submit(self, driver):
        self.click(driver, driver.find_element(By.CSS_SELECTOR, "form.comment-form button[type=submit]"))

    def wait_for(self, driver, condition, what, timeout=10):
        """Waits until `condition` holds; an element of the page being left, read as the next one loads, is tried again."""
        try:
            WebDriverWait(driver, timeout, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(
                lambda d: condition(d))
            return self.check(True, what)
        except TimeoutException:
            return self.check(False, f"{what} (at {driver.current_url})")

    def confirmed(self, driver, message, what):
        """The browser is on the comment's private link: waiting for moderation, the text in the edit form."""
        if not self.wait_for(driver, lambda d: re.fullmatch(re.escape(self.intake) + r"/comment/[A-Za-z0-9_-]{43}", d.current_url),
                             f"{what}: lands on its private link"):
            return None
        self.check(driver.find_element(By.TAG_NAME, "h1").text == "Votre commentaire attend la modération", f"{what}: says it waits")
        self.check(self.value_of(driver, "own-message") == message, f"{what}: the text is in the edit form")
        return driver.current_url

    def landed(self, driver, anchor, what):
        """The browser is back on the post, at `anchor`, whose notice is visible and the form empty."""
        if not self.wait_for(driver, lambda d: d.current_url == f"{self.post_url}#{anchor}", f"{what}: lands on #{anchor}"):
            return
        self.check(driver.find_element(By.ID, anchor).is_displayed(), f"{what}: the notice is visible")
        self.check(self.value_of(driver, "comment-message") == "", f"{what}: the form is empty")

    def on_intake(self, driver, what):
        return self.wait_for(driver, lambda d: d.current_url.startswith(self.intake + "/"), f"{what}: the intake's page")

    @staticmethod
    def value_of(driver, field):
        """The value of the form field with id `field`, or None when the page has none."""
        found = driver.find_elements(By.ID, field)
        return found[0].get_attribute("value") if found else None

    def keeps(self, driver, message, what):
        """The intake's page shows the site's layout and gives back `message` in the form."""
        self.check(self.value_of(driver, "comment-message") == message, f"{what}: the text is kept")
        header = driver.find_elements(By.CSS_SELECTOR, "header.site-header a.site-title")
        self.check(bool(header) and header[0].get_attribute("href") == self.base + "/", f"{what}: the site's header")
        styled = driver.execute_script(
            "return getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() !== '';")
        self.check(styled, f"{what}: the site's stylesheet applies")

    # What `run` prints before its counts, and the scenarios it runs in order (a subclass gives its own).
    name = "comment flow"

    def scenarios(self):
        return (self.first_comment, self.own_link, self.mistakes, self.reply, self.duplicate, self.answer_pages, self.console_is_clean)

    def run(self):
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=chromium_options("--window-size=1280,900"))
        try:
            for scenario in self.scenarios():
                print(f"{self.name}: {scenario.__name__}", flush=True)
                try:
                    scenario(driver)
                except WebDriverException as error:
                    self.check(False, f"{scenario.__name__}: {error.msg}")
        finally:
            driver.quit()
            self.stop_intake()
            self.server.shutdown()
        print(f"{self.name}: {self.passed} passed, {self.failed} failed")
        if self.failed:
            print(open(os.path.join(self.work, "intake.log"), encoding="utf-8").read()[-3000:])
        else:
            shutil.rmtree(self.work, ignore_errors=True)
        return 0 if self.failed == 0 else 1

    def first_comment(self, driver):
        driver.get(self.post_url)
        self.shoot(driver, "post-form", "form.comment-form")
        self.fill(driver, name="Julie R.", message="Premier essai, depuis Chromium.", answer=ANSWER)
        self.submit(driver)
        link = self.confirmed(driver, "Premier essai, depuis Chromium.", "a first comment")
        self.check(any("Premier essai, depuis Chromium." in text for text in self.spooled()), "a first comment: spooled")
        if not link:
            return
        self.audit(driver, "the private link's page")
        self.shoot(driver, "intake-own", "main")
        self.save_page("own", urllib.parse.urlparse(link).path)
        self.save_page("unsubscribe", "/unsubscribe/" + "0" * 64)
        back = driver.find_elements(By.CSS_SELECTOR, ".intake__back a")
        self.check(bool(back) and back[0].get_attribute("href") == self.post_url, "the private link's page links back to the post")
        self.check(driver.execute_script("return document.querySelector('meta[name=referrer]').content;") == "same-origin",
                   "the private link's page sends no Referer to other sites")
        # The weekly letter's pages on the intake: the subscription form, a confirmation link's, an unsubscribe link's.
        link_query = "?s=" + "a" * 43 + "&t=" + "0" * 64
        self.save_page("letter-subscribe", "/letter/subscribe")
        self.save_page("letter-confirm", "/letter/confirm" + link_query)
        self.save_page("letter-unsubscribe", "/letter/unsubscribe" + link_query)
        for path, what in (("/letter/subscribe", "the letter's subscription form"), ("/letter/unsubscribe" + link_query, "the letter's unsubscribe page")):
            driver.get(self.intake + path)
            self.audit(driver, what)

    def own_link(self, driver):
        """The reader edits, then withdraws, a comment through its private link."""
        driver.get(self.post_url)
        self.fill(driver, name="Zoé", message="Un brouillon avec une fote.", answer=ANSWER)
        self.submit(driver)
        link = self.confirmed(driver, "Un brouillon avec une fote.", "a comment to edit")
        if not link:
            return
        message = driver.find_element(By.ID, "own-message")
        message.clear()
        message.send_keys("Un brouillon sans faute.")
        self.click(driver, driver.find_element(By.CSS_SELECTOR, "form.intake__own button[type=submit]"))
        self.wait_for(driver, lambda d: d.current_url == link + "?saved", "an edit: saved")
        notice = driver.find_elements(By.CSS_SELECTOR, ".intake__notice[role=status]")
        self.check(bool(notice) and notice[0].is_displayed(), "an edit: the notice is visible")
        self.check(any("Un brouillon sans faute." in text for text in self.spooled())
                   and not any("une fote" in text for text in self.spooled()), "an edit: the spool holds the new text only")
        withdraw = driver.find_elements(By.CSS_SELECTOR, "form.intake__withdraw input[value=withdraw] ~ button")
        if not self.check(bool(withdraw), "the private link's page has a withdraw button"):
            return
        self.click(driver, withdraw[0])
        self.wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == "Commentaire retiré", "a withdrawal: confirmed")
        self.shoot(driver, "intake-withdrawn", "main")
        self.check(not any("Un brouillon sans faute." in text for text in self.spooled()), "a withdrawal: gone from the spool")
        driver.get(link)
        self.check(driver.find_element(By.TAG_NAME, "h1").text == "Ce lien ne mène nulle part", "a withdrawn comment's link leads nowhere")

    def mistakes(self, driver):
        driver.get(self.post_url)
        self.fill(driver, name="Karim", message="Un mot sur votre billet.", answer=ANSWER, website="karim.example.org")
        self.submit(driver)
        time.sleep(0.5)
        self.check(driver.current_url == self.post_url, "a website without a scheme: the browser does not send the form")
        self.check(not driver.execute_script("return document.getElementById('comment-website').validity.valid;"),
                   "a website without a scheme: the browser marks the field")
        self.fill(driver, website="https://karim.example.org", answer="6")
        self.submit(driver)
        if self.on_intake(driver, "a wrong answer"):
            self.keeps(driver, "Un mot sur votre billet.", "a wrong answer")
            self.check(self.value_of(driver, "comment-name") == "Karim", "a wrong answer: the name is kept")
            self.check(self.value_of(driver, "comment-website") == "https://karim.example.org", "a wrong answer: the website is kept")
            problems = driver.find_elements(By.CSS_SELECTOR, "[role=alert] li")
            self.check(len(problems) == 1 and problems[0].is_displayed(), "a wrong answer: one problem, shown")
            self.audit(driver, "the page of a mistake")
            self.shoot(driver, "intake-mistake", "main")
            self.fill(driver, answer=ANSWER)
            self.submit(driver)
            self.confirmed(driver, "Un mot sur votre billet.", "a corrected comment")
        self.save_page("mistake", "/comments", {"post": self.post_id, "name": "Karim", "message": "Un autre mot.", "answer": "6"})

    def reply(self, driver):
        driver.get(self.post_url)
        links = driver.find_elements(By.CSS_SELECTOR, ".comment a[href*='/reply?']")
        if not self.check(bool(links), "each comment has a reply link to the intake"):
            return
        target = urllib.parse.parse_qs(urllib.parse.urlparse(links[0].get_attribute("href")).query).get("to", [""])[0]
        self.click(driver, links[0])
        if not self.on_intake(driver, "a reply link"):
            return
        selected = driver.execute_script("const s = document.getElementById('comment-reply-to'); return s ? s.value : '';")
        self.check(selected == target, f"a reply link: the form answers {target} (it answers {selected!r})")
        self.check(bool(driver.find_elements(By.CSS_SELECTOR, "blockquote")), "a reply link: the comment is quoted")
        self.audit(driver, "the reply page")
        self.shoot(driver, "intake-reply", "main")
        self.fill(driver, name="Inès", message="Je réponds à ce commentaire.", answer=ANSWER)
        self.submit(driver)
        self.confirmed(driver, "Je réponds à ce commentaire.", "a reply")
        replies = [text for text in self.spooled() if "Je réponds à ce commentaire." in text]
        self.check(len(replies) == 1 and re.search(rf'^reply_to: "?{re.escape(target)}"?$', replies[0], re.M) is not None,
                   "a reply: spooled with its reply_to")
        self.save_page("reply", "/reply?" + urllib.parse.urlencode({"post": self.post_id, "to": target}))

    def duplicate(self, driver):
        driver.get(self.post_url)
        self.fill(driver, name="Julie R.", message="Premier essai, depuis Chromium.", answer=ANSWER)
        self.submit(driver)
        self.landed(driver, "comment-already-received", "the same text again")
        self.shoot(driver, "post-already-received", "#comment-already-received")

    def answer_page(self, driver, what, message, prepare=None, expect_text=True, typed=None):
        """Sends a comment that gets an answer page; `typed` is what the reader types when `prepare` (a script)
        puts `message` in the form itself."""
        driver.get(self.post_url)
        self.fill(driver, name="Odile", message=typed or message, answer=ANSWER)
        if prepare:
            driver.execute_script(prepare)
        self.submit(driver)
        if self.on_intake(driver, what):
            if expect_text:
                self.keeps(driver, message, what)
            self.audit(driver, what)

    def answer_pages(self, driver):
        # 404: a post that the site does not have (a page older than the post's removal).
        unknown = "document.querySelector('input[name=post]').value = 'inconnu/billet-disparu';"
        self.answer_page(driver, "an unknown post (404)", "Un texte pour un billet disparu.", unknown)
        self.save_page("unknown-post", "/comments", {"post": "inconnu/billet-disparu", "name": "Odile", "message": "x", "answer": ANSWER})
        # 413: more than the service takes (the browser's maxlength removed, as a script or an old page would).
        long_text = "Très long. " * 20000
        too_long = ("const m = document.getElementById('comment-message'); m.removeAttribute('maxlength');"
                    f"m.value = {long_text!r};")
        self.answer_page(driver, "a message too large (413)", long_text, too_long, typed="Bientôt très long.")
        self.save_page("too-large", "/comments", {"post": self.post_id, "name": "Odile", "message": long_text, "answer": ANSWER})
        # 429: the rate limit (one comment a minute from this address).
        self.start_intake("--rate-per-address", "1")
        driver.get(self.post_url)
        self.fill(driver, name="Odile", message="Première de deux.", answer=ANSWER)
        self.submit(driver)
        self.confirmed(driver, "Première de deux.", "under the rate limit")
        self.answer_page(driver, "too many comments (429)", "Deuxième de deux, trop tôt.")
        self.save_page("too-many", "/comments", {"post": self.post_id, "name": "Odile", "message": "Trois.", "answer": ANSWER})
        # 503: the spool cannot be written (a file where the post's folder should be).
        self.start_intake(*self.roomy)
        author, slug = self.post_id.split("/")
        blocked = os.path.join(self.spool, "comments", author, slug)
        moved = blocked + ".kept"
        os.rename(blocked, moved)
        with open(blocked, "w", encoding="utf-8") as handle:
            handle.write("not a folder")
        try:
            self.answer_page(driver, "a spool that cannot be written (503)", "Un texte gardé malgré la panne.")
            self.save_page("unavailable", "/comments", {"post": self.post_id, "name": "Odile", "message": "Encore.", "answer": ANSWER})
        finally:
            os.remove(blocked)
            os.rename(moved, blocked)

    def console_is_clean(self, driver):
        """No Content-Security-Policy violation was logged by the pages the flow went through (the answer pages'
        4xx statuses are logged too, and expected)."""
        errors = [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]
        self.check(not errors, "no Content-Security-Policy violation: " + " | ".join(errors[:3]))


def main():
    if len(sys.argv) not in (4, 5):
        print(__doc__)
        return 2
    flow = Flow(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) == 5 else None)
    return flow.run()


if __name__ == "__main__":
    sys.exit(main())
