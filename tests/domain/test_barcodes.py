import pytest

from packstation.domain.barcodes import (
    InvalidScan,
    clean_scan,
    gtin14,
    gtin_check_digit,
    is_valid_gtin,
    product_key,
)
from packstation.domain.orders import Address, normalise_order_name


@pytest.mark.parametrize("code", ["036000291452", "4006381333931", "96385074", "10012345678902"])
def test_valid_gtins(code):
    assert is_valid_gtin(code)


def test_wrong_check_digit_is_invalid():
    assert not is_valid_gtin("4006381333932")


def test_check_digit_of_known_ean():
    assert gtin_check_digit("400638133393") == 1


def test_upc_a_and_ean13_share_a_gtin14():
    assert gtin14("036000291452") == gtin14("0036000291452") == "00036000291452"


def test_product_key_of_non_gtin_is_casefolded_text():
    assert product_key(" Mug-01 ") == "mug-01"


@pytest.mark.parametrize("raw", ["", "   ", "abc\x07def", "x" * 4000])
def test_garbage_scans_are_rejected(raw):
    with pytest.raises(InvalidScan):
        clean_scan(raw)


def test_group_separator_survives_cleaning():
    assert clean_scan(" 0109501101530003\x1d10ABC ") == "0109501101530003\x1d10ABC"


def test_order_names_normalise():
    assert normalise_order_name(" 1042 ") == "#1042" == normalise_order_name("#1042")


def test_addresses_follow_the_destination_format():
    nordic = Address("Åse Ørsted", "Søndre gate 12", "Oslo", "0154", "NO").lines()
    assert nordic == ["Åse Ørsted", "Søndre gate 12", "0154 Oslo", "NORWAY"]
    british = Address("Zoë Brontë", "1 High Street", "London", "EC1A 1BB", "GB").lines()
    assert british[-3:] == ["London", "EC1A 1BB", "UNITED KINGDOM"]
