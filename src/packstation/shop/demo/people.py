"""Customers of the demo shop: names and addresses from the countries Packstation serves first."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CountryProfile:
    """Names, streets, postcodes and shipping methods typical of one country."""

    code: str
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    streets: tuple[str, ...]
    towns: tuple[tuple[str, str], ...]
    standard_method: str
    express_method: str
    notes: tuple[str, ...]


COUNTRIES: tuple[CountryProfile, ...] = (
    CountryProfile(
        "DK",
        ("Åse", "Søren", "Mette", "Jørgen", "Kirsten", "Lærke", "Mads", "Bjørk"),
        ("Ørsted", "Jørgensen", "Nielsen", "Kjær", "Brøndum", "Bæk", "Lund", "Østergaard"),
        ("Nørregade", "Østerbrogade", "Åboulevarden", "Vesterbrogade", "Strandvejen"),
        (("1165", "København K"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg")),
        "PostNord Pakke",
        "GLS Express",
        ("Gavepapir, tak!", "Stil pakken ved bagdøren"),
    ),
    CountryProfile(
        "SE",
        ("Åsa", "Björn", "Märta", "Göran", "Linnéa", "Örjan", "Stina"),
        ("Åkesson", "Söderström", "Lindqvist", "Öberg", "Hägglund", "Ekström"),
        ("Drottninggatan", "Götgatan", "Sveavägen", "Storgatan", "Östra Hamngatan"),
        (
            ("111 57", "Stockholm"),
            ("411 06", "Göteborg"),
            ("211 22", "Malmö"),
            ("753 20", "Uppsala"),
        ),
        "PostNord MyPack Collect",
        "DHL Express",
        ("Ring på dörren, tack", "Presentförpackning om möjligt"),
    ),
    CountryProfile(
        "NO",
        ("Åse", "Øystein", "Kåre", "Bjørn", "Solveig", "Ingrid", "Håkon"),
        ("Ødegård", "Bråthen", "Sæther", "Haugen", "Løvås", "Ørsted"),
        ("Søndre gate", "Karl Johans gate", "Storgata", "Kongens gate", "Bryggen"),
        (("0154", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"), ("4006", "Stavanger")),
        "Posten Pakke i postkassen",
        "Posten Ekspress",
        ("Legg pakken i postkassen", "Gaveinnpakning, takk"),
    ),
    CountryProfile(
        "NL",
        ("Daan", "Sanne", "Thijs", "Anouk", "Joëlle", "Sven", "Eliën"),
        ("de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Çelik"),
        ("Prinsengracht", "Oudegracht", "Coolsingel", "Damrak", "Lange Voorhout"),
        (
            ("1015 DV", "Amsterdam"),
            ("3511 AM", "Utrecht"),
            ("3012 CA", "Rotterdam"),
            ("2514 EE", "Den Haag"),
        ),
        "PostNL Standaard",
        "DHL Express",
        ("Graag bij de buren afgeven", "Cadeauverpakking graag"),
    ),
    CountryProfile(
        "GB",
        ("Oliver", "Amelia", "Chloë", "Zoë", "Harry", "Renée", "Seán"),
        ("Smith", "O'Brien", "Taylor", "Brontë", "Wright", "Müller"),
        ("High Street", "Church Lane", "Victoria Road", "Station Road", "Mill Lane"),
        (
            ("EC1A 1BB", "London"),
            ("M1 1AE", "Manchester"),
            ("EH1 1YZ", "Edinburgh"),
            ("BS1 4DJ", "Bristol"),
        ),
        "Royal Mail Tracked 48",
        "DHL Express",
        ("Please leave with a neighbour", "No Saturday delivery please"),
    ),
)
