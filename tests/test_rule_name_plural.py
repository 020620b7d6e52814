"""A list or rule named with a plural word the catalog's title has in the singular ("its
unreliable entities list") names the measure (round 39, after blind39c)."""

from analysis.evidence import rule_names


def test_a_plural_word_of_a_name_finds_the_singular_title() -> None:
    pattern = rule_names._word("entities")
    assert pattern.search("Ten US defence firms put on the Unreliable Entity List")
    assert pattern.search("entities put on a list")
    assert not pattern.search("an identity check")  # a whole word only


def test_words_not_in_the_plural_keep_their_form() -> None:
    assert rule_names._singular("class") == ()
    assert rule_names._singular("us") == ()
    assert rule_names._singular("taxes") == ("tax",)
    assert rule_names._singular("rules") == ("rule",)
    assert not rule_names._word("class").search("a clas of rules")


def test_a_list_named_in_the_plural_is_matched() -> None:
    from analysis.evidence import evaluation, factcheck

    key = {
        "id": "t",
        "title": "",
        "published": "2025-03-05",
        "passages": "China added 10 US firms to its unreliable entities list on March 4, 2025.",
    }
    (verdict,) = [v.to_dict() for v in factcheck.check(evaluation._as_article(key, "t"))]
    assert verdict["verdict"] == "supported"
    assert "Unreliable Entity List" in verdict["rationale"]
