"""Merge every component's candidates into one set of typed mentions.

The ``kg_resolve`` component reads ``doc.spans`` keys ``kg_lexicon``,
``kg_abbrev``, ``kg_patterns`` and ``kg_phrases`` and writes the final,
non-overlapping mentions into ``doc.spans["kg"]`` (label = type, ``kb_id`` =
entity id) with their provenance in ``doc._.kg_sources`` and display labels in
``doc._.kg_labels`` (lists aligned with the spans).

How it decides, in order:

1. **Abbreviations** ("Low-Rank Adaptation (LoRA)"): the pair takes the type
   of the best other candidate on either form (lexicon, then cue rules, then
   phrase head), else the long form's head word, else Method for a Title-Case
   long form; untyped pairs are dropped. Both forms and every later use share
   one entity id.
2. **Cleaning**: leading determiners and possessives are cut; generic words
   ("approach", "model", "it"), numbers, citations and "et al." never become
   mentions. A trailing generic head ("the CIFAR-10 dataset") is left *out* of
   a name's mention: kg marks "CIFAR-10" (the head only types it).
3. **Context typing** of names found by shape only: "X dataset" / "X
   benchmark" / "evaluated on X" → Dataset/Benchmark, "the task of X" → Task.
4. **Overlaps**: named candidates (lexicon, abbreviation, cue and shape rules)
   first, longest first, ties by source priority; then phrases where free. A
   phrase replaces the Method/Task names it ends with ("progressive
   self-knowledge distillation" over "knowledge distillation").
5. **Consistency**: names found by cue or title rules are re-found elsewhere
   in the text; every mention of one entity id gets the type of its best
   mention.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.candidates import doc_text, find_bounded, finditer_from

from kg.extract.definitions import list_only_letters
from kg.extract.lexicon import metric_initials
from kg.extract.normalize import caps_name, canonical_label, entity_id, norm_key
from kg.extract.patterns import title_data_type
from kg.extract.phrases import ARTEFACT_AFTER as _ARTEFACT_AFTER, HEADS_TYPED_BY_MODIFIERS, head_type
from kg.extract.tokens import Tokens
from kg.extract.words import (
    CONDITION_HEADS,
    DATA_HEADS,
    DEFINABLE_NOT_ENTITIES,
    DETERMINERS,
    GENERIC_HEADS,
    GENERIC_WORDS,
    METRIC_WORDS,
    NOT_AS_TYPE,
    NOT_ENTITIES,
    THING_KINDS,
    SINGLE_TASKS,
    STOP_WORDS,
    TASK_HEADS,
    VERBS,
)

__all__ = ["Resolver", "resolve_candidates", "resolve_spans", "final_mentions", "final_mention_chars", "DEFAULT_SPANS_KEY",
           "SOURCE_PRIORITY"]

DEFAULT_SPANS_KEY = "kg"

#: higher wins a tie between same-length candidates
SOURCE_PRIORITY = {"lexicon": 5, "abbrev": 4, "cue": 4, "title": 3, "shape": 2, "metric": 3, "phrase": 1}

#: the words a surface's leading run of determiners and qualifiers is made of (cut by _LEAD)
_LEAD_WORDS = ("the", "a", "an", "our", "their", "its", "this", "these", "those", "his", "her", "such", "each",
               "every", "any", "both", "all", "proposed", "novel", "new", "existing", "popular", "widely-used",
               "standard", "vanilla", "original")
_LEAD = re.compile(r"^(?:(?:" + "|".join(_LEAD_WORDS) + r")\s+)+", re.IGNORECASE)
_LEAD_WORD_SET = frozenset(_LEAD_WORDS)
_CITATION = re.compile(r"^\[?\d+(?:[,–-]\s*\d+)*\]?$|et al\.?|^\(.*\)$")
# _CITATION.search(s) is true exactly when "et al" is in s or _CITATION_START matches at 0
_CITATION_START = re.compile(r"\[?\d+(?:[,–-]\s*\d+)*\]?$|\(.*\)$")
_NUMBER = re.compile(r"^[\d.,%\s×x+\-]+$")
# the first characters _NUMBER and _CITATION_START can match, besides digits and spaces
_NUMBER_FIRST = frozenset(".,%×x+-[(")
_TASK_WORD_AFTER = re.compile(r"\s+(?:shared\s+)?tasks?\b")
_ON_CUE = re.compile(
    r"(?:\b(?:evaluated|evaluate|evaluating|tested|test|testing|experiments?|results?|trained|train|training|"
    r"fine-tuned|finetuned|pre-trained|pretrained|performance|accuracy|benchmarked|validated|conducted|"
    r"state-of-the-art|SOTA|improvements?|gains?|scores?)\s+(?:\w+\s+){0,3}?on"
    r"|\b(?:datasets?|benchmarks?|corpora|corpus)\s*(?:,\s*)?(?:such as|like|including|namely|e\.g\.,?|i\.e\.,?|:)"
    r"|\bon(?: the)?(?: challenging| popular| standard| widely[- ]used| public| large-scale)?)\s*(?:the\s+)?$"
)
#: "built on X", "based on X", "runs on X": what X is made of or runs on, not data it is tested on
_BUILT_ON = re.compile(
    r"\b(?:based|built|builds?|building|relies|rely|relying|depends?|depending|conditioned|grounded|"
    r"focus(?:es|ed|ing)?|hinges?|draws?|drawing|runs?|running|deployed|implemented)\s+on\s*(?:the\s+)?$",
    re.IGNORECASE)
_LIST_GLUE = re.compile(r"(?:,\s*(?:and|or)?|\s+(?:and|or)|\s*/)\s*$")
_LIST_GLUE_AFTER = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*)")
#: list glue after a value in brackets ("ImgEdit (+4.3%), GEdit"): the glue in group "glue"
_VALUED_GLUE = re.compile(r"\s*\(\s*[+\-\u2212]?\d[\d.,\s%]*\)(?P<glue>,\s*(?:and|or)?\s*|\s+(?:and|or)\s+)$")
_VALUED_GLUE_AFTER = re.compile(r"\s*\(\s*[+\-\u2212]?\d[\d.,\s%]*\)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
_TASK_CUE = re.compile(r"\b(?:task|problem)s?\s+of\s+$", re.IGNORECASE)
# Patterns anchored at the end ("...$") are searched over 80 characters of left context: ``re``
# tries every position. Each can only match a text whose last non-space characters are one
# of these, a test that costs one ``str.rstrip``:
_LIST_GLUE_ENDS = (",", "/", "and", "or")
_ON_CUE_ENDS = ("on", "the", "as", "like", "including", "namely", ".", ",", ":", "challenging", "popular",
                "standard", "used", "public", "scale")
#: how the part of an _ON_CUE match before its optional closing "the" ends: "." and "," only as
#: the end of "e.g." or "i.e.," (see :func:`_may_end_on_cue`)
_ON_CUE_BODY_ENDS = ("on", "the", "as", "like", "including", "namely", "e.g.", "i.e.", "e.g.,", "i.e.,", ":",
                     "challenging", "popular", "standard", "used", "public", "scale")
_DATA_WORD_AFTER = re.compile(
    r"\s+((?i:datasets?|benchmarks?|corpus|corpora|treebanks?)|suite|leaderboard"
    r"|data(?= set| sets|[,.;:)]| and| from| in| for| to| of| are| is| was| were))\b")
_PLURAL_DATA_WORDS = frozenset({"datasets", "benchmarks", "corpora", "treebanks"})
_BENCH_NAME = re.compile(r"[Bb]ench|Arena|Eval")
_WORD_PARTS = re.compile(r"[\w]+(?:-[\w]+)*")
_SHAPE_RULES = ("model_shape", "camel", "acronym", "data_shape")
#: the shape rules besides "acronym" whose names a list of known names types (:func:`_list_type`)
_LIST_TYPED_SHAPES = frozenset({"model_shape", "camel", "data_shape", "compound"})
#: the types a list of known names may give a shape-typed name, by the shape's type. Method is
#: the shapes' default and says least; a model's digits, a data suffix ("-QA", "-1K") and a
#: task acronym ("VLN") say more: "two AV-LLMs, VideoLLaMA2 and video-SALMONN" keeps a Model,
#: "ToCa, SS1M, and ST+MJ" keeps data, "VLN and VLA baselines" keeps a Task
_ALL_TYPES = frozenset({"Method", "Model", "Dataset", "Benchmark", "Metric", "Task"})
_LIST_RETYPES = {
    "Method": _ALL_TYPES,
    "Model": frozenset({"Model", "Dataset", "Benchmark", "Metric"}),
    "Dataset": frozenset({"Dataset", "Benchmark", "Model"}),
    "Benchmark": frozenset({"Dataset", "Benchmark", "Model"}),
}
#: the sources of the names the context may type (step 3 of :func:`resolve_spans`)
_CONTEXT_TYPED = frozenset({"shape", "cue", "title"})
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|io|ai|net|edu)(?:/\S*)?|\S+@\S+\.\w+")
#: a kind of thing after a name, up to two more name words between ("RTX 4090 GPU", "Jetson AGX Orin board");
#: lowercase or as acronyms are spelled ("GPUs", "SoC"), not title-cased ("FooNet Camera Relocalization")
_THING_KIND = r"(?:" + "|".join(sorted(THING_KINDS | {"GPU", "GPUs", "CPU", "CPUs", "SoC", "SoCs", "FPGA", "FPGAs"},
                                       key=len, reverse=True)) + r")(?![\w\-])"
_THING_AFTER = re.compile(r"(?:\s+[A-Z0-9][\w.\-]*){0,2}\s+" + _THING_KIND)
_COMPOUND_PREFIX = re.compile(r"(?<![\w\-])(?:[A-Z][A-Za-z0-9]*-)+$")  # ("2D-DPO" is no "D-DPO")
_DATA_HEAD_AFTER = re.compile(
    r"(?:\s(?:English|Chinese|German|French|Arabic|Japanese|Spanish))?"
    r"\s(?:corpus|corpora|dataset|datasets|treebank|benchmark|data set|"
    r"(?:test|dev|development|training|validation|evaluation|held-out) (?:set|sets|split|data))(?![\w\-])"
)
_TASK_HEAD_AFTER = re.compile(r"\s(?:task|tasks|problem|problems)(?![\w\-])")
_ADJ_PREFIX = re.compile(r"(?<![\w\-])(?:[Hh]igh|[Ll]ow|[Hh]igher|[Ll]ower|[Ff]ull|[Mm]ixed|[Hh]alf|[Ss]ingle|[Dd]ouble)-$")
#: "precision" in its everyday sense, not the metric: an adverbial degree or a dimension of exactness
#: before it ("with high precision", "spatial precision", "FP16 precision"; "maintains high precision"
#: may be the metric and stays), a field after it ("precision agriculture"); next to "recall" or to a
#: value it is the metric ("high precision and recall", "with higher precision (94%)")
_PRECISION_DEGREE = re.compile(
    r"(?<![\w\-])(?:(?:with|to)\s+(?:an?\s+)?(?:very\s+)?(?:high|higher|great|greater|remarkable|exceptional|"
    r"unprecedented|unparalleled|arbitrary|improved|enhanced)|numerical|numeric|arithmetic|floating-point|"
    r"spatial|temporal|geometric|sub-pixel|subpixel|millimeter|sub-millimeter|centimeter|anatomical|finite|"
    r"arbitrary|mixed|full|half|single|double|reduced|\d+-bit|bit|(?:fp|bf|int)\d+|integer|diagnostic|surgical|"
    r"lack|lacks|lacking|[a-z]+-level)[ \-]$",
    re.IGNORECASE)
_PRECISION_FIELD = re.compile(
    r"[ \-](?:agriculture|medicine|farming|forestry|health|healthcare|oncology|livestock|nutrition|psychiatry|"
    r"irrigation|horticulture|viticulture|manufacturing|machining|engineering|timing|landing|positioning|"
    r"delivery)\b",
    re.IGNORECASE)
_VALUE_NEXT = re.compile(r"\s*(?:\(|at\s+|of\s+|=\s*|:\s*)?\d", re.IGNORECASE)
_DIM_BEFORE = re.compile(r"(?<![\w\-])[1-4]D[ -]$")
_SIZE_RX = re.compile(r"\d+(?:\.\d+)?[BbMm]\b")
_MODEL_VARIANT_END = re.compile(r"[-_ ](?:Base|Large|Small|Tiny|Huge|Giant|XL|XXL|Instruct|Chat|Mini)$")
#: how a _MODEL_VARIANT_END match ends ("$" also matches before a final newline): the patterns
#: anchored at the end are tried at every position of the candidate; a str.endswith first
_VARIANT_ENDS = tuple(w + nl for w in "Base Large Small Tiny Huge Giant XL Instruct Chat Mini".split() for nl in ("", "\n"))
#: the last characters of _VARIANT_ENDS (one look-up before the twenty suffix tests)
_VARIANT_LAST = frozenset(end[-1] for end in _VARIANT_ENDS)


def _source_of(key: str, rule: str) -> str:
    if key == "kg_lexicon":
        return "lexicon"
    if key == "kg_abbrev":
        return "abbrev"
    if key == "kg_phrases":
        return "phrase"
    if rule.startswith("cue"):
        return "cue"
    if rule == "title":
        return "title"
    if rule == "metric":
        return "metric"
    return "shape"


#: pattern rule -> its source (:func:`_source_of`), filled as rules are seen
_PATTERN_SOURCES: dict[str, str] = {}


def _pattern_source(rule: str) -> str:
    """``_source_of("kg_patterns", rule)``, looked up once per rule."""
    got = _PATTERN_SOURCES.get(rule)
    if got is None:
        got = _PATTERN_SOURCES[rule] = _source_of("kg_patterns", rule)
    return got


#: the sort key of candidates in text order
_START = attrgetter("start")


class _Cand:
    __slots__ = ("start", "end", "type", "source", "rule", "kb", "eid", "label")

    def __init__(self, start, end, type_, source, rule, kb=""):
        self.start = start
        self.end = end
        self.type = type_
        self.source = source
        self.rule = rule
        self.kb = kb
        self.eid = ""
        self.label = ""

    def __repr__(self):  # pragma: no cover - debugging aid
        return f"_Cand({self.start},{self.end},{self.type},{self.source}:{self.rule})"


def _clean(text: str, c: _Cand) -> bool:
    """Trim determiners / trailing generic heads in place; False if the candidate must go.

    The trims and every test but one depend on the surface, source and type alone, and
    abstracts repeat their names: that part is memoised (:func:`_clean_surface`). Only
    the adjective test of a Metric reads the text before the (trimmed) candidate.
    """
    cut = _clean_surface(text[c.start:c.end], c.source, c.type)
    if cut is None or cut is _NEVER:
        return False
    if cut is not _NO_CUT:
        c.start += cut[0]
        c.end -= cut[1]
    if c.type == "Metric" and c.start > 1 and text[c.start - 1] == "-" and _ADJ_PREFIX.search(text, max(0, c.start - 9), c.start):
        return False  # "high-precision 3D reconstruction", "low-accuracy models": an adjective
    return True


_NO_CUT = (0, 0)
#: what :func:`_clean_surface` returns for a surface that is never a mention (:data:`NOT_ENTITIES`):
#: the candidate goes, and so do the phrases inside it ("Light Detection" of "Light Detection
#: and Ranging", the expansion of LiDAR, is no task)
_NEVER = (-1, -1)


@lru_cache(maxsize=200_000)
def _clean_surface(s: str, source: str, type_: str) -> tuple[int, int] | None:
    """What :func:`_clean` does to a candidate with surface ``s``: None when it must go
    (:data:`_NEVER` when it names what is never a mention), else how many characters it cuts
    from its start and from its end."""
    cut_start = cut_end = 0
    # whether s holds whitespace (any but " " is not printable); the trims below only shorten s
    spaced = " " in s or not s.isprintable()
    # (_LEAD needs one of its words first, then whitespace: an ASCII first word must be one of
    # them; a non-ASCII one may fold to one, so the pattern is tried)
    if spaced:
        first = s.split(None, 1)
        first = first[0] if first else s
        m = _LEAD.match(s) if first.lower() in _LEAD_WORD_SET or not first.isascii() else None
        if m and m.end() < len(s):
            cut_start = m.end()
            s = s[m.end():]
    # possessive: "LLaMA's" -> "LLaMA"
    if s.endswith(("'s", "’s")):
        cut_end += 2
        s = s[:-2]
    # trailing generic head on a *name* from a rule (not on phrases, whose head is the point,
    # nor on lexicon names, which are whole names)
    if source in ("shape", "cue", "title") and " " in s:
        head = s.rsplit(" ", 1)[1].lower()
        if head in GENERIC_HEADS:
            cut_end += len(head) + 1
            s = s[: -(len(head) + 1)]
    while s and s[-1] in ".,;:-" and not s.endswith(("al.", "++")):
        cut_end += 1
        s = s[:-1]
    if not s or len(s) < 2 and not s.isupper():
        return None
    ls = s.lower()
    # the word-list rules, tested together first: most surfaces are in none of the lists
    # (the rules that drop a candidate all say None, so only _NEVER's place among them matters)
    if ls in _LISTED or s[-1:] == "s" and ls[:-1] in NOT_ENTITIES:
        if ls in GENERIC_WORDS and not (type_ == "Metric" and ls in METRIC_WORDS) and not (
                type_ == "Task" and ls in SINGLE_TASKS):
            return None
        if ls in NOT_ENTITIES or s[-1:] == "s" and ls[:-1] in NOT_ENTITIES:  # ("CIs", not "CIS")
            return _NEVER
        if type_ in NOT_AS_TYPE.get(ls, ()) or ls in _SELF_REFERENCES:
            return None
        if source != "lexicon" and source != "abbrev" and ls in DETERMINERS and (s == ls or s == ls.capitalize()):
            return None  # "Existing datasets", "All benchmarks": a word, not a name (unlike "MoRe", "SOME")
    if source == "shape" and not spaced and "-" in s and _joins_sensors(ls):
        return None  # "LiDAR-camera fusion", "MRI-CT synthesis": what a study records with, as each sensor alone
    # "for instance": a lowercase function word first (the first word is cut only for a name)
    if source != "phrase" and (s.split(None, 1)[0] if spaced else s) in STOP_WORDS:
        return None
    first_char = s[0]
    if "et al" in s or (first_char in _NUMBER_FIRST or first_char.isdigit() or first_char.isspace()) and (
            _NUMBER.match(s) or _CITATION_START.match(s)):
        return None
    if source == "phrase" and ls.endswith(_SIZE_HEADS) and _PARAMETER_SIZE.match(ls):
        return None  # "30 billion parameter models": a size, not a kind of model
    if source != "lexicon" and ls.startswith(_SIZE_BOUND_WORDS) and _SIZE_BOUND.match(ls):
        return None  # "sub-8B models": a size range
    return (cut_start, cut_end) if cut_start or cut_end else _NO_CUT


#: sensors that a never-entity sensor or modality is paired with in a hyphenated name ("LiDAR-camera")
_SENSOR_PARTNERS = frozenset({"camera", "cameras", "radar", "thermal", "imu", "infrared"})


def _joins_sensors(ls: str) -> bool:
    """Whether a hyphenated lowercase surface joins sensors or imaging modalities only
    ("lidar-camera", "lidar-radar", "mri-ct"): each alone is no entity (:data:`NOT_ENTITIES`),
    and neither is the pair a study records with ("lidar-camera 3D detection" keeps its task
    phrase)."""
    parts = ls.split("-")
    return (any(p in NOT_ENTITIES for p in parts)
            and all(p in NOT_ENTITIES or p in _SENSOR_PARTNERS for p in parts))


#: "parameter model", "billion-parameter models", "8-billion-parameter model"
_PARAMETER_SIZE = re.compile(r"(?:[\w.]+[ -])*parameters? models?$")
_SIZE_HEADS = ("model", "models")
#: "sub-8B", "over-70B": a bound on model size
_SIZE_BOUND_WORDS = ("sub", "over", "under", "below", "above", "up", "around", "about", "near")
_SIZE_BOUND = re.compile(r"(?:" + "|".join(_SIZE_BOUND_WORDS) + r")-?\d")
#: the paper's own work and other self-references: never a name
_SELF_REFERENCES = frozenset({"this paper", "this work", "our method", "our approach", "our model", "the model",
                              "our framework", "this study", "state-of-the-art", "sota"})
#: every lowercase surface a word-list rule of :func:`_clean_surface` reads
_LISTED = GENERIC_WORDS | NOT_ENTITIES | frozenset(NOT_AS_TYPE) | _SELF_REFERENCES | DETERMINERS


def _everyday_precision(text: str, start: int, end: int) -> bool:
    """Whether the word "precision" at ``text[start:end]`` is exactness, not the metric.

    >>> t = "It localises objects with high precision for precision agriculture."
    >>> _everyday_precision(t, 31, 40), _everyday_precision(t, 45, 54)
    (True, True)
    >>> t = "It reaches high precision and recall; precision drops."
    >>> _everyday_precision(t, 16, 25), _everyday_precision(t, 38, 47)
    (False, False)
    >>> _everyday_precision("higher precision (94%)", 7, 16)
    False
    """
    if text[start:end].lower() != "precision":
        return False
    if _PRECISION_FIELD.match(text, end):
        return True
    if not _PRECISION_DEGREE.search(text, max(0, start - 32), start) or _VALUE_NEXT.match(text, end):
        return False
    return "recall" not in text[max(0, start - 100):end + 100].lower()  # ("high recall but lower precision")


#: a preposition of time right before a "... time" metric: "at inference time", "during training time"
_AT_A_TIME = re.compile(r"(?<![\w\-])(?:[Aa]t|[Dd]uring|[Uu]ntil|[Bb]efore|[Aa]fter)\s+(?:the\s+)?$")


def _a_point_in_time(text: str, start: int) -> bool:
    """Whether a "... time" Metric at ``start`` is a point in a model's life, not a duration
    measured: "leverage the planner at inference time" (112 mentions in 15k abstracts, a
    Metric by the lexicon), "during training time"; "reduces inference time by 40%" and "in
    inference time" (a comparison) stay.

    >>> t = "Experts are merged at inference time, which cuts inference time."
    >>> _a_point_in_time(t, t.index("inference")), _a_point_in_time(t, t.rindex("inference"))
    (True, False)
    """
    return _AT_A_TIME.search(text, max(0, start - 12), start) is not None


def _by_edges(named: list[_Cand]) -> tuple[dict[int, _Cand], dict[int, _Cand]]:
    """The names by end and by start; of names that share an edge, the best-sourced one.

    A shape rule often matches a name the lexicon knows too ("MVBench"); the list rules
    (:func:`_list_type`, :func:`_context_type`) must see the lexicon's type, not the shape's.
    """
    # (nine abstracts in ten have names that share an edge, mostly a lexicon name that a shape
    # rule matches too.) Each dict keeps the last name written per edge: ordered by rank, and
    # within a rank last-to-first, the last one written is the best-ranked name that came first
    rank = SOURCE_PRIORITY.get
    ranked = sorted(reversed(named), key=lambda c: rank(c.source, 0))
    return {c.end: c for c in ranked}, {c.start: c for c in ranked}


def _loses_to_twin(text: str, c: _Cand, by_end: dict[int, _Cand]) -> bool:
    """Whether the shape name ``c`` loses the overlap step whatever type step 3 gives it, and
    no other name reads that type: its context typing can be skipped (the output is the same).

    True when a better-sourced name (the lexicon's, an abbreviation's, a cue's, a title's or
    the metric rule's) has exactly ``c``'s span and is the name :func:`_by_edges` holds at
    ``c``'s end (at its start, by_start holds the twin or a name ranked higher still: the list
    rules of step 3 never see ``c``), and step 3b can lengthen neither of them, whatever their
    types: no data head or task head follows them (the patterns 3b tries), no "3D" prefix comes
    before. The twin is no shape name, so no filter drops it; it sorts before ``c`` in step 4
    (same length, higher priority) and keeps the same span, so ``c`` is blocked by the twin or
    by what blocked the twin. The filter of shape data names that a lexicon name spans only
    drops a ``c`` that loses anyway.
    """
    o = by_end.get(c.end)
    if o is None or o.source == "shape" or o.start != c.start:
        return False
    lo = max(0, c.start - 5)
    return (text.find("D", lo, c.start) == -1 and _DATA_HEAD_AFTER.match(text, c.end) is None
            and _TASK_HEAD_AFTER.match(text, c.end) is None)


def _things_named(text: str, named: list[_Cand]) -> set[str]:
    """The surfaces of shape names that a kind of thing follows (:data:`THING_KINDS`).

    The shape rules take any coined spelling for a method or model, and hardware, satellites and
    file formats are spelled alike ("RV1126", "SPOT-6/7", "GeoTIFF"); the word after the name
    says which it is, and the same name elsewhere is the same thing. An acronym a task head follows
    is what the task works on ("ADL recognition", "TNM classification", "EF estimation"), no method.
    """
    # (tried after each shape name, ~5 per abstract, ~3 µs together; a search of the whole text for a
    # kind word first, as a gate, cost ~30 µs. _THING_AFTER opens with whitespace: a name followed by
    # anything else is skipped without a call)
    size = len(text)
    return {text[c.start:c.end] for c in named
            if c.source == "shape" and c.rule != "compound" and c.end < size and text[c.end].isspace()
            and (_THING_AFTER.match(text, c.end) or c.rule == "acronym" and _TASK_AFTER_PAIR.match(text, c.end)
                 and not text.endswith("NN", c.start, c.end))}  # ("KNN classification": by a network)


#: a shared-task paper's title opens with its team and the event: "HausaNLP at SemEval-2025 Task 2: ...",
#: "Team ACK at SemEval-2025 ...", "BD at BEA 2025 Shared Task: ..." (a year or "Task" after the event's
#: name: "Person Recognition at Altitude: ..." is no event)
_TEAM_AT = re.compile(r"\s+at\s+(?:the\s+)?[A-Z][\w\-]*(?:[ \-]?(?:19|20)\d\d\b|\s+(?:Shared\s+)?Task\b)")
_TEAM_PREFIX = re.compile(r"\s*(?:Team\s+)?")
#: the rules that find a name the abstract itself presents ("we present HalluSearch, a pipeline ...")
_PRESENTING_RULES = frozenset({"cue_propose", "cue_named", "cue_appos"})


def _team_name(text: str, named: list[_Cand]) -> tuple[str, int] | None:
    """The team that opens a shared-task paper's title (:data:`_TEAM_AT`) and where it ends, or None.

    A team is a group of authors ("ZJUKLAB", "TartuNLP", "UoB-NLP"), no method: the shape rules took
    its coined spelling for one, and the event's papers linked it to their tasks. A name the abstract
    presents with a cue ("we present HalluSearch, a multilingual pipeline") is the system's and stays.
    """
    first = min(named, key=lambda c: c.start)
    if first.start > 6 or first.start != _TEAM_PREFIX.match(text).end() or not _TEAM_AT.match(text, first.end):
        return None
    name = text[first.start:first.end]
    if any(c.rule in _PRESENTING_RULES and text[c.start:c.end] == name for c in named):
        return None
    return name, first.end


def _list_glue(before: str) -> re.Match | None:
    """``_LIST_GLUE.search(before)``, skipped when ``before`` cannot end with list glue."""
    if not before.rstrip().endswith(_LIST_GLUE_ENDS):
        return None
    return _LIST_GLUE.search(before)


def _past_coined_items(text: str, item: _Cand | None, by_end: dict[int, _Cand], by_start: dict[int, _Cand],
                       *, hops: int, forward: bool) -> _Cand | None:
    """The first list item from ``item`` on (walking back, or on with ``forward``) that is not a
    shape-typed coined name, up to ``hops`` items away.

    A list of new names typed by shape alone says nothing of its kind until a known name comes:
    in "Jaccard in FooLap, M2Bar16, and Cholec80" the first item's neighbour is another coined
    name, and only the data set the lexicon knows, two items on, says they are data sets.
    With ``hops`` 0 the neighbour itself is returned.
    """
    for _ in range(hops):
        if item is None or item.source != "shape":
            return item
        if forward:
            g = _LIST_GLUE_AFTER.match(text, item.end)
            item = by_start.get(g.end()) if g else None
        else:
            g = _list_glue(text[max(0, item.start - 8):item.start])
            item = by_end.get(item.start - len(g.group(0))) if g else None
    return item if item is None or item.source != "shape" else None


def _list_type(text: str, c: _Cand, by_end: dict[int, _Cand], by_start: dict[int, _Cand],
               in_list_only: bool = False) -> str | None:
    """The type of the lexicon-typed names coordinated with ``c`` ("BLEU, TER and MEANT").

    With ``in_list_only``, a name before ``c`` counts only when ``c`` is inside a list, not
    after a clause that ends with a name ("on the CheXpert dataset, FooNet achieves"): the
    glue before ``c`` holds "and", "or" or "/", or more of the list (or its closing
    bracket) follows ``c`` ("(COCO, FooSet)", "COCO, FooSet, and LVIS").
    """
    types = []
    hops = 0 if c.type in ("Dataset", "Benchmark") else 4  # (a data name's kind is told by its head)
    prev_text = text[max(0, c.start - 8):c.start]
    may_glue = prev_text.rstrip().endswith(_LIST_GLUE_ENDS)  # (the test of _list_glue, made once)
    g = _LIST_GLUE.search(prev_text) if may_glue else None
    glue = g.group(0) if g else ""
    if may_glue and (g is None or c.start > len(glue) and text[c.start - len(glue) - 1] == ")"):
        # ("ImgEdit (+4.3%), GEdit", "SciFact (72.04), and FooSet": the value before the glue)
        g = _VALUED_GLUE.search(text, max(0, c.start - 24), c.start)
        glue = g.group("glue") if g else ""
    after = _LIST_GLUE_AFTER.match(text, c.end) or _VALUED_GLUE_AFTER.match(text, c.end)
    if g and (not in_list_only or after or text.startswith(")", c.end) or glue.strip(" ,")):
        p = _past_coined_items(text, by_end.get(c.start - len(g.group(0))), by_end, by_start,
                               hops=hops, forward=False)
        if p is not None and p.source in ("lexicon", "metric"):
            types.append(p.type)
    if after:
        n = _past_coined_items(text, by_start.get(after.end()), by_end, by_start,
                               hops=hops, forward=True)
        if n is not None and n.source in ("lexicon", "metric"):
            types.append(n.type)
    if types and all(t == types[0] for t in types):
        return types[0]
    return None


#: a list of metrics opening right before a name: "metrics such as", "metrics, including", "metrics (",
#: "evaluation metrics:", "measures like" (the plural: "the metric of FooNet" is no list)
_METRIC_LIST_CUE = re.compile(
    r"\b(?:metrics|measures)\s*(?:,\s*)?(?:\(|:|--|(?:such as|like|including|namely|e\.g\.|i\.e\.)[,:]?)\s*$")
_METRICS_AFTER = re.compile(r"\s+metrics\b")  # (not "measures": "FooSet measures robustness" is a verb)
_METRIC_LIST_CUE_ENDS = ("as", "like", "including", "namely", ".", ",", ":", "(", "--")


def _in_metric_list(text: str, c: _Cand, by_end: dict[int, _Cand], by_start: dict[int, _Cand]) -> bool:
    """Whether shape name ``c`` is an item of a list that "metrics such as" opens or "metrics"
    closes: "metrics such as FID, ClipIQA, and MUSIQ", "metrics, including PSNR, SSIM, NIQE and
    SUVmax", "the PSNR, SSIM and NIQE metrics" (a single name before "metrics" is a kind: "ECE
    metrics").

    The list is walked back over names the resolver holds (up to eight), as for data lists in
    :func:`_context_type`; a name the lexicon types keeps its type (it is not asked). The caller
    asks only for a text that holds "metrics" or "measures".

    >>> c = _Cand(21, 28, "Dataset", "shape", "data_shape")
    >>> _in_metric_list("metrics such as FID, ClipIQA, and MUSIQ", c,
    ...                 {19: _Cand(16, 19, "Metric", "lexicon", "lexicon")}, {})
    True
    """
    pos = c.start
    for _ in range(8):
        before = text[max(0, pos - 40):pos]
        tail = before.rstrip()
        if tail.endswith(_METRIC_LIST_CUE_ENDS) and _METRIC_LIST_CUE.search(before):
            return True
        g = _LIST_GLUE.search(before) if tail.endswith(_LIST_GLUE_ENDS) else None
        prev = by_end.get(pos - len(g.group(0))) if g else None
        if prev is None:
            break
        pos = prev.start
    end = c.end  # "PSNR, SSIM and NIQE metrics": the list's head after it
    for _ in range(8):
        if _METRICS_AFTER.match(text, end):
            return end > c.end or _LIST_GLUE.search(text[max(0, c.start - 8):c.start]) is not None
        g = _LIST_GLUE_AFTER.match(text, end)
        nxt = by_start.get(g.end()) if g else None
        if nxt is None:
            return False
        end = nxt.end
    return False


#: a value right after a name: a decimal or a percentage ("of 1.68", "= 83.7%"), not a count ("of 7 layers")
_VALUE_AFTER = re.compile(r"s?\s*(?:of|=|:)\s*[-\u2212]?(?:\d*\.\d+|\d+(?:\.\d+)?\s*\\?%)")
#: the word after a name that says it is a built thing, not data it is tested on: "on the RWKV-7
#: model", "Experiments on the HBM-PIM system", "capitalizes on the MM-DiT architecture"
_MODEL_WORD_AFTER = re.compile(r"\s+(?:models?|backbones?|checkpoints?|architectures?|systems?|frameworks?|accelerators?)\b",
                               re.IGNORECASE)
#: a value right before a shape-only name: the name is its unit ("achieves 45.0 PDMS", "+2.1% gIoU");
#: not a version after a name ("Qwen 2.5 VL": a capitalised word before the number)
_VALUE_BEFORE = re.compile(r"(?<![\w./])[+\-\u2212]?(?:\d+\.\d+\s*\\?%?|\d+\s*\\?%)\s$")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w\-]*\s$")
#: the ends of operation-count units ("TOPS", "GOPs", "GSOPs", "GMACs"): a number before one is its value
_RATE_UNIT_ENDS = ("OPS", "OPs", "MACs", "MACS")
#: what follows a unit in prose ("45.0 PDMS on nuPlan", "0.95 SR, 0.91 NR"); a table row goes on with
#: another name ("71.0 DeepLab-LargeFOV [6] 71.6 MSRA BoxSup")
_PROSE_AFTER_UNIT = re.compile(
    r"[,.;:)]|\s+(?:and|or|on|in|over|with|for|at|while|from|to|than|compared|across|respectively|"
    r"improvements?|gains?|points?)\b")


#: a known measure's acronym after one lower-case letter that names its variant: "gIoU" (generalised),
#: "cIoU", "nMSE" (normalised), "mDSC" (mean), "gFID", "sAP", "mAP75" (not "mAP" itself: the lexicon's;
#: not "AR": "xAR" is an autoregressive model)
_PREFIXED_METRIC = re.compile(
    r"[a-z](?:IoU|FID|FVD|KID|MSE|RMSE|MAE|MAPE|DSC|AP(?:50|75)?|AUC|AUROC|SSIM|PSNR|NDCG|MRR|ACC|Acc|F1)")


#: an article right before a name: "an aMOTA of 0.722" measures, "YoloV11 of 99.49% accuracy" lists
_ARTICLE_BEFORE = re.compile(r"(?<![\w\-])(?:an?|the|An?|The)\s$")


def _measured_name(text: str, start: int, end: int) -> bool:
    """Whether the shape name ``text[start:end]`` (no all-caps acronym: those follow
    :data:`_VALUE_AFTER` alone) is a measure with its value: an article before, "of" and a
    value after ("a StreamLAAL of 1837.86", "an ASR-4 of 45%"); a model's score in a list
    ("models YoloV8 and YoloV11 of 99.49% and 99.56%") has no article.

    >>> _measured_name("with an aMOTA of 0.722 and", 8, 13), _measured_name("and YoloV11 of 99.49%", 4, 11)
    (True, False)
    """
    return (_VALUE_AFTER.match(text, end) is not None
            and _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None)


#: a value after letters, maybe hedged: "an ASR of 42.9%", "an ASR of over 90%", "ASRs of up to 50%"
_VALUE_AFTER_LETTERS = re.compile(
    r"s?\s*(?:of|=|:)\s*(?:(?:over|up to|about|around|nearly|only|above|below|under|approximately)\s+)?"
    r"[-\u2212]?(?:\d*\.\d+|\d+(?:\.\d+)?\s*\\?%)")
#: a value before letters, with at most one modifier between: "53.55\\% ASR", "98% average ASR"
_VALUE_BEFORE_LETTERS = re.compile(r"(?<![\w./])(?:\d+\.\d+|\d+)\s*\\?%\s(?:(?:average|mean|overall|higher|lower)\s)?$")


def _measured_letters(text: str, start: int, end: int) -> bool:
    """Whether the letters ``text[start:end]`` are given a value: "an ASR of (over) 42.9%", "ASR = 0.8",
    "53.55% ASR", "98% average ASR" (a task has no value; its metric has).

    >>> _measured_letters("shows an ASR of 42.9%", 9, 12), _measured_letters("over 98% average ASR", 17, 20)
    (True, True)
    >>> _measured_letters("achieves an ASR of over 90% on", 12, 15)
    True
    >>> _measured_letters("robust ASR of noisy speech", 7, 10)
    False
    """
    return bool(_VALUE_AFTER_LETTERS.match(text, end) or _VALUE_BEFORE_LETTERS.search(text, max(0, start - 24), start))


def _value_before(text: str, start: int, end: int) -> bool:
    """Whether the shape-only name ``text[start:end]`` is the unit of a value right before it
    (see :data:`_VALUE_BEFORE`), in prose.

    >>> _value_before("achieves 45.0 PDMS on it", 14, 18), _value_before("Qwen 2.5 VL on it", 9, 11)
    (True, False)
    >>> _value_before("with 3 GPUs.", 7, 11), _value_before("[5] 71.0 MSRA BoxSup [9]", 9, 13)
    (False, False)
    >>> _value_before("reaches 1038 TOPS per chip", 13, 17)
    True
    """
    if start < 3 or text[start - 1] != " " or not (text[start - 2].isdigit() or text[start - 2] == "%"):
        return False
    if text.endswith(_RATE_UNIT_ENDS, start, end):
        return True  # "1038 TOPS", "7.42 GSOPs per image": a count of operations is a unit whatever follows
    m = _VALUE_BEFORE.search(text, max(0, start - 14), start)
    return (m is not None and _PROSE_AFTER_UNIT.match(text, end) is not None
            and not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 20), m.start()))
#: _DATA_WORD_AFTER, _TASK_WORD_AFTER and _MODEL_WORD_AFTER as one pattern, tried in that order
#: (group "data", "task" or "model" says which matched). Each opens with ``\s+`` and then needs
#: a letter, so at the one position they are tried they succeed or fail alike: one ``match``
#: call instead of three (~5 per abstract)
_WORD_AFTER = re.compile(
    r"\s+(?:(?P<data>(?i:datasets?|benchmarks?|corpus|corpora|treebanks?)|suite|leaderboard"
    r"|data(?= set| sets|[,.;:)]| and| from| in| for| to| of| are| is| was| were))\b"
    r"|(?P<task>(?:shared\s+)?tasks?\b)"
    r"|(?P<model>(?i:models?|backbones?|checkpoints?|architectures?|systems?|frameworks?|accelerators?)\b))")


def _split_task(text: str, c: _Cand, cands: list[_Cand]) -> bool:
    """Split a Metric named with its task ("classification accuracy") into a Task phrase,
    appended to ``cands``, and the metric after it; whether ``c`` was cut."""
    if " " not in text[c.start:c.end]:
        return False
    first, rest = text[c.start:c.end].split(" ", 1)
    if first.lower() in SINGLE_TASKS or first.lower() in TASK_HEADS and rest.lower() in METRIC_WORDS:
        if rest.lower() in METRIC_WORDS or rest.lower() in ("error rate", "f1 score", "f-score"):
            cands.append(_Cand(c.start, c.start + len(first), "Task", "phrase", first.lower()))
            c.start += len(first) + 1
            c.kb = ""
            return True
    return False


def _defined_as_entity(text: str, short: str, pairs: list[tuple] | None) -> bool:
    """Whether the text defines ``short`` (one of :data:`DEFINABLE_NOT_ENTITIES`) with a
    long form that is not itself a never-entity: "Code Interpreter (CI)" is a name,
    "confidence interval (CI)" is not."""
    for ls, le, ss, se in pairs or ():
        if text[ss:se] == short:
            return _clean_surface(text[ls:le], "abbrev", "Method") is not _NEVER
    return False


def _compound_kind(text: str, c: _Cand) -> bool:
    """Whether a lexicon name after a hyphen can be the end of a longer coined name.

    Names of data and models ("MS-COCO", "Video-LLaMA") always can; a method or a metric only
    when it is one mixed-case word ("Mip-NeRF", "Swin-UNet", "MM-DiT", "NTA-IoU"): not a common
    word ("Self-Attention" is attention, "High-Accuracy" a quality) and not an all-capitals
    acronym, which a hyphen mostly joins to a descriptive word ("Multi-LLM", "Pre-SFT", "No-RAG")
    or to a model's name ("CAV-MAE" is no error measure).
    """
    if c.type in ("Dataset", "Benchmark", "Model"):
        return True
    if c.type not in ("Method", "Metric") or c.end - c.start < 3:
        return False
    if _letter_variant(text, c):
        return True
    name = text[c.start:c.end]
    return not name.rstrip("s").isupper() and " " not in name and any(ch.isupper() for ch in name[1:])


def _letter_variant(text: str, c: _Cand) -> bool:
    """Whether the lexicon name ``c`` follows a one-capital prefix that opens the word and is
    one word of capitals itself: "T-GRPO", "R-CNN", "S-SFT", "P-MPJPE" name a variant of their
    own (a lone letter describes nothing, unlike "Multi-" or "Pre-"), so the compound is the name
    (methods and metrics: a task's compound, "I-VQA", is left to the task rules).

    >>> t = "we compare T-GRPO and 2D-DPO"
    >>> _letter_variant(t, _Cand(13, 17, "Method", "lexicon", "lexicon")), _letter_variant(t, _Cand(25, 28, "Method", "lexicon", "lexicon"))
    (True, False)
    """
    s = c.start
    if s < 2 or not text[s - 2].isupper() or (s > 2 and (text[s - 3].isalnum() or text[s - 3] in "-_./")):
        return False
    name = text[s:c.end]
    return c.end - s >= 2 and " " not in name and name.rstrip("s").isupper()


def _data_word_type(w: str) -> str:
    """Benchmark or Dataset, by the data word after a name (a _WORD_AFTER "data" group)."""
    return "Benchmark" if w.lower().startswith(("benchmark", "suite", "leaderboard")) else "Dataset"


def _list_end_data_type(text: str, c: _Cand, by_start: dict[int, _Cand]) -> str | None:
    """The data type that a plural data word after the end of the list ``c`` opens gives
    the whole list: "the FashionIQ and CIRR datasets", "on A, B and C benchmarks" (a
    singular one names the last item only: "a model, FigCodifier and ImgCode-8.6M dataset";
    "System-1 and System-2 data" are no data sets)."""
    pos = c.end
    for _ in range(8):
        g = _LIST_GLUE_AFTER.match(text, pos)
        n = by_start.get(g.end()) if g else None
        if n is None:
            break
        pos = n.end
    if pos == c.end or pos >= len(text):
        return None
    if text[pos] == ",":  # "PolarNS and PolarBurstSR, two innovative datasets": the list's appositive
        m = _COUNTED_DATA_APPOSITIVE.match(text, pos)
        return _data_word_type(m.group("w")) if m else None
    if not text[pos].isspace():
        return None
    m = _WORD_AFTER.match(text[pos:pos + 30])
    w = m.group("data") if m else None
    return _data_word_type(w) if w is not None and w.lower() in _PLURAL_DATA_WORDS else None


#: an appositive that counts the names of a list as data: "PolarNS and PolarBurstSR, two innovative
#: datasets", "VQA-Causal and VCR-Causal, two new benchmarks" (modifiers between, as in _DATA_APPOSITIVE)
_COUNTED_DATA_APPOSITIVE = re.compile(
    r",\s+(?:two|three|four|five|both)\s+(?:(?!(?:for|of|with|to|in|on|from|by|that|which|models|methods|tools|"
    r"systems|frameworks|approaches)\b)[\w\-]+,?\s+){0,4}?(?P<w>datasets|benchmarks|corpora)(?![\w\-])")
#: a challenge or competition after a name, a year between or not ("ISLES'24 challenge", "DCASE 2025 Challenge")
_CHALLENGE_AFTER = re.compile(r"(?:\s+(?:19|20)\d\d)?\s+(?:[Cc]hallenge|[Cc]ompetition)(?![\w\-])")


#: an appositive that calls the name before it data: "we introduce FooQA, a large-scale multilingual QA
#: dataset", "FooCan-30M, a vast, diverse dataset", "OmniFoo, the first benchmark for ...", "Granary, a collection of speech datasets" (a
#: collection of data, not "a collection of techniques"); the words
#: between are modifiers, no preposition and no head of a built thing ("G2P+, a tool for converting
#: datasets", "FooLLM, a novel framework and dataset", "Wan, a suite of video models")
_DATA_APPOSITIVE = re.compile(
    r"[}*]?,\s+(?:a|an|the|our)\s+"
    r"(?:(?!(?:for|of|with|to|in|on|from|by|that|which|framework|frameworks|model|models|method|methods|tool|"
    r"toolkit|system|pipeline|approach|suite|library|platform|agent|agents|network|architecture|module|algorithm|"
    r"detector|encoder|generator|simulator|environment|engine|family|series)\b)[\w\-]+,?\s+){0,5}?"
    r"(?P<w>datasets?|benchmarks?|corpus|corpora|collection(?=\s+of\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:datasets|data|corpora|benchmarks|samples|examples|dialogues|images|videos|documents|questions|pairs)\b))"
    r"(?![\w\-])")


def _context_type(text: str, c: _Cand, by_end: dict[int, _Cand], by_start: dict[int, _Cand]) -> str | None:
    """A Dataset/Benchmark/Task (or, by an appositive, Metric) type from the words around a
    shape-only name."""
    if c.end < len(text) and text[c.end].isspace():  # (the patterns open with whitespace)
        if ((text.find("hallenge", c.end, c.end + 16) != -1 or text.find("ompetition", c.end, c.end + 18) != -1)
                and _CHALLENGE_AFTER.match(text, c.end)):  # (two finds before the pattern: most names pass)
            return "Benchmark"  # "the PVUW challenge", "the FooSeg 2025 Challenge": a competition's test data
        m = _WORD_AFTER.match(text[c.end:c.end + 30])
        if m:
            w = m.group("data")
            if w is not None:
                return _data_word_type(w)
            if m.group("task") is not None:  # "the WMT09 task", "the RM task"
                return "Task"
            return None  # "experiments on SD models", "on the HBM-PIM system": built things, not data
    if text.startswith((",", "},", "*,"), c.end):
        m = _DATA_APPOSITIVE.match(text, c.end)
        if m:
            return _data_word_type(m.group("w")) if m.group("w") != "collection" else "Dataset"
        t = _appositive_kind(text, c.end)
        if t:
            return t  # "we propose FooScore, a novel LLM-based metric", "FooVG, a new task focusing on ..."
    if text.startswith((",", " and ", " or ", "/"), c.end):
        t = _list_end_data_type(text, c, by_start)
        if t:
            return t
    # walk back over a list "on X, Y and Z"; a list of models stays a list of models
    # (the left context and its stripped tail are cut once per position: the walk and the
    # cues below read the same ones)
    pos = c.start
    before = text[max(0, pos - 80):pos]
    tail = before.rstrip()
    for _ in range(8):
        g = _LIST_GLUE.search(before) if tail.endswith(_LIST_GLUE_ENDS) else None  # _list_glue(before)
        if g:
            prev = by_end.get(pos - len(g.group(0)))
            if prev is None:
                break
            if prev.type == "Model" and (prev.source == "lexicon" or _SIZE_RX.search(text[prev.start:prev.end])):
                return None
            if prev.source == "lexicon" and prev.type in ("Dataset", "Benchmark") and pos < c.start:
                return prev.type  # "on 1D-ARC, ACRE, and MiniSCAN": a list that holds known data is data
            pos = prev.start
            before = text[max(0, pos - 80):pos]
            tail = before.rstrip()
            continue
        break
    if tail[-2:].lower() == "of" and _TASK_CUE.search(before):
        return "Task"
    if _may_end_on_cue(tail):
        cue = _ON_CUE.search(before)
        if cue and not _BUILT_ON.search(before):
            # "benchmarks such as FooQA": the data word says which; "evaluated on FooQA": data
            return "Benchmark" if cue.group(0).startswith(("benchmark", "Benchmark")) else "Dataset"
    return _data_list_type(text, c, by_start)


#: the data words that name a data set right after them or open a list of their names: "two
#: datasets, A and B", "benchmarks (A, B)", "the public dataset LUMIERE", "Dataset CI4R"
_DATA_LIST_NOUNS = ("datasets", "benchmarks", "corpora", "dataset", "benchmark", "corpus", "Datasets", "Dataset",
                    "Benchmarks", "Benchmark")
_WORD_AT = re.compile(r"\w*")
#: from a data word to a name: an optional opener ("(", ":" or ","), an optional "e.g." or "called",
#: then list items of one to three words, each followed by list glue
_DATA_LIST_RUN = re.compile(
    r"\s*(?P<open>[(:,])?\s*(?:(?:e\.g\.|i\.e\.|including|namely|such as|called|named|dubbed|termed)[,:]?\s*)?"
    r"(?P<items>(?:[^\s,;()]+(?:\s[^\s,;()]+){0,2}?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*)")
#: what follows a name inside a list: its closing bracket, or glue and the next name (a word with a
#: capital or a digit: "and CIRR", "and nuScenes"; not "and our method")
_LIST_GOES_ON = re.compile(r"\s*\)|(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[^\s,]*[A-Z0-9]")
#: the word before "benchmark(s)" when it is a verb: "we benchmark FooNet", "to benchmark", "this paper
#: benchmarks", "rigorously benchmark"
_BENCHMARK_VERB_BEFORE = re.compile(r"(?:\b(?:we|We|to|paper|study|work|also|further|then|and)|ly)\s+$")


#: the stems of the data words of :data:`_DATA_LIST_NOUNS` ("datasets", "Benchmark", "corpora")
_DATA_STEMS = ("ataset", "enchmark", "orpor", "orpus")


def _last_data_word_start(text: str, end: int, reach: int) -> int:
    """Where the last word that holds a data word's stem starts (the character before the stem),
    when that is at most ``end`` and at least ``end - reach``; else -1. A stem that opens the
    text counts nowhere.

    Searched by ``str.rfind`` in that window only: fewer than three names of an abstract ask
    (:func:`_data_list_type`), and a search of the whole text for every stem, once per text,
    cost more.

    >>> t = "on two datasets, FooSet and BarSet"
    >>> _last_data_word_start(t, 26, 118), _last_data_word_start(t, 26, 10)
    (7, -1)
    """
    lo = max(1, end - reach + 1)
    window = text[lo:end + 9]  # (what the stems found below can span: the longest has 8 characters)
    if "ataset" not in window and "enchmark" not in window and "orp" not in window:
        return -1  # (six names in seven: no data word near)
    at = -1
    for stem in _DATA_STEMS:
        i = text.rfind(stem, lo, end + 1 + len(stem))
        if i - 1 > at and not text.startswith(stem):
            at = i - 1
    return at


def _data_list_type(text: str, c: _Cand, by_start: dict[int, _Cand]) -> str | None:
    """Dataset or Benchmark for a name that a data word names or a list of data holds: "on four
    datasets (ISLES, BraTS, GlaS)", "two real-world datasets, V2V4Real and DAIR-V2X", "on the
    open dataset LUMIERE".

    After a comma the name must be inside the list (more of it follows, or glue before it):
    "On the KITTI datasets, FooSLAM achieves" is a method after a clause. A singular data word
    names only the name right after it. "We benchmark FooNet" is a verb. A list that holds a
    known model or method is no list of data ("on five datasets, GPT-4o and FooLM").
    """
    at = _last_data_word_start(text, c.start - 2, 118)  # (the last data word that ends before the name)
    if at < 0:
        return None
    word = _WORD_AT.match(text, at).group(0)
    if word not in _DATA_LIST_NOUNS:
        return None
    word_end = at + len(word)
    run = _DATA_LIST_RUN.match(text, word_end, c.start)
    if run is None or run.end() != c.start:
        return None
    opener, items = run.group("open"), run.group("items")
    if opener == "," and not items and not _LIST_GOES_ON.match(text, c.end):
        return None
    if word.lower() in ("dataset", "benchmark", "corpus") and (items or opener in (",", ":")):
        return None  # "the dataset A, B", "on the Grid dataset, LSE-D drops": a singular word names the name after it only
    if opener is None and items and any(" " in part for part in _LIST_GLUE_AFTER.split(items)):
        return None  # "datasets we use, with learning rates, and FooReg": a bare list holds one-word names
    if word.lower().startswith("bench") and _BENCHMARK_VERB_BEFORE.search(text, max(0, at - 20), at):
        return None
    if any(o.source == "lexicon" and o.type in ("Model", "Method") and word_end <= o.start < c.start
           for o in by_start.values()):
        return None
    return _data_word_type(word)


def _may_end_on_cue(tail: str) -> bool:
    """Whether ``tail`` (a left context without its trailing whitespace) can end with an
    _ON_CUE match: a necessary condition, tested before the search over 80 characters.

    A match is a cue that ends with one of :data:`_ON_CUE_BODY_ENDS`, then whitespace and
    an optional "the". So a tail that ends with "the" must end with one of them before
    it ("evaluated on the", not "outperforms the", ~1 name in 3 follows a "the"); a
    tail ending with "." or "," must end with "e.g." or "i.e." (not a sentence end or a
    list comma).

    >>> [_may_end_on_cue(t) for t in ("results on the", "beats the", "e.g.,", "Finally,", "such as")]
    [True, False, True, False, True]
    """
    if tail.endswith("the"):
        tail = tail[:-3].rstrip()
    return tail.endswith(_ON_CUE_BODY_ENDS)


#: which other candidate types an abbreviation pair (higher wins)
_ABBREV_TYPE_RANK = {"lexicon": 6, "cue": 5, "title": 4, "phrase": 3, "metric": 4, "shape": 1}
#: the rank of a lexicon name that only ends the long form (its head): below a phrase on the
#: whole long form, above a shape
_LEXICON_HEAD_RANK = 2
#: plural heads of a long form that name a kind of technique, though no phrase rule types them: an
#: untyped pair is dropped, and its short form with it ("autonomous vehicles (AVs)" rightly)
_METHOD_PLURAL_HEADS = frozenset({"representations", "attacks"})


def _abbrev_type(text: str, long_c: tuple[int, int], short_c: tuple[int, int],
                 others: list[_Cand]) -> tuple[str | None, str | None]:
    """Type of an abbreviation pair and the lexicon id, if any, from the other candidates
    (None: the long form overrules a lexicon data set known by the short form's letters);
    a Method that an appositive calls a metric is a Metric ("Pseudo-Normalized Edit Distance
    (PNED), a novel metric for ...")."""
    t, kb = _abbrev_type_of_forms(text, long_c, short_c, others)
    if t in ("Method", "Model") and not kb:
        # "Talking-head Interaction Generation (TIG), a new task that requires ..."
        return _appositive_kind(text, max(long_c[1], short_c[1])) or t, kb
    return t, kb


#: the opening of an appositive after a name or pair, up to its head: ", a" / ", an" and at most five
#: modifiers, commas allowed, no preposition or conjunction
_APPOSITIVE_LEAD = r"\)?\s*,\s+an?\s+(?:(?!(?:for|of|with|to|in|on|from|by|that|which|and|or)\b)[\w\-]+,?\s+){0,5}?"
#: an appositive that calls the pair before it a metric: "(PNED), a novel metric for robust text
#: accuracy evaluation", "(MBE), a measure of representation entropy"
_METRIC_APPOSITIVE = re.compile(_APPOSITIVE_LEAD + r"(?:metric|measure|score)(?![\w\-])")
#: an appositive that calls the name before it a task: "(OMCRG), a novel task that aims to ...",
#: "AerialVG, a new task focusing on ..." (not "a task-agnostic framework", "a task selection strategy")
_TASK_APPOSITIVE = re.compile(
    _APPOSITIVE_LEAD +
    r"(?:task|problem)(?=[,.;]|\s+(?:that|which|in|where|to|for|of|focusing|requiring|aiming|designed|with|on)\b)")


def _appositive_kind(text: str, end: int) -> str | None:
    """Metric or Task when an appositive right after ``end`` calls the name before it one, else None.

    >>> _appositive_kind("PNED, a novel metric for edits", 4), _appositive_kind("FooVG, a new task focusing on", 5)
    ('Metric', 'Task')
    """
    if _METRIC_APPOSITIVE.match(text, end):
        return "Metric"
    return "Task" if _TASK_APPOSITIVE.match(text, end) else None


def _abbrev_type_of_forms(text: str, long_c: tuple[int, int], short_c: tuple[int, int],
                          others: list[_Cand]) -> tuple[str | None, str | None]:
    """:func:`_abbrev_type` from the two forms and the candidates on them."""
    best = None
    best_rank = -1
    kb = ""
    ls, le = long_c
    ss, se = short_c
    for o in others:
        oe = o.end
        if oe != le and oe != se:
            continue  # (exact and head below both need one of these two ends)
        exact = (o.start == ls and oe == le) or (o.start == ss and oe == se)
        head = o.end == le and (o.start >= ls and (o.source == "phrase" or o.source == "lexicon" and o.type in ("Method", "Model"))
                                or o.start < ls and o.source == "lexicon")  # ("generative Artificial Intelligence (AI)")
        if not (exact or head):
            continue
        rank = _ABBREV_TYPE_RANK.get(o.source, 0)
        if exact and o.source == "phrase":
            rank = 4
        elif not exact and o.source == "lexicon":
            rank = _LEXICON_HEAD_RANK  # "reasoning LLMs (RLLMs)": a kind of a known name, typed as the name
        if rank > best_rank:
            best, best_rank = o, rank
            kb = o.kb if o.source == "lexicon" and exact else ""  # (a kind of LLM is no alias of LLM)
    known = best is not None and best.source == "lexicon" and best_rank != _LEXICON_HEAD_RANK
    long_text = text[ls:le]
    words = long_text.replace("(", " ").split()
    if (best is not None and best.source == "lexicon" and best.start == ss and best.end == se
            and best.type in ("Dataset", "Benchmark")):
        said = _LONG_HEAD_TYPES.get(_long_form_head(words)) or _own_sense_of_data_letters(text, words, max(le, se))
        if said == "Task" and (best.type == "Benchmark" or _data_named_after_task(text, text[ss:se])):
            said = None  # "Document Visual Question Answering (DocVQA)": a benchmark named after its task
        if said is None and list_only_letters(text, best.kb, ls, max(le, se)):
            said = _abbrev_type_of_forms(text, long_c, short_c, [o for o in others if o is not best])[0]
            said = said if said not in ("Dataset", "Benchmark") else None  # ("Cancer Drug Response (CDR)")
        if said is not None:
            return said, None  # "Multi-Agent System for Deep Research (MARS)": this paper's MARS is no data set
    if not known and _names_institution(words):
        return None, None  # "National Institutes of Health (NIH)": who did it, not what was done
    if not known and _names_condition(words):
        return None, None  # "Parkinson's Disease (PD)": what is diagnosed, not how
    if not known and words and words[-1].lower() in _VEHICLE_HEADS:
        return None, None  # "Autonomous Vehicles (AVs)", "Unmanned Surface Vehicles (USVs)": what is driven, not how
    if not known and ls < ss and _task_after_pair(text, se):
        return None, None  # "Action Unit (AU) detection": what is detected, no method
    if (best is not None and best.source == "phrase" and best.type == "Task" and best.start == ls
            and best.rule not in HEADS_TYPED_BY_MODIFIERS and _ends_known_method(le, others)):
        # "Graph Retrieval-Augmented Generation (GraphRAG)", "Gaussian Mixture Flow Matching (GMFlow)":
        # a kind of a known method, though the head alone reads as a task ("learning", "adaptation"
        # weigh their modifiers: "Continual Test-Time Adaptation (CTTA)" stays a task)
        return "Method", kb
    if best is not None and best.source != "shape":
        if best.source == "phrase" and not (best.start == ls and best.end == le) and _title_case(words):
            if best.type == "Task" and (_task_in_a_setting(text, ls, le, others)
                                        or _defines_a_field(text, ls, max(le, se)) and not _ends_known_method(le, others)):
                # "Few-Shot Action Recognition (FSAR)": the task in a setting, not a coined method
                return _named_by_head_after_pair(text, max(le, se)) or _method_by_appositive(text, max(le, se)), kb
            # "Slow Learner with Classifier Alignment (SLCA)": a coined name
            return _named_by_head_after_pair(text, max(le, se)) or "Method", kb
        if (best.type == "Task" and best.source == "phrase" and ls < ss and _title_case(words)
                and _opens_a_name(text, ls)):
            # "we construct the Video Emotion Reasoning (VER) dataset": a corpus named after its
            # task ("a visual question answering (VQA) benchmark" is one of a kind)
            return _data_named_by_pair(text, se) or _method_by_appositive(text, se), kb
        if best.type == "Task" and best.source == "phrase":
            return _method_by_appositive(text, max(le, se)), kb
        return best.type, kb
    t = head_type(words)
    if t == "Task":
        t = _method_by_appositive(text, max(le, se))
    if t is None and words:
        w = words[-1].lower()
        if w in _METHOD_PLURAL_HEADS:
            t = "Method"  # "implicit neural representations (INRs)", "membership inference attacks (MIAs)"
        elif w in ("benchmark", "benchmarks"):
            t = "Benchmark"  # (before DATA_HEADS, which holds it too)
        elif w in DATA_HEADS:
            t = "Dataset"
        elif w in METRIC_WORDS or w in ("score", "rate", "error", "metric", "divergence", "distance", "distances"):
            t = "Metric"
        elif len(words) > 2 and words[-2].lower() == "per":
            t = "Metric"  # "Frames Per Second (FPS)", "bits per pixel (bpp)": a unit
        elif w in ("model", "models", "network", "networks", "transformer", "transformers"):
            t = "Model" if sum(x[:1].isupper() for x in words) >= 2 else "Method"
        elif w in _FIELD_HEADS:
            t = "Task"  # "Computational Pathology (CPath)", "Affective Computing (AC)": a field, as "computer vision" is
    if t is None and (_title_case(words) or _NAMING_CUE.search(text[max(0, ls - 40):ls])
                      or _COINED.fullmatch(text[ss:se])):
        # a name by its shape; "named gradual pruning with zero-cost neuroregeneration (GraNet)":
        # the text coins a name for its own technique; a mixed-case short form is a coinage too
        t = _named_by_head_after_pair(text, max(le, se)) or "Method"
    return t, kb


def _own_sense_of_data_letters(text: str, words: list[str], pair_end: int) -> str | None:
    """Method or Task when a pair whose letters the lexicon knows as a data set says this paper
    means something else by them, else None (the data set stays).

    The long form's head may name a technique or a task ("Class-wise Distribution
    Regularization (CDR)", "Positional Contrastive Decoding (PCD)", "Relational Triple
    Extraction (RTE)"), or an appositive or a built thing's head after the pair may call it
    one ("Frequency Adaptation and Diversion (FAD), a framework for ...", "Context-Aware
    Event Refinement (CAER) module"). A data head after the pair keeps the data set ("the
    Video Emotion Reasoning (VER) dataset").

    >>> t = "we add Class-wise Distribution Regularization (CDR) to the loss"
    >>> _own_sense_of_data_letters(t, t[7:45].split(), t.index(")") + 1)
    'Method'
    >>> t = "on the Video Emotion Reasoning (VER) dataset"
    >>> _own_sense_of_data_letters(t, t[7:30].split(), t.index(")") + 1) is None
    True
    """
    if _data_named_by_pair(text, pair_end) or _DATA_APPOSITIVE.match(text, pair_end + (text[pair_end:pair_end + 1] == ")")):
        return None  # "BASIR (Budget-Assisted ...), an annotated dataset"
    if not words or words[-1].lower() in DATA_HEADS:
        return None  # "... text embedding benchmarks (MTEB)": the long form names the data too
    if (_METHOD_APPOSITIVE.match(text, pair_end) or _COINED_HEAD_AFTER.match(text, pair_end)
            or _MODEL_WORD_AFTER.match(text, pair_end + (text[pair_end:pair_end + 1] == ")"))):
        return "Method"  # ("Intention-Conditioned Vision-Language (ICVL) model", "... (TVR) systems")
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _LONG_FORM_CUT), len(words))
    t = head_type(words[:cut])  # (the head before a preposition: "International Workshop on Spoken Language Translation")
    if t is None:
        t = _process_head_type(words[cut - 1].rsplit("-", 1)[-1])  # ("Self-training with ...": its "training")
    return t if t in ("Method", "Task") else None


#: nominalised heads that name how data are gathered or tested: a pair ending in one may name data
#: ("General Language Understanding Evaluation", "American Invitational Mathematics Examination")
_DATA_PROCESS_HEADS = frozenset(
    """evaluation evaluations examination examinations assessment assessments collection collections
    recording recordings competition competitions annotation annotations""".split())


def _process_head_type(head: str) -> str | None:
    """Method for a gerund head, Task for an "-ion" or "-ment" noun, else None: what a long form
    names that ends in a process the phrase rules do not know, whose letters the lexicon holds
    as a data set ("Target Variance Rescaling (TVR)" is a technique, "human-robot interaction
    (HRI)" and "Conversational Query Reformulation (CQR)" are tasks; neither is data).

    >>> _process_head_type("Rescaling"), _process_head_type("Reformulation"), _process_head_type("Corpus")
    ('Method', 'Task', None)
    """
    w = head.lower()
    if len(w) < 6 or w in _DATA_PROCESS_HEADS or not w.isalpha() or not head[1:].islower():
        return None  # (a coined spelling is a name's: "Berkeley DeepDrive eXplanation (BDD-X)")
    if w.endswith("ing"):
        return "Method"
    if w.endswith(("ion", "ions", "ment")):
        return "Task"
    return None


#: words that put a task in a setting ("Few-Shot Action Recognition", "Multimodal Named Entity
#: Recognition", "Cross-Domain Few-Shot Segmentation"): before a task phrase they make a narrower
#: task, not a coined method (manner words, "Adaptive", "Entropy-based", do make a method)
_SETTING_WORDS = frozenset(
    """few-shot zero-shot one-shot cross-domain cross-lingual cross-modal multimodal multi-modal
    multilingual continual incremental class-incremental online open-vocabulary open-set open-world
    fine-grained weakly-supervised semi-supervised unsupervised self-supervised source-free long-tailed
    referring weakly distantly supervised real-world generalized video audio-visual""".split()
)


def _ends_known_method(le: int, others: list[_Cand]) -> bool:
    """Whether a lexicon method or model ends a long form at ``le`` ("Graph Retrieval-Augmented Generation")."""
    return any(o.source == "lexicon" and o.end == le and o.type in ("Method", "Model") for o in others)


def _task_in_a_setting(text: str, ls: int, le: int, others: list[_Cand]) -> bool:
    """Whether the long form ``text[ls:le]`` is a task phrase or a known task name that ends it,
    after setting words only (:func:`_settings_only`): "Multimodal Named Entity Recognition". A known
    method ending it keeps the method: "Multimodal Retrieval-Augmented Generation (MRAG)" is a RAG."""
    if _ends_known_method(le, others):
        return False
    return any(o.type == "Task" and o.end == le and ls < o.start and o.source in ("phrase", "lexicon")
               and _settings_only(text[ls:o.start]) for o in others)


#: what follows a pair that opens a sentence and is defined there: "Radiology Report Generation (RRG)
#: is an important research topic", "Road Surface Reconstruction (RSR) aims to ..."
_DEFINED_AFTER = re.compile(r"\)?\s+(?:is|are|aims|aim|refers|remains|has|have|plays|involves|seeks|focuses|"
                            r"enables|automates|requires|poses|serves)\b")


def _defines_a_field(text: str, ls: int, pair_end: int) -> bool:
    """Whether the pair from ``ls`` to ``pair_end`` opens a sentence that defines it: "Radiology
    Report Generation (RRG) is an important research topic". A paper opens its abstract so with
    the task it works on; the tagger leaves a sentence's first word out of the task phrase, which
    made the Title-Case long form look like a coined name.

    >>> t = "Online Alignment.  Road Surface Reconstruction (RSR) is crucial for driving."
    >>> _defines_a_field(t, 19, t.index(")") + 1)
    True
    >>> t = "We propose Slow Learner with Classifier Alignment (SLCA), a method"
    >>> _defines_a_field(t, 11, t.index(")") + 1)
    False
    """
    before = text[max(0, ls - 2):ls]
    return (ls == 0 or before in (". ", "  ") or before.endswith("\n")) and _DEFINED_AFTER.match(text, pair_end) is not None


def _settings_only(before: str) -> bool:
    """Whether the words of a long form before its task phrase only name a setting
    (:data:`_SETTING_WORDS`).

    >>> _settings_only("Few-Shot "), _settings_only("Distantly Supervised "), _settings_only("Adaptive ")
    (True, True, False)
    """
    ws = before.lower().split()
    return bool(ws) and all(w in _SETTING_WORDS for w in ws)


#: an appositive after a pair that calls it a method: "we propose Safety Context Retrieval (SCR), a
#: scalable safeguarding paradigm for ...", "Omni Scene Modeling (OSM), a module that unifies ..." (the
#: words between are modifiers: no preposition, no "task" or "problem")
_METHOD_APPOSITIVE = re.compile(
    r"\)?\s*,\s+an?\s+(?:(?!(?:for|of|with|to|in|on|from|by|that|which|task|tasks|problem|problems|challenge|"
    r"benchmark|dataset)\b)[\w\-]+,?\s+){0,5}?"
    r"(?:framework|method|approach|paradigm|architecture|pipeline|algorithm|strategy|technique|module|mechanism|"
    r"scheme|model)(?![\w\-])")


def _method_by_appositive(text: str, pair_end: int) -> str:
    """Method when an appositive after the pair ending at ``pair_end`` calls it one, else Task.

    Asked for a pair its long form's head types a Task ("... Retrieval", "... Modeling",
    "... Prediction"): a paper names its own technique after what it does as often as not.

    >>> t = "we propose Safety Context Retrieval (SCR), a scalable safeguarding paradigm for LLMs"
    >>> _method_by_appositive(t, t.index(")") + 1)
    'Method'
    >>> t = "we study Instance Image Retrieval (IIR), a novel task that asks models to find copies"
    >>> _method_by_appositive(t, t.index(")") + 1)
    'Task'
    """
    return "Method" if _METHOD_APPOSITIVE.match(text, pair_end) else "Task"


#: a singular data head right after a pair's closing bracket: "the Human Connectome Project (HCP)
#: dataset", "the Visuo-Lingual Interleaved Rationale (VLIR) corpus" (plurals are data of a kind:
#: "Electromagnetic Articulography (EMA) datasets")
_DATA_HEAD_AFTER_PAIR = re.compile(r"\)?\s+(?P<w>dataset|benchmark|corpus)(?![\w\-])", re.IGNORECASE)


#: a metric head right after a pair's closing bracket: "a Position-Weighted Consistency (PWC) score",
#: "the Structure Entropy (SE) metric" (not "metrics": "Quality of Service (QoS) metrics" are of a kind)
_METRIC_HEAD_AFTER_PAIR = re.compile(r"\)?\s+(?:score|scores|metric|index)(?![\w\-])", re.IGNORECASE)


def _named_by_head_after_pair(text: str, pair_end: int) -> str | None:
    """Dataset, Benchmark or Metric when the head after a Title-Case pair says what it names
    (:func:`_data_named_by_pair`, :data:`_METRIC_HEAD_AFTER_PAIR`), else None.

    >>> t = "we propose the Token Elasticity of Performance (TEP) metric"
    >>> _named_by_head_after_pair(t, t.index(")") + 1)
    'Metric'
    """
    return _data_named_by_pair(text, pair_end) or ("Metric" if _METRIC_HEAD_AFTER_PAIR.match(text, pair_end) else None)


def _data_named_by_pair(text: str, pair_end: int) -> str | None:
    """Dataset or Benchmark when the text calls the pair ending at ``pair_end`` a data set.

    Asked only when nothing better than the long form's shape typed the pair a Method or a
    Model (a Title-Case long form is a coined Method by default): a Title-Case name is as
    often a corpus's ("Hallmark of Cancer (HoC) dataset", "World Central Banks (WCB)
    dataset"), and the data head after it says which. A long form with a method head or a
    known name ("Graph Neural Network (GNN) benchmark") is typed before this is asked.

    >>> _data_named_by_pair("on the Human Connectome Project (HCP) dataset.", 36)
    'Dataset'
    >>> _data_named_by_pair("the Minimal Video Pairs (MVP) benchmark", 28), _data_named_by_pair("(EMA) datasets", 4)
    ('Benchmark', None)
    """
    m = _DATA_HEAD_AFTER_PAIR.match(text, pair_end)
    return _data_word_type(m.group("w")) if m else None


#: a task head right after a pair's closing bracket, with no built thing after it: "Action Unit (AU)
#: detection is ...", not "Kernel Correlation Filter (KCF) tracking algorithm"
_TASK_AFTER_PAIR = re.compile(
    r"\)?\s+(?:estimation|detection|recognition|segmentation|classification|prediction|tracking|localization|"
    r"forecasting|identification|mapping)(?![\w\-])(?!\s+(?:models?|methods?|algorithms?|statistics?|branch|"
    r"modules?|networks?|frameworks?|approach|approaches|systems?|pipelines?|techniques?|heads?|filters?)\b)")


def _task_after_pair(text: str, short_end: int) -> bool:
    """Whether the pair whose short form ends at ``short_end`` is the object of a task head
    (:data:`_TASK_AFTER_PAIR`): the pair then names the task, not a method."""
    return _TASK_AFTER_PAIR.match(text, short_end) is not None


def _data_named_after_task(text: str, short: str) -> bool:
    """Whether the text calls ``short`` data somewhere ("the MASC datasets"), though its long form
    names a task."""
    return re.search(r"(?<![\w\-])" + re.escape(short) + r"\s+(?:datasets?|benchmarks?|corpus|corpora)\b",
                     text) is not None


#: the heads of a field's or a discipline's name ("Computational Pathology", "Affective Computing",
#: "Traditional Chinese Medicine", "Learning Analytics"): kg types fields as tasks, as the lexicon types
#: "computer vision" and "edge computing"; the long forms of such pairs had fallen to the coined Method
_FIELD_HEADS = frozenset(
    """pathology linguistics medicine informatics bioinformatics robotics radiology neuroscience
    epidemiology genomics chemistry physics biology economics psychology humanities science sciences
    computing analytics""".split()
)
#: the head of an institution's name: "University of North Texas", "National Alzheimer's
#: Coordinating Center", "Consumer Product Safety Commission" (not "council" or "association":
#: "LLM Council" and "Semantic Association" are methods)
_INSTITUTION_HEADS = frozenset(
    """university universities institute institutes center centre hospital commission laboratory
    laboratories agency ministry administration consortium bureau academy corporation organization
    organisation society department office""".split()
)


#: heads of long forms that name a craft a study runs on or about, no method: "Autonomous Vehicles
#: (AVs)", "Autonomous Underwater Vehicles (AUVs)", "Unmanned Surface Vessels (USVs)" (the lowercase
#: ones were untyped already; "UAV" is one of NOT_ENTITIES)
_VEHICLE_HEADS = frozenset("vehicle vehicles vessel vessels aircraft spacecraft drone drones".split())


def _names_institution(words: list[str]) -> bool:
    """Whether an abbreviation's long form (its words) names an institution: capitalised, with an
    institution head last or before "of" / "for".

    >>> _names_institution("European Center for Medium-Range Weather Forecasts".split())
    True
    >>> _names_institution("Center Sampling K-Nearest Neighbors".split()), _names_institution("Human Agency Scale".split())
    (False, False)
    """
    if not words or not words[0][:1].isupper():
        return False
    lows = [w.lower().rstrip(",") for w in words]
    if lows[-1] in _INSTITUTION_HEADS:
        return True
    return any(w in _INSTITUTION_HEADS and after in ("of", "for") for w, after in zip(lows, lows[1:]))


def _names_condition(words: list[str]) -> bool:
    """Whether an abbreviation's long form names a medical condition: a condition head last
    ("Structural Heart Disease", "developmental language disorder"), not inside a name of a
    task or method ("Alzheimer's Disease Detection" ends on its task), nor after "of"
    ("International Classification of Diseases (ICD)", "Hallmarks of Cancer (HoC)").

    >>> _names_condition("Congenital Heart Disease".split()), _names_condition("Disease Progression Model".split())
    (True, False)
    """
    return (bool(words) and words[-1].lower().rstrip(",") in CONDITION_HEADS
            and (len(words) < 2 or words[-2].lower() != "of"))  # "Hallmarks of Cancer (HoC)": a corpus


def _title_case(words: list[str]) -> bool:
    """Whether a long form is written as a name: two words or more, two of its words of four
    letters or more capitalised (asked only when no other candidate types the pair)."""
    return len(words) >= 2 and sum(w[:1].isupper() for w in words if len(w) > 3) >= 2


#: the head word of a long form that says what a paper's own acronym names, whatever data set
#: the lexicon knows by the same letters (MARS, MAD, SBD, ...)
_LONG_HEAD_TYPES = {
    **dict.fromkeys("""system systems framework agent agents method approach algorithm network networks model
        architecture pipeline module mechanism strategy technique optimizer optimization transformer encoder
        decoder policy detector generator estimator solver planner retriever learner""".split(), "Method"),
    **dict.fromkeys("score rate error metric index accuracy distance ratio".split(), "Metric"),
    # "Shot Boundary Detection (SBD)" is a task, not the data set SBD
    **dict.fromkeys("""detection segmentation classification recognition estimation generation translation
        answering retrieval summarization parsing tracking captioning synthesis completion localization
        reconstruction forecasting prediction""".split(), "Task"),
}
#: a built thing's head right after a coined abbreviation ("Progressive Motion Generation (PMG) method",
#: "Geometry-Temporal Alignment (GTA) attention mechanism"): the pair names a method, though its
#: long form ends like a task (one of them: plurals name methods *for* a task, "existing UE methods",
#: "DL models")
_COINED_HEAD_AFTER = re.compile(
    r"\)?\s+(?:(?!(?:and|or|with|for|of|in|on|to|the|a|an|by|using|via|as|is|are|that|which)\s)[\w\-]+\s+)?(?:module|framework|method|approach|mechanism|strategy|network|architecture|"
    r"pipeline|algorithm|scheme|technique|paradigm|block|layer|loss)(?![\w\-])")
_LONG_FORM_CUT = frozenset("for of with via in on using to from by".split())


def _long_form_head(words: list[str]) -> str:
    """The head of a long form: its last word before the first preposition, lowercased
    ("Multi-Agent System for Deep Research" -> "system")."""
    head = ""
    for w in words:
        lw = w.lower()
        if lw in _LONG_FORM_CUT and head:
            break
        head = lw
    return head


_LIST_REST = re.compile(r",\s*[A-Z][^()]*\)")
_CITATION_IN = re.compile(r"et al|\b(?:19|20)\d\d\b")


def _names_list_after(text: str, short_end: int) -> bool:
    """Whether the parenthesis goes on after the short form with more names, not a citation.

    >>> _names_list_after("models (BERT, RoBERTa and XLNet) on GLUE", 12)
    True
    >>> _names_list_after("pruning (IMP, Han et al., 2015)", 12)
    False
    """
    m = _LIST_REST.match(text, short_end)
    return m is not None and not _CITATION_IN.search(m.group(0))


def _proposed_at(cands: list[_Cand], start: int, end: int) -> bool:
    """Whether a naming cue ("we propose X") found a name exactly at ``start:end``."""
    return any(o.source == "cue" and o.start == start and o.end == end for o in cands)


def _known_short_only(cands: list[_Cand], short_c: tuple, long_c: tuple) -> bool:
    """Whether the lexicon knows the short form (exact span) but not the long form."""
    ss, se = short_c[0], short_c[1]
    ls, le = long_c[0], long_c[1]
    short_known = long_known = False
    for o in cands:
        if o.source == "lexicon":
            if o.start == ss and o.end == se:
                short_known = True
            elif o.start == ls and o.end == le:
                long_known = True
    return short_known and not long_known


#: words right before a long form that say a name is being coined
_NAMING_CUE = re.compile(r"\b(?:named|called|dubbed|termed|coined|propose|proposes|introduce|introduces|present|presents)\s+(?:an?\s+|the\s+)?(?:novel\s+|new\s+)?$", re.IGNORECASE)
#: a mixed-case short form such as GraNet, SaRA, DualViTok (never "GT", "CL", "gt")
_COINED = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z]+[A-Z][A-Za-z0-9]*")


