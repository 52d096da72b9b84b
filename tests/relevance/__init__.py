"""Search relevance harness: judged queries scored by R-precision (``python -m tests.relevance``)."""
