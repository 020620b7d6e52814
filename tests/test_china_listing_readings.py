"""What a listing entails and how licences are reviewed, and dates a story opens with
(round 23, branch fcc10): made-up sentences. Rules: docs/factcheck-log.md ("Readings for
China's measures and listings") and docs/article.md."""

from __future__ import annotations

import datetime as dt

from conftest import dated_article, dated_verdicts, measure_row, verdict_about

from analysis.article import presupposed
from analysis.vocab import Label

# Three US defence firms put on the Unreliable Entity List (announced on a Monday).
_UEL = measure_row("chn-2024-05-20-uel-three-defense-firms")


def _listing(extra: str) -> str:
    return (
        f"China's commerce ministry on {_UEL['announced']:%A} added three U.S. defence firms "
        f"to the Unreliable Entity List. {extra}"
    )


def test_what_a_listing_bars_the_listed_parties_from_is_not_checked(tmp_path):
    day = f"{_UEL['announced']:%Y-%m-%d}"
    said = "The firms will be barred from engaging in China-related trading activities."
    found = dated_verdicts(tmp_path, _listing(said), day)
    assert verdict_about(found, "added three").verdict == Label.SUPPORTED
    x = verdict_about(found, "barred from")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert presupposed.bars_listed_parties("They are forbidden from making new investments.")
    assert presupposed.bars_listed_parties("Listed firms are banned from import activities.")


def test_a_ban_on_exporters_and_a_relative_clause_on_the_list_are_not_consequences():
    # a ban on exporters is a measure; a relative clause describes the list of a listing
    assert not presupposed.bars_listed_parties(
        "Chinese exporters are prohibited from shipping drones to these firms."
    )
    assert not presupposed.bars_listed_parties(
        "It added five firms to its list, which bars them from engaging in trade with China."
    )


def test_how_licence_applications_are_reviewed_is_not_checked(tmp_path):
    day = f"{_UEL['announced']:%Y-%m-%d}"
    said = "Licence applications for these firms will be presumptively denied."
    x = verdict_about(dated_verdicts(tmp_path, _listing(said), day), "presumptively")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert presupposed.reviews_licences("Shipments to military users will generally be denied.")
    assert presupposed.reviews_licences("Requests are reviewed case by case.")
    # a verb that imposes the requirement: the clause asserts a measure
    assert not presupposed.reviews_licences(
        "Beijing imposed a licence requirement, with a presumption of denial, on drone parts."
    )


def test_last_weekday_in_a_story_of_that_weekday_is_a_week_before(tmp_path):
    # a story of a Friday: "last Friday" is the Friday before, not the story's own day
    acted = measure_row("chn-2024-12-27-countermeasures-seven-firms")["announced"]
    story = acted + dt.timedelta(days=7)
    text = f"China imposed countermeasures on seven defence firms last {acted:%A}."
    x = verdict_about(dated_verdicts(tmp_path, text, f"{story:%Y-%m-%d}"), "last")
    assert [w.start for w in x.claim.frame.when] == [f"{acted:%Y-%m-%d}"], x.claim.frame


def test_a_ban_on_the_parties_just_named_falls_on_their_side(tmp_path):
    # "... to these entities": the other side is that of the listing told just before
    row = measure_row("chn-2025-01-02-export-control-list-28-us-entities")
    text = (
        f"On {row['announced']:%A}, China's commerce ministry added several U.S. defence "
        "firms to its export control list. This step bans the export of dual-use items "
        "to these entities."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, f"{row['announced']:%Y-%m-%d}"), "bans")
    assert x.claim.frame.partner == "USA", x.claim.frame
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_bar_on_parties_not_just_listed_is_a_measure_of_its_own(tmp_path):
    # review item 1: "barred from making new investments" said of parties no listing named
    # (or by a rule as the acting subject) states the measure, which is checked
    row = measure_row("usa-2024-10-28-treasury-outbound-investment-rule")
    text = (
        "US investors are barred from making new investments in Chinese AI firms under a "
        f"rule the Treasury issued in {row['announced']:%B %Y}."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2024-11-20"), "barred from")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert not presupposed.bars_listed_parties(
        "The new Treasury rule prohibits Americans from making new investments in chip firms."
    )
    assert not presupposed.bars_listed_parties(
        "US persons are prohibited from supporting chip-making activities in China."
    )
    assert not presupposed.bars_listed_parties(
        "Washington restricts US citizens from participating in chip projects in China."
    )
    # a clause cut from its subject takes it from its sentence
    said = "Those added to the list will be banned from import and export activities."
    assert presupposed.bars_listed_parties(said[27:], said)
    said = "US investors will be banned from making new investments in chip firms."
    assert not presupposed.bars_listed_parties(said[13:], said)
    # control: the same bar said of the parties just listed still decides nothing
    assert presupposed.bars_listed_parties("Firms on the list are barred from taking part in it.")
    assert presupposed.bars_listed_parties(
        "These five companies are prohibited from trade activities."
    )


