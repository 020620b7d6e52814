"""Names the gazetteer was never told: each cue on a short text, and the scored corpus."""

from __future__ import annotations

import difflib
import json

import pytest

from analysis import cli
from analysis.article import document, entities, entity_scoring
from analysis.article import gazetteer as gz
from analysis.article.entity_refs import Entity
from analysis.data import lexicon
from analysis.errors import ProblemsError
from analysis.evidence import evaluation

# What the corpus scores reach (docs/article.md, "Scores"), a little below the measured
# figures; the targets (0.9 recall and precision on the test half) are checked apart.
# The dev precision floor went from 0.94 to 0.93 with branch blind19's six honest keys
# (0.941 -> 0.936): names the tool mis-types in them ("H20 GPUs", "AI GPUs" and "World
# War II" as organisations, inline headings as names, "FILE" as a place), not key choices;
# branch ent16 fixed those classes (0.936 -> 0.943) and put it back at 0.94.
# The dev recall floor went from 0.95 to 0.94 with the honest keys of two blind batches of
# round 26 (0.952 -> 0.944 with both, 2602/2756; 0.947 with blind23's alone): blind23
# (its own recall 57/73: "interim final rule", "IFR", a memorandum's title, "Mineral
# Commodity Summary", "US government", "critical minerals", "ICs", "high-end chips" not
# found) and blind22 (67/80: companies in a list
# such as Skydio, Brinc Drones, HavocAI, Insitu; goods the gazetteer lacks such as
# "electric vehicle batteries"), not key choices.
# It went from 0.94 to 0.93 with the honest keys of round 27's blind27 (0.939 with them,
# 2796/2978, measured by make test): its six articles key goods, products and offices
# completely (product names, goods of the Section 301 review, a party office's name),
# several of which the annotator does not find; which ones was not itemised this round.
# It went from 0.93 to 0.92 with the honest keys of round 28's blind31 (recall 0.931 without
# its five articles, 0.928 with them, 3102/3343): 72 of their 87 keyed names are found; the
# 15 missed are goods (fentanyl, chicken, oil, zinc, bauxite, computer chips, medical
# equipment, semiconductors, pharmaceuticals), an instrument in quotes ("Liberation Day
# Reciprocal Tariffs", "unreliable entities") and Gecamines, all named in the articles.
# It went back from 0.92 to 0.93 with branch ent22 (round 29), which added the goods, bodies
# and forms several outlets key (chicken, cotton, oil, pharmaceuticals, China's Ministry of
# Finance, SAMR, USTR's forms, APEC, the UEL's "unreliable entities"...): 0.928 -> 0.942
# (3102 -> 3148 of 3343), precision 0.943 -> 0.943 (2864/3036 -> 2898/3072).
# It went from 0.93 to 0.92 with the honest keys of round 31's blind41 (recall 0.930 without
# its five articles, 3685/3961; 0.927 with them, 3727/4019): 42 of their 58 keyed names are
# found; the 16 missed are goods the Section 301 review names ("electric vehicles", "EVs",
# "lithium batteries", "key minerals", "solar cells", "semiconductors", "personal protective
# equipment"), "fentanyl", "artificial intelligence", "the US/U.S./Chinese government" (four),
# "executive order", "US Export Administration regulations" and the Tariff Commission's
# announcement by its full title, all named in the articles (the kind words of docs/article.md).
# The test recall floor went from 0.92 to 0.88 when the held-out half grew from 16 to 34
# articles in round 32 (held32a, held32b, held32c: keyed completely by hand, never run before
# they were merged): recall 0.942 (180/191) -> 0.905 (401/443), precision 0.912 -> 0.933
# (0.891 with the first twelve articles alone).
# It went from 0.88 to 0.86 when round 35 added 24 held-out articles keyed blind (held35a-d):
# recall 0.905 -> 0.861 (696/808), precision 0.915; by type the shortfall is the goods
# (COMMODITY recall 0.60, 104/172; 0.77 on the development half) and instruments (0.71).
# The development floor went from 0.92 to 0.91 with round 35's twelve blind development
# articles (blind35a, blind35b; 4637 -> 4830 keyed names): recall 0.922 -> 0.911, 0.915 after
# ent35's tables (goods 0.744 of 973: the kind words the keys list unevenly, ent35's count).
# Round 36's twelve blind development articles (blind36a, blind36b; 4830 -> 5014 keyed names)
# took it to 0.909, under the floor, and ent36's tables back to 0.912 (4575/5014): the floor
# stays. ent36 counted the kind words by who keyed them: blind keys list "semiconductors" in
# 13 of 16 articles, the older keys in 14 of 57 (docs/factcheck-log.md, "Goods and
# instruments the annotator missed (round 36, branch ent36)").
# Round 37's ent37 made kind words optional names of the score (docs/article.md, "Kind words
# as optional names"): dev recall 0.909 -> 0.935, precision 0.941 -> 0.942. With round 37's
# 24 blind development articles the dev figures are 0.932 / 0.941 and the held-out
# 0.900 (727/808) / 0.919: the floors went to 0.93 / 0.94 and 0.89 / 0.91.
# Round 38's ent38 (goods compounds, a nationality's government, weapons, farm goods,
# places): with round 38's twelve blind development articles the dev figures are 0.940
# (5193/5527) / 0.940 (4580/4874) and the held-out 0.902 (729/808) / 0.918, which meets the
# held-out recall target (its test is no longer an expected failure); the floors stay.
FLOORS = {
    "dev": {"recall": 0.93, "precision": 0.94},
    "test": {"recall": 0.89, "precision": 0.91},
}


