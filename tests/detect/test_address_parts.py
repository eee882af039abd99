"""The pieces of an address line are built once for a rules folder and shared by the recognizers
that read addresses; another folder's rules get their own."""
from dataclasses import replace

import regex

from redactor.detect.recognizers.street_address import AddressParts, StreetAddressRecognizer


def test_the_recognizers_of_one_rules_share_its_parts(rules):
    assert AddressParts.from_rules(rules) is AddressParts.from_rules(rules)


def test_rules_of_another_folder_get_their_own_parts_each_time_they_are_asked_of(rules):
    own = replace(rules, addresses=rules.addresses.model_copy(update={"street_types": ["Wynd"]}))
    for _ in range(2):  # asked of in turn, as tests and a server building two redactors do
        assert regex.search(AddressParts.from_rules(own).street, "12 Castle Wynd")
        assert not regex.search(AddressParts.from_rules(own).street, "12 Castle Road")
        assert regex.search(AddressParts.from_rules(rules).street, "12 Castle Road")
    assert StreetAddressRecognizer(own).analyze("She lived at 12 Castle Wynd.", ["ADDRESS"])
