"""How `draft` grows with the article (names, speakers, reported statements): `python bench/draft_growth.py`.

An invented article of N paragraphs, each naming a new minister and a new council, one reported statement and
one direct quotation, at doubling N; prints the seconds per step and the growth per doubling (about 2 is linear).
Asserts nothing: figures for docs/performance.md.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.authoring.entities import propose
from generator.authoring.speakers import Names, attribute, reported

_SYLLABLES = ["ka", "lo", "mi", "ren", "tos", "var", "dul", "pe", "sak", "nor", "bi", "fen"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def article(paragraphs: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    lines = []
    for _ in range(paragraphs):
        first, last, council = _name(rng), _name(rng), _name(rng)
        lines.append(
            f"Minister {first} {last} said that the harbour plan must go ahead at once, and the {council} Council "
            f'agreed. "We stand," {last} said.'
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    before: tuple[float, float] | None = None
    print(f"{'paragraphs':>10} {'entries':>8} {'propose s':>10} {'speakers s':>11} {'growth':>14}")
    for n in (250, 500, 1000, 2000):
        body = article(n)
        t0 = time.perf_counter()
        proposals = propose(body, [])
        t1 = time.perf_counter()
        names = Names([p.as_actor() for p in proposals])
        attribute(body, names)
        reported(body, names)
        t2 = time.perf_counter()
        growth = f"{(t1 - t0) / before[0]:.1f}× {(t2 - t1) / before[1]:.1f}×" if before else ""
        print(f"{n:>10} {len(proposals):>8} {t1 - t0:>10.2f} {t2 - t1:>11.2f} {growth:>14}")
        before = (t1 - t0, t2 - t1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