def mentions(text: str, published: str = "2024-05-01") -> list[Entity]:
    return document.from_text(text, {"headline": "", "published": published}).entities


def found(text: str, published: str = "2024-05-01") -> dict[str, Entity]:
    return {e.text: e for e in mentions(text, published)}


def test_title_before_and_role_after_make_people():
    ents = found(
        "Chinese Vice Premier Zhou Meilan met the delegation. Arvid Tessmer, a former "
        "Commerce assistant secretary for export administration, said the move was dramatic."
    )
    assert ents["Zhou Meilan"].label == gz.PERSON
    assert ents["Zhou Meilan"].role == "Chinese Vice Premier"
    assert ents["Arvid Tessmer"].label == gz.PERSON
    assert "assistant secretary" in (ents["Arvid Tessmer"].role or "")
    assert ents["Arvid Tessmer"].evidence.startswith("role after the name")


def test_affiliation_and_company_suffix_make_organisations():
    ents = found(
        "The curbs are a warning, said Yan Kexin, an analyst at Harbour Ridge Securities. "
        "Orders went to Tallow Grain Holdings Inc and Veltro Corp."
    )
    assert ents["Yan Kexin"].label == gz.PERSON
    assert ents["Harbour Ridge Securities"].label == gz.ORG
    assert ents["Tallow Grain Holdings Inc"].kind == "company"
    assert ents["Veltro Corp."].label == gz.ORG


def test_names_in_a_list_take_the_type_of_its_head_noun():
    ents = found(
        "The rule names suppliers such as Orvane Dynamics, Quillfeather and Brask Aero Works, "
        "which sell to the army."
    )
    for name in ("Orvane Dynamics", "Quillfeather", "Brask Aero Works"):
        assert ents[name].label == gz.ORG, name
        assert "in a list after 'suppliers such as'" in ents[name].evidence


def test_a_list_of_countries_types_the_unknown_one():
    ents = found("Affiliates sit in five places: Belgium, Bolivia, Jordan, Chile and Oman.")
    assert ents["Jordan"].label == gz.PLACE
    assert ents["Jordan"].country == "JOR"


def test_dateline_in_capitals_gives_a_place_and_the_outlet():
    ents = found("SEOUL (Harbor Wire) - Officials met on Monday to discuss export curbs.")
    assert ents["SEOUL"].label == gz.PLACE
    assert ents["SEOUL"].canonical == "Seoul"
    assert ents["SEOUL"].country == "KOR"
    assert ents["Harbor Wire"].label == gz.ORG
    assert ents["Harbor Wire"].kind == "outlet"


