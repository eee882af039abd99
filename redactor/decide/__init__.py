"""Decisions: pure functions from detections to one replacement per person and
one change per span. Nothing here imports spaCy, Presidio or a file format."""
