"""Our assessment and how the briefing is followed: key judgements, editions, horizons of open questions."""

from __future__ import annotations

import datetime as dt

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
                    if ref not in known[kind]:
                        guess = close(ref, known[kind])
                        what = kind.rstrip("s")
                        hint = f"did you mean '{guess}'?" if guess else f"give the {what} an 'id:' and use it here"
                        self.found.append(
                            doc.diagnostic((*here, kind, n), "BRF083", f"no {what} with id '{ref}'", hint)
                        )
        if br.bottom_line and not br.judgements:
            self.found.append(
                doc.diagnostic(
                    ("bottom_line",),
                    "BRF088",
                    "a bottom line without key judgements does not show what it rests on",
                    "add 'judgements:', each with the positions, claims, events or questions it rests on",
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