def test_a_back_reference_never_makes_the_actor_s_own_country_its_other_side(tmp_path):
    # review item 3: "to them" may be anyone told before (here US chipmakers), and a side
    # equal to the clause's own actor's country is never its other side
    us = measure_row("usa-2024-12-02-fdp-advanced-computing-rule")
    day = f"{us['announced']:%-d %B %Y}"
    for told, back in (
        (f"Washington restricted chip exports to China on {day}. US chipmakers protested.", "them"),
        (f"Washington restricted chip exports to China on {day}.", "these firms"),
        (f"Washington added 140 Chinese firms to the Entity List on {day}.", "these firms"),
    ):
        text = f"{told} The next day Beijing banned gallium exports to {back}."
        x = verdict_about(dated_verdicts(tmp_path, text, "2024-12-20"), "gallium")
        assert x.claim.frame.actor_country == "CHN", x.claim.frame
        assert x.claim.frame.partner is None, (text, x.claim.frame)


def test_the_listed_parties_are_looked_for_in_the_bar_s_own_subject(tmp_path):
    # round 23's second review, item 7: "They" of a verb of saying, a "-listed" adjective, a
    # "listed" after a preposition, a clause before "and", a noun in a relative clause are
    # not the subject of the bar
    for said in (
        "They said US investors are barred from making new investments in chip firms.",
        "Nasdaq-listed US investors are barred from making new investments in chip firms.",
        "US investors in listed companies are barred from making new investments.",
        "China listed 12 US firms, and US investors are barred from making new investments.",
        "Investors who buy into the firms are barred from making new investments.",
    ):
        assert not presupposed.bars_listed_parties(said, said), said
    row = measure_row("usa-2024-10-28-treasury-outbound-investment-rule")
    text = (
        "They say US investors are barred from making new investments in Chinese AI firms "
        f"under a rule the Treasury issued in {row['announced']:%B %Y}."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2024-11-20"), "barred from")
    assert x.verdict == Label.SUPPORTED, x.rationale
    # control: the listed parties as the subject, after a verb of saying too
    for said in (
        "China said the firms will be barred from engaging in trade.",
        "Listed firms are banned from import activities.",
        "The ministry added them to the list, and they are barred from making new investments.",
        "Those added to the list, including Shield AI and Skydio, will be banned from making "
        "new investments.",
    ):
        assert presupposed.bars_listed_parties(said, said), said


def test_an_acting_subject_of_the_bar_verb_states_a_measure():
    # round 23's second review, tests 16-22: "They prohibit ..." acts (no participle): a measure
    assert not presupposed.bars_listed_parties(
        "They prohibit US investors from engaging in chip deals."
    )
    # control: the listed parties undergoing the same bar
    assert presupposed.bars_listed_parties("They are prohibited from engaging in chip deals.")


def test_only_the_last_measure_with_a_side_lends_it_and_only_a_listing_does(tmp_path):
    # round 23's second review, tests 16-22: a non-listing measure in between ends the search,
    # and a listing of the back-referring actor's own firms lends no side
    text = (
        "China added several US defence firms to its unreliable entity list. "
        "Tokyo restricted chip exports to the United States. "
        "Beijing banned gallium exports to these entities."
    )
    art = dated_article(tmp_path, text, "2025-04-20")
    (ban,) = [c for c in art.claims if "gallium" in c.text]
    assert ban.frame.partner is None, ban.frame
    text = (
        "Washington added several Chinese firms to the Entity List. "
        "Beijing banned gallium exports to these entities."
    )
    art = dated_article(tmp_path, text, "2025-04-20")
    (ban,) = [c for c in art.claims if "gallium" in c.text]
    assert ban.frame.partner is None, ban.frame
    # control: the listing just told lends its side
    text = (
        "China added several US defence firms to its unreliable entity list. "
        "Beijing banned gallium exports to these entities."
    )
    art = dated_article(tmp_path, text, "2025-04-20")
    (ban,) = [c for c in art.claims if "gallium" in c.text]
    assert ban.frame.partner == "USA", ban.frame


def test_a_listing_of_the_actor_s_own_firms_lends_no_side_to_its_back_reference():
    # round 23's second review, tests 16-22: borrowed.partner itself, without the later guards
    from dataclasses import replace

    from analysis.article import borrowed, frames

    ban = frames.Frame(
        kind=frames.MEASURE, actor="China government", actor_country="CHN",
        attributed_to=None, action="ban", goods=("gallium",), partner=None, stage=None,
        quantity=None, when=(), extreme=None, negated=False, already=False, codes=(),
    )  # fmt: skip
    listing = replace(ban, actor="US government", actor_country="USA", action="listing")
    said = "Beijing banned gallium exports to these entities."
    assert borrowed.partner(ban, said, [replace(listing, partner="CHN")]).partner is None
    # control: China's own listing of US firms lends its side
    own = replace(ban, action="listing", partner="USA")
    assert borrowed.partner(ban, said, [own]).partner == "USA"
