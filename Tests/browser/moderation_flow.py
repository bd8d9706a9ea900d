#!/usr/bin/env python3
"""Moderation in headless Chromium: the sample site built and served on loopback, `planet intake --deliver
directory` beside it, and a moderator's path through the moderation view (/moderate) from a phone.

Usage: moderation_flow.py PLANET_BINARY SITE_FOLDER PAGES_OUT [SCREENSHOTS_OUT]

SITE_FOLDER (the sample site) is copied, its `comments.intake` pointed at the local intake, built with
`--base-url`, and served; three comments are sent through the form's route. Then, in the browser:
  - `planet intake moderator add` prints a one-time link; opening it shows a button, which signs in (the
    session's cookie is HttpOnly, Secure and SameSite=Strict, and Chromium keeps it over http://127.0.0.1);
  - one comment is approved, one refused, one marked as spam, with the buttons; the approved one is delivered
    into the site folder and appears on its post after a new build; the refused one is gone, the spam is kept;
  - a forged POST without the CSRF token, and one from the site's origin (another origin), get 403;
  - replies that `planet fetch` brought from Mastodon (pending files in the site's comments/) are listed with
    their network and a link to the original; one approved is delivered into the site (its `status` removed)
    and shows on its post after a build, one refused is marked `status: spam` in the site (so that no later
    fetch brings it back), and a removal proposed upstream, approved, removes the file;
  - a member's moderator sees only the comments on their own posts;
  - `planet intake moderator remove` ends the session at once.
axe-core finds no violation and nothing scrolls sideways at 390 px on the view's pages. The pages' HTML is
saved into PAGES_OUT for the html5lib scan and the Nu HTML Checker; screenshots at 390 px go to SCREENSHOTS_OUT.
Prints one line per failure, then `moderation flow: N passed, M failed`.
"""
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from selenium.webdriver.common.by import By

from comment_flow import ANSWER, Flow, NoRedirect


