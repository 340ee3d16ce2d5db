"""The curated lexicon (``kg/data/lexicon.jsonl``) and its fast matcher component.

The lexicon is a list of typed names (Method, Model, Dataset, Benchmark, Metric,
Task) with aliases, built by ``tools/build_lexicon.py`` from Papers with Code,
SciREX and LLM-ecosystem name lists plus kg's own curated additions (see
``kg/data/SOURCES.md``).

The matcher is an Aho-Corasick automaton (``pyahocorasick``). Every spelling of
the lexicon is tokenized once with (a lean copy of) the pipeline's own
tokenizer, all in one text, and each distinct lowercase token gets a 3-character
code; a Doc is encoded the same way from its ``LOWER`` array (tokens outside the
lexicon share one code), so every hit is a whole token sequence: "CIFAR-100"
never yields "CIFAR-10" and "same" never yields SAM. A hit is then checked
against the text (spacing between tokens, and case where it matters). Case is
ignored except for surfaces that could be ordinary words: every one-word
alphabetic name written with capitals ("MATH", "ARC", "SAM", "CLIP", "LoRA",
"Whisper", "ImageNet", "ComplEx"), lowercase common English words, and Title
Case model/dataset names ("Natural Questions"); those match only as written.
Overlaps are resolved longest (in tokens) first, then leftmost.

On 5,000 arXiv abstracts the matcher costs about 0.1-0.25 of the time of the
``spacy.blank("en")`` tokenizer itself, where ``PhraseMatcher`` with a few
thousand phrases costs about 2.5 times the tokenizer.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any, Iterable

from functools import lru_cache
from itertools import repeat

import ahocorasick
import numpy as np
import spacy
import srsly
from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from kg.gcpause import gc_paused
from kg.model import ENTITY_TYPES

__all__ = [
    "LEXICON_PATH",
    "DEFAULT_SPANS_KEY",
    "COMMON_WORDS",
    "ML_GENERIC_WORDS",
    "STOP_WORDS",
    "load_lexicon",
    "lexicon_version",
    "list_only_data_names",
    "metric_initials",
    "surface_variants",
    "needs_exact_case",
    "LexiconMatcher",
    "make_lexicon_matcher",
]

#: the shipped lexicon: one ``{"name", "type", "aliases", "sources"}`` object a line
LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicon.jsonl"

#: where the matcher writes its spans by default
DEFAULT_SPANS_KEY = "kg_lexicon"

# Frequent English words (function words, common nouns, verbs and adjectives of
# academic prose). A lexicon name equal to one of these is dropped at build time;
# a surface whose lowercase form is one of these only matches with its own case.
COMMON_WORDS = frozenset(
    """
