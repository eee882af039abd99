"""Synthetic, seeded Domestic Homicide Review (IMR) documents with gold annotations.

``generator`` writes cases (.txt, .docx, gold .json in the dhr-dev format plus a
``mentions`` list of every recorded span); ``scoring`` scores a redacted output and
explains each failure with the sentence it came from."""
