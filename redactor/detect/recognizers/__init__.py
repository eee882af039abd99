"""Recognizers of our own, each a Presidio recognizer in a file of its own."""
