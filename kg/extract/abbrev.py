"""Abbreviation detection (Schwartz & Hearst, 2003) as a spaCy component.

The algorithm lives in pure module functions, as in scispacy's
``scispacy/abbreviation.py``: :func:`find_abbreviation` matches a short form
against the words before it, :func:`find_abbreviations` scans a whole text for
``long form (SF)`` and ``SF (long form)`` pairs. The ``kg_abbrev`` component
writes the long forms, the short forms and every later bare use of a short form
into ``doc.spans["kg_abbrev"]`` (``kb_id`` = the short form, so the resolver
can give the pair one entity id and one type), and the pairs, as plain
character offsets, into ``doc._.kg_abbreviations``. It does not type the
spans: :mod:`kg.extract.resolve` types each pair from the other components or
the long form's head word.

References
----------
A. S. Schwartz and M. A. Hearst (2003). A simple algorithm for identifying
abbreviation definitions in biomedical text. Pacific Symposium on Biocomputing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.candidates import doc_text, find_bounded
from kg.extract.tokens import Tokens
from kg.extract.words import VERBS

__all__ = [
    "Abbreviation",
    "plausible_expansion",
    "short_form_filter",
    "find_abbreviation",
    "find_abbreviations",
    "abbreviation_spans",
    "AbbreviationDetector",
    "DEFAULT_SPANS_KEY",
]

DEFAULT_SPANS_KEY = "kg_abbrev"

_PAREN = re.compile(r"\(([^()\n]{1,80})\)")
#: a short form right before a parenthesis ("SF (long form)")
_SHORT_AT_END = re.compile(r"([A-Za-z][\w-]{1,9})$")
#: words an expansion may carry without a letter in the short form
EXPANSION_FILLERS = frozenset("a an the of for and with in on to by via from at as using based".split())
#: a list with a versioned name in it: "LLMs (LLaMA-3-8B and GPT-4o)" gives examples, not a long
#: form; coined long forms join plain words ("TDRI (Two-Phase Dialogue Refinement and Co-Adaptation)")
_LIST_OF_MODELS = re.compile(r"(?=.* (?:and|or|&) ).*[A-Za-z][-.]?\d")
#: a version or size in a bracket after a short form: "a vision-language LLM (LLaMA 3.2 Instruct)"
#: names an instance of the class, not its long form
_VERSIONED = re.compile(r"[A-Za-z][-.]?\d|(?<!\S)\d+(?:\.\d+)?\b")
_NOT_SF = frozenset(
    """e.g i.e e.g. i.e. cf etc et al see ie eg vs resp respectively ibid
    a b c d i ii iii iv v vi""".split()
)


class Abbreviation(NamedTuple):
    """One definition: character offsets of the long form and of the short form."""

    long_start: int
    long_end: int
    short_start: int
    short_end: int


def short_form_filter(short: str) -> bool:
    """Whether ``short`` can be an abbreviation (S&H: 2-10 chars, a letter, starts alnum; up to
    16 without a space, as papers coin longer short forms: "MAGA-GLTrans", "Entro-duction").

    Examples
    --------
    >>> short_form_filter("LoRA"), short_form_filter("abbrn"), short_form_filter("2015")
    (True, True, False)
    """
    if not 2 <= len(short) <= 10 and not (10 < len(short) <= 16 and " " not in short):
        return False  # (longer coined short forms are one word: "Entro-duction", "MAGA-GLTrans")
    if len(short.split()) > 2:
        return False
    if not short[0].isalnum():
        return False
    if not any(c.isalpha() for c in short):
        return False
    if short.lower().rstrip(".") in _NOT_SF:
        return False
    return True


def find_abbreviation(long_candidate: str, short: str) -> int | None:
    """Start index in ``long_candidate`` of the long form of ``short``, or None.

    The S&H matcher: walk both strings right to left; every alphanumeric
    character of the short form must appear in order in the long form, inside
    words or at their start, and the first one must open a word. One addition:
    a first "X" may also be the x of a word that opens with "ex", the field's
    way of writing eXplainable, eXtended or eXtreme ("Explainable AI (XAI)",
    "Extended Reality (XR)", "Expressive Music Variational AutoEncoder (XMVAE)"),
    which S&H's rule rejects; the long form then starts at the "e".

    Examples
    --------
    >>> text = "Low-Rank Adaptation"
    >>> text[find_abbreviation(text, "LoRA"):]
    'Low-Rank Adaptation'
    >>> find_abbreviation("abbreviation", "abbrn")
    0
    >>> find_abbreviation("the model", "XYZ") is None
    True
    >>> text = "the Expressive Music Variational AutoEncoder"
    >>> text[find_abbreviation(text, "XMVAE"):]
    'Expressive Music Variational AutoEncoder'
    """
    s = len(short) - 1
    i = len(long_candidate) - 1
    # an ASCII string lowercases character by character (others may not: a final "Σ" -> "ς"),
    # so the walk can jump to the next match with rfind
    low = long_candidate.lower() if long_candidate.isascii() else None
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        if low is not None:
            i = low.rfind(c, 0, i + 1)
            while s == 0 and i > 0 and long_candidate[i - 1].isalnum() and not _ex_initial(long_candidate, i, c):
                i = low.rfind(c, 0, i)
        else:
            while i >= 0 and (
                long_candidate[i].lower() != c
                or (s == 0 and i > 0 and long_candidate[i - 1].isalnum() and not _ex_initial(long_candidate, i, c))
            ):
                i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = i + 1
    if short[:1].lower() == "x" and _ex_initial(long_candidate, start, "x"):
        start -= 1  # the word "eXtended" starts at its "e"
    # the long form must start a word
    if start > 0 and long_candidate[start - 1].isalnum():
        return None
    return start


def _ex_initial(text: str, i: int, c: str) -> bool:
    """Whether ``text[i]`` is the x of a word that opens with "ex" ("Explainable", "eXtended"),
    ``c`` being the short-form character matched there.

    >>> _ex_initial("an Extended", 4, "x"), _ex_initial("a complex", 7, "x"), _ex_initial("Ex", 1, "x")
    (True, False, True)
    """
    return (c == "x" and i > 0 and text[i - 1] in "eE"
            and (i == 1 or not text[i - 2].isalnum()))


def plausible_expansion(long_text: str, short: str) -> bool:
    """Whether ``long_text`` reads as the expansion of ``short``, not a stretch of prose.

    The S&H matcher (:func:`~kg.extract.abbrev.find_abbreviation`) accepts any text in
    which the short form's letters occur in order, so "methods in both pixel-level
    accuracy (mIoU)" and "a celebrated text-based (BERT)" pass it. An expansion has
    about one word per letter and most of its words give their first letter, in order:
    at most one word more than the short form has letters or digits; every initial
    present for two words or fewer, all but one for three, half for more ("large-scale
    language models" for LLMs). The parts of hyphenated words count as words; filler
    words ("of", "the") are free.

    Examples
    --------
    >>> plausible_expansion("Low-Rank Adaptation", "LoRA"), plausible_expansion("Sample Confusion Miner", "SAM")
    (True, True)
    >>> plausible_expansion("Karlsruhe Institute of Technology and Toyota Technological Institute", "KITTI")
    True
    >>> plausible_expansion("Multiply-Accumulate operations", "MACs")
    True
    >>> plausible_expansion("methods in both pixel-level accuracy", "mIoU")
    False
    >>> plausible_expansion("universal applicability across diverse architectures", "U-Nets")
    False
    """
    letters = [c for c in short.lower() if c.isalnum()]
    words = [w for w in long_text.lower().replace("-", " ").split() if w not in EXPANSION_FILLERS]
    if not words or len(words) > len(letters) + 1:
        return False
    missing, k = 0, 0
    for w in words:
        j = next((i for i in range(k, len(letters)) if letters[i] == w[0]), None)
        if j is None:
            missing += 1
        else:
            k = j + 1
    allowed = 0 if len(words) <= 2 else 1 if len(words) == 3 else len(words) // 2
    return missing <= allowed


def _is_short_like(short: str) -> bool:
    """A short form should look like one: an upper-case letter, a digit or few letters."""
    if not short_form_filter(short):
        return False
    return any(c.isupper() or c.isdigit() for c in short) or len(short) <= 6


#: a possessive that ends a long form: "Large Reasoning Models' (LRMs) performance", "the Mask
#: AutoEncoder's (MAE) capability" (the long form is the name without it)
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def _long_before(text: str, end: int, short: str) -> tuple[int, int] | None:
    """The long form of ``short`` ending at ``end`` (the paren), as offsets, or None."""
    n_words = min(len(short) + 5, 2 * len(short))
    window_start = max(0, end - 200)
    window = text[window_start:end]
    # stay within the clause: stop at sentence or clause punctuation
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind(": "), window.rfind("\n"),
              window.rfind(")"), window.rfind("("), window.rfind("? "), window.rfind("! "))
    if cut >= 0:
        window = window[cut + 1 :]
        window_start = end - len(window)
    cand_start = _last_words_start(window, n_words)
    if cand_start is None:
        return None
    candidate = window[cand_start:].rstrip()
    if not candidate:
        return None
    start = find_abbreviation(candidate, short)
    if start is None:
        return None
    start = _initials_start(candidate, start, short)
    if start > 1 and candidate[start - 1] == "-" and candidate[start - 2].isalnum():
        start = _word_start(candidate, start)  # "Self-supervised Perception ... (SPECTRA)": whole words
    long_form = candidate[start:]
    if long_form.endswith(_POSSESSIVE_ENDS):
        long_form = long_form[:-2] if long_form[-1] == "s" else long_form[:-1]
    if len(long_form) <= len(short) or long_form.lower() == short.lower():
        return None
    if short.lower() in long_form.lower().split():
        return None
    # the long form must have at least two characters of the short form per word on
    # average... S&H keep any match; we require it to not be a single short word
    if " " not in long_form and "-" not in long_form and len(long_form) < 2 * len(short):
        return None
    # no long form that starts inside a comma list "X, Y and Z (XYZ)" beyond the list
    if "," in long_form:
        return None
    if _opens_with_verb(long_form):
        return None  # "our system leverages language models' (LLMs)": the L of a verb
    abs_start = window_start + cand_start + start
    return abs_start, abs_start + len(long_form)


_WORD_PARTS = re.compile(r"[\s\-]+")


def _initials_start(candidate: str, start: int, short: str) -> int:
    """``start``, or an earlier start when the words before the S&H long form spell the short form.

    S&H takes the shortest match, which may find two letters inside one word: for "we propose
    photography perspective composition (PPC)" it finds "perspective composition" (the P of
    "persPective"), and the pair then reads as a two-word phrase. When the short form is all
    capitals and the last words of ``candidate``, one per letter, open with its letters in
    order, the long form is those words.

    >>> c = "we propose photography perspective composition"
    >>> c[_initials_start(c, c.index("perspective"), "PPC"):]
    'photography perspective composition'
    >>> c = "a simple Multi-Scale Attention"
    >>> c[_initials_start(c, c.index("Multi"), "MSA"):]
    'Multi-Scale Attention'
    >>> c = "with Two Test-Time Augmentation"
    >>> c[_initials_start(c, c.index("Test"), "TTA"):]
    'Test-Time Augmentation'
    """
    letters = short[:-1] if short.endswith("s") else short
    if not (letters.isalpha() and letters.isupper()) or len(letters) < 3:
        return start
    if len(_WORD_PARTS.split(candidate[start:].strip())) >= len(letters):
        return start  # ("Test-Time Augmentation (TTA)": a hyphen's parts count as words)
    words = candidate.split()
    if len(words) < len(letters):
        return start
    last = words[-len(letters):]
    if all(w[:1].lower() == ch.lower() and "-" not in w for w, ch in zip(last, letters)):
        return _last_words_start(candidate, len(letters))
    return start


def _word_start(text: str, i: int) -> int:
    """Where the whitespace-delimited word holding ``text[i]`` starts."""
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _opens_with_verb(long_form: str) -> bool:
    """Whether ``long_form`` opens with a lowercase verb in the third person ("leverages",
    "uses"), which starts no name; participles may ("remaining useful life").

    >>> _opens_with_verb("leverages language models"), _opens_with_verb("remaining useful life")
    (True, False)
    """
    first = long_form.split(None, 1)[0]
    return (first.islower() and first.endswith("s") and first in VERBS
            and (first[:-1] in VERBS or first.endswith("es") and first[:-2] in VERBS))


def _last_words_start(window: str, n: int) -> int | None:
    r"""Where the last ``n`` words (runs of ``\S``) of ``window`` start; None without words.

    ``[m.start() for m in re.finditer(r"\S+", window)][-n:][0]``, without a match object
    per word of the 200 characters: ``rsplit`` keeps the text before the last ``n`` words,
    without its trailing whitespace, as its first item (both split at ``str.isspace``).

    >>> _last_words_start("one two  three four", 2), _last_words_start("  a b", 5), _last_words_start(" ", 1)
    (9, 2, None)
    """
    parts = window.rsplit(None, n)
    if not parts:
        return None
    if len(parts) > n:
        rest = window[len(parts[0]):]
        return len(parts[0]) + len(rest) - len(rest.lstrip())
    return len(window) - len(window.lstrip())


def find_abbreviations(text: str) -> list[Abbreviation]:
    """All ``long form (SF)`` and ``SF (long form)`` definitions in ``text``.

    Parameters
    ----------
    text : str
        Any text; offsets index it.

    Returns
    -------
    list of Abbreviation
        In text order, at most one definition per parenthesis.

    Examples
    --------
    >>> t = "We fine-tune with Low-Rank Adaptation (LoRA) and more."
    >>> a = find_abbreviations(t)[0]
    >>> t[a.long_start:a.long_end], t[a.short_start:a.short_end]
    ('Low-Rank Adaptation', 'LoRA')
    >>> t = "abbreviation (abbrn)"
    >>> [(t[a.long_start:a.long_end], t[a.short_start:a.short_end]) for a in find_abbreviations(t)]
    [('abbreviation', 'abbrn')]
    """
    out: list[Abbreviation] = []
    for m in _PAREN.finditer(text):
        inner = m.group(1)
        inner_start = m.start(1)
        # "(IMP, Han et al., 2015)" / "(LoRA; Hu et al.)": the first part only
        for sep in (",", ";", " - ", " – "):
            k = inner.find(sep)
            if k > 0:
                inner = inner[:k]
        stripped = inner.strip()
        if stripped.endswith(_POSSESSIVE_ENDS):  # "large language models' (LLMs') performance"
            stripped = stripped[:-2] if stripped[-1] == "s" else stripped[:-1]
        lead = len(inner) - len(inner.lstrip())
        s_start = inner_start + lead
        if not stripped:
            continue
        if _is_short_like(stripped) and len(stripped.split()) <= 2:
            span = _long_before(text, m.start(), stripped)
            if span is not None:
                out.append(Abbreviation(span[0], span[1], s_start, s_start + len(stripped)))
                continue
        # reversed: "SF (long form)"
        if len(stripped.split()) >= 2:
            before = text[max(0, m.start() - 12) : m.start()].rstrip()
            wm = _SHORT_AT_END.search(before)
            if wm:
                short = wm.group(1)
                if (_LIST_OF_MODELS.search(stripped) or _VERSIONED.search(stripped)) and not plausible_expansion(
                        stripped, short):
                    continue  # "LLMs (LLaMA-3-8B and GPT-4o)", "LLM (LLaMA 3.2 Instruct)": examples, not a long form
                if _spells_itself(stripped, short):
                    continue  # "RNNs (RNNs are not used here)": a remark about the name, not its long form
                if any(c.isupper() for c in short[1:]) and _is_short_like(short):
                    start = find_abbreviation(stripped, short)
                    if start == 0 and len(stripped) > len(short):
                        sh_end = m.start() - (len(text[: m.start()]) - len(text[: m.start()].rstrip()))
                        sh_start = sh_end - len(short)
                        out.append(Abbreviation(s_start, s_start + len(stripped), sh_start, sh_end))
    return out


def _spells_itself(long_text: str, short: str) -> bool:
    """Whether ``long_text`` writes ``short`` (or its plural) as a word of its own, as spelt:
    the S&H matcher finds a short form's letters in a sentence that simply repeats it. A coined
    acronym may reuse a word in other capitals ("SCRIPT (Script Category Representation in
    PreTokenization)").

    >>> _spells_itself("RNNs are not used in the proposed approach", "RNNs")
    True
    >>> _spells_itself("Difference Coherence Estimator", "DICE"), _spells_itself("Script Category", "SCRIPT")
    (False, False)
    """
    own = short.rstrip("s")
    return any(w.rstrip("s") == own for w in long_text.replace("-", " ").split())


def find_short_form_uses(text: str, short: str, skip: set[int] | None = None) -> list[tuple[int, int]]:
    """Offsets of every bare use of ``short`` in ``text`` (whole words, plural "s" allowed).

    Examples
    --------
    >>> find_short_form_uses("LoRA and LoRAs, not LoRAX", "LoRA")
    [(0, 4), (9, 14)]
    """
    # the same as re.finditer(r"(?<![\w\-/.@])" + re.escape(short) + r"s?(?![\w/])", text)
    skip = skip or set()
    return [(s, e) for s, e in find_bounded(text, short, "-/.@", "/", plural=True) if s not in skip]


def abbreviation_spans(toks: Tokens, *, find_uses: bool = True) -> tuple[list[tuple[int, int, str, str]], list[tuple]]:
    """What the ``kg_abbrev`` component stores, as plain data.

    Returns
    -------
    spans : list of (start token, end token, label, short form)
        Long forms (``"long"``), short forms (``"short"``) and later uses (``"use"``).
    pairs : list of tuple
        ``(long_start, long_end, short_start, short_end)`` character offsets, one per short form.
    """
    text = toks.text
    char_span = toks.char_span
    spans = []
    seen: dict[str, Abbreviation] = {}
    for a in find_abbreviations(text):
        short = text[a.short_start : a.short_end]
        if short in seen:
            continue
        ls = char_span(a.long_start, a.long_end, "expand")
        if ls is None:
            continue
        seen[short] = a
        spans.append((ls[0], ls[1], "long", short))
        # a short form must be whole tokens: in "(LLM)-based" or "ICL$_{LLM}$" the token
        # is something else, and expanding to it would name "LLM)-based" an alias of LLM
        ss = char_span(a.short_start, a.short_end, "strict")
        if ss is not None:
            spans.append((ss[0], ss[1], "short", short))
    if find_uses:
        for short, a in seen.items():
            for s, e in find_short_form_uses(text, short, {a.short_start}):
                if a.long_start <= s < a.long_end:
                    continue
                sp = char_span(s, e, "strict")
                if sp is not None:
                    spans.append((sp[0], sp[1], "use", short))
    return spans, [tuple(seen[s]) for s in seen]


@Language.factory(
    "kg_abbrev",
    assigns=["doc.spans", "doc._.kg_abbreviations"],
    default_config={"spans_key": DEFAULT_SPANS_KEY, "find_uses": True},
)
def make_abbrev(nlp: Language, name: str, spans_key: str, find_uses: bool) -> "AbbreviationDetector":
    return AbbreviationDetector(nlp, name, spans_key=spans_key, find_uses=find_uses)


class AbbreviationDetector:
    """Finds ``long form (SF)`` definitions and later uses of SF.

    Writes long forms (label ``"long"``), short forms (``"short"``) and later
    bare short forms (``"use"``) into ``doc.spans[spans_key]`` with ``kb_id`` =
    the short form as defined; the pairs go to ``doc._.kg_abbreviations`` as
    plain tuples ``(long_start, long_end, short_start, short_end)`` (character
    offsets). It does not replace or merge any other spans.
    """

    def __init__(self, nlp: Language, name: str = "kg_abbrev", *, spans_key: str = DEFAULT_SPANS_KEY,
                 find_uses: bool = True):
        self.name = name
        self.spans_key = spans_key
        self.find_uses = find_uses
        Doc.set_extension("kg_abbreviations", default=None, force=True)

    def __call__(self, doc: Doc) -> Doc:
        spans, pairs = abbreviation_spans(Tokens.from_doc(doc, doc_text(doc)), find_uses=self.find_uses)
        doc.spans[self.spans_key] = [Span(doc, s, e, label=label, kb_id=kb) for s, e, label, kb in spans]
        doc._.kg_abbreviations = pairs
        return doc

    # stateless: serialisation is a no-op, kept for a uniform component API
    def to_bytes(self, *, exclude=()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=()) -> "AbbreviationDetector":
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        return None

    def from_disk(self, path, *, exclude=()) -> "AbbreviationDetector":
        return self
