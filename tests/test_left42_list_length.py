"""A list of many lines hangs from one lead-in (round 42, branch left42): the look-back for
a list line's lead-in passes any number of list items and at most `lead_in.MAX_ITEMS` other
lines. Made-up articles; rule: docs/factcheck-log.md (round 42, branch left42)."""

from __future__ import annotations

from conftest import dated_article

from analysis.article import frames, lead_in

_GOODS = [f"Widget type {n}" for n in range(1, 16)]


def _list(lead: str, goods: list[str]) -> str:
    lines = [f"• {g}: increase rate to {10 + k}% in 2024" for k, g in enumerate(goods)]
    return "The order was signed on 3 March 2023.\n\n" + lead + "\n" + "\n".join(lines) + "\n"


def _frames(art):
    return {c.text: c.frame for c in art.claims if "increase rate to" in c.text.lower()}


def test_every_line_of_a_long_tariff_list_takes_the_lead_in_s_action(tmp_path):
    goods = [*_GOODS[:12], "Steel and aluminum products", "Solar cells (whether or not framed)"]
    art = dated_article(
        tmp_path, _list("Washington raised tariffs on Chinese goods:", goods), "2023-03-04"
    )
    found = _frames(art)
    assert len(found) == len(goods), found
    for text, frame in found.items():
        assert frame.kind == frames.MEASURE and frame.action == "tariff", (text, frame)


def test_a_long_list_under_a_lead_in_of_no_action_stays_as_it_was(tmp_path):
    art = dated_article(tmp_path, _list("The fair showed these stands:", _GOODS), "2023-03-04")
    for text, frame in _frames(art).items():
        assert frame.kind != frames.MEASURE, (text, frame)


def test_prose_lines_still_end_the_look_back():
    prose = "\n".join(f"Line {n} of plain prose here." for n in range(lead_in.MAX_ITEMS + 1))
    text = "Washington raised tariffs on Chinese goods:\n" + prose + "\nGraphite: rate to 25%\n"
    from analysis.article.text import sentences

    sents = sentences(text)
    last = len(sents) - 1
    assert lead_in.lead(text, sents, last) is None
    short = "Washington raised tariffs on Chinese goods:\nLine one.\nGraphite: rate to 25%\n"
    sents = sentences(short)
    assert lead_in.lead(short, sents, len(sents) - 1) == 0
