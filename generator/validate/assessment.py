"""Our assessment and how the briefing is followed: key judgements, editions, horizons of open questions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from generator.inputs import dates
from generator.validate.common import _present
from generator.validate.inputs import BriefingInput
from generator.validate.references import References
from generator.validate.schema_errors import close
from generator.vocabulary import BriefingStatus, QuestionStatus


class Assessment(References):
    """Checks of the assessment layer."""

    def _judgements(self, b: BriefingInput, issue_ids: set[str], question_ids: set[str]) -> None:
        """Every reference of a key judgement resolves, and no judgement rests on nothing."""
        br, doc = b.briefing, b.doc
        known = {
            "positions": {p.id for _, p in _present(br.positions) if p.id},
            "claims": {c.id for _, c in _present(br.claims)},
            "events": {e.id for _, e in _present(br.timeline) if e.id},
            "questions": question_ids,
        }
        self._unique(doc, "judgements", br.judgements or [])
        for i, j in _present(br.judgements):
            self._judgement_refs(b, i, j, known)
            self._judgement_horizon(b, i, j)
            if j.outcome is not None:
                self.evidence(doc, br, ("judgements", i, "outcome"), j.outcome.evidence)
            here = ("judgements", i, "basis")
            refs = {kind: getattr(j.basis, kind) for kind in known}
            if not any(refs.values()):
                self.found.append(
                    doc.diagnostic(
                        here,
                        "BRF084",
                        f"key judgement '{j.id}' rests on nothing",
                        "list in 'basis:' the positions, claims, events or questions (by id) it rests on",
                    )
                )
            for kind, ids in refs.items():
                for n, ref in enumerate(ids):
                    self._resolves(b, (*here, kind, n), kind, ref, known)
        if br.bottom_line and not br.judgements:
            self.found.append(
                doc.diagnostic(
                    ("bottom_line",),
                    "BRF088",
                    "a bottom line without key judgements does not show what it rests on",
                    "add 'judgements:', each with the positions, claims, events or questions it rests on",
                )
            )

    def _resolves(
        self, b: BriefingInput, here: tuple[str | int, ...], kind: str, ref: str, known: dict[str, set[str]]
    ) -> None:
        """A judgement's reference to a position, claim, event or question of its briefing resolves (BRF083)."""
        if ref in known[kind]:
            return
        guess = close(ref, known[kind])
        what = kind.rstrip("s")
        hint = f"did you mean '{guess}'?" if guess else f"give the {what} an 'id:' and use it here"
        self.found.append(b.doc.diagnostic(here, "BRF083", f"no {what} with id '{ref}'", hint))

    def _judgement_refs(self, b: BriefingInput, i: int, j: Any, known: dict[str, set[str]]) -> None:
        """What cuts against a judgement, the question that settles it and its indicators' questions resolve."""
        for kind in known:
            for n, ref in enumerate(getattr(j.against, kind)):
                self._resolves(b, ("judgements", i, "against", kind, n), kind, ref, known)
        if j.question:
            self._resolves(b, ("judgements", i, "question"), "questions", j.question, known)
        for n, indicator in enumerate(j.indicators):
            if indicator.question:
                self._resolves(
                    b, ("judgements", i, "indicators", n, "question"), "questions", indicator.question, known
                )

    def _judgement_horizon(self, b: BriefingInput, i: int, j: Any) -> None:
        """A judgement has a horizon (BRF100); one past it with no outcome is a warning (BRF101), unless archived."""
        if not j.horizon:
            self.found.append(
                b.doc.diagnostic(
                    ("judgements", i),
                    "BRF100",
                    f"key judgement '{j.id}' has no horizon",
                    "add 'horizon:' (YYYY-MM-DD, YYYY-MM or YYYY): by when it should hold or fail, so that it can "
                    "be scored",
                )
            )
            return
        horizon = dates.parse_event_date(j.horizon)
        archived = b.briefing.status is BriefingStatus.ARCHIVED
        if j.outcome is None and not archived and horizon.span[1] < dates.today():
            self.found.append(
                b.doc.diagnostic(
                    ("judgements", i, "horizon"),
                    "BRF101",
                    f"key judgement '{j.id}' is past its horizon ({horizon.text}) and has no outcome",
                    "record 'outcome:' with result (happened, did-not-happen or void), 'on:' and the evidence, "
                    "or set a later horizon and say why in 'reasoning:'",
                )
            )

    def _editions(self, b: BriefingInput) -> None:
        br, doc = b.briefing, b.doc
        previous: dt.date | None = None
        for i, e in _present(br.editions):
            if previous is not None and e.date <= previous:
                self.found.append(
                    doc.diagnostic(
                        ("editions", i, "date"),
                        "BRF087",
                        f"edition of {e.date} does not come after the one before it ({previous})",
                        "list editions oldest first, each on its own date",
                    )
                )
            if br.as_of and e.date > br.as_of:
                self.found.append(
                    doc.diagnostic(
                        ("editions", i, "date"),
                        "BRF087",
                        f"edition of {e.date} is after the briefing's as_of {br.as_of}",
                        "move 'as_of' forward to the latest edition",
                    )
                )
            previous = e.date
            for n, source in enumerate(e.sources):
                if self._known(
                    doc,
                    ("editions", i, "sources", n),
                    source,
                    self.inputs.seeds,
                    "BRF042",
                    "source",
                    "seeds/ (python -m generator import FILE)",
                ) and source not in (br.sources or []):
                    self.unlisted[source].append(("editions", i, "sources", n))

    def _settled_questions(self, b: BriefingInput, issue_ids: set[str]) -> None:
        """An open question whose own test (``settled_by``) a recorded position meets is a warning (BRF113)."""
        br = b.briefing
        first_edition = min((e.date for _, e in _present(br.editions)), default=None)
        for i, q in _present(br.questions):
            if q.settled_by is None:
                continue
            at = ("questions", i, "settled_by")
            self.actor(b.doc, (*at, "actor"), q.settled_by.actor)
            self._known(
                b.doc, (*at, "issue"), q.settled_by.issue, issue_ids, "BRF041", "issue", "'issues:' in this file"
            )
            if q.status is QuestionStatus.OPEN:
                met = self._meeting(b, q.settled_by.actor, q.settled_by.issue, q.opened or first_edition)
                if met is not None:
                    self._met(b, i, q.id, met)

    def _meeting(self, b: BriefingInput, actor: str, issue: str, opened: dt.date | None) -> tuple[int, Any] | None:
        """The first position of ``actor`` on ``issue`` recorded after ``opened`` (its date, or its report's, later)."""
        for n, p in _present(b.briefing.positions):
            dating = self.inputs.datings.get((b.id, "positions", n))
            later = dating is not None and (opened is None or dating.date > opened)
            if p.actor == actor and p.issue == issue and later:
                return n, dating
        return None

    def _met(self, b: BriefingInput, i: int, question: str, met: tuple[int, Any]) -> None:
        n, dating = met
        p = b.briefing.positions[n]
        which = f"position '{p.id}'" if p.id else f"positions[{n}]"
        self.found.append(
            b.doc.diagnostic(
                ("questions", i, "settled_by"),
                "BRF113",
                f"open question '{question}' is met by its own test: '{p.actor}' took a position on '{p.issue}' "
                f"after it was asked ({which}, {dating.text})",
                "answer it (status: answered, an answer with the position's evidence), or, if that statement does "
                "not settle it, correct 'settled_by'",
            )
        )

    def _horizons(self, b: BriefingInput) -> None:
        """An open question past its horizon, and not reviewed since, is a warning (not for an archived briefing)."""
        if b.briefing.status is BriefingStatus.ARCHIVED:
            return
        today = dates.today()
        for i, q in _present(b.briefing.questions):
            if q.status is not QuestionStatus.OPEN or not q.horizon:
                continue
            horizon = dates.parse_event_date(q.horizon)
            end = horizon.span[1]
            if end < today and (q.reviewed is None or q.reviewed <= end):
                reviewed = f"last reviewed {q.reviewed}" if q.reviewed else "never reviewed"
                self.found.append(
                    b.doc.diagnostic(
                        ("questions", i, "horizon"),
                        "BRF085",
                        f"open question '{q.id}' is past its horizon ({horizon.text}) and {reviewed}",
                        "answer it, set a new horizon, or record 'reviewed:' with today's date once you have "
                        "checked it is still open; for a briefing no longer kept up to date, set status: archived",
                    )
                )
