"""The bounded cache the detector and the vocabulary share: each value made once, and the cache
emptied rather than grown past its limit (a long ``serve`` session)."""
from redactor.detect.bounded import made_once


def test_a_value_is_made_once_and_the_cache_never_outgrows_its_limit() -> None:
    kept: dict[str, int] = {}
    made: list[str] = []

    def make(key: str) -> int:
        made.append(key)
        return len(made)

    assert made_once(kept, "a", 2, lambda: make("a")) == 1
    assert made_once(kept, "a", 2, lambda: make("a")) == 1
    assert made_once(kept, "b", 2, lambda: make("b")) == 2
    assert made == ["a", "b"]
    assert made_once(kept, "c", 2, lambda: make("c")) == 3
    assert kept == {"c": 3}
    assert made_once(kept, "a", 2, lambda: make("a")) == 4
