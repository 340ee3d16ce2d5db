"""kg's pipeline as plain function calls over the tokenizer's output.

:func:`kg.extract.extract_papers` uses this path when ``nlp`` is kg's own
pipeline (:func:`kg.extract.pipeline.build_nlp`). It runs the same pure
functions the components run (:func:`kg.extract.patterns.find_patterns`,
:func:`kg.extract.phrases.find_phrases`,
:func:`kg.extract.abbrev.abbreviation_spans`,
:meth:`kg.extract.lexicon.LexiconMatcher.token_spans`,
:func:`kg.extract.resolve.resolve_spans`), in the same order, on one
:class:`kg.extract.tokens.Tokens` view per Doc, and never creates a spaCy
``Token`` or ``Span``: the output is identical to the component path
(``doc_to_extraction(nlp(text))``; tested), at a fraction of the cost.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Sentencizer

from kg.extract.abbrev import AbbreviationDetector, abbreviation_spans
from kg.extract.candidates import align
from kg.extract.patterns import PatternMatcher, find_patterns
from kg.extract.phrases import PhraseChunker, find_phrases
from kg.extract.resolve import Resolver, final_mentions, resolve_spans
from kg.extract.tokens import Tokens, sentence_starts

__all__ = ["FastPipeline"]

_DEFAULT_KEYS = {"kg_lexicon": "kg_lexicon", "kg_patterns": "kg_patterns", "kg_phrases": "kg_phrases",
                 "kg_abbrev": "kg_abbrev", "kg_resolve": "kg"}


class FastPipeline:
    """The components of a kg pipeline, called as functions (see the module docstring)."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.punct_chars = frozenset(nlp.get_pipe("sentencizer").punct_chars)
        self.lexicon = nlp.get_pipe("kg_lexicon") if "kg_lexicon" in nlp.pipe_names else None
        self.find_uses = nlp.get_pipe("kg_abbrev").find_uses
        self.resolver = nlp.get_pipe("kg_resolve")

    @staticmethod
    def supports(nlp: Language) -> bool:
        """Whether ``nlp`` is exactly kg's pipeline (names, classes, default span keys)."""
        names = list(nlp.pipe_names)
        kg = ["kg_patterns", "kg_phrases", "kg_abbrev", "kg_resolve"]
        if names not in (["sentencizer", "kg_lexicon", *kg], ["sentencizer", *kg]):
            return False
        classes = {"sentencizer": Sentencizer, "kg_patterns": PatternMatcher, "kg_phrases": PhraseChunker,
                   "kg_abbrev": AbbreviationDetector, "kg_resolve": Resolver}
        if "kg_lexicon" in names:
            from kg.extract.lexicon import LexiconMatcher

            classes["kg_lexicon"] = LexiconMatcher
        for name in names:
            pipe = nlp.get_pipe(name)
            if type(pipe) is not classes[name]:
                return False
            if name != "sentencizer" and getattr(pipe, "spans_key", None) != _DEFAULT_KEYS[name]:
                return False
        return True

    def __call__(self, text: str):
        """``(text, sentence start chars, final mentions as char spans)`` for one text.

        Mentions are ``(start char, end char, type, entity id, source, label)``.
        """
        doc = self.nlp.make_doc(text)
        toks = Tokens.from_doc(doc, text)
        chars = toks.chars
        spans = {}
        if self.lexicon is not None:
            spans["kg_lexicon"] = [(*chars(s, e), t, k) for s, e, t, k in self.lexicon.token_spans(toks)]
        k = text.find("\n\n")
        title_end = k if 0 < k < 400 else None
        spans["kg_patterns"] = [(*chars(s, e), t, r) for s, e, t, r in align(toks, find_patterns(text, title_end))]
        spans["kg_phrases"] = [(*chars(s, e), t, r) for s, e, t, r in align(toks, find_phrases(text))]
        abbr, pairs = abbreviation_spans(toks, find_uses=self.find_uses)
        spans["kg_abbrev"] = [(*chars(s, e), t, r) for s, e, t, r in abbr]
        taken = resolve_spans(toks, spans, pairs, lexicon_aliases=self.resolver.aliases)
        final = [(*chars(s, e), t, eid, src, label) for s, e, t, eid, src, label in final_mentions(toks, taken)]
        starts = toks.starts
        sent_chars = [starts[i] for i in sentence_starts(toks, self.punct_chars)]
        return sent_chars, final
