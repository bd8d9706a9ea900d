#!/usr/bin/env python3
"""Writes the image fixtures of Tests/PlanetTests/Fixtures/images/: tiny images in every format planet
publishes, each carrying the metadata a phone or an editor leaves (GPS position, make, model, dates,
author, comments, XMP, IPTC) and what display needs (an ICC profile, orientation 6, the animation loop).
Only the standard library: every byte is written here, so the fixtures are reproducible.
Usage: python3 Tests/images/make_images.py [FOLDER]"""
import os
import struct
import sys
import zlib

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "PlanetTests", "Fixtures", "images")

XMP = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
       b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/"'
       b' xmlns:tiff="http://ns.adobe.com/tiff/1.0/" exif:GPSLatitude="48,51.5N" exif:GPSLongitude="2,21.1E" tiff:Make="XmpPhone">'
       b'<dc:creator><rdf:Seq><rdf:li>Dr Claire Martin</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>'
       b'<?xpacket end="w"?>')


def ifd(entries, start):
    """A big-endian IFD at offset `start` of the TIFF structure; entries are (tag, type, count, payload bytes)."""
    size = 2 + 12 * len(entries) + 4
    head = struct.pack(">H", len(entries))
    extra = b""
    for tag, kind, count, payload in entries:
        if len(payload) <= 4:
            head += struct.pack(">HHI", tag, kind, count) + payload.ljust(4, b"\0")
        else:
            head += struct.pack(">HHII", tag, kind, count, start + size + len(extra))
            extra += payload + (b"\0" if len(payload) % 2 else b"")
    return head + b"\0\0\0\0" + extra


def ascii(tag, text):
    data = text.encode() + b"\0"
    return (tag, 2, len(data), data)


def rationals(tag, values):
    return (tag, 5, len(values), b"".join(struct.pack(">II", n, d) for n, d in values))


def exif_tiff(orientation=6):
    """A TIFF structure as a phone writes it: make, model, dates, author, orientation, and a GPS position."""
    gps = [(1, 2, 2, b"N\0"), rationals(2, [(48, 1), (51, 1), (3000, 100)]),
           (3, 2, 2, b"E\0"), rationals(4, [(2, 1), (21, 1), (600, 100)])]
    exif = [ascii(0x9003, "2025:03:14 09:30:00")]
    ifd0 = [ascii(0x010F, "PhoneMaker"), ascii(0x0110, "PhoneModel 12"), (0x0112, 3, 1, struct.pack(">H", orientation)),
            ascii(0x0132, "2025:03:14 09:30:00"), ascii(0x013B, "Dr Claire Martin"), (0x8769, 4, 1, b""), (0x8825, 4, 1, b"")]
    # Offsets of the sub-IFDs are known once IFD0 is laid out.
    first = ifd([e if e[0] not in (0x8769, 0x8825) else (e[0], 4, 1, b"\0\0\0\0") for e in ifd0], 8)
    exif_at = 8 + len(first)
    exif_block = ifd(exif, exif_at)
    gps_at = exif_at + len(exif_block)
    gps_block = ifd(gps, gps_at)
    ifd0 = [e if e[0] not in (0x8769, 0x8825) else (e[0], 4, 1, struct.pack(">I", exif_at if e[0] == 0x8769 else gps_at)) for e in ifd0]
    return b"MM\0*" + struct.pack(">I", 8) + ifd(ifd0, 8) + exif_block + gps_block


def icc_profile():
    """A minimal ICC v2 display profile with one tag (its copyright text)."""
    text = b"text\0\0\0\0no copyright\0"
    tags = struct.pack(">I", 1) + struct.pack(">4sII", b"cprt", 128 + 4 + 12, len(text))
    body = tags + text
    size = 128 + len(body)
    header = struct.pack(">I4sI4s4s4s", size, b"none", 0x02100000, b"mntr", b"RGB ", b"XYZ ")
    header += struct.pack(">6H", 2025, 3, 14, 9, 30, 0) + b"acsp" + b"\0" * 4 + struct.pack(">I", 0) + b"\0" * 8
    header += b"\0" * 8 + struct.pack(">I", 0)
    header += struct.pack(">iii", 63190, 65536, 54061) + b"\0" * 4
    header = header.ljust(128, b"\0")
    return header + body


