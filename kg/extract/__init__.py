"""Entity extraction: papers in, :class:`kg.model.DocExtraction` out.

:func:`extract_papers` runs kg's spaCy pipeline (:func:`build_nlp`) over a
stream of papers and yields one extraction per paper, in input order. Offsets
index ``paper.text`` (title, blank line, abstract). Relations come from
:mod:`kg.extract.relations` when it is installed.
"""

from __future__ import annotations

import importlib.util
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from spacy.attrs import IDX, SENT_START

from kg.extract.candidates import doc_text
from kg.extract.brackets import cut_unbalanced
from kg.extract.definitions import apply_definitions
from kg.extract.generic import drop_generic_phrases
from kg.extract.edges import mend_edges
from kg.extract.markup import mask_markup
from kg.gcpause import gc_paused
from kg.model import DocExtraction, Mention, Paper

__all__ = ["extract_papers", "extract_text", "doc_to_extraction", "build_nlp", "EXTRACTOR_VERSION",
           "extractor_cache_key"]

#: bump whenever a rule changes what is extracted (part of the extraction cache key)
EXTRACTOR_VERSION = "42"


def build_nlp(*, lexicon_path=None):
    """kg's spaCy pipeline (see :func:`kg.extract.pipeline.build_nlp`)."""
    from kg.extract.pipeline import build_nlp as _build

    return _build(lexicon_path=lexicon_path)


def extractor_cache_key() -> str:
    """``EXTRACTOR_VERSION`` plus the lexicon version: changes when output may change."""
    try:
        from kg.extract.lexicon import lexicon_version

        lex = lexicon_version()
    except (ImportError, OSError):
        lex = "nolexicon"
    return f"{EXTRACTOR_VERSION}-{lex}"


_relations_fn: Callable | None = None
_relations_checked = False


def _relations() -> Callable | None:
    global _relations_fn, _relations_checked
    if not _relations_checked:
        _relations_checked = True
        if importlib.util.find_spec("kg.extract.relations") is not None:
            from kg.extract.relations import extract_relations

            _relations_fn = extract_relations
    return _relations_fn


def _sentences(doc) -> list[tuple[int, int]]:
    """Sentence character spans; a newline always ends a sentence (the title is one)."""
    text = doc_text(doc)
    if not len(doc):
        return [(0, len(text))]
    arr = doc.to_array([SENT_START, IDX])
    return _sentence_spans(text, [int(idx) for flag, idx in arr.tolist() if flag == 1])


