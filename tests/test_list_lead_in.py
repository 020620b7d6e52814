"""List lines and their lead-in (round 26, branch fcl17): made-up articles. Rule:
docs/factcheck-log.md ("List lines and their lead-in") and docs/article.md."""

from __future__ import annotations

from conftest import dated_article

from analysis.article import frames, lead_in
from analysis.article.text import sentences

# A tariff list under a heading that carries the action; the lines name goods and figures.
_TARIFF_LIST = (
    "Washington announced the new duties on Chinese imports on 3 March 2023.\n"
    "\n"
    "Tariff increases on Chinese goods\n"
    "\n"
    "Semiconductors: increase from 20% to 40% in 2024\n"
    "Graphite: increase from 0% to 30% in 2025\n"
)
# Its twin: the same layout under a heading with no action (plain facts on output).
_FACT_LIST = (
    "The survey was released on 3 March 2023.\n"
    "\n"
    "Output in the region\n"
    "\n"
    "Semiconductors: up from 20% to 40% in 2024\n"
    "Graphite: up from 0% to 30% in 2025\n"
)


def _claim(art, word):
    (claim,) = [c for c in art.claims if word in c.text.lower()]
    return claim


def test_a_tariff_list_line_takes_the_action_of_its_heading(tmp_path):
    art = dated_article(tmp_path, _TARIFF_LIST, "2023-03-04")
    for word in ("increase from 20%", "increase from 0%"):
        frame = _claim(art, word).frame
        assert frame.kind == frames.MEASURE and frame.action == "tariff", frame
        assert frame.actor_country == "USA", frame  # the actor of the lines before the list


def test_a_list_line_keeps_its_own_goods_and_figures(tmp_path):
    art = dated_article(tmp_path, _TARIFF_LIST, "2023-03-04")
    chips = _claim(art, "increase from 20%").frame
    graphite = _claim(art, "increase from 0%").frame
    assert "graphite" not in chips.goods and "graphite" in graphite.goods, (chips, graphite)
    # a tariff frame's quantity is its rate set, not the one replaced (round 28, fcx20)
    assert chips.quantity.value == 40 and graphite.quantity.value == 30, (chips, graphite)
    assert [w.text for w in chips.when] == ["2024"], chips.when


def test_a_list_under_a_heading_with_no_action_stays_as_it_was(tmp_path):
    art = dated_article(tmp_path, _FACT_LIST, "2023-03-04")
    for c in art.claims:
        assert c.frame.kind != frames.MEASURE, c


# An export-control goods list under a lead-in ending in a colon, with list markers.
_CONTROLS = (
    "The ministry published its notice on 3 March 2023.\n"
    "\n"
    "The following items will not be exported without a licence:\n"
    "\n"
    "1. Gallium metal (8 items) in 2023\n"
    "2. Germanium oxide (6 items) in 2024\n"
)
_PLAIN = (
    "The ministry published its notice on 3 March 2023.\n"
    "\n"
    "The following items were on show at the fair:\n"
    "\n"
    "1. Gallium metal (8 items) in 2023\n"
    "2. Germanium oxide (6 items) in 2024\n"
)


def test_an_export_control_goods_list_takes_its_lead_in_s_action(tmp_path):
    art = dated_article(tmp_path, _CONTROLS, "2023-03-04")
    for word, good in (("gallium", "gallium"), ("germanium", "germanium")):
        frame = _claim(art, word).frame
        assert frame.kind == frames.MEASURE and frame.action, frame
        assert frame.goods == (good,), frame  # never the other line's good
    assert [w.text for w in _claim(art, "germanium").frame.when] == ["2024"]


def test_a_goods_list_under_a_lead_in_with_no_action_stays_as_it_was(tmp_path):
    art = dated_article(tmp_path, _PLAIN, "2023-03-04")
    for c in art.claims:
        if "items)" in c.text:
            assert c.frame.kind != frames.MEASURE, c


# A dated list: the lead-in gives the day, the lines the goods and rates.
_DATED = (
    "Beijing announced the measures on 1 May 2023.\n"
    "\n"
    "From 10 June 2023 China raises its tariffs as follows:\n"
    "\n"
    "- Soybeans: increase from 10% to 25%\n"
    "- Pork: increase from 5% to 10%\n"
)


