"""Numeric consistency: figures as intervals, bound to what they count, checked by relations.

``interval`` (Decimal intervals), ``numerals`` (Chinese numerals), ``extract`` (quantities in
text), ``bind`` (clauses, sentences and labels), ``relations`` and ``lists`` (the relation
evaluators the ``numeric`` checks run). ``lint.numbers`` is the public facade.
"""
