#!/usr/bin/env python3
"""Proves that a built site is inert and private, by parsing it as browsers do.

Usage: scan_html.py SITE_OUTPUT_FOLDER [...]

Every HTML page is parsed with html5lib (the HTML5 parsing algorithm), and so is the HTML inside every
Atom feed's content and summary. The scan fails on any script element, event-handler attribute, style
element or attribute, frame, plugin, form or form control (a task list's disabled checkbox aside, and the theme's
forms: a <form class="comment-form">, or the intake's "intake__own" forms of a reader's own comment, outside any
.content element, posted to the intake's origin, the last
that the page's CSP form-action allows after 'self' and the site's own, with the controls inside it), <base>,
refreshing <meta> (an alias's redirect page to its own canonical address on the site aside), or URL with a javascript:,
vbscript: or data: scheme (raster data: images aside), and on anything that would make a reader's
browser request another host (an image, stylesheet, icon, media or frame from an absolute URL).
Every SVG is parsed as XML, as a browser does when it is opened directly (internal entities expanded), and
fails on the same, but for its own styles, which may load nothing (no @import, no url() of another host),
and on any reference out of the image (an absolute or scheme-relative href).
Prints each finding, then `scan: N passed, M failed` (files).
"""
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

from urllib.parse import urlsplit

import html5lib

FORBIDDEN_ELEMENTS = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
    "button", "textarea", "select", "base", "portal", "noscript", "template",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "cite", "poster", "data", "background", "srcset",
                  "xlink:href", "ping", "longdesc", "lowsrc", "dynsrc", "manifest", "codebase"}
RASTER_DATA = re.compile(r"^data:image/(png|jpeg|gif|webp|avif)[;,]")
ATOM = "{http://www.w3.org/2005/Atom}"


def scheme_of(url):
    compact = "".join(ch for ch in url if ord(ch) > 0x20 and ord(ch) != 0x7F).lower()
    match = re.match(r"^([a-z][a-z0-9+.\-]*):", compact)
    return (match.group(1) if match else ""), compact


def requests_another_host(element, name, value, own_host):
    """Whether this attribute makes the browser fetch a URL from a host other than the site's own by itself
    (not a link the reader follows)."""
    tag = element.tag
    fetching = (
        (name == "src" and tag in {"img", "audio", "video", "source", "track", "input", "iframe", "script", "embed"})
        or (name == "srcset")
        or (name == "poster")
        or (tag == "link" and name == "href" and element.get("rel", "").lower().split()
            and set(element.get("rel", "").lower().split()) & {"stylesheet", "icon", "preload", "prefetch", "preconnect", "dns-prefetch", "manifest", "modulepreload"})
    )
    if not fetching:
        return False
    scheme, compact = scheme_of(value)
    if not (compact.startswith("//") or scheme in {"http", "https"}):
        return False
    return urlsplit(compact).hostname != own_host


def is_task_checkbox(element):
    """A task list item's checkbox: disabled, in no form, and with nothing but its state."""
    return (element.get("type", "").lower() == "checkbox" and "disabled" in element.attrib
            and set(element.attrib) <= {"type", "checked", "disabled"})


def is_redirect_to_canonical(element, canonical, own_host):
    """An alias's redirect page: it refreshes to its own canonical address, on the site's own host."""
    match = re.match(r"^\s*0\s*;\s*url=(.*)$", element.get("content", ""), re.IGNORECASE | re.DOTALL)
    return bool(match and canonical and match.group(1).strip() == canonical and urlsplit(canonical).hostname == own_host)


THEME_FORM_CLASSES = {"comment-form", "intake__own", "site-search"}


def theme_form_elements(document, own_host):
    """The theme's forms and their controls: a <form class="comment-form"> (or, on the intake's page of a reader's
    own comment, class="intake__own"; or the header's GET <form class="site-search">) that no .content element holds,
    whose action's origin is a source of the page's CSP form-action other than the site's own: `'self'`, the site's
    own origin (where the intake sends the reader back), the intake's, then that of `search:` when it is another
    (never 'none')."""
    policy = next((meta.get("content", "") for meta in document.iter("meta")
                   if meta.get("http-equiv", "").lower() == "content-security-policy"), "")
    directive = next((part.split()[1:] for part in policy.split(";") if part.split()[:1] == ["form-action"]), [])
    if not 2 <= len(directive) <= 4 or directive[0] != "'self'" or any(source.startswith("'") for source in directive[1:]):
        return set()
    sources = [source.lower() for source in directive[1:]]
    if len(sources) >= 2 and urlsplit(sources[0]).hostname == own_host:
        sources = sources[1:]  # the site's own origin, where the intake sends the reader back
    services = set(sources)
    parents = {child: parent for parent in document.iter() for child in parent}
    allowed = set()
    for form in document.iter("form"):
        action = urlsplit(form.get("action", ""))
        classes = set(form.get("class", "").split())
        if not THEME_FORM_CLASSES & classes or f"{action.scheme}://{action.netloc}".lower() not in services:
            continue
        if "site-search" in classes and form.get("method", "get").lower() != "get":
            continue
        ancestor, inside_content = parents.get(form), False
        while ancestor is not None:
            inside_content = inside_content or "content" in ancestor.get("class", "").split()
            ancestor = parents.get(ancestor)
        if not inside_content:
            allowed |= {id(element) for element in form.iter()}
    return allowed


