#!/usr/bin/env python3
"""Checks French typography in a built site: no ordinary space before ; : ! ? and none inside « », in the text of
every page and feed whose language is French (outside entries included).

Usage: french_typography.py SITE_OUTPUT_FOLDER [...]

Pages are parsed with html5lib; a page counts when its <html lang> is French. Feeds count when their xml:lang is
French: their titles, subtitles, names and summaries as text, their HTML content parsed with html5lib. Ignored, as
planet's spacing leaves them: code, pre, kbd, samp, var, scripts and styles; attributes; URLs written in the text;
punctuation followed by a letter or digit (`a ?b`, `x !important`); emoticons (`:)`, `;-)`, `:D`).
Prints each finding with its file and a little context, then `french typography: N files checked, M findings`.
"""
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

import html5lib

VERBATIM = {"code", "pre", "kbd", "samp", "var", "script", "style", "textarea"}
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
URL = re.compile(r"\S+://\S*|\bwww\.\S+|\S+@\S+\.\S+")
EMOTICON = r"[:;][-']?[)(DPpOo/\\|\]\[*](?![\w])"
# An ordinary space (or tab, or line break) before ; : ! ? that French spaces (not followed by a letter or digit, not an
# emoticon), after « or before ».
FINDINGS = [
    ("ordinary space before punctuation", re.compile(r"[ \t\r\n](?!" + EMOTICON + r")[;:!?]+(?![\w])")),
    ("ordinary space after «", re.compile(r"«[ \t\r\n]")),
    ("ordinary space before »", re.compile(r"[ \t\r\n]»")),
]


def is_french(language):
    language = (language or "").lower()
    return language == "fr" or language.startswith("fr-")


def texts(element):
    """The runs of text under an html5lib element (no namespace), code and the like left out."""
    runs = [[]]

    def visit(node):
        tag = node.tag.split("}")[-1] if isinstance(node.tag, str) else ""
        if tag in VERBATIM:
            runs.append([])
        else:
            if node.text:
                runs[-1].append(node.text)
            for child in node:
                visit(child)
        if node.tail:
            runs[-1].append(node.tail)

    for child in element:
        visit(child)
    if element.text:
        runs.insert(0, [element.text])
    return ["".join(run) for run in runs if run]


def check_text(text, where, findings):
    text = URL.sub("URL", text)
    for name, pattern in FINDINGS:
        for match in pattern.finditer(text):
            start = max(0, match.start() - 30)
            findings.append(f"{where}: {name}: …{text[start:match.end() + 20]!r}…")


def check_html_page(path, findings):
    with open(path, "rb") as handle:
        document = html5lib.parse(handle.read(), namespaceHTMLElements=False)
    if not is_french(document.get("lang")):
        return False
    for text in texts(document):
        check_text(text, path, findings)
    return True


def check_feed(path, findings):
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError:
        return False
    if root.tag != ATOM + "feed" or not is_french(root.get(XML_LANG)):
        return False
    for element in root.iter():
        name = element.tag.replace(ATOM, "")
        if name in ("title", "subtitle", "name", "summary") and element.text:
            if element.get("type") == "html":
                for text in texts(html5lib.parseFragment(element.text, namespaceHTMLElements=False)):
                    check_text(text, f"{path} <{name}>", findings)
            else:
                check_text(element.text, f"{path} <{name}>", findings)
        elif name == "content" and element.text and element.get("type") == "html":
            for text in texts(html5lib.parseFragment(element.text, namespaceHTMLElements=False)):
                check_text(text, f"{path} <content>", findings)
    return True


def main(folders):
    findings = []
    checked = 0
    for folder in folders:
        for directory, _, names in sorted(os.walk(folder)):
            for name in sorted(names):
                path = os.path.join(directory, name)
                if name.endswith(".html"):
                    checked += check_html_page(path, findings)
                elif name.endswith(".xml"):
                    checked += check_feed(path, findings)
    for finding in findings:
        print(finding)
    print(f"french typography: {checked} files checked, {len(findings)} findings")
    if checked == 0:
        print("error: no French page or feed found", file=sys.stderr)
        return 1
    return 1 if findings else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
