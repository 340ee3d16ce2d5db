"""Build kg's spaCy pipeline: ``spacy.blank("en")`` plus kg's rule components.

Order (each component reads the text and earlier ``doc.spans`` keys):

``sentencizer`` → ``kg_lexicon`` (curated names, :mod:`kg.extract.lexicon`) →
``kg_patterns`` (shapes and cues) → ``kg_phrases`` (Task/Method noun phrases) →
``kg_abbrev`` (Schwartz & Hearst pairs) → ``kg_resolve`` (final
``doc.spans["kg"]``).

No model download is needed; all matching is regular expressions, dictionary
look-ups and the lexicon's Aho-Corasick automaton.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

import spacy
from spacy.language import Language

# importing registers the factories
from kg.extract import abbrev as _abbrev  # noqa: F401
from kg.extract import patterns as _patterns  # noqa: F401
from kg.extract import phrases as _phrases  # noqa: F401
from kg.extract import resolve as _resolve  # noqa: F401
from kg.extract.normalize import norm_key

__all__ = ["build_nlp", "has_lexicon", "COMPONENTS"]

#: kg's components in pipeline order (kg_lexicon only when its module exists)
COMPONENTS = ("kg_lexicon", "kg_patterns", "kg_phrases", "kg_abbrev", "kg_resolve")


def has_lexicon() -> bool:
    """Whether :mod:`kg.extract.lexicon` is installed (it ships the ``kg_lexicon`` factory)."""
    return importlib.util.find_spec("kg.extract.lexicon") is not None


def _alias_table(entries) -> dict[str, str]:
    """``norm_key(alias) -> canonical name`` from the lexicon entries (:func:`kg.extract.lexicon.load_lexicon`)."""
    if isinstance(entries, dict):
        entries = entries.values()
    table: dict[str, str] = {}
    for e in entries:
        name = e.get("name") if isinstance(e, dict) else getattr(e, "name", None)
        aliases = e.get("aliases", []) if isinstance(e, dict) else getattr(e, "aliases", [])
        if not name:
            continue
        for a in [name, *(aliases or [])]:
            if "@" in a:
                continue  # the key drops the "@": "R@1" would fold "R1" (DeepSeek-R1) into Recall@K
            k = norm_key(a)
            if len(k) >= 2:
                table.setdefault(k, name)
    return table


#: extra suffix rules: a sentence-final "." after "8K", "13B", "4V", "MATH" or "ViT" is its
#: own token (spaCy's English rules keep it attached after an upper-case letter, so
#: "GSM8K.", "MATH.", "ViT." or "CogVideoX." at the end of a sentence could not be matched,
#: ended no sentence, and put the period into the mention's text); "U.S." and "Ph.D." keep theirs
EXTRA_SUFFIXES = (r"(?<=[0-9][A-Za-z])\.", r"(?<=[A-Z]{2})\.", r"(?<=[a-z][A-Z])\.")


#: extra infix rule: a bracket glued to the word before a short form is its own token,
#: "Neural Radiance Fields(BARF)" or "language models(MLLMs)" (spaCy splits off only the
#: closing bracket, so "Fields(BARF" was one token, no span could hold the short form and the
#: pair was lost); the bracket must hold one name of capitals, digits and hyphens up to the
#: word's end (the closing bracket is a suffix by then), after two lower-case letters, so
#: "O(NlogN)", "BigO(Bench)" and "f(x)" stay whole
EXTRA_INFIXES = (r"(?<=[a-z]{2})\((?=[A-Z][A-Za-z0-9-]*$)",)


#: chunks the tokenizer memoizes (spaCy's default is 10,000, filled by the first few hundred
#: abstracts and never evicted): with 200,000, unseen arXiv abstracts tokenize in ~0.14 ms
#: instead of ~0.31 ms once ~25,000 have been seen; the cache holds at most a few tens of MB
#: and changes no output (it only memoizes)
TOKENIZER_CACHE_SIZE = 200_000


def split_final_periods(nlp: Language) -> None:
    """Add :data:`EXTRA_SUFFIXES` to ``nlp``'s tokenizer.

    >>> nlp = spacy.blank("en"); split_final_periods(nlp)
    >>> [t.text for t in nlp("evaluated on MATH. Vicuna-13B. It uses ViT. In the U.S.")]
    ['evaluated', 'on', 'MATH', '.', 'Vicuna-13B', '.', 'It', 'uses', 'ViT', '.', 'In', 'the', 'U.S.']
    """
    suffixes = list(nlp.Defaults.suffixes) + list(EXTRA_SUFFIXES)
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def split_glued_brackets(nlp: Language) -> None:
    """Add :data:`EXTRA_INFIXES` to ``nlp``'s tokenizer.

    >>> nlp = spacy.blank("en"); split_glued_brackets(nlp)
    >>> [t.text for t in nlp("Radiance Fields(BARF) and O(NlogN) in f(x).")]
    ['Radiance', 'Fields', '(', 'BARF', ')', 'and', 'O(NlogN', ')', 'in', 'f(x', ')', '.']
    """
    infixes = list(nlp.Defaults.infixes) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def build_nlp(*, lexicon_path: str | Path | None = None) -> Language:
    """kg's extraction pipeline on ``spacy.blank("en")``, initialised and ready.

    Parameters
    ----------
    lexicon_path : path, optional
        A lexicon JSONL file instead of the bundled ``kg/data/lexicon.jsonl``.

    Returns
    -------
    spacy.Language
        Final mentions are in ``doc.spans["kg"]``.

    Examples
    --------
    >>> nlp = build_nlp()
    >>> doc = nlp("We fine-tune Llama3-8b-instruct with Low-Rank Adaptation (LoRA).")
    >>> [(s.text, s.label_) for s in doc.spans["kg"]]
    [('Llama3-8b-instruct', 'Model'), ('Low-Rank Adaptation', 'Method'), ('LoRA', 'Method')]
    """
    nlp = spacy.blank("en")
    # no parser or NER: memory grows linearly with text length, so a 5 MB abstract is fine
    nlp.max_length = 100_000_000
    split_final_periods(nlp)
    split_glued_brackets(nlp)
    if hasattr(nlp.tokenizer, "max_cache_size"):
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
    nlp.add_pipe("sentencizer")
    lexicon = has_lexicon()
    if lexicon:
        import kg.extract.lexicon  # noqa: F401  (registers "kg_lexicon")

        nlp.add_pipe("kg_lexicon")
    nlp.add_pipe("kg_patterns")
    nlp.add_pipe("kg_phrases")
    nlp.add_pipe("kg_abbrev")
    nlp.add_pipe("kg_resolve")
    spacy_logger = logging.getLogger("spacy")
    level = spacy_logger.level
    spacy_logger.setLevel(logging.WARNING)  # "Created vocabulary" is noise for kg users
    try:
        # the lexicon is read once, for the matcher and the resolver's aliases (it loaded
        # the shipped one itself, and the aliases read the file again: ~0.05 s each)
        with nlp.select_pipes(disable=["kg_lexicon"] if lexicon else []):
            nlp.initialize()
    finally:
        spacy_logger.setLevel(level)
    if lexicon:
        from kg.extract.lexicon import load_lexicon

        entries = load_lexicon(lexicon_path)
        nlp.get_pipe("kg_lexicon").initialize(nlp=nlp, entries=entries)
    nlp.get_pipe("kg_resolve").aliases = _alias_table(entries) if lexicon else None
    return nlp
