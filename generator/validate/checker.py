"""The cross-file checks in one pass: each briefing through every concern, then the warnings."""

from __future__ import annotations

from generator.diagnostics import Diagnostic
from generator.inputs import dates
from generator.inputs.load import KeyPath
from generator.inputs.matching import normalise
from generator.inputs.schema import OPPOSITE_STANCES
from generator.validate.assessment import Assessment
from generator.validate.attribution import Attribution
from generator.validate.common import _evidence_of, _ids_of_broken, _present
from generator.validate.datings import Datings
from generator.validate.inputs import BriefingInput
from generator.validate.takeaways import Takeaways
from generator.vocabulary import QuestionStatus


class Checker(Attribution, Takeaways, Datings, Assessment):
    """Checks between files: references, attribution, dates, the assessment, the takeaways, and the warnings."""

    def run(self) -> list[Diagnostic]:
        self._registry()
        self._outlets()
        for b in self.inputs.briefings.values():
            self._briefing(b)
        self._opposite_stances()
        self._shared_passages()
        # an error between files (an unknown id) hides no use, so the warnings are listed beside it; an earlier
        # error (a file that does not read) may hide uses, and its unused-id warnings would be false
        if not self.earlier_errors:
            self._unused()
        return self.found

    def _briefing(self, b: BriefingInput) -> None:
        br, doc = b.briefing, b.doc
        self.unlisted.clear()
        for i, source in enumerate(br.sources or []):
            self._known(
                doc,
                ("sources", i),
                source,
                self.inputs.seeds,
                "BRF042",
                "source",
                "seeds/ (python -m generator import FILE)",
            )
        self.skip["BRF041"] = _ids_of_broken(doc, "issues", br.issues or [])
        issue_ids = self._unique(doc, "issues", br.issues or [])
        question_ids = self._unique(doc, "questions", br.questions or [])
        self._unique(doc, "claims", br.claims or [])
        self._unique(doc, "sides", br.sides or [])
        self._unique(doc, "positions", [p for p in br.positions or [] if p is None or p.id])
        self._unique(doc, "timeline", [e for e in br.timeline or [] if e is None or e.id])
        self._sides(b)
        for i, p in _present(br.positions):
            here: KeyPath = ("positions", i)
            self.actor(doc, (*here, "actor"), p.actor)
            self._known(doc, (*here, "issue"), p.issue, issue_ids, "BRF041", "issue", "'issues:' in this file")
            self.evidence(doc, br, here, p.evidence)
            self._statements(doc, here, p.evidence, p.actor)
            for ev in p.evidence:
                key = (ev.source, normalise(ev.quote))
                self.quote_stances[(*key, p.issue)].append((p.stance, doc, (*here, "stance")))
                self.quote_holders[key].append((p.actor, ev.speaker is not None, doc, (*here, "evidence")))
            self._conditions(doc, here, p, issue_ids, question_ids)
            self._framing_only(doc, here, p.evidence)
            dating = self._dating(b, here, p.said_on, p.evidence, said=True)
            if dating is not None:
                self.inputs.datings[(b.id, "positions", i)] = dating
            if dating is not None and br.as_of and dating.when.surely_after(dates.When(br.as_of)):
                self.found.append(
                    doc.diagnostic(
                        (*here, "said_on") if p.said_on else here,
                        "BRF065",
                        f"position dated {dating.text} is after the briefing's as_of {br.as_of}",
                        "correct the date, or move the briefing's as_of forward",
                    )
                )
        for i, q in _present(br.questions):
            for j, actor_id in enumerate(q.actors):
                self.actor(doc, ("questions", i, "actors", j), actor_id)
            if q.issue:
                self._known(
                    doc, ("questions", i, "issue"), q.issue, issue_ids, "BRF041", "issue", "'issues:' in this file"
                )
            if q.status is QuestionStatus.ANSWERED and q.answer is None:
                self.found.append(
                    doc.diagnostic(
                        ("questions", i, "status"),
                        "BRF051",
                        "an answered question needs an answer with evidence",
                        "add 'answer:' with summary and evidence, or set status: open",
                    )
                )
            if q.answer is not None:
                self.evidence(doc, br, ("questions", i, "answer"), q.answer.evidence)
            if q.status is QuestionStatus.OPEN and not q.actors:
                self.found.append(
                    doc.diagnostic(
                        ("questions", i),
                        "BRF062",
                        "open question names no actor",
                        "add 'actors:' with whose moves would settle it",
                    )
                )
        for i, e in _present(br.timeline):
            for j, actor_id in enumerate(e.actors):
                self.actor(doc, ("timeline", i, "actors", j), actor_id)
            self.evidence(doc, br, ("timeline", i), e.evidence)
            self._event_dating(b, i)
        self._look_alike_events(b)
        for i, c in _present(br.claims):
            self._claim(b, i, c, issue_ids)
        self._judgements(b, issue_ids, question_ids)
        self._editions(b)
        self._takeaways(b)
        self._horizons(b)
        self._settled_questions(b, issue_ids)
        self._unlisted(doc)

    def _unused(self) -> None:
        for actor_id, (doc, i) in self.inputs.actor_places.items():
            if actor_id not in self.used_actors:
                self.found.append(
                    doc.diagnostic(
                        ("actors", i, "id"),
                        "BRF060",
                        f"actor '{actor_id}' is never used",
                        "cite the actor in a position, event, question or claim, or remove it",
                    )
                )
        for seed_id, seed in self.inputs.seeds.items():
            if seed_id not in self.cited:
                self.found.append(
                    seed.doc.diagnostic(
                        ("id",),
                        "BRF061",
                        f"source '{seed_id}' is never cited",
                        "quote it as evidence in a briefing, or remove it from seeds/",
                    )
                )
        for b in self.inputs.briefings.values():
            cited_here = {ev.source for _, ev in _evidence_of(b.briefing)}
            for i, source in enumerate(b.briefing.sources or []):
                if source in self.inputs.seeds and source not in cited_here:
                    self.found.append(
                        b.doc.diagnostic(
                            ("sources", i),
                            "BRF061",
                            f"source '{source}' is listed but never cited in this briefing",
                            "quote it as evidence, or remove it from 'sources:'",
                        )
                    )

    def _opposite_stances(self) -> None:
        for (source, _quote, _issue), uses in self.quote_stances.items():
            stances = {stance for stance, _, _ in uses}
            for pair in OPPOSITE_STANCES:
                if pair <= stances:
                    _stance, doc_, path = next(u for u in uses if u[0] in pair)
                    self.found.append(
                        doc_.diagnostic(
                            path,
                            "BRF064",
                            f"one quote from '{source}' backs both "
                            f"'{sorted(s.value for s in pair)[0]}' and '{sorted(s.value for s in pair)[1]}'",
                            "check which stance the quote shows; use a different quote for the other",
                        )
                    )
