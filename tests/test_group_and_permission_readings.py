"""Three readings the blind batch of round 27 (branch blind26) showed in two outlets each:
a class of goods ('critical minerals') covered by measures on the commodities filed under
it; 'prohibited without authorization' as a licence; 'would no longer be allowed' as a ban,
not a denial. Made-up sentences, each with a twin that must stay decided; the expected
measures come from the catalog."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import measure_reading
from analysis.data import goods
from analysis.vocab import Label

DECISIVE = {Label.SUPPORTED, Label.PARTLY, Label.UNSUPPORTED, Label.MISLEADING}


def test_a_class_of_goods_holds_the_commodities_filed_under_it():
    held = goods.held("critical_minerals")
    assert {"gallium", "germanium", "graphite", "antimony"} <= held
    assert "critical_minerals" in held
    assert goods.held("gallium") == {"gallium"}  # a commodity is not a class
    assert goods.held("rare_earths") == goods.members("rare_earths")  # the 17 and the group


def test_a_ban_on_a_class_of_goods_is_met_by_a_ban_on_its_members(tmp_path):
    x = _about(
        _verdicts(
            tmp_path,
            "Beijing has banned exports of critical minerals to the United States.",
            "2024-12-05",
        ),
        "critical minerals",
    )
    # no measure names the class itself: partly supported (measure_checks._class_in_part)
    assert x.verdict == Label.PARTLY, x.rationale
    # the twin: a ban on the class years before any measure on its members stays decided
    twin = _about(
        _verdicts(
            tmp_path,
            "Beijing banned exports of critical minerals to Japan in March 2021.",
            "2021-03-20",
        ),
        "critical minerals",
    )
    assert twin.verdict in {Label.UNSUPPORTED, Label.MISLEADING}, twin.rationale


def test_prohibited_without_authorization_is_a_licence():
    assert (
        measure_reading.action("Exporting these items without authorization is prohibited")
        == "licence"
    )
    assert (
        measure_reading.action("Exporting the items without prior authorisation is banned")
        == "licence"
    )
    # the twin: a prohibition with no permission named stays a ban
    assert (
        measure_reading.action("Exporting these items to the United States is prohibited") == "ban"
    )


def test_a_measure_claim_saying_prohibited_without_authorization_is_checked_as_a_licence(
    tmp_path,
):
    x = _about(
        _verdicts(
            tmp_path,
            "On 9 October 2025 the commerce ministry said that exporting rare-earth magnet "
            "technology without authorization is prohibited.",
            "2025-10-10",
        ),
        "without authorization",
    )
    assert x.claim.frame.action == "licence"
    assert x.verdict in {Label.SUPPORTED, Label.PARTLY}, x.rationale


def test_no_longer_allowed_states_a_ban_not_a_denial():
    said = "Exports of the metals to the United States would no longer be allowed"
    assert not measure_reading.denies_measure(said)
    assert measure_reading.action(said) == "ban"
    # the twin: "no longer" on anything else still denies
    assert measure_reading.denies_measure("The ministry said the controls no longer apply to chips")


def test_a_ban_said_as_no_longer_allowed_is_checked(tmp_path):
    x = _about(
        _verdicts(
            tmp_path,
            "China's commerce ministry said on 3 December 2024 that exports of gallium and "
            "germanium to the United States would no longer be allowed.",
            "2024-12-04",
        ),
        "no longer be allowed",
    )
    assert not x.claim.frame.negated
    assert x.verdict in DECISIVE and x.verdict in {Label.SUPPORTED, Label.PARTLY}, x.rationale
