"""A briefing's pages: ``briefings/<id>.md`` (our assessment first) and ``questions/<id>.md`` (its questions)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.model import Briefing, Changes, Judgement
from generator.site import pictures
from generator.site.helpers import CONFIDENCE_MEANINGS, LIKELIHOOD_LABELS, Citing, Helpers
from generator.site.markup import Md
from generator.site.pages.base import Page, clip, front_matter
from generator.site.pages.indexes import page_of_questions
from generator.site.paging import questions_page


@dataclass(frozen=True, eq=False)
class BriefingPage(Page):
    """One briefing: our assessment, what changed, the stance matrix, what to watch, then the evidence."""

    template = "briefing.md.j2"
    briefing: Briefing

    @staticmethod
    def path_of(briefing: str) -> str:
        return f"briefings/{briefing}.md"

    @property
    def path(self) -> str:
        return self.path_of(self.briefing.id)

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {
            "briefing": self.briefing,
            "citations_for": Citing,
            "today": helpers.today,
            "sources_ref": helpers.sources_ref,
            "changes_summary": changes_summary,
            "basis_summary": basis_summary,
            "likelihood_labels": LIKELIHOOD_LABELS,
            "confidence_meanings": CONFIDENCE_MEANINGS,
            "stance_matrix": pictures.stance_matrix,
            "actor_map": pictures.actor_map,
            "actor_map_links": pictures.map_links,
        }

    def front_matter(self) -> str:
        return front_matter(self.briefing.title, clip(self.briefing.bottom_line or self.briefing.summary))


@dataclass(frozen=True, eq=False)
class QuestionsPage(Page):
    """A briefing's questions (the briefings that have any): open ones soonest first, then those settled."""

    template = "questions_briefing.md.j2"
    briefing: Briefing
    #: the briefings with questions before and after this one
    neighbours: tuple[Briefing | None, Briefing | None]

    @property
    def path(self) -> str:
        return questions_page(self.briefing.id)

    def context(self, helpers: Helpers) -> dict[str, Any]:
        return {
            "briefing": self.briefing,
            "around": self.neighbours,
            "page_of_questions": page_of_questions,
            "today": helpers.today,
        }

    def front_matter(self) -> str:
        title = self.briefing.title
        description = (
            f"The questions of the briefing {title}: what would settle each one and by when, and those settled."
        )
        return front_matter(f"Questions: {title}", clip(description))


def basis_summary(j: Judgement) -> Md:
    """``2 positions, 1 claim``."""
    counts = [(len(j.positions), "position"), (len(j.claims), "claim"), (len(j.events), "event")]
    counts.append((len(j.questions), "question"))
    return Md(", ".join(f"{n} {word}{'s' * (n != 1)}" for n, word in counts if n))


def changes_summary(ch: Changes) -> Md:
    """One line: what the latest edition added, counted."""
    changed = sum(1 for c in ch.positions if c.before is not None and c.before.stance != c.position.stance)
    counts = [
        (len(ch.sources), "new source"),
        (len(ch.positions) - changed, "new position"),
        (changed, "changed stance"),
        (len(ch.more_evidence), "position with more evidence"),
        (len(ch.answered), "question answered"),
        (len(ch.opened), "question opened"),
        (len(ch.claims), "new claim"),
        (len(ch.more_evidence_claims), "claim with more evidence"),
        (len(ch.events), "new event"),
        (len(ch.more_evidence_events), "event with more evidence"),
    ]
    parts = [f"{n} {_plural(word, n)}" for n, word in counts if n]
    return Md("; ".join(parts).capitalize() + ".")


def _plural(word: str, n: int) -> str:
    """``question answered`` → ``questions answered``; ``new source`` → ``new sources``; ``claim with …``."""
    if n == 1:
        return word
    head, _, tail = word.partition(" ")
    return f"{head}s {tail}" if head in ("question", "position", "claim", "event") else word + "s"
