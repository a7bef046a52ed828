#!/usr/bin/env python3
"""Write a tiny deterministic 4x4 RGB PNG (a few coloured pixels: EU blue/yellow, Polish white/red).
Usage: tiny_png.py OUT.png        writes the file
       tiny_png.py --base64       prints the PNG as base64 (for <office:binary-data> in a .fodt)"""
import base64, struct, sys, zlib

def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

def tiny_png():
    blue, yellow, white, red = (0, 51, 153), (255, 204, 0), (255, 255, 255), (220, 20, 60)
    rows = [
        [blue, blue, yellow, blue],
        [blue, yellow, blue, blue],
        [white, white, white, white],
        [red, red, red, red],
    ]
    raw = b"".join(b"\x00" + b"".join(bytes(px) for px in row) for row in rows)
    ihdr = struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)  # 4x4, 8-bit, RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")

if __name__ == "__main__":
    png = tiny_png()
    if len(sys.argv) == 2 and sys.argv[1] == "--base64":
        print(base64.b64encode(png).decode())
    elif len(sys.argv) == 2:
        open(sys.argv[1], "wb").write(png)
    else:
        sys.exit(__doc__)
