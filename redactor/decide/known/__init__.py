"""Known names never survive: after a document is planned, every written form of every
person the case or the document knows is looked for in the planned output, and each one
still there is replaced as the same person; the rendered output is verified last.

    forms.py    the known forms and an index that finds them in any written form
    reading.py  a lone first name or surname that is also a month, day, place or word
    audit.py    the changes that replace what survives, and the final verification
"""