#: what every _URL match holds: "http(s)://" or "www." where it starts, a web domain or an "@"
#: in the run of non-space characters it starts in
_URL_ANCHOR = re.compile(r"https?://|www\.|\.(?:com|org|io|ai|net|edu)|@")


def _url_spans(text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in _URL.finditer(text)]``, tried only where a URL can start.

    ``_URL`` is tried at every character, and two of its branches rescan the rest of
    each word from there (~0.06 ms for an abstract with a "/" in it). A match starts
    in the run of non-space characters before one of its anchors (:data:`_URL_ANCHOR`),
    so only those positions are tried, in ``finditer`` order.

    >>> _url_spans("code: https://github.com/x/y, mail a.b@c.org; pass@1 on x/y")
    [(6, 29), (35, 44)]
    """
    starts: list[int] = []
    for m in _URL_ANCHOR.finditer(text):
        a = m.start()
        p = a
        while p > 0 and not text[p - 1].isspace():
            p -= 1
        starts.extend(range(p, a + 1))
    starts.sort()
    return [m.span() for m in finditer_from(_URL, text, starts)]


def _overlap_test(spans: list[tuple[int, int]], size: int):
    """A function ``(start, end) -> bool``: does ``[start, end)`` overlap one of ``spans``?

    The same as ``any(start < e and s < end for s, e in spans)`` for non-empty
    ``spans``, by one look-up in a character mask instead of a loop per candidate.

    >>> f = _overlap_test([(4, 9)], 20)
    >>> f(0, 4), f(0, 5), f(8, 12), f(9, 12), f(6, 6)
    (False, True, True, False, True)
    """
    mask = bytearray(size + 1)
    for s, e in spans:
        mask[s:e] = b"\x01" * (e - s)

    def overlaps(start: int, end: int) -> bool:
        if end <= start:  # an empty span overlaps when strictly inside one
            return any(start < e and s < end for s, e in spans)
        return mask.find(1, start, end) != -1

    return overlaps


#: a span as the resolver reads it: (start char, end char, label, kb_id)
CharSpan = tuple[int, int, str, str]


def resolve_candidates(doc: Doc, *, lexicon_aliases: dict[str, str] | None = None) -> list[_Cand]:
    """The final mentions of ``doc`` (see the module docstring for the rules)."""
    text = doc_text(doc)
    spans = {key: [(sp.start_char, sp.end_char, sp.label_, sp.kb_id_) for sp in doc.spans[key]]
             for key in ("kg_lexicon", "kg_patterns", "kg_phrases", "kg_abbrev") if key in doc.spans}
    pairs = doc._.kg_abbreviations if Doc.has_extension("kg_abbreviations") else None
    return resolve_spans(Tokens.from_doc(doc, text), spans, pairs, lexicon_aliases=lexicon_aliases)


def resolve_spans(toks: Tokens, spans: dict[str, list[CharSpan]], pairs: list[tuple] | None, *,
                  lexicon_aliases: dict[str, str] | None = None) -> list[_Cand]:
    """:func:`resolve_candidates` on plain data: the components' spans by ``doc.spans`` key.

    Parameters
    ----------
    toks : Tokens
        The document's tokens (``toks.text`` is the text).
    spans : dict
        ``doc.spans`` key (``kg_lexicon``, ``kg_patterns``, ``kg_phrases``, ``kg_abbrev``) ->
        list of ``(start char, end char, label, kb_id)``.
    pairs : list of tuple, optional
        ``doc._.kg_abbreviations``.
    """
    text = toks.text
    cands: list[_Cand] = []
    for key in ("kg_lexicon", "kg_patterns", "kg_phrases"):
        if key not in spans:
            continue
        # (the source of a lexicon or phrase span does not depend on its rule: see _source_of)
        if key == "kg_lexicon":
            cands += [_Cand(sc, ec, label, "lexicon", "lexicon", kb_id) for sc, ec, label, kb_id in spans[key]]
        elif key == "kg_phrases":
            cands += [_Cand(sc, ec, label, "phrase", kb_id) for sc, ec, label, kb_id in spans[key]]
        else:
            sources = _PATTERN_SOURCES
            cands += [_Cand(sc, ec, label, sources.get(kb_id) or _pattern_source(kb_id), kb_id)
                      for sc, ec, label, kb_id in spans[key]]

    # 0. nothing inside URLs; a lexicon name inside a capitalised compound ("COCO" in
    # "MS-COCO 2017") becomes the compound
    urls = _url_spans(text) if ("/" in text or "@" in text or "www" in text) else []
    in_url = _overlap_test(urls, len(text)) if urls else None
    if urls:
        cands = [c for c in cands if not in_url(c.start, c.end)]
    for c in cands:
        if c.source != "lexicon":
            break  # (the lexicon's candidates come first)
        if c.start > 1 and text[c.start - 1] == "-" and _compound_kind(text, c):
            m = _COMPOUND_PREFIX.search(text, max(0, c.start - 30), c.start)
            if m:
                w = _WORD_PARTS.match(text[c.start:c.end])
                c.start = m.start()
                c.end = c.start + len(m.group(0)) + (w.end() if w else 0)
                c.kb = ""
                c.source, c.rule = "shape", "compound"

    # 1. abbreviations
    pair_ids: dict[str, tuple[str, str, str]] = {}  # short form -> (type, eid, label)
    long_ids: dict[str, tuple[str, str, str]] = {}  # the key of a long form -> the same
    untyped: set[str] = set()  # "ground truth (GT)": the text says what GT is, and it is no entity
    abbrev_cands: list[_Cand] = []
    if pairs and "kg_abbrev" in spans:
        abbr = spans["kg_abbrev"]
        for ls, le, ss, se in pairs:
            short = text[ss:se]
            # token-aligned versions of the two forms
            lsp = next((s for s in abbr if s[2] == "long" and s[3] == short), None)
            ssp = next((s for s in abbr if s[2] == "short" and s[3] == short), None)
            if lsp is None:
                continue
            # a short form inside a longer token ("(LLM)-based") is no mention, but still names the pair
            t, kb = _abbrev_type(text, (lsp[0], lsp[1]), (ssp[0], ssp[1]) if ssp else (ss, se), cands)
            if t == "Task" and not kb and ls < ss and _COINED_HEAD_AFTER.match(text, se):
                t = "Method"  # "we propose the Vision-Language Semantic Alignment (VLSA) module": a part it builds
            if t is None:
                untyped.add(short.rstrip("s"))  # (compared without a plural "s": "vehicles (AVs)" is no entity either)
                continue
            if _names_list_after(text, se) and _known_short_only(cands, ssp or (ss, se), lsp):
                continue  # "three transformer-based models (BERT, RoBERTa and XLNet)": names cited, not defined
            if kb and t == "Task" and ss < ls and _proposed_at(cands, ss, se):
                continue  # "we introduce ViGen (video generation)": a method named, with its task
            long_text = text[lsp[0]:lsp[1]]
            if kb is None:  # the paper's own sense of letters the lexicon knows as data: named by its long form
                eid, label = norm_key(long_text), canonical_label(long_text)
            elif kb:
                eid, label = entity_id(kb), kb
            else:
                long_key = norm_key(long_text)
                if lexicon_aliases and (long_key in lexicon_aliases or norm_key(short) in lexicon_aliases):
                    canon = lexicon_aliases.get(norm_key(short)) or lexicon_aliases[long_key]
                    eid, label = norm_key(canon), canon
                elif len(short.rstrip("s")) >= 3:
                    eid, label = norm_key(short), canonical_label(short)
                else:
                    eid, label = long_key, canonical_label(long_text)
            pair_ids[short] = (t, eid, label)
            long_ids[norm_key(long_text)] = (t, eid, label)
        for sc, ec, label, kb_id in abbr:
            info = pair_ids.get(kb_id)
            if info is None:
                continue
            if urls and in_url(sc, ec):
                continue
            c = _Cand(sc, ec, info[0], "abbrev", label)
            c.eid, c.label = info[1], info[2]
            abbrev_cands.append(c)
    cands.extend(abbrev_cands)
    if untyped:
        cands = [c for c in cands if not (c.source == "shape" and text[c.start:c.end].rstrip("s") in untyped)]

    # 2. cleaning; "classification accuracy" is a task and a metric
    # [c for c in cands if _clean(text, c)], inlined (~26 candidates per abstract), split into
    # names and phrases in the same pass, after the task is split off a metric (the task's
    # candidate is appended to ``cands`` and cleaned at the end of this same loop)
    # (steps 3 to 5a change names only: they skip the phrases; sources no longer change)
    kept: list[_Cand] = []
    named: list[_Cand] = []
    phrases: list[_Cand] = []
    clean_surface = _clean_surface
    never: list[tuple[int, int]] = []
    for c in cands:
        cs, ce, ct = c.start, c.end, c.type
        if ct == "Metric" and _split_task(text, c, cands):
            cs = c.start
        cut = clean_surface(text[cs:ce], c.source, ct)
        if cut is None:
            continue
        if cut is _NEVER:
            if (c.source == "abbrev" and text[cs:ce].lower() in DEFINABLE_NOT_ENTITIES
                    and _defined_as_entity(text, text[cs:ce], pairs)):
                kept.append(c)  # "Contextual Integrity (CI)": this paper's CI is no confidence interval
                named.append(c)
                continue
            never.append((cs, ce))
            continue
        if cut is not _NO_CUT:
            c.start = cs = cs + cut[0]
            c.end -= cut[1]
        if ct == "Metric" and cs > 1 and text[cs - 1] == "-" and _ADJ_PREFIX.search(text, max(0, cs - 9), cs):
            continue  # (the adjective test of _clean)
        if ct == "Metric" and ce - cs == 9 and _everyday_precision(text, cs, ce):
            continue  # "with high precision", "precision agriculture": exactness, not the metric
        if ct == "Metric" and text.endswith("time", cs, ce) and _a_point_in_time(text, cs):
            continue  # "at inference time": when something happens, not how long it takes
        kept.append(c)
        (phrases if c.source == "phrase" else named).append(c)
    if never:
        def outside(c):
            return not any(s <= c.start and c.end <= e for s, e in never)

        kept = [c for c in kept if c.source != "phrase" or outside(c)]
        phrases = [c for c in phrases if outside(c)]
    cands = kept

    # 2b. a shape name a kind of thing follows is hardware, a sensor, a satellite or a file format,
    # wherever the abstract names it ("an RTX3090 GPU", "WorldView-3 imagery")
    things = _things_named(text, named)
    if things:
        def not_thing(c):
            return not (c.source == "shape" and text[c.start:c.end] in things)

        cands = [c for c in cands if not_thing(c)]
        named = [c for c in named if not_thing(c)]
    team = _team_name(text, named) if named and " at " in text[:80] else None
    if team:  # the team, a name inside it ("NLP" of "UoB-NLP") and its other mentions ("the ZJUKLAB team's")
        cands = [c for c in cands if c.end > team[1] and text[c.start:c.end] != team[0]]
        named = [c for c in named if c.end > team[1] and text[c.start:c.end] != team[0]]

    # 3. context typing of shape-only names
    by_end, by_start = _by_edges(named)
    metric_lists = "etrics" in text or "easures" in text  # (once per text: :func:`_in_metric_list` needs one)
    initials = metric_initials()
    measured: dict[str, str] | None = None
    for c in named:
        if c.source not in _CONTEXT_TYPED:
            if c.source == "lexicon" and c.type == "Task" and c.end - c.start <= 6:
                letters = text[c.start:c.end].rstrip("s")
                if letters in initials and letters not in pair_ids and _measured_letters(text, c.start, c.end):
                    # "an ASR of 42.9%": the letters of a task used as a measure mean the metric they spell
                    # (a paper that defines them says itself what they mean: see kg.extract.definitions)
                    measured = measured or {}
                    measured[letters] = initials[letters]
            continue  # (names the lexicon, an abbreviation or the metric rule typed: ~2 in 3)
        if c.source == "shape" and _loses_to_twin(text, c, by_end):
            continue  # (~1 shape name in 3: "LLM" found by the acronym rule and as an abbreviation)
        if (c.end > c.start and text[c.end - 1] in _VARIANT_LAST and text.endswith(_VARIANT_ENDS, c.start, c.end)
                and _MODEL_VARIANT_END.search(text, c.start, c.end)):
            c.type = "Model"  # "evaluated on ViT-Base": a model variant, never data
            continue
        if c.source == "shape" and _PREFIXED_METRIC.fullmatch(text, c.start, c.end):
            c.type = "Metric"  # "gIoU", "nMSE", "mDSC": a variant of a known measure
            continue
        if c.source == "shape" and _value_before(text, c.start, c.end):
            c.type = "Metric"  # "45.0 PDMS", "1.3 PQ": the unit of a measured value
            continue
        if (c.source == "shape" and c.rule != "acronym" and text[c.end:c.end + 4] == " of "
                and _measured_name(text, c.start, c.end)):
            c.type = "Metric"  # "an aMOTA of 0.722", "a PRMScore of 67.7", "an F1-max of 87.0"
            continue
        if c.source == "shape" and metric_lists and _in_metric_list(text, c, by_end, by_start):
            c.type = "Metric"  # "metrics such as FID, ClipIQA, and MUSIQ"
            continue
        if c.source == "shape" and c.rule == "acronym":
            if _VALUE_AFTER.match(text, c.end):
                c.type = "Metric"  # "an RVD of 1.68", "ECE = 0.05": a measured value
                continue
            lt = _list_type(text, c, by_end, by_start)
            if lt in _LIST_RETYPES.get(c.type, ()):
                c.type = lt
                continue
        elif c.source == "shape" and c.rule in _LIST_TYPED_SHAPES and not _SIZE_RX.search(text, c.start, c.end):
            # "benchmarks (e.g., MVBench, EgoSchema, NextQA)": a coined name in a list of known
            # names is one of their kind (a size keeps a model: "GPT-4o, Qwen2-7B and ...")
            lt = _list_type(text, c, by_end, by_start, in_list_only=True)
            if lt in _LIST_RETYPES.get(c.type, ()):
                c.type = lt
                continue
        if c.type in ("Model", "Method"):
            if c.rule == "model_shape" and _SIZE_RX.search(text[c.start:c.end]):
                continue
            t = _context_type(text, c, by_end, by_start)
            if (t == "Dataset" and c.rule == "compound" and c.type == "Model"
                    and not _DATA_WORD_AFTER.match(text, c.end)):
                t = None  # "built on Tiny-LLaMA", "results on Med-PaLM": a known model's variant
            if t == "Dataset" and _BENCH_NAME.search(text[c.start:c.end]):
                t = "Benchmark"
            if t == "Task" and any(o.source == "lexicon" and o.start == c.start and o.end == c.end for o in named):
                t = None  # "the GLUE tasks": a known name keeps its type
            if t:
                c.type = t

    if measured:  # every use of the measured letters in the abstract ("its ASR reaches only 37.61%")
        for c in named:
            if c.source == "lexicon" and c.type == "Task" and text[c.start:c.end].rstrip("s") in measured:
                c.type, c.kb = "Metric", measured[text[c.start:c.end].rstrip("s")]

    # "a multimodal CoT dataset" is a dataset *of* CoT: a known method, task or metric name
    # before a data head stays what the lexicon says, and no shape makes it a dataset
    known = {(o.start, o.end) for o in named
             if o.source == "lexicon" and o.type not in ("Dataset", "Benchmark")}
    if known:
        def keep(c):
            return not (c.source == "shape" and c.type in ("Dataset", "Benchmark") and (c.start, c.end) in known)

        if not all(map(keep, named)):  # (every shape candidate is a name: usually none goes)
            cands = [c for c in cands if keep(c)]
            named = [c for c in named if keep(c)]

    # 3b. a data name keeps its own head: "the Europarl corpus", "CoNLL 2012 English test set";
    # a method name takes a "3D"/"2D" prefix and names a kind of its own: "3D CNNs" (3D convolutional
    # neural network), not an alias of CNN
    # (both head patterns open with whitespace; a _DIM_BEFORE match holds a "D")
    size = len(text)
    for c in named:
        if c.type in ("Dataset", "Benchmark"):
            m = _DATA_HEAD_AFTER.match(text, c.end) if c.end < size and text[c.end].isspace() else None
            if m and not _list_glue(text[max(0, c.start - 8):c.start]):
                c.end = m.end()
        elif c.type == "Task" and c.source in ("lexicon", "shape", "abbrev"):
            m = _TASK_HEAD_AFTER.match(text, c.end) if c.end < size and text[c.end].isspace() else None
            if m and not _list_glue(text[max(0, c.start - 8):c.start]):
                c.end = m.end()
        elif c.type in ("Method", "Model") and c.source in ("lexicon", "shape"):
            lo = max(0, c.start - 5)
            m = _DIM_BEFORE.search(text, lo, c.start) if text.find("D", lo, c.start) != -1 else None
            if m:
                dim = text[m.start()]
                if c.kb[1:3] == "D " and c.kb[0].isdigit():
                    c.start = m.start()
                    if c.kb[0] != dim:
                        c.kb = ""  # "2D Gaussian Splatting" is not 3D Gaussian Splatting: its own name
                elif dim != "4":  # ("4D" only names a kind of what has a dimension in its name)
                    c.start = m.start()
                    if c.kb:  # "3D CNNs", "3D U-Net", "3D LLMs": a kind of their own, not an alias
                        c.kb = f"{dim}D {c.kb}"

    # 5a. re-find cue/title names elsewhere in the text
    extra: list[_Cand] = []
    cued = [c for c in named if c.source in ("cue", "title")]
    found = {(c.start, c.end) for c in cands} if cued else None
    for c in cued:
        name = text[c.start:c.end]
        if len(name) < 2:
            continue
        # re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-]|\+)", text)
        for ms, me in find_bounded(text, name, "-", "-+"):
            if (ms, me) not in found:
                if toks.char_span(ms, me, "strict") is None:
                    continue
                found.add((ms, me))
                extra.append(_Cand(ms, me, c.type, c.source, c.rule + ":again"))
    cands.extend(extra)
    named.extend(extra)

    # 4. overlaps
    priority = SOURCE_PRIORITY.get
    named.sort(key=lambda c: (c.start - c.end, -priority(c.source, 0), c.start))  # longest first
    taken: list[_Cand] = []
    occupied = bytearray(len(text) + 1)
    find_taken = occupied.find  # (find_taken(1, s, e) == -1: nothing of [s, e) is taken; no copy)
    for c in named:
        s, e = c.start, c.end
        if find_taken(1, s, e) == -1:
            taken.append(c)
            occupied[s:e] = b"\x01" * (e - s)
    phrases.sort(key=lambda c: (-(c.end - c.start), c.start))
    for c in phrases:
        if occupied.find(1, c.start, c.end) == -1:
            taken.append(c)
            occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
            continue
        inside = _names_inside(c, taken)
        if inside and (any(t.end == c.end or (t.type == "Task" and c.type == "Method"
                                              and _ARTEFACT_AFTER.fullmatch(text, t.end, c.end))
                           for t in inside)  # "question answering system": a Task name + system head
                       or all(t.kb in FIELDS for t in inside)):  # "remote sensing segmentation"
            for t in inside:
                taken.remove(t)
                if t.end == c.end and c.type == "Task" and t.type == "Method" and t.source == "lexicon":
                    c.type = "Method"  # "Zero-shot Retrieval-Augmented Generation": a kind of a known method
            taken.append(c)
            occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    taken.sort(key=_START)

    # 5b. ids, labels, one type per entity
    for c in taken:
        if not c.eid:
            if c.kb:
                c.eid, c.label = norm_key(c.kb), c.kb  # (entity_id without aliases)
            else:
                surface = text[c.start:c.end]
                key = norm_key(surface)
                canon = lexicon_aliases.get(key) if lexicon_aliases else None
                if canon is not None:
                    c.eid, c.label = norm_key(canon), canon
                elif pair_ids and c.source != "abbrev" and surface.rstrip("s") in pair_ids:
                    _, c.eid, c.label = pair_ids[surface.rstrip("s")]
                elif long_ids and c.source == "phrase" and long_ids.get(key, ("",))[0] == c.type:
                    # "Kolmogorov-Arnold Networks" in the title, "... Networks (KANs)" in the text:
                    # the long form spelled without its short form is the same entity (when the
                    # two agree on its type: a pair typed by letters the lexicon knows may not)
                    _, c.eid, c.label = long_ids[key]
                else:
                    c.eid, c.label = key, canonical_label(surface)  # (the label ignores the type: a str cache key)
    _caps_as_camel(text, taken)
    best: dict[str, _Cand] = {}
    for c in taken:
        b = best.get(c.eid)
        if b is None or SOURCE_PRIORITY.get(c.source, 0) > SOURCE_PRIORITY.get(b.source, 0):
            best[c.eid] = c
    _type_data_named(text, taken, best)
    for c in taken:
        c.type = best[c.eid].type
    return taken


#: the head words after a name that make the name a data set ("the FooNet dataset")
#: (singular only: "RGB-T datasets", "MEG datasets" are data of a kind, no data set's name)
_NAMED_DATA_HEADS = frozenset({"dataset", "corpus", "benchmark"})


#: the words before "X dataset" that leave X a name: "the", "on", "use" (not "a", nor an
#: adjective: "a novel ME dataset", "the traditional RM benchmark" are data of a kind)
_BEFORE_A_NAME = (STOP_WORDS | VERBS) - {"a", "an"}


def _opens_a_name(text: str, start: int) -> bool:
    """Whether the word before ``start`` lets the words from ``start`` be a name, not a kind."""
    before = text[max(0, start - 40):start]
    if not before.endswith(" "):
        return True  # (the text's start, a bracket or a quote)
    word = before.rstrip().rsplit(" ", 1)[-1]
    if not word or not word[-1].isalpha():
        return True  # "datasets: FooNet dataset", "(FooNet dataset"
    lw = word.lower()
    return lw in _BEFORE_A_NAME or (lw.endswith("ed") and "-" not in lw)


def _type_data_named(text: str, taken: list[_Cand], best: dict[str, _Cand]) -> None:
    """Make Dataset/Benchmark the entities that the text itself calls a data set.

    A title or naming cue types a new name Method ("FooNet: A Gesture Dataset", "we present
    FooNet"), and one type per entity then let that Method win over "the FooNet dataset";
    the data head right after the name says better what it is. A long form decides for its
    short form: "Pre-training Video Anomaly Dataset (PreVAD)" is a data set, but "CAD
    datasets" after "Computer-Aided Design (CAD)" are data for a field, and Task entities
    ("LPR datasets") and lexicon names keep their type.
    """
    named_data: dict[str, str] = {}
    trained_on: set[str] = set()
    for c in taken:
        if c.end - c.start > 7 and text[c.end - 1] in "kst":  # (last letters of the head words, a cheap filter)
            head = text[c.start:c.end].rsplit(" ", 1)
            if (len(head) == 2 and head[1].lower() in _NAMED_DATA_HEADS and _opens_a_name(text, c.start)
                    and _next_word(text, c.end) not in _DATA_HEAD_COMPOUNDS):
                named_data.setdefault(c.eid, _data_word_type(head[1]))
        if ((text.startswith("on ", c.start - 3) or text.startswith("on the ", c.start - 7))
                and c.source != "phrase" and _trained_on(text, c)):
            trained_on.add(c.eid)
        elif c.source == "title" and c.start == 0 and c.type in ("Dataset", "Benchmark") and _title_calls_data(text, c):
            named_data.setdefault(c.eid, c.type)  # "FooSum: A Benchmark for ...", then "we introduce FooSum" (a cue)
    for eid in trained_on:
        named_data.setdefault(eid, "Dataset")
    for eid, data_type in named_data.items():
        b = best[eid]
        if b.type not in ("Method", "Model") or b.source == "lexicon":
            continue
        if eid in trained_on and b.type == "Model" and _BILLIONS.search(b.label):
            continue  # "an adapter pre-trained on Qwen2-0.5B": a model to build on, no data
        long_forms = [c for c in taken if c.eid == eid and c.source == "abbrev" and c.rule == "long"]
        if any(_names_no_data(text[c.start:c.end].split()) for c in long_forms):
            continue
        b.type = data_type


#: nouns that make a compound with a data head before them: "several PDE benchmark problems", "an
#: automated FooBench benchmark construction pipeline" name problems and pipelines, no data set
_DATA_HEAD_COMPOUNDS = frozenset(
    """problem problems task tasks construction creation curation generation pipeline pipelines suite suites
    design collection results performance setting settings split splits""".split())
_NEXT_LOWER_WORD = re.compile(r" ([a-z]+)")


def _next_word(text: str, end: int) -> str:
    """The lowercase word right after ``end`` (one space), or ""."""
    m = _NEXT_LOWER_WORD.match(text, end)
    return m.group(1) if m else ""


def _title_calls_data(text: str, c: _Cand) -> bool:
    """Whether the title name ``c`` ("FooSum" of "FooSum: A Benchmark for ...") is typed by its
    description's data head (:func:`kg.extract.patterns.title_data_type`), not by its shape
    alone ("FooEval: Hypothesis-Guided Evaluation of ..." is a Benchmark by its "Eval" only)."""
    colon = text.find(":", c.end, c.end + 3)
    end = text.find("\n\n", colon, colon + 400)
    return colon > 0 and title_data_type(text[colon + 1:end if end > 0 else colon + 200]) == c.type


def _names_no_data(words: list[str]) -> bool:
    """Whether an abbreviation's long form (its words) says its short form names no data set:
    its head is a method's or a task's ("Reference Audio-Visual Segmentation", "Proximal Policy
    Optimization"). A data head ("Mobile OS Navigation Task Dataset for Agents") or a head of no
    known kind ("Digital Twin Catalog", "Biometric Recognition and Identification at Altitude
    and Range") leaves "the DTC dataset" a data set.

    >>> _names_no_data("Mobile OS Navigation Task Dataset for Agents".split()), _names_no_data(["Digital", "Twin", "Catalog"])
    (False, False)
    >>> _names_no_data(["Reference", "Audio-Visual", "Segmentation"]), _names_no_data(["Vision", "Transformer"])
    (True, True)

    A one-word long form is a modality or a field more often than a corpus ("ElectroCorticoGraphy
    (ECoG)": "an ECoG dataset"):

    >>> _names_no_data(["ElectroCorticoGraphy"])
    True
    """
    if _long_form_head(words) in _NAMED_DATA_HEADS | DATA_HEADS:
        return False
    return len(words) < 2 or head_type(words) is not None or words[-1].lower() in _LONG_HEAD_TYPES


#: a training verb right before "on X": "models trained on X", "fine-tuning on X", "pre-trained on the X"
_TRAINED_ON = re.compile(
    r"\b(?:(?:pre-?|fine-?|post-?)?train(?:ed|ing)|fine-?tun(?:ed|ing)|finetun(?:ed|ing)|pre-?training)"
    r"(?:\s+(?:exclusively|solely|only|directly|jointly))?\s+on\s+(?:the\s+)?$", re.IGNORECASE)
#: words after "trained on X" that make X the maker of the data, not the data: "trained on
#: FooGen outputs", "training on Foo data", "fine-tuned on the Llama model"
_NOT_DATA_AFTER = frozenset(
    """data outputs output samples images texts features embeddings model models backbone backbones series
    family checkpoints weights""".split())
_BILLIONS = re.compile(r"\d(?:\.\d+)?\s?[Bb]\b")


def _trained_on(text: str, c: _Cand) -> bool:
    """Whether the name ``c`` is what a model is trained on: "models trained on FooSet exhibit
    gains", "when pre-trained on FooMesh." A title or a naming cue types a paper's new corpus
    Method ("FooMesh: A Planetary Mosaic of ..."), and one type per entity kept it there.

    A name that makes the data is no data: "trained on FooGen-generated data", "trained on
    FooGen outputs" (:data:`_NOT_DATA_AFTER`).
    """
    if _TRAINED_ON.search(text, max(0, c.start - 40), c.start) is None:
        return False
    if c.end < len(text) and text[c.end] in "-'’/":
        return False  # "FooGen-generated data", "FooGen's outputs"
    nxt = text[c.end:c.end + 16].split(None, 1)
    return not nxt or nxt[0].lower().strip(",.;:") not in _NOT_DATA_AFTER


def _caps_as_camel(text: str, taken: list[_Cand]) -> None:
    """Give a name written in capitals the id of its CamelCase spelling in the same text.

    Ids keep the final S of a word in capitals (:func:`kg.extract.normalize.caps_name`:
    VITS is not ViTs) but fold the s of a CamelCase word ("ResNets" is ResNet), so a paper
    titled "STORYANCHORS: ..." or shouting "HARDTESTS" in its abstract would name its
    StoryAnchors or HardTests twice. Only a CamelCase spelling whose s follows a lowercase
    letter counts: "ViTs" and "POBs" are written as plurals of ViT and POB.
    Changes ``taken`` in place.

    Examples
    --------
    >>> t = "HardTests: ... the HARDTESTS data"
    >>> a, b = _Cand(0, 9, "Dataset", "title", "title"), _Cand(19, 28, "Dataset", "shape", "acronym")
    >>> a.eid, a.label, b.eid, b.label = "hardtest", "HardTests", "hardtests", "HARDTESTS"
    >>> _caps_as_camel(t, [a, b]); b.eid, b.label
    ('hardtest', 'HardTests')
    """
    # (caps_name needs four characters or more, the last an "S": most names are skipped unsliced)
    caps = [c for c in taken if c.end - c.start >= 4 and text[c.end - 1] == "S" and caps_name(text[c.start:c.end])]
    if not caps:
        return
    camel: dict[str, _Cand] = {}
    for c in taken:
        s = text[c.start:c.end]
        if len(s) >= 4 and s[-1] == "s" and s[-2].islower() and s.isalpha() and not s.islower():
            camel.setdefault(s.lower(), c)
    for c in caps:
        other = camel.get(text[c.start:c.end].lower())
        if other is not None:
            c.eid, c.label = other.eid, other.label


#: lexicon names of research fields: in front of a head word they say where, the phrase says what
#: ("remote sensing image segmentation", "computer vision models")
FIELDS = frozenset({"computer vision", "artificial intelligence", "remote sensing", "medical imaging"})


def _names_inside(phrase: _Cand, taken: list[_Cand]) -> list[_Cand] | None:
    """The names of ``taken`` that overlap ``phrase``, when every one of them is a shorter
    lexicon Method or Task inside it (what a phrase may replace); else None.

    ``[t for t in taken if <overlap>]`` when ``all(<inside> for t in it)``, stopping at the
    first overlapping name that is not inside (most blocked phrases meet one).
    """
    ps, pe = phrase.start, phrase.end
    inside = []
    for t in taken:
        if t.start < pe and ps < t.end:
            if not (ps <= t.start and t.end <= pe and (t.end - t.start) < (pe - ps)
                    and t.type in ("Method", "Task") and t.source == "lexicon"):
                return None
            inside.append(t)
    return inside


def final_mentions(toks: Tokens, taken: list[_Cand]) -> list[tuple[int, int, str, str, str, str]]:
    """The resolver's output: ``(start token, end token, type, entity id, source, label)``."""
    out = []
    char_span = toks.char_span
    for c in taken:
        sp = char_span(c.start, c.end, "expand")
        if sp is None:
            continue
        source = f"{c.source}:{c.rule}" if c.rule and c.rule != c.source else c.source
        out.append((sp[0], sp[1], c.type, c.eid, source, c.label))
    return out


def final_mention_chars(toks: Tokens, taken: list[_Cand]) -> list[tuple[int, int, str, str, str, str]]:
    """:func:`final_mentions` as character spans (the fast path's form, no token span built).

    ``[(*toks.chars(s, e), type, eid, source, label) for s, e, type, eid, source, label in
    final_mentions(toks, taken)]``.
    """
    out = []
    starts, ends, n, size = toks.starts, toks.ends, toks.n, len(toks.text)
    source_labels = _SOURCE_LABELS
    for c in taken:
        # toks.char_span(c.start, c.end, "expand"), inlined
        start, end = c.start, c.end
        if start < 0 or start >= size or not n or end < 1 or end > size:
            continue
        s = bisect_right(starts, start) - 1
        e = bisect_right(starts, end - 1)
        if s < 0 or e <= 0:
            continue
        if start == ends[s]:
            s += 1
        if s > e:
            raise IndexError(f"span [{s}:{e}] out of range for a doc of {n} tokens")
        if s < e:
            cs, ce = starts[s], ends[e - 1]
        else:
            cs = ce = starts[s] if s < toks.n else len(toks.text)
        label = source_labels.get((c.source, c.rule))  # (_source_label, without a call when known)
        out.append((cs, ce, c.type, c.eid, label or _source_label(c.source, c.rule), c.label))
    return out


#: (source, rule) -> the mention's source label, filled as pairs are seen
_SOURCE_LABELS: dict[tuple[str, str], str] = {}


def _source_label(source: str, rule: str) -> str:
    """``"source:rule"``, or ``source`` alone when the rule says nothing more (looked up once per pair)."""
    got = _SOURCE_LABELS.get((source, rule))
    if got is None:
        got = _SOURCE_LABELS[(source, rule)] = f"{source}:{rule}" if rule and rule != source else source
    return got


@Language.factory(
    "kg_resolve",
    assigns=["doc.spans", "doc._.kg_sources", "doc._.kg_labels"],
    requires=["doc.spans"],
    default_config={"spans_key": DEFAULT_SPANS_KEY},
)
def make_resolver(nlp: Language, name: str, spans_key: str) -> "Resolver":
    return Resolver(nlp, name, spans_key=spans_key)


class Resolver:
    """Writes the final mentions into ``doc.spans[spans_key]`` (label = type, kb_id = entity id).

    ``doc._.kg_sources`` and ``doc._.kg_labels`` hold, for each span, the
    component that found it and the entity's display label. When a
    ``kg_lexicon`` component is in the pipeline, its alias table (if it offers
    one as ``aliases``: ``norm_key(alias) -> canonical name``) also folds
    unmatched spellings.
    """

    def __init__(self, nlp: Language, name: str = "kg_resolve", *, spans_key: str = DEFAULT_SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        self.nlp = nlp
        self.aliases: dict[str, str] | None = None
        Doc.set_extension("kg_sources", default=None, force=True)
        Doc.set_extension("kg_labels", default=None, force=True)

    def initialize(self, get_examples=None, *, nlp=None, aliases: dict[str, str] | None = None) -> None:
        self.aliases = aliases

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = {key: [(sp.start_char, sp.end_char, sp.label_, sp.kb_id_) for sp in doc.spans[key]]
                 for key in ("kg_lexicon", "kg_patterns", "kg_phrases", "kg_abbrev") if key in doc.spans}
        pairs = doc._.kg_abbreviations if Doc.has_extension("kg_abbreviations") else None
        toks = Tokens.from_doc(doc, text)
        final = final_mentions(toks, resolve_spans(toks, spans, pairs, lexicon_aliases=self.aliases))
        doc.spans[self.spans_key] = [Span(doc, s, e, label=t, kb_id=eid) for s, e, t, eid, _, _ in final]
        doc._.kg_sources = [src for *_, src, _ in final]
        doc._.kg_labels = [label for *_, label in final]
        return doc

    def to_bytes(self, *, exclude=()) -> bytes:
        import srsly

        return srsly.msgpack_dumps({"aliases": self.aliases or {}})

    def from_bytes(self, data: bytes, *, exclude=()) -> "Resolver":
        import srsly

        self.aliases = srsly.msgpack_loads(data).get("aliases") or None
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        import srsly
        from pathlib import Path

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "aliases.json", self.aliases or {})

    def from_disk(self, path, *, exclude=()) -> "Resolver":
        import srsly
        from pathlib import Path

        p = Path(path) / "aliases.json"
        self.aliases = (srsly.read_json(p) or None) if p.exists() else None
        return self
