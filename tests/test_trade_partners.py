"""Who a trade figure is with and which flow it continues (analysis/article/
trade_partners.py), and licence requirements that say what a listing entails
(analysis/article/presupposed.py). Made-up articles of a stated date; figures that must
hold are read from the Census table, never typed."""

from __future__ import annotations

from conftest import dated_article
from conftest import first_verdict_with as _of

from analysis.analyses import trade
from analysis.article import claim_words, presupposed
from analysis.article import trade_partners as tp
from analysis.evidence import factcheck
from analysis.vocab import Label


def _bn(value: float) -> str:
    return f"${abs(value) / 1000:.1f} billion"


def _row(year: int) -> dict:
    return trade.goods_trade().set_index("year").loc[year].to_dict()


def test_a_bloc_after_a_preposition_is_the_partner():
    assert tp.bloc_after("purchases from the European Union rose") == "the European Union"
    assert tp.bloc_after("the deficit with ASEAN grew") == "ASEAN"
    assert tp.bloc_after("purchases from China rose") is None


def test_a_figure_of_trade_with_a_bloc_is_not_checkable(tmp_path):
    # the China figure the sentence before names must not lend its partner
    imports = _bn(_row(2023)["imports"])
    text = (
        f"The deficit with China shrank last year, as imports from China fell to {imports}. "
        "Shipments to the U.S. from the European Union grew as well: imports climbed to "
        "$612.4 billion in 2023."
    )
    x = _of(tmp_path, text, "2024-03-01", "$612.4 billion")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_country_after_a_relation_noun_is_a_party_not_a_partner():
    text = "the dispute with China weighed on markets"
    at = text.index("with")
    assert tp.relation_party(text, at)
    plain = "the deficit with China widened"
    assert not tp.relation_party(plain, plain.index("with"))


def test_a_total_beside_a_trade_war_with_china_is_not_china_trade(tmp_path):
    text = (
        "The overall American goods gap fell for a second year in 2023 as the tariff war "
        "with China dragged on. The Commerce Department said the trade deficit dropped 3.2% "
        "to $973.1 billion last year."
    )
    lead = _of(tmp_path, text, "2024-03-01", "fell for a second year")
    assert lead.verdict == Label.NOT_CHECKABLE, lead.rationale
    (tmp_path / "b").mkdir()
    total = _of(tmp_path / "b", text, "2024-03-01", "$973.1 billion")
    assert total.verdict == Label.NOT_CHECKABLE, total.rationale


def test_a_pronoun_subject_continues_the_flow_of_the_sentence_before(tmp_path):
    before, now = _row(2022)["balance"], _row(2023)["balance"]
    change = (abs(now) - abs(before)) / abs(before) * 100
    text = (
        "The goods deficit with China drew attention in Washington. "
        f"It tumbled {abs(change):.1f}% to {_bn(now)} in 2023."
    )
    x = _of(tmp_path, text, "2024-03-01", "tumbled")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert x.rule == "trade figure"


def test_a_licence_requirement_of_the_listing_told_before_is_not_a_measure():
    assert presupposed.entails_listing(
        "This action places a licence requirement on sales of all items to the firms"
    )
    sentence = (
        "Under the new rule, exporters face a license requirement for shipments in which "
        "these four companies take part, the agency said."
    )
    assert presupposed.entails_listing("exporters face a license requirement", sentence)
    # a licence requirement named on its own targets is a measure
    assert not presupposed.entails_listing(
        "The agency imposed a license requirement on exports to two drone makers"
    )


def test_a_described_licence_requirement_is_not_checkable(tmp_path):
    text = (
        "The Commerce Department added nine Chinese firms to the Entity List on Monday. "
        "With the final rule, Washington imposes a license requirement for all exports to "
        "which these nine firms are parties."
    )
    x = _of(tmp_path, text, "2023-06-14", "license requirement")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_curbing_an_import_bill_is_not_a_measure(tmp_path):
    text = "Cheaper crude curbed the import bill of Washington in 2019, officials said."
    found = factcheck.check(dated_article(tmp_path, text, "2020-03-01"))
    measures = [x for x in found if x.claim.frame is not None and x.claim.frame.kind == "measure"]
    assert not measures, [(x.claim.text, x.rule) for x in measures]
    # the sentence was read, and set aside as no checkable claim
    art = dated_article(tmp_path, text, "2020-03-01")
    assert [n.reason for n in art.non_claims if "import bill" in n.text] == [
        "scene-setting: no checkable quantity, measure, count or dated event"
    ], art.non_claims


def test_tumbled_is_a_fall():
    from analysis.article.claim_words import patterns

    assert patterns()["falls"].search("imports tumbled")
    assert patterns()["not_shares"]["growth"].search("It tumbled 9.1% to $50 billion")


def test_a_year_after_an_extremes_since_year_dates_the_extreme(tmp_path):
    # the figure is of one year, the "lowest since" of the year written after it
    table = trade.goods_trade().set_index("year")
    size = table["balance"].abs()
    low = int(size.iloc[:-1].loc[2015:].idxmin())  # lowest since some year, a year after it
    start = int(size.loc[: low - 1].loc[lambda s: s <= size[low]].index.max())
    later = low + 1
    text = (
        f"The goods deficit with China grew to {_bn(table.at[later, 'balance'])} in {later} "
        f"after hitting its lowest level since {start} in {low}."
    )
    x = _of(tmp_path, text, f"{later + 1}-04-01", "lowest level")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_pronoun_subject_and_an_extreme_s_year_are_read_from_the_lexicon():
    p = claim_words.patterns()
    assert p["subject_pronoun"].match("They slumped 5% to $3 billion")
    assert not p["subject_pronoun"].match("It is a market of $3 billion")
    assert not p["subject_pronoun"].match("Its tin sales slumped to $3 billion")
    year = p["extreme_year"].search("tin sales hit their lowest since 1999, in 2004")
    assert year is not None and year.group(1) == "2004"
    assert p["extreme_before"].search("their lowest since 1999 in ")


def test_a_licence_piece_of_a_sentence_entailing_a_listing_is_one_call():
    sentence = (
        "Under that rule, a license requirement applies to deals in which these three "
        "tin traders take part"
    )
    piece = "deals in which these three tin traders take part"
    # the piece names no requirement itself: only a clause read as a licence takes it
    assert presupposed.presupposes_measure(piece, sentence, licence=True)
    assert not presupposed.entails_listing(piece, sentence)