def findings_in(document, where, in_page, own_host, canonical=""):
    problems = []
    theme_form = theme_form_elements(document, own_host) if in_page else set()
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.split("}")[-1].lower()
        element.tag = tag
        if tag in FORBIDDEN_ELEMENTS and id(element) not in theme_form and not (tag == "input" and is_task_checkbox(element)):
            problems.append(f"{where}: <{tag}> element")
        if tag == "meta":
            http_equiv = element.get("http-equiv", "").lower()
            redirect = http_equiv == "refresh" and is_redirect_to_canonical(element, canonical, own_host)
            if not in_page or (http_equiv not in {"", "content-security-policy"} and not redirect):
                problems.append(f"{where}: <meta http-equiv={http_equiv!r}> from content")
        for raw_name, value in element.attrib.items():
            name = raw_name.split("}")[-1].lower() if isinstance(raw_name, str) else str(raw_name)
            if name.startswith("on"):
                problems.append(f"{where}: event handler {name}= on <{tag}>")
            if name == "style":
                problems.append(f"{where}: style attribute on <{tag}>")
            if name in URL_ATTRIBUTES or name.endswith("href"):
                scheme, compact = scheme_of(value)
                if scheme in {"javascript", "vbscript", "livescript", "mocha", "file", "filesystem"}:
                    problems.append(f"{where}: {scheme}: URL in {name}= of <{tag}>")
                if scheme == "data" and not (tag == "img" and name == "src" and RASTER_DATA.match(compact)):
                    problems.append(f"{where}: data: URL in {name}= of <{tag}>")
                if requests_another_host(element, name, value, own_host):
                    problems.append(f"{where}: <{tag} {name}={value!r}> requests another host")
    return problems


def site_host(folder):
    """The site's host, from the sitemap address in its robots.txt; None when there is none."""
    try:
        with open(os.path.join(folder, "robots.txt"), encoding="utf-8") as handle:
            for line in handle:
                if line.lower().startswith("sitemap:"):
                    return urlsplit(line.split(":", 1)[1].strip()).hostname
    except OSError:
        pass
    return None


def scan_page(path, relative, host):
    with open(path, "rb") as handle:
        document = html5lib.parse(handle.read(), treebuilder="etree", namespaceHTMLElements=False)
    canonical = next((link.get("href", "") for link in document.iter("link") if link.get("rel") == "canonical"), "")
    own_host = host or urlsplit(canonical).hostname
    problems = findings_in(document, relative, in_page=True, own_host=own_host, canonical=canonical)
    # The theme's own CSP meta and stylesheet are allowed: only content must never add them.
    return [p for p in problems if not p.endswith("<link> element")]


def scan_feed(path, relative):
    try:
        tree = ElementTree.parse(path)
    except ElementTree.ParseError as error:
        return [f"{relative}: not well-formed XML: {error}"]
    problems = []
    self_link = next((link.get("href", "") for link in tree.iter(ATOM + "link") if link.get("rel") == "self"), "")
    own_host = urlsplit(self_link).hostname
    for index, element in enumerate(tree.iter()):
        if element.tag in {ATOM + "content", ATOM + "summary", ATOM + "title", ATOM + "subtitle"} and element.get("type") == "html":
            fragment = html5lib.parseFragment(element.text or "", treebuilder="etree", namespaceHTMLElements=False)
            problems += findings_in(fragment, f"{relative} ({element.tag[len(ATOM):]} #{index})", in_page=False, own_host=own_host)
    return problems


OUTSIDE_CSS = re.compile(r"@import|url\(\s*['\"]?\s*(https?:|//|javascript:|data:text|data:image/svg)", re.I)


def scan_svg(path, relative):
    try:
        tree = ElementTree.parse(path)
    except ElementTree.ParseError as error:
        return [f"{relative}: not well-formed XML: {error}"]
    problems = [p for p in findings_in(tree.getroot(), relative, in_page=False, own_host=None)
                if not p.endswith("<style> element") and " style attribute on " not in p]
    for element in tree.iter():
        for raw_name, value in element.attrib.items():
            name = raw_name.split("}")[-1].lower()
            if OUTSIDE_CSS.search(value):
                problems.append(f"{relative}: {name}= of <{element.tag}> loads an outside resource")
            scheme, compact = scheme_of(value)
            if name.endswith("href") and (compact.startswith("//") or scheme not in {"", "data"}):
                problems.append(f"{relative}: {name}={value!r} of <{element.tag}> leaves the image")
        if element.tag == "style" and OUTSIDE_CSS.search(element.text or ""):
            problems.append(f"{relative}: <style> loads an outside resource")
    return problems


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    passed = failed = 0
    for folder in sys.argv[1:]:
        host = site_host(folder)
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                relative = os.path.relpath(path, folder)
                if name.endswith(".html"):
                    problems = scan_page(path, relative, host)
                elif name.endswith(".xml") and name != "sitemap.xml":
                    problems = scan_feed(path, relative)
                elif name.endswith(".svg"):
                    problems = scan_svg(path, relative)
                else:
                    continue
                for problem in problems:
                    print(problem)
                if problems:
                    failed += 1
                else:
                    passed += 1
    print(f"scan: {passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
