"""Scoring of redacted synthetic cases, self-contained (no dependency on ../shared).

``score_texts`` reproduces the dhr-dev scorer's figures on one case; ``diagnose`` goes
mention by mention (each gold span knows its text unit) and says what each failed span
became in the output, with the sentence it came from."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.synthetic.generator import count, docx_units, scorer_name_tokens

NAME_FEATURES = ("hyphenated", "apostrophe", "multiword_surname", "diacritics", "word_first",
                 "word_surname")


def score_texts(gold: dict, src_text: str, out_text: str) -> dict:
    """{measure: (bad, total, examples)} as the shared scorer counts them."""
    r = {}
    nin = nout = 0
    leaked = []
    for p in gold["persons"]:
        for t in scorer_name_tokens(p):
            i, o = count(src_text, t), count(out_text, t)
            nin += i
            nout += min(i, o)
            if o:
                leaked.append(t)
    r["name"] = (nout, nin, sorted(set(leaked)))
    for k in ("dob", "address", "contact"):
        i_tot = o_tot = 0
        bad = []
        for s in sorted(set(gold[k])):
            i, o = count(src_text, s), count(out_text, s)
            i_tot += i
            o_tot += min(i, o)
            if o:
                bad.append(s)
        r[k] = (o_tot, i_tot, bad)
    k_in = k_lost = 0
    lost = []
    for s in sorted(set(gold["keep"])):
        i, o = count(src_text, s), count(out_text, s)
        k_in += i
        if o < i:
            k_lost += i - o
            lost.append(s)
    r["keep"] = (k_lost, k_in, lost)
    exp = sorted(set(gold["expect"]))
    hit = [e for e in exp if count(out_text, e) > 0]
    r["initials"] = (len(hit), len(exp), sorted(set(exp) - set(hit)))
    return r


def figures(results: list[dict]) -> dict:
    tot: dict[str, list[int]] = {}
    for r in results:
        for k, v in r.items():
            t = tot.setdefault(k, [0, 0])
            t[0] += v[0]
            t[1] += v[1]

    def rate(k):
        o, i = tot.get(k, (0, 0))
        return round(o / i, 4) if i else 0.0

    return {"cases": len(results), "name_leak": rate("name"), "dob_leak": rate("dob"),
            "address_leak": rate("address"), "contact_leak": rate("contact"),
            "keep_loss": rate("keep"), "initials": rate("initials")}


def units_of(path: Path) -> list[str]:
    if path.suffix == ".docx":
        return docx_units(path)
    return path.read_text(encoding="utf-8", errors="replace").split("\n")


_TOK = re.compile(r"\w+|[^\w\s]|\s+")
_ABBREV = ("Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.", "Prof.", "Revd.")


def map_span(src: str, out: str, a: int, b: int) -> str:
    """What source characters [a, b) became in ``out`` (aligned word by word)."""
    st = [(m.start(), m.end(), m.group()) for m in _TOK.finditer(src)]
    ot = [(m.start(), m.end(), m.group()) for m in _TOK.finditer(out)]
    if not st or not ot:
        return out
    first = next(i for i, t in enumerate(st) if t[1] > a)
    last = max(i for i, t in enumerate(st) if t[0] < b)
    sm = difflib.SequenceMatcher(None, [t[2] for t in st], [t[2] for t in ot], autojunk=False)
    ops = sm.get_opcodes()

    def where(i, end):
        for tag, i1, i2, j1, j2 in ops:
            if i1 <= i < i2:
                if tag == "equal":
                    return j1 + (i - i1) + (1 if end else 0)
                return j2 if end else j1
        return len(ot) if end else 0
    js, je = where(first, False), where(last, True)
    if je <= js:
        return ""
    return out[ot[js][0]:ot[je - 1][1]]


def sentence_at(text: str, pos: int) -> str:
    """The sentence (or table row) of ``text`` around ``pos``."""
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.;!?])\s+(?=[A-Z0-9])", text)
                    if not text[:m.start()].endswith(_ABBREV)]
    s = max(x for x in starts if x <= pos)
    nxt = [x for x in starts if x > pos]
    e = nxt[0] if nxt else len(text)
    return text[s:e].strip()


@dataclass
class Failure:
    case: str
    fmt: str
    what: str  # name_leak | initials | dob | address | contact | keep | collateral
    tags: list[str]
    text: str
    became: str
    expect: str | None
    sentence: str
    out_sentence: str
    leaked: list[str] = field(default_factory=list)


def diagnose(gold: dict, src_units: list[str], out_units: list[str], fmt: str):
    """(failures, per-tag counts {tag: [mentions, failed]}) for one case and format."""
    key = "docx_unit" if fmt == "docx" else "txt_line"
    start_key = "start" if fmt == "docx" else "line_start"
    aligned = len(src_units) == len(out_units)
    failures: list[Failure] = []
    tags: dict[str, list[int]] = {}
    for m in gold["mentions"]:
        u = m[key]
        if u >= len(src_units):
            continue
        src = src_units[u]
        out = out_units[u] if aligned and u < len(out_units) else "\n".join(out_units)
        a = m[start_key]
        b = a + len(m["text"])
        if src[a:b] != m["text"]:  # should not happen
            continue
        became = map_span(src, out, a, b) if aligned else "?"
        sent = sentence_at(src, a)
        out_sent = out if len(out) < 260 else sentence_at(out, min(len(out) - 1, a))
        failed = []
        if m["kind"] == "person":
            leaked = [t for t in m["tokens"] if count(out, t)]
            if leaked:
                failed.append(Failure(gold["doc"], fmt, "name_leak", m["tags"], m["text"], became,
                                      m["expect"], sent, out_sent, leaked))
            elif not count(became if aligned else out, re.sub(r"['’]s$", "", m["expect"])):
                failed.append(Failure(gold["doc"], fmt, "initials", m["tags"], m["text"], became,
                                      m["expect"], sent, out_sent))
        elif m["kind"] in ("dob", "address", "contact"):
            if count(out, m["text"]):
                failed.append(Failure(gold["doc"], fmt, m["kind"], m["tags"], m["text"], became, None,
                                      sent, out_sent))
        elif m["kind"] == "keep":
            if count(out, m["text"]) < count(src, m["text"]):
                failed.append(Failure(gold["doc"], fmt, "keep", m["tags"], m["text"], became, None,
                                      sent, out_sent))
        for t in m["tags"] + [f"kind:{m['kind']}"]:
            c = tags.setdefault(t, [0, 0])
            c[0] += 1
            c[1] += bool(failed)
        failures.extend(failed)
    if aligned:
        failures += collateral(gold, src_units, out_units, key, start_key, fmt)
    return failures, tags


_LABEL_WORDS = {"born", "on", "DOB", "d", "o", "b", "date", "of", "birth", "Date", "D", "O", "B"}


def collateral(gold, src_units, out_units, key, start_key, fmt) -> list[Failure]:
    """Words outside every gold span that changed or vanished (text damaged around a
    replacement, or over-redaction of words the gold does not list in ``keep``)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in gold["mentions"]:
        spans.setdefault(m[key], []).append((m[start_key], m[start_key] + len(m["text"])))
    out = []
    for u, (src, dst) in enumerate(zip(src_units, out_units, strict=False)):
        if src == dst:
            continue
        st = [(m.start(), m.end(), m.group()) for m in _TOK.finditer(src)]
        ot = [(m.start(), m.end(), m.group()) for m in _TOK.finditer(dst)]
        sm = difflib.SequenceMatcher(None, [t[2] for t in st], [t[2] for t in ot], autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag in ("equal", "insert"):
                continue
            lost = [t for t in st[i1:i2] if re.search(r"\w", t[2])
                    and not any(a <= t[0] and t[1] <= b for a, b in spans.get(u, []))]
            lost = [t for t in lost if t[2] not in _LABEL_WORDS]
            if not lost:
                continue
            a, b = st[i1][0], st[i2 - 1][1]
            became = dst[ot[j1][0]:ot[j2 - 1][1]] if j2 > j1 else ""
            out.append(Failure(gold["doc"], fmt, "collateral", ["collateral"], src[a:b], became, None,
                               sentence_at(src, a), dst if len(dst) < 260 else sentence_at(dst, a),
                               [t[2] for t in lost]))
    return out


def group_key(f: Failure) -> str:
    """A short label for grouping failures of the same shape."""
    t = set(f.tags)
    if f.what in ("name_leak", "initials"):
        form = next((x[5:] for x in f.tags if x.startswith("form:")), "?")
        feats = [x for x in NAME_FEATURES if x in t]
        place = next((x[6:] for x in f.tags if x.startswith("place:")), "prose")
        bits = [f.what, form]
        if "possessive" in t:
            bits.append("possessive")
        if "sentence_start" in t:
            bits.append("sentence_start")
        bits.append(place)
        if feats:
            bits.append("+".join(feats))
        return " / ".join(bits)
    if f.what == "collateral":
        return "collateral: " + " ".join(f.leaked)
    sub = [x for x in f.tags if ":" in x and not x.startswith("place:")]
    place = next((x for x in f.tags if x.startswith("place:")), "")
    return " / ".join([f.what, *sub, place]).rstrip(" /")
