"""An edition's key takeaways: at most five, each resting on one event or on evidence, dated by it, not after it."""

from __future__ import annotations

from generator.inputs import dates
from generator.inputs.dates import Basis, Dating
from generator.inputs.load import KeyPath
from generator.inputs.schema import MAX_TAKEAWAYS, Edition, Takeaway
from generator.validate.common import _present
from generator.validate.datings import Datings
from generator.validate.inputs import BriefingInput
from generator.validate.schema_errors import close


class Takeaways(Datings):
    """Checks of the editions' takeaways (dating as events are dated, so built on :class:`Datings`)."""

    def _takeaways(self, b: BriefingInput) -> None:
        events = {e.id: i for i, e in _present(b.briefing.timeline) if e.id}
        for i, edition in _present(b.briefing.editions):
            if len(edition.takeaways) > MAX_TAKEAWAYS:
                self.found.append(
                    b.doc.diagnostic(
                        ("editions", i, "takeaways", MAX_TAKEAWAYS),
                        "BRF151",
                        f"the edition of {edition.date} has {len(edition.takeaways)} takeaways; "
                        f"an edition has at most {MAX_TAKEAWAYS}",
                        f"keep the {MAX_TAKEAWAYS} that matter most; the rest stay in the timeline",
                    )
                )
            for k, takeaway in enumerate(edition.takeaways):
                here: KeyPath = ("editions", i, "takeaways", k)
                dating = self._takeaway_dating(b, here, takeaway, events)
                if dating is None:
                    continue
                self.inputs.datings[(b.id, *here)] = dating
                self._not_after(b, here, edition, dating)

    def _takeaway_dating(
        self, b: BriefingInput, here: KeyPath, takeaway: Takeaway, events: dict[str, int]
    ) -> Dating | None:
        """The takeaway's date: its event's, or worked out from its evidence as an event's is."""
        doc = b.doc
        if takeaway.event is None:
            if not takeaway.evidence:
                self.found.append(
                    doc.diagnostic(
                        here,
                        "BRF150",
                        "a takeaway needs a source: it names no event and quotes no evidence",
                        "add 'event:' with the id of the timeline event it reports, or 'evidence:' with the words "
                        "of the source that reports it",
                    )
                )
                return None
            self.evidence(doc, b.briefing, here, takeaway.evidence)
            return self._dating(b, here, takeaway, takeaway.evidence, said=False)
        if takeaway.evidence:
            self.found.append(
                doc.diagnostic(
                    (*here, "evidence"),
                    "BRF150",
                    "a takeaway rests on its event or on evidence of its own, not both",
                    "leave 'evidence:' out (the event's evidence is cited), or leave 'event:' out",
                )
            )
            return None
        if takeaway.event not in events:
            guess = close(takeaway.event, events)
            hint = f"did you mean '{guess}'?" if guess else "give the timeline event an 'id:' and use it here"
            self.found.append(
                doc.diagnostic((*here, "event"), "BRF153", f"no timeline event with id '{takeaway.event}'", hint)
            )
            return None
        given = [name for name in ("date", "precision", "relative") if getattr(takeaway, name) is not None]
        if given:
            self.found.append(
                doc.diagnostic(
                    (*here, given[0]),
                    "BRF154",
                    f"a takeaway about the event '{takeaway.event}' takes the event's date; it gives '{given[0]}' too",
                    f"leave '{given[0]}' out, or correct the event's date in 'timeline:'",
                )
            )
            return None
        return self.inputs.datings.get((b.id, "timeline", events[takeaway.event]))

    def _not_after(self, b: BriefingInput, here: KeyPath, edition: Edition, dating: Dating) -> None:
        """What happened by an edition: neither dated after it, nor reported by a source published after it."""
        if not dating.when.surely_after(dates.When(edition.date)):
            return
        if dating.basis is Basis.REPORT:
            what = f"its source '{dating.source}' ({dating.when.text}) is dated after its edition of {edition.date}"
        else:
            what = f"it is dated {dating.text}, after its edition of {edition.date}"
        self.found.append(
            b.doc.diagnostic(
                here,
                "BRF152",
                f"a takeaway must have happened by its edition: {what}",
                "move it to the edition that first reported it, or check its date",
            )
        )
