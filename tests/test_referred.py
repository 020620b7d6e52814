"""A measure referred back to (docs/factcheck-log.md, "A measure referred back to, round 31",
branch actor31): a measure clause opening on a definite or demonstrative measure phrase
("These restrictions ...") and naming no actor takes the actor of the nearest earlier measure
claim of its paragraph (`referred.antecedent`), recorded as the frame's `referred`, only when
that claim's frame is complete; otherwise it has no actor. Made-up sentences."""

from __future__ import annotations

from conftest import checked_about

from analysis.article import frames, referred

_DAY = "2023-07-10"
_CHINA = "China announced export controls on gallium and germanium on 3 July 2023."
_REFERRED = "These restrictions take effect on 1 August 2023."


def test_a_measure_referred_back_is_decided_as_its_antecedent(tmp_path):
    x = checked_about(tmp_path, f"{_CHINA} {_REFERRED}", _DAY, "These restrictions")
    assert x.verdict == "supported", x
    assert x.claim.frame.actor_country == "CHN", x.claim.frame
    assert x.claim.frame.referred.startswith("China announced export controls"), x.claim.frame


def test_with_no_antecedent_it_stays_not_checkable(tmp_path):
    text = f"Analysts in Tokyo watched the metals markets closely on Monday. {_REFERRED}"
    x = checked_about(tmp_path, text, _DAY, "These restrictions")
    assert x.verdict == "not checkable", x
    assert x.claim.frame.actor_country is None, x.claim.frame
    assert x.claim.frame.referred is None


def test_it_takes_the_antecedent_of_its_kind_not_the_place_named_last(tmp_path):
    # the tariff told last is Washington's; "these restrictions" are China's controls
    text = (
        "China announced export controls on gallium and germanium on 3 July 2023, and "
        f"Washington raised tariffs on Chinese steel on 5 July. {_REFERRED}"
    )
    x = checked_about(tmp_path, text, _DAY, "These restrictions")
    assert x.claim.frame.actor_country == "CHN", x.claim.frame
    assert x.verdict == "supported", x


def test_an_antecedent_two_paragraphs_back_is_not_taken(tmp_path):
    text = f"{_CHINA}\n\nAnalysts in Tokyo watched the metals markets closely.\n\n{_REFERRED}"
    x = checked_about(tmp_path, text, _DAY, "These restrictions")
    assert x.verdict == "not checkable", x
    assert x.claim.frame.referred is None, x.claim.frame


def test_the_paragraph_before_counts_only_for_a_clause_opening_its_paragraph(tmp_path):
    opening = checked_about(tmp_path, f"{_CHINA}\n\n{_REFERRED}", _DAY, "These restrictions")
    assert opening.claim.frame.actor_country == "CHN", opening.claim.frame
    inside = f"{_CHINA}\n\nAnalysts watched the markets on Monday. {_REFERRED}"
    later = checked_about(tmp_path, inside, _DAY, "These restrictions")
    assert later.claim.frame.referred is None, later.claim.frame
    assert later.verdict == "not checkable", later


def test_which_phrases_refer_back():
    assert referred.opens_on("These restrictions take effect on Monday")
    assert referred.opens_on("But the new tariffs will stay")
    assert referred.opens_on("The move affects chipmakers")
    assert not referred.opens_on("Chinese restrictions take effect on Monday")
    assert not referred.opens_on("Analysts said the restrictions would stay")


def test_only_a_complete_frame_is_an_antecedent():
    whole = frames.Frame(
        kind=frames.MEASURE,
        actor="China",
        actor_country="CHN",
        action="restriction",
        goods=("gallium",),
    )
    assert referred.complete(whole)
    assert not referred.complete(
        frames.Frame(kind=frames.MEASURE, actor_country="CHN", action="restriction")
    )
    assert not referred.complete(
        frames.Frame(kind=frames.MEASURE, action="restriction", goods=("gallium",))
    )


def test_a_phrase_of_another_kind_than_every_measure_told_is_read_as_unnamed(tmp_path):
    # "These curbs" after Washington's tariff refers to none of the measures told: the
    # clause's actor is read as for any clause naming none (Washington, told before), never
    # left empty to be matched on its goods alone (dt26: supported by another country's
    # controls on those goods)
    tariff = "Washington raised tariffs on Chinese goods to 145% in April 2025."
    x = checked_about(
        tmp_path, f"{tariff} These curbs cover gallium and germanium.", "2025-06-01", "These curbs"
    )
    assert x.verdict == "not checkable", x
    assert x.claim.frame.actor_country == "USA", x.claim.frame
    assert x.claim.frame.referred is None
    # its twin: the curbs told before are China's, of the clause's kind, and decide it
    curbs = "China restricted exports of gallium and germanium in July 2023."
    y = checked_about(
        tmp_path, f"{curbs} These curbs cover gallium and germanium.", "2025-06-01", "These curbs"
    )
    assert y.claim.frame.actor_country == "CHN", y.claim.frame
    assert y.verdict == "supported", y
