"""How a contact's number is printed, shared by the PDF and the review sheet (pure: the
committee reads the number exactly as the patient will)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.model import Contact


def format_number(contact: Contact, region: str) -> str:
    """How to dial a contact from `region`: short codes as is, full numbers via phonenumbers.

    North American numbers are written 1-888-628-9454, the form US and Canadian crisis
    services print (the leading 1 is dialled for toll-free numbers); others use the
    national format at home and the international format abroad.
    """
    import phonenumbers

    number = contact.number.strip()
    if not number.startswith("+"):
        return number  # a short code: "988", "838255"
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return contact.display or number
    home = phonenumbers.region_code_for_number(parsed)
    if parsed.country_code == 1 and region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[1]:
        intl = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return intl.lstrip("+").replace(" ", "-")
    if home == region:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_out_of_country_calling_number(parsed, region)