def segment(marker, body):
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def jpeg():
    """A 16×8 baseline colour JPEG (two grey blocks per component), with every kind of metadata."""
    iptc = b"\x1c\x02\x50" + struct.pack(">H", 16) + b"Dr Claire Martin" + b"\x1c\x02\x5a" + struct.pack(">H", 5) + b"Paris"
    photoshop = b"Photoshop 3.0\0" + b"8BIM" + struct.pack(">H", 0x0404) + b"\0\0" + struct.pack(">I", len(iptc)) + iptc
    photoshop += b"\0" * (len(iptc) % 2)
    table = segment(0xDB, b"\x00" + bytes([1] * 64))
    frame = segment(0xC0, b"\x08" + struct.pack(">HH", 8, 16) + b"\x03" + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00")
    # One code of length 1 in each table: DC category 0, AC end of block.
    huffman = segment(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00" + b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    scan = segment(0xDA, b"\x03\x01\x00\x02\x00\x03\x00\x00\x3f\x00")
    # Six blocks of two zero bits (DC 0, end of block), padded with ones.
    data = bytes([0x00, 0x0F, 0xFF, 0x00])
    return (b"\xff\xd8" + segment(0xE1, b"Exif\0\0" + exif_tiff(6))
            + segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0" + XMP) + segment(0xED, photoshop)
            + segment(0xE2, b"ICC_PROFILE\0\x01\x01" + icc_profile()) + segment(0xFE, b"Taken at 12 rue des Lilas")
            + table + frame + huffman + scan + data + b"\xff\xd9" + b"trailing bytes after the image")


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png():
    """A 2×2 RGB PNG with every text chunk, tIME and eXIf, and an ICC profile."""
    rows = b"".join(b"\0" + bytes([200, 30, 30, 30, 200, 30]) for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"iCCP", b"display\0\0" + zlib.compress(icc_profile()))
            + chunk(b"eXIf", exif_tiff(6)) + chunk(b"tEXt", b"Author\0Dr Claire Martin")
            + chunk(b"zTXt", b"Comment\0\0" + zlib.compress(b"Taken at 12 rue des Lilas"))
            + chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0" + XMP)
            + chunk(b"tIME", struct.pack(">HBBBBB", 2025, 3, 14, 9, 30, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def riff(kind, body):
    return kind + struct.pack("<I", len(body)) + body + (b"\0" if len(body) % 2 else b"")


def webp():
    """A 1×1 lossless WebP in the extended format, with EXIF (orientation 6, GPS) and XMP chunks."""
    bits, count = 0, 0

    def put(value, width):
        nonlocal bits, count
        bits |= value << count
        count += width

    put(0x2F, 8)
    put(0, 14); put(0, 14); put(0, 1); put(0, 3)   # 1×1, no alpha, version 0
    put(0, 1); put(0, 1); put(0, 1)                 # no transform, no colour cache, no meta prefix codes
    for symbol in (0x80, 0x40, 0x20, 0xFF):         # green, red, blue, alpha: one 8-bit symbol each
        put(1, 1); put(0, 1); put(1, 1); put(symbol, 8)
    put(1, 1); put(0, 1); put(0, 1); put(0, 1)      # distance: one 1-bit symbol
    lossless = bits.to_bytes((count + 7) // 8, "little")
    flags = 0x08 | 0x04
    header = bytes([flags, 0, 0, 0]) + (0).to_bytes(3, "little") + (0).to_bytes(3, "little")
    body = b"WEBP" + riff(b"VP8X", header) + riff(b"VP8L", lossless) + riff(b"EXIF", exif_tiff(6)) + riff(b"XMP ", XMP)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def gif():
    """A 1×1 GIF of two frames that loops, with comments and an XMP application extension."""
    def sub_blocks(data):
        return b"".join(bytes([len(data[i:i + 255])]) + data[i:i + 255] for i in range(0, len(data), 255)) + b"\0"

    frame = b"\x21\xf9\x04\x04\x32\x00\x00\x00" + b"\x2c" + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00" + b"\x02\x02\x44\x01\x00"
    return (b"GIF89a" + struct.pack("<HH", 1, 1) + b"\x80\x00\x00" + b"\x00\x00\x00\xff\xff\xff"
            + b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
            + b"\x21\xfe" + sub_blocks(b"Dr Claire Martin, 12 rue des Lilas")
            + b"\x21\xff\x0bXMP DataXMP" + sub_blocks(XMP)
            + frame + b"\x21\xfe" + sub_blocks(b"second frame") + frame + b"\x3b")


def box(kind, body):
    return struct.pack(">I", len(body) + 8) + kind + body


def full_box(kind, version, body, flags=0):
    return box(kind, struct.pack(">I", version << 24 | flags) + body)


def heif(brand, coding):
    """A 4×2 HEIF image (AVIF or HEIC) turned a quarter by `irot`, with an Exif item (orientation 6, GPS) and
    an XMP item. Its coded data is a placeholder: readers of metadata do not decode it."""
    coded = bytes(range(1, 33))
    exif = struct.pack(">I", 0) + exif_tiff(6)
    payloads = [coded, exif, XMP]

    def meta(first):
        locations = b""
        offset = first
        for item, payload in enumerate(payloads, start=1):
            locations += struct.pack(">HHHII", item, 0, 1, offset, len(payload))
            offset += len(payload)
        infos = (full_box(b"infe", 2, struct.pack(">HH", 1, 0) + coding + b"\0")
                 + full_box(b"infe", 2, struct.pack(">HH", 2, 0) + b"Exif" + b"\0")
                 + full_box(b"infe", 2, struct.pack(">HH", 3, 0) + b"mime" + b"\0" + b"application/rdf+xml\0"))
        references = box(b"cdsc", struct.pack(">HHH", 2, 1, 1)) + box(b"cdsc", struct.pack(">HHH", 3, 1, 1))
        properties = box(b"ipco", full_box(b"ispe", 0, struct.pack(">II", 4, 2)) + box(b"irot", b"\x01"))
        associations = full_box(b"ipma", 0, struct.pack(">IHB", 1, 1, 2) + b"\x01\x82")
        return full_box(b"meta", 0, full_box(b"hdlr", 0, struct.pack(">I", 0) + b"pict" + b"\0" * 12 + b"\0")
                        + full_box(b"pitm", 0, struct.pack(">H", 1))
                        + full_box(b"iloc", 0, b"\x44\x00" + struct.pack(">H", len(payloads)) + locations)
                        + full_box(b"iinf", 0, struct.pack(">H", 3) + infos) + full_box(b"iref", 0, references)
                        + box(b"iprp", properties + associations))

    kind = box(b"ftyp", brand + struct.pack(">I", 0) + brand + b"mif1" + b"miaf")
    first = len(kind) + len(meta(0)) + 8
    return kind + meta(first) + box(b"mdat", b"".join(payloads))


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, data in [("phone.jpg", jpeg()), ("phone.png", png()), ("phone.webp", webp()), ("animated.gif", gif()),
                       ("phone.avif", heif(b"avif", b"av01")), ("phone.heic", heif(b"heic", b"hvc1"))]:
        with open(os.path.join(OUT, name), "wb") as file:
            file.write(data)


if __name__ == "__main__":
    main()
