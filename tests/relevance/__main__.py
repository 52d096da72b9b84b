"""``python -m tests.relevance``: print the relevance table of the judged queries."""

from tests.relevance.harness import run

print(run()[1])
