"""Search text <-> query trees (no SQL here).

``parser`` reads the query language; ``understanding`` turns free text into its structured terms
(kinds, places, services... in three languages, typos, relaxation); ``lexicon`` holds the tables
it recognises words with (``data/reference/search_terms.csv``); ``expansion`` widens free text to
synonyms and place spellings and resolves ``near:`` places; ``facet_edit`` / ``map_edit`` turn
clicks into query edits. The database layer is handed in (callables, protocols), never imported.
"""