def test_heads_and_leads_type_a_name():
    ents = found(
        "The Statistics Bureau and the Ministry of Ocean Affairs cited the Ostrava Institute. "
        "The ships sailed past the Kuril Islands under the Maritime Safety Act."
    )
    assert ents["Statistics Bureau"].label == gz.ORG
    assert ents["Ministry of Ocean Affairs"].kind == "government body"
    assert ents["Ostrava Institute"].kind == "university"
    assert ents["Kuril Islands"].label == gz.PLACE
    assert ents["Maritime Safety Act"].label == gz.INSTRUMENT


def test_numbered_and_quoted_instruments():
    ents = found(
        'The two sides signed the "Harvest Bridge" agreement under Section 232, and the '
        "ministry issued Announcement No. 18 of 2023 and moved goods to List 3B."
    )
    for name in ("Harvest Bridge", "Section 232", "Announcement No. 18 of 2023", "List 3B"):
        assert ents[name].label == gz.INSTRUMENT, name


def test_a_generic_instrument_word_with_a_document_noun_is_a_named_instrument():
    ents = found("China passed an export control law in 2020. Tariffs rose again.")
    assert ents["export control law"].label == gz.INSTRUMENT
    assert not ents["export control law"].generic
    assert ents["Tariffs"].generic


def test_short_forms_and_acronyms_are_the_same_entity():
    ents = found(
        "Dana Whitcombe, a trade lawyer, said the list was long. Whitcombe said more would "
        "follow. Kestrel Memory Technologies (KMT) was added; KMT said it would appeal."
    )
    assert ents["Whitcombe"].canonical == "Dana Whitcombe"
    assert ents["KMT"].canonical == "Kestrel Memory Technologies"
    assert ents["KMT"].label == gz.ORG


def test_one_word_name_is_the_person_named_in_full():
    ents = found("Chinese Premier Li Qiang met the visitors. Li said trade was win-win.")
    assert ents["Li Qiang"].role == "Chinese Premier"
    assert ents["Li"].canonical == "Li Qiang"


def test_known_official_carries_the_office_of_the_article_date():
    ents = found("Nick Burns spoke in Beijing.", published="2023-06-01")
    assert ents["Nick Burns"].canonical == "Nicholas Burns"
    assert ents["Nick Burns"].office == "U.S. Ambassador to China"
    assert found("Nick Burns spoke.", published="2015-06-01")["Nick Burns"].office is None


def test_unknown_name_is_kept_with_a_low_confidence_type():
    ents = found(
        "The jets came from Halvorsen Martin and were delivered in spring. Buyers queued for "
        "the Orion 40 Max on launch day."
    )
    # a made-up firm (Lockheed Martin, named by the catalog's measures, is in the lexicon)
    assert ents["Halvorsen Martin"].label == gz.ORG
    assert ents["Halvorsen Martin"].confidence == "low"
    assert (ents["Orion 40 Max"].label, ents["Orion 40 Max"].confidence) == (gz.COMMODITY, "low")


def test_a_capitalised_word_before_a_day_of_a_month_is_a_date_not_a_model():
    ents = found("Beginning March 3, importers of the Orion 40 Max need a permit.")
    assert "Beginning March 3" not in ents
    assert ents["Orion 40 Max"].label == gz.COMMODITY


def test_title_case_headings_and_events_are_not_names():
    text = "Why Markets Fear The Next Round\n\nThe Cold War ended long ago, the analysts said."
    assert not {"Markets Fear The Next Round", "Next Round", "Cold War"} & set(found(text))


def test_phrases_dates_and_references_are_not_names():
    text = (
        "Readers on Chinese forums were angry. Earlier Tuesday, officials met. Chinese AI "
        "labs grew, as a new footnote, Footnote 2, explains, and Annex Table 4 of Part Nine "
        "lists them. The office answered a Press "
        "Query on Tightening Border Checks for Parcel Shipments today."
    )
    names = set(found(text))
    assert not {"Readers on Chinese", "Readers", "Earlier Tuesday", "Chinese AI"} & names
    assert not {"Footnote 2", "Annex Table 4 of Part Nine"} & names
    assert not any(n.startswith("Press Query") or n.endswith("Shipments") for n in names)