def _sentence_spans(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """Sentence spans from the sentence start characters (``starts`` is changed)."""
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    bounds = starts[1:] + [len(text)]
    out: list[tuple[int, int]] = []
    find = text.find
    for s, e in zip(starts, bounds):
        k = find("\n", s, e)
        while k != -1:
            span = _strip(text, s, k)
            if span[0] < span[1]:  # (not blank; no copy of the sentence to test it)
                out.append(span)
            s = k + 1
            k = find("\n", s, e)
        # _strip(text, s, e), inlined (a dozen sentences per abstract, most of them one piece)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out or [(0, len(text))]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """``text[s:e]`` without its leading and trailing whitespace, as offsets (empty when blank)."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


def doc_to_extraction(doc, paper_id: str, *, relations: bool = True, original: str | None = None,
                      aliases: dict[str, str] | None = None) -> DocExtraction:
    """A :class:`DocExtraction` from a Doc processed by kg's pipeline (``relations=False``: mentions only).

    ``original``: the text before :func:`~kg.extract.markup.mask_markup` when the Doc
    was made from the masked text (same length; the extraction then carries it).
    ``aliases``: the resolver's lexicon alias map (``nlp.get_pipe("kg_resolve").aliases``),
    which :func:`~kg.extract.definitions.apply_definitions` reads.
    """
    text = doc_text(doc)
    sources = doc._.kg_sources or []
    labels = doc._.kg_labels or []
    final = []
    for i, sp in enumerate(doc.spans.get("kg", [])):
        s, e = sp.start_char, sp.end_char
        final.append((s, e, sp.label_, sp.kb_id_, sources[i] if i < len(sources) else "",
                      labels[i] if i < len(labels) else text[s:e]))
    return _extraction(paper_id, text, _sentences(doc), final, relations=relations, original=original,
                       aliases=aliases)


def _extraction(paper_id: str, text: str, sentences: list[tuple[int, int]], final: list[tuple], *,
                relations: bool = True, original: str | None = None,
                aliases: dict[str, str] | None = None) -> DocExtraction:
    """A :class:`DocExtraction` from ``(start, end, type, entity id, source, label)`` mentions.

    ``text`` is what was analysed; ``original`` (same length), when given, is the
    paper's own text, which the extraction carries and mention texts quote. Names are
    cut before an unbalanced bracket (:mod:`kg.extract.brackets`), their edges mended
    (:mod:`kg.extract.edges`: "NeRF-", "ROUGE-L.", "-Bench"), generic qualifiers cut
    from descriptive phrases (:mod:`kg.extract.generic`) and the paper's own acronym
    definitions applied (:mod:`kg.extract.definitions`) first.
    """
    final = cut_unbalanced(text, final, aliases)
    final = apply_definitions(text, drop_generic_phrases(text, mend_edges(text, final, aliases), aliases), aliases)
    quoted = text if original is None else original
    starts = [s for s, _ in sentences]
    # positional: Mention(start, end, text, type, entity_id, label, sentence, source); the sentence
    # is the last one starting at or before s, else the first (bisect from 1: no max() per mention)
    mentions = [Mention(s, e, quoted[s:e], t, eid, label, bisect_right(starts, s, 1) - 1, src)
                for s, e, t, eid, src, label in final]
    ex = DocExtraction(paper_id=paper_id, text=text, sentences=sentences, mentions=mentions)
    rel = _relations() if relations else None
    if rel is not None and mentions:
        ex.relations, ex.results = rel(ex)  # cues read the analysed (markup-free) text
    ex.text = quoted
    return ex


_NLP = None


def _default_nlp():
    global _NLP
    if _NLP is None:
        _NLP = build_nlp()
    return _NLP


def extract_text(text: str, paper_id: str = "doc", *, nlp=None) -> DocExtraction:
    """Extract from one string (offsets index ``text``).

    Examples
    --------
    >>> ex = extract_text("We evaluate GPT-4o on the GSM8K benchmark.")
    >>> [(m.text, m.type, m.label) for m in ex.mentions]
    [('GPT-4o', 'Model', 'GPT-4o'), ('GSM8K benchmark', 'Benchmark', 'GSM8K')]
    """
    return _extract_texts([(paper_id, text)], nlp or _default_nlp(), 1)[0]


def _fast(nlp):
    """kg's pipeline as function calls (:mod:`kg.extract.fast`) when ``nlp`` is kg's own pipeline.

    Built per batch (a few microseconds), so no module state keeps a pipeline alive.
    """
    from kg.extract.fast import FastPipeline

    return FastPipeline(nlp) if FastPipeline.supports(nlp) else None


def _extract_texts(items: list[tuple[str, str]], nlp, batch_size: int, relations: bool = True) -> list[DocExtraction]:
    """The extraction of each ``(paper id, text)`` of ``items``, in order (see :func:`_iter_extractions`)."""
    return list(_iter_extractions(items, nlp, batch_size, relations))


def _iter_extractions(items: list[tuple[str, str]], nlp, batch_size: int,
                      relations: bool = True) -> Iterator[DocExtraction]:
    """The extraction of each ``(paper id, text)`` of ``items``, in order, each made when asked for.

    The pipeline runs over the whole batch with the cyclic collector paused; each
    :class:`DocExtraction` is then built when the caller asks for it, under the caller's
    collector. Built all at once inside the pause (as before), the batch's extractions
    (~25 tracked objects each) were all young when the collector came back: the next
    collection scanned them and promoted them, and the promoted ones brought on full
    collections (~90 ms over everything the process holds, about one per 10,000 abstracts).
    A caller that drops each extraction (``kg extract`` writes it out) now leaves the
    collector almost nothing to scan (over 10,000 abstracts: ~4 µs per abstract instead of
    ~20). One that keeps them all gets them scanned as before, in more, smaller collections
    (one such run: 48 µs per abstract instead of 21, a second full collection, and the same
    total time); ``kg build`` pauses the collector itself.
    """
    fast = _fast(nlp)
    aliases = nlp.get_pipe("kg_resolve").aliases if "kg_resolve" in nlp.pipe_names else None
    masked = [mask_markup(text) for _, text in items]  # analysed; each extraction carries the original
    if fast is not None:
        with gc_paused():
            results = fast.pipe(masked)
        for (pid, text), m, (sent_chars, final) in zip(items, masked, results):
            sentences = _sentence_spans(m, sent_chars) if sent_chars else [(0, len(text))]
            yield _extraction(pid, m, sentences, final, relations=relations,
                              original=None if m is text else text, aliases=aliases)
        return
    for (pid, t), m, doc in zip(items, masked, nlp.pipe(masked, batch_size=batch_size)):
        yield doc_to_extraction(doc, pid, relations=relations, original=None if m is t else t, aliases=aliases)


# -- worker processes ---------------------------------------------------------
_WORKER_NLP = None


def _worker_init(lexicon_path) -> None:
    global _WORKER_NLP
    _WORKER_NLP = build_nlp(lexicon_path=lexicon_path)


def _worker_run(args) -> list[dict]:
    items, batch_size, relations = args
    return [ex.to_dict() for ex in _extract_texts(items, _WORKER_NLP, batch_size, relations)]


def _chunks(papers: Iterable[Paper], size: int) -> Iterator[list[tuple[str, str]]]:
    it = iter(papers)
    while True:
        chunk = [(p.id, p.text) for p in islice(it, size)]
        if not chunk:
            return
        yield chunk


def extract_papers(
    papers: Iterable[Paper],
    *,
    nlp=None,
    batch_size: int = 512,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    lexicon_path=None,
    relations: bool = True,
) -> Iterator[DocExtraction]:
    """Extract entities (and relations, when available) from each paper, in input order.

    Parameters
    ----------
    papers : iterable of Paper
        Read lazily.
    nlp : spacy.Language, optional
        A pipeline from :func:`build_nlp`; built once and reused when omitted.
    batch_size : int
        Texts per ``nlp.pipe`` batch (and per chunk sent to a worker). kg's own pipeline
        runs each stage over a whole batch before the next stage
        (:meth:`kg.extract.fast.FastPipeline.pipe`), and costs less per text in bigger
        batches: 512 instead of 256 took ~4% less CPU time per unseen abstract.
    workers : int
        Processes; ``1`` runs in this process. Workers are started with
        ``spawn`` and each builds its own pipeline (``nlp`` is then ignored).
    progress : callable, optional
        Called with the number of papers done since the last call.
    relations : bool
        Also extract relations and results (``kg build`` needs them); ``False``
        skips that work when only entities are wanted (``kg extract``).

    Yields
    ------
    DocExtraction
        ``text[m.start:m.end] == m.text`` for every mention.

    Notes
    -----
    When ``nlp`` is kg's own pipeline (:func:`build_nlp`), only its tokenizer runs
    through spaCy; the components run as plain functions on token arrays
    (:mod:`kg.extract.fast`), with the same output as ``nlp.pipe`` at about half
    the cost. Any other pipeline runs through ``nlp.pipe``.
    """
    if workers <= 1:
        nlp = nlp or (_default_nlp() if lexicon_path is None else build_nlp(lexicon_path=lexicon_path))
        for chunk in _chunks(papers, batch_size):
            yield from _iter_extractions(chunk, nlp, batch_size, relations)
            if progress is not None:
                progress(len(chunk))
        return
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_worker_init, initargs=(lexicon_path,)) as pool:
        jobs = ((chunk, batch_size, relations) for chunk in _chunks(papers, batch_size))
        for result in pool.imap(_worker_run, jobs):
            for d in result:
                yield DocExtraction.from_dict(d)
            if progress is not None:
                progress(len(result))
