"""Capitalised spans of a sentence, the raw material of `names`: runs of capitalised words
(with "of", "for", "and" inside a name), cut around the names already known, with openers,
titles, modifiers and tickers trimmed (docs/article.md, "Names by shape and context", 6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.article import gazetteer as gz
from analysis.article import name_cues
from analysis.article.text import Sentence
from analysis.data import cache


@dataclass(frozen=True)
class Known:
    """A span already recognised (from the gazetteer), which a guess must respect."""

    start: int
    end: int
    label: str
    generic: bool = False
    country: str | None = None


# A word of a name: "Lam", "H.W.", "JL", "Rare-Earth", "4A" after a capitalised word.
_TOKEN = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z][\w’'&-]*[\w&]|[A-Z]")
# A word as `_tokens` reads it (up to a space or punctuation), its possessive ending, and
# initials ("H.W."): compiled once, not looked up per word (round 35, cpu35).
_WORD = re.compile(r"[^\s,;:!?()\[\]\"“”«»]+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


@dataclass(frozen=True)
class Span:
    """A run of capitalised words in the text."""

    start: int
    end: int
    tokens: tuple[str, ...]  # the capitalised words and connectors, as written


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _WORD.finditer(text[start:end]):
        word = m.group()
        s = start + m.start()
        # a possessive or a full stop ends the word (but not "Inc." or "H.W.")
        trimmed = _POSSESSIVE.sub("", word)
        if trimmed.endswith(".") and not (
            _INITIALS.fullmatch(trimmed) or trimmed in name_cues.cues().dotted
        ):
            trimmed = trimmed[:-1]
        out.append((s, s + len(trimmed), trimmed))
        if trimmed != word:
            out.append((s + len(trimmed), s + len(word), ""))  # a break
    return out


def spans(text: str, sent: Sentence) -> list[Span]:
    """Runs of capitalised words (with "of", "for", "and" inside a name) in a sentence (a
    new list each call; the runs themselves kept per text and sentence, which the names
    and the lists of names both read, for as long as `name_cues.cues` keeps its cues: when
    those are read anew, after `name_cues.cues.cache_clear()`, the kept runs are dropped:
    `cache.tied`)."""
    return list(_spans(text, sent))


# At most this many sentences' runs kept (`spans`), least recently used dropped.
SPANS_KEPT = 1024


@cache.tied(lambda: name_cues.cues(), SPANS_KEPT)
def _spans(text: str, sent: Sentence) -> tuple[Span, ...]:
    cues = name_cues.cues()
    out: list[Span] = []
    run: list[tuple[int, int, str]] = []
    words = _tokens(text, sent.start, sent.end)

    def close() -> None:
        while run and run[-1][2] in name_cues.cues().connectors:
            run.pop()
        while run and run[0][2] in cues.openers:
            run.pop(0)
        opening = run and run[0][0] == sent.start and len(run) > 2
        if (
            opening
            and run[1][2] in ("of", "for")
            and f"{run[0][2]} {run[1][2]}" not in cues.lead_types
        ):
            del run[:2]  # "Shares of Naura": a sentence's first word is not part of the name
        if run:
            out.append(Span(run[0][0], run[-1][1], tuple(w for _, _, w in run)))
        run.clear()

    for i, (s, e, word) in enumerate(words):
        gap = text[run[-1][1] : s] if run else " "
        if (
            run
            and (gap not in (" ", "") or not word)
            and not _company_gap(text, run[-1], gap, word)
        ):
            close()
        if not word or _ticker(run, word):
            close()
            continue
        if (
            _TOKEN.fullmatch(word)
            or word in cues.dotted
            or (run and re.fullmatch(r"\d+[A-Z]?", word))
        ):
            run.append((s, e, word))
        elif run and word in name_cues.cues().connectors and i + 1 < len(words):
            nxt = words[i + 1][2]
            heads_of = word in ("of", "for") and run[-1][2] in cues.heads
            if nxt in cues.connectors and heads_of and i + 2 < len(words):
                nxt = words[i + 2][2]  # "Association of the Automotive Industry"
            inside_of = any(w in ("of", "for") for _, _, w in run)
            joins = nxt and _TOKEN.fullmatch(nxt) and nxt not in cues.openers
            if joins and (word != "and" or inside_of):
                run.append((s, e, word))
            else:
                close()
        else:
            close()
    close()
    return tuple(out)


def _ticker(run: list[tuple[int, int, str]], word: str) -> bool:
    """A stock ticker after a company's suffix ("General Motors Co. GM"): not part of the name."""
    heads = name_cues.cues().heads
    return (
        bool(run)
        and heads.get(run[-1][2], ("", ""))[1] == "company"
        and re.fullmatch(r"[A-Z]{1,5}", word) is not None
        and word not in heads
    )


