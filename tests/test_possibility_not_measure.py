"""A possibility is no measure (review of round 37, fixed in round 38, fx38e): a modal of
possibility (`possibility` in data/lexicon/claims.yaml: "could", "might", "may") after a verb
of saying is a possibility told, not a measure announced ("the ministry said China could ban
gallium exports"; "said it would ban" and "will ban" stay announcements), and a ban under
deliberation ("is considering a ban", `not_taken`) is not the ban check's to decide. A rule's
wording stays decided ("exporters may not ship gallium without a licence"). Made-up
sentences."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts

from analysis.article import opinions
from analysis.vocab import Label

_DAY = "2025-06-01"


def _decided(tmp_path, text: str) -> list:
    return [x for x in dated_verdicts(tmp_path, text, _DAY) if x.verdict != Label.NOT_CHECKABLE]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said China could ban gallium exports to the US.",
        "The ministry said China might ban gallium exports.",
        "The ministry said China may impose a ban on gallium exports.",
        "Officials said China may ban exports of gallium and germanium to the United States.",
        "China announced it could impose export controls on graphite.",
        "Beijing may ban rare earth exports to the US, the ministry said.",
    ],
)
def test_a_possibility_told_is_not_decided(tmp_path, text):
    assert not _decided(tmp_path, text), text


@pytest.mark.parametrize(
    "text",
    [
        "China is considering a ban on exports of graphite to the US.",
        "Beijing is weighing a ban on antimony exports to the United States.",
    ],
)
def test_a_ban_under_deliberation_is_not_the_ban_check_s(tmp_path, text):
    assert not _decided(tmp_path, text), text


@pytest.mark.parametrize(
    "text",
    [
        "China said it would ban exports of gallium to the US.",  # an announcement reported
        "The ministry said China will ban gallium exports.",  # the future, as announced
        "The Commerce Ministry said exporters may not ship gallium without a licence.",
        "China banned exports of gallium to the US in December 2024.",
    ],
)
def test_announcements_rules_and_measures_stay_decided(tmp_path, text):
    assert _decided(tmp_path, text), text


def test_the_possibility_words_are_the_lexicon_s(monkeypatch):
    from analysis.article import claim_words
    from analysis.data import lexicon

    said = "The ministry said China could ban gallium exports."
    assert opinions.opinion(said) == (opinions.FORECAST, "could")
    edited = lexicon.claims().model_copy(update={"possibility": ("might",)})
    monkeypatch.setattr(claim_words, "words", lambda: edited)
    claim_words.patterns.cache_clear()
    try:
        assert opinions.opinion(said) is None  # "could" read as "would": an announcement
    finally:
        claim_words.patterns.cache_clear()


def test_the_possibility_list_is_refused_missing_or_empty():
    from conftest import read_yaml
    from pydantic import ValidationError

    from analysis.data import lexicon

    raw = read_yaml(lexicon.path_of("claims"))
    with pytest.raises(ValidationError, match="possibility"):
        lexicon.ClaimWords.model_validate({**raw, "possibility": []})
    del raw["possibility"]
    with pytest.raises(ValidationError, match="possibility"):
        lexicon.ClaimWords.model_validate(raw)
