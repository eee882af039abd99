"""One error type whose message is the one line a user sees. Messages never quote
document content: they name the file, the part and what is wrong."""


class RedactorError(Exception):
    """A problem with the input or the request, reported without a traceback."""