def test_a_stock_ticker_after_a_company_suffix_is_not_part_of_its_name():
    ents = found(
        "Orders rose at Brellin Motors Co. BRL and at Vastor Holdings Inc. VSTH this week."
    )
    assert ents["Brellin Motors Co."].label == gz.ORG
    assert ents["Vastor Holdings Inc."].label == gz.ORG
    assert not {"BRL", "VSTH"} & set(ents)


def test_a_place_word_after_a_name_makes_it_a_place():
    ents = found("A loader works at the Tarvik Hollow mine, far from the coast.")
    assert ents["Tarvik Hollow"].label == gz.PLACE
    assert ents["Tarvik Hollow"].kind == "mine"


def test_a_model_code_or_a_named_technique_before_a_product_noun_is_a_product():
    ents = found(
        "Exports of its Q730 chips need a licence; the Q730 was its best seller. The rule "
        "targets Deep Infrared (DIR) lithography and Electron Uplift (EU) machines."
    )
    assert ents["Q730"].label == gz.COMMODITY
    assert ents["Q730"].kind == "product"
    assert ents["DIR"].canonical == "Deep Infrared"
    # the acronym spells the name before it: not the European Union of the tables
    assert ents["EU"].canonical == "Electron Uplift"
    assert ents["EU"].label == gz.COMMODITY


def test_a_capitalised_run_ending_in_a_product_noun_is_the_product_before_it():
    # the noun is capitalised ("GPUs") and so inside the run: the product is the words
    # before it, the model code when there is one; "AI GPUs" alone is a kind, no name (since
    # round 38, ent38, one kind word: "AI" and "GPUs" written as one compound)
    ents = found(
        "Resellers hoarded the Kolvar Q730 GPUs ahead of the ban. Buyers also took the "
        "Q840 AI GPUs, and said local AI GPUs lag behind. Tarsin is testing a new Brightwell "
        "GPU for data centres."
    )
    assert (ents["Q730"].label, ents["Q730"].kind) == (gz.COMMODITY, "product")
    assert ents["Q840"].label == gz.COMMODITY
    assert ents["Brightwell"].label == gz.COMMODITY
    assert not {"Kolvar Q730 GPUs", "Q840 AI GPUs", "Brightwell GPU"} & set(ents)
    assert (ents["AI GPUs"].label, ents["AI GPUs"].generic) == (gz.COMMODITY, True)
    assert not any(e.label == gz.ORG and "GPU" in e.text for e in ents.values())


def test_a_capitalised_run_holding_a_model_code_is_a_product():
    ents = found("The ban covers the Region-specific Q730 and the newer HLX Q900 as well.")
    assert ents["Region-specific Q730"].label == gz.COMMODITY
    assert ents["HLX Q900"].label == gz.COMMODITY


def test_a_war_with_its_numeral_is_an_event_not_a_name():
    text = "Output doubled after World War II, as it had after the Great War, in the 1920s."
    assert not {"World War II", "World War", "Great War"} & set(found(text))


def test_instrument_titles_by_their_first_words():
    ents = found(
        "Exports follow the Catalogue of Restricted Mining Technologies and the Regulations "
        "of the People's Republic of China on the Export Control of Nuclear Items."
    )
    assert ents["Catalogue of Restricted Mining Technologies"].label == gz.INSTRUMENT
    assert ents["Export Control of Nuclear Items"].label == gz.INSTRUMENT


def test_organisations_by_a_descriptor_before_and_an_acronym_before_brackets():
    ents = found(
        "Chinese startup Qilorn released a model. FEBAC (Federation of Baltic Carmakers) "
        "warned of shortages, and FEBAC asked for help."
    )
    assert ents["Qilorn"].label == gz.ORG
    assert ents["Qilorn"].evidence.startswith("described before the name")
    assert ents["FEBAC"].canonical == "Federation of Baltic Carmakers"


