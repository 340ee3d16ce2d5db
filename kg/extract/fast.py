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

The texts are tokenized by a copy of ``nlp.tokenizer`` (same rules, prefixes,
suffixes, infixes and special cases, so the same token boundaries) on a vocab of
its own that computes only what the components read (:func:`lean_tokenizer`): with
a lexicon, one number per lexeme that holds both the lexicon's token code and
``IS_PUNCT`` (:class:`LexemeCodes`), so the lexicon reads a text's codes with one
numpy look-up instead of a dict look-up per token; without one, ``LOWER`` and
``IS_PUNCT``. spaCy computes ~20 attributes for every word it sees for the first
time (shape, stop word, like_num, ...): a tenth of the tokenizer's time on unseen
abstracts. ``nlp`` and its vocab are not touched, so users of ``nlp`` see no difference.

Two of the tokenizer's regular expressions are tried on every word it has not
cached, and match almost none of them: the infix pattern (hyphens, slashes, dots
between letters) and the URL pattern. Every match of either consumes one of a few
characters (``-.,:/<>=~+*^``, symbols, dashes; a URL needs a "."), read off the
pattern by :func:`required_chars`; the copy calls them only on words that hold one
(:func:`_guarded`). The suffix pattern (~80 alternatives, each ending in ``$``) is
searched at every position of each such word, ~0.07 ms per abstract; a match ends
with the word, so only the alternatives that can end with its last character are
tried (:func:`suffix_by_last_char`; the prefix pattern likewise by the first character,
:func:`prefix_by_first_char`). Together, about a third of the tokenizer's time. On an
ASCII word (almost all of them) the patterns run as :func:`ascii_twin`: the same pattern
with its character classes of hundreds of Unicode ranges cut to their ASCII members, which
``re`` tests at once instead of range by range (~8% of the tokenizer's time).
"""

from __future__ import annotations

import re
import weakref

import ahocorasick

try:  # the parser and compiler behind re.compile (private modules; moved in Python 3.11)
    import re._compiler as _sre_compile
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_compile as _sre_compile
    import sre_parse as _sre_parse

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, LOWER, SHAPE
from spacy.lang.lex_attrs import is_punct as _spacy_is_punct, lower as _spacy_lower
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

from kg.extract.abbrev import AbbreviationDetector, abbreviation_spans
from kg.extract.candidates import align_chars
from kg.extract.patterns import PatternMatcher, find_patterns, trigger_families
from kg.extract.phrases import _ASCII_LETTERS, _HEADS, _LOWER_WORD, PhraseChunker, find_phrases
from kg.extract.resolve import Resolver, final_mention_chars, resolve_spans
from kg.extract.tokens import Tokens, offsets, sentence_starts

__all__ = ["FastPipeline", "LexemeCodes", "lean_tokenizer", "required_chars", "suffix_by_last_char", "prefix_by_first_char",
           "infix_from_first_chars", "scan_words", "ascii_twin"]

#: chunks (space-separated strings) whose tokens the lean tokenizer caches. spaCy's default,
#: 10,000, is full after ~1,500 abstracts and then caches nothing more: the words that are frequent
#: later miss (0.29 ms per abstract with 10,000, 0.15-0.21 ms with 100,000, on 10,000 abstracts).
#: spaCy before 3.8 cached without a bound; the cache does not change the tokens.
LEAN_CACHE_SIZE = 100_000

#: nlp -> (the settings its lean tokenizer was copied from, that tokenizer); one per pipeline, kept
#: across batches (its vocab caches the lexemes seen so far), dropped with the pipeline
_LEAN: "weakref.WeakKeyDictionary[Language, tuple]" = weakref.WeakKeyDictionary()


def lean_tokenizer(nlp: Language, codes: "LexemeCodes | None" = None) -> Tokenizer | None:
    """A copy of ``nlp.tokenizer`` whose vocab computes only ``LOWER`` and ``IS_PUNCT``.

    Same token boundaries as ``nlp.tokenizer`` (it is built from the same rules and
    affix patterns, and is rebuilt when they change), with ``LOWER`` and ``IS_PUNCT``
    computed by ``nlp``'s own getters; every other lexeme attribute is left at its
    default. With ``codes`` (:class:`LexemeCodes`), the vocab computes the one number
    ``codes`` stores instead (it holds both). Its chunk cache holds up to
    :data:`LEAN_CACHE_SIZE` entries. None when ``nlp.tokenizer`` is not a plain spaCy
    ``Tokenizer``.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> lean = lean_tokenizer(nlp)
    >>> text = "GPT-4o beats Llama-3 (e.g. on MATH)."
    >>> [t.text for t in lean(text)] == [t.text for t in nlp(text)]
    True
    >>> lean_tokenizer(nlp) is lean
    True
    """
    tok = nlp.tokenizer
    getters = nlp.vocab.lex_attr_getters or {}
    if type(tok) is not Tokenizer or LOWER not in getters or IS_PUNCT not in getters:
        return None
    settings = (tok, tok.prefix_search, tok.suffix_search, tok.infix_finditer, tok.token_match, tok.url_match,
                tok.faster_heuristics, getattr(tok, "max_cache_size", None), getters[LOWER], getters[IS_PUNCT],
                dict(tok.rules or {}), codes)
    got = _LEAN.get(nlp)
    if got is not None and got[0] == settings:
        return got[1]
    if codes is None:
        lex_attrs = {LOWER: getters[LOWER], IS_PUNCT: getters[IS_PUNCT]}
    else:  # (both are in the coded number: nothing else reads these Docs)
        lex_attrs = {codes.ATTR: codes.getter()}
    vocab = Vocab(lex_attr_getters=lex_attrs)
    lean = Tokenizer(vocab, rules=dict(tok.rules or {}), prefix_search=prefix_by_first_char(tok.prefix_search),
                     suffix_search=suffix_by_last_char(tok.suffix_search),
                     infix_finditer=infix_from_first_chars(tok.infix_finditer),
                     token_match=tok.token_match, url_match=_guarded(tok.url_match, None),
                     faster_heuristics=tok.faster_heuristics)
    if settings[7] is not None:  # spaCy >= 3.8 bounds the chunk cache (before, it was unbounded)
        lean.max_cache_size = max(settings[7], LEAN_CACHE_SIZE)
    _LEAN[nlp] = (settings, lean)
    return lean


def required_chars(rx: re.Pattern) -> re.Pattern | None:
    """A character class such that every match of ``rx`` consumes one of its characters.

    Read off the parsed pattern: a sequence needs what any one of its mandatory items
    needs (the smallest such set is kept), a literal needs itself, a class its
    characters, an alternation the union of what its branches need, a group or a
    repeat of at least one what its content needs. Look-arounds, anchors and optional
    items need nothing. None when the pattern needs no particular character, ignores
    case, or uses a construct this reading does not know (a category such as
    ``\\w``, a negated class, a back-reference): then nothing can be skipped.

    Examples
    --------
    >>> need = required_chars(re.compile(r"(?<=[a-z])[-~](?=[a-z])|[.][.]+"))
    >>> [c for c in "a-b.c~d e" if need.match(c)]
    ['-', '.', '~']
    >>> required_chars(re.compile("[^a]")) is None, required_chars(re.compile("a?")) is None
    (True, True)
    """
    if rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return None
    try:
        ranges = _needs(_sre_parse.parse(rx.pattern, rx.flags))
    except Exception:  # an unknown node shape: no shortcut
        return None
    if not ranges:
        return None
    return _char_class(ranges)


def _char_class(ranges) -> re.Pattern:
    """A compiled character class of ``(lo, hi)`` code point ranges."""
    return re.compile("[" + "".join(f"\\x{lo:02x}" if lo == hi and lo < 256 else
                                    f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}"
                                    for lo, hi in sorted(ranges)) + "]")


def _needs(seq) -> frozenset | None:
    """:func:`required_chars` of a parsed sequence, as ``(lo, hi)`` code point ranges."""
    best = None
    for op, av in seq:
        got = _node_needs(op, av)
        if got is not None and (best is None or _size(got) < _size(best)):
            best = got
    return best


def _size(ranges: frozenset) -> int:
    return sum(hi - lo + 1 for lo, hi in ranges)


_OP = {name: getattr(_sre_parse, name, None) for name in (
    "LITERAL", "IN", "RANGE", "SUBPATTERN", "ATOMIC_GROUP", "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT", "BRANCH",
    "AT", "AT_END", "AT_END_STRING", "AT_BEGINNING", "AT_BEGINNING_STRING", "ASSERT", "ASSERT_NOT", "NEGATE",
    "CATEGORY", "NOT_LITERAL", "ANY", "GROUPREF")}
_REPEATS = (_OP["MAX_REPEAT"], _OP["MIN_REPEAT"], _OP["POSSESSIVE_REPEAT"])
#: nodes ascii_twin keeps as they are (a non-ASCII literal matches no ASCII character either way)
_ASCII_LEAVES = (_OP["LITERAL"], _OP["NOT_LITERAL"], _OP["ANY"], _OP["AT"], _OP["GROUPREF"])


def _node_needs(op, av) -> frozenset | None:
    if op is _OP["LITERAL"]:
        return frozenset([(av, av)])
    if op is _OP["IN"]:
        out = set()
        for iop, iav in av:
            if iop is _OP["LITERAL"]:
                out.add((iav, iav))
            elif iop is _OP["RANGE"]:
                out.add((iav[0], iav[1]))
            else:  # NEGATE, CATEGORY (\\w, \\d, ...): unknown
                return None
        return frozenset(out)
    if op is _OP["SUBPATTERN"]:
        _group, add_flags, _del_flags, p = av
        return None if add_flags & re.IGNORECASE else _needs(p)
    if op is _OP["ATOMIC_GROUP"]:
        return _needs(av)
    if op in _REPEATS:
        lo, _hi, p = av
        return _needs(p) if lo >= 1 else None
    if op is _OP["BRANCH"]:
        out = set()
        for alt in av[1]:
            got = _needs(alt)
            if got is None:
                return None
            out |= got
        return frozenset(out)
    return None  # anchors, look-arounds, ANY, NOT_LITERAL, back-references: nothing known


def ascii_twin(rx: re.Pattern) -> re.Pattern | None:
    """``rx`` for ASCII strings: the same matches on every ASCII string, each character
    class cut to its ASCII members.

    spaCy's affix patterns test characters against classes of hundreds of Unicode
    ranges (letters of every script, symbols), mostly in look-arounds. ``re`` checks
    such a class range by range, so a character outside it (a digit after a hyphen,
    say) costs a scan of every range: ~1.4 µs per hyphenated word for the infix
    pattern, ~0.15 µs with the cut classes. On an ASCII string every character tested
    is ASCII, and an ASCII character is in a class exactly when it is in the class's
    ASCII part (negated classes likewise); a class left with no member gets one that no
    ASCII character is (``\\x80``). None when the pattern ignores case (a non-ASCII
    character can fold to an ASCII one: K, the Kelvin sign), is a bytes pattern, holds a
    construct this rewrite does not know, or does not compile.

    >>> rx = re.compile(r"(?<=[a-zé])-(?=[A-Zß0-9])")
    >>> twin = ascii_twin(rx)
    >>> [m.span() for m in twin.finditer("a-B e-9 x-y")] == [m.span() for m in rx.finditer("a-B e-9 x-y")]
    True
    """
    if not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE:
        return None
    try:
        tree = _sre_parse.parse(rx.pattern, rx.flags)
        _ascii_seq(tree)
        return _sre_compile.compile(tree, rx.flags)
    except Exception:  # an unknown node (or one that ignores case): no twin
        return None


def _ascii_seq(seq) -> None:
    """Cut the classes of a parsed sequence to ASCII, in place (raises on unknown nodes)."""
    seq.data = [(op, _ascii_node(op, av)) for op, av in seq.data]


def _ascii_node(op, av):
    if op is _OP["IN"]:
        items = []
        for iop, iav in av:
            if iop is _OP["LITERAL"]:
                if iav < 128:
                    items.append((iop, iav))
            elif iop is _OP["RANGE"]:
                if iav[0] < 128:
                    items.append((iop, (iav[0], min(iav[1], 127))))
            elif iop is _OP["NEGATE"] or iop is _OP["CATEGORY"]:
                items.append((iop, iav))  # (categories classify ASCII characters alike)
            else:
                raise ValueError(f"class item {iop}")
        if all(iop is _OP["NEGATE"] for iop, _ in items):
            items.append((_OP["LITERAL"], 0x80))
        return items
    if op in _ASCII_LEAVES:
        return av
    if op is _OP["SUBPATTERN"]:
        group, add_flags, del_flags, p = av
        if add_flags & re.IGNORECASE:
            raise ValueError("(?i) group")
        _ascii_seq(p)
        return av
    if op in _REPEATS:
        _ascii_seq(av[2])
        return av
    if op is _OP["BRANCH"]:
        for alt in av[1]:
            _ascii_seq(alt)
        return av
    if op is _OP["ASSERT"] or op is _OP["ASSERT_NOT"]:
        _ascii_seq(av[1])
        return av
    if op is _OP["ATOMIC_GROUP"]:
        _ascii_seq(av)
        return av
    raise ValueError(f"node {op}")


def _guarded(fn, no_match):
    """``fn`` (a compiled pattern's ``finditer`` or ``match``), skipped on a string it cannot match.

    Returns ``no_match`` (what ``fn`` gives when nothing matches, up to ``list()``) for a
    string holding none of :func:`required_chars` of the pattern; ``fn`` itself when
    the pattern is not a plain compiled one or needs no particular character.
    """
    rx = getattr(fn, "__self__", None)
    if not isinstance(rx, re.Pattern) or getattr(fn, "__name__", "") not in ("finditer", "match"):
        return fn
    need = required_chars(rx)
    if need is None:
        return fn
    twin, need_twin = ascii_twin(rx), ascii_twin(need)
    full = (need.search, fn)
    ascii_only = (need_twin.search, getattr(twin, fn.__name__)) if twin is not None and need_twin is not None else full

    def guarded(string, *args):
        search, run = ascii_only if string.isascii() else full
        if not args and search(string) is None:
            return no_match
        return run(string, *args)

    guarded.__wrapped__ = fn
    guarded.__doc__ = f"{rx.pattern[:40]!r}.{fn.__name__}, skipped on strings without {need.pattern[:40]}"
    return guarded


def infix_from_first_chars(fn):
    """``fn`` (an infix pattern's ``finditer``), tried only where a match can start.

    Every match of spaCy's infix pattern consumes one character first (a hyphen, slash,
    dot, comma, symbol ...; look-behinds consume nothing), so it can start only at such a
    character: ``rx.match`` is tried there alone (:func:`kg.extract.candidates.finditer_from`,
    the matches ``finditer`` finds), instead of the whole alternation at every position
    (~2 µs for a hyphenated word). A word without such a character has no match. Returns
    a list (spaCy calls ``list()`` on it); ``fn`` itself when the first characters cannot
    be read off the pattern (see :func:`required_chars`) or it can match the empty string.

    >>> import spacy
    >>> finditer = spacy.blank("en").tokenizer.infix_finditer
    >>> [m.span() for m in infix_from_first_chars(finditer)("GRPO-based/x")]
    [(4, 5), (10, 11)]
    """
    rx = getattr(fn, "__self__", None)
    if (not isinstance(rx, re.Pattern) or getattr(fn, "__name__", "") != "finditer" or not isinstance(rx.pattern, str)
            or rx.flags & re.IGNORECASE):
        return _guarded(fn, ())
    try:
        parsed = _sre_parse.parse(rx.pattern, rx.flags)
        first = _seq_edge(parsed, last=False) if parsed.getwidth()[0] >= 1 else None
    except Exception:
        first = None
    if not first:
        return _guarded(fn, ())
    first_rx = _char_class(first)
    twin, first_twin = ascii_twin(rx), ascii_twin(first_rx)
    full = (first_rx.finditer, rx.match)
    ascii_only = (first_twin.finditer, twin.match) if twin is not None and first_twin is not None else full

    def infix_finditer(string):
        out = []
        end = 0
        starts_of, match = ascii_only if string.isascii() else full
        for m in starts_of(string):
            p = m.start()
            if p >= end:
                got = match(string, p)
                if got is not None:
                    out.append(got)
                    end = got.end()
        return out

    infix_finditer.__wrapped__ = fn
    return infix_finditer


def _top_level_branches(src: str) -> list[str]:
    """``src`` cut at its top-level ``|`` (not inside a group, a class or after a backslash).

    >>> _top_level_branches(r"a$|(?:b|c)$|[|]$|\\|$")
    ['a$', '(?:b|c)$', '[|]$', '\\\\|$']
    """
    pieces, depth, in_class, start, i, n = [], 0, False, 0, 0, len(src)
    while i < n:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if src.startswith("^", i + 1):
                i += 1
            if src.startswith("]", i + 1):  # "[]" and "[^]" open with a literal "]"
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            pieces.append(src[start:i])
            start = i + 1
        i += 1
    pieces.append(src[start:])
    return pieces


def _edge_chars(piece: str, flags: int, last: bool) -> frozenset | None:
    """The characters a match of ``piece`` can end with (``last``) or start with, when it is
    anchored there (``...$`` or ``^...``), as ``(lo, hi)`` ranges; None when unknown (the
    piece is then always tried)."""
    seq = list(_sre_parse.parse(piece, flags))
    anchors = (_OP["AT_END"], _OP["AT_END_STRING"]) if last else (_OP["AT_BEGINNING"], _OP["AT_BEGINNING_STRING"])
    edge = seq[-1] if last else seq[0] if seq else None
    if edge is None or edge[0] is not _OP["AT"] or edge[1] not in anchors:
        return None
    return _seq_edge(seq[:-1] if last else seq[1:], last)


_ZERO_WIDTH = (_OP["AT"], _OP["ASSERT"], _OP["ASSERT_NOT"])


def _seq_edge(seq, last: bool) -> frozenset | None:
    """The characters the last (first) consuming item of ``seq`` can end (start) with."""
    items = list(seq)
    for op, av in (reversed(items) if last else items):
        if op in _ZERO_WIDTH:
            continue
        if op is _OP["LITERAL"] or op is _OP["IN"]:
            return _node_needs(op, av)
        if op is _OP["SUBPATTERN"]:
            return None if av[1] & re.IGNORECASE else _seq_edge(av[3], last)
        if op in _REPEATS:
            return _seq_edge(av[2], last) if av[0] >= 1 else None
        if op is _OP["BRANCH"]:
            out = set()
            for alt in av[1]:
                got = _seq_edge(alt, last)
                if got is None:
                    return None
                out |= got
            return frozenset(out)
        return None
    return None


def _by_edge_char(fn, last: bool):
    """``fn`` (an affix pattern's ``search``), trying only the alternatives that can end
    (``last``) or start with the string's last (first) character (see :func:`suffix_by_last_char`)."""
    rx = getattr(fn, "__self__", None)
    if (not isinstance(rx, re.Pattern) or getattr(fn, "__name__", "") != "search" or not isinstance(rx.pattern, str)
            or rx.groups or rx.flags & (re.MULTILINE | re.VERBOSE | re.IGNORECASE)):
        return fn
    try:
        pieces = _top_level_branches(rx.pattern)
        edges = [_edge_chars(p, rx.flags, last) for p in pieces]
    except Exception:  # a branch that does not parse alone: no shortcut
        return fn
    if all(e is None for e in edges):
        return fn
    compiled: dict[tuple[tuple[int, ...], bool], object] = {}
    # edge character -> the search for strings with it; ASCII strings have their own table
    # (the alternatives as ascii_twin, whose classes are cut to ASCII)
    by_char: dict[str, object] = {"\n": fn} if last else {}  # ("$" also matches before a final newline)
    by_char_ascii: dict[str, object] = dict(by_char)
    at = -1 if last else 0

    def _none(string):
        return None

    def for_char(ch: str, ascii_only: bool):
        code = ord(ch)
        keep = tuple(i for i, edge in enumerate(edges)
                     if edge is None or any(lo <= code <= hi for lo, hi in edge))
        got = compiled.get((keep, ascii_only))
        if got is None:
            try:
                sub = re.compile("|".join(pieces[i] for i in keep), rx.flags) if keep else None
            except re.error:
                sub = None
                got = fn
            if sub is not None:
                twin = ascii_twin(sub) if ascii_only else None
                got = (twin or sub).search
            elif got is None:
                got = _none
            compiled[(keep, ascii_only)] = got
        (by_char_ascii if ascii_only else by_char)[ch] = got
        return got

    def affix_search(string):
        if not string:
            return fn(string)
        ch = string[at]
        if string.isascii():
            search = by_char_ascii.get(ch)
            if search is None:
                search = for_char(ch, True)
        else:
            search = by_char.get(ch)
            if search is None:
                search = for_char(ch, False)
        # (no alternative can start there: most prefix searches, as words start with a letter)
        return None if search is _none else search(string)

    affix_search.__wrapped__ = fn
    return affix_search


def suffix_by_last_char(fn):
    """``fn`` (a suffix pattern's ``search``), trying only the alternatives that can end with
    the string's last character.

    spaCy's suffix pattern is ``a$|b$|...``: ``search`` tries every alternative at every
    position of the word, ~3 µs for a ten-letter word. A match ends at the end of the
    string, so an alternative whose last character cannot be the string's last character
    cannot match and is left out; the alternatives kept stay in their order, so the match
    is the one ``fn`` finds (the leftmost, then the first alternative). Each kept subset is
    compiled once. ``fn`` itself when the pattern cannot be read so (capture groups,
    ``re.IGNORECASE``, ``re.MULTILINE`` or ``re.VERBOSE``, a branch that does not parse
    alone); a string that ends with a newline (where ``$`` also matches before it), or whose
    subset of alternatives does not compile alone, gets ``fn``.

    Examples
    --------
    >>> import spacy
    >>> search = spacy.blank("en").tokenizer.suffix_search
    >>> fast = suffix_by_last_char(search)
    >>> [(w, fast(w) and fast(w).span()) for w in ["models,", "LLM's", "5km", "done"]]
    [('models,', (6, 7)), ("LLM's", (3, 5)), ('5km', (1, 3)), ('done', None)]
    """
    return _by_edge_char(fn, last=True)


def prefix_by_first_char(fn):
    """``fn`` (a prefix pattern's ``search``, ``^a|^b|...``), trying only the alternatives that
    can start with the string's first character (the mirror of :func:`suffix_by_last_char`).

    >>> import spacy
    >>> search = spacy.blank("en").tokenizer.prefix_search
    >>> fast = prefix_by_first_char(search)
    >>> [(w, fast(w) and fast(w).span()) for w in ['"Hi', "(GPT", "$5", "model"]]
    [('"Hi', (0, 1)), ('(GPT', (0, 1)), ('$5', (0, 1)), ('model', None)]
    """
    return _by_edge_char(fn, last=False)


def _word_automaton() -> "ahocorasick.Automaton":
    """The phrase head words and the pattern trigger words in one automaton over lowercased text.

    Lowercase key -> (length, ((trigger word as written, families), ...), head tail). The head
    tail is a head word without its first letter, which the text must spell as it is (see
    :func:`scan_words`); None when the key is no head word, or when no text can spell it in
    lowercase letters and "-" (a tail outside them: never a head, as ``_head_words`` tests).
    """
    entries: dict[str, list] = {}
    for head in _HEADS:  # (lowercase)
        entries.setdefault(head, [False, []])[0] = True
    for word, families in trigger_families().items():
        entries.setdefault(word.lower(), [False, []])[1].append((word, families))
    auto = ahocorasick.Automaton()
    for key, (is_head, trig) in entries.items():
        tail = key[1:] if is_head and _LOWER_WORD.issuperset(key[1:]) else None
        auto.add_word(key, (len(key), tuple(trig), tail))
    auto.make_automaton()
    return auto


_WORDS = _word_automaton()
#: the ASCII characters that may not touch a head word: letters, digits, "_" and "-"
_ASCII_WORDISH = frozenset(c for c in map(chr, range(128)) if c.isalnum() or c in "_-")


def scan_words(text: str) -> tuple[dict[str, list[int]], list[tuple[int, int]]] | None:
    """``(patterns._triggers(text), phrases._head_words(text))`` in one Aho-Corasick pass.

    The two scans walk the text one character at a time (~13 µs each per abstract); one
    automaton holds both word lists, keyed in lowercase: a trigger word counts where the
    text spells it as written (triggers are case-sensitive), a head word where it is a
    whole word (the test of :func:`kg.extract.phrases._head_words`). Trigger offsets come
    in text order of their ends; the head list is :func:`_head_words`' list. None when
    lowercasing changes the text's length (offsets would shift; the callers then scan
    themselves).

    >>> triggers, heads = scan_words("We propose TreeQA for question answering; accuracy rises.")
    >>> sorted(triggers), heads
    (['metric', 'shape', 'subject', 'verb'], [(31, 40)])
    """
    low = text.lower()
    if len(low) != len(text):
        return None
    triggers: dict[str, list[int]] = {}
    heads = []
    startswith = text.startswith
    size = len(text)
    letters, wordish = _ASCII_LETTERS, _ASCII_WORDISH
    for last, (n, trig, tail) in _WORDS.iter(low):
        start = last + 1 - n
        for word, families in trig:
            if startswith(word, start):
                for family in families:
                    got = triggers.get(family)
                    if got is None:
                        triggers[family] = [start]
                    else:
                        got.append(start)
        if tail is not None:  # a head word
            # is_head_word_at(text, start, last + 1) (the test of phrases._head_words), inlined
            # (an ASCII neighbour is tested by one set look-up: ch.isalnum() or ch in "_-")
            end = last + 1
            if start > 0:
                ch = text[start - 1]
                if ch in wordish or ch >= "\x80" and ch.isalnum():
                    continue
            if end < size:
                ch = text[end]
                if ch in wordish or ch >= "\x80" and ch.isalnum():
                    continue
            # (the text's letters after the first are all in _LOWER_WORD exactly when they are
            # the tail itself, the lowercase key's: one comparison in place, no slice)
            if text[start] in letters and startswith(tail, start + 1):
                heads.append((start, end))
    return triggers, heads


class LexemeCodes:
    """The lexicon's code of each lexeme, and its punctuation and sentence-end flags, kept on the lexeme itself.

    :meth:`kg.extract.lexicon.LexiconMatcher.match_tokens` reads a text as a string of
    codes, one per token, by a dict look-up of every token's ``LOWER`` id: ~11 µs per
    abstract, plus ~5 µs for the ``LOWER`` column (a new int object per token). A
    token's code depends on its lexeme alone, so the lean tokenizer's vocab
    (:func:`lean_tokenizer`) computes it once, when the lexeme is made: this object is
    that lexeme attribute getter. The number ``(code number * 4 + ENDER * 2 + IS_PUNCT) << 32 |
    LENGTH`` is stored in :data:`ATTR` (``SHAPE``, which nothing reads from these Docs); :meth:`tokens`
    reads one column for the four, and turns the code numbers into the code string with
    one numpy look-up. The codes are those of :meth:`LexiconMatcher.token_codes`, so the string
    is the one ``match_tokens`` builds itself. ``ENDER``: the lexeme's text is one of the
    sentencizer's ``punct_chars``, the tokens :func:`~kg.extract.tokens.sentence_starts` looks
    for (it found them by searching the text for those characters and each hit's token, ~5 µs
    per abstract; :meth:`tokens` hands them over as ``Tokens.enders``).

    >>> from kg.extract.pipeline import build_nlp
    >>> from kg.extract.tokens import Tokens
    >>> nlp = build_nlp()
    >>> codes = LexemeCodes.of(nlp)
    >>> text = "We fine-tune BERT (and LoRA) on the Penn Treebank."
    >>> toks = codes.tokens(lean_tokenizer(nlp, codes)(text), text)
    >>> plain = Tokens.from_doc(nlp.make_doc(text), text)
    >>> lexicon = nlp.get_pipe("kg_lexicon")
    >>> lexicon.match_tokens(toks) == lexicon.match_tokens(plain), toks.punct == plain.punct, len(lexicon.match_tokens(toks))
    (True, True, 3)
    >>> toks.enders[1], sentence_starts(toks, codes.punct_chars) == sentence_starts(plain, codes.punct_chars)
    ([13], True)
    """

    #: the lexeme attribute that holds the number (a lexeme attribute no special case can set)
    ATTR = SHAPE

    def __init__(self, numbers: dict[str, int], codes: tuple[str, ...], lower, is_punct,
                 punct_chars: frozenset | None = None):
        self.numbers = numbers  # lowercase token -> code number (identifies the lexicon's encoding)
        # code number -> code (all one width), as bytes when the codes are ASCII (kg's are: a
        # text's codes then decode from ASCII, ~1.5 µs per abstract less than from UTF-32)
        ascii_codes = all(code.isascii() for code in codes)
        self.table = np.array([code.encode() for code in codes] if ascii_codes else codes,
                              dtype=f"{'S' if ascii_codes else '<U'}{len(codes[0])}")
        self._encoding = "ascii" if ascii_codes else "utf-32-le"
        self._lower = lower
        self._is_punct = is_punct
        self.punct_chars = punct_chars  # the sentencizer's (None: no ENDER flags)

    @classmethod
    def of(cls, nlp: Language) -> "LexemeCodes | None":
        """The codes of ``nlp``'s ``kg_lexicon`` (None without a lexicon, entries or getters).

        The same object while the lexicon and the getters stay the same (it is part of
        the settings :func:`lean_tokenizer` keeps its copy for).
        """
        if "kg_lexicon" not in nlp.pipe_names:
            return None
        lexicon = nlp.get_pipe("kg_lexicon")
        got = lexicon.token_codes()
        getters = nlp.vocab.lex_attr_getters or {}
        if got is None or LOWER not in getters or IS_PUNCT not in getters:
            return None
        punct_chars = (frozenset(nlp.get_pipe("sentencizer").punct_chars) if "sentencizer" in nlp.pipe_names
                       else None)
        cached = _CODES.get(lexicon)
        if (cached is not None and cached.numbers is got[0] and cached._lower is getters[LOWER]
                and cached._is_punct is getters[IS_PUNCT] and cached.punct_chars == punct_chars):
            return cached
        if len({len(code) for code in got[1]}) != 1:
            return None
        codes = _CODES[lexicon] = cls(got[0], got[1], getters[LOWER], getters[IS_PUNCT], punct_chars)
        return codes

    def getter(self):
        """The lexeme attribute getter: ``string -> (code number * 4 + ENDER * 2 + IS_PUNCT) << 32 | LENGTH``
        of a lexeme's text (``LENGTH`` is ``len(string)``, what spaCy stores as the lexeme's length)."""
        get, lower, is_punct, enders = self.numbers.get, self._lower, self._is_punct, self.punct_chars or ()
        if lower is _spacy_lower and is_punct is _spacy_is_punct:
            # spaCy's own getters (every language's): the same answers without two Python calls per
            # new word (~6 per unseen abstract, far more early in a run): LOWER is ``str.lower``, and
            # a word that starts with an ASCII letter or digit is no punctuation (is_punct wants every
            # character in a P* category)
            def lexeme_code(string: str) -> int:
                punct = string[:1] not in _ASCII_ALNUM and is_punct(string)
                flags = (2 if string in enders else 0) + (1 if punct else 0)
                return (get(string.lower(), 0) * 4 + flags) << 32 | len(string)

            return lexeme_code

        def lexeme_code(string: str) -> int:
            flags = (2 if string in enders else 0) + (1 if is_punct(string) else 0)
            return (get(lower(string), 0) * 4 + flags) << 32 | len(string)

        return lexeme_code

    def tokens(self, doc, text: str) -> Tokens:
        """``Tokens.from_doc(doc, text)`` with the tokens already encoded (``lowers`` is None).

        ``doc`` comes from a :func:`lean_tokenizer` made with these codes.
        """
        return self.tokens_of([doc.to_array(_CODED_ATTRS)], [text])[0]

    def tokens_of(self, arrays: list, texts: list[str]) -> list[Tokens]:
        """:meth:`tokens` of many Docs at once, from each Doc's ``to_array(_CODED_ATTRS)``.

        The columns of all the Docs are decoded together: each numpy operation costs ~1 µs
        however short its array, and an abstract needs seven (~5 µs per unseen abstract less in
        rounds of 512 texts). The Docs themselves can go as soon as their array is read.
        """
        if not arrays:
            return []
        sizes = [len(a) for a in arrays]
        arr = arrays[0] if len(arrays) == 1 else np.concatenate(arrays)
        coded = arr[:, 1]  # (code number * 4 + ENDER * 2 + IS_PUNCT) << 32 | length
        flags = coded >> 32
        encoded = self.table.take(flags >> 2).tobytes().decode(self._encoding)
        width = self.table.itemsize // (1 if self._encoding == "ascii" else 4)  # (characters per code)
        punct = (flags & 1).tolist()
        enders = None if self.punct_chars is None else np.flatnonzero(flags & 2).tolist()
        starts = arr[:, 0]
        ends = offsets(starts + (coded & 0xFFFFFFFF))
        starts = offsets(starts)
        out = []
        numbers, punct_chars = self.numbers, self.punct_chars
        o = k = 0  # the first token of the next Doc, and its first ender
        n_enders = 0 if enders is None else len(enders)
        for text, n in zip(texts, sizes):
            if not n:
                out.append(Tokens(text, [], [], None, [], (numbers, ""), None if enders is None else (punct_chars, [])))
                continue
            e = o + n
            if enders is None:
                own = None
            else:
                k0 = k
                while k < n_enders and enders[k] < e:
                    k += 1
                own = (punct_chars, [i - o for i in enders[k0:k]] if o else enders[k0:k])
            out.append(Tokens(text, starts[o:e], ends[o:e], None, punct[o:e], (numbers, encoded[o * width:e * width]),
                              own))
            o = e
        return out


#: the token's start and the lexeme's number. (The length travels in the number: spaCy reads a
#: lexeme attribute such as LENGTH from the lexeme, ~3 µs per abstract for one more column.)
_CODED_ATTRS = [IDX, LexemeCodes.ATTR]
#: lexicon -> its LexemeCodes (rebuilt when its code table changes), dropped with the lexicon
_CODES: "weakref.WeakKeyDictionary[object, LexemeCodes]" = weakref.WeakKeyDictionary()


#: one-character strings that start no punctuation (spaCy's is_punct is false for a word opening with one)
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


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
        self.codes = LexemeCodes.of(nlp) if self.lexicon is not None else None
        if self.codes is not None and self.codes.punct_chars == self.punct_chars:
            self.punct_chars = self.codes.punct_chars  # (the same object: sentence_starts tests identity first)
        self.tokenizer = lean_tokenizer(nlp, self.codes)
        self.max_length = nlp.max_length

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

    #: texts per stage-wise round of :meth:`pipe`. Bigger rounds cost less per text, well past the
    #: point where every stage's tables would be back in the CPU caches: over 2,000 unseen abstracts
    #: (collector off, fastest of 5), 666 µs per abstract in rounds of 64, 643 in rounds of 256, 576
    #: in rounds of 1,000, most of the difference in the tokenizer (184, 179, 142 µs) and the lexicon
    #: (33, 29, 23). (An earlier measure had found 64 best, through ``extract_papers``, whose batches
    #: of 256 texts made every round above 256 the same.) ``extract_papers``' batches are of 512
    #: texts; a round is a whole batch.
    ROUND = 512

    def __call__(self, text: str):
        """``(sentence start chars, final mentions as char spans)`` for one text.

        Mentions are ``(start char, end char, type, entity id, source, label)``.
        """
        return self.pipe([text])[0]

    def pipe(self, texts: list[str]) -> list[tuple[list[int], list[tuple]]]:
        """:meth:`__call__` of each text, in order, run stage by stage over rounds of :data:`ROUND` texts.

        Every text of a round is tokenized, then every text goes through the lexicon, then
        the word scan, and so on. Each stage touches a large working set of its own (the
        tokenizer's hash tables and lexemes, the lexicon's automaton, the regular
        expressions' programs, the memo caches); run text by text, the stages evict each
        other from the CPU caches at every text, and the same code ran ~20% slower than
        when it ran on many texts in a row. Stage by stage, the round's extraction takes
        ~12% less CPU time on unseen abstracts. The output is the same: texts share no
        state but memo caches.
        """
        out: list[tuple[list[int], list[tuple]]] = []
        for i in range(0, len(texts), self.ROUND):
            out.extend(self._round(texts[i:i + self.ROUND]))
        return out

    def _round(self, texts: list[str]) -> list[tuple[list[int], list[tuple]]]:
        toks = self._tokens_of(texts)
        lexicon = [self._lexicon_spans(tk) for tk in toks]
        words = [scan_words(text) or (None, None) for text in texts]
        patterns = [align_chars(tk, find_patterns(text, _title_end(text), triggers))
                    for text, tk, (triggers, _) in zip(texts, toks, words)]
        phrases = [align_chars(tk, find_phrases(text, heads)) for text, tk, (_, heads) in zip(texts, toks, words)]
        abbrevs = [abbreviation_spans(tk, find_uses=self.find_uses) for tk in toks]
        taken = []
        for tk, lex, pats, phr, (abbr, pairs) in zip(toks, lexicon, patterns, phrases, abbrevs):
            chars = tk.chars
            spans = {} if lex is None else {"kg_lexicon": lex}
            spans["kg_patterns"] = pats
            spans["kg_phrases"] = phr
            spans["kg_abbrev"] = [(*chars(s, e), t, r) for s, e, t, r in abbr]
            taken.append(resolve_spans(tk, spans, pairs, lexicon_aliases=self.resolver.aliases))
        return [(self._sentence_chars(tk), final_mention_chars(tk, tn)) for tk, tn in zip(toks, taken)]

    def _tokens_of(self, texts: list[str]) -> list[Tokens]:
        """:meth:`_tokens` of each text; with lexeme codes, decoded together (:meth:`LexemeCodes.tokens_of`)."""
        tokenizer, codes = self.tokenizer, self.codes
        if tokenizer is None or codes is None or any(len(text) > self.max_length for text in texts):
            return [self._tokens(text) for text in texts]
        return codes.tokens_of([tokenizer(text).to_array(_CODED_ATTRS) for text in texts], texts)

    def _tokens(self, text: str) -> Tokens:
        if self.tokenizer is None or len(text) > self.max_length:
            doc = self.nlp.make_doc(text)  # (raises spaCy's error for a text over max_length)
        else:
            doc = self.tokenizer(text)
            if self.codes is not None:
                return self.codes.tokens(doc, text)
        return Tokens.from_doc(doc, text)

    def _lexicon_spans(self, toks: Tokens) -> list[tuple[int, int, str, str]] | None:
        """The lexicon's hits as ``(start char, end char, type, name)``; None without a lexicon."""
        if self.lexicon is None:
            return None
        return self.lexicon.char_spans(toks)

    def _sentence_chars(self, toks: Tokens) -> list[int]:
        starts = toks.starts
        return [starts[i] for i in sentence_starts(toks, self.punct_chars)]


def _title_end(text: str) -> int | None:
    """Where the title ends (the first blank line, within 400 characters), or None."""
    k = text.find("\n\n")
    return k if 0 < k < 400 else None
