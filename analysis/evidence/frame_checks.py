"""The measure checker: a claim's frame against the measures catalog (the figure checkers
are in `figure_checks`).

It takes the context and a claim, returns a Verdict when the frame is a measure's (else
None), and decides by an explicit rule:

- **measure**: the catalog's measures of the actor (or on the goods) announced by the
  article's date; a dated claim must match the announcement or effective day (its role
  says which); a "ban" of goods that need only a licence is misleading; nothing found is
  not checkable (the catalog is a selection: absence proves nothing); nor is a clause the
  catalog could match by its side alone (`measure_candidates.side_only`).

Its parts: the measures a claim may mean (`measure_candidates`) and what one of them says
of it (`measure_decision`).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from analysis.analyses import measures
from analysis.article import claim_words, parties, presupposed
from analysis.article import gazetteer as gz
from analysis.article.claims import Claim
from analysis.article.frames import COUNT, MEASURE, Frame
from analysis.data import goods
from analysis.evidence import (
    catalog_scope,
    class_goods,
    measure_candidates,
    measure_dates,
    measure_decision,
    measure_details,
    measure_direction,
    measure_naming,
    predicates,
    rate_named,
    row_coverage,
    rule_names,
    tariff_stated,
)
from analysis.evidence import verdicts as v
from analysis.evidence.measure_details import day_of
from analysis.evidence.model import LIST_JOIN, Context, Verdict, sentence_of, sentence_span
from analysis.vocab import Label


def _covered(found: pd.DataFrame, frame: Frame, claim: Claim) -> pd.DataFrame:
    """Of an undated tariff claim's candidates, the one measure the trade it says the
    tariffs cover singles out (`rate_named.coverage_singled`), with its words of a raise."""
    p = claim_words.patterns()
    if frame.action != "tariff" or not p["coverage_stated"].search(claim.text):
        return found.iloc[:0]
    said = tariff_stated.stated(claim, frame)
    raises = bool(p["tariff_raises"].search(claim.text))
    return rate_named.coverage_singled(found, frame, said.coverage_bn, raises)


def frame_of(claim: Claim) -> Frame | None:
    return getattr(claim, "frame", None)


# --- measures -----------------------------------------------------------------------------


def _list_lead(ctx: Context, claim: Claim) -> str:
    """The clause that introduces a claim listed after a colon in its sentence ("the actions
    that can be taken include: restricting ..."), or ''."""
    text = ctx.article.text
    start = max(text.rfind(". ", 0, claim.start), text.rfind("\n", 0, claim.start)) + 1
    lead = text[start : claim.start].rstrip()
    return lead if lead.endswith(":") else ""


def _subject_lead(ctx: Context, claim: Claim) -> str:
    """The words of its sentence before a clause cut from its subject (it opens in lower
    case: "... or transfer any items to these persons", after "No person may export,"); ""
    for a clause that opens a sentence or has its own subject."""
    return catalog_scope.subject_lead(claim.text, sentence_of(ctx, claim))


def listed_goods(ctx: Context, claim: Claim) -> tuple[str, ...]:
    """The goods a list after a colon that ends the claim enumerates ("for seven critical
    rare earth elements: samarium, gallium, terbium ..."): the goods ids of the commodities
    named one after another, joined by commas or "and", to the first other word; () when
    no colon follows the claim (round 38, fx38d)."""
    text = ctx.article.text
    _, end = sentence_span(ctx, claim)
    rest = text[claim.end : end]
    if not rest.lstrip().startswith(":"):
        return ()
    at = claim.end + rest.index(":") + 1
    out: list[str] = []
    for e in sorted(ctx.article.entities, key=lambda e: e.start):
        if e.start < at or e.start >= end or e.label != gz.COMMODITY:
            continue
        if not LIST_JOIN.fullmatch(text[at : e.start]) and text[at : e.start].strip():
            break
        if goods.names_a_good(e.canonical):
            out.append(goods.resolve(e.canonical))
        at = e.end
    return tuple(dict.fromkeys(out))


def check_measure(ctx: Context, claim: Claim) -> Verdict | None:
    """A measure claim against the measures catalog (see the module's rules)."""
    frame = frame_of(claim)
    # a count of listings the Entity List rules do not decide (China's lists, no rule that
    # week: `count_checks.check_count` comes first) is a listing measure of the catalog
    if frame is None or frame.kind not in (MEASURE, COUNT) or not frame.action:
        return None
    if not (frame.actor_country or frame.goods or rule_names.named(claim.text)):
        return None  # a rule named by its name needs neither ("The AI Diffusion Rule was ...")
    undecidable = catalog_scope.outside_the_catalog(frame, claim.text, sentence_of(ctx, claim))
    not_taken = claim_words.patterns()["not_taken"]
    # what the measure led others to do is not said of it ("... that led Trump to threaten")
    led = claim_words.patterns()["consequence_clause"].search(claim.text)
    own_words = claim.text[: led.start()] if led and led.start() > 0 else claim.text
    if undecidable is None and (
        why := not_taken.search(own_words)
        or not_taken.search(_list_lead(ctx, claim))
        or not_taken.search(catalog_scope.predicate_tail(claim.text, sentence_of(ctx, claim)))
    ):
        undecidable = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is about a measure not taken ('{why.group(0)}': a threat, an "
            "expectation or a call to act); the catalog records measures announced.",
        )
    if undecidable is None and (why := claim_words.patterns()["legal_actions"].search(claim.text)):
        undecidable = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim is about a legal action ('{why.group(0)}'): a lawsuit or dispute about "
            "a measure, or a prosecution; the catalog records measures, not court cases.",
        )
    accused = claim_words.patterns()["accusations"].search(claim.text)
    if undecidable is None and accused and accused.end() <= claim_words.first_cue(claim.text):
        undecidable = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim says what a party is accused of ('{accused.group(0)}'), not a "
            "measure taken; the catalog records measures, not accusations.",
        )
    if undecidable is None and (
        did := predicates.firm_conduct(
            own_words, [ctx.article.entity(e) for e in claim.entities], claim.start
        )
    ):  # "semiconductor companies have avoided export restrictions": a firm's own act
        undecidable = predicates.firm_act(did)
    licence = frame.action == "licence"  # may be a piece of a sentence entailing a listing
    if undecidable is None:  # "revise existing license exceptions": a detail, no column
        undecidable = measure_details.detailed(own_words, _subject_lead(ctx, claim))
    ents = [ctx.article.entity(e) for e in claim.entities]  # the goods it names, and where
    held = tuple(e.start - claim.start for e in ents if e.label == gz.COMMODITY)
    # a rule told by its reach; not of a claim naming its own rule or list, or listing
    # parties (review of round 32: "added 11 firms to its unreliable entity list")
    own = frame.action == "listing" or rule_names.named(claim.text)
    reach = [] if own else rule_names.by_reach(sentence_of(ctx, claim))
    if (
        undecidable is None
        and not reach
        and (
            presupposed.presupposes_measure(claim.text, sentence_of(ctx, claim), licence, held)
            or presupposed.describes_instrument(_subject_lead(ctx, claim))
        )
    ):
        undecidable = v.Decision(
            Label.NOT_CHECKABLE,
            "The claim takes the measure as given and says something else about it (what it "
            "costs, who is subject to it, how it is applied), which the catalog does not record.",
        )
    if undecidable:
        return measure_decision.verdict(
            claim, undecidable, pd.DataFrame(), "a fuller register of measures"
        )
    base, found, on_goods, identified = measure_candidates.narrowed(ctx, frame, claim)
    if unnamed := class_goods.unspecific(frame, claim.text, ents, claim.start, found):
        return measure_decision.verdict(
            claim, unnamed, pd.DataFrame(), "the measure the claim means"
        )
    way = measure_direction.direction(claim.text) if frame.action == "tariff" else ""
    if way and not frame.when:
        # "put an extra 15 percent tariff on soybeans": a cut, an exclusion or a suspension
        # is no evidence of a tariff imposed or raised, nor a raise of a cut (a dated claim
        # keeps its day's measure: one going the other way refutes it, `measure_decision.decide`)
        base, found, on_goods = (
            measure_direction.of_direction(t, way) for t in (base, found, on_goods)
        )
    by_name = False  # whether a rule's name singles out the measures: the days do not override
    for said, words in rule_names.named(claim.text) + reach:
        # "the AI diffusion rule": the measure that name gives, not the actor's latest one;
        # of the claim's kind, else (but for a relaxation: a rule is not its suspension)
        # of any kind ("amends the foreign-produced direct product rule" read as a listing)
        rows = rule_names.naming(base, words)
        if rows.empty and frame.action != "relaxation":
            rows = rule_names.naming(
                measure_candidates.candidates(replace(frame, action=""), ctx.as_of), words
            )
        if rows.empty and (
            other_way := measure_decision.imposed_that_day(
                claim, frame, _imposing(ctx, claim, frame, words)
            )
        ):
            return other_way  # "scrapped its rule on 17 August": that day it was broadened
        if rows.empty:
            decision = v.Decision(
                Label.NOT_CHECKABLE,
                f"The claim names '{said}'; no {frame.action} measure of the catalog by "
                f"{frame.actor or frame.actor_country or 'anyone'} announced by "
                f"{ctx.as_of or 'today'} is named so (in its title, its instrument or a "
                "measure suspending or amending it), so the catalog does not say what the "
                "claim says of it.",
            )
            return measure_decision.verdict(
                claim, decision, pd.DataFrame(), "the measure the claim names"
            )
        if not rule_names.names_list(said):  # a list's listings: the days pick among them
            found = on_goods = rows
            identified = by_name = True
    if not by_name and not (cited := measure_naming.citing(ctx, base, claim)).empty:
        # "Regarding Announcement No. 61 of 2025": the measure its instrument cites, not
        # another of its day (round 40, user40)
        found = on_goods = cited
        identified = by_name = True
    if (
        frame.action == "listing"
        and measure_naming.naming_firms(ctx, claim, frame, found).empty
        and not (elsewhere := measure_naming.naming_firms(ctx, claim, frame, base)).empty
    ):
        # "Huawei is on a US Commerce Department blacklist, which prevents it from receiving
        # ... TSMC chips": a listing bars the party from all items, so the listing naming
        # the firm is the claim's, whatever goods it names besides (round 37, fx37d); a
        # ban or licence on goods stays matched on them ("Intel was barred from selling
        # processors" is no fab's VEU revocation)
        found = on_goods = elsewhere
    if party := measure_naming.unnamed_party(ctx, claim, frame, found):
        # "Nvidia was barred from selling H20 chips": a measure on chips, or one naming
        # other firms, does not say what befell that firm or product
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim names {party} as the firm or product the measure affects; no "
            f"{frame.action} measure of the catalog on its goods by {frame.actor or 'anyone'} "
            f"announced by {ctx.as_of or 'today'} names it (they cover a group of goods or "
            "name other firms), so the catalog does not say what befell it.",
        )
        return measure_decision.verdict(
            claim, decision, pd.DataFrame(), "the measure's notice naming it"
        )
    by_firm = not (mine := measure_naming.naming_firms(ctx, claim, frame, found)).empty
    if (
        by_firm
        and (days := measure_dates.dated_of(frame, ctx.as_of))
        and measure_dates.date_hits(mine, days).empty
    ):
        # "Intel was banned from selling chips to Huawei in May 2019": that firm's listing
        # of the claim's day, on no goods, is its measure, not a later one on the goods; so
        # is a government's rule of that day on the group ("chips made by Nvidia")
        mine = measure_naming.of_the_day(
            ctx, claim, frame, (base, found, mine), days, measure_dates.date_hits
        )
    if by_firm:  # the measures naming the claim's firm or product: the days do not override
        found = on_goods = mine
        identified = True
    if not (by_name or by_firm) and measure_candidates.side_only(frame, claim.text, identified):
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The claim names no measure of its own (its {frame.action} is its sentence's), "
            "and no date, goods or party that singles one out: a measure of "
            f"{frame.actor or frame.actor_country or 'that side'} in the catalog is no "
            "evidence for what it says.",
        )
        return measure_decision.verdict(claim, decision, pd.DataFrame(), "what the claim asserts")
    if not frame.actor_country and frame.action in measure_candidates.FAMILIES and not found.empty:
        # matched on goods alone: "to China" is where the goods go, so China's controls on
        # its own exports are not the measure ("US suppliers ... to ship graphite to China")
        ents = [ctx.article.entity(e) for e in claim.entities]
        to = parties.destinations(claim.text, ents, claim.start)
        if to and (away := catalog_scope.leaving(found, to)).any():
            if away.all():
                decision = v.Decision(
                    Label.NOT_CHECKABLE,
                    f"The claim's goods go to {', '.join(sorted(to))} and it names no one "
                    "restricting them; the catalog's matching measures are that country's "
                    f"controls on its own exports ('{found.iloc[-1]['title']}'), which do not "
                    "restrict goods shipped to it.",
                )
                return measure_decision.verdict(
                    claim, decision, pd.DataFrame(), "the measure the claim means"
                )
            base = base.loc[~catalog_scope.leaving(base, to)]
            found, on_goods = found.loc[~away], on_goods.loc[~catalog_scope.leaving(on_goods, to)]
    if frame.action == "relaxation" and (relaxed := measure_candidates.relaxed_kind(claim.text)):
        # "removed from the unverified list", "a general licence": only a relaxation of a
        # listing, or of an export control, can be it (never a tariff cut)
        base, found = (
            measure_candidates.relaxing(base, relaxed),
            measure_candidates.relaxing(found, relaxed),
        )
    dated = measure_dates.dated_of(frame, ctx.as_of)
    to_come = measure_decision.TO_COME.search(claim.text)
    if to_come and claim_words.patterns()["effect_verbs"].search(claim.text):
        to_come = None  # "will enter into effect later this month": when a measure applies
    if to_come and measure_decision.kept(claim.text, to_come):
        to_come = None  # "will maintain tariffs", "will still be subject to": kept in force
    if not dated and ctx.as_of is not None and (modal := to_come):
        # "Trump said the US would reduce tariffs to 47%": a measure being announced, only
        # one of the days before the article can be it
        said = f"The claim reports a measure as to come ('{modal.group(0).strip()}')"
        needs = "the measure once it is issued"
        found, none = measure_decision.announced_lately(
            claim, frame, found, ctx.as_of, measure_decision.ANNOUNCED_DAYS, said, needs
        )
        if none:
            return none
    recent = claim_words.patterns()["recent_measure"].search(claim.text)
    if not dated and ctx.as_of is not None and recent and not frame.goods:
        # "the recent announcement that ... will be included in the Entity List": only a
        # measure announced in the weeks before the article can be it
        said = f"The claim calls the measure recent ('{recent.group(0)}')"
        needs = "the measure the claim calls recent"
        found, none = measure_decision.announced_lately(
            claim, frame, found, ctx.as_of, measure_decision.RECENT_DAYS, said, needs
        )
        if none:
            return none
    if not dated and (near := measure_dates.relative_span(frame)):
        # "placed last week", "last month": too loose to match a day, but a measure whose
        # course from announcement to effect lies wholly before or after the span is not
        # the one the claim means (a step between, a signing, may fall in it)
        start, end, words = near
        announced = pd.to_datetime(found["announced"])
        effective = pd.to_datetime(found["effective"]).fillna(announced)
        found = found.loc[(announced <= end) & (effective >= start)]
        why = (
            f"The claim dates the measure loosely ('{words}'); the catalog has none of its "
            f"kind by {frame.actor or frame.actor_country} between announcement and effect "
            f"within {measure_dates.RELATIVE_SLACK_DAYS} days of it."
        )
        if none := measure_decision.none_left(
            claim, found, why, "a register of measures of that time"
        ):
            return none
    if not dated and (standing := measure_dates.standing_by(frame)) and not found.empty:
        # "As of January 2023, China has restricted ...": a state on that day, which a
        # measure announced only after it cannot be (review of round 38)
        by_then = found.loc[pd.to_datetime(found["announced"]) <= pd.Timestamp(standing)]
        if by_then.empty:
            first = found.sort_values("announced").iloc[0]
            decision = v.Decision(
                Label.UNSUPPORTED,
                f"The claim tells where things stood by {standing}; the catalog's matching "
                f"measure, '{first['title']}', was announced only {day_of(first['announced'])}.",
            )
            return measure_decision.verdict(
                claim, decision, measures.row_frame(found, first.name), "the measure's notice"
            )
        found = by_then
    exact = measure_details.exact_goods(frame)
    if exact:
        found = measure_details.covering(found, frame)
    ended = measure_dates.ended_on(base, dated)
    by_day = False  # whether the days alone, not the goods, match the measure
    if not ended.empty and measure_dates.ended_on(found, dated).empty:
        found = ended  # "suspended until 27 November 2026": the last day names the measure
    elif dated and not found.empty and measure_dates.date_hits(found, dated).empty:
        if not (exact or by_firm or by_name or measure_details.goods_decide(frame, dated)):
            found, by_day = base, True  # the days decide: the goods may be named loosely
    elif dated and found.empty:
        found, by_day = (measure_dates.date_hits(base, dated) if len(base) else base), True
        if exact:
            # minerals are named exactly: a measure of that day on other goods is not it
            found = measure_details.covering(found, frame)
    who = frame.actor or frame.actor_country or "anyone"
    what = " and ".join(goods.label(g) for g in frame.goods) or "the goods it names"
    if found.empty and (
        other_way := measure_decision.imposed_that_day(
            claim, frame, _imposing(ctx, claim, frame, ())
        )
    ):
        return other_way  # "lifted its curbs on Sunday": that day's measure imposed them
    if found.empty:
        decision = v.Decision(
            Label.NOT_CHECKABLE,
            f"The measures catalog has no {frame.action} measure by {who} on {what} announced "
            f"by {ctx.as_of or 'today'}; the catalog is a selection, so this proves nothing.",
        )
        return measure_decision.verdict(
            claim, decision, found, "a complete register of trade measures"
        )
    named = {ctx.article.entity(e).canonical for e in claim.entities}
    body, terms = (
        (frame.actor, measure_naming.agency_terms(frame.actor))
        if frame.actor in named
        else ("", ())
    )
    if not terms:  # "the Treasury's Office of Foreign Assets Control", read as the US
        body, terms = measure_naming.issuing_body(ctx, claim, frame)
    if (
        terms and frame.action in measure_candidates.ISSUED
    ):  # a body the claim names must be the issuer
        mine = measure_naming.by_agency(found, terms)
        if mine.empty:
            issuers = "; ".join(sorted(set(found["agency"].astype(str))))
            decision = v.Decision(
                Label.NOT_CHECKABLE,
                f"The catalog's matching measures were issued by {issuers}; what the claim "
                f"says of {body} is not in the data.",
            )
            return measure_decision.verdict(
                claim, decision, found.tail(1), "the measure's full text"
            )
        found = mine
    best = found.iloc[-1]
    same_day = found.loc[found["announced"] == best["announced"]]
    if len(same_day) > 1:  # "The interim final rule is part of ...", undated: of the rows of
        # the latest day, the rule on the claim's goods over a listing (round 42, user42)
        best = measure_candidates.preferred(same_day, frame, claim.text, []).iloc[-1]
    if dated:
        hits = measure_dates.date_hits(
            found, dated, goods=frozenset().union(*map(goods.held, frame.goods))
        )
        if way and not (mine := measure_direction.of_direction(hits, way)).empty:
            hits = mine  # "raised the tariffs in September": that month's raise, not its exclusions
        told = hits.empty and measure_naming.names_instrument(ctx, claim)  # "the Entity List"
        counted = measure_details.counted_rows(found, claim.text) if told else hits
        if hits.empty and not identified and counted.empty:  # "a 34% tariff": the rate
            counted = rate_named.rated_rows(found, frame, claim.text)
        if hits.empty and not identified and counted.empty:  # one measure a day or two off
            counted = measure_dates.near_one(found, dated, claim.text, frame.action)
        if hits.empty and not identified and counted.empty:
            decision = v.Decision(
                Label.NOT_CHECKABLE,
                f"No {frame.action} measure by {who} in the catalog matches "
                + ", ".join(f"'{w.text}'" for w in dated)
                + ", and the claim names nothing else that singles out one; the catalog is a "
                "selection, so this proves nothing.",
            )
            return measure_decision.verdict(
                claim, decision, pd.DataFrame(), "a complete register of measures"
            )
        if hits.empty:
            # the nearest on the claim's goods among the rows the issuer left (a row the
            # claim's issuing body ruled out is no candidate), else among those rows
            kept = on_goods.loc[on_goods.index.isin(found.index)]
            kept = kept if identified else counted  # else singled out by the count it tells
            best = measure_dates.nearest(kept if not kept.empty else found, dated[0])
            if all(w.role == "effective" for w in dated) and not day_of(best["effective"]):
                decision = v.Decision(
                    Label.NOT_CHECKABLE,
                    f"The catalog's matching measure, '{best['title']}' (announced "
                    f"{day_of(best['announced'])}), has no effective day recorded; the claim "
                    f"dates when it takes effect ('{dated[0].text}').",
                )
                return measure_decision.verdict(
                    claim, decision, measures.row_frame(found, best.name), "the measure's notice"
                )
            said = ", ".join(f"'{w.text}' ({w.role})" for w in dated)
            if measure_dates.between_steps(best, dated):
                decision = v.Decision(
                    Label.NOT_CHECKABLE,
                    f"The catalog's matching measure, '{best['title']}', was announced "
                    f"{day_of(best['announced'])} and took effect {day_of(best['effective'])}; "
                    f"the claim says {said}, in between: a step the catalog does not record "
                    "(adoption, publication, a final rule) may fall then.",
                )
                return measure_decision.verdict(
                    claim, decision, measures.row_frame(found, best.name), "the measure's notice"
                )
            took = day_of(best["effective"]) or "on a date not in the data"
            off = measure_dates.days_off(best, dated)
            if another := measure_details.another_measure(frame, best, dated, said):
                # "adding 15 companies on Wednesday" against a listing of five years before
                return measure_decision.verdict(
                    claim, another, measures.row_frame(found, best.name), "a register of measures"
                )
            # "the licence has expired on August 13": no goods, no measure of that day (a
            # count a title gives singles out the listing: not identified, still refuted)
            loose = measure_dates.unnamed_day(
                frame,
                by_day and identified,
                off,
                f"'{best['title']}'",
                said,
                measure_naming.products_named(claim.text),
            )
            if loose:
                return measure_decision.verdict(
                    claim, loose, measures.row_frame(found, best.name), "a register of measures"
                )
            decision = v.Decision(
                Label.PARTLY if off <= measure_dates.NEAR_DAYS else Label.UNSUPPORTED,
                f"The catalog's matching measure, '{best['title']}', was announced "
                f"{day_of(best['announced'])} and took effect {took}; the claim says {said}"
                + (
                    f" ({off} day{'s' if off > 1 else ''} off)."
                    if off <= measure_dates.NEAR_DAYS
                    else "."
                ),
            )
            return measure_decision.verdict(
                claim, decision, measures.row_frame(found, best.name), "the measure's notice"
            )
        best = measure_candidates.preferred(hits, frame, claim.text, dated).iloc[-1]
        found = hits
        own_days = all(w.role != "object" for w in dated) and frame.action != "law"
        other = (
            measure_details.day_only(hits, catalog_scope.catalogued_goods(frame))
            if by_day
            else None
        )
        if own_days and other:
            return measure_decision.verdict(
                claim, other, measures.row_frame(found, best.name), "the measure's goods in full"
            )
    if frame.codes:
        decision = measure_details.codes_decision(best, frame.codes)
        return measure_decision.verdict(
            claim, decision, measures.row_frame(found, best.name), "the measure's customs codes"
        )
    singled = (
        found.iloc[:0] if dated or identified else rate_named.rate_singled(found, frame, claim.text)
    )
    if singled.empty and not (dated or identified):  # "on about $60 billion worth": the trade
        singled = _covered(found, frame, claim)
    best = singled.iloc[-1] if not singled.empty else best  # "raising them to 125%": the rate
    pick = measure_details.counted_best(found, best, claim.text) if frame.when else best
    if (
        pick is not best
        and measure_decision.decide(ctx, claim, frame, pick, dated).label == Label.SUPPORTED
    ):
        best = pick  # of the listings of the claim's days, the one giving the count it tells
    decision = measure_decision.decide(ctx, claim, frame, best, dated)
    # the goods the claim's own words name after its first measure word (a frame may hold
    # its sentence's too, or goods of a clause before: "Antimony is used in ammunition, and
    # China restricted ..."), and a list after its colon
    acts_at = claim.start + claim_words.first_cue(claim.text)
    apart = _set_apart(claim, acts_at - claim.start)
    own_goods = {
        goods.resolve(e.canonical)
        for e in ents
        if e.label == gz.COMMODITY
        and e.start >= acts_at
        and goods.names_a_good(e.canonical)
        and not any(lo <= e.start - claim.start < hi for lo, hi in apart)
    }
    claimed = tuple(
        dict.fromkeys((*(g for g in frame.goods if g in own_goods), *listed_goods(ctx, claim)))
    )
    decision = measure_decision.goods_left_out(decision, best, claimed, found, dated)
    # "added 11 research institutes": the title must give the count
    among = found if frame.when else found.iloc[:0]  # an undated claim singles out none
    chosen = measures.row_frame(found, best.name)  # its row, for the count and the verdict
    decision = measure_details.counted(decision, chosen, claim.text, among)
    decision = measure_details.undated_effect_partly(decision, best, dated)
    if decision.label != Label.SUPPORTED and not dated and not identified and singled.empty:
        # the claim singles out no measure: when the candidates would not all give the
        # same verdict, the latest one's is a guess
        labels = {
            measure_decision.decide(ctx, claim, frame, m, dated).label for _, m in found.iterrows()
        }
        if len(labels) > 1:
            decision = measure_details.unsingled(decision, best, len(found), labels)
    if decision.label != Label.NOT_CHECKABLE and (
        unrecorded := row_coverage.unrecorded(ctx, claim, frame, best)
    ):
        decision = row_coverage.not_recorded(best, unrecorded)
    return measure_decision.verdict(claim, decision, chosen, "the measure's notice")


def _set_apart(claim: Claim, at: int) -> list[tuple[int, int]]:
    """The spans of `claim.text` after `at` whose goods are set apart from its measure
    (`goods_excluded`: "rather than antimony", "but not indium"), each up to the next
    clause mark (review of round 38)."""
    spans = []
    for m in claim_words.patterns()["goods_excluded"].finditer(claim.text, at):
        stop = measure_details.CLAUSE_MARK.search(claim.text, m.end())
        spans.append((m.start(), stop.start() if stop else len(claim.text)))
    return spans


def _imposing(ctx: Context, claim: Claim, frame: Frame, words: tuple[str, ...]) -> pd.DataFrame:
    """The measures of any kind a relaxation claim's rule name (`words`, when it names
    one) or else its goods or party single out: what it may say was lifted."""
    if frame.action != "relaxation":
        return pd.DataFrame()
    if words:
        return rule_names.naming(
            measure_candidates.candidates(replace(frame, action=""), ctx.as_of), words
        )
    _, _, singled, identified = measure_candidates.narrowed(ctx, replace(frame, action=""), claim)
    return singled if identified else singled.iloc[0:0]