a about above across after again against all almost alone along already also although always am
among an and another any anyone anything are area areas around as ask asked at away back be became
because become been before began behind being below best better between big both but by call called
came can cannot case cases certain change changes child children city clear close come common
complete could course current day days did different do does done down during each early either end
enough even ever every example fact far few field fields find first five following for form found
four free from full further gave general get give given go going good great group groups had half
hand has have having he head help her here high him his home how however i if important in include
including increase information instead interest into is it its itself just keep kind know known
large last later least left less let level life light like line little live long look low made main
make making man many may me mean means men might more most much must my name near need never new
next no not nothing now number of off often old on once one only open or order other others our out
over own part parts people per perhaps place point possible power present problem problems public
put rather real really right room run said same saw say second see seen seem several shall she
should show shown side since small so social some something sometimes soon state states still
such sure take taken than that the their them then there these they thing things think third this
those though thought three through thus time times to today together too took toward towards true
try turn two under until up upon us use used uses using usually very want was way ways we well went
were what when where whether which while who whole whom whose why will with within without word
words work world would year years yet you young your
ability able account act action actions activity add added address advance age aim air allow
allowed answer answers apply approach art article aspect attack attention base based basic basis
bed behavior best big bit black blue board body book box break bring build built business center
chain character check choice class clean clear click code cold color community company
compare condition conditions content context control cost country cover create cross cut dark
deep degree design detail details develop direct direction discover distance double draw drive
drop east easy edge effect effects energy english enter environment even event events evidence
exact face fall family fast feature features feel figure fill final fine fire fish fit flat flow
focus follow food force foreign frame frames friend front function game games gap gas global goal
gold green grow guide hard heart heavy hold hot hour house human idea image images impact inside
issue issues item items job join key lack land language law lead learn leave lens letter list
local lock loss love machine map mark market mass match material matter measure media medium
memory method middle mind miss mode model modern money month move music natural nature network
night noise north note object office oil page pair paper pass past path pattern peace person
phase picture piece plan plant play point pool position post practice press price print process
product program project proof property pure quality question quick race range rate reach read
ready reason record region report rest result results return review rich rise river road rock role
root round rule safe sample save scale school science score search season sense series set shape
share short sign signal simple single size skill sky sleep slow smart solid sound source south
space speak special speed spring square stage stand standard star start step stock stop store story
street strong structure student study style subject summer support surface system table tail talk
target task team term test text theory tone top total touch tour town track trade train training
travel tree trial trust type unit value view voice wall watch water wave weak week west white wide
wind window winter woman women wood yellow zero
    """.split()
)

# Words of ML prose that name no particular thing. Same treatment as COMMON_WORDS.
ML_GENERIC_WORDS = frozenset(
    """
model models method methods approach approaches framework frameworks algorithm algorithms
technique techniques architecture architectures baseline baselines benchmark benchmarks dataset
datasets data corpus corpora task tasks other average overall general generic default
time text image video audio speech graph graphs tree trees label labels layer layers network
networks embedding embeddings encoder decoder encoders decoders feature features representation
representations module modules block blocks token tokens vector vectors matrix tensor parameter
parameters weight weights loss objective objectives function functions output outputs input inputs
prediction predictions classification detection segmentation generation recognition retrieval
reasoning translation regression clustering ranking parsing tagging tracking planning search
learning training inference evaluation analysis optimization optimisation estimation prompting
alignment adaptation understanding editing synthesis completion reconstruction compression
regularization sampling decoding tuning transfer fusion matching verification forecasting
control navigation localization captioning summarization
score scores metric metrics performance efficiency quality error errors robustness
test validation dev train split splits subset subsets sample samples instance instances example
examples experiment experiments result results setting settings scenario scenarios
agent agents policy policies reward rewards environment environments system systems pipeline
tool tools application applications domain domains source target query queries document documents
sentence sentences word words character characters pixel pixels frame frames scene scenes object
objects class classes category categories attribute attributes entity entities relation relations
user users human humans expert experts teacher student prompt prompts instruction instructions
images texts videos codes others misc miscellaneous none unknown various multiple
classifier classifiers regressor detector detectors generator generators discriminator
discriminators predictor predictors backbone backbones solver solvers optimizer optimizers scheduler
controller planner retriever retrievers reranker tokenizer critic critics judge verifier
supervision annotation annotations benchmarking experimentation implementation baseline-free
accuracy-agnostic real-world state-of-the-art sota large-scale end-to-end fine-grained
challenge challenges competition dialogue conversation chat chatbot assistant language languages
vision multimodal cross-modal visual textual semantic semantics syntax structure generalization
efficiency scalability interpretability explainability fairness privacy security safety

