"""A dependency scorer that gives right figures when some documents carry no trees.

spaCy 3.8's ``Scorer.score_deps`` keeps one set of missing token indices across
all examples, so a document without trees (a CoNLL NER document in our joint
training) hides the same positions in every later document and LAS reads 0.
Scoring only the documents that carry trees avoids it.
"""

from __future__ import annotations

from spacy.pipeline.dep_parser import parser_score
from spacy.util import registry


def _score_parsed_only(examples, **kwargs):
    return parser_score([eg for eg in examples if eg.reference.has_annotation("DEP")], **kwargs)


@registry.scorers("storyline.parser_scorer.v1")
def make_parser_scorer():
    return _score_parsed_only
