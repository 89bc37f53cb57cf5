"""Who said it and through whom: sides, speakers and go-betweens, evidence kinds, conditions, claims."""

from __future__ import annotations

import re

from generator.inputs.load import Document, KeyPath
from generator.inputs.matching import normalise
from generator.inputs.quotations import DIRECT_SHARE, quoted_share
from generator.inputs.saying import attributed
from generator.inputs.schema import Claim, Position, Rebuttal, Statement, Support, Via
from generator.validate.common import _present
from generator.validate.inputs import BriefingInput
from generator.validate.references import References
from generator.vocabulary import EvidenceKind, Relation, Stance

#: Words in quotation marks inside a condition: the speaker's own term ("common sense"), not a condition stated.
_QUOTED = re.compile(r"[\"“][^\"“”]+[\"”]")


class Attribution(References):
    """Checks of attribution."""

    def _sides(self, b: BriefingInput) -> None:
        on_side: dict[str, str] = {}
        for i, side in _present(b.briefing.sides):
            for j, actor_id in enumerate(side.actors):
                self.actor(b.doc, ("sides", i, "actors", j), actor_id)
                if actor_id in on_side and on_side[actor_id] != side.id:
                    self.found.append(
                        b.doc.diagnostic(
                            ("sides", i, "actors", j),
                            "BRF081",
                            f"actor '{actor_id}' is on two sides: '{on_side[actor_id]}' and '{side.id}'",
                            "put each actor on one side only",
                        )
                    )
                on_side.setdefault(actor_id, side.id)

    def _statements(self, doc: Document, path: KeyPath, items: list[Statement], holder: str | None) -> None:
        """Speakers and go-betweens exist and speak for ``holder``; the kind matches the source's quotation marks."""
        for i, ev in enumerate(items):
            here = (*path, "evidence", i)
            if ev.speaker:
                self.actor(doc, (*here, "speaker"), ev.speaker)
                if holder and not self._speaks_for(ev.speaker, holder):
                    self.found.append(
                        doc.diagnostic(
                            (*here, "speaker"),
                            "BRF055",
                            f"'{ev.speaker}' does not speak for '{holder}'",
                            f"file the position under '{ev.speaker}', or add to '{ev.speaker}' in the registry a "
                            f"relation 'speaks-for' or 'leads' to '{holder}', with its evidence",
                        )
                    )
            if ev.via is not None:
                self._via(doc, (*here, "via"), ev.via, ev.speaker or holder)
            self._kind(doc, here, ev)

    def _via(self, doc: Document, path: KeyPath, via: Via, speaker: str | None) -> None:
        if via.actor and via.unnamed:
            self.found.append(
                doc.diagnostic(
                    path,
                    "BRF026",
                    "a go-between is either named ('actor:') or unnamed ('unnamed:'), not both",
                    "keep 'actor:' when the source names them, 'unnamed:' when it does not",
                )
            )
        if not (via.actor or via.unnamed or via.to or via.relay):
            self.found.append(
                doc.diagnostic(
                    path, "BRF026", "'via' says nothing", "give 'actor:', 'unnamed:', 'to:' or 'relay:', or remove it"
                )
            )
        if via.actor:
            self.actor(doc, (*path, "actor"), via.actor)
            if speaker and not self._speaks_for(via.actor, speaker):
                self.found.append(
                    doc.diagnostic(
                        (*path, "actor"),
                        "BRF055",
                        f"'{via.actor}' does not speak for '{speaker}'",
                        f"add to '{via.actor}' in the registry a relation 'speaks-for' to '{speaker}', with its "
                        "evidence, or set 'speaker:' to whom they speak for",
                    )
                )

    def _speaks_for(self, speaker: str, holder: str) -> bool:
        """Whether ``speaker`` is ``holder`` or speaks for it through a chain of ``speaks-for`` and ``leads``."""
        if speaker == holder or speaker not in self.inputs.actors or holder not in self.inputs.actors:
            return True  # an unknown actor is reported already
        seen, todo = {speaker}, [speaker]
        while todo:
            actor = self.inputs.actors.get(todo.pop())
            for rel in actor.relations if actor else ():
                if rel.relation in (Relation.SPEAKS_FOR, Relation.LEADS) and rel.actor not in seen:
                    if rel.actor == holder:
                        return True
                    seen.add(rel.actor)
                    todo.append(rel.actor)
        return False

    def _kind(self, doc: Document, path: KeyPath, ev: Statement) -> None:
        """``direct`` only for words in quotation marks in the source; words all in quotation marks are direct."""
        seed = self.inputs.seeds.get(ev.source)
        match = self.inputs.passages.get((ev.source, normalise(ev.quote)))
        if seed is None or match is None:
            return
        share = quoted_share(seed.body, seed.quotations, match.start, match.end)
        if ev.kind is EvidenceKind.DIRECT and share < DIRECT_SHARE:
            self.found.append(
                doc.diagnostic(
                    (*path, "kind"),
                    "BRF056",
                    "these words are not in quotation marks in the source"
                    if share == 0
                    else f"only {share:.0%} of these words are in quotation marks in the source",
                    "quote only the words inside the quotation marks, or set kind: reported (the source's account "
                    "of what was said) or framing (the source's own words)",
                )
            )
        elif ev.kind is not EvidenceKind.DIRECT and share >= DIRECT_SHARE:
            self.found.append(
                doc.diagnostic(
                    (*path, "kind"),
                    "BRF056",
                    f"these words are the speaker's own, in quotation marks in the source, not '{ev.kind.value}'",
                    "set kind: direct",
                )
            )
        elif ev.kind is EvidenceKind.REPORTED and not attributed(seed.body, seed.quotations, match.start, match.end):
            self.found.append(
                doc.diagnostic(
                    (*path, "kind"),
                    "BRF104",
                    "the source attributes these words to no one: no verb of saying or reporting (said, told, "
                    "according to, …) in their sentence, or they end in the outlet's own aside ('– which …')",
                    "if they are the outlet's own words, set kind: framing (framing alone cannot carry a position, "
                    "BRF066: quote the actor's words, or record it as a claim or an event); if the source attributes "
                    "them, quote the words that do",
                )
            )

    def _framing_only(self, doc: Document, path: KeyPath, items: list[Statement]) -> None:
        if items and all(ev.kind is EvidenceKind.FRAMING for ev in items):
            self.found.append(
                doc.diagnostic(
                    (*path, "evidence"),
                    "BRF066",
                    "the position rests only on the source's own framing, not on anything the actor said",
                    "add a statement of the actor's (kind: direct or reported), or record the framing as a claim "
                    "or an event instead of a position",
                )
            )

    def _conditions(
        self, doc: Document, path: KeyPath, p: Position, issue_ids: set[str], question_ids: set[str]
    ) -> None:
        if p.conditions and p.stance is Stance.SUPPORTS:
            self.found.append(
                doc.diagnostic(
                    (*path, "stance"),
                    "BRF054",
                    "'supports' means without conditions, but this position has conditions",
                    "set stance: conditional, or remove the conditions if the actor attached none",
                )
            )
        if p.stance is Stance.CONDITIONAL and not p.conditions:
            self.found.append(
                doc.diagnostic(
                    (*path, "stance"),
                    "BRF112",
                    "'conditional' with no condition: the reader is told the stance depends on something, "
                    "but not on what",
                    "add 'conditions:' with what the actor makes its stance depend on, in the source's terms (and the "
                    "question that tracks it when the source leaves it open); if the source states none, the stance "
                    "is not conditional",
                )
            )
        for j, c in enumerate(p.conditions):
            quoted = _QUOTED.search(c.condition)
            if quoted and not c.question:
                self.found.append(
                    doc.diagnostic(
                        (*path, "conditions", j),
                        "BRF115",
                        f"the condition rests on the speaker's own words ({quoted.group()}), which say nothing a "
                        "reader could check",
                        "say what must happen, in the source's facts, or point the condition at the question that "
                        "tracks what those words mean (question:)",
                    )
                )
            if c.issue:
                self._known(
                    doc,
                    (*path, "conditions", j, "issue"),
                    c.issue,
                    issue_ids,
                    "BRF041",
                    "issue",
                    "'issues:' in this file",
                )
            if c.question:
                self._known(
                    doc,
                    (*path, "conditions", j, "question"),
                    c.question,
                    question_ids,
                    "BRF059",
                    "question",
                    "'questions:' in this file",
                )

    def _shared_passages(self) -> None:
        """A passage backing positions of different actors must say, in each use, whose words they are."""
        for (source, _quote), uses in self.quote_holders.items():
            holders = {holder for holder, _, _, _ in uses}
            if len(holders) < 2:
                continue
            for holder, explicit, doc_, path in uses:
                if not explicit:
                    others = ", ".join(sorted(holders - {holder}))
                    self.found.append(
                        doc_.diagnostic(
                            path,
                            "BRF067",
                            f"a passage of '{source}' backs positions of '{holder}' and of {others}, "
                            "without saying whose words it is",
                            "set 'speaker:' on each use of the passage (the same voice, counted once), or keep the "
                            "passage for the one actor who said it",
                        )
                    )
                    break

    def _claim(self, b: BriefingInput, i: int, c: Claim, issue_ids: set[str]) -> None:
        doc, here = b.doc, ("claims", i)
        for j, actor_id in enumerate(c.claimants):
            self.actor(doc, (*here, "claimants", j), actor_id)
        if c.issue:
            self._known(doc, (*here, "issue"), c.issue, issue_ids, "BRF041", "issue", "'issues:' in this file")
        self.evidence(doc, b.briefing, here, c.evidence)
        self._statements(doc, here, c.evidence, None)
        for j, ev in enumerate(c.evidence):
            if ev.speaker and ev.speaker not in c.claimants:
                self.found.append(
                    doc.diagnostic(
                        (*here, "evidence", j, "speaker"),
                        "BRF082",
                        f"'{ev.speaker}' is not one of the claimants",
                        f"add '{ev.speaker}' to 'claimants:', or correct the speaker",
                    )
                )
        voices: list[tuple[str, int, Rebuttal | Support]] = [
            *(("rebuttals", j, r) for j, r in enumerate(c.rebuttals)),
            *(("support", j, s) for j, s in enumerate(c.support)),
        ]
        for field, j, r in voices:
            at = (*here, field, j)
            what = "a rebuttal" if field == "rebuttals" else "support"
            if r.by and r.unnamed:
                self.found.append(
                    doc.diagnostic(
                        at,
                        "BRF026",
                        f"{what} is by a named actor ('by:') or by unnamed voices ('unnamed:'), not both",
                        "keep 'by:' when the source names who disputes the claim",
                    )
                )
            if r.by:
                self.actor(doc, (*at, "by"), r.by)
            self.evidence(doc, b.briefing, at, r.evidence)
            self._statements(doc, at, r.evidence, r.by)
            self._cites_someone(doc, at, what, r)
        for j, s in enumerate(c.support):
            self._another_source(doc, (*here, "support", j), c, s)

    def _cites_someone(self, doc: Document, at: KeyPath, what: str, r: Rebuttal | Support) -> None:
        """BRF102: with no ``by`` or ``unnamed``, the outlet speaks: its own words (framing), not ours."""
        if r.by or r.unnamed:
            return
        k = next((k for k, ev in enumerate(r.evidence) if ev.kind is not EvidenceKind.FRAMING), None)
        if k is None:
            return
        ev = r.evidence[k]
        whose = f"the words of '{ev.speaker}'" if ev.speaker else f"{ev.kind.value} speech, not its own words"
        self.found.append(
            doc.diagnostic(
                (*at, "evidence", k, "kind"),
                "BRF102",
                f"{what} with no 'by:' or 'unnamed:' is the outlet's own, but it quotes {whose}: "
                "its summary would pass for a source's while it is ours",
                "name who says it ('by:' an actor, or 'unnamed:'), or quote the outlet's own words (kind framing); "
                "if it is your reading of the evidence, write it as the claim's 'note:'",
            )
        )

    def _another_source(self, doc: Document, at: KeyPath, c: Claim, s: Support) -> None:
        """BRF103: support quotes a source other than the claim's, or it corroborates nothing."""
        claimed = {ev.source for ev in c.evidence}
        if any(ev.source not in claimed for ev in s.evidence):
            return
        self.found.append(
            doc.diagnostic(
                (*at, "evidence"),
                "BRF103",
                f"support quotes only the source that makes the claim ({', '.join(sorted(claimed))}): "
                "a source cannot corroborate itself",
                "quote another source that bears the claim out; more words of the same source belong in the "
                "claim's 'evidence:'",
            )
        )
