"""When it was said or happened: dates resolved from the sources, never more precise than their basis."""

from __future__ import annotations

import re
from typing import Any

from generator.inputs import dates
from generator.inputs.dates import Basis, Dating
from generator.inputs.load import Document, KeyPath, item_name
from generator.validate.common import _present
from generator.validate.inputs import BriefingInput
from generator.validate.references import References
from generator.vocabulary import Precision, Tense


class Datings(References):
    """Checks of dates."""

    def _event_dating(self, b: BriefingInput, i: int) -> None:
        event, here = b.briefing.timeline[i], ("timeline", i)
        dating = self._dating(b, here, event, event.evidence, said=False)
        if dating is None:
            return
        self.inputs.datings[(b.id, "timeline", i)] = dating
        for j, other in enumerate(event.other_dates):
            at = (*here, "other_dates", j)
            if not other.evidence and not other.outside:
                self.found.append(
                    b.doc.diagnostic(
                        at,
                        "BRF026",
                        "another date needs what it rests on",
                        "add 'evidence:' with the words of the source that gives it, or 'outside:' with its basis",
                    )
                )
                continue
            self.evidence(b.doc, b.briefing, at, other.evidence)
            found = self._dating(b, at, other, other.evidence or event.evidence, said=False)
            if found is not None:
                self.inputs.datings[(b.id, "timeline", i, j)] = found
        seed = self.inputs.seeds.get(event.evidence[0].source)
        if seed and seed.when and event.tense is Tense.PAST and dating.when.surely_after(seed.when):
            self.found.append(
                b.doc.diagnostic(
                    (*here, "date"),
                    "BRF063",
                    f"event dated {dating.when.text} is after its source '{seed.meta.id}' ({_shown(seed.when)})",
                    "check the date; for something announced ahead, set tense: future",
                )
            )

    def _dating(self, b: BriefingInput, path: KeyPath, spec: Any, evidence: list[Any], said: bool) -> Dating | None:
        """When ``spec`` (an event, another date, or a position's ``said_on``) was, and what the date rests on.

        The date is never more precise than its basis: resolved from an approximate source date it
        is approximate, and with no date at all a position or event is dated by its report.
        """
        doc = b.doc
        at: KeyPath = (*path, "said_on") if said and spec is not None else path
        seed = self.inputs.seeds.get(evidence[0].source) if evidence else None
        if seed is None and evidence and evidence[0].source not in self.inputs.seeds:
            return None  # an unknown source, reported already
        anchor = seed.when if seed else None
        source = seed.meta.id if seed else None
        if spec is None or not (spec.date or spec.relative or spec.outside):
            if spec is not None and spec.precision:
                self.found.append(
                    doc.diagnostic(
                        (*at, "precision"), "BRF053", "a precision without a date", "add 'date:' or 'relative:'"
                    )
                )
            if anchor is None:
                if not said:
                    self.found.append(
                        doc.diagnostic(
                            at,
                            "BRF053",
                            "event has no date, and its source has none to date it by",
                            "add 'date: \"YYYY-MM-DD\"' or the article's words in 'relative:', or date the source",
                        )
                    )
                return None
            return Dating(anchor, Basis.REPORT, source=source)
        given = dates.parse_event_date(spec.date, spec.precision) if spec.date else None
        if spec.relative:
            resolved = self._resolve(doc, at, spec, anchor, source)
            if resolved is None:
                return None
            resolved = dates.with_precision(resolved, spec.precision)
            if dates.by_report(spec.relative):  # "recently": on or before the report, no date of its own
                if given is not None:
                    self.found.append(
                        doc.diagnostic(
                            (*at, "date"),
                            "BRF057",
                            f"'{spec.relative}' says no more than that it came before the report, by "
                            f"{resolved.text}; the date given ({given.text}) is more precise than the source",
                            "leave 'date:' out (it is then shown as 'by' the report's date); a date another source "
                            "or knowledge outside the sources gives goes in 'other_dates:'",
                        )
                    )
                return Dating(resolved, Basis.REPORT, relative=spec.relative, source=source)
            if given is not None:
                if not given.agrees(resolved):
                    self.found.append(
                        doc.diagnostic(
                            (*at, "date"),
                            "BRF052",
                            f"'{spec.relative}' ({spec.tense.value}) from the source's date "
                            f"{_shown(anchor) if anchor else '?'} is {resolved.text}, not {spec.date}",
                            "correct the date, the relative words or the tense",
                        )
                    )
                elif given.is_finer_than(resolved):
                    self._too_precise(doc, (*at, "date"), given, resolved.text, f"'{spec.relative}'")
            dating = Dating(resolved, Basis.RELATIVE, relative=spec.relative, source=source)
        elif spec.outside:
            if given is None:
                self.found.append(
                    doc.diagnostic(
                        (*at, "outside"),
                        "BRF053",
                        "an outside date needs 'date:'",
                        "add the date that the knowledge outside the sources gives, as 'date: \"YYYY-MM-DD\"'",
                    )
                )
                return None
            dating = Dating(given, Basis.OUTSIDE, note=spec.outside)
        else:
            assert given is not None
            if not any(_date_in_words(given, ev.quote) for ev in evidence):
                self.found.append(
                    doc.diagnostic(
                        (*at, "date"),
                        "BRF057",
                        f"the date {spec.date} is not in the words quoted",
                        "give the article's words for it in 'relative:', mark a date from outside the sources "
                        "with 'outside:' and its basis, or leave the date out (it is then dated by its report)",
                    )
                )
            dating = Dating(given, Basis.TEXT, source=source)
        return dating

    def _resolve(self, doc: Document, at: KeyPath, spec: Any, anchor: dates.When | None, source: str | None) -> Any:
        if anchor is None:
            self.found.append(
                doc.diagnostic(
                    (*at, "relative"),
                    "BRF053",
                    f"cannot resolve '{spec.relative}': source '{source}' has no date",
                    "give 'date:' instead, or add a date to the seed",
                )
            )
            return None
        resolved = dates.resolve(spec.relative, anchor, spec.tense)
        if resolved is None:
            self.found.append(
                doc.diagnostic(
                    (*at, "relative"),
                    "BRF053",
                    f"'{spec.relative}' is not a relative date the generator understands",
                    f"use one of: {dates.PHRASES}; or give 'date:' alone",
                )
            )
            return None
        return resolved

    def _too_precise(self, doc: Document, path: KeyPath, given: dates.When, basis: str, what: str) -> None:
        self.found.append(
            doc.diagnostic(
                path,
                "BRF057",
                f"the date given ({given.text}) is more precise than its basis: {what} gives {basis}",
                "leave 'date:' out (the relative words give it), or make it no more precise than its basis",
            )
        )

    def _look_alike_events(self, b: BriefingInput) -> None:
        """Two events with the same actors, a few days apart, from different sources: one event told twice?"""
        seen: list[tuple[int, frozenset[str], Dating, frozenset[str]]] = []
        for i, e in _present(b.briefing.timeline):
            dating = self.inputs.datings.get((b.id, "timeline", i))
            if dating is None or not e.actors:
                continue
            actors, sources = frozenset(e.actors), frozenset(ev.source for ev in e.evidence)
            for j, other_actors, other, other_sources in seen:
                close_by = abs((dating.date - other.date).days) <= LOOK_ALIKE_DAYS
                if actors == other_actors and close_by and not sources & other_sources:
                    self.found.append(
                        b.doc.diagnostic(
                            ("timeline", i),
                            "BRF069",
                            f"this event and {_event_named(b, j)} have the same actors and dates a few days apart, "
                            "from different sources: one event reported twice?",
                            "merge them into one event with both sources' evidence, and record a disagreement "
                            "about the date in 'other_dates:'",
                        )
                    )
                    break
            seen.append((i, actors, dating, sources))