def test_an_undated_list_line_takes_its_lead_in_s_date(tmp_path):
    art = dated_article(tmp_path, _DATED, "2023-05-02")
    frame = _claim(art, "from 5%").frame
    assert frame.kind == frames.MEASURE and frame.action == "tariff", frame
    assert [w.start for w in frame.when] == ["2023-06-10"], frame.when
    assert frame.actor_country == "CHN", frame


def test_a_dated_line_keeps_its_own_date(tmp_path):
    text = _DATED.replace("5% to 10%", "5% to 10% from 1 July 2023")
    art = dated_article(tmp_path, text, "2023-05-02")
    frame = _claim(art, "from 5%").frame
    assert [w.start for w in frame.when] == ["2023-07-01"], frame.when


def test_a_heading_over_one_label_line_is_no_list():
    # "Context: ..." under a heading is a paragraph with a label, not a list of two or more
    text = "Tariff news\n\nContext: output rose by 20% in 2024\n\nMore prose follows here.\n"
    sents = sentences(text)
    i = next(k for k, s in enumerate(sents) if "output" in s.text)
    assert lead_in.lead(text, sents, i) is None


def test_a_line_reporting_speech_is_no_lead_in():
    text = "Beijing said in a statement:\n\nSemiconductors: up 20% in 2024\n"
    sents = sentences(text)
    i = next(k for k, s in enumerate(sents) if "Semiconductors" in s.text)
    assert lead_in.lead(text, sents, i) is None


def test_list_lines_open_with_a_marker_or_a_short_label():
    assert lead_in.list_line("- gallium")
    assert lead_in.list_line("2. Natural graphite and its products")
    assert lead_in.list_line("Lithium-ion batteries: increase to 25% in 2024")
    assert not lead_in.list_line("Output of gallium rose in 2024, the survey said.")


def test_a_line_whose_figure_is_a_purity_stays_as_it_was(tmp_path):
    # the purity specifies the goods; no table holds a measure's product specifications
    text = _CONTROLS.replace("oxide (6 items) in 2024", "oxide of a purity above 99.9%")
    art = dated_article(tmp_path, text, "2023-03-04")
    frame = _claim(art, "purity").frame
    assert frame.kind != frames.MEASURE, frame


def test_a_line_whose_own_date_the_measure_reading_would_lose_stays_as_it_was(tmp_path):
    # "8 items" is the claim; its line's date lies outside it, and a measure is dated by its
    # own clause: read as a measure it would be undated, so it stays as it was
    text = _CONTROLS.replace(
        "Germanium oxide (6 items) in 2024", "Germanium oxide: 6 items, from 1 August 2023"
    )
    art = dated_article(tmp_path, text, "2023-03-04")
    frame = _claim(art, "6 items").frame
    assert frame.kind != frames.MEASURE and frame.when, frame


def test_a_line_naming_its_own_actor_ends_the_search_for_a_lead_in():
    # between the colon lead-in and the item, a short line of prose: passed over, unless it
    # names its own actor (`acts`), which makes it no part of the lead-in's list
    text = "The new rules cover:\n\nJapan joined the curbs in 2023.\n- gallium\n"
    sents = sentences(text)
    i = next(k for k, s in enumerate(sents) if "gallium" in s.text)
    lead = next(k for k, s in enumerate(sents) if s.text.startswith("The new rules"))
    assert lead_in.lead(text, sents, i) == lead
    assert lead_in.lead(text, sents, i, acts=lambda j: "Japan" in sents[j].text) is None


def test_a_quoted_line_has_no_lead_in():
    # a quotation is what someone said, not an item of the lead-in's list
    plain = "China's new export controls cover:\n\n- gallium and its compounds\n"
    quoted = 'China\'s new export controls cover:\n\n"Gallium and its compounds"\n'
    for text, found in ((plain, True), (quoted, False)):
        sents = sentences(text)
        i = next(k for k, s in enumerate(sents) if "allium" in s.text)
        assert (lead_in.lead(text, sents, i) is not None) is found, (text, sents)
