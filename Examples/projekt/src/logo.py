#!/usr/bin/env python3
"""Rysuje przykładowy pasek logotypów logo-fe.png (1200 x 150) obok plików YAML.

To NIE jest oficjalne zestawienie znaków Funduszy Europejskich - tylko czytelna atrapa do
przykładowego projektu. W prawdziwym projekcie podmień plik logo-fe.png na pasek pobrany
z księgi identyfikacji wizualnej (plik PNG, najlepiej ok. 1200-2400 px szerokości).

Wymaga Pillow (np. `python3 -m venv /tmp/v && /tmp/v/bin/pip install pillow`) i czcionki DejaVu Sans
(`apt-get install -y fonts-dejavu-core`). Uruchomienie: /tmp/v/bin/python Examples/projekt/src/logo.py
"""

import math
import os

from PIL import Image, ImageDraw, ImageFont

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "logo-fe.png")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
W, H = 1200, 150
NAVY = (0, 51, 153)
EU_BLUE = (0, 51, 153)
EU_YELLOW = (255, 204, 0)
RED = (220, 20, 60)
GREY = (90, 90, 90)


def font(bold, size):
    return ImageFont.truetype(FONT_DIR + ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"), size)


def star(draw, cx, cy, r, fill):
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else r * 0.4
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=fill)


def main():
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)

    # 1. Fundusze Europejskie: znak z trzech kolorowych bloków + napis
    x0, y0 = 30, 35
    d.rectangle([x0, y0, x0 + 26, y0 + 80], fill=NAVY)
    d.rectangle([x0 + 32, y0 + 20, x0 + 58, y0 + 80], fill=EU_YELLOW)
    d.rectangle([x0 + 64, y0 + 40, x0 + 90, y0 + 80], fill=RED)
    d.text((x0 + 105, 42), "Fundusze", font=font(True, 30), fill=NAVY)
    d.text((x0 + 105, 78), "Europejskie", font=font(False, 26), fill=NAVY)

    d.line([(355, 25), (355, 125)], fill=(200, 200, 200), width=2)

    # 2. Rzeczpospolita Polska: flaga biało-czerwona + napis
    fx, fy = 385, 45
    d.rectangle([fx, fy, fx + 90, fy + 30], fill="white", outline=(180, 180, 180))
    d.rectangle([fx, fy + 30, fx + 90, fy + 60], fill=RED)
    d.text((fx + 105, 42), "Rzeczpospolita", font=font(True, 28), fill=(40, 40, 40))
    d.text((fx + 105, 76), "Polska", font=font(False, 26), fill=(40, 40, 40))

    d.line([(740, 25), (740, 125)], fill=(200, 200, 200), width=2)

    # 3. Flaga UE (12 gwiazd w okręgu) + „Dofinansowane przez Unię Europejską”
    ex, ey, ew, eh = 765, 35, 120, 80
    d.rectangle([ex, ey, ex + ew, ey + eh], fill=EU_BLUE)
    cx, cy, rad = ex + ew / 2, ey + eh / 2, 27
    for k in range(12):
        a = k * math.pi / 6
        star(d, cx + rad * math.sin(a), cy - rad * math.cos(a), 5.5, EU_YELLOW)
    d.text((ex + ew + 15, 40), "Dofinansowane przez", font=font(False, 22), fill=GREY)
    d.text((ex + ew + 15, 72), "Unię Europejską", font=font(True, 26), fill=EU_BLUE)

    img.save(OUT, optimize=True)
    print(OUT)


if __name__ == "__main__":
    main()
