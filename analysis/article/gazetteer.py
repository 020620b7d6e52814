"""The curated names the annotator knows: people, organisations, places, commodities, instruments.

Each entry gives a canonical name and the ways articles write it. Countries come from
pycountry (ISO 3166) with a small table of the names the press uses instead; people carry
the offices they held with their dates, which lets a stated role ("US Commerce Secretary
Gina Raimondo") bound the years an undated article can belong to.

Extend it here: add an alias to an entry, or a new entry, and a test in
tests/test_article_entities.py that finds it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

PERSON, ORG, PLACE, COMMODITY, INSTRUMENT = "PERSON", "ORG", "PLACE", "COMMODITY", "INSTRUMENT"
LABELS = (PERSON, ORG, PLACE, COMMODITY, INSTRUMENT)


@dataclass(frozen=True)
class Term:
    """A named thing and the spellings articles use for it."""

    canonical: str
    label: str
    aliases: tuple[str, ...]
    country: str | None = None  # ISO 3166 alpha-3 of the country it belongs to
    kind: str = ""  # place: country, city, region, state; commodity: mineral, product...
    capital: bool = False  # a capital city: its name can stand for the government
    case_sensitive: bool = True


@dataclass(frozen=True)
class Office:
    """An office a person held, from `start` to `end` (None: still in office)."""

    keywords: frozenset[str]  # words that identify it in a stated role
    country: str
    start: dt.date
    end: dt.date | None = None
    title: str = ""


@dataclass(frozen=True)
class Person:
    """A person the annotator knows by name."""

    name: str
    aliases: tuple[str, ...] = ()
    gender: str = ""  # "f", "m" or "" (unknown): used for "her"/"his" references
    offices: tuple[Office, ...] = field(default=())


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _office(title: str, keywords: str, country: str, start: str, end: str | None = None) -> Office:
    return Office(frozenset(keywords.split()), country, _d(start), _d(end) if end else None, title)


# Offices are given only where the dates are matters of public record (swearing-in,
# inauguration, appointment by the National People's Congress or its Standing Committee).
PEOPLE: tuple[Person, ...] = (
    Person(
        "Gina Raimondo",
        ("Raimondo",),
        "f",
        (
            _office(
                "US Secretary of Commerce", "commerce secretary", "USA", "2021-03-03", "2025-01-20"
            ),
            _office(
                "Governor of Rhode Island",
                "governor rhode island",
                "USA",
                "2015-01-06",
                "2021-03-02",
            ),
        ),
    ),
    Person(
        "Joe Biden",
        ("Biden", "Joseph Biden", "Joseph R. Biden"),
        "m",
        (
            _office(
                "President of the United States", "president", "USA", "2021-01-20", "2025-01-20"
            ),
        ),
    ),
    Person(
        "Donald Trump",
        ("Trump", "Donald J. Trump"),
        "m",
        (
            _office(
                "President of the United States", "president", "USA", "2017-01-20", "2021-01-20"
            ),
            _office("President of the United States", "president", "USA", "2025-01-20"),
        ),
    ),
    Person(
        "Xi Jinping",
        ("Xi",),
        "m",
        (_office("President of China", "president", "CHN", "2013-03-14"),),
    ),
    Person(
        "Li Qiang",
        (),
        "m",
        (_office("Premier of China", "premier", "CHN", "2023-03-11"),),
    ),
    Person("Li Keqiang", (), "m"),
    Person(
        "Wang Wentao",
        (),
        "m",
        (_office("China's Minister of Commerce", "commerce minister", "CHN", "2020-12-26"),),
    ),
    Person("Wang Yi", (), "m"),
    Person("He Lifeng", (), "m"),
    Person("Liu He", (), "m"),
    Person(
        "Janet Yellen",
        ("Yellen",),
        "f",
        (
            _office(
                "US Secretary of the Treasury",
                "treasury secretary",
                "USA",
                "2021-01-26",
                "2025-01-20",
            ),
        ),
    ),
    Person(
        "Antony Blinken",
        ("Blinken",),
        "m",
        (_office("US Secretary of State", "secretary state", "USA", "2021-01-26", "2025-01-20"),),
    ),
    Person(
        "Katherine Tai",
        (),
        "f",
        (
            _office(
                "US Trade Representative", "trade representative", "USA", "2021-03-18", "2025-01-20"
            ),
        ),
    ),
    Person("John Kerry", ("Kerry",), "m"),
    Person("Jake Sullivan", (), "m"),
    Person("Alan Estevez", ("Estevez",), "m"),
    Person("Howard Lutnick", ("Lutnick",), "m"),
    Person("Scott Bessent", ("Bessent",), "m"),
    Person("Jamieson Greer", ("Greer",), "m"),
    Person("Marco Rubio", ("Rubio",), "m"),
    Person("Ursula von der Leyen", ("von der Leyen",), "f"),
    Person("Mark Rutte", ("Rutte",), "m"),
    Person("Fumio Kishida", ("Kishida",), "m"),
    Person("Tsai Ing-wen", (), "f"),
    Person("Lai Ching-te", (), "m"),
    Person("Mao Ning", (), "f"),
    Person("Wang Wenbin", (), "m"),
    Person("Shu Jueting", (), "f"),
    Person("He Yadong", (), "m"),
    Person("Jensen Huang", (), "m"),
    Person("Pat Gelsinger", ("Gelsinger",), "m"),
    Person("Elon Musk", ("Musk",), "m"),
)


def _t(canonical: str, label: str, *aliases: str, **extra) -> Term:
    return Term(canonical, label, (canonical, *aliases), **extra)


ORGS: tuple[Term, ...] = (
    _t(
        "US Department of Commerce",
        ORG,
        "Commerce Department",
        "Department of Commerce",
        "U.S. Department of Commerce",
        "US Commerce Department",
        "U.S. Commerce Department",
        "American Commerce Department",
        country="USA",
    ),
    _t(
        "Bureau of Industry and Security",
        ORG,
        "BIS",
        "the Bureau of Industry and Security",
        country="USA",
    ),
    _t(
        "China's Ministry of Commerce (MOFCOM)",
        ORG,
        "MOFCOM",
        "Mofcom",
        "Ministry of Commerce",
        "Chinese Ministry of Commerce",
        "China's Ministry of Commerce",
        "Chinese Commerce Ministry",
        "China's Commerce Ministry",
        "commerce ministry",
        "Commerce Ministry",
        country="CHN",
    ),
    _t(
        "China's General Administration of Customs",
        ORG,
        "General Administration of Customs",
        "Chinese customs",
        "China's customs",
        country="CHN",
    ),
    _t(
        "China's Ministry of Foreign Affairs",
        ORG,
        "Chinese Foreign Ministry",
        "China's Foreign Ministry",
        "Chinese foreign ministry",
        "China's foreign ministry",
        country="CHN",
    ),
    _t(
        "China's Ministry of Industry and Information Technology",
        ORG,
        "MIIT",
        "Ministry of Industry and Information Technology",
        country="CHN",
    ),
    _t("State Council of China", ORG, "State Council", country="CHN"),
    _t(
        "Chinese Communist Party",
        ORG,
        "Communist Party",
        "CCP",
        "CPC",
        "Communist Party of China",
        country="CHN",
    ),
    _t(
        "US Department of the Treasury",
        ORG,
        "Treasury Department",
        "Department of the Treasury",
        "US Treasury",
        "U.S. Treasury",
        country="USA",
    ),
    _t("Office of Foreign Assets Control", ORG, "OFAC", country="USA"),
    _t("US Department of State", ORG, "State Department", "Department of State", country="USA"),
    _t(
        "Office of the US Trade Representative",
        ORG,
        "USTR",
        "Office of the United States Trade Representative",
        country="USA",
    ),
    _t("White House", ORG, "the White House", country="USA"),
    _t("US Congress", ORG, "Congress", "U.S. Congress", country="USA"),
    _t("US Senate", ORG, "Senate", "U.S. Senate", country="USA"),
    _t("Biden administration", ORG, "Biden Administration", country="USA"),
    _t("Trump administration", ORG, "Trump Administration", country="USA"),
    _t(
        "US administration",
        ORG,
        "American administration",
        "U.S. administration",
        "US government",
        "U.S. government",
        "American government",
        country="USA",
    ),
    _t("Chinese government", ORG, "China's government", "Beijing government", country="CHN"),
    _t("European Union", ORG, "EU", "the European Union"),
    _t("European Commission", ORG, "the European Commission"),
    _t("Dutch government", ORG, "the Dutch government", country="NLD"),
    _t(
        "Japan's Ministry of Economy, Trade and Industry",
        ORG,
        "METI",
        "Ministry of Economy, Trade and Industry",
        country="JPN",
    ),
    _t("World Trade Organization", ORG, "WTO", "World Trade Organisation"),
    _t("G7", ORG, "Group of Seven"),
    _t("G20", ORG, "Group of Twenty"),
    _t("International Energy Agency", ORG, "IEA"),
    _t(
        "US Geological Survey",
        ORG,
        "USGS",
        "U.S. Geological Survey",
        "United States Geological Survey",
        country="USA",
    ),
    _t("Xinhua", ORG, "Xinhua news agency", country="CHN"),
    _t("Global Times", ORG, country="CHN"),
    _t("Huawei", ORG, "Huawei Technologies", country="CHN"),
    _t(
        "SMIC",
        ORG,
        "Semiconductor Manufacturing International Corporation",
        "Semiconductor Manufacturing International Corp",
        country="CHN",
    ),
    _t("YMTC", ORG, "Yangtze Memory Technologies", "Yangtze Memory", country="CHN"),
    _t("ZTE", ORG, country="CHN"),
    _t("CATL", ORG, "Contemporary Amperex Technology", country="CHN"),
    _t("BYD", ORG, country="CHN"),
    _t("China Northern Rare Earth", ORG, "China Northern Rare Earth Group", country="CHN"),
    _t("China Rare Earth Group", ORG, country="CHN"),
    _t(
        "TSMC",
        ORG,
        "Taiwan Semiconductor Manufacturing Company",
        "Taiwan Semiconductor Manufacturing Co",
        country="TWN",
    ),
    _t("Nvidia", ORG, "NVIDIA", country="USA"),
    _t("Intel", ORG, country="USA"),
    _t("AMD", ORG, "Advanced Micro Devices", country="USA"),
    _t("Micron", ORG, "Micron Technology", country="USA"),
    _t("Qualcomm", ORG, country="USA"),
    _t("Apple", ORG, country="USA"),
    _t("Tesla", ORG, country="USA"),
    _t("Applied Materials", ORG, country="USA"),
    _t("Lam Research", ORG, country="USA"),
    _t("KLA", ORG, country="USA"),
    _t("MP Materials", ORG, country="USA"),
    _t("ASML", ORG, country="NLD"),
    _t("Nexperia", ORG, country="NLD"),
    _t("Tokyo Electron", ORG, country="JPN"),
    _t("Samsung", ORG, "Samsung Electronics", country="KOR"),
    _t("SK Hynix", ORG, country="KOR"),
    _t("Lynas", ORG, "Lynas Rare Earths", country="AUS"),
)

# Places that are not countries. Countries come from pycountry (see `countries`).
OTHER_PLACES: tuple[Term, ...] = (
    _t("Beijing", PLACE, country="CHN", kind="city", capital=True),
    _t("Shanghai", PLACE, country="CHN", kind="city"),
    _t("Shenzhen", PLACE, country="CHN", kind="city"),
    _t("Guangzhou", PLACE, country="CHN", kind="city"),
    _t("Baotou", PLACE, country="CHN", kind="city"),
    _t("Ganzhou", PLACE, country="CHN", kind="city"),
    _t("Inner Mongolia", PLACE, country="CHN", kind="region"),
    _t("Jiangxi", PLACE, country="CHN", kind="region"),
    _t("Guangdong", PLACE, country="CHN", kind="region"),
    _t("Xinjiang", PLACE, country="CHN", kind="region"),
    _t("Yunnan", PLACE, country="CHN", kind="region"),
    _t("Sichuan", PLACE, country="CHN", kind="region"),
    _t("Tibet", PLACE, country="CHN", kind="region"),
    _t(
        "Washington",
        PLACE,
        "Washington, D.C.",
        "Washington DC",
        country="USA",
        kind="city",
        capital=True,
    ),
    _t("New York", PLACE, "New York City", country="USA", kind="city"),
    _t("San Francisco", PLACE, country="USA", kind="city"),
    _t("Rhode Island", PLACE, country="USA", kind="state"),
    _t("California", PLACE, country="USA", kind="state"),
    _t("Texas", PLACE, country="USA", kind="state"),
    _t("Arizona", PLACE, country="USA", kind="state"),
    _t("Ohio", PLACE, country="USA", kind="state"),
    _t("New Jersey", PLACE, country="USA", kind="state"),
    _t("Silicon Valley", PLACE, country="USA", kind="region"),
    _t("Tokyo", PLACE, country="JPN", kind="city", capital=True),
    _t("Seoul", PLACE, country="KOR", kind="city", capital=True),
    _t("Taipei", PLACE, country="TWN", kind="city", capital=True),
    _t("Hsinchu", PLACE, country="TWN", kind="city"),
    _t("Brussels", PLACE, country="BEL", kind="city", capital=True),
    _t("The Hague", PLACE, country="NLD", kind="city", capital=True),
    _t("Amsterdam", PLACE, country="NLD", kind="city"),
    _t("Eindhoven", PLACE, country="NLD", kind="city"),
    _t("Berlin", PLACE, country="DEU", kind="city", capital=True),
    _t("Paris", PLACE, country="FRA", kind="city", capital=True),
    _t("London", PLACE, country="GBR", kind="city", capital=True),
    _t("Moscow", PLACE, country="RUS", kind="city", capital=True),
    _t("New Delhi", PLACE, country="IND", kind="city", capital=True),
    _t("Canberra", PLACE, country="AUS", kind="city", capital=True),
    _t("Ottawa", PLACE, country="CAN", kind="city", capital=True),
    _t("Rotterdam", PLACE, country="NLD", kind="city"),
    _t("Geneva", PLACE, country="CHE", kind="city"),
    _t("Hanoi", PLACE, country="VNM", kind="city", capital=True),
    _t("Kinshasa", PLACE, country="COD", kind="city", capital=True),
    _t("Bali", PLACE, country="IDN", kind="region"),
    _t("South China Sea", PLACE, kind="sea"),
    _t("East China Sea", PLACE, kind="sea"),
    _t("China Sea", PLACE, kind="sea"),
    _t("Taiwan Strait", PLACE, "Taiwan Straits", "Strait of Taiwan", kind="sea"),
    _t("Indo-Pacific", PLACE, kind="region"),
    _t("Europe", PLACE, kind="region"),
    _t("Asia", PLACE, kind="region"),
    _t("Southeast Asia", PLACE, "South-East Asia", kind="region"),
    _t("Africa", PLACE, kind="region"),
    _t("Latin America", PLACE, kind="region"),
    _t("Middle East", PLACE, kind="region"),
)

# What a capital's name stands for when it is used for the government.
GOVERNMENT_OF = {"Brussels": "European Union institutions"}

# The names the press uses where pycountry's differ (alpha-3 -> canonical name, aliases).
COUNTRY_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "USA": (
        "United States",
        (
            "US",
            "U.S.",
            "USA",
            "U.S.A.",
            "America",
            "United States of America",
            "the United States",
            "the US",
            "the U.S.",
        ),
    ),
    "CHN": ("China", ("People's Republic of China", "PRC", "mainland China", "Middle Kingdom")),
    "TWN": ("Taiwan", ("Republic of China",)),
    "GBR": ("United Kingdom", ("UK", "U.K.", "Britain", "Great Britain")),
    "KOR": ("South Korea", ("Republic of Korea",)),
    "PRK": ("North Korea", ()),
    "RUS": ("Russia", ("Russian Federation",)),
    "IRN": ("Iran", ()),
    "VNM": ("Vietnam", ("Viet Nam",)),
    "NLD": ("Netherlands", ("the Netherlands", "Holland")),
    "COD": (
        "DR Congo",
        (
            "Democratic Republic of Congo",
            "Democratic Republic of the Congo",
            "DRC",
            "Congo-Kinshasa",
        ),
    ),
    "MMR": ("Myanmar", ("Burma",)),
    "TUR": ("Turkey", ("Türkiye",)),
    "CZE": ("Czechia", ("Czech Republic",)),
    "LAO": ("Laos", ()),
    "SYR": ("Syria", ()),
    "BOL": ("Bolivia", ()),
    "VEN": ("Venezuela", ()),
    "TZA": ("Tanzania", ()),
    "MDA": ("Moldova", ()),
    "CIV": ("Côte d'Ivoire", ("Ivory Coast",)),
    "MAC": ("Macau", ("Macao",)),
}
# pycountry names that are more often something else in this genre.
NOT_COUNTRIES = {"Jersey", "Chad", "Georgia", "Guinea", "Niger", "Dominica", "Jordan"}


@cache
def countries() -> tuple[Term, ...]:
    """Every ISO 3166 country as a Term (canonical name, ISO alpha-3 code, aliases)."""
    import pycountry

    out = []
    for c in pycountry.countries:
        code = c.alpha_3
        canonical, extra = COUNTRY_NAMES.get(code, (getattr(c, "common_name", None) or c.name, ()))
        names = {canonical, c.name, *extra}
        for attr in ("common_name", "official_name"):
            if getattr(c, attr, None):
                names.add(getattr(c, attr))
        names = {n for n in names if "," not in n and n not in NOT_COUNTRIES}
        if names:
            out.append(Term(canonical, PLACE, tuple(sorted(names)), country=code, kind="country"))
    return tuple(out)