def test_the_first_words_of_an_organisation_name_are_the_same_organisation():
    ents = found("Shares in KT Lumen Rare-Earth rose 5%. KT Lumen said output would grow.")
    assert ents["KT Lumen"].canonical == "KT Lumen Rare-Earth"
    assert ents["KT Lumen"].label == gz.ORG


def test_a_credit_line_names_an_organisation():
    ents = found("Published: May 2, 2025 10:00\nSource: Harlow Fintech\n\nPrices rose again.")
    assert ents["Harlow Fintech"].label == gz.ORG


def test_a_speech_verb_before_a_name_makes_a_person_and_of_the_joins_an_organisation():
    ents = found(
        '"Prices will fall," said Orla Brennick of the Irish Grain Association. The Nordic '
        "Federation of the Timber Industry (NFTI) disagreed."
    )
    assert ents["Orla Brennick"].label == gz.PERSON
    assert ents["Orla Brennick"].evidence.startswith("speech verb before the name")
    assert ents["Irish Grain Association"].label == gz.ORG
    assert ents["Nordic Federation of the Timber Industry"].label == gz.ORG


def test_a_portfolio_before_a_title_is_part_of_the_title_not_an_organisation():
    text = (
        "US Treasury Secretary Scott Bessent met Vice President Tamsin Oduya of the Pan-Sahel "
        "Commission for Trade and Customs Affairs. The US Treasury said talks went well."
    )
    ents = found(text)
    assert ents["Scott Bessent"].role == "US Treasury Secretary"
    treasury = [e for e in mentions(text) if e.canonical == "US Department of the Treasury"]
    assert [e.start for e in treasury] == [text.rindex("US Treasury")]  # named alone only
    assert "Trade and Customs Affairs" not in ents


def test_modifiers_and_nationality_phrases_are_not_names():
    text = (
        "A Shenzhen-affiliated Qorvane account posted it. Chinese Officials and Western "
        "Buyers met Korean Tech Giants; the H71 AI accelerators sold out, and the H71 was "
        "praised."
    )
    ents = found(text)
    assert ents["Qorvane"].label == gz.ORG
    phrases = {"Shenzhen-affiliated Qorvane", "Chinese Officials", "Korean Tech Giants", "H71 AI"}
    assert not phrases & set(ents)
    h71 = [e for e in mentions(text) if e.canonical == "H71"]
    assert h71 and all(e.label == gz.COMMODITY for e in h71)
    assert h71[0].evidence.startswith("product noun after the name")


def test_a_role_after_is_makes_a_person_and_an_unknown_name_keeps_its_short_form():
    text = (
        "Maren Oduya is a freelance writer based in Oslo. Orders reached KV Tarsel Rare-Earth "
        "in May, and KV Tarsel said more would follow."
    )
    ents = found(text)
    assert ents["Maren Oduya"].label == gz.PERSON
    assert ents["Maren Oduya"].role == "freelance writer"
    assert ents["KV Tarsel"].canonical == "KV Tarsel Rare-Earth"


def test_a_body_named_with_of_and_a_country_and_a_portfolio_before_a_known_person():
    text = (
        "The Maritime Safety Administration of Japan (MSAJ) said ships were checked. Dutch "
        "Minister for Foreign Trade and Development Cooperation Liesje Schreinemacher wrote "
        "to parliament. The Harbin Radio Network posted the news."
    )
    ents = found(text)
    body = ents["Maritime Safety Administration of Japan"]
    assert (body.label, body.country) == (gz.ORG, "JPN")
    assert ents["MSAJ"].canonical == "Maritime Safety Administration of Japan"
    assert not any("Foreign Trade" in name for name in ents)
    assert "ends in 'Network'" in ents["Harbin Radio Network"].evidence


def test_names_added_to_the_lexicon_are_known():
    ents = found(
        "Customs and Border Protection seized the parcels. Chinese startup DeepSeek said the "
        "model ran on older chips, Xinhua News Agency reported."
    )
    assert ents["Customs and Border Protection"].canonical == "U.S. Customs and Border Protection"
    assert ents["DeepSeek"].evidence == "organisations.yaml: DeepSeek"
    assert ents["Xinhua News Agency"].canonical == "Xinhua"


