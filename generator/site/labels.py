"""The words and marks the site shows for each vocabulary value (stances, evidence kinds, likelihood, confidence)."""

from __future__ import annotations

from generator.inputs.schema import Confidence, EvidenceKind, Likelihood, Stance

STANCE_LABELS = {
    Stance.SUPPORTS: ("Supports", "✔"),
    Stance.TENTATIVE: ("Tentative", "◔"),
    Stance.CONDITIONAL: ("Conditional", "◑"),
    Stance.UNCLEAR: ("Unclear", "?"),
    Stance.OPPOSES: ("Opposes", "✘"),
}

#: How each kind of evidence is labelled beside its quote, and what the label means.
EVIDENCE_KINDS = {
    EvidenceKind.DIRECT: ("Quoted", "the speaker's own words, in quotation marks in the source"),
    EvidenceKind.REPORTED: ("Reported", "the source's account of what the speaker said"),
    EvidenceKind.FRAMING: ("Outlet's framing", "the source's own words, not the speaker's"),
}

#: The seven steps of estimative language (ICD 203), with the probability each stands for.
LIKELIHOOD_LABELS = {
    Likelihood.ALMOST_NO_CHANCE: ("Almost no chance", "1–5%"),
    Likelihood.VERY_UNLIKELY: ("Very unlikely", "5–20%"),
    Likelihood.UNLIKELY: ("Unlikely", "20–45%"),
    Likelihood.ROUGHLY_EVEN_CHANCE: ("Roughly even chance", "45–55%"),
    Likelihood.LIKELY: ("Likely", "55–80%"),
    Likelihood.VERY_LIKELY: ("Very likely", "80–95%"),
    Likelihood.ALMOST_CERTAIN: ("Almost certain", "95–99%"),
}

CONFIDENCE_MEANINGS = {
    Confidence.LOW: "the evidence is thin, indirect or from one side",
    Confidence.MODERATE: "the evidence is credible but incomplete, or open to other readings",
    Confidence.HIGH: "the evidence is direct, from several sources and sides",
}

STANCE_MEANINGS = {
    Stance.SUPPORTS: "is for it, without conditions",
    Stance.TENTATIVE: "leans towards it without committing (\u201cprobably\u201d)",
    Stance.CONDITIONAL: "is for it only if conditions are met",
    Stance.UNCLEAR: "has spoken on it without a clear stance",
    Stance.OPPOSES: "is against it",
}
