#!/usr/bin/env python3
"""Writes the test pictures: small PNGs drawn here, so that their pixels, size and resolution
are known (a signature at 300 dpi, a logo without a declared resolution)."""
import math
import struct
import zlib


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(path, width, height, pixel, dpi=None):
    rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    if dpi:
        per_metre = round(dpi / 0.0254)
        data += chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
    data += chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as file:
        file.write(data)


def signature(x, y):
    # A handwritten-looking stroke: a damped wave across the picture.
    centre = 75 + 40 * math.sin(x / 23.0) * math.exp(-x / 500.0)
    return (20, 30, 120) if abs(y - centre) < 3 else (255, 255, 255)


def logo(x, y):
    if 10 <= x < 90 and 10 <= y < 90:
        return (0, 82, 155)
    if 110 <= x < 290 and 35 <= y < 65:
        return (255, 204, 0)
    return (255, 255, 255)


def photo(x, y):
    return (x % 256, y % 256, 128)


png("podpis.png", 400, 150, signature, dpi=300)
png("logo.png", 300, 100, logo)
png("zdjecie.png", 64, 48, photo, dpi=96)