new novel proposed existing standard simple large small deep neural
n/a na null nan
    """.split()
)

#: every word a lexicon name must not be (build-time filter; tests check the shipped file)
STOP_WORDS = COMMON_WORDS | ML_GENERIC_WORDS

_TITLE_WORD = re.compile(r"^[A-Z][a-z]+$")
_WORD_BREAKS = re.compile(r"[\s\-]+")
_DIGIT_HYPHEN = re.compile(r"\d-|-\d")
_ALPHA = re.compile(r"^[A-Za-z]+$")
_TITLE_PHRASE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)+$")
_CASE_SENSITIVE_TYPES = frozenset({"Model", "Dataset", "Benchmark"})
# Token codes: each lexicon token is written as 3 ASCII characters, the first from
# _HEAD and the others from _TAIL, so a code can only start where a token starts
# and the automaton's fan-out stays small (a wide alphabet makes pyahocorasick slow).
_HEAD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*+,-./:;<=>?@[]^_"
_TAIL = "abcdefghijklmnopqrstuvwxyz0123456789{|}~()'\"`\\ "
_WIDTH = 3


def _code(n: int) -> str:
    """The n-th token code (n = 0 is the code of tokens in no lexicon spelling)."""
    head, rest = divmod(n, len(_TAIL) ** 2)
    if head >= len(_HEAD):
        raise ValueError("too many distinct lexicon tokens")
    return _HEAD[head] + _TAIL[rest // len(_TAIL)] + _TAIL[rest % len(_TAIL)]


_UNKNOWN = _code(0)


def load_lexicon(path: str | Path | None = None) -> list[dict[str, Any]]:
    """Read a lexicon JSONL file (default: the shipped :data:`LEXICON_PATH`).

    Parameters
    ----------
    path : str or Path, optional
        A JSONL file of ``{"name", "type", "aliases", "sources"}`` objects.

    Returns
    -------
    list of dict
        One dict per entry, in file order.

    Examples
    --------
    >>> entries = load_lexicon()
    >>> sorted({e["type"] for e in entries}) == sorted(ENTITY_TYPES)
    True
    """
    path = Path(path) if path is not None else LEXICON_PATH
    with path.open(encoding="utf8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def lexicon_version(path: str | Path | None = None) -> str:
    """The first 12 hex digits of the lexicon file's sha256 (an extraction cache key).

    Examples
    --------
    >>> len(lexicon_version())
    12
    """
    path = Path(path) if path is not None else LEXICON_PATH
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


@lru_cache(maxsize=1)
def _shipped_typed_entries() -> tuple[dict[str, Any], ...]:
    """The shipped lexicon's data set, benchmark and metric entries, read once for
    :func:`list_only_data_names` and :func:`metric_initials`."""
    return tuple(e for e in load_lexicon() if e["type"] in ("Dataset", "Benchmark", "Metric"))


@lru_cache(maxsize=1)
def list_only_data_names() -> frozenset[str]:
    """Names of the shipped lexicon's data sets and benchmarks that only a leaderboard list
    gives, with no alias: letters ("CDR", "DPG", "PoC", "SCG") that a list knows as some
    corpus but that a paper more often defines as its own method or task.

    A paper's long form then says what the letters mean (see ``resolve``); names that two
    sources or a curator confirm ("MMLU", "COCO") keep their type whatever the long form.

    Examples
    --------
    >>> "DPG" in list_only_data_names(), "MMLU" in list_only_data_names()
    (True, False)
    """
    return frozenset(e["name"] for e in _shipped_typed_entries()
                     if e["type"] in ("Dataset", "Benchmark") and e.get("sources") == ["paperswithcode"]
                     and not e.get("aliases"))


@lru_cache(maxsize=1)
def metric_initials() -> dict[str, str]:
    """The shipped lexicon's metric names of two to four plain lowercase words, by their
    initials when only one metric has them: ``{"ASR": "attack success rate", ...}``.

    Letters that also name a task ("ASR", speech recognition) mean the metric where the
    text gives them a value ("an ASR of 42.9%"): see ``resolve``.

    Examples
    --------
    >>> metric_initials()["ASR"]
    'attack success rate'
    """
    found: dict[str, set[str]] = {}
    for e in _shipped_typed_entries():
        if e["type"] != "Metric":
            continue
        for n in (e["name"], *e.get("aliases", ())):
            words = n.replace("-", " ").split()
            if 2 <= len(words) <= 4 and all(w.isalpha() and w.islower() for w in words):
                found.setdefault("".join(w[0] for w in words).upper(), set()).add(e["name"])
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def needs_exact_case(surface: str, type_: str) -> bool:
    """Whether ``surface`` may only match as written (see the module docstring).

    Examples
    --------
    >>> [needs_exact_case(s, "Benchmark") for s in ("MATH", "GSM8K", "CIFAR-10", "imagenet")]
    [True, False, False, False]
    >>> needs_exact_case("Natural Questions", "Dataset"), needs_exact_case("Object Detection", "Task")
    (True, False)
    """
    low = surface.lower()
    if low in STOP_WORDS or all(w in COMMON_WORDS for w in _WORD_BREAKS.split(low)):
        return True
    if " " not in surface:
        bare = surface.replace("-", "")
        # MATH, ARC, SAM, CLIP, LoRA, MM-Vet, Whisper, Chameleon, ComplEx, MASSIVE
        return bool(_ALPHA.match(bare)) and bare != bare.lower()
    return type_ in _CASE_SENSITIVE_TYPES and bool(_TITLE_PHRASE.match(surface))


def surface_variants(surface: str, type_: str) -> list[str]:
    """Spellings matched for one name or alias: itself, hyphen/space swaps, a plural.

    Examples
    --------
    >>> surface_variants("CIFAR-10", "Dataset")
    ['CIFAR-10', 'CIFAR 10', 'CIFAR10']
    >>> surface_variants("image editing", "Task")
    ['image editing', 'image-editing']
    >>> surface_variants("diffusion model", "Method")
    ['diffusion model', 'diffusion-model', 'diffusion models']
    """
    out = [surface]
    if "-" in surface:
        out.append(surface.replace("-", " "))
        if _DIGIT_HYPHEN.search(surface):
            out.append(surface.replace("-", ""))
    n_words = surface.count(" ") + 1
    if " " in surface and n_words <= 3 and type_ in ("Task", "Method"):
        out.append(surface.replace(" ", "-"))
    last = surface.rsplit(" ", 1)[-1]
    if (
        type_ in ("Method", "Task")
        and n_words > 1
        and last.isalpha()
        and (last.islower() or last.istitle())
        and not last.endswith(("s", "y", "ing", "ion", "ment"))
    ):
        out.append(surface + "s")
    seen: set[str] = set()
    result = []
    for s in out:
        if s not in seen and len(s) >= 2 and (s == surface or s.lower() not in STOP_WORDS):
            seen.add(s)
            result.append(s)
    return result


def _spellings(entries: list[dict[str, Any]]) -> dict[str, list[tuple[int, str | None, int]]]:
    """Each spelling the matcher looks for, as written -> ``[(priority, exact spelling or None, entry index)]``.

    Priority 0 is a name, 2 an alias, plus 1 for a generated variant
    (:func:`surface_variants`); the exact spelling is set when the hit must have its case
    (:func:`needs_exact_case`).
    """
    spellings: dict[str, list[tuple[int, str | None, int]]] = {}
    for index, entry in enumerate(entries):
        type_ = entry["type"]
        for rank, surface in enumerate([entry["name"], *entry["aliases"]]):
            # a variant of a case-sensitive name is case-sensitive too ("FOR-instance")
            strict = needs_exact_case(surface, type_)
            for vrank, variant in enumerate(surface_variants(surface, type_)):
                priority = (0 if rank == 0 else 2) + (1 if vrank else 0)
                # (variant 0 is the surface itself: its answer is ``strict``)
                exact = variant if strict or (vrank > 0 and needs_exact_case(variant, type_)) else None
                spellings.setdefault(variant, []).append((priority, exact, index))
                if exact is not None and variant.count(" ") >= 2 and variant.islower():
                    for spelling in capitalized_spellings(variant):
                        spellings.setdefault(spelling, []).append((priority, spelling, index))
    return spellings


#: words a title leaves in lower case ("Chain of Thought", "Theory of Mind")
_TITLE_SMALL_WORDS = frozenset("a an and as at by for in of on or the to via with".split())


def capitalized_spellings(surface: str) -> list[str]:
    """The capitalised spellings of a lowercase phrase of common words that must match with its
    case (:func:`needs_exact_case`): its first letter capitalised (a sentence's first word) and
    its Title Case (a paper's title). "large language model" had matched only as written, so
    "A Large Language Model for Finance" gave the phrase "Language Model" ("Large" opens no
    phrase) instead of LLM. Only phrases of three words or more get them: two common words in
    Title Case ("Language Model", "Cross Attention") are often the start of a longer coined name.

    >>> capitalized_spellings("large language model")
    ['Large language model', 'Large Language Model']
    >>> capitalized_spellings("long short-term memory"), capitalized_spellings("chain of thought")[1]
    (['Long short-term memory', 'Long Short-Term Memory'], 'Chain of Thought')
    """
    words = [w if w in _TITLE_SMALL_WORDS else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
             for w in surface.split(" ")]
    title = " ".join(words)
    return list(dict.fromkeys((surface[:1].upper() + surface[1:], title[:1].upper() + title[1:])))


#: what joins the spellings tokenized as one text (:func:`_lowers_joined`): a whitespace token
#: of its own, and no special case of spaCy's (a newline is one: spaCy stops caching the
#: pieces of a text after the first special case, ~20% slower)
_SEPARATOR = "\n\n"


def _plain(spelling: str) -> bool:
    """Whether ``spelling``'s only whitespace is single spaces between words.

    spaCy's tokenizer cuts a text at whitespace and tokenizes each piece on its own, so
    such a spelling has no whitespace token and gets the same tokens inside a longer text.
    """
    return spelling.split() == spelling.split(" ")


def _lowers_joined(tokenizer: Tokenizer, spellings: list[str]) -> list[list[int]] | None:
    """The ``LOWER`` ids of each spelling's tokens, from one Doc of the spellings joined by :data:`_SEPARATOR`.

    The same tokens as one Doc per spelling, for spellings that are :func:`_plain`: each
    space-separated piece is tokenized on its own, and the separator between two spellings
    is a whitespace token of its own. The only step that looks across pieces, spaCy's
    special-case matcher (a rule such as ":)" also applies to the tokens ":" and ")"),
    cannot cover the separator's token unless a rule's string holds the separator; then
    (and if the separators do not come out as one token each) this returns None.
    """
    if any(_SEPARATOR in rule for rule in tokenizer.rules):
        return None
    lowers = tokenizer(_SEPARATOR.join(spellings)).to_array(LOWER)
    cuts = np.flatnonzero(lowers == tokenizer.vocab.strings.add(_SEPARATOR)).tolist()
    if len(cuts) != len(spellings) - 1:
        return None
    ids = lowers.tolist()
    return [ids[start + 1:end] for start, end in zip([-1, *cuts], [*cuts, len(ids)])]


def _lowers_one_by_one(tokenizer, spellings: list[str], is_space) -> list[list[int] | None]:
    """The ``LOWER`` ids of each spelling's tokens, one Doc each (None: ``is_space`` holds for a token's text)."""
    return [
        None if any(is_space(t.text) for t in doc) else doc.to_array(LOWER).tolist()
        for doc in map(tokenizer, spellings)
    ]


def _is_space_getter(nlp: Language):
    """What a lexeme's ``IS_SPACE`` is computed by in ``nlp``'s vocab (a lean vocab computes no flag)."""
    return (nlp.vocab.lex_attr_getters or {}).get(IS_SPACE) or _never


def _never(text: str) -> bool:
    return False


def _twin(tokenizer):
    """A tokenizer with the same vocab and rules as ``tokenizer`` but its own chunk cache.

    spaCy's tokenizer caches the first 10,000 distinct chunks it sees and never
    evicts them; tokenizing the lexicon's spellings with the pipeline's own
    tokenizer filled that cache with lexicon names, and abstracts then missed it
    on almost every word (tokenizing ~3x slower). The output is the same: the
    cache only memoizes.
    """
    if type(tokenizer) is not Tokenizer:
        return tokenizer
    return Tokenizer(
        tokenizer.vocab,
        rules=tokenizer.rules,
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
    )


class LexiconMatcher:
    """Find lexicon names in a Doc and write them to ``doc.spans[spans_key]``.

    Each span has ``label_`` = the entry type and ``kb_id_`` = the canonical
    lexicon name. The spans never overlap. It does not touch ``doc.ents``.

    Data is loaded by :meth:`initialize` (the shipped lexicon by default) or
    :meth:`add_entries`; a matcher used before either loads the shipped lexicon.
    """

    def __init__(self, nlp: Language | None, name: str = "kg_lexicon", *, spans_key: str = DEFAULT_SPANS_KEY):
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self._entries: list[dict[str, Any]] = []
        self._automaton: ahocorasick.Automaton | None = None
        self._codes: dict[int, str] = {}
        self._code_numbers: dict[str, int] = {}
        self._codes_by_number: tuple[str, ...] = (_UNKNOWN,)
        self._blank: Language | None = None
        self._initialized = False

    # -- data -------------------------------------------------------------
    @property
    def entries(self) -> list[dict[str, Any]]:
        """The loaded entries (copies of the dicts given)."""
        return list(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def initialize(self, get_examples=None, *, nlp: Language | None = None, entries: Iterable[dict] | None = None) -> None:
        """Load ``entries`` (default: the shipped lexicon), replacing any loaded before."""
        self.clear()
        self.add_entries(load_lexicon() if entries is None else entries)

    def clear(self) -> None:
        """Forget every entry."""
        self._entries = []
        self._automaton = None
        self._initialized = True

    def add_entries(self, entries: Iterable[dict[str, Any]]) -> None:
        """Add lexicon entries ``{"name", "type", "aliases"?, "sources"?}``.

        Raises
        ------
        ValueError
            If an entry has no name or a type outside :data:`kg.model.ENTITY_TYPES`.
        """
        for entry in entries:
            name = str(entry.get("name", "")).strip()
            type_ = entry.get("type")
            if not name:
                raise ValueError(f"lexicon entry without a name: {entry!r}")
            if type_ not in ENTITY_TYPES:
                raise ValueError(f"lexicon entry {name!r} has type {type_!r}; expected one of {ENTITY_TYPES}")
            self._entries.append(
                {
                    "name": name,
                    "type": type_,
                    "aliases": [a for a in entry.get("aliases", []) if a],
                    "sources": list(entry.get("sources", [])),
                }
            )
        self._automaton = None
        self._initialized = True

    def _spelling_nlp(self) -> Language:
        """The pipeline whose tokenizer reads the spellings: ``nlp``, or a blank English one without it."""
        if self.nlp is not None:
            return self.nlp
        if self._blank is None:
            self._blank = spacy.blank("en")
        return self._blank

    def _tokenizer(self):
        nlp = self._spelling_nlp()
        return nlp.tokenizer if nlp is self._blank else _twin(nlp.tokenizer)

    def _spelling_lowers(self, spellings: list[str]) -> tuple[list[list[int] | None], dict[int, str]]:
        """The ``LOWER`` ids of each spelling's tokens (None: it has a whitespace token), and each id's string.

        The spellings are tokenized by a copy of the pipeline's tokenizer whose vocab
        computes only ``LOWER`` (:func:`kg.extract.fast.lean_tokenizer`; same tokens), the
        plain ones (:func:`_plain`: all but a handful) as one text (:func:`_lowers_joined`).
        One Doc per spelling with the pipeline's vocab, as before, cost ~0.6 s for the
        shipped lexicon (a Doc each, ~20 lexeme attributes per new word); this, ~0.15 s.
        (lean_tokenizer keeps its copy for ``nlp`` until the fast path asks for one that
        computes the lexicon's codes.)
        """
        from kg.extract.fast import lean_tokenizer

        nlp = self._spelling_nlp()
        lean = lean_tokenizer(nlp)
        tokenizer, strings = (lean, lean.vocab.strings) if lean is not None else (self._tokenizer(), nlp.vocab.strings)
        joined = list(filter(_plain, spellings)) if lean is not None else []
        got = _lowers_joined(lean, joined) if joined else None
        by_spelling = dict(zip(joined, got)) if got is not None else {}
        rest = [spelling for spelling in spellings if spelling not in by_spelling]
        by_spelling.update(zip(rest, _lowers_one_by_one(tokenizer, rest, _is_space_getter(nlp))))
        lowers = [by_spelling[spelling] for spelling in spellings]
        return lowers, {lower: strings[lower] for lower in set().union(*filter(None, lowers))}

    def _build(self) -> None:
        """Tokenize every spelling and load the automaton over token codes.

        Each distinct lowercase token of the lexicon gets one character code, so
        a spelling becomes a short string and every automaton hit is a whole
        token sequence. Candidates per code string are kept best first: names
        before aliases before generated variants, then entry order. The collector is
        paused: the tables are over 100,000 new objects that live as long as the matcher,
        and a full collection in the middle rescanned everything the process holds (~80 ms).
        """
        with gc_paused():
            self._load_automaton()

    def _load_automaton(self) -> None:
        spellings = _spellings(self._entries)
        # tokenize as written: the tokenizer's rules depend on case ("GSM8K" vs "gsm8k")
        lowers, strings = self._spelling_lowers(list(spellings))
        codes: dict[int, str] = {}
        table: dict[str, list[tuple[int, str, str | None, int]]] = {}
        for (spelling, cands), ids in zip(spellings.items(), lowers):
            if ids is None:
                continue
            key = "".join([codes.get(lower) or codes.setdefault(lower, _code(len(codes) + 1)) for lower in ids])
            low = spelling.lower()
            table.setdefault(key, []).extend((priority, low, exact, index) for priority, exact, index in cands)
        automaton = ahocorasick.Automaton()
        for key, cands in table.items():
            cands.sort(key=lambda c: (c[0], c[3]))
            uniq = tuple(dict.fromkeys((low, exact, index) for _, low, exact, index in cands))
            automaton.add_word(key, (len(key) // _WIDTH, uniq))
        automaton.make_automaton()
        self._codes = codes
        self._code_numbers = {strings[lower]: n for n, lower in enumerate(codes, 1)}  # (codes[lower] == _code(n))
        self._codes_by_number = (_UNKNOWN, *codes.values())
        self._automaton = automaton

    def token_codes(self) -> tuple[dict[str, int], tuple[str, ...]] | None:
        """How :meth:`match_tokens` writes tokens: ``(lowercase token -> code number, code number -> code)``.

        For a caller that encodes the tokens itself (the fast path stores each lexeme's
        code number on the lexeme once, instead of looking up every token: see
        :class:`kg.extract.fast.LexemeCodes`) and hands the result over as
        ``Tokens.lexicon_codes``. Code number 0 is the code of tokens in no lexicon
        spelling. The dict is the same object until the lexicon changes (it identifies
        the encoding). None without entries.
        """
        if not self._initialized:
            self.initialize()
        if self._automaton is None:
            if not self._entries:
                return None
            self._build()
        return self._code_numbers, self._codes_by_number

    # -- matching ---------------------------------------------------------
    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Non-overlapping ``(start token, end token, entry index)`` hits, in text order."""
        from kg.extract.candidates import doc_text
        from kg.extract.tokens import Tokens

        return self.match_tokens(Tokens.from_doc(doc, doc_text(doc)))

    def match_tokens(self, toks) -> list[tuple[int, int, int]]:
        """:meth:`match` on a :class:`kg.extract.tokens.Tokens` view (no spaCy objects)."""
        if not self._initialized:
            self.initialize()
        if self._automaton is None:
            if not self._entries:
                return []
            self._build()
        encoded = self._encoded(toks)
        text, starts, ends = toks.text, toks.starts, toks.ends
        hits = []
        for end, (length, cands) in self._automaton.iter(encoded):
            end = (end + 1) // _WIDTH
            start = end - length
            if length == 1:  # one token: the lowercase already agrees, only case may not
                token = None
                for spelling, exact, index in cands:
                    if exact is not None and token is None:
                        token = text[starts[start]:ends[start]]
                    if exact is None or token == exact:
                        hits.append((start, end, index))
                        break
                continue
            span = text[starts[start]:ends[end - 1]]  # also checks the spacing between tokens
            low = span.lower()
            for spelling, exact, index in cands:
                if low == spelling and (exact is None or span == exact):
                    hits.append((start, end, index))
                    break
        if len(hits) < 2:
            return hits
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))
        taken = bytearray(toks.n)
        chosen = []
        for start, end, index in hits:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, index))
        chosen.sort()
        return chosen

    def _encoded(self, toks) -> str:
        """The tokens of ``toks`` as one string of codes (the automaton's input)."""
        coded = toks.lexicon_codes
        if coded is not None and coded[0] is self._code_numbers:  # encoded by the caller, for these codes
            return coded[1]
        lowers = toks.lowers
        if lowers is None:
            raise ValueError("the tokens were encoded for another lexicon table, and carry no LOWER ids")
        return "".join(map(self._codes.get, lowers, repeat(_UNKNOWN, len(lowers))))

    def token_spans(self, toks) -> list[tuple[int, int, str, str]]:
        """``(start token, end token, type, canonical name)`` for each hit of :meth:`match_tokens`."""
        entries = self._entries
        out = []
        for start, end, index in self.match_tokens(toks):
            entry = entries[index]
            out.append((start, end, entry["type"], entry["name"]))
        return out

    def char_spans(self, toks) -> list[tuple[int, int, str, str]]:
        """:meth:`token_spans` as ``(start char, end char, type, canonical name)`` (the fast path's form).

        One pass over the hits instead of a token span list converted afterwards.
        """
        entries = self._entries
        starts, ends = toks.starts, toks.ends  # (a hit is never empty)
        out = []
        for start, end, index in self.match_tokens(toks):
            entry = entries[index]
            out.append((starts[start], ends[end - 1], entry["type"], entry["name"]))
        return out

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        hits = self.match(doc)  # may load the shipped lexicon on first use
        entries = self._entries
        for start, end, index in hits:
            entry = entries[index]
            spans.append(Span(doc, start, end, label=entry["type"], kb_id=entry["name"]))
        self.set_annotations(doc, spans)
        return doc

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        """Store ``spans`` under ``doc.spans[self.spans_key]`` (replacing what was there)."""
        doc.spans[self.spans_key] = spans

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    # -- serialization ----------------------------------------------------
    def _jsonl(self) -> str:
        return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self._entries)

    def _load_jsonl(self, data: str) -> None:
        self.clear()
        self.add_entries(json.loads(line) for line in data.splitlines() if line.strip())

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        """The entries as JSONL bytes."""
        return srsly.msgpack_dumps({"entries": self._jsonl(), "spans_key": self.spans_key})

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = tuple()) -> "LexiconMatcher":
        """Replace the entries by those in ``bytes_data`` (from :meth:`to_bytes`)."""
        data = srsly.msgpack_loads(bytes_data)
        self.spans_key = data.get("spans_key", self.spans_key)
        self._load_jsonl(data["entries"])
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        """Write ``path/entries.jsonl`` and ``path/cfg``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "entries.jsonl").write_text(self._jsonl(), encoding="utf8")
        srsly.write_json(path / "cfg", {"spans_key": self.spans_key})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> "LexiconMatcher":
        """Replace the entries by those in ``path/entries.jsonl``."""
        path = Path(path)
        if (path / "cfg").exists():
            self.spans_key = srsly.read_json(path / "cfg").get("spans_key", self.spans_key)
        self._load_jsonl((path / "entries.jsonl").read_text(encoding="utf8"))
        return self


@Language.factory(
    "kg_lexicon",
    assigns=["doc.spans"],
    default_config={"spans_key": DEFAULT_SPANS_KEY},
)
def make_lexicon_matcher(nlp: Language, name: str, spans_key: str) -> LexiconMatcher:
    """Create the ``kg_lexicon`` component (data comes from ``initialize``)."""
    return LexiconMatcher(nlp, name, spans_key=spans_key)
