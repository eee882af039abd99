"""Linking people at scale: 2,500 people and N lone-word mentions (default 10,000) linked
on one Draft, in CPU seconds. The people index makes the cost grow with mentions, not
with mentions x people.

    .venv/bin/python benchmarks/linking.py [MENTIONS]
"""
from __future__ import annotations

import random
import sys
import time

from redactor.decide.case import Case
from redactor.decide.people import Draft


def main(n_mentions: int = 10_000, n_people: int = 2_500) -> float:
    rng = random.Random(1)

    def word(n: int) -> str:
        return rng.choice("ABCDEFGHIJKLMNOPRSTW") + "".join(rng.choice("aeiounrstlm") for _ in range(n))
    people = [f"{word(5)} {word(8)}" for _ in range(n_people)]
    mentions = [rng.choice(people).split()[rng.random() < 0.5] for _ in range(n_mentions)]
    draft = Draft(Case())
    start = time.process_time()
    for name in people:
        draft.register(name)
    for mention in mentions:
        draft.link(mention, False)
    return time.process_time() - start


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    print(f"linking {n} mentions among 2,500 people: {main(n):.2f} s CPU")
