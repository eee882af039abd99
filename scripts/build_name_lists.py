"""Rebuild rules/names/*.txt from Faker's person providers (MIT licence).

    .venv/bin/python scripts/build_name_lists.py

Faker's en_GB lists derive from ONS tables; the other locales cover the UK's many
communities (Irish, South Asian, Polish, Romanian, Lithuanian, Nigerian, Ghanaian,
Kenyan, Portuguese, Italian, Turkish, ...). Only Latin-script names are kept, since
DHR reports are written in English. Faker is a development dependency only: at run
time redactor reads the text files this writes.
"""
from __future__ import annotations

import importlib
import re
from pathlib import Path

LOCALES = ["en_GB", "en_IE", "ga_IE", "en_US", "en_IN", "hi_IN", "en_PK", "en_NG", "yo_NG", "ig_NG",
           "ha_NG", "en_KE", "sw", "tw_GH", "zu_ZA", "pl_PL", "ro_RO", "lt_LT", "lv_LV", "sk_SK",
           "cs_CZ", "hu_HU", "pt_PT", "pt_BR", "it_IT", "es_ES", "fr_FR", "de_DE", "nl_NL", "tr_TR",
           "sq_AL", "hr_HR", "sl_SI", "fi_FI", "sv_SE", "da_DK", "no_NO", "vi_VN", "id_ID", "fil_PH",
           "en_PH", "az_AZ", "uz_UZ", "et_EE", "el_GR", "bn_BD", "ta_IN", "en_NZ"]
LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ɏ'’-]+$")
ROOT = Path(__file__).resolve().parents[1] / "rules" / "names"


def _words(value) -> set[str]:
    items = value.keys() if isinstance(value, dict) else value
    return {w for item in items for w in str(item).split() if LATIN_NAME.match(w) and len(w) > 1}


def collect() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            first |= _words(getattr(provider, attr, ()))
        last |= _words(getattr(provider, "last_names", ()))
    return first, last


def main() -> None:
    first, last = collect()
    ROOT.mkdir(parents=True, exist_ok=True)
    (ROOT / "first_names.txt").write_text("\n".join(sorted(first)) + "\n", encoding="utf-8")
    (ROOT / "surnames.txt").write_text("\n".join(sorted(last)) + "\n", encoding="utf-8")
    print(f"{len(first)} first names, {len(last)} surnames")


if __name__ == "__main__":
    main()