def _event_named(b: BriefingInput, j: int) -> str:
    """Another event of the timeline as a message names it: ``'paris-summit' (line 40)``, ``the event at line 40``."""
    line = b.doc.mark(("timeline", j)).line
    timeline = b.doc.data.get("timeline") if isinstance(b.doc.data, dict) else None
    named = item_name(timeline, j)
    return f"the event at line {line}" if named == str(j) else f"'{named}' (line {line})"


def _shown(when: dates.When) -> str:
    """A source's date as diagnostics show it: ``2025-06-12`` when known to the day, else ``about 17 March 2025``."""
    exact_day = when.unit is Precision.DAY and not when.approximate
    return when.date.isoformat() if exact_day else when.text


#: Events of the same actors this many days apart or closer, from different sources, may be one event.
LOOK_ALIKE_DAYS = 3


_MONTH_NAMES = (
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
)


def _date_in_words(when: dates.When, quote: str) -> bool:
    """Whether the words quoted give the date to its precision: its year, month name and day."""
    words = set(re.findall(r"\w+", quote.lower()))
    d = when.date
    if str(d.year) not in words and when.unit is not Precision.DAY:
        return False
    if when.unit is Precision.YEAR:
        return True
    if not any(names[d.month - 1] in words for names in _MONTH_NAMES):
        return False
    return when.unit is Precision.MONTH or str(d.day) in words or f"{d.day}th" in words or f"{d.day}st" in words
