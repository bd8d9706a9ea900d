#!/usr/bin/env python3
"""Writes the encoding fixtures of Tests/PlanetTests/Fixtures/feeds/encodings/ with Python's codecs: one RSS 2.0
item each, its title in the encoding under test. FeedFixtureTests serves each with the Content-Type it needs.
Run: python3 scripts/gen-encoding-fixtures.py"""
import pathlib

FOLDER = pathlib.Path(__file__).resolve().parent.parent / "Tests/PlanetTests/Fixtures/feeds/encodings"


def rss(title, declaration):
    head = f'<?xml version="1.0"{declaration}?>\n' if declaration is not None else ""
    return (head + '<rss version="2.0"><channel><title>Encodings</title><link>https://enc.example/</link>\n'
            f"<item><title>{title}</title><link>https://enc.example/1</link>"
            "<pubDate>Sun, 04 Jan 2004 16:29:06 GMT</pubDate>"
            f"<description>{title}</description></item></channel></rss>\n")


# name: (title, codec, encoding declaration or None for none, byte order mark)
CASES = {
    "koi8r-header-only": ("Привет, мир", "koi8_r", "", b""),
    "shiftjis-header-only": ("こんにちは世界", "shift_jis", "", b""),
    "utf8-header-over-latin1-declaration": ("Crème brûlée", "utf-8", ' encoding="iso-8859-1"', b""),
    "cp1251-declared": ("Здравствуйте", "cp1251", ' encoding="windows-1251"', b""),
    "utf16le-bom-over-header": ("Ça va ? “oui”", "utf-16-le", ' encoding="utf-16"', b"\xff\xfe"),
    "latin1-declared-cp1252-bytes": ("L’été “chaud” – 10 €", "cp1252", ' encoding="ISO-8859-1"', b""),
    "ascii-declared-cp1252-bytes": ("Les “guillemets”", "cp1252", ' encoding="us-ascii"', b""),
    "ebcdic-cp037": ("Café crème", "cp037", ' encoding="cp037"', b""),
    "ebcdic-ibm500": ("Bière [pression]", "cp500", ' encoding="IBM500"', b""),
    "ebcdic-cp1140": ("Prix : 5 €", "cp1140", ' encoding="cp1140"', b""),
    "macintosh": ("Café ’ fin", "mac_roman", ' encoding="macintosh"', b""),
    "mac-cyrillic": ("Привет", "mac_cyrillic", ' encoding="x-mac-cyrillic"', b""),
    "mac-greek": ("Καλημέρα", "mac_greek", ' encoding="macgreek"', b""),
    "cp861-python-alias": ("Ísland Ç", "cp861", ' encoding="cp-is"', b""),
    "cp437-bare-number": ("Café ½ °", "cp437", ' encoding="437"', b""),
    "cp866-bare-number": ("Привет", "cp866", ' encoding="866"', b""),
    "utf16le-no-bom": ("Résumé ☃", "utf-16-le", ' encoding="utf-16"', b""),
    "utf16be-no-bom-no-label": ("Résumé ☃", "utf-16-be", "", b""),
    "utf32be-no-bom": ("Résumé ☃", "utf-32-be", ' encoding="UTF-32"', b""),
    "utf32le-no-bom": ("Résumé ☃", "utf-32-le", ' encoding="utf-32"', b""),
}

FOLDER.mkdir(parents=True, exist_ok=True)
for name, (title, codec, declaration, mark) in CASES.items():
    (FOLDER / f"{name}.xml").write_bytes(mark + rss(title, declaration).encode(codec))

# UTF-8 with stray Windows-1252 bytes: valid UTF-8 for "Café" and "déjà", Windows-1252 quotes.
stray = rss("Café \x93serré\x94 déjà", ' encoding="utf-8"')
(FOLDER / "utf8-with-stray-cp1252.xml").write_bytes(
    stray.encode("utf-8").replace("\x93".encode("utf-8"), b"\x93").replace("\x94".encode("utf-8"), b"\x94"))
print(f"{len(CASES) + 1} fixtures in {FOLDER}")
