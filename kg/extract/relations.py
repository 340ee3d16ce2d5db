"""Typed relations and result records from one paper's typed mentions.

:func:`extract_relations` is a pure function of a :class:`~kg.model.DocExtraction`
(its text, sentence spans and mentions). It uses no parser: every rule is a
precompiled regular expression (:mod:`kg.extract.relation_cues`) run on the short
text *between* or *around* two mentions of one sentence, so it costs a few
microseconds per mention. Rules, confidences and measured scores are documented
in ``docs/relations.md``.

Rules, in the order they run:

1. ``proposes`` (paper -> entity): a title "X: ...", "we propose/introduce/present
   X" (with "named/called/termed X", apposition "the reasoning MLLM, X" and
   "(ABBR)" aliases), "our X", "our method, X", "X, a novel ...".
2. ``evaluatedOn`` / ``trainedOn`` (Model/Method -> Dataset/Benchmark): the text
   left of a dataset ends with "on / across / in ...", "benchmarks such as", or
   right of it "to evaluate"; a training verb before the preposition makes it
   ``trainedOn``, whose head is the verb's object when it has one ("we fine-tune X on
   D"); "ImageNet-pretrained X" too. Coordinated datasets ("on GSM8K and MATH") share
   the relation. "D, a benchmark designed to evaluate X" and the rival of "X surpasses
   Y on D" are evaluated on D too, and so is X in a title "D: Benchmarking X".
3. ``usedFor`` (Model/Method -> Task): "X for T", "X to address T", "X performs T",
   "X-based / -driven T", "T via/using/with X", "apply X to T", "the use of X in T",
   "a novel T framework, X", "X, a T model", "X in T", "the T capabilities of X", "X's T",
   "X have revolutionized T", "a framework for T, named X", "X achieves state-of-the-art T
   performance", "Experiments on T benchmarks show that X", "For T, X ...", "X outperforms
   state-of-the-art T methods", "X with Y for T".
4. ``outperforms`` / ``comparedWith``: "X outperforms/surpasses/beats Y", "X is
   better than Y", "Y is outperformed by X", "X lags behind Y" (reversed);
   "compared with", "comparable to", "on par with", "vs." give ``comparedWith``.
   A negation right before the cue ("we do not compare") cancels it.
5. ``basedOn``: "builds on", "on top of", "fine-tuned / distilled / initialized
   from", "based on", "extends", "a variant of".
5b. ``benchmarkFor`` (Dataset/Benchmark -> Task): a title "D: A Benchmark for T", a
   description "D, a benchmark designed to evaluate T" / "D is a T dataset", "T benchmarks
   such as D", "the D T benchmark", "D for T", "To evaluate T, we build D", "T results on D",
   "T (D)", "D serves as a resource for T".
6. results: a value ("73.5%", "F1 of 0.82", "FID of 7.3", "2.3x faster") next to
   a Metric mention, a dataset or a reporting verb gives a
   :class:`~kg.model.Result`; counts, sizes, ranges and improvements ("by 2%",
   "0.4% lower") are not results.

The subject of a relation is the nearest Model/Method mention left of the cue in
the same clause that is not itself an object ("than Y", "such as Y", "from Y").
When a sentence has no such mention but speaks of the paper's own work ("our
model", "the proposed method", "we", "it"), the subject is the paper's proposed
Model/Method (its first ``proposes`` tail of that type), when it has one.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import ahocorasick

from kg.extract import relation_cues as C
from kg.model import DocExtraction, Mention, Relation, Result

__all__ = ["extract_relations", "RULE_CONFIDENCE"]

#: base confidence of each rule (distance and fallbacks subtract from it)
RULE_CONFIDENCE = {
    "title_colon": 0.85,
    "title_task": 0.7,
    "we_propose_named": 0.9,
    "we_propose": 0.85,
    "we_propose_gap": 0.75,
    "our_x": 0.7,
    "x_a_novel": 0.6,
    "benchmarks_such_as": 0.75,
    "on_dataset": 0.7,
    "in_dataset": 0.55,
    "dataset_to_evaluate": 0.7,
    "benchmark_evaluates_x": 0.6,
    "rival_on_dataset": 0.55,
    "title_benchmark": 0.6,
    "trained_on": 0.75,
    "train_x_on": 0.75,
    "data_trained_x": 0.7,
    "x_for_task": 0.65,
    "x_based_task": 0.65,
    "task_via_x": 0.6,
    "apply_x_to_task": 0.7,
    "appositive_task": 0.65,
    "task_kind_such_as": 0.65,
    "task_kind_name": 0.6,
    "use_of_x": 0.6,
    "x_in_task": 0.55,
    "x_possessive_task": 0.55,
    "task_ability_of": 0.55,
    "named_for_task": 0.65,
    "x_achieves_task": 0.6,
    "tested_on_task": 0.55,
    "x_beats_task_methods": 0.6,
    "x_beats_in_task": 0.55,
    "x_ability_in_task": 0.55,
    "purpose_task": 0.55,
    "x_enabling_task": 0.5,
    "x_tasks_such_as": 0.5,
    "x_with_y_for_task": 0.6,
    "task_modifies_x": 0.6,
    "x_tested_on_task": 0.55,
    "x_recasts_task": 0.6,
    "name_task_kind": 0.6,
    "title_data_task": 0.7,
    "data_description": 0.7,
    "task_data_kind": 0.65,
    "data_task_kind": 0.65,
    "data_for_task": 0.6,
    "purpose_data": 0.6,
    "task_on_data": 0.5,
    "task_paren_data": 0.6,
    "data_offers_task": 0.6,
    "outperforms": 0.8,
    "better_than": 0.75,
    "outperformed_by": 0.8,
    "lags_behind": 0.7,
    "compared_with": 0.7,
    "compared_better": 0.75,
    "superiority_of": 0.75,
    "compare_x_with_y": 0.7,
    "based_on": 0.7,
    "result": 0.7,
}
#: subtracted when the subject is the paper's proposed entity, not a mention in the sentence
SELF_PENALTY = 0.1
#: subtracted when the subject lies right of the cue (a weaker reading)
RIGHT_PENALTY = 0.15
#: subtracted when the subject is more than FAR characters from the cue
FAR, FAR_PENALTY = 80, 0.1
#: subtracted for a mention reached by coordination ("GSM8K and MATH")
COORD_PENALTY = 0.05
#: subtracted when a data set's title asks a question of models ("D: Are MLLMs Ready for T?") or only
#: its name says it is a benchmark ("XBench: Long Video Understanding in the Wild")
WEAK_TITLE_PENALTY = 0.1

_WORD_SPLIT = str.split


def _keyword_automaton() -> "ahocorasick.Automaton":
    """All cue keywords of :data:`kg.extract.relation_cues.CUE_KEYWORDS` -> their families."""
    families: dict[str, set[str]] = {}
    for family, words in C.CUE_KEYWORDS.items():
        for w in words:
            families.setdefault(w, set()).add(family)
    auto = ahocorasick.Automaton()
    for w, fams in families.items():
        auto.add_word(w, tuple(sorted(fams)))
    auto.make_automaton()
    return auto


_KEYWORDS = _keyword_automaton()
_NO_FAMILIES: frozenset[str] = frozenset()
_DIGIT = re.compile(r"\d")
#: a number of its own, not a digit of a name ("F1", "mAP@50")
_STANDALONE_NUMBER = re.compile(r"(?<![\w.@\-])\d")
_GAP_STOP = re.compile(r'[;()\[\].!?"]')
#: ``_OBJECT_WORD.search(s)`` finds something exactly when ``any(w in s for w in C.OBJECT_WORDS)``
_OBJECT_WORD = re.compile("|".join(re.escape(w) for w in C.OBJECT_WORDS))


class _Doc:
    """Per-document working state: mentions by sentence, object flags, boundaries."""

    __slots__ = ("doc", "text", "low", "mentions", "by_sent", "_objects", "relations", "best", "proposed",
                 "_boundaries", "_starts", "_hits", "_no_system")

    def __init__(self, doc: DocExtraction) -> None:
        self.doc = doc
        self.text = doc.text
        self.mentions: list[Mention] = doc.mentions
        sents = doc.sentences or [(0, len(doc.text))]
        starts = [s for s, _ in sents]
        self.by_sent: dict[int, list[int]] = {}
        for i, m in enumerate(doc.mentions):
            s = m.sentence
            if not (0 <= s < len(sents) and sents[s][0] <= m.start < sents[s][1] + 1):
                s = max(0, bisect_right(starts, m.start) - 1)
            self.by_sent.setdefault(s, []).append(i)
        for idxs in self.by_sent.values():
            idxs.sort(key=lambda i: (self.mentions[i].start, -self.mentions[i].end))
        self.low = doc.text.lower()
        self._starts = starts
        self._hits: dict[int, set[str]] | None = None
        self._objects: dict[int, bool] = {}
        self.relations: list[Relation] = []
        self.best: dict[tuple, int] = {}
        self.proposed: int | None = None
        self._boundaries: dict[int, list[tuple[int, int, bool]]] = {}
        self._no_system: dict[int, tuple[int, ...]] = {}

    # -------------------------------------------------------------- helpers
    def is_object(self, s: int, i: int) -> bool:
        """Whether mention ``i`` of sentence ``s`` stands in object position (computed once per sentence)."""
        got = self._objects.get(i)
        if got is None:
            _object_flags(self, s)
            got = self._objects.get(i, False)
        return got

    def has(self, s: int, family: str) -> bool:
        """Whether sentence ``s`` contains a keyword of cue ``family`` (a cheap pre-filter)."""
        return family in self.families(s)

    def families(self, s: int) -> set[str] | frozenset[str]:
        """The cue families with a keyword in sentence ``s`` (a cheap pre-filter).

        One Aho-Corasick pass over the lowercased text finds every keyword of every family.
        """
        hits = self._hits  # sentence -> the families whose keywords it contains
        if hits is None:
            hits = self._hits = {}
            starts = self._starts
            for end, families in _KEYWORDS.iter(self.low):
                sent = bisect_right(starts, end) - 1
                got = hits.get(sent)
                if got is None:
                    hits[sent] = set(families)
                else:
                    got.update(families)
        return hits.get(s, _NO_FAMILIES)

    def sentence_span(self, s: int) -> tuple[int, int]:
        sents = self.doc.sentences
        return sents[s] if sents else (0, len(self.text))

    def boundaries(self, s: int) -> list[tuple[int, int, bool]]:
        """Clause boundaries of sentence ``s`` as (start, end, hard) in text offsets."""
        got = self._boundaries.get(s)
        if got is None:
            s0, s1 = self.sentence_span(s)
            st = self.text[s0:s1]
            got = [(m.start() + s0, m.end() + s0, True) for m in C.HARD_BOUNDARY.finditer(st)]
            got += [(m.start() + s0, m.end() + s0, False) for m in C.SOFT_BOUNDARY.finditer(st)]
            got.sort()
            self._boundaries[s] = got
        return got

    def crosses(self, s: int, a: int, b: int, soft: bool = True) -> bool:
        """Whether a clause boundary lies between offsets a < b."""
        for start, end, hard in self.boundaries(s):
            if a <= start and end <= b and (hard or soft):
                return True
        return False

    def clause_start(self, s: int, pos: int) -> int:
        start = self.sentence_span(s)[0]
        for b0, b1, hard in self.boundaries(s):
            if b1 <= pos and hard:
                start = b1
        return start

    def add(self, predicate: str, head: int | None, tail: int, sentence: int, rule: str,
            confidence: float) -> None:
        if head is not None and (head == tail or
                                 self.mentions[head].entity_id == self.mentions[tail].entity_id):
            return
        if head is not None and self.missing(head):
            return
        confidence = round(min(1.0, max(0.05, confidence)), 3)
        key = (predicate, head, tail, sentence)
        at = self.best.get(key)
        if at is None:
            self.best[key] = len(self.relations)
            self.relations.append(Relation(predicate, head, tail, sentence, rule, confidence))
        elif self.relations[at].confidence < confidence:
            self.relations[at] = Relation(predicate, head, tail, sentence, rule, confidence)

    def missing(self, i: int) -> bool:
        """Whether mention ``i`` is named as lacking or removed ("lack explicit mechanisms for T",
        "without any fine-tuning, X reaches 91% on D", "replacing conventional X"): it heads no
        relation, nothing uses it and it is run, compared or built on nowhere."""
        start = self.mentions[i].start
        left = self.low[max(0, start - 45):start]
        return any(w in left for w in C.NOT_USED_WORDS) and C.NOT_USED_LEFT.search(left) is not None

    def chain(self, s: int, first: int, types: frozenset | None) -> list[tuple[int, bool]]:
        """``first`` and the mentions coordinated after it: [(index, is_alias)]."""
        idxs = self.by_sent[s]
        out = [(first, False)]
        prev = self.mentions[first]
        pos = idxs.index(first)
        for j in idxs[pos + 1:]:
            m = self.mentions[j]
            if m.start < prev.end:
                continue
            gap = self.text[prev.end:m.start]
            if len(gap) > 80:
                break
            if C.PAREN_GAP.match(gap):
                alias = True
            elif C.COORD_GAP.match(gap) and not _opens_clause(self.text, gap, m.end):
                alias = False
            else:
                break
            if types is not None and m.type not in types:
                break
            out.append((j, alias))
            prev = m
        # "Compared with Y, X achieves": a bare comma followed by a verb is not a list
        while len(out) > 1 and not out[-1][1]:
            last = self.mentions[out[-1][0]]
            before = self.mentions[out[-2][0]]
            if not C.APPOSITION_GAP.match(self.text[before.end:last.start]) or \
                    C.LIST_CONTINUES.match(self.text[last.end:last.end + 6]):
                break
            out.pop()
        return out


def _object_flags(st: _Doc, s: int) -> None:
    """Mark mentions of sentence ``s`` that stand in object position ("than Y", "such as Y")."""
    prev_end = st.sentence_span(s)[0]
    prev_obj = False
    for i in st.by_sent[s]:
        m = st.mentions[i]
        left = st.text[max(prev_end, m.start - 60):m.start] if m.start >= prev_end else ""
        obj = _OBJECT_WORD.search(left.lower()) is not None and (
            C.OBJECT_CUE.search(left) is not None or C.COMPARED_PAREN.search(left) is not None)
        if not obj and prev_obj and (C.COORD_GAP.match(left) or C.PAREN_GAP.match(left)):
            # "than A, B and C" continues the objects; "Compared with Y, X achieves" does not
            obj = not (C.COMMA_ARTICLE_GAP.match(left) and not C.LIST_CONTINUES.match(st.text[m.end:m.end + 6])) \
                and not _opens_clause(st.text, left, m.end)
        st._objects[i] = obj
        prev_obj = obj
        prev_end = max(prev_end, m.end)


def _opens_clause(text: str, gap: str, end: int) -> bool:
    """Whether a mention after a list ``gap`` and ending at ``end`` is the subject of a new clause.

    "A surpasses GPT-4, and B outperforms C": after ", and" a finite verb follows B, so B is
    neither a second object of "surpasses" nor coordinated with GPT-4.
    """
    return "," in gap and C.CLAUSE_AND_GAP.search(gap) is not None and C.FINITE_VERB_AFTER.match(text, end) is not None


def _modifies(text: str, end: int, proposal: bool = False) -> bool:
    """Whether the mention ending at ``end`` modifies the next word ("RL-based", "SAM-guided").

    For a subject, "X based on Y" counts too: the phrase before it is a description whose
    name lies elsewhere ("GAAP, a perturbation algorithm based on genetic algorithms"). A
    ``proposal`` right after "we propose" is the name itself ("the Line Pose Graph (LPG)
    based on line graph theory").
    """
    if C.MODIFIER_SUFFIX.match(text, end, end + 36) is None:
        return False
    return not (proposal and C.BASED_ON_AFTER.match(text, end, end + 40))


def _short_gap(gap: str, max_words: int, block: frozenset) -> bool:
    """A gap of at most ``max_words`` words, none blocked, no brackets or clause punctuation."""
    if len(gap) > 90 or _GAP_STOP.search(gap) is not None:
        return False
    words = _WORD_SPLIT(gap.replace(",", " ").replace(":", " ").lower())
    return len(words) <= max_words and not any(w in block for w in words)


def _subject(st: _Doc, s: int, pos: int, exclude=(), *, right_from: int | None = None,
             self_ok: bool = True, instruments_ok: bool = True, tools_ok: bool = True) -> tuple[int | None, float]:
    """The subject of a cue at ``pos``: (mention index or None, confidence penalty).

    Nearest non-object Model/Method left of ``pos`` in its clause; else the paper's
    proposed entity when the clause speaks of "our model"/"we"/"it"; else, when
    ``right_from`` is given, the first non-object Model/Method right of it.
    ``instruments_ok=False`` (comparisons) also passes over what something is done
    "using"/"via"/"into" ("fine-tuned LLMs using LoRA ..., comparing with GPT-4o"), and over
    objects right of the cue: a compared object is never the subject of a comparison, while a
    baseline right of a dataset ("Experiments on D show results competitive with the n-gram
    model") was evaluated on it too; what an experiment ran "with" or "using" never is.
    ``tools_ok=False`` (evaluations) passes over what a result was reached "using / via /
    through" on both sides ("On D, using a 675M diffusion transformer, UCGM-T reaches 1.3 FID":
    UCGM-T), but keeps the other objects.
    """
    mentions = st.mentions
    idxs = st.by_sent[s]
    for k in range(len(idxs) - 1, -1, -1):
        i = idxs[k]
        m = mentions[i]
        if m.end > pos or i in exclude:
            continue
        if m.type not in C.MODELISH:
            continue
        if _apposed_class(st, s, k, pos):
            continue
        if st.crosses(s, m.end, pos, soft=False):
            break
        if C.PRONOUN_SUBJECT.search(st.text[m.end:pos]):
            break  # "X ..., they lag behind Y": the subject is the pronoun
        if _own_clause_between(st.text, m.end, pos):
            break  # "Experiments on CNNs and ViTs show that our method outperforms": not ViTs
        if st.crosses(s, m.end, pos, soft=True) and not _relative_clause_after(st.text, m.end, pos):
            break  # "X, which ...": only the mention right before the relative pronoun
        if st.is_object(s, i) or _modifies(st.text, m.end) or _interposed_means(st, s, m, pos):
            continue
        if not instruments_ok and C.INSTRUMENT_CUE.search(st.text, max(st.sentence_span(s)[0], m.start - 40), m.start):
            continue
        if not tools_ok and _used_as_tool(st.text, m.start, m.end) and \
                not C.TOOL_RUN_ON.fullmatch(st.text, m.end, pos):
            continue
        return i, (FAR_PENALTY if pos - m.end > FAR else 0.0)
    if self_ok and st.proposed is not None and st.proposed not in exclude:
        c0 = st.clause_start(s, pos)
        s1 = st.sentence_span(s)[1]
        if C.SELF_SUBJECT.search(st.text[c0:s1]):
            return st.proposed, SELF_PENALTY
    if right_from is not None:
        s0 = st.sentence_span(s)[0]
        # "benchmark datasets (UIEB, EUVP, SUIM-E) demonstrate that FUSION ...": a mention in the
        # parenthesis still open at ``right_from`` is another list item, not the subject
        open_paren = st.text.rfind("(", s0, right_from) > st.text.rfind(")", s0, right_from)
        tool_end = -1  # the end of the last tool passed over ("using ResNet, VGG, and ViT")
        for i in idxs:
            m = mentions[i]
            if m.start < right_from or i in exclude or m.type not in C.MODELISH:
                continue
            if st.crosses(s, right_from, m.start, soft=False) or m.start - right_from > 150:
                break
            gap = st.text[right_from:m.start]
            if (open_paren and ")" not in gap) or (C.COORD_GAP.match(gap) and not C.APPOSITION_GAP.match(gap)):
                continue  # "... IRSTD-1k, and NUAA-SIRST demonstrate that ...": a list item
            if gap.rfind("(") > gap.rfind(")"):
                continue  # "subsets from FineGym (FX-JUMP, FX-TURN), X outperforms": members, not the subject
            if _unnamed_self_before(gap) and _names_a_class(m):
                continue  # "Experiments on D show that our approach outperforms existing T methods": unnamed
            if not instruments_ok and _used_as_tool(st.text, m.start, m.end):
                continue  # "gains compared to self-consistency, as evidenced using Gemma-9B": a tool
            if not tools_ok and (_used_as_tool(st.text, m.start, m.end) or (
                    tool_end >= 0 and _joined_to_tool(st.text, tool_end, m))):
                tool_end = m.end
                continue
            if _modifies(st.text, m.end):
                continue
            if st.is_object(s, i) and (not instruments_ok or (
                    C.WITH_CUE.search(st.text, max(right_from, m.start - 50), m.start)
                    and not C.WITH_SUBJECT_AFTER.match(st.text, m.end, m.end + 45))):
                continue  # "fewer parameters compared to LoRA and outperforms VeRA": VeRA is no subject
            return i, RIGHT_PENALTY
    return None, 0.0


def _relative_clause_after(text: str, end: int, pos: int) -> bool:
    """Whether a relative clause opens right after the mention ending at ``end`` ("X, which ...",
    "the X model, which was trained with Z, outperforms ..."): the clause and the verb after it
    both speak of that mention."""
    gap = text[end:pos].lstrip()
    head = C.NAME_HEAD_NOUN.match(gap)
    return C.SOFT_BOUNDARY.match(gap, head.end() if head else 0) is not None


def _apposed_class(st: _Doc, s: int, k: int, pos: int) -> bool:
    """Whether the ``k``-th mention of sentence ``s`` is a class noun set off by commas after a name
    ("Qwen2.5-VL-72B, an open-source MLLM, achieves 73% on D, outperforming GPT-4o"): it only
    describes the name, which is the subject (or, after a win, the rival) of the cue at ``pos``."""
    if k == 0:
        return False
    m, name = st.mentions[st.by_sent[s][k]], st.mentions[st.by_sent[s][k - 1]]
    if name.type not in C.MODELISH or name.end > m.start:
        return False
    return C.APPOSED_CLASS_GAP.match(st.text, name.end, m.start) is not None and \
        st.text.startswith(",", m.end, pos)


def _interposed_means(st: _Doc, s: int, m: Mention, pos: int) -> bool:
    """Whether mention ``m`` sits in a participle phrase set off by commas before the cue at ``pos``
    ("Falcon-7B, trained through only simple supervised fine-tuning (SFT), outperforms Y on D",
    "X, trained exclusively on non-CoT data, reaches 61% on D"): the phrase tells how the subject
    before it was made, so what it names is the means, never the subject of the cue."""
    close = C.INTERPOSED_CLOSE.match(st.text, m.end, pos)
    if close is None:
        return False
    return C.INTERPOSED_OPEN.search(st.text, max(st.sentence_span(s)[0], m.start - 100), m.start) is not None


def _unnamed_self_before(gap: str) -> bool:
    """Whether ``gap``, between a cue's data set or objects and a later candidate subject, names the
    paper's own method without a name ("Experiments on TartanAir demonstrate that our approach
    outperforms existing pose regression methods"): that is the subject, and the candidate after it
    is an object or a tool. "our model, called X" and "the proposed method X" still name X."""
    own = C.UNNAMED_SELF.search(gap)
    return own is not None and C.NAMING_GAP.fullmatch(gap, own.end()) is None


def _names_a_class(m: Mention) -> bool:
    """Whether mention ``m`` names a class of systems ("pose regression methods", "fine-tuning",
    "PEFT methods") rather than one system ("DINOv2"): after an unnamed "our approach", a named
    rival was run on the same data set, a class of them is only what the approach beat."""
    return m.text.islower() or C.CLASS_NOUN_END.search(m.text) is not None


def _used_as_tool(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` follows "using / via / through ...": a tool of the result,
    unless it is the subject of a gerund ("leveraging B-score substantially improves ...")."""
    cue = C.TOOL_CUE.search(text, max(0, start - 45), start)
    if cue is None:
        return False
    gerund = C.GERUND_LEFT.search(text, max(0, cue.start() - 3), cue.start()) is not None or cue.start() == 0
    return not (gerund and C.GERUND_SUBJECT_AFTER.match(text, end, end + 40))


def _joined_to_tool(text: str, tool_end: int, m: Mention) -> bool:
    """Whether mention ``m`` continues a list of tools ending at ``tool_end`` ("using both SLMs and
    LLMs", "using ResNet, VGG, and ViT"); a bare comma before a verb is no list ("using a 675M
    diffusion transformer, UCGM-T trains ...")."""
    gap = text[tool_end:m.start].lstrip(")")
    if C.PAREN_GAP.match(gap):
        return True
    if not C.COORD_GAP.match(gap):
        return False
    return not C.APPOSITION_GAP.match(gap) or C.LIST_CONTINUES.match(text[m.end:m.end + 6]) is not None


def _names_no_system(st: _Doc, s: int) -> tuple[int, ...]:
    """The Model/Method mentions of sentence ``s`` that name a kind of data or a tested ability.

    "Mnemis achieves SOTA on long-term memory benchmarks, scoring 93.9 on LoCoMo", "our model
    shows superior in-context learning performance on HELMET": the phrase before "benchmarks" or
    (lower-case) before "performance" is no system, so an evaluation or a comparison ("A and B
    lead on RAG benchmarks and are competitive with C") passes over it to its subject.
    """
    got = st._no_system.get(s)  # computed once per sentence
    if got is None:
        got = st._no_system[s] = tuple(i for i in st.by_sent[s] if _names_data_or_ability(st.text, st.mentions[i]))
    return got


def _names_data_or_ability(text: str, m: Mention) -> bool:
    """Whether Model/Method mention ``m`` modifies "benchmarks / dataset" (or, lower-case, "performance")."""
    if m.type not in C.MODELISH:
        return False
    if C.NOT_A_SYSTEM_AFTER.match(text, m.end, m.end + 40):
        return True
    return m.text.islower() and C.NOT_A_SYSTEM_AFTER_LOWER.match(text, m.end, m.end + 40) is not None


def _own_clause_between(text: str, a: int, b: int) -> bool:
    """Whether the text between a candidate subject (ending at ``a``) and a cue (at ``b``) opens
    a clause with a subject of its own ("... show that ...", "our method").

    "our model" right after the candidate is an apposition naming the candidate itself
    ("PrismMath-7B, our model distilled from a 32B LLM, ..."): then it is no other subject.
    """
    m = C.OWN_CLAUSE_GAP.search(text, a, b)
    if m is None:
        return False
    return not (m.group(0)[:1] in "oOtT" and not text[a:m.start()].strip(" ,("))


def _with_coordinated_left(st: _Doc, s: int, head: int) -> list[int]:
    """The head and the Model/Method mentions coordinated before it ("X and Y achieve").

    Commas alone make no list: in "Implemented through a dynamic context optimization
    mechanism, QwenLong-CPRS enables ..." the mechanism is no second subject, nor with an article
    ("with half of the data selected by active learning, the DNNs achieve ..."). A list has
    "and" / "or" / "&" somewhere ("A, B and C improve ...").
    """
    if head == st.proposed and head not in st.by_sent.get(s, ()):
        return [head]
    out = [head]
    aliases = 1  # out[:aliases] are the head and its "(ABBR)" aliases
    conj = False
    idxs = st.by_sent[s]
    pos = idxs.index(head)
    cur = st.mentions[head]
    for j in reversed(idxs[:pos]):
        m = st.mentions[j]
        if m.end > cur.start:
            continue
        gap = st.text[m.end:cur.start]
        paren = C.PAREN_GAP.match(gap) is not None
        if m.type not in C.MODELISH or not (paren or C.COORD_GAP.match(gap)):
            break
        if st.is_object(s, j):
            break
        out.append(j)
        if paren and aliases == len(out) - 1:
            aliases += 1
        conj = conj or (not paren and C.CONJUNCTION.search(gap) is not None)
        cur = m
    return out if conj else out[:aliases]


# ------------------------------------------------------------------ 1. proposes
def _proposes(st: _Doc) -> None:
    text, mentions = st.text, st.mentions
    # a title "X: ..." (the title is the text before the first blank line)
    cut = text.find("\n\n")
    if cut > 0 and 0 in st.by_sent:
        lead = len(text) - len(text.lstrip())
        for i in st.by_sent[0]:
            m = mentions[i]
            if m.start > lead or m.end > cut:
                break
            after = text[m.end:m.end + 4]
            if after.lstrip("+*").lstrip().startswith(":"):
                st.add("proposes", None, i, 0, "title_colon", RULE_CONFIDENCE["title_colon"])
    for s, idxs in st.by_sent.items():
        s0, s1 = st.sentence_span(s)
        fams = st.families(s)
        if "propose_subject" in fams and "propose_verb" in fams:
            for cue in C.PROPOSE_CUE.finditer(text, s0, s1):
                _propose_after_cue(st, s, cue.start(), cue.end())
        if not ("our" in fams or "novel" in fams):
            continue
        for i in idxs:
            m = mentions[i]
            left = text[max(s0, m.start - 70):m.start]
            if "our" in left.lower() and C.OUR_CUE.search(left):
                # "our proposed PCA approach of ...": a known name before a method noun is its kind
                if not _modifies(text, m.end) and not _known_kind(st, m):
                    for j, _ in st.chain(s, i, None):
                        st.add("proposes", None, j, s, "our_x", RULE_CONFIDENCE["our_x"])
            elif C.NOVEL_APPOSITION.match(text[m.end:m.end + 60]) and m.type in C.MODELISH | C.DATAISH:
                st.add("proposes", None, i, s, "x_a_novel", RULE_CONFIDENCE["x_a_novel"])
    # the paper's own Model/Method: the most confident proposes tail, earliest first; a known
    # (lexicon) name only when nothing new is proposed ("We propose using the novel view synthesis
    # method called Gaussian Splatting" under the title "Cut-and-Splat: ...": Cut-and-Splat)
    best = None
    for r in st.relations:
        if r.predicate == "proposes" and mentions[r.tail].type in C.MODELISH:
            if best is None or (mentions[r.tail].source != "lexicon", r.confidence) > \
                    (mentions[best.tail].source != "lexicon", best.confidence):
                best = r
    st.proposed = best.tail if best is not None and not _generic_technique(mentions[best.tail]) else None


def _generic_technique(m: Mention) -> bool:
    """Whether ``m`` is a known technique written in lower-case common words ("fine-tuning",
    "knowledge distillation", "attention mechanism"), which is no stand-in for "our method / we / it".

    A paper that proposes "fine-tuning" in some setting proposes a way of fine-tuning, not
    fine-tuning itself: "our approach ... on VQAv2" should not give "fine-tuning evaluatedOn VQAv2".
    Names keep their role: capitals after the first letter or digits ("Group Relative Policy
    Optimization", "LoRA", "GPT-4"), and new phrases (not from the lexicon).
    """
    if m.source != "lexicon":
        return False
    rest = m.label[1:].replace("-", " ").replace(" ", "")
    return rest.isalpha() and rest.islower()


def _known_kind(st: _Doc, m: Mention) -> bool:
    """Whether mention ``m`` is a known name or a task used as the kind of what follows it.

    "the peer knowledge distillation method", "a neural network structure, FramePack", and for a
    lexicon name also with its long form between: "a motion-aware GOP (Group of Pictures) encoder".
    A paper's own long form with its acronym ("the Geometry-Temporal Alignment (GTA) attention
    mechanism") is a name, not a kind.
    """
    if m.source == "lexicon":
        at = m.end
        paren = C.SHORT_PAREN.match(st.text, m.end)
        if paren is not None:
            inside = [o for o in st.mentions if paren.start() < o.start < paren.end()]
            if any(o.entity_id != m.entity_id for o in inside):
                return False  # "Modular Multi-Contrast Super-Resolution (MCSR) framework": a new name
            at = paren.end()
        return C.KNOWN_NAME_HEAD_AFTER.match(st.text, at, at + 40) is not None
    return m.type == "Task" and C.KNOWN_NAME_HEAD_AFTER.match(st.text, m.end, m.end + 40) is not None


def _propose_after_cue(st: _Doc, s: int, c0: int, c1: int) -> None:
    text, mentions = st.text, st.mentions
    if C.NEGATION.search(text[max(0, c0 - 30):c0]) or text[c1:c1 + 4].lstrip().startswith("to "):
        return
    s1 = st.sentence_span(s)[1]
    limit = min(s1, c1 + 170)
    cands = [i for i in st.by_sent[s] if c1 <= mentions[i].start < limit]
    if not cands:
        return
    chosen, rule = None, "we_propose"
    for i in cands:  # "... named X" anywhere in the window wins
        m = mentions[i]
        if C.NAMING_CUE.search(text[max(c1, m.start - 30):m.start]) and not st.crosses(s, c1, m.start, soft=False) \
                and ";" not in text[c1:m.start] and " which " not in text[c1:m.start]:
            chosen, rule = i, "we_propose_named"
            break
    if chosen is None:
        skip_to = c1  # the end of a skipped modifier and its acronym
        for i in cands:
            m = mentions[i]
            if m.start < skip_to:
                continue
            gap = text[c1:m.start]
            if m.start > skip_to > c1:  # past a skipped modifier: "a diffusion transformer (DiT) based framework, X"
                gap = C.SPACED_BASED.sub("-based ", C.SHORT_PAREN.sub("", gap))
            if not _short_gap(gap, 8, C.PROPOSE_GAP_BLOCK):
                return
            if _modifies(text, m.end, proposal=True):
                paren = C.SHORT_PAREN.match(text, m.end)
                skip_to = paren.end() if paren else m.end
                continue  # "a novel RL-based framework": RL is not the proposal
            # "we introduce the peer knowledge distillation method": a method of that kind, whose
            # name may follow ("we present a neural network structure, FramePack")
            if _known_kind(st, m):
                continue
            if m.type == "Task" and C.DATA_HEAD_AFTER.match(text, m.end, m.end + 40):
                continue  # "we curate a multi-view editing dataset": a data set for that task
            chosen = i
            rule = "we_propose" if len(gap.split()) <= 2 else "we_propose_gap"
            break
    if chosen is None:
        return
    chain = st.chain(s, chosen, None)
    names = [j for j, alias in chain if not alias]
    if len(names) == 2 and rule != "we_propose_named":
        a, b = names
        prev = max((mentions[j].end for j, _ in chain if mentions[j].end <= mentions[b].start), default=0)
        if C.APPOSITION_GAP.match(text[prev:mentions[b].start].lstrip(")")):
            # "the reasoning MLLM, Vision-R1": the class, then the name
            chain = [(j, al) for j, al in chain if mentions[j].start >= mentions[b].start]
            chosen = b
    conf = RULE_CONFIDENCE[rule]
    prev = None
    for j, alias in chain:
        if alias and prev is not None and _abbreviates_a_part(mentions[prev], mentions[j]):
            continue  # "dynamic Retrieval-Augmented Generation (RAG)": a new kind of RAG, not RAG
        st.add("proposes", None, j, s, rule, conf - (COORD_PENALTY if (j != chosen and not alias) else 0.0))
        prev = j


def _abbreviates_a_part(name: Mention, alias: Mention) -> bool:
    """Whether an "(ABBR)" ``alias`` after a proposed ``name`` stands for a known thing the name
    only ends with, so that it names no proposal.

    "we propose a dynamic Retrieval-Augmented Generation (RAG) framework", "a hierarchical Direct
    Preference Optimization (DPO)", "two-stage supervised fine-tuning (SFT)": the paper proposes a
    variant; the alias is linked to the known base (label "retrieval-augmented generation", or a
    known acronym of the name's last words), and proposing it would credit the paper with RAG. An
    alias linked to the name itself, or spelling all of it ("Temporal Coherence Loss (TCL)"), stays.
    """
    if alias.entity_id == name.entity_id:
        return False
    long, short = _spaced(name.text), _spaced(alias.label)
    if long != short and long.endswith(" " + short):
        return True
    if alias.source != "lexicon" or not alias.text.isalpha() or not alias.text.isupper():
        return False
    words = C.NAME_WORD_SPLIT.split(name.text)
    return any("".join(w[:1] for w in words[-n:]).upper() == alias.text for n in range(2, len(words)))


def _spaced(label: str) -> str:
    """``label`` lower-cased with hyphens and runs of spaces as one space: "question-answering" and
    "Question Answering" compare equal."""
    return " ".join(C.NAME_WORD_SPLIT.split(label.lower())).strip()


# ------------------------------------------------------------------ 2. evaluatedOn / trainedOn
def _data_relations(st: _Doc, s: int) -> None:
    text, mentions = st.text, st.mentions
    s0, _ = st.sentence_span(s)
    prev_data: int | None = None
    prev_found: list[tuple[str, list[int], str, float]] = []
    for i in st.by_sent[s]:
        m = mentions[i]
        if m.type not in C.DATAISH:
            continue
        found: list[tuple[str, list[int], str, float]] = []
        if prev_data is not None and prev_found:
            gap = text[mentions[prev_data].end:m.start] if m.start >= mentions[prev_data].end else "x"
            if C.COORD_GAP.match(gap) or C.PAREN_GAP.match(gap):
                found = [(p, h, r, c - COORD_PENALTY) for p, h, r, c in prev_found]
        if not found:
            c0 = st.clause_start(s, m.start)
            left = text[max(c0, m.start - 100):m.start]
            trig = _data_trigger(left, text[m.end:m.end + 60])
            if trig is not None and trig[1] == "in_dataset" and not _reports_results(st, s):
                trig = None  # "the prevalence of KEO in existing KE datasets": no test in D
            if trig is not None:
                predicate, rule, base, cue_at = trig
                pos = m.start - len(left) + cue_at
                # "On D, X ..." / "Experiments on D show that X ...": the subject may follow
                lead = len(text[c0:pos].split())
                right = m.end if lead <= 4 or C.SHOW_THAT.search(text[m.end:m.end + 80]) \
                    or C.FRONTED_DATA_END.match(text, m.end, m.end + 60) else None
                trainee = _trainee(st, s, pos, m.start) if predicate == "trainedOn" else None
                named = _named_before_participle(st, s, pos) if predicate == "trainedOn" and trainee is None else None
                if trainee is not None:  # "we fine-tune LLaMA-2 and Mistral on D"
                    found = [(predicate, trainee, "train_x_on", RULE_CONFIDENCE["train_x_on"])]
                elif named is not None:  # "models such as BART, fine-tuned on D, ..."
                    found = [(predicate, _with_coordinated_left(st, s, named), rule, base)]
                else:
                    head, pen = _subject(st, s, pos, (i, *_names_no_system(st, s)), right_from=right,
                                         tools_ok=False)
                    if head is not None:
                        heads = _with_coordinated_left(st, s, head)
                        if pen == RIGHT_PENALTY:  # "On D, A, B, and C improve ...": the whole list
                            heads = [h for h, _ in st.chain(s, head, C.MODELISH)]
                        found = [(predicate, heads, rule, base - pen)]
                        if predicate == "evaluatedOn":
                            rivals = _compared_before(st, s, pos, heads)
                            if rivals:  # "GenPRM surpasses Qwen2.5-Math-PRM-72B on ProcessBench"
                                found.append((predicate, rivals, "rival_on_dataset",
                                              RULE_CONFIDENCE["rival_on_dataset"]))
            if found and found[0][0] == "evaluatedOn" and found[0][2] == "on_dataset" and \
                    C.TRAIN_AND_TEST.search(left):  # "we train and evaluate X on D": both
                found.append(("trainedOn", found[0][1], "trained_on", RULE_CONFIDENCE["trained_on"] - COORD_PENALTY))
            if trig is None:
                heads = _opening_data_evaluated(st, s, i, c0)
                if heads:
                    found = [("evaluatedOn", heads, "dataset_to_evaluate", RULE_CONFIDENCE["dataset_to_evaluate"])]
                else:
                    found = _data_to_train(st, s, i) or _opening_data_trained(st, s, i, c0)
        for predicate, heads, rule, conf in found:
            for h in heads:
                st.add(predicate, h, i, s, rule, conf)
        _data_trained(st, s, i)
        _benchmark_purpose(st, s, i)
        prev_data, prev_found = i, found


def _opening_data_evaluated(st: _Doc, s: int, i: int, c0: int) -> list[int]:
    """"Using PM4Bench, we evaluate 11 mainstream LVLMs", "With D, we benchmark X and Y": a clause
    that opens with the data set ``i`` and goes on with "we evaluate / benchmark / compare ..."
    tests what that verb takes as object (the paper's own method for "our method" / "it")."""
    text, m = st.text, st.mentions[i]
    if not C.OPENING_DATA_LEAD.fullmatch(text, c0, m.start):
        return []
    verb = C.WE_EVALUATE_AFTER.match(text, m.end, m.end + 90)
    if verb is None:
        return []
    objects = _objects_after(st, s, verb.end(), exclude=(i,), max_words=6)
    if objects:
        return objects
    if st.proposed is not None and C.SELF_OBJECT.match(text, verb.end(), verb.end() + 60):
        return [st.proposed]
    return []


def _opening_data_trained(st: _Doc, s: int, i: int, c0: int) -> list[tuple[str, list[int], str, float]]:
    """"Utilizing the D dataset, we fine-tune a pre-trained LLM", "With D, we train our model": a clause
    that opens with the data set ``i`` and goes on with "we train / fine-tune ..." trains what that verb
    takes as object (the paper's own method for "our model" / "it") on D."""
    text, m = st.text, st.mentions[i]
    if not C.OPENING_DATA_LEAD.fullmatch(text, c0, m.start):
        return []
    verb = C.WE_TRAIN_AFTER.match(text, m.end, m.end + 90)
    if verb is None:
        return []
    heads = _objects_after(st, s, verb.end(), exclude=(i,), max_words=4)
    if not heads and st.proposed is not None and C.SELF_OBJECT.match(text, verb.end(), verb.end() + 60):
        heads = [st.proposed]
    return [("trainedOn", heads, "trained_on", RULE_CONFIDENCE["trained_on"])] if heads else []


def _data_to_train(st: _Doc, s: int, i: int) -> list[tuple[str, list[int], str, float]]:
    """"we use D to train X", "D is used to fine-tune X", "D to train and evaluate X": the model
    the purpose clause after data set ``i`` trains (and tests) was trained on D ("... our model":
    the paper's own method)."""
    text, m = st.text, st.mentions[i]
    cue = C.DATA_TO_TRAIN.match(text, m.end, m.end + 80)
    if cue is None:
        return []
    heads = _objects_after(st, s, cue.end(), exclude=(i,), max_words=3)
    if not heads and st.proposed is not None and C.SELF_OBJECT.match(text, cue.end(), cue.end() + 60):
        heads = [st.proposed]  # "we use D to train and evaluate our models"
    if not heads:
        return []
    found = [("trainedOn", heads, "trained_on", RULE_CONFIDENCE["trained_on"])]
    if cue.group("test"):
        found.append(("evaluatedOn", heads, "dataset_to_evaluate", RULE_CONFIDENCE["dataset_to_evaluate"]))
    return found


def _reports_results(st: _Doc, s: int) -> bool:
    """Whether sentence ``s`` speaks of a test or its results; "X ... in D" is an evaluation only
    then ("achieves SOTA in FinQA", "we validate our method in a SLAM benchmark"), otherwise "in D"
    places things in the data ("examples identified ... to guide LLMs in generating NL-STL pairs")."""
    s0, s1 = st.sentence_span(s)
    return C.RESULT_CONTEXT.search(st.text, s0, s1) is not None


def _benchmark_purpose(st: _Doc, s: int, i: int) -> None:
    """"D, a benchmark designed to evaluate X": the models a data set was built to test.

    "we introduce EndoBench, the first benchmark to assess MLLMs across ...", "KnowRecall and
    VisRecall, which evaluate cross-lingual consistency in MLLMs": X (and what is coordinated
    with it) is evaluated on D and on the data sets listed right before D. What the evaluation
    runs "with" or "via" is no tested model (:data:`~kg.extract.relation_cues.PURPOSE_OBJECT_GAP`).
    """
    text, mentions = st.text, st.mentions
    d = mentions[i]
    cue = C.BENCHMARK_PURPOSE.match(text, d.end, d.end + 160)
    if cue is None:
        return
    idxs = st.by_sent[s]
    for j in idxs[idxs.index(i) + 1:]:
        m = mentions[j]
        if m.start < cue.end():
            continue
        if m.type not in C.MODELISH:
            if m.type in C.DATAISH:
                return
            continue  # "to evaluate the T capabilities of X": a task or metric on the way
        if not C.PURPOSE_OBJECT_GAP.fullmatch(text, cue.end(), m.start) or _modifies(text, m.end):
            return
        j = _owner_after(st, s, j)  # "to evaluate the Grammar Competence of LLMs": the LLMs
        tails = [i] + _coordinated_before(st, s, i)
        for n, (h, _) in enumerate(st.chain(s, j, C.MODELISH)):
            for t in tails:
                st.add("evaluatedOn", h, t, s, "benchmark_evaluates_x",
                       RULE_CONFIDENCE["benchmark_evaluates_x"] - (COORD_PENALTY if n else 0.0))
        return


def _owner_after(st: _Doc, s: int, j: int) -> int:
    """The Model/Method that mention ``j`` is a property of ("X competence of Y", "X in Y"), else ``j``."""
    m = st.mentions[j]
    at = C.OWNER_AFTER.match(st.text, m.end, m.end + 40)
    if at is None:
        return j
    for k in st.by_sent[s]:
        o = st.mentions[k]
        if o.start == at.end():
            return k if o.type in C.MODELISH else j
    return j


def _coordinated_before(st: _Doc, s: int, i: int) -> list[int]:
    """Mentions of the same type class coordinated right before mention ``i`` ("A, B and C")."""
    mentions, out = st.mentions, []
    idxs = st.by_sent[s]
    cur = mentions[i]
    types = C.DATAISH if cur.type in C.DATAISH else C.MODELISH
    for j in reversed(idxs[:idxs.index(i)]):
        m = mentions[j]
        if m.end > cur.start:
            continue
        gap = st.text[m.end:cur.start]
        if m.type not in types or not (C.COORD_GAP.match(gap) or C.PAREN_GAP.match(gap)):
            break
        out.append(j)
        cur = m
    return out


def _compared_before(st: _Doc, s: int, pos: int, heads: list[int]) -> list[int]:
    """The compared models right before an evaluation preposition at ``pos``.

    "X surpasses Y on D", "gains of 7 points over GRPO on MATH500": the rival Y was run on D
    too. Only the mentions (and those coordinated with them) right after the comparison cue
    count, and only when the preposition follows them with nothing between.
    """
    text, mentions = st.text, st.mentions
    near = None
    for j in st.by_sent[s]:
        m = mentions[j]
        if m.end > pos:
            break
        near = j
    if near is None or near in heads or mentions[near].type not in C.MODELISH:
        return []
    if not C.RIVAL_BEFORE_PREP.fullmatch(text, mentions[near].end, pos):
        return []
    out = [near] + [j for j in _coordinated_before(st, s, near)]
    first = mentions[out[-1]]
    if not C.RIVAL_CUE.search(text, max(0, first.start - 50), first.start):
        return []
    return [j for j in out if j not in heads]


def _trainee(st: _Doc, s: int, verb_at: int, data_at: int) -> list[int] | None:
    """The object of a training verb at ``verb_at``, between the verb and a data set at ``data_at``.

    "We first pre-train ResNet-GCN on D", "the pre-trained VGG net on the D dataset": the model
    (and those coordinated with it) right after the verb is what was trained, not the sentence's
    subject. Only determiners and modifiers may stand between verb and model ("trained with LoRA
    on D" trains no LoRA).
    """
    verb = C.TRAIN_VERB.match(st.text, verb_at)
    if verb is None:
        return None
    for j in st.by_sent[s]:
        m = st.mentions[j]
        if m.start < verb.end():
            continue
        if m.end > data_at or m.type not in C.MODELISH:
            return None
        if not C.TRAIN_OBJECT_GAP.fullmatch(st.text, verb.end(), m.start) or \
                C.NOT_TRAINEE_AFTER.search(st.text, m.end, data_at):
            return None  # "outperforms the trained approach X by 1.9% on D": X was not trained on D
        return [k for k, _ in st.chain(s, j, C.MODELISH) if st.mentions[k].end <= data_at]
    return None


def _named_before_participle(st: _Doc, s: int, verb_at: int) -> int | None:
    """The Model/Method right before a training participle at ``verb_at``, even in object position.

    "models such as BART, fine-tuned on D, achieve ...", "A VFNet model was trained on D": the
    name the participle (or its passive) hangs on was trained, whatever role it plays in the
    sentence. Only an "(ABBR)", a comma, a copula or a "model" apposition may stand between.
    """
    for j in reversed(st.by_sent[s]):
        m = st.mentions[j]
        if m.end > verb_at:
            continue
        if m.type not in C.MODELISH or _modifies(st.text, m.end) or \
                C.PARTICIPLE_SUBJECT_GAP.match(st.text[m.end:verb_at]) is None:
            return None
        return j
    return None


def _data_trained(st: _Doc, s: int, i: int) -> None:
    """"ImageNet-pretrained ResNet-50": a data set right before "pre-trained" and a model."""
    text, mentions = st.text, st.mentions
    d = mentions[i]
    if "train" not in text[d.end:d.end + 14].lower():
        return
    for j in st.by_sent[s]:
        m = mentions[j]
        if m.start < d.end:
            continue
        if m.start - d.end <= 50 and m.type in C.MODELISH and C.DATA_TRAINED_GAP.match(text[d.end:m.start]):
            st.add("trainedOn", j, i, s, "data_trained_x", RULE_CONFIDENCE["data_trained_x"])
        return


def _data_trigger(left: str, right: str) -> tuple[str, str, float, int] | None:
    """(predicate, rule, confidence, offset of the cue in ``left``) or None."""
    prep = C.EVAL_PREP.search(left)
    if prep is not None and C.BUILT_ON_DATA.search(left, 0, prep.start()) is not None and \
            not C.TEST_CLAUSE_AFTER.match(right):
        return None  # "a benchmark based on GSM8K", "Building on D, we develop X": nothing tested on D
    if prep is not None:
        last = None
        for last in C.PREP_WORD.finditer(left, prep.start()):
            pass
        word = (last.group(0) if last is not None else left[prep.start():prep.start() + 9]).lower()
        verb = None
        for verb in C.TRAIN_VERB.finditer(left[:prep.start() + 1]):
            pass
        # "fine-tuned on the factual data in D": the "on" of the training verb reaches D through "in"
        trained_on = word.startswith(("on", "over")) or left[prep.start():prep.start() + 3].lower() == "on " \
            or _trained_in(left, verb, prep.start(), word)
        if verb is not None and prep.start() - verb.end() <= 45 and trained_on \
                and not C.EVAL_WORD.search(left[verb.end():prep.start()]) \
                and not C.TRAINED_THEN_TESTED.search(left, verb.end()) \
                and not C.RIVAL_BEFORE_TRAINING.search(left, max(0, verb.start() - 80), verb.start()):
            if C.NEGATION.search(left[:verb.start()]):
                return None  # "without any VQA-specific fine-tuning on D"
            return "trainedOn", "trained_on", RULE_CONFIDENCE["trained_on"], verb.start()
        if C.EVAL_LIST.search(left):
            return "evaluatedOn", "benchmarks_such_as", RULE_CONFIDENCE["benchmarks_such_as"], prep.start()
        rule = "on_dataset" if word.startswith(("on", "across", "evaluated", "against")) else "in_dataset"
        if rule == "in_dataset" and _in_names_no_test(left, prep.start()):
            return None
        return "evaluatedOn", rule, RULE_CONFIDENCE[rule], prep.start()
    train = C.TRAIN_PREP.search(left)
    if train is not None:
        verb = None
        for verb in C.TRAIN_VERB.finditer(left[:train.start() + 1]):
            pass
        if verb is not None and train.start() - verb.end() <= 45 and not C.NEGATION.search(left[:verb.start()]) \
                and not C.TRAINED_THEN_TESTED.search(left, verb.end()):
            return "trainedOn", "trained_on", RULE_CONFIDENCE["trained_on"], verb.start()
    if C.EVAL_LIST.search(left) and C.EVAL_WORD.search(left):
        return "evaluatedOn", "benchmarks_such_as", RULE_CONFIDENCE["benchmarks_such_as"], len(left)
    if C.EVAL_RIGHT.match(right):
        return "evaluatedOn", "dataset_to_evaluate", RULE_CONFIDENCE["dataset_to_evaluate"], len(left)
    return None


def _trained_in(left: str, verb: re.Match | None, at: int, word: str) -> bool:
    """Whether the "in" at ``at`` of ``left`` follows a training verb right away ("LLMs pre-trained
    in D benefit from ..."): D holds the training data, not the test; an "in" further off
    ("trained in two stages on D", "fine-tuned models in D") keeps its own reading."""
    return verb is not None and word == "in" and not left[verb.end():at].strip()


def _in_names_no_test(left: str, at: int) -> bool:
    """Whether the "in / under" at ``at`` of ``left`` (the text before a data set) runs no test
    on the data set: a flaw or a trace found in it ("corrected annotation errors in the existing
    D", "the prevalence of X in D") or an adverbial ("in particular pairing A (B) with C").

    Only "in" is read so: "on" and "across" name the test data after these words too.
    """
    return C.IN_ADVERBIAL.match(left, at) is not None or C.IN_HOLDS.search(left, 0, at) is not None


# ------------------------------------------------------------------ 3. usedFor
def _used_for(st: _Doc, s: int) -> None:
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    since = len(st.relations) if s else 0  # (the title's relations are added before the sentences')
    prev_task: int | None = None
    prev_heads: list[tuple[int, str, float]] = []
    tasks = 0
    for k, i in enumerate(idxs):
        t = mentions[i]
        if t.type != "Task":
            continue
        tasks += 1
        found: list[tuple[int, str, float]] = []
        if prev_task is not None and prev_heads and t.start >= mentions[prev_task].end:
            gap = text[mentions[prev_task].end:t.start]
            if C.COORD_GAP.match(gap) or C.PAREN_GAP.match(gap):
                found = [(h, r, c - COORD_PENALTY) for h, r, c in prev_heads]
        if not found and k > 0:  # method left of the task
            j = idxs[k - 1]
            mm = mentions[j]
            gap = text[mm.end:t.start] if mm.end <= t.start else ""
            if mm.type in C.MODELISH and mm.end <= t.start and (not st.is_object(s, j) or _object_used_for(text, mm, gap, t.end)):
                if len(gap) <= 90:
                    rule = None
                    if C.USED_FOR_BASED.match(gap):
                        rule = "x_based_task"
                    elif _applied_to_task(text, mm.start, gap):
                        rule = "apply_x_to_task"
                    elif C.APPLY_TO_GAP.fullmatch(gap) and C.APPROACH_HEAD.search(mm.text):
                        rule = "x_for_task"  # "A Split-then-Join Approach to Abstractive Summarization"
                    elif _tested_on(text, mm.start, gap, t.end):
                        rule = "x_tested_on_task"  # "we evaluate X on T"
                    elif C.USED_FOR_GAP.match(gap):
                        rule = "x_for_task"
                    elif C.USE_OF_GAP.match(gap) and C.USE_OF_LEFT.search(text, max(0, mm.start - 60), mm.start):
                        rule = "use_of_x"  # "the use of X in T"
                    elif C.IN_TASK_GAP.fullmatch(gap) and not C.IN_TASK_NOT_AFTER.search(
                            text, max(0, mm.start - 40), mm.start):
                        rule = "x_in_task"  # "Data Augmentation in Class-Incremental Learning"
                    elif C.POSSESSIVE_GAP.fullmatch(gap):
                        rule = "x_possessive_task"  # "GPT-4o's image generation capabilities"
                    elif C.ACHIEVES_TASK_GAP.match(gap) or (C.ACHIEVES_BARE_GAP.match(gap) and
                                                              C.MEASURED_AFTER.match(text, t.end, t.end + 30)):
                        rule = "x_achieves_task"  # "X achieves state-of-the-art T performance"
                    elif gap == " " and _names_a_task_model(mm, text, t.end):
                        rule = "name_task_kind"  # "the YOLOv11 object detection model"
                    elif C.OUTPERFORMS_TASK_GAP.match(gap) and C.RIVAL_KIND_AFTER.match(text, t.end, t.end + 40):
                        rule = "x_beats_task_methods"  # "X outperforms state-of-the-art T methods"
                    elif C.OUTPERFORMS_IN_TASK_GAP.match(gap) and not C.MODEL_KIND_AFTER.match(text, t.end):
                        rule = "x_beats_in_task"  # "X outperforms existing methods in T"
                    elif C.ABILITY_IN_TASK_GAP.match(gap):
                        rule = "x_ability_in_task"  # "LLMs' performance on T", "Mamba's capabilities in T"
                    elif C.RECAST_GAP.match(gap) and C.RECAST_AS_AFTER.match(text, t.end):
                        rule = "x_recasts_task"  # "X reformulates T as a ranking problem"
                    if rule:
                        found = [(h, rule, RULE_CONFIDENCE[rule]) for h in _with_coordinated_left(st, s, j)]
                        named = _described_name(st, s, j)
                        if named is not None:  # "DiffProb, the first data pruning approach for T"
                            found.append((named, rule, RULE_CONFIDENCE[rule] - COORD_PENALTY))
                        if rule == "x_for_task" and C.BARE_FOR.fullmatch(gap):
                            found += _combined_with(st, s, j)
                        if rule == "x_in_task" and st.is_object(s, j):  # "A surpasses B in T": A too
                            found += _beaten_in_task(st, s, j, gap)
            if not found and mm.type in C.MODELISH and mm.end <= t.start and st.is_object(s, j):
                found = _beaten_in_task(st, s, j, gap)  # "A surpasses B on T": the rival blocks A
        if k + 1 < len(idxs):  # "T via X" (also after "X performs T via Y": both are used)
            j = idxs[k + 1]
            mm = mentions[j]
            if mm.type in C.MODELISH and mm.start >= t.end:
                gap = text[t.end:mm.start]
                rule = None
                if len(gap) <= 60 and C.USED_BY_GAP.match(gap) and not _joined_with(text, t.start, gap) and \
                    not C.NOT_USE_GERUND.search(gap):
                    rule = "task_via_x"
                elif C.TASK_ABILITY_OF.fullmatch(gap):
                    rule = "task_ability_of"  # "the reasoning capabilities of LLMs"
                if rule is not None:
                    found += [(h, rule, RULE_CONFIDENCE[rule] - (COORD_PENALTY if n else 0))
                              for n, (h, _) in enumerate(st.chain(s, j, C.MODELISH))]
        if not found:
            found = _tested_on_task(st, s, k) or _purpose_task_subject(st, s, k) or \
                _enabling_task_subject(st, s, k) or _class_beaten_in_task(st, s, k) or \
                _tasks_such_as_subject(st, s, k)
        for h, rule, conf in found:
            st.add("usedFor", h, i, s, rule, conf)
        prev_task, prev_heads = i, found
    _described_use(st, s)
    if tasks > 1:  # a list needs two tasks
        _share_with_coordinated_tasks(st, s, since)


_TASK = frozenset({"Task"})


def _beaten_in_task(st: _Doc, s: int, j: int, gap: str) -> list[tuple[int, str, float]]:
    """``x_beats_in_task`` for the Model/Method mentions that beat rival ``j`` (and the rivals listed
    with it) in the task after ``gap``: the winners right before the win verb.

    "SAM-6D surpasses FoundationPose in zero-shot pose estimation", "Grafourierformer outperforms
    GNN and GT-based models in graph classification": the task after the rival is the winner's
    task first of all, yet the rival stands next to it and blocks ``x_beats_in_task``. The winner
    must be the subject of the win verb (only the verb and a few modifiers between, see
    :data:`~kg.extract.relation_cues.WINNER_GAP`); what is coordinated with it wins too.
    """
    text, mentions = st.text, st.mentions
    if not C.RIVAL_TASK_GAP.fullmatch(gap):
        return []
    first = min([j] + _coordinated_before(st, s, j), key=lambda r: mentions[r].start)
    rival = mentions[first]
    idxs = st.by_sent[s]
    for i in reversed(idxs[:idxs.index(first)]):
        m = mentions[i]
        if m.end > rival.start:
            continue
        if m.type not in C.MODELISH or st.is_object(s, i) or \
                not C.WINNER_GAP.fullmatch(text, m.end, rival.start):
            return []
        conf = RULE_CONFIDENCE["x_beats_in_task"]
        return [(h, "x_beats_in_task", conf) for h in _with_coordinated_left(st, s, i)]
    return []


def _described_name(st: _Doc, s: int, j: int) -> int | None:
    """The name that Model/Method ``j`` describes in apposition, if any: "ResNet-X, a novel
    restoration network that enhances T", "DiffProb, the first data pruning approach for T".

    What the description is used for, the named method is used for. The name must be a Model/Method
    right before ", a / an / the" and at most three words of the description before ``j``.
    """
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    k = idxs.index(j)
    x = mentions[j]
    for i in reversed(idxs[:k]):
        m = mentions[i]
        if m.end > x.start:
            continue
        if m.type not in C.MODELISH or st.is_object(s, i) or \
                not C.APPOSED_KIND_GAP.fullmatch(text, m.end, x.start):
            return None
        if text.startswith(")", m.end):  # "(B3-Seg)" inside a longer parenthesis: not the name
            return None
        return i
    return None


def _share_with_coordinated_tasks(st: _Doc, s: int, since: int) -> None:
    """Give every task of a coordinated list the usedFor relations of sentence ``s`` that one item has.

    The rules read the text next to one task, so only the list item beside the cue got the
    relation: "X, a framework that jointly addresses T1, T2 and T3", "T1 and T2 via X",
    "Experiments across T1, T2, and T3 tasks demonstrate that X", a title "X: T1 and T2 via ...".
    Outside a title, "T1 and T2 via X" gives T1 nothing: the instrument often serves the last
    item only ("incorporates T1 and global information extraction through SSM").
    """
    found: dict[int, list[Relation]] = {}
    idxs = st.by_sent[s]
    for r in st.relations[since:]:  # those added since the sentence's usedFor rules began
        if r.sentence == s and r.predicate == "usedFor" and r.tail in idxs:
            found.setdefault(r.tail, []).append(r)
    title = s == 0 and st.text.find("\n\n") > 0
    for i, rels in found.items():
        before, after = _coordinated_tasks(st, s, i)
        for r in rels:
            for j in (before + after if title or r.rule != "task_via_x" else after):
                st.add("usedFor", r.head, j, s, r.rule, r.confidence - COORD_PENALTY)


def _coordinated_tasks(st: _Doc, s: int, i: int) -> tuple[list[int], list[int]]:
    """The tasks in one list with task ``i`` ("T1, T2 and T3", "T (ABBR)"): (before ``i``, after it).

    Items after ``i`` follow :meth:`_Doc.chain`. Items before it are joined by a comma, "and",
    "or" or an "(ABBR)"; commas alone make no list ("For robotics, grasping via X": robotics is
    a setting, not a second use), so a bare comma needs a conjunction somewhere in the list, also
    right after its last mention ("across T1, T2, and retrieval tasks").
    """
    mentions, text = st.mentions, st.text
    idxs = st.by_sent[s]
    pos = idxs.index(i)
    if not ((pos and mentions[idxs[pos - 1]].type == "Task") or
            (pos + 1 < len(idxs) and mentions[idxs[pos + 1]].type == "Task")):
        return [], []  # no task beside ``i``: no list (the common case, decided cheaply)
    after = st.chain(s, i, _TASK)[1:]
    conj = any(not alias and not C.APPOSITION_GAP.match(text[mentions[a].end:mentions[b].start])
               for (a, _), (b, alias) in zip([(i, False)] + after, after))
    before: list[tuple[int, bool]] = []  # (index, joined by a bare comma)
    cur = mentions[i]
    for j in reversed(idxs[:pos]):
        m = mentions[j]
        if m.end > cur.start:
            continue
        gap = text[m.end:cur.start]
        if m.type != "Task" or not (C.COORD_GAP.match(gap) or C.PAREN_GAP.match(gap)):
            break
        bare = C.APPOSITION_GAP.match(gap) is not None
        conj = conj or (not bare and C.PAREN_GAP.match(gap) is None)
        before.append((j, bare))
        cur = m
    last = mentions[after[-1][0] if after else i]
    if not conj and C.LIST_GOES_ON.match(text, last.end) is None:  # only the "(ABBR)" long forms before ``i``
        before = before[:next((n for n, (_, bare) in enumerate(before) if bare), len(before))]
    return [j for j, _ in before], [j for j, _ in after]


def _joined_with(text: str, task_start: int, gap: str) -> bool:
    """"combine / integrate / pair / unify T with X": the task is one part joined to X, it is not
    done with X ("combine conformal prediction with approximate posterior sampling", "integrate Kalman
    filters for T with X"); "enhancing T with X" still uses X for T."""
    return "with" in gap.lower() and C.JOIN_LEFT.search(text, max(0, task_start - 90), task_start) is not None


def _object_used_for(text: str, x: Mention, gap: str, task_end: int) -> bool:
    """Whether a method in object position still heads the task after it.

    "Mamba with Bypass Attention for T": what X is combined with is for the task too; "PRISM
    outperforms text embedding models in T", "excels over SDXL and Janus in T": a rival beaten
    in a task performs that task. "X-based T" is one compound wherever it stands ("compared with
    SAM-based segmentation", "Improving T with LLM-based Re-Ranking"). What is applied or extended to
    a task is put to use in it ("we extend the application of CLIP to T": "extend" made CLIP an object).
    """
    if C.USED_FOR_BASED.match(gap) or (gap == " " and _names_a_task_model(x, text, task_end)):
        return True  # (the compound "the YOLOv11 object detection model" holds wherever it stands)
    if C.BARE_FOR.fullmatch(gap):
        return C.BASED_ON_LEFT.search(text, max(0, x.start - 50), x.start) is None
    if _applied_to_task(text, x.start, gap):
        return True
    if C.IN_TASK_GAP.fullmatch(gap):
        return C.RIVAL_LEFT.search(text, max(0, x.start - 60), x.start) is not None
    return False


def _names_a_task_model(x: Mention, text: str, task_end: int) -> bool:
    """Whether name ``x``, right before a task ending at ``task_end``, heads "X T model / detector":
    "the YOLOv11 object detection model", "a RF-DETR object detection framework". The name must be
    written as one (a capital or a digit), not a technique in lower case or a gerund ("fine-tuning
    T2I models" fine-tunes the models)."""
    return not x.text.islower() and not x.text.lower().endswith("ing") and \
        C.NAME_TASK_KIND_AFTER.match(text, task_end, task_end + 30) is not None


def _applied_to_task(text: str, start: int, gap: str) -> bool:
    """"apply / adapt / extend X to T", "integrate / incorporate / introduce X into T (pipelines)":
    the method starting at ``start``, followed by ``gap`` and the task, is put to use in the task."""
    if C.APPLY_TO_GAP.fullmatch(gap):
        return C.APPLY_LEFT.search(text, max(0, start - 60), start) is not None
    if C.INTO_TASK_GAP.fullmatch(gap):
        return C.INTEGRATE_LEFT.search(text, max(0, start - 60), start) is not None
    return False


def _tested_on(text: str, start: int, gap: str, task_end: int) -> bool:
    """"we evaluate / benchmark / validate X on T", "the performance of X on T": the method starting
    at ``start`` is run on the task. Only after such a verb: "SFT on reasoning traces", "a voting
    method on segmentation results" say what X was trained or run on, not what it does; nor
    when the task only modifies the next noun ("on NLP models", "on T results")."""
    return C.ON_TASK_GAP.fullmatch(gap) is not None and \
        C.TEST_LEFT.search(text, max(0, start - 70), start) is not None and \
        C.NOT_A_TASK_AFTER.match(text, task_end) is None


def _combined_with(st: _Doc, s: int, j: int) -> list[tuple[int, str, float]]:
    """"Mamba with Bypass Attention for Video Editing": the method that mention ``j`` (right before
    "for T") is combined with is for the task too."""
    idxs = st.by_sent[s]
    pos = idxs.index(j)
    if pos == 0:
        return []
    x, y = st.mentions[idxs[pos - 1]], st.mentions[j]
    if x.type not in C.MODELISH or x.end > y.start or not C.WITH_JOIN.fullmatch(st.text, x.end, y.start) \
            or st.is_object(s, idxs[pos - 1]) or _modifies(st.text, x.end):
        return []
    return [(idxs[pos - 1], "x_with_y_for_task", RULE_CONFIDENCE["x_with_y_for_task"])]


def _tasks_such_as_subject(st: _Doc, s: int, k: int) -> list[tuple[int, str, float]]:
    """"SeLIP performs well in many downstream tasks including image-text retrieval ...", "We validate
    DIIP on various degradation-blind IR tasks, including JPEG artifact removal, ...", "LLMs excel at
    temporal reasoning tasks like event ordering": the named examples of the tasks a method works
    in are tasks it is used for.

    The task must be the first example right after "tasks, such as / including / like / e.g."
    (:data:`~kg.extract.relation_cues.TASKS_SUCH_AS_LEFT`; the list after it shares the relation);
    the method is the subject before "in / on / across ... tasks" as comparisons find it
    (:func:`_subject`), never a generic technique ("Fine-tuning X models on downstream tasks, such
    as T" fine-tunes for T); a rival beaten right before passes the tasks to its winner ("FaceShield
    outperforms previous models and general MLLMs on four FAS tasks, i.e., T": FaceShield). A harm
    done or suffered, or a contrast clause, between the method and the cue
    (:data:`~kg.extract.relation_cues.HARM_OR_CONTRAST`: "ISP functions can lead to a loss of
    information ... for tasks such as T") says the tasks are no use of it.
    """
    text = st.text
    t = st.mentions[st.by_sent[s][k]]
    w0 = max(st.sentence_span(s)[0], t.start - 90)
    if "task" not in st.low[w0:t.start]:
        return []
    cue = C.TASKS_SUCH_AS_LEFT.search(text, w0, t.start)
    if cue is None:
        return []
    head, pen = _subject(st, s, cue.start())
    if head is None or _generic_technique(st.mentions[head]):
        return []
    h = st.mentions[head]
    if C.HARM_OR_CONTRAST.search(text, h.end if head in st.by_sent[s] else st.clause_start(s, cue.start()), t.start):
        return []
    win = C.WIN_VERB_AT.search(text, max(st.sentence_span(s)[0], h.start - 80), h.start)
    if win is not None:  # the head is a beaten rival: the tasks are the winner's
        head, pen = _subject(st, s, win.start(), instruments_ok=False)
        if head is None:
            return []
    return [(head, "x_tasks_such_as", RULE_CONFIDENCE["x_tasks_such_as"] - pen)]


def _class_beaten_in_task(st: _Doc, s: int, k: int) -> list[tuple[int, str, float]]:
    """``x_beats_in_task`` when the winner over a class of rivals is not right before the win verb:
    "Experiments show that our method significantly outperforms state-of-the-art methods in infrared
    and visible image fusion" (the paper's proposed method), "DeepFlow also outperforms baselines in
    text to image generation tasks", "TrajViT is the first encoder to consistently outperform
    existing tokenizers across diverse video analysis tasks".

    The words from the win verb to the task are those of
    :data:`~kg.extract.relation_cues.OUTPERFORMS_IN_TASK_GAP` and name no rival (a named rival is
    left to :func:`_winner_tasks`); the winner is the win verb's subject, found as for comparisons
    (:func:`_subject`, also "our method / we / it" for the paper's proposed entity). A closing
    ", outperforming ..." hangs on the whole clause, whose object is mostly the nearest method
    ("produce high-quality NeRFs for real-time rendering, outperforming ... in object synthesis"):
    only a subject (a name that opens the sentence, or is followed by its verb of result: "Vad-R1
    achieves superior performance, outperforming ...") or the proposed entity wins there. A task that
    describes the rivals' models ("jailbreak attacks across various T2I models") or what they are
    "based on" is no contest.
    """
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    t = mentions[idxs[k]]
    s0 = st.sentence_span(s)[0]
    w0 = max(s0, t.start - 120)
    left = st.low[w0:t.start]
    if not ("outperform" in left or "surpass" in left or "beat" in left or "exceed" in left):
        return []
    win = None
    for win in C.WIN_VERB_AT.finditer(text, w0, t.start):
        pass
    if win is None or not C.OUTPERFORMS_IN_TASK_GAP.match(text[win.start():t.start]) or \
            "based on" in left[win.start() - w0:] or C.MODEL_KIND_AFTER.match(text, t.end):
        return []
    if any(win.start() < mentions[j].start < t.start and mentions[j].type in C.MODELISH for j in idxs[:k]):
        return []
    head, pen = _subject(st, s, win.start(), instruments_ok=False)
    if head is None:
        return []
    if C.CLOSING_PARTICIPLE.search(text, max(s0, win.start() - 3), win.end()) and head != st.proposed and \
            not C.SENTENCE_SUBJECT_LEFT.fullmatch(text, s0, mentions[head].start) and \
            not C.RESULT_VERB_AFTER.match(text, mentions[head].end):
        return []
    return [(head, "x_beats_in_task", RULE_CONFIDENCE["x_beats_in_task"] - pen)]


def _enabling_task_subject(st: _Doc, s: int, k: int) -> list[tuple[int, str, float]]:
    """"ToDi dynamically emphasizes the divergence for each token, enabling precise distribution
    alignment": a task after a closing ", enabling" is what the subject of the sentence is for.

    The phrase hangs on the whole clause, so the nearest method on its left is mostly a part or a
    tool ("a pre-encoder is added before the frozen encoder, enabling ..."); only the sentence's
    subject is credited: a Model/Method that opens the sentence (after an adverb or "the / our" at
    most, :data:`~kg.extract.relation_cues.SENTENCE_SUBJECT_LEFT`), or the name the sentence
    proposes ("we propose ReasonGrounder, an LVLM-guided framework that ..., enabling T"). A ";"
    between them starts another clause with a subject of its own ("the LLE enhances dark regions; the
    WFE applies wavelet transforms, enabling effective denoising").
    """
    text, mentions = st.text, st.mentions
    t = mentions[st.by_sent[s][k]]
    if "enabling" not in st.low[max(0, t.start - 60):t.start] or \
            not C.ENABLING_LEFT.search(text, max(0, t.start - 60), t.start):
        return []
    s0 = st.sentence_span(s)[0]
    for j in st.by_sent[s]:
        x = mentions[j]
        if x.start >= t.start:
            break
        if x.type in C.MODELISH:
            if C.SENTENCE_SUBJECT_LEFT.fullmatch(text, s0, x.start) and not _modifies(text, x.end) and \
                    ";" not in text[x.end:t.start]:
                return [(j, "x_enabling_task", RULE_CONFIDENCE["x_enabling_task"])]
            break
    for r in st.relations:
        if r.predicate == "proposes" and r.sentence == s and mentions[r.tail].type in C.MODELISH and \
                mentions[r.tail].end <= t.start and ";" not in text[mentions[r.tail].end:t.start]:
            return [(r.tail, "x_enabling_task", RULE_CONFIDENCE["x_enabling_task"])]
    return []


#: the first two letters of the sentences :func:`_purpose_task_subject` reads ("For", "In", "To")
_PURPOSE_OPENERS = ("fo", "in", "to")


def _purpose_task_subject(st: _Doc, s: int, k: int) -> list[tuple[int, str, float]]:
    """"For T, X ...", "In T tasks, X ...", "To improve T, we propose X": a sentence that opens
    with the task as its purpose or setting says what the method after the comma is for.

    The method must be the first mention after the comma: the clause's subject ("For video
    reasoning, PyVision-Video employs ...") or the object of "we propose / use / design ..."
    with at most a few modifiers before it ("To enhance T, we propose a reinforcement learning
    post-training framework").
    """
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    t = mentions[idxs[k]]
    s0 = st.sentence_span(s)[0]
    if t.start - s0 > 80 or st.low[s0:s0 + 4].lstrip()[:2] not in _PURPOSE_OPENERS or \
            not C.PURPOSE_TASK_LEAD.fullmatch(text, s0, t.start):
        return []
    for j in idxs[k + 1:]:
        x = mentions[j]
        if x.start < t.end or x.type == "Task":
            continue  # a coordinated task on the way ("To improve reasoning and preference alignment, ...")
        if x.type not in C.MODELISH or x.start - t.end > 120 or \
                not C.PURPOSE_TASK_REST.fullmatch(text, t.end, x.start) or _modifies(text, x.end, proposal=True):
            return []  # ("For T, we propose X based on SDS": X is the proposal, "based on" no modifier suffix)
        return [(j, "purpose_task", RULE_CONFIDENCE["purpose_task"])]
    return []


def _tested_on_task(st: _Doc, s: int, k: int) -> list[tuple[int, str, float]]:
    """"Experiments on T benchmarks show that X ...", "Across T benchmarks, X improves ...".

    The method whose tests on the task's benchmarks the sentence reports is a method for the task:
    the first Model/Method after "show that" (or after the comma of an opening "On / Across T
    benchmarks,"), when nothing but a coordinated task and the benchmarks stand between.
    """
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    t = mentions[idxs[k]]
    s0 = st.sentence_span(s)[0]
    if not (("experiment" in st.families(s) and C.EXPERIMENT_TASK_LEFT.search(text, max(s0, t.start - 80), t.start))
            or (t.start - s0 <= 60 and C.SENTENCE_ON_TASK_LEFT.fullmatch(text, s0, t.start))):
        return []
    for j in idxs[k + 1:]:
        x = mentions[j]
        if x.start < t.end or x.type not in C.MODELISH:
            continue  # a coordinated task on the way
        if x.start - t.end > 140 or not C.EXPERIMENT_TASK_RIGHT.fullmatch(text, t.end, x.start) \
                or C.LIST_ITEM_AFTER.match(text, x.end) \
                or _modifies(text, x.end):
            return []
        return [(j, "tested_on_task", RULE_CONFIDENCE["tested_on_task"])]
    return []


def _described_use(st: _Doc, s: int) -> None:
    """usedFor from how a sentence describes a method, rather than from a verb.

    "FastPose, a fast and unified pose estimation and tracking framework": a description
    in apposition whose head is a kind of method (framework, model, system, ...) names the
    tasks it holds; "FinBERT, a language model based on BERT for financial NLP tasks":
    so does "for T" inside it. "Semantic segmentation frameworks, such as FCN, U-Net and
    DeepLab": the named examples of a task's methods are used for the task.
    """
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    for k, i in enumerate(idxs):
        x = mentions[i]
        if x.type in C.MODELISH and not st.is_object(s, i):
            _appositive_tasks(st, s, k)
        elif x.type == "Task" and k + 1 < len(idxs):
            nxt = next((j for j in idxs[k + 1:] if mentions[j].start >= x.end), None)
            if nxt is not None and mentions[nxt].type in C.MODELISH and mentions[nxt].start - x.end <= 60:
                gap = text[x.end:mentions[nxt].start]
                rule = "task_kind_such_as" if C.TASK_KIND_SUCH_AS.match(gap) else \
                    "task_kind_name" if C.TASK_KIND_NAME.match(gap) else \
                    "named_for_task" if _named_for_task(text, x, gap) else \
                    "task_modifies_x" if _task_modifies(x, mentions[nxt], gap) else None
                # the task modifies only the noun right after it ("T2I models and other methods")
                names = [nxt] if rule == "task_modifies_x" else [h for h, _ in st.chain(s, nxt, C.MODELISH)]
                if rule == "task_kind_name" and "," in gap and not (
                        C.KIND_ARTICLE_LEFT.search(text, max(0, x.start - 60), x.start)
                        and C.KIND_NAME_CLOSES.match(text, mentions[names[-1]].end)):
                    rule = None  # "a novel T framework, X, which ..." is an apposition; a list or clause is not
                if rule is not None:
                    for h in names:
                        st.add("usedFor", h, i, s, rule, RULE_CONFIDENCE[rule])


def _appositive_tasks(st: _Doc, s: int, k: int) -> None:
    """The tasks of a description in apposition to the ``k``-th mention of sentence ``s``.

    "X, a fast and unified T framework", "X (ABBR), a novel framework for T", and the alias
    itself: "Parallel Token Prediction (PTP), a universal framework for T". A name that only
    closes a longer parenthesis ("B3-Seg (Bayesian Segmentation for 3DGS), a method for ...")
    is not the one described. "for T" counts only outside an example list of the description
    ("control tags such as <A> for T", "discriminators originally trained for image generation"); a
    task after "without / instead of" is avoided, not done; a description headed by a task or
    problem ("X is a fundamental task for T") describes no method.
    """
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    i = idxs[k]
    x = mentions[i]
    m = C.APPOSITIVE_DESC.match(text, x.end)
    if m is None:
        return
    if text.startswith(")", x.end) and not text[:x.start].rstrip().endswith("("):
        return
    d0, d1 = m.start("desc"), m.end("desc")
    if C.DESC_NOT_A_METHOD.match(text, d0, d1):
        return
    headed = C.DESC_HEAD.search(text, d0, d1) is not None
    for j in idxs[k + 1:]:
        t = mentions[j]
        if t.start >= d1:
            break
        if t.type == "Task" and t.end <= d1 and not C.DESC_WITHOUT.search(text, d0, t.start) and (
                headed or (C.FOR_BEFORE.search(text, d0, t.start) and not C.DESC_CLAUSE.search(text, d0, t.start))
                or C.RELATIVE_USE.search(text, d0, t.start) or _task_names_kind(text, d0, t)):
            st.add("usedFor", i, j, s, "appositive_task", RULE_CONFIDENCE["appositive_task"])


def _task_names_kind(text: str, d0: int, t: Mention) -> bool:
    """Whether task ``t`` opens the kind of a description starting at ``d0``.

    "X, a novel inverse rendering method for ...": the description goes on past its head
    noun, so it does not end with it; the task right before that noun, after modifiers only,
    still says what X is for. "X, a method for Y with T models" does not.
    """
    return C.DESC_TASK_LEAD.fullmatch(text, d0, t.start) is not None and \
        C.DESC_TASK_HEAD.match(text, t.end, t.end + 40) is not None


def _task_modifies(t: Mention, x: Mention, gap: str) -> bool:
    """"text-to-image (T2I) diffusion models", "medical segmentation FMs", "video understanding
    LLMs": a task right before a plural kind of method says what those methods do.

    Only a plural (a family of methods, not one named system: "the CTR attention network" names
    one) and only a task written in lower case or as an abbreviation: a title's capitalised words
    may be a verb phrase ("Red Teaming Large Language Models", "Jailbreaking MLLMs").
    """
    if gap not in (" ", ") ") or C.PLURAL_KIND_END.search(x.text) is None:
        return False
    return t.text[:1].islower() or C.ABBREVIATION.fullmatch(t.text) is not None


def _named_for_task(text: str, t: Mention, gap: str) -> bool:
    """"a memory-efficient framework for T, called X": the name given to a method for T.

    The task must be the object of "for"; "we propose descriptive image-text matching,
    called DITM" names the task itself, and "a test set for T, called X" names data.
    """
    return C.NAMED_AFTER_TASK.fullmatch(gap) is not None and \
        C.FOR_BEFORE.search(text, max(0, t.start - 40), t.start) is not None and \
        C.DATA_KIND_FOR.search(text, max(0, t.start - 60), t.start) is None


def _title_colon_names(st: _Doc, types: frozenset[str]) -> tuple[list[int], int, int] | None:
    """The title's "X:" names of ``types`` (those ``title_colon`` proposed), the colon and the title's end.

    The title rules (:func:`_title_use`, :func:`_title_benchmark`, :func:`_title_data_task`) read
    the words after the colon; each needs the same three things, or nothing when the title has
    no such name.
    """
    text, mentions = st.text, st.mentions
    cut = text.find("\n\n")
    if cut <= 0:
        return None
    names = [r.tail for r in st.relations if r.rule == "title_colon" and mentions[r.tail].type in types]
    if not names:
        return None
    colon = text.find(":", mentions[names[0]].end, cut)
    return (names, colon, cut) if colon >= 0 else None


def _title_use(st: _Doc) -> None:
    """usedFor from a title "X: ... T": the proposed method X is for the first task after the colon.

    "OptiPMB: Enhancing 3D Multi-Object Tracking with ..." gives OptiPMB usedFor 3D
    Multi-Object Tracking. The words between colon and task must not make X a data set, a study
    or a question (:data:`~kg.extract.relation_cues.TITLE_TASK_GAP`). A task followed by "for"
    and another task gives way to that one (:func:`_purpose_task`). A task after "via / with /
    through ..." is how X works, not what it is for; a later task after "for" still counts
    (:data:`~kg.extract.relation_cues.TITLE_MEANS_GAP`).
    """
    text, mentions = st.text, st.mentions
    found = _title_colon_names(st, C.MODELISH)
    if found is None:
        return
    heads, colon, cut = found
    if "?" in text[:cut]:
        return
    for i in st.by_sent.get(0, ()):
        t = mentions[i]
        if t.start <= colon:
            continue
        if t.end > cut:
            break
        if t.type == "Task":
            if C.TITLE_TASK_GAP.fullmatch(text, colon + 1, t.start):
                k = _purpose_task(st, i, cut)
                if k == i and C.TITLE_MEANS_GAP.search(text, colon + 1, t.start):
                    break  # "UMA: Human Avatars via Multi-level Surface Alignment": a means, not the task
                i = k
                for h in heads:
                    st.add("usedFor", h, i, 0, "title_task", RULE_CONFIDENCE["title_task"])
            break


def _title_benchmark(st: _Doc) -> None:
    """evaluatedOn from a title "D: Benchmarking X ...": the models a titled data set tests.

    "DarkEQA: Benchmarking Vision-Language Models for ...", "TeleTables: A Benchmark for Large
    Language Models in ...", "KidVis: Do Multimodal Large Language Models Possess ...?": the first
    Model/Method after the colon (and those coordinated with it) is evaluated on D, when the words
    between make D a test of it (:data:`~kg.extract.relation_cues.TITLE_BENCHMARK_GAP`).
    """
    text, mentions = st.text, st.mentions
    found = _title_colon_names(st, C.DATAISH)
    if found is None:
        return
    data, colon, cut = found
    for j in st.by_sent.get(0, ()):
        x = mentions[j]
        if x.start <= colon or x.type not in C.MODELISH:
            continue
        if x.end > cut or not C.TITLE_BENCHMARK_GAP.fullmatch(text, colon + 1, x.start) or _modifies(text, x.end):
            return
        j = _owner_after(st, 0, j)  # "A Benchmark for Chain-of-Thought Monitorability in LLMs": the LLMs
        if _names_a_model(mentions[j]):
            for n, (h, _) in enumerate(st.chain(0, j, C.MODELISH)):
                st.add("evaluatedOn", h, data[0], 0, "title_benchmark",
                       RULE_CONFIDENCE["title_benchmark"] - (COORD_PENALTY if n else 0.0))
            return


def _names_a_model(m: Mention) -> bool:
    """Whether mention ``m`` names a model or a kind of model, not a task or property typed Method.

    Title phrases are often typed Method by their head noun ("Context Learning", "Long-Horizon
    Memory", "Packet Loss"); a Model, a known (lexicon) name or a phrase headed by "models /
    detectors / agents ..." is what a benchmark can test.
    """
    return m.type == "Model" or m.source == "lexicon" or C.MODEL_KIND_END.search(m.text) is not None


def _purpose_task(st: _Doc, i: int, cut: int) -> int:
    """The task that title task ``i`` is "for", when one follows it, else ``i``.

    "ChainHOI: Joint-based Kinematic Chain Modeling for Human-Object Interaction Generation":
    the first task-like phrase after the colon is the technique, the one after "for" is what
    the method is for.
    """
    mentions = st.mentions
    for j in st.by_sent.get(0, ()):
        m = mentions[j]
        if m.start < mentions[i].end:
            continue
        if m.end <= cut and m.type == "Task" and C.BARE_FOR.fullmatch(st.text, mentions[i].end, m.start):
            return j
        return i
    return i


# ------------------------------------------------------------------ 4. comparisons
def _objects_after(st: _Doc, s: int, pos: int, exclude=(), max_words: int = 7) -> list[int]:
    """Model/Method mentions right after ``pos`` (short gap) and those coordinated with them.

    A name that only modifies the next word is passed over when a Model/Method follows it
    ("improvements over BM25-based RAG": RAG), else nothing is the object ("advantages over the
    RNN-based approaches").
    """
    text, mentions = st.text, st.mentions
    modified_at = -1  # where the name modified by the previous mention starts ("BM25-based |RAG")
    for i in st.by_sent[s]:
        m = mentions[i]
        if m.start < pos or i in exclude:
            continue
        if m.start == modified_at and m.type in C.MODELISH and not _modifies(text, m.end):
            return _named_examples(st, s, [j for j, _ in st.chain(s, i, C.MODELISH) if j not in exclude], exclude)
        gap = text[pos:m.start]
        if "of" in gap:
            gap = C.THAT_OF.sub("of", gap)  # "comparable to that of LLaVA-NeXT"
        if " or " in gap:
            gap = C.OR_BETTER_LEAD.sub("", gap)  # "on par with or better than Y"
        if m.type not in C.MODELISH:
            if m.type in C.DATAISH or m.type == "Task" or m.type == "Metric":
                # "higher accuracy than Y": a metric may sit between cue and object
                if _short_gap(gap, max_words, C.TAIL_BLOCK):
                    continue
            return []
        if not _short_gap(gap, max_words, C.TAIL_BLOCK) and not _after_unnamed_rivals(gap, max_words):
            return []
        if _modifies(text, m.end):
            suffix = C.MODIFIER_SUFFIX.match(text, m.end, m.end + 36)
            modified_at = suffix.end() + 1 if text.startswith(" ", suffix.end()) else -1
            continue
        objects = [j for j, _ in st.chain(s, i, C.MODELISH) if j not in exclude]
        return _named_examples(st, s, objects, exclude)
    return []


def _after_unnamed_rivals(gap: str, max_words: int) -> bool:
    """Whether ``gap`` is an unnamed kind of rivals, a conjunction and a few modifiers ("outperforms
    previous deep learning models and general MLLMs"): the named rivals after it are objects too.
    Only modifiers follow the conjunction, and the words before it are a short gap of their own (no
    clause word), so "outperforms baselines and improves LLMs" has no object."""
    lead = C.UNNAMED_RIVALS_AND.fullmatch(gap)
    return lead is not None and _short_gap(lead.group("kind"), max_words, C.TAIL_BLOCK)


def _named_examples(st: _Doc, s: int, objects: list[int], exclude=()) -> list[int]:
    """Replace a descriptive phrase object by the named examples that follow it.

    "Orca surpasses instruction-tuned models such as Vicuna-13B": the claim is
    about Vicuna-13B, not about the phrase "instruction-tuned models".
    """
    out: list[int] = []
    for j in objects:
        m = st.mentions[j]
        cue = C.SUCH_AS.match(st.text, m.end) if m.source.startswith("phrase") else None
        if cue is not None:
            first = next((k for k in st.by_sent[s] if st.mentions[k].start == cue.end()
                          and st.mentions[k].type in C.MODELISH and k not in exclude), None)
            if first is not None:
                out.extend(k for k, _ in st.chain(s, first, C.MODELISH) if k not in exclude and k not in out)
                continue
        if j not in out:
            out.append(j)
    return out


def _win_over_cues(stext: str):
    """The ``WIN_OVER_CUE`` matches of a sentence, found back from each "over" (a search of the
    whole sentence for the cue's many openings would cost more than the few "over" it holds)."""
    for over in C.OVER_WORD.finditer(stext):
        cue = C.WIN_OVER_CUE.search(stext, max(0, over.start() - 90), over.end())
        if cue is not None:
            yield cue


def _comparisons(st: _Doc, s: int) -> None:
    fams = st.families(s)
    families = [(kind, find) for family, kind, find in _COMPARE_FAMILIES if family in fams]
    if not families:
        return
    text = st.text
    s0, s1 = st.sentence_span(s)
    stext = text[s0:s1]
    used: list[tuple[int, int]] = []
    found: list[tuple[str, re.Match, int, list[int]]] = []  # (kind, cue, start, objects)
    for kind, find in families:
        for cue in find(stext):
            c0, c1 = s0 + cue.start(), s0 + cue.end()
            if any(a <= c0 < b or c0 <= a < c1 for a, b in used):
                continue
            if C.NEGATION.search(text[max(s0, c0 - 40):c0]):
                used.append((c0, c1))
                continue
            if kind == "verb" or kind == "superior":
                if (_compare_verb if kind == "verb" else _superiority_of)(st, s, c0, c1):
                    used.append((c0, c1))
                continue
            if kind == "win" and cue.group(0)[-4:].lower() == "over" and _names_inside(st, s, c0, c1):
                continue  # "speedups of the layers in AlexNet over Y": AlexNet is where they were measured
            tails = _objects_after(st, s, c1)
            if tails and cue.group(0)[-7:].lower() == "against":  # "is tested against the PGD attack"
                tails = [t for t in tails if not C.ATTACK_WORD.search(text, st.mentions[t].start, st.mentions[t].end + 25)]
            if not tails or _object_phrase_closed(st, s, kind, c0, c1, st.mentions[tails[0]].start):
                continue
            used.append((c0, c1))
            found.append((kind, cue, c0, tails))
    heads: dict[int, tuple[int | None, float]] = {}
    compared: list[int] = []  # the objects of the cues, left to right, that found a subject
    for kind, cue, c0, tails in sorted(found, key=lambda f: f[2]):
        # "X performs close to A and outperforms B": an object of an earlier cue is no subject
        # "Compared with Y, X ...": the subject may follow the compared objects
        right_from = st.mentions[tails[-1]].end if kind == "compare" else None
        earlier = compared if cue.group(0)[:1].lower() != "v" else []  # "A vs. B, C vs. D": C heads
        heads[c0] = _subject(st, s, c0, (*tails, *earlier, *_names_no_system(st, s)), right_from=right_from,
                             instruments_ok=False)
        if heads[c0][0] is not None:
            compared.extend(tails)
    since = len(st.relations)
    for kind, cue, c0, tails in found:
        head, pen = heads[c0]
        if head is not None:
            _add_comparison(st, s, kind, cue, c0, head, pen, tails)
    if "Task" in {st.mentions[i].type for i in st.by_sent[s]}:
        _winner_tasks(st, s, since)


_WIN_RULES = frozenset({"outperforms", "better_than"})


def _winner_tasks(st: _Doc, s: int, since: int) -> None:
    """``x_beats_in_task`` for the winner of each win stated in sentence ``s`` (the relations from
    ``since`` on) over a rival named right before a task: "TrajViT is the first efficient encoder to
    consistently outperform ViT3D across diverse video analysis tasks", "CoT-VLA achieves strong
    performance, outperforming the state-of-the-art VLA model by 17% in real-world manipulation".

    The contest is held in the task, so the winner is a method for it. The usedFor rules read only
    the words next to the task, where the rival stands; a winner far from its win verb is left to
    the comparison rules, which already found it. Between the rival and the task only its kind, a
    margin and "in / on / across" may stand (:data:`~kg.extract.relation_cues.RIVAL_TASK_GAP`); the
    tasks listed with the first share it.
    """
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    for rel in st.relations[since:]:
        if rel.predicate != "outperforms" or rel.rule not in _WIN_RULES or rel.sentence != s:
            continue
        rival = mentions[rel.tail]
        if rival.start < mentions[rel.head].end:
            continue
        k = idxs.index(rel.tail) + 1
        while k < len(idxs) and mentions[idxs[k]].start < rival.end:
            k += 1
        if k == len(idxs):
            continue
        task = mentions[idxs[k]]
        if task.type != "Task" or not C.RIVAL_TASK_GAP.fullmatch(text, rival.end, task.start):
            continue
        # the win's own doubts (a listed rival, "our method" standing for the proposed one) carry over
        conf = RULE_CONFIDENCE["x_beats_in_task"] - (RULE_CONFIDENCE[rel.rule] - rel.confidence)
        for n, (t, _) in enumerate(st.chain(s, idxs[k], _TASK)):
            st.add("usedFor", rel.head, t, s, "x_beats_in_task", conf - (COORD_PENALTY if n else 0.0))


def _names_inside(st: _Doc, s: int, c0: int, c1: int) -> bool:
    """Whether a Model/Method mention lies inside a cue span ``c0``-``c1`` ("gains of the layers in
    AlexNet over Y"): the words between the cue's ends are then no mere modifiers."""
    return any(c0 < st.mentions[i].start and st.mentions[i].end < c1 and st.mentions[i].type in C.MODELISH
               for i in st.by_sent[s])


def _add_comparison(st: _Doc, s: int, kind: str, cue: re.Match, c0: int, head: int, pen: float,
                    tails: list[int]) -> None:
    """Add the relation a comparison cue of ``kind`` states between ``head`` and its objects.

    The names coordinated before the head share its side ("A and B lag behind C", "A and B are
    competitive with C", "A and B are outperformed by C").
    """
    text = st.text
    # a subject right of the cue ("Compared to A, B, and C, X ...") has only objects on its left
    heads = [h for h in _with_coordinated_left(st, s, head)
             if h == head or (h not in tails and st.mentions[h].end <= c0)]
    winner_stated = kind == "compare" and st.mentions[head].start > c0 and \
        C.WINNER_AFTER.match(text[st.mentions[head].end:]) is not None
    for n, t in enumerate(tails):
        for m, h in enumerate(heads):
            conf_pen = pen + (COORD_PENALTY if n or (m and kind != "win") else 0.0)
            if kind == "passive":
                st.add("outperforms", t, h, s, "outperformed_by", RULE_CONFIDENCE["outperformed_by"] - conf_pen)
            elif kind == "win":
                rule = "better_than" if cue.group(0).lower().rstrip().endswith(("than", "to", "with")) else "outperforms"
                st.add("outperforms", h, t, s, rule, RULE_CONFIDENCE[rule] - conf_pen)
            elif kind == "lose":
                st.add("outperforms", t, h, s, "lags_behind", RULE_CONFIDENCE["lags_behind"] - conf_pen)
            elif winner_stated:
                # "Compared with Y, X achieves much better ...": the winner is stated
                st.add("outperforms", h, t, s, "compared_better", RULE_CONFIDENCE["compared_better"] - conf_pen)
            else:
                st.add("comparedWith", h, t, s, "compared_with", RULE_CONFIDENCE["compared_with"] - conf_pen)


def _object_phrase_closed(st: _Doc, s: int, kind: str, c0: int, c1: int, first: int) -> bool:
    """Whether an unnamed object phrase and a comma stand between a comparison cue (``c0``-``c1``)
    and the first mention after it, so that the mention is no object.

    "X outperforms prior methods, achieving lower FD": a participle or an article after the
    comma opens another phrase. "Compared to retrieval-based baselines, MateICL achieves ...": after a cue that opens
    its clause, the name right after the comma is the subject. Kept: examples and appositions
    ("outperforms strong baselines, including X", "surpasses the previous best, X") and
    adjectives in a row ("outperforms flat, goal-conditioned policies").
    """
    text = st.text
    gap = text[c1:first]
    if "," not in gap:
        return False
    if "(" in gap or "[" in gap:
        gap = C.SHORT_PAREN.sub("", gap)
    cut = gap.rfind(",")
    if cut < 0 or not gap[:cut].strip():
        return False
    after = gap[cut + 1:]
    if after.strip():
        return C.EXAMPLE_LEAD.match(after) is None and C.CLAUSE_AFTER_COMMA.match(after) is not None
    if kind != "compare":
        return False
    lead = text[st.clause_start(s, c0):c0].strip(" ,").lower()
    return all(w in C.COMPARE_LEADS for w in lead.replace(",", " ").split())


def _compare_verb(st: _Doc, s: int, c0: int, c1: int) -> bool:
    """"(we) compare X with/to/against/and Y" -> comparedWith(X, Y).

    "evaluate / benchmark / test / assess X against Y" compares too, but only with "against"
    ("evaluate X with Y" names a tool, "evaluate X and Y" a list), and not against an attack
    ("we test X against the PGD attack").
    """
    text, mentions = st.text, st.mentions
    against_only = text[c0:c0 + 4].lower() != "comp"
    firsts = _objects_after(st, s, c1, max_words=4)
    if not firsts:
        # "we compare it with Y": the paper's own method
        m = C.COMPARE_OBJ_PRONOUN.match(text[c1:c1 + 30])
        if m is None or st.proposed is None or (against_only and not m.group(0).rstrip().lower().endswith("against")):
            return False
        heads, after = [st.proposed], c1 + m.end()
        pen = SELF_PENALTY
    else:
        after = mentions[firsts[-1]].end
        members = _bracketed_members(st, firsts)
        if members is not None:
            firsts, after = members
        link = C.COMPARE_LINK.match(text[after:after + 40])
        if against_only and (link is None or not link.group(0).rstrip().lower().endswith("against")):
            return False
        if link is None:
            if len(firsts) < 2 or members is not None:
                return False
            # "we compare X, Y and Z": pairwise, no direction
            for a in range(len(firsts)):
                for b in range(a + 1, len(firsts)):
                    st.add("comparedWith", firsts[a], firsts[b], s, "compare_x_with_y",
                           RULE_CONFIDENCE["compare_x_with_y"] - 0.1)
            return True
        heads, after, pen = firsts, after + link.end(), 0.0
    tails = _objects_after(st, s, after, exclude=heads)
    if against_only:
        tails = [t for t in tails if not C.ATTACK_WORD.search(text, mentions[t].start, mentions[t].end + 25)]
    if not tails:
        return False
    for h in heads:
        for t in tails:
            st.add("comparedWith", h, t, s, "compare_x_with_y", RULE_CONFIDENCE["compare_x_with_y"] - pen)
    return True


def _bracketed_members(st: _Doc, firsts: list[int]) -> tuple[list[int], int] | None:
    """The members of "CLASS (A, B and C)" among the objects of a comparison verb, and where the
    closing bracket ends; None when the objects hold no bracketed list of two or more.

    The class names the members, it is no rival of them: "compares reasoning-based LLMs
    (DeepSeek-R1 and OpenAI o3) with their non-reasoning counterparts" compares the members with
    what follows the bracket, not "LLMs" with "OpenAI o3" nor the members with each other. A
    single bracketed name is an alias and is left to the caller ("RL with supervised fine-tuning
    (SFT)").
    """
    text, mentions = st.text, st.mentions
    for k in range(1, len(firsts)):
        if C.PAREN_GAP.match(text[mentions[firsts[k - 1]].end:mentions[firsts[k]].start]):
            end = mentions[firsts[-1]].end
            close = C.BRACKET_CLOSE.match(text, end)
            if close is not None:
                return (firsts[k:], close.end()) if k < len(firsts) - 1 else None
            # a list cut inside its bracket (an item no mention) is still members; a bracket
            # closed after the first item was an alias ("X (Y), Z and W")
            return (firsts[k:], end) if ")" not in text[mentions[firsts[k]].end:end] else None
    return None


def _superiority_of(st: _Doc, s: int, c0: int, c1: int) -> bool:
    """"the superiority / advantages of X over Y" -> outperforms(X, Y).

    The winner is named inside the phrase, right after the cue (or is the paper's own work:
    "the superiority of our approach over Y"), so no subject is searched for.
    """
    text = st.text
    heads = _objects_after(st, s, c1, max_words=3)
    pen = 0.0
    if heads:
        link = C.OVER_LINK.match(text, st.mentions[heads[-1]].end)
    else:
        link = C.SUPERIORITY_SELF.match(text, c1)
        heads, pen = ([st.proposed], SELF_PENALTY) if st.proposed is not None else ([], 0.0)
    if link is None or not heads:
        return False
    tails = _objects_after(st, s, link.end(), exclude=heads)
    for n, t in enumerate(tails):
        for h in heads:
            st.add("outperforms", h, t, s, "superiority_of",
                   RULE_CONFIDENCE["superiority_of"] - pen - (COORD_PENALTY if n else 0.0))
    return bool(tails)


#: (keyword family, kind of cue, finder of the cues in a sentence), in the order they claim text
_COMPARE_FAMILIES = (
    ("superior", "superior", C.SUPERIORITY_CUE.finditer),
    ("passive", "passive", C.PASSIVE_WIN_CUE.finditer),
    ("win", "win", C.WIN_CUE.finditer),
    ("win_over", "win", _win_over_cues),
    ("lose", "lose", C.LOSE_CUE.finditer),
    ("verb", "verb", C.COMPARE_VERB.finditer),
    ("compare", "compare", C.COMPARE_CUE.finditer),
)


# ------------------------------------------------------------------ 5. basedOn
def _based_on(st: _Doc, s: int) -> None:
    if not st.has(s, "based"):
        return
    text = st.text
    s0, s1 = st.sentence_span(s)
    stext = text[s0:s1]
    for cue in C.BASED_ON_CUE.finditer(stext):
        c0, c1 = s0 + cue.start(), s0 + cue.end()
        if C.NEGATION.search(text[max(s0, c0 - 30):c0]):
            continue
        if cue.group(0)[:8].lower() == "extended" and C.EXTENDED_AS_ADJECTIVE.search(text, max(s0, c0 - 30), c0):
            continue
        tails = _objects_after(st, s, c1, max_words=4)
        if not tails:
            continue
        if "," in text[c1:st.mentions[tails[0]].start]:
            continue  # "Based on extensive experiments, OutRo improves ...": the comma closes the object
        lead = text[st.clause_start(s, c0):c0].strip(" ,")
        if not lead:  # "Based on Y, we propose X" / "Built on Y, X ..."
            head, pen = _fronted_subject(st, s, st.mentions[tails[-1]].end, tails)
        else:
            head, pen = _subject(st, s, c0, tails)
            if head is not None and _technique_as_kind(st, head):
                head, pen = _named_kind_owner(st, s, c0, head, tails)
        if head is None or _participle_of_other_noun(st, s, head, c0, cue.group(0)):
            continue
        if lead and not _cue_describes(st, s, head, c0):
            continue
        for n, t in enumerate(tails):
            st.add("basedOn", head, t, s, "based_on", RULE_CONFIDENCE["based_on"] - pen - (COORD_PENALTY if n else 0))


def _fronted_subject(st: _Doc, s: int, last: int, tails: list[int]) -> tuple[int | None, float]:
    """The subject of the main clause after a fronted "Built upon Y, ..." (``last``: the end of Y).

    A name right of Y heads the relation only when it opens the main clause: a comma closes
    the fronted phrase and at most a determiner and a few modifiers stand before the name
    ("Built on the Deep Guess strategy, incDG exploits ..."). A name still inside the fronted
    phrase ("the in-context learning capability of the DiT architecture, AlignDiT ...", "Y, a
    representative diffusion model, Z incorporates") or one the clause's verb takes as object
    ("..., our approach combines in-context learning") is no subject; the next name is tried.
    """
    right_from = last
    while True:
        head, pen = _subject(st, s, last, tails, right_from=right_from)
        if head is None or pen != RIGHT_PENALTY:
            return head, pen  # a name left of Y, or the paper's own method
        m = st.mentions[head]
        opens_main_clause = C.MAIN_CLAUSE_SUBJECT_LEAD.search(st.text, last, m.start) is not None
        if opens_main_clause and not C.APPOSITION_NAME_AFTER.match(st.text, m.end):
            return head, pen
        comma = st.text.rfind(",", last, m.start)
        if not opens_main_clause and comma >= 0 and not C.FRONTED_PHRASE_GOES_ON.match(st.text, comma):
            return None, 0.0  # past the fronted phrase: "..., we employed techniques including SFT"
        right_from = m.end


def _technique_as_kind(st: _Doc, head: int) -> bool:
    """Whether the basedOn head is a generic technique that only says what kind of new method follows.

    In "we propose a fine-tuning framework based on LoRA" or "an online reinforcement learning
    strategy based on UCB" the new framework is based on Y, not fine-tuning or reinforcement
    learning as such; the fact belongs to the framework's name when one stands before it ("ESPLoRA,
    a flexible fine-tuning framework based on Low-Rank Adaptation"), else to nothing.
    """
    m = st.mentions[head]
    if not _generic_technique(m):
        return False
    kind = C.TECHNIQUE_KIND_AFTER.match(st.text, m.end)
    if kind is None:
        return False
    if not kind.group(0).startswith(")"):
        return True
    # the short form inside "(...)": only a new instance is of that kind ("a self-supervised learning
    # (SSL) framework"); "In-Context Learning (ICL) technique based on LLMs" is the technique itself
    opening = st.text.rfind("(", 0, m.start)
    return C.NEW_INSTANCE_BEFORE.search(st.text, max(0, opening - 80), opening) is not None


def _named_kind_owner(st: _Doc, s: int, c0: int, technique: int, tails: list[int]) -> tuple[int | None, float]:
    """The method a generic technique describes the kind of (:func:`_technique_as_kind`), or None.

    Only a name the technique's phrase stands in apposition to ("RTS, a fine-tuning framework
    based on LLMs", "TA-LoRA, an MTL method built on PT") or the paper's proposed method ("we
    propose a novel NAS method for STSF based on LLM"); a list item before it ("generate prompt
    embeddings, a dual-stage fine-tuning method based on LoRA") or a modifier ("a vision
    transformer (ViT) pre-training framework based on MAE") is none.
    """
    head, pen = _subject(st, s, c0, (*tails, technique))
    if head is None or head == st.proposed:
        return head, pen
    m, t = st.mentions[head], st.mentions[technique]
    if m.end <= t.start and m.label != m.label.lower() and \
            C.NAME_APPOSED_GAP.fullmatch(st.text, m.end, t.start) is not None:
        return head, pen
    return None, 0.0


def _cue_describes(st: _Doc, s: int, head: int, c0: int) -> bool:
    """Whether a basedOn cue at ``c0`` describes the subject found left of it, not another noun.

    "based on Y" says what the phrase right before it is based on. That is the subject when
    only an apposition, a copula or a kind noun stands between ("X, a novel approach ... based
    on Y", "X is built on Y", "X framework based on Y"), or, for the paper's own method found in
    another sentence, when the clause is "we extend Y" / "our model is based on Y" / "we propose
    a framework based on Y". In "integrate X with PEFT and a pipeline based on Y" or "we
    construct a dataset derived from Y" the pipeline and the dataset are based on Y; so in "X,
    which integrates A with a feature extractor based on Y": a part of X is.
    """
    if head in st.by_sent[s] and st.mentions[head].end <= c0:
        end = st.mentions[head].end
        return C.BASED_HEAD_GAP.fullmatch(st.text, end, c0) is not None and \
            C.PART_VERB_GAP.search(st.text, end, c0) is None
    return C.SELF_BASED_LEAD.fullmatch(st.text[st.clause_start(s, c0):c0].strip()) is not None


def _participle_of_other_noun(st: _Doc, s: int, head: int, c0: int, cue: str) -> bool:
    """True when a "derived / distilled / obtained from" cue hangs on a noun that is not the head.

    The participle describes the noun right before it: in "rewards derived from an LLM" or
    "CoT data distilled from R1" the rewards or the data come from Y, not a method mentioned
    earlier in the sentence. Only a head of the same sentence is tested; the paper's own method
    found through "our model distilled from Y" stands.
    """
    if not C.PARTICIPLE_FROM_CUE.match(cue):
        return False
    m = st.mentions[head]
    if m.sentence != s or m.end > c0:
        return False
    return C.PARTICIPLE_SUBJECT_GAP.match(st.text[m.end:c0]) is None


# ------------------------------------------------------------------ 5b. benchmarkFor
def _benchmark_for(st: _Doc, s: int) -> None:
    """benchmarkFor (Dataset/Benchmark -> Task): the task a data set is made for, as a sentence says it.

    Each construction is read next to one mention: a description of the data set in apposition or
    after a copula (:func:`_data_description`), "T benchmarks such as D" (:func:`_kind_names_data`),
    "the D T benchmark" and "D for T" (:func:`_data_next_to_task`), "T results on D"
    (:func:`_task_on_data`), "T (D)" (:func:`_task_paren_data`), "To evaluate T, we build D"
    (:func:`_purpose_data`), "D serves as a resource for T" (:func:`_data_offers_task`). No model needs to
    stand in the sentence: "We introduce D, a benchmark for T" is about the data set alone.
    """
    mentions = st.mentions
    idxs = st.by_sent[s]
    first_task = next(k for k, i in enumerate(idxs) if mentions[i].type == "Task")
    for k, i in enumerate(idxs):
        kind = mentions[i].type
        if kind in C.DATAISH:
            _data_description(st, s, k)
            _data_next_to_task(st, s, k)
            _data_offers_task(st, s, k)
        elif kind == "Task":
            _kind_names_data(st, s, k)
            _task_on_data(st, s, k)
            _task_paren_data(st, s, k)
            if k == first_task:
                _purpose_data(st, s, k)


def _add_benchmark_for(st: _Doc, s: int, data: list[int], task: int, rule: str, penalty: float = 0.0,
                       listed: bool = True) -> None:
    """Relate data sets ``data`` (the first one named, the others coordinated with it) to ``task``
    and, when ``listed``, the tasks listed with it ("a benchmark for T1, T2 and T3", "segmentation
    and detection benchmarks such as D").

    A task mention that itself names a data set ("the largest HSOD benchmark" typed Task) is no task.
    """
    before, after = _coordinated_tasks(st, s, task) if listed else ([], [])
    tasks = [task] + before + after
    base = RULE_CONFIDENCE[rule] - penalty
    for n, d in enumerate(data):
        for m, t in enumerate(tasks):
            if C.DATA_NAMED_TASK.search(st.mentions[t].text) is None:
                st.add("benchmarkFor", d, t, s, rule, base - (COORD_PENALTY if n or m else 0.0))


def _data_description(st: _Doc, s: int, k: int) -> None:
    """"D, a benchmark designed to evaluate T", "D (ABBR), the first large-scale T dataset", "D is a
    corpus of T pairs", "D, a comprehensive benchmark spanning five T tasks", "D, designed for T".

    A description headed by a data noun (:data:`~kg.extract.relation_cues.DATA_DESC`), or a clause of
    purpose right after the name (:data:`~kg.extract.relation_cues.DATA_CLAUSE`), says what the data
    set is for: a task right before the head, or the first task after it when the words between
    state a purpose (:data:`~kg.extract.relation_cues.DATA_TASK_LINK`). A method named on the way is
    what the benchmark tests ("to evaluate LLMs on T"), and is passed over; a later data set ends
    the description.
    """
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    i = idxs[k]
    desc = C.DATA_DESC.match(text, mentions[i].end, mentions[i].end + 180)
    if desc is not None:
        h0, h1 = desc.span("head")
    else:  # "D, designed to evaluate T", "D, which covers T": no noun, the clause follows the name
        desc = C.DATA_CLAUSE.match(text, mentions[i].end, mentions[i].end + 60)
        if desc is None:
            return
        h0 = h1 = desc.end()
    for j in idxs[k + 1:]:
        t = mentions[j]
        if t.start < mentions[i].end or (t.type != "Task" and t.start < h1):
            continue  # (an "(ABBR)" alias of D, a method the benchmark tests)
        if t.type == "Task" and t.end <= h0:
            if C.TASK_BEFORE_DATA_HEAD.fullmatch(text, t.end, h0):
                _add_benchmark_for(st, s, [i] + _coordinated_before(st, s, i), j, "data_description")
                return
            continue
        if t.type in C.DATAISH or t.start - h1 > 160:
            return
        if t.type == "Task":
            if t.start >= h1 and C.DATA_TASK_LINK.fullmatch(text, h1, t.start):
                _add_benchmark_for(st, s, [i] + _coordinated_before(st, s, i), j, "data_description")
            return


def _data_next_to_task(st: _Doc, s: int, k: int) -> None:
    """"the KITTI 3D object detection benchmark" (``data_task_kind``): a data set, a task and a kind
    of data, which "on D T" may leave out ("87.4 mIoU on Cityscapes semantic segmentation"); "the
    SPEED+ dataset for spacecraft pose estimation", "D as a benchmark for T"
    (``data_for_task``). Data sets coordinated before D share it ("on KITTI and nuScenes 3D object
    detection benchmarks", "on Aptos and IDRiD for DR classification")."""
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    d = mentions[idxs[k]]
    j = next((j for j in idxs[k + 1:] if mentions[j].start >= d.end), None)
    if j is None or mentions[j].type != "Task" or mentions[j].start - d.end > 80:
        return
    t = mentions[j]
    rule = None
    if C.DATA_TASK_GAP.fullmatch(text, d.end, t.start) and C.DATA_KIND_AFTER.match(text, t.end, t.end + 40):
        rule = "data_task_kind"
    elif C.DATA_TASK_JOIN.fullmatch(text, d.end, t.start) and C.TASK_ENDS_PHRASE.match(text, t.end) and \
            C.ON_DATA_LEFT.search(text, max(0, d.start - 30), d.start):
        rule = "data_task_kind"  # "87.4 mIoU on Cityscapes semantic segmentation": the kind noun left out
    elif C.DATA_FOR_GAP.fullmatch(text, d.end, t.start):
        rule = "data_for_task"
    if rule is not None:
        i = idxs[k]
        _add_benchmark_for(st, s, [i] + _coordinated_before(st, s, i), j, rule)


def _data_offers_task(st: _Doc, s: int, k: int) -> None:
    """"D serves as a valuable resource for advancing T", "We hope D will facilitate advancements in T",
    "D supports three core tasks: T1, T2 and T3": a data set as the subject of what it offers to a task.
    The name must open its clause (:data:`~kg.extract.relation_cues.DATA_SUBJECT_LEFT`) and the task
    follow the offer (:data:`~kg.extract.relation_cues.DATA_OFFERS_TASK`)."""
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    d = mentions[idxs[k]]
    j = next((j for j in idxs[k + 1:] if mentions[j].start >= d.end and mentions[j].type == "Task"), None)
    if j is None or mentions[j].start - d.end > 120:
        return
    s0 = st.sentence_span(s)[0]
    if C.DATA_OFFERS_TASK.fullmatch(text, d.end, mentions[j].start) and \
            C.DATA_SUBJECT_LEFT.search(text[max(s0, d.start - 40):d.start]):
        _add_benchmark_for(st, s, [idxs[k]] + _coordinated_before(st, s, idxs[k]), j, "data_offers_task")


def _kind_names_data(st: _Doc, s: int, k: int) -> None:
    """"T benchmarks such as D1 and D2", "four T datasets (D1, D2, ...)", "three T datasets: D1, ...",
    "a new T dataset, called D", "the T benchmark D", "T tasks such as D": a task before a kind of
    data whose examples or name follow. A bare comma needs a determiner or a number before the task
    (:data:`~kg.extract.relation_cues.KIND_DETERMINER_LEFT`): "In T datasets, D ..." lists nothing.
    """
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    t = mentions[idxs[k]]
    kind = C.TASK_DATA_KIND.match(text, t.end, t.end + 50)
    if kind is None:
        return
    j = next((j for j in idxs[k + 1:] if mentions[j].start >= kind.end()), None)
    if j is None or mentions[j].type not in C.DATAISH:
        return
    gap = C.DATA_NAME_AFTER_KIND.fullmatch(text, kind.end(), mentions[j].start)
    if gap is None:
        return
    if gap.group(0).strip() == "," and not C.KIND_DETERMINER_LEFT.search(text, max(0, t.start - 60), t.start):
        return
    data = [h for h, _ in st.chain(s, j, C.DATAISH)]
    if gap.group("open") == "(":  # "(D1, D2, D3)": the names inside the parenthesis
        close = text.find(")", mentions[j].start)
        data = [h for h in data if close < 0 or mentions[h].start < close]
    _add_benchmark_for(st, s, data, idxs[k], "task_data_kind")


def _task_on_data(st: _Doc, s: int, k: int) -> None:
    """"state-of-the-art 3D reconstruction on ScanNet", "T results on the D benchmark": a task run on the
    data set right after it (and the data sets listed with it). Two lists of one length pair up by
    position ("classification and detection on ImageNet and COCO"). A setting or a property measured
    there ("zero-shot generalization on D", "robustness on D") is no task the data set is for."""
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    t = mentions[idxs[k]]
    j = next((j for j in idxs[k + 1:] if mentions[j].start >= t.end), None)
    if j is None or mentions[j].type not in C.DATAISH or mentions[j].start - t.end > 60:
        return
    if not C.TASK_ON_DATA_GAP.fullmatch(text, t.end, mentions[j].start) or C.NOT_A_DATA_TASK.search(t.text):
        return
    data = [h for h, _ in st.chain(s, j, C.DATAISH)]
    tasks = _coordinated_tasks(st, s, idxs[k])[0][::-1] + [idxs[k]]
    if len(data) == len(tasks) > 1:  # "T1 and T2 on D1 and D2": each task on its own data set
        for n, (d, task) in enumerate(zip(data, tasks)):
            _add_benchmark_for(st, s, [d], task, "task_on_data", penalty=COORD_PENALTY if n else 0.0,
                               listed=False)
    else:
        _add_benchmark_for(st, s, data, idxs[k], "task_on_data")


def _task_paren_data(st: _Doc, s: int, k: int) -> None:
    """"hand shape estimation (InterHand2.6M) and body shape estimation (3DPW)", "QA (D1, D2)": the data
    sets named in a parenthesis right after a task. A name that only abbreviates the words before the
    parenthesis ("Online Action Detection (OAD)" typed Dataset) is the task's alias, not a data set."""
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    t = mentions[idxs[k]]
    j = next((j for j in idxs[k + 1:] if mentions[j].start >= t.end), None)
    if j is None or mentions[j].type not in C.DATAISH or not C.PAREN_GAP.match(text[t.end:mentions[j].start]):
        return
    from kg.extract.abbrev import find_abbreviation, plausible_expansion  # (spaCy only when needed)

    window = text[max(st.sentence_span(s)[0], t.start - 60):t.end]
    at = find_abbreviation(window, mentions[j].text)
    if at is not None and plausible_expansion(window[at:], mentions[j].text):
        return
    close = text.find(")", mentions[j].end)
    data = [h for h, _ in st.chain(s, j, C.DATAISH) if close < 0 or mentions[h].start < close]
    _add_benchmark_for(st, s, data, idxs[k], "task_paren_data", listed=False)


def _purpose_data(st: _Doc, s: int, k: int) -> None:
    """"To evaluate the T ability of VQA models, we construct a new D dataset", "To facilitate research
    on T, we introduce D": a sentence that opens with the purpose of the data set it introduces. Only
    the sentence's first task counts, and the data set must be the object of "we introduce / construct
    ..." (:data:`~kg.extract.relation_cues.PURPOSE_DATA_REST`)."""
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    t = mentions[idxs[k]]
    s0 = st.sentence_span(s)[0]
    if st.low[s0:s0 + 6].lstrip()[:3] != "to " or not C.PURPOSE_DATA_LEAD.fullmatch(text, s0, t.start):
        return
    j = next((j for j in idxs[k + 1:] if mentions[j].type in C.DATAISH), None)
    if j is not None and mentions[j].start - t.end <= 160 and \
            C.PURPOSE_DATA_REST.fullmatch(text, t.end, mentions[j].start):
        _add_benchmark_for(st, s, [h for h, _ in st.chain(s, j, C.DATAISH)], idxs[k], "purpose_data")


def _title_data_task(st: _Doc) -> None:
    """benchmarkFor from a title "D: ... T" whose D is a data set proposed by ``title_colon``.

    "D: A Benchmark for (Evaluating LLMs on) T", "D: A Large-Scale Video Dataset for T", "D:
    Benchmarking T in MLLMs", "D: A Multimodal Reasoning Benchmark for ...": the first task after
    the colon, when the words before it make D a data set for it
    (:data:`~kg.extract.relation_cues.TITLE_DATA_TASK_GAP`); a question ("D: Are MLLMs Ready for T?")
    or a name that says it is a benchmark ("XBench: Long Video Understanding in the Wild") is weaker.
    A title whose words name no data ("D: Efficient T via X", often a method typed Dataset) gives
    nothing.
    """
    text, mentions = st.text, st.mentions
    found = _title_colon_names(st, C.DATAISH)
    if found is None:
        return
    data, colon, cut = found
    for j in st.by_sent.get(0, ()):
        t = mentions[j]
        if t.start <= colon or t.type != "Task":
            continue
        if t.end > cut:
            return
        if C.TITLE_DATA_TASK_GAP.fullmatch(text, colon + 1, t.start) or (
                C.TITLE_DATA_KIND_LEAD.fullmatch(text, colon + 1, t.start)
                and C.DATA_KIND_AFTER.match(text, t.end, t.end + 40)):
            _add_benchmark_for(st, 0, data, j, "title_data_task")
        elif C.TITLE_DATA_QUESTION_GAP.fullmatch(text, colon + 1, t.start) or (
                C.TITLE_BENCH_NAME.search(mentions[data[0]].text)
                and C.TITLE_DATA_LOOSE_GAP.fullmatch(text, colon + 1, t.start)):
            _add_benchmark_for(st, 0, data, j, "title_data_task", penalty=WEAK_TITLE_PENALTY)
        return


# ------------------------------------------------------------------ 6. results
def _results(st: _Doc, s: int, out: list[Result]) -> None:
    text, mentions = st.text, st.mentions
    idxs = st.by_sent[s]
    has_metric = any(mentions[i].type == "Metric" for i in idxs)
    if not has_metric and not st.has(s, "unit"):
        return
    s0, s1 = st.sentence_span(s)
    stext = text[s0:s1]
    if _DIGIT.search(stext) is None:
        return
    if "~" in stext:  # LaTeX's unbreakable space, left in abstracts: "76.86~HOTA at 31~FPS"
        text = text.replace("~", " ")  # same length: offsets stay
        stext = text[s0:s1]
    delta_end = -1  # end of the last difference: the next number of its list is one too
    for num in C.NUMBER.finditer(stext):
        unit = (num.group(2) or "").strip()
        if not unit and not has_metric:
            continue  # a bare number needs a metric name next to it
        a, b = s0 + num.start(), s0 + num.end()
        if any(mentions[i].start <= a < mentions[i].end for i in idxs):
            continue  # part of a name ("ResNet-50", "MSCOCO-2017")
        after = text[b:b + 40]
        if C.NOT_A_VALUE_NEXT.match(after):
            continue
        value = float(num.group(1))
        before = text[max(s0, a - 30):a]
        if (C.DELTA_BEFORE.search(before)
                or (delta_end >= 0 and a - delta_end <= 30 and C.DELTA_LIST_GAP.match(text[delta_end:a]))
                or (C.UP_TO_BEFORE.search(before) and C.IMPROVE_VERB.search(text[st.clause_start(s, a):a]))):
            delta_end = b  # "by 1.1% and 2.3 FID", "improves throughput up to 60%"
            continue
        if C.NOT_A_RESULT_BEFORE.search(before):
            continue
        if not unit and C.NOT_A_RESULT_AFTER.match(after):
            continue
        if unit and C.NOT_A_RESULT_AFTER.match(after) and after.lstrip().lower().startswith("of"):
            continue  # "55.6% of FLOPs"
        if not unit and value.is_integer() and 1900 <= value <= 2100:
            continue  # a year
        unit = _unit(unit)
        # the metric: "accuracy of 73.5" (before) or "73.5% accuracy" (after)
        metric = None
        after_metric = b
        for i in idxs:
            m = mentions[i]
            if m.type != "Metric":
                continue
            if m.end <= a and a - m.end <= 40 and C.METRIC_BEFORE_GAP.match(text[m.end:a]):
                metric = i
            elif m.start >= b and m.start - b <= 25 and C.METRIC_AFTER_GAP.match(
                    text[b:m.start].replace("a ", "", 0)):
                metric, after_metric = i, m.end
                break
        rest = text[after_metric:after_metric + 40]
        speed = unit == "x" and C.SPEED_AFTER.match(text[b:b + 30])
        if not speed and C.DELTA_AFTER.match(rest):
            delta_end = after_metric
            continue
        if unit == "x" and not speed and metric is None:
            continue
        # the dataset: "on D" after the value, else a dataset before it in the clause
        dataset = None
        for i in idxs:
            m = mentions[i]
            if m.type in C.DATAISH and m.start >= after_metric and m.start - after_metric <= 60 \
                    and C.DATASET_AFTER_GAP.match(text[after_metric:m.start]):
                dataset = i
                break
        if dataset is None and not speed:
            c0 = st.clause_start(s, a)
            for i in idxs:
                m = mentions[i]
                if m.type in C.DATAISH and c0 <= m.start and m.end <= a:
                    dataset = i  # nearest before
        if metric is None and dataset is None and not speed:
            continue
        if not unit and metric is None:
            continue  # a bare number next to a dataset is too often a count
        if metric is None and not C.RESULT_VERB.search(text[st.clause_start(s, a):a]) and not speed:
            continue
        subject = _result_subject(st, s, text, a, b, dataset)
        out.append(Result(subject, dataset, metric, value, unit, s, text[a:b].strip()))


def _result_subject(st: _Doc, s: int, text: str, a: int, b: int, dataset: int | None) -> int | None:
    """The Model/Method that scored the value at ``a``..``b`` of sentence ``s``, or None.

    In order: the name owning the value ("ConvNext-B (91.92%)"); none but a name after it
    when the value is a rival's ("(62.5% vs. 50%)": the 50% is not the sentence subject's);
    the head of the dataset's ``evaluatedOn`` when it stands before the value; the relation
    subject left of the value; both pass over the data of earlier values of its list ("93.5%
    PDMS in NAVSIM v1 and 87.1% ...": NAVSIM, typed a method, is no subject); a
    name after it only in "for X" / "achieved by X": any other name there is a rival ("0.943,
    surpassing Y"), a data set or a tool, and an empty subject is better than a wrong one.
    """
    owner = _owner(st, s, a)
    if owner is not None:
        return owner
    s0 = st.sentence_span(s)[0]
    if C.RIVAL_VALUE_BEFORE.search(text, max(s0, a - 60), a):
        return _named_after_value(st, s, text, b)
    targets = _value_targets(st, s, text, a)
    if dataset is not None:
        for r in st.relations:
            if r.sentence == s and r.tail == dataset and r.predicate == "evaluatedOn" \
                    and st.mentions[r.head].start < a and r.head not in targets:
                return r.head
    subject, _ = _subject(st, s, a, exclude=targets)
    return subject if subject is not None else _named_after_value(st, s, text, b)


def _value_targets(st: _Doc, s: int, text: str, a: int) -> set[int]:
    """Mentions before ``a`` that an earlier value was reported on or for ("93.5% in NAVSIM v1"),
    with their "(ABBR)" aliases ("85.1% for Whole Tumor (WT)")."""
    s0 = st.sentence_span(s)[0]
    out = set()
    prev = None
    for i in st.by_sent[s]:
        m = st.mentions[i]
        if m.end > a:
            break
        if C.VALUE_TARGET_BEFORE.search(text, max(s0, m.start - 50), m.start) or (
                prev in out and C.PAREN_GAP.match(text[st.mentions[prev].end:m.start])):
            out.add(i)
        prev = i
    return out


def _named_after_value(st: _Doc, s: int, text: str, b: int) -> int | None:
    """The Model/Method right after a value ending at ``b`` that scored it ("0.729 F1 for BERT").

    Not a name with a value of its own ("for Y (91.9%)"), and not when values and names pair
    up by position ("76% and 80% for X and Y, respectively": the first name is not the 80%'s).
    """
    for i in st.by_sent[s]:
        m = st.mentions[i]
        if m.start < b or m.type not in C.MODELISH:
            continue  # a metric or data set may stand between ("of 0.97 and AUC-PR of 0.43 achieved by X")
        gap = text[b:m.start]
        if not C.OWNER_AFTER_VALUE.match(gap) or _owns_a_value(text, m.end):
            return None
        if "respectively" in st.low[m.end:st.sentence_span(s)[1]] and (
                _STANDALONE_NUMBER.search(gap) or len(st.chain(s, i, C.MODELISH)) > 1):
            return None
        return i
    return None


#: "Y (91.9%)", "Y: 91.9", "Y's 80.9": a value its name stands right before
_OWNED_VALUE_GAP = re.compile(r"^(?:\s*[(:]\s*|['’]s\s+)$")
#: a name followed by its own value in brackets or after a colon
_OWN_VALUE_NEXT = re.compile(r"\s*[(:]\s*\d")


def _owner(st: _Doc, s: int, a: int) -> int | None:
    """The Model/Method whose own value the number at ``a`` is: "ConvNext-B (91.92%)",
    "Qwen3-32B's 80.9 average score"; None when no name stands right before it."""
    before = None
    for i in st.by_sent[s]:
        m = st.mentions[i]
        if m.end > a:
            break
        before = i
    if before is None:
        return None
    m = st.mentions[before]
    if m.type in C.MODELISH and a - m.end <= 4 and _OWNED_VALUE_GAP.match(st.text[m.end:a]):
        return before
    return None


def _owns_a_value(text: str, end: int) -> bool:
    """Whether a number follows the name ending at ``end`` in a parenthesis or after a colon."""
    return _OWN_VALUE_NEXT.match(text, end, end + 8) is not None


def _unit(raw: str) -> str:
    low = raw.lower()
    if low in ("%", "percent"):
        return "%"
    if low in ("x", "×", "times"):
        return "x"
    if low in ("point", "points", "pts", "pp"):
        return "points"
    return raw


# ------------------------------------------------------------------ entry point
def extract_relations(doc: DocExtraction) -> tuple[list[Relation], list[Result]]:
    """Typed relations and result records of one paper.

    Parameters
    ----------
    doc
        A paper's text, sentence spans and typed mentions. Existing
        ``doc.relations`` / ``doc.results`` are ignored and not modified.

    Returns
    -------
    (relations, results)
        :class:`~kg.model.Relation` records (heads/tails index ``doc.mentions``;
        ``head`` is None for ``proposes``) and :class:`~kg.model.Result` records,
        both in the order the rules found them.

    Examples
    --------
    >>> from kg.model import Mention
    >>> text = "Orca surpasses Vicuna-13B on BBH."
    >>> doc = DocExtraction("p", text, [(0, len(text))], [
    ...     Mention(0, 4, "Orca", "Model", "orca", "Orca", 0),
    ...     Mention(15, 25, "Vicuna-13B", "Model", "vicuna-13b", "Vicuna-13B", 0),
    ...     Mention(29, 32, "BBH", "Benchmark", "bbh", "BBH", 0)])
    >>> rels, results = extract_relations(doc)
    >>> [(r.predicate, r.head, r.tail, r.rule) for r in rels]  # doctest: +NORMALIZE_WHITESPACE
    [('evaluatedOn', 0, 2, 'on_dataset'), ('evaluatedOn', 1, 2, 'rival_on_dataset'),
     ('outperforms', 0, 1, 'outperforms')]
    """
    if not doc.mentions or not doc.text:
        return [], []
    st = _Doc(doc)
    _proposes(st)
    _title_use(st)
    _title_data_task(st)
    results: list[Result] = []
    mentions = st.mentions
    for s in sorted(st.by_sent):
        types = [mentions[i].type for i in st.by_sent[s]]
        models = sum(map(types.count, C.MODELISH))
        if models or st.proposed is not None:
            if not C.DATAISH.isdisjoint(types):
                _data_relations(st, s)
            if "Task" in types:  # (with no Model/Method, only "our method outperforms ... in T" may fire)
                _used_for(st, s)
            if models >= 2 or (models and st.proposed is not None):
                _comparisons(st, s)
                _based_on(st, s)
        if "Task" in types and not C.DATAISH.isdisjoint(types):
            _benchmark_for(st, s)
        _results(st, s, results)
    _title_benchmark(st)  # after the sentence rules: on a tie their rule name stays
    # a stated winner makes "compared with" on the same pair and sentence redundant
    won = {(frozenset((r.head, r.tail)), r.sentence) for r in st.relations if r.predicate == "outperforms"}
    relations = [r for r in st.relations
                 if not (r.predicate == "comparedWith" and (frozenset((r.head, r.tail)), r.sentence) in won)]
    return _credit_winners_only(relations), results


def _credit_winners_only(relations: list[Relation]) -> list[Relation]:
    """Drop the ``x_in_task`` credit of a rival beaten in a task when its winner has the task.

    "A outperforms GPT-Big in information extraction" reads "GPT-Big in information extraction" as
    a method in a task (``x_in_task``), but the sentence states who is good at the task: the winner,
    which :func:`_winner_tasks` or :func:`_beaten_in_task` credit. A rival no winner took the task
    from keeps its credit.
    """
    beaten = {(r.tail, r.sentence): r.head for r in relations
              if r.predicate == "outperforms" and r.rule in _WIN_RULES}
    if not beaten:
        return relations
    used = {(r.head, r.tail, r.sentence) for r in relations if r.predicate == "usedFor"}

    def taken(r: Relation) -> bool:
        winner = beaten.get((r.head, r.sentence))
        return winner is not None and (winner, r.tail, r.sentence) in used

    return [r for r in relations if not (r.rule == "x_in_task" and taken(r))]