class ModerationFlow(Flow):
    def __init__(self, planet, source, pages_out, screenshots_out):
        super().__init__(planet, source, pages_out, screenshots_out)
        # Another member's post with comments, for the member's moderator.
        root = os.path.join(self.site, "comments")
        author = self.post_id.split("/")[0]
        others = [f"{a}/{s}" for a in sorted(os.listdir(root)) if a != author for s in sorted(os.listdir(os.path.join(root, a)))]
        self.other_post = others[0]
        # Replies that planet fetch wrote, pending, before the service starts (it takes them at its first refresh).
        self.replies = {}
        author, slug = self.post_id.split("/")
        for key, name, text, extra in (
                ("approve", "Alice Martin", "Une réponse venue de Mastodon, à publier.", ""),
                ("refuse", "Bob", "Une réponse venue de Mastodon, à refuser.", ""),
                ("removal", "Carole", "Une réponse que son autrice a supprimée.", "upstream: deleted\n")):
            number = 110000000000000100 + len(self.replies)
            reply_id = f"2025-03-01T10-0{len(self.replies)}-00-mastodon-{number}"
            path = os.path.join(self.site, "comments", author, slug, reply_id + ".md")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(f'---\nauthor: "{name}"\ndate: 2025-03-01T10:0{len(self.replies)}:00Z\n'
                             f'website: "https://piaille.example/@{key}"\nkind: reply\n'
                             f'source: "https://piaille.example/@{key}/{number}"\nnetwork: mastodon\n'
                             f'handle: "@{key}@piaille.example"\n{extra}status: pending\n---\n{text}\n')
            self.replies[key] = (reply_id, path, text)
        self.start_intake(*self.roomy)

    # Helpers.

    def moderator(self, *arguments):
        return subprocess.run([self.planet, "intake", "moderator", *arguments, "--spool", self.spool],
                              capture_output=True, text=True, check=False)

    def add(self, name, *arguments):
        result = self.moderator("add", name, self.site, "--url", self.intake, *arguments)
        link = re.search(r"(http://\S+/moderate/sign-in/[A-Za-z0-9_-]{43})", result.stdout)
        if not self.check(result.returncode == 0 and link, f"moderator add {name}: a sign-in link ({result.stderr.strip()})"):
            raise SystemExit(1)
        return link.group(1)

    def send(self, message, post=None):
        """Sends a comment through the form's route; its spooled id."""
        data = urllib.parse.urlencode({"post": post or self.post_id, "name": "Lectrice", "message": message,
                                       "answer": ANSWER, "website": "", "reply_to": ""}).encode()
        request = urllib.request.Request(self.intake + "/comments", data=data)
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            urllib.request.build_opener(NoRedirect).open(request, timeout=10)
        except urllib.error.HTTPError as error:
            self.check(error.code == 303, f"sending {message!r}: 303 (got {error.code})")
        folder = os.path.join(self.spool, "comments", *(post or self.post_id).split("/"))
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                if message in handle.read():
                    return name[:-3]
        raise SystemExit(f"{message!r} is not in the spool")

    def raw_post(self, path, fields, cookie=None, origin=None):
        """A POST outside the browser (a forger's), without following redirects: its status."""
        request = urllib.request.Request(self.intake + path, data=urllib.parse.urlencode(fields).encode())
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        if cookie:
            request.add_header("Cookie", f"planet_moderator={cookie}")
        if origin:
            request.add_header("Origin", origin)
        try:
            with urllib.request.build_opener(NoRedirect).open(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def item(self, driver, comment_id, post=None):
        found = driver.find_elements(By.ID, f"pending-{(post or self.post_id).replace('/', '--')}--{comment_id}")
        return found[0] if found else None

    def pending(self, comment_id, post=None):
        return os.path.exists(os.path.join(self.spool, "comments", *(post or self.post_id).split("/"), comment_id + ".md"))

    def save_html(self, name, path, cookie=None):
        """The intake's answer to a GET of `path`, as it sends it, for the HTML checks."""
        request = urllib.request.Request(self.intake + path)
        if cookie:
            request.add_header("Cookie", f"planet_moderator={cookie}")
        try:
            with urllib.request.build_opener(NoRedirect).open(request, timeout=10) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            body = error.read()
        os.makedirs(self.pages_out, exist_ok=True)
        with open(os.path.join(self.pages_out, f"{name}.html"), "wb") as handle:
            handle.write(body)

    def shoot_phone(self, driver, name, height=1600):
        if not self.screenshots_out:
            return
        os.makedirs(self.screenshots_out, exist_ok=True)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 390, "height": height, "deviceScaleFactor": 1, "mobile": True})
        driver.save_screenshot(os.path.join(self.screenshots_out, f"{name}-390.png"))
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    # The flow.

    name = "moderation flow"

    def scenarios(self):
        return (self.decide, self.replies_elsewhere, self.forged, self.member, self.removed, self.console_is_clean)

    def sign_in(self, driver, link, what):
        driver.get(link)
        buttons = driver.find_elements(By.CSS_SELECTOR, "form[action='/moderate/sign-in'] button[type=submit]")
        if not self.check(bool(buttons), f"{what}: the link's page has a sign-in button"):
            return False
        self.audit(driver, f"{what}: the sign-in page")
        self.shoot_phone(driver, "moderation-sign-in", 900)
        self.click(driver, buttons[0])
        return self.wait_for(driver, lambda d: d.current_url == self.intake + "/moderate", f"{what}: lands on the desk")

    def decide(self, driver):
        approve = self.send("Un commentaire à accepter depuis un téléphone.")
        refuse = self.send("Un commentaire à refuser.")
        spam = self.send("Des montres pas chères.")
        self.link = self.add("claire")
        if not self.sign_in(driver, self.link, "a moderator"):
            return
        cookie = next((c for c in driver.get_cookies() if c["name"] == "planet_moderator"), None)
        self.check(cookie is not None and cookie.get("secure") and cookie.get("httpOnly") and cookie.get("sameSite") == "Strict",
                   f"the session's cookie is Secure, HttpOnly and SameSite=Strict over http://127.0.0.1 ({cookie})")
        self.session = cookie["value"] if cookie else ""
        for comment_id in (approve, refuse, spam):
            self.check(self.item(driver, comment_id) is not None, f"the desk lists {comment_id}")
        self.check(bool(driver.find_elements(By.CSS_SELECTOR, ".moderation__thread")), "the desk shows the post's thread")
        self.audit(driver, "the desk")
        self.save_html("moderation-desk", "/moderate", self.session)
        self.shoot_phone(driver, "moderation-desk", 2400)
        for comment_id, action in ((approve, "approve"), (refuse, "refuse"), (spam, "spam")):
            item = self.item(driver, comment_id)
            if not self.check(item is not None, f"{action}: the item is listed"):
                continue
            self.click(driver, item.find_element(By.CSS_SELECTOR, f"button[value={action}]"))
            self.wait_for(driver, lambda d: d.current_url == f"{self.intake}/moderate?notice={action}", f"{action}: back on the desk")
            self.check(self.item(driver, comment_id) is None, f"{action}: no longer listed")
            self.check(bool(driver.find_elements(By.CSS_SELECTOR, ".moderation__notice")), f"{action}: a notice says it")
        self.shoot_phone(driver, "moderation-after", 1200)
        author, slug = self.post_id.split("/")
        self.check(os.path.exists(os.path.join(self.spool, "spam", "comments", author, slug, spam + ".md")), "spam: kept in spam/")
        self.check(not any(refuse in name for _, _, names in os.walk(self.spool) for name in names)
                   and not os.path.exists(os.path.join(self.site, "comments", author, slug, refuse + ".md")),
                   "refuse: gone from the spool and the site")
        delivered = os.path.join(self.site, "comments", author, slug, approve + ".md")
        deadline = time.time() + 20
        while time.time() < deadline and not os.path.exists(delivered):
            time.sleep(0.2)
        if self.check(os.path.exists(delivered), "approve: delivered into the site folder's comments/"):
            subprocess.run([self.planet, "build", self.site, "--output", self.public, "--base-url", self.base, "--quiet"], check=True)
            driver.get(self.post_url)
            self.check("Un commentaire à accepter depuis un téléphone." in driver.page_source, "approve: on the post after a build")
            self.check("Un commentaire à refuser." not in driver.page_source and "Des montres pas chères." not in driver.page_source,
                       "refuse, spam: not on the post")

    def replies_elsewhere(self, driver):
        driver.get(self.intake + "/moderate")
        for key, (reply_id, _, text) in self.replies.items():
            item = self.item(driver, reply_id)
            if not self.check(item is not None, f"the desk lists the reply to {key} from Mastodon"):
                return
            self.check("Mastodon" in item.find_element(By.CSS_SELECTOR, ".moderation__heading").text, f"{key}: its heading names Mastodon")
            links = item.find_elements(By.CSS_SELECTOR, f"a[href='https://piaille.example/@{key}/{110000000000000100 + list(self.replies).index(key)}']")
            self.check(bool(links) and links[0].text == "Mastodon", f"{key}: a link to the original, named after its network")
        removal = self.item(driver, self.replies["removal"][0])
        self.check(bool(removal.find_elements(By.CSS_SELECTOR, ".moderation__removal")), "a removal proposed upstream says so")
        self.audit(driver, "the desk with replies from Mastodon")
        self.save_html("moderation-replies", "/moderate", self.session)
        self.shoot_phone(driver, "moderation-replies", 2400)
        for key, action in (("approve", "approve"), ("refuse", "refuse"), ("removal", "approve")):
            reply_id = self.replies[key][0]
            item = self.item(driver, reply_id)
            if not self.check(item is not None, f"{key}: listed"):
                continue
            self.click(driver, item.find_element(By.CSS_SELECTOR, f"button[value={action}]"))
            self.wait_for(driver, lambda d: d.current_url == f"{self.intake}/moderate?notice={action}", f"{key}: back on the desk")
            self.check(self.item(driver, reply_id) is None, f"{key}: no longer listed")

        def delivered():
            texts = {}
            for key, (_, path, _) in self.replies.items():
                texts[key] = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            return texts

        deadline = time.time() + 20
        texts = delivered()
        while time.time() < deadline and (texts["approve"] is None or "status:" in texts["approve"] or texts["removal"] is not None
                                          or "status: spam" not in (texts["refuse"] or "")):
            time.sleep(0.2)
            texts = delivered()
        self.check(texts["approve"] is not None and "status:" not in texts["approve"] and "network: mastodon" in texts["approve"],
                   f"approve: the reply's file in the site is published ({texts['approve']!r})")
        self.check("status: spam" in (texts["refuse"] or ""), f"refuse: the reply's file is marked spam ({texts['refuse']!r})")
        self.check(texts["removal"] is None, "a removal approved: the file is gone from the site")
        subprocess.run([self.planet, "build", self.site, "--output", self.public, "--base-url", self.base, "--quiet"], check=True)
        driver.get(self.post_url)
        page = driver.page_source
        self.check(self.replies["approve"][2] in page and "Mastodon</a>" in page, "approve: the reply is on the post, marked Mastodon")
        self.check(self.replies["refuse"][2] not in page and self.replies["removal"][2] not in page, "refused, removed: not on the post")
        driver.get(f"{self.post_url}#comment-{self.replies['approve'][0]}")
        self.shoot_phone(driver, "moderation-reply-published", 900)

    def forged(self, driver):
        victim = self.send("Un commentaire que personne n'a décidé.")
        driver.get(self.intake + "/moderate")
        csrf = driver.find_element(By.CSS_SELECTOR, "input[name=csrf]").get_attribute("value")
        # From the view itself, a form without the token (the browser sends the cookie and its own Origin).
        driver.execute_script("""
            const f = document.createElement('form'); f.method = 'post'; f.action = '/moderate/decide';
            for (const [k, v] of [['post', arguments[0]], ['id', arguments[1]], ['action', 'approve']]) {
              const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i); }
            document.body.appendChild(f); f.submit();""", self.post_id, victim)
        self.wait_for(driver, lambda d: d.current_url == self.intake + "/moderate/decide", "a forged form: the answer page")
        self.check(not driver.find_elements(By.CSS_SELECTOR, ".moderation__item"), "a forged form: refused (no desk)")
        self.check(self.pending(victim), "a forged form without the token: nothing decided")
        # From another origin (the site's pages), with a stolen token: SameSite and Origin both refuse it.
        driver.get(self.post_url)
        driver.execute_script("""
            const f = document.createElement('form'); f.method = 'post'; f.action = arguments[3] + '/moderate/decide';
            for (const [k, v] of [['post', arguments[0]], ['id', arguments[1]], ['action', 'approve'], ['csrf', arguments[2]]]) {
              const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.appendChild(i); }
            document.body.appendChild(f); f.submit();""", self.post_id, victim, csrf, self.intake)
        self.wait_for(driver, lambda d: d.current_url == self.intake + "/moderate/decide", "another origin's form: the answer page")
        self.check(self.pending(victim), "another origin's form: nothing decided")
        # Outside a browser: the statuses.
        fields = {"post": self.post_id, "id": victim, "action": "approve"}
        self.check(self.raw_post("/moderate/decide", fields, self.session, self.intake) == 403, "no CSRF token: 403")
        self.check(self.raw_post("/moderate/decide", {**fields, "csrf": csrf}, self.session, self.base) == 403, "another origin: 403")
        self.check(self.raw_post("/moderate/decide", {**fields, "csrf": csrf}, self.session, None) == 403, "no origin: 403")
        self.check(self.pending(victim), "forged posts: nothing decided")

    def member(self, driver):
        ours = self.send("Pour le membre de ce billet.")
        theirs = self.send("Pour une autre membre.", post=self.other_post)
        member = self.post_id.split("/")[0]
        link = self.add("membre", "--member", member)
        if not self.sign_in(driver, link, "a member's moderator"):
            return
        self.check(self.item(driver, ours) is not None, "a member sees the comments on their posts")
        self.check(self.item(driver, theirs, self.other_post) is None and "Pour une autre membre." not in driver.page_source,
                   "a member does not see another member's comments")
        self.shoot_phone(driver, "moderation-member", 1400)
        csrf = driver.find_element(By.CSS_SELECTOR, "input[name=csrf]").get_attribute("value")
        session = next((c["value"] for c in driver.get_cookies() if c["name"] == "planet_moderator"), "")
        status = self.raw_post("/moderate/decide", {"post": self.other_post, "id": theirs, "action": "approve", "csrf": csrf},
                               session, self.intake)
        self.check(status == 403 and self.pending(theirs, self.other_post), f"a member cannot decide on another's post ({status})")

    def removed(self, driver):
        driver.get(self.intake + "/moderate")
        self.check(bool(driver.find_elements(By.CSS_SELECTOR, ".moderation__who")), "signed in before the removal")
        result = self.moderator("remove", "membre")
        self.check(result.returncode == 0, f"moderator remove: {result.stdout}{result.stderr}")
        driver.get(self.intake + "/moderate")
        self.check(not driver.find_elements(By.CSS_SELECTOR, ".moderation__who"), "a removed moderator's session stops at once")
        self.audit(driver, "the signed-out page")
        self.save_html("moderation-signed-out", "/moderate")
        self.save_html("moderation-sign-in", urllib.parse.urlparse(self.link).path)
        self.shoot_phone(driver, "moderation-signed-out", 900)
        driver.get(self.link)
        self.click(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/moderate/sign-in'] button[type=submit]"))
        self.wait_for(driver, lambda d: d.current_url == self.intake + "/moderate/sign-in", "a used link: its answer page")
        self.check(not driver.find_elements(By.CSS_SELECTOR, ".moderation__who"), "a used link does not sign in again")


def main():
    if len(sys.argv) not in (4, 5):
        print(__doc__)
        return 2
    flow = ModerationFlow(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) == 5 else None)
    return flow.run()


if __name__ == "__main__":
    sys.exit(main())