def test_every_entity_says_where_it_came_from():
    art = document.load("data/articles/raimondo-china-visit-2023.txt")
    assert all(e.evidence for e in art.entities)
    gina = next(e for e in art.entities if e.text == "Gina Raimondo")
    assert gina.evidence == "officials.csv: Gina Raimondo"


def test_name_cues_have_a_declared_shape(tmp_path, monkeypatch):
    bad = tmp_path / "name_cues.yaml"
    text = lexicon.path_of("name_cues").read_text(encoding="utf-8")
    bad.write_text(text.replace("openers:", "openerz:"), encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    lexicon.clear_cache()
    try:
        with pytest.raises(ProblemsError) as err:
            lexicon.name_cues()
        assert "name_cues.yaml" in str(err.value) and "openers" in str(err.value)
    finally:
        monkeypatch.undo()
        lexicon.clear_cache()


# --- scoring ------------------------------------------------------------------------------


def ent(text: str, start: int, label: str, canonical: str = "", generic: bool = False) -> Entity:
    return Entity("", text, label, canonical or text, start, start + len(text), generic=generic)


def at(text: str, needle: str, nth: int = 0) -> int:
    return [i for i in range(len(text)) if text.startswith(needle, i)][nth]


def test_scoring_counts_things_not_mentions():
    text = "Donald Trump met Xi. Trump left. The U.S. imposed tariffs."
    found_ = [
        ent("Donald Trump", 0, gz.PERSON),
        ent("Xi", at(text, "Xi"), gz.ORG),  # wrong type
        ent("Trump", at(text, "Trump", 1), gz.PERSON, "Donald Trump"),
        ent("U.S.", at(text, "U.S."), gz.PLACE),
        ent("tariffs", at(text, "tariffs"), gz.INSTRUMENT, generic=True),
    ]
    key = entity_scoring.keyed_entities(
        [
            {"text": "Donald Trump", "type": "PERSON"},
            {"text": "Xi", "type": "PERSON"},
            {"text": "US", "type": "PLACE"},  # keyed without full stops
            {"text": "Congress", "type": "ORG"},  # not in the text
        ],
        "key",
    )
    s = entity_scoring.score_article("a", text, found_, key)
    assert (s.by_type["PERSON"].keyed, s.by_type["PERSON"].recalled) == (2, 1)
    assert (s.by_type["PERSON"].found, s.by_type["PERSON"].right) == (1, 1)  # Trump once
    assert (s.by_type["ORG"].found, s.by_type["ORG"].right, s.by_type["ORG"].absent) == (1, 0, 1)
    assert s.by_type["PLACE"].recalled == 1
    assert s.by_type["INSTRUMENT"].found == 0  # kind words no key lists are not scored
    assert [k.text for k in s.missed] == ["Xi"]


def test_a_malformed_key_is_refused_with_its_place():
    with pytest.raises(ProblemsError, match=r"entities\[1\]"):
        entity_scoring.keyed_entities([{"text": "A", "type": "ORG"}, {"text": "B"}], "k.yaml")


@pytest.fixture
def corpus_scores(evaluated) -> dict[str, dict]:
    """The entity scores of `workbook eval` (conftest.py), by split."""
    return {split: evaluated["splits"][split]["entities"] for split in evaluation.SPLITS}


def test_workbook_eval_entities_reads_the_corpus_itself(monkeypatch, capsys):
    # `workbook eval --entities` annotates the corpus on its own (not through `evaluate`):
    # the same scores as the corpus read once for both scorings (two articles, for speed).
    two = evaluation.articles("dev")[:2]
    monkeypatch.setattr(evaluation, "articles", lambda split: two)
    assert cli.main(["eval", "--entities", "--split", "dev", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    shared = evaluation.entity_report("dev", evaluation.corpus("dev"))
    assert printed == {"dev": json.loads(evaluation.to_json(shared))}
    assert printed["dev"]["articles"] == 2


@pytest.mark.parametrize("split", evaluation.SPLITS)
def test_entity_scores_stay_at_their_floors(corpus_scores, split):
    scores = corpus_scores[split]["all"]
    for measure, floor in FLOORS[split].items():
        assert scores[measure] >= floor, (split, measure, scores)


# Expected to fail from round 35's keys (test-half recall 0.861) to round 37 (727/808 =
# 0.8998, the targets being compared on the exact ratios); passes since round 38 (ent38).
def test_recall_and_precision_reach_the_targets_on_the_test_half(corpus_scores):
    scores = corpus_scores["test"]["all"]
    exact = {
        "recall": scores["recalled"] / scores["keyed"],
        "precision": scores["right"] / scores["found"],
    }
    for measure, target in entity_scoring.TARGETS.items():
        assert exact[measure] >= target, (measure, exact[measure])


def test_eval_table_prints_entities_by_type(corpus_scores):
    report = {"splits": {"dev": {"entities": corpus_scores["dev"]}}}
    lines = entity_scoring.table(report["splits"]["dev"]["entities"])
    assert lines[0].strip().startswith("entities         recall")
    assert {line.split()[0] for line in lines[2:]} == set(gz.LABELS)


def test_a_country_before_a_dollar_sign_is_a_currency_not_the_place():
    ents = mentions("Sales reached US$9 billion and HK$4 billion, mostly in Kenya.")
    assert [e.text for e in ents if e.label == gz.PLACE] == ["Kenya"]


def test_a_heading_glued_to_its_paragraph_is_not_a_name():
    # a title-case run before a colon, or a run in capitals, opening the first sentence
    text = (
        "Newest Limits on Sensor Exports to Kenya: On May 3, the ministry acted.\n\n"
        "Kenya Answers with Mineral Permit Checks, Sanctions on Arms Makers: On May 5, it "
        "replied.\n\nTARIFF CUT ON KENYAN WARES LINKED TO OPIOIDS The levy falls to 5%.\n\n"
        "Harbour Ridge Minerals (NSE: HRM) shares rose."
    )
    ents = found(text)
    assert not {"Newest Limits on Sensor Exports", "Mineral Permit Checks"} & set(ents)
    assert not {"Sanctions on Arms Makers", "Arms Makers"} & set(ents)
    assert not any(n.startswith("TARIFF CUT") for n in ents)
    assert ents["Kenya"].label == gz.PLACE
    # a bracket before the colon is no heading: the company stays a name
    assert ents["Harbour Ridge Minerals"].label == gz.ORG


def test_a_head_word_after_a_bracketed_acronym_ends_the_name():
    ents = found(
        "The agency struck two firms from the Trusted Mineral Buyer (TMB) Program and put "
        'three on its Naval End-User ("NEU") List under new Remote Sensor Item (RSI) rules.'
    )
    for name in (
        "Trusted Mineral Buyer (TMB) Program",
        'Naval End-User ("NEU") List',
        "Remote Sensor Item (RSI) rules",
    ):
        assert ents[name].label == gz.INSTRUMENT, name
    assert not {"Trusted Mineral Buyer", "Naval End-User", "Remote Sensor Item"} & set(ents)


@pytest.mark.parametrize(
    ("written", "known"),
    [
        ("Gina Raimond", "Gina Raimondo"),
        ("Raimondo", "Raimondo"),
        ("Blinkin", "Blinken"),
        ("Wang Yee", "Wang Yi"),
        ("Commerce", "Raimondo"),
        ("Xi", "Xi Jinping"),
    ],
)
@pytest.mark.parametrize("floor", [0.0, 0.5, entities.FUZZY_THRESHOLD, 0.95, 1.0])
def test_the_similarity_of_a_misspelt_name_skips_only_pairs_below_its_floor(written, known, floor):
    # difflib's quick upper bounds skip a pair only when its ratio is below the floor too:
    # a misspelt repeat of a name is found as by the full ratio (round 40, speed40)
    ratio = difflib.SequenceMatcher(None, written.lower(), known.lower()).ratio()
    got = entities._similarity(written, known, floor)
    if ratio >= floor:
        assert got == ratio
    else:
        assert got < floor
