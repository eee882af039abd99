"""User names that stand for a person: a social-media handle whose words are a name
("@PaulByrne", "@sarah_jones88"; not "@MerseyPolice"), and a user name alone after an upload
label on a document-sharing page ("Upload: hoanganh", "Uploaded by jsmith77") or ending a
post's line ("Posted on 12 March 2020 by tgriffiths"); not a word the dictionary knows ("Upload:
others") nor a site's own (`site_users`: "Posted by admin"). They are written in any case, so
the recognizers, which read capitalised words, never see them. The labels are `handle_labels` of
rules/suggestions.yaml, which also suggests what is left."""
from __future__ import annotations

from collections.abc import Container, Sequence

import regex

from redactor.detect.recognizers.base import phrases
from redactor.detect.suggest.wording import load_wording
from redactor.detect.vocabulary import Vocabulary, no_name_words
from redactor.recognizer_names import HANDLE
from redactor.rules import Rules
from redactor.types import Detection, Kind, Segment

SCORE = 0.85
_AT_HANDLE = regex.compile(r"(?<![\w@.])@(?P<name>[A-Za-z][A-Za-z0-9_]{2,29})(?![\w@]|\.\w)")
_PARTS = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")  # "PaulByrne" -> Paul, Byrne; "sarah_jones88" -> ...


class Handles:
    """Handles and user names that name a person."""

    def __init__(self, rules: Rules, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        wording = load_wording(rules)
        labels = wording.handle_labels
        self.site_users = {w.lower() for w in wording.site_users}
        # a post's line ending in its poster's user name: "Posted on 12 March 2020 by tgriffiths"
        self.posted = regex.compile(r"^[ \t]*(?i:posted|uploaded|submitted|shared|published)\b[^\n]{0,40}?[ \t](?i:by)"
                                    r"[ \t]+(?P<name>(?=[\w.-]*\p{Ll})[\p{Ll}\d_][\w.-]{2,39})[ \t]*$")
        self.uploaded = regex.compile(rf"^[ \t]*(?:{phrases(labels)})[ \t]*:?[ \t]*"
                                      r"(?P<name>(?=[\w.-]*\p{L})\w[\w.-]{2,39})[ \t]*$") if labels else None
        self.not_names = no_name_words(rules)

    def find(self, segments: Sequence[Segment], english: Container[str]) -> list[Detection]:
        out = []
        for segment in segments:
            text = segment.text
            found = [m for m in _AT_HANDLE.finditer(text) if self._named(m.group("name"))] if "@" in text else []
            why = "a handle whose words are a person's name"
            out += [Detection(segment.id, *m.span("name"), m.group("name"), Kind.PERSON, SCORE, HANDLE, why)
                    for m in found]
            m = self.uploaded.match(text) if self.uploaded is not None else None
            m = m or self.posted.match(text)
            if m and m.group("name").lower() not in self.site_users \
                    and (m.group("name").lower() not in english or self._named(m.group("name"))):
                out.append(Detection(segment.id, *m.span("name"), m.group("name"), Kind.PERSON, SCORE, HANDLE,
                                     "a user name alone after an upload label"))
        return out

    def _named(self, handle: str) -> bool:
        """Its words hold a listed first name or surname of three letters or more, and no agency's,
        job's or body's word, nor a place ("PaulByrne", "sarah_jones88"; not "MerseyPolice")."""
        parts = _PARTS.findall(handle)
        v = self.vocabulary
        return any(len(p) > 2 and (v.in_first_names(p.title()) or v.in_surnames(p.title())) for p in parts) \
            and not any(p.lower() in self.not_names or v.in_places(p) for p in parts)
