"""A measure put "on hold" is relaxed, not imposed (round 39, after blind39b's one score):
"has put its ban ... on hold" was read as the ban itself and judged misleading."""

from analysis.evidence import evaluation, factcheck


def _verdicts(text: str, day: str = "2025-11-09") -> list[dict]:
    key = {"id": "t", "title": "", "published": day, "passages": text}
    return [v.to_dict() for v in factcheck.check(evaluation._as_article(key, "t"))]


def test_a_ban_put_on_hold_is_its_suspension() -> None:
    (found,) = _verdicts(
        "China has put its ban on gallium exports to the United States on hold until "
        "November 27, 2026."
    )
    assert found["verdict"] == "supported"
    assert "Suspension" in found["rationale"]


def test_a_ban_that_is_on_hold_is_its_suspension() -> None:
    (found,) = _verdicts(
        "The ban on gallium exports to the United States is on hold until November 27, 2026."
    )
    assert found["verdict"] == "supported"
    assert "Suspension" in found["rationale"]


def test_talks_or_shipments_on_hold_are_no_relaxation() -> None:
    assert _verdicts("China put the talks on hold.") == []
    assert _verdicts("Shipments of gallium to the United States are on hold at customs.") == []


def test_the_ban_said_outright_keeps_its_reading() -> None:
    (found,) = _verdicts(
        "China banned exports of gallium to the United States in December 2024.", "2024-12-31"
    )
    assert found["verdict"] == "supported"
    assert "Suspension" not in found["rationale"]