def _company_gap(text: str, last: tuple[int, int, str], gap: str, word: str) -> bool:
    """Punctuation inside a company's name: "Co., Ltd.", "Equipment (Group) Co."."""
    company = {w for w, (label, kind) in name_cues.cues().heads.items() if kind == "company"}
    if gap == ", " and last[2] in company and word in company:
        return True
    if gap == " (" and word in company:
        return True
    return gap == ") " and last[2] in company and text[last[1] : last[1] + 1] == ")"


def clean(text: str, start: int, end: int) -> Span | None:
    """The name in text[start:end]: openers, connectors and a possessive trimmed, and a
    title before the name left out ("Chinese Vice Premier Liu He" -> "Liu He")."""
    cues = name_cues.cues()
    toks = [t for t in _tokens(text, start, end) if t[2]]
    while toks and (
        toks[0][2] in cues.openers
        or toks[0][2] in cues.connectors
        or cues.org_before.search(toks[0][2] + " ")  # "CCTV-affiliated WeChat"
        or cues.honorific.search(toks[0][2] + " ")  # "Dr." or "Rep." joined to the name
    ):
        toks.pop(0)
    titled = [i for i, t in enumerate(toks) if t[2] in cues.title_words]
    if titled:
        toks = toks[titled[-1] + 1 :]
        while toks and (toks[0][2] in cues.not_person or toks[0][2] in name_cues.cues().connectors):
            toks.pop(0)
    while toks and (  # "Posters on Chinese" (news): a nationality does not end a name
        toks[-1][2] in cues.connectors or (len(toks) > 1 and toks[-1][2] in gz.demonyms())
    ):
        toks.pop()
    if not toks or not _TOKEN.fullmatch(toks[0][2]):
        return None
    return Span(toks[0][0], toks[-1][1], tuple(t[2] for t in toks))


def absorbed(k: Known, span: Span, text: str) -> bool:
    """A known word that is part of a longer capitalised name rather than a name of its own:
    a generic word ("Semiconductor Industry Association"), a word joined by a hyphen
    ("Asia-Pacific"), a commodity after other words of a name ("JL MAG Rare-Earth")."""
    if k.generic or re.match(r"-[A-Za-z]", text[k.end : k.end + 2]):
        return True
    return k.label == gz.COMMODITY and k.start > span.start and k.end <= span.end


def pieces(span: Span, text: str, known: list[Known]) -> list[Span]:
    """The parts of a span outside known names ("JL MAG" of "JL MAG Rare-Earth")."""
    cuts = [
        (k.start, k.end)
        for k in known
        if k.start < span.end and span.start < k.end and not absorbed(k, span, text)
    ]
    orgs = {k.end for k in known if k.label == gz.ORG}
    out, at = [], span.start
    for a, b in sorted(cuts):
        if a > at:
            out.append((at, a))
        at = max(at, b)
    if at < span.end:
        out.append((at, span.end))
    # "European Commission for Trade and Economic Security": a portfolio, not a name; so is
    # "Minister for Foreign Trade" before a known person's name
    people = {k.start for k in known if k.label == gz.PERSON}
    out = [
        (a, b)
        for a, b in out
        if not (a in orgs and re.match(r"\s(?:for|of|on)\s", text[a:]))
        and not (b in people and name_cues.cues().portfolio_of.search(text[a:b]))
    ]
    return [p for a, b in out if (p := clean(text, a, b))]
