"""A paper's own definition of an acronym decides what the acronym means in that paper.

"We propose Dual-Head Reasoning Distillation (DHRD)" defines DHRD. Before this pass,
the long form (found by the "we propose X" cue) and the short form (found as an
abbreviation) could end up with two entity ids, so the paper's main contribution was
two entities, and "proposes" pointed at one while every later use of "DHRD" pointed at
the other. The lexicon could also override a paper's definition: "Attack Success Rate
(ASR)" made ASR automatic speech recognition, "Sample Confusion Miner (SAM)" made SAM
the Segment Anything Model.

Here, after the resolver, every written definition ``Long Form (SF)`` or ``SF (Long
Form)`` in a paper, with ``SF`` an abbreviation of the whole long form, makes both forms
one entity in that paper ("We introduce CER (Combining Evidence and Reasoning)" coins a
framework, not the character error rate):

* long form and short form found in the lexicon as different entities, and the short
  form's entry has an expansion of its own ("automatic speech recognition" for ASR):
  the paper means the long form, so its uses of the short form become the long form's
  entity. Without an expansion of its own (a lexicon that lists "ViT" and "vision
  transformer" apart), nothing is decided here;
* short form in the lexicon, long form a new name (not a lowercase descriptive
  phrase): the paper defines a new sense; its uses of the short form become the long
  form's entity;
* short form not in the lexicon: the long form's entity if the lexicon knows the long
  form, else the short form's entity, as for any abbreviation pair (see
  :mod:`kg.extract.resolve`), with the long form's type when a naming cue typed it.

Only the paper's own mentions change; no state is shared between papers.
"""

from __future__ import annotations

import re

from kg.extract.abbrev import EXPANSION_FILLERS, find_abbreviation, plausible_expansion
from kg.extract.lexicon import list_only_data_names
from kg.extract.normalize import canonical_label, norm_key
from kg.extract.phrases import head_type
from kg.extract.words import DATA_HEADS

__all__ = ["apply_definitions", "list_only_letters", "plausible_expansion", "reads_as_expansion", "sense_key"]

#: the characters that may close a short form written in parentheses: "(SAM)", "(SAM, ...", "(SAM; ..."
_CLOSERS = frozenset("),;")

#: the types of the data sets a leaderboard list may know by letters a paper defines otherwise
_DATA_TYPES = ("Dataset", "Benchmark")

_EXPANSIONS: dict[int, tuple[dict, dict[str, list[str]]]] = {}


#: words near a pair that say it names data: "the ... (MML) dental CT dataset", "Autism Brain Imaging
#: Data Exchange (ABIDE)", "Automated Cardiac Diagnosis Challenge (ACDC)", "(RPEval), a novel benchmark",
#: "evaluate on the Motion Analysis and Re-identification Set (MARS)"
_DATA_NEAR_PAIR = re.compile(
    r"(?i)data|benchmark|corpus|corpora|challenge\b|trial|initiative|studies|collection|suite|\b(?-i:Sets?)\b"
    r"|(?:evaluat|test)\w*\s+on\b")


def list_only_letters(text: str, kb: str, long_start: int, pair_end: int) -> bool:
    """Whether letters the lexicon knows as data only from a leaderboard list (see
    :func:`kg.extract.lexicon.list_only_data_names`) are this paper's own: no data word in the
    long form, in the 60 characters after the pair or in the 50 before it.

    Such letters are mostly a paper's own technique or task ("dual-prompt guidance (DPG)",
    "Segment-level Consistency Guidance (SCG)", "predicting Cancer Drug Response (CDR)"); the
    long form then types the pair as it would without the lexicon.

    >>> t = "we propose a triple-branch dual-prompt guidance (DPG), which leverages images"
    >>> list_only_letters(t, "DPG", t.index("dual"), t.index(")") + 1)
    True
    >>> t = "evaluated on the Mandibular Molar Landmark (MML) dental CT dataset"
    >>> list_only_letters(t, "MML", t.index("Mand"), t.index(")") + 1)
    False
    """
    if kb not in list_only_data_names():
        return False
    return not _DATA_NEAR_PAIR.search(text, max(0, long_start - 50), pair_end + 60)


def _expansions(aliases: dict[str, str]) -> dict[str, list[str]]:
    """entity id -> the alias keys of its lexicon entry (built once per alias map)."""
    cached = _EXPANSIONS.get(id(aliases))
    if cached is not None and cached[0] is aliases:
        return cached[1]
    by_id: dict[str, list[str]] = {}
    for key, canon in aliases.items():
        by_id.setdefault(norm_key(canon), []).append(key)
    _EXPANSIONS.clear()
    _EXPANSIONS[id(aliases)] = (aliases, by_id)
    return by_id


def sense_key(long_text: str) -> tuple[str, ...]:
    """What a long form means, for comparing spellings: its content words' first four letters.

    >>> sense_key("Automatic Prompt Optimization") == sense_key("automated prompt optimisation")
    True
    >>> sense_key("Text-Attributed Graphs") == sense_key("Tree-Adjoining Grammar")
    False
    """
    words = long_text.lower().replace("-", " ").split()
    return tuple(w[:4] for w in words if w not in EXPANSION_FILLERS)


def reads_as_expansion(long_text: str, short: str) -> bool:
    """:func:`plausible_expansion`, or a long form written as a name: every word but the
    fillers capitalised ("Prompt-guided Disentangled Representation for Action
    Recognition" for ProDA), or the short form's capitals picked out in it ("FLOW
    morphING" for FLOWING, "TAxonomy of COmprehensive Safety" for TACO). Names coined
    for a paper take their letters from anywhere in the words.

    >>> reads_as_expansion("FLOW morphING", "FLOWING"), reads_as_expansion("a celebrated text-based", "BERT")
    (True, False)
    """
    if plausible_expansion(long_text, short):
        return True
    words = [w for w in long_text.split() if w.lower() not in EXPANSION_FILLERS]
    if words and all(w[0].isupper() or w[0].isdigit() for w in words):
        return True
    caps = [c for c in short if c.isupper()]
    if len(caps) < 2:
        return False
    it = iter(c for c in long_text if c.isupper())
    return all(c in it for c in caps)


def _own_expansions(short: str, short_id: str, aliases: dict[str, str] | None, *, loose: bool = False) -> list[str]:
    """The long forms of ``short`` its lexicon entry lists ("text to speech" for TTS).

    ``loose`` also takes a plural short form by its singular ("SSMs": "state space model")
    and one-word expansions ("accuracy" for ACC), spellings of the short form itself aside
    ("FIDs", "ResNet-110"): what :func:`_clearly_another_sense` compares a paper's long
    form with; too loose for the word-for-word comparison of :func:`_another_sense`.
    """
    if not aliases:
        return []
    own = norm_key(short)
    keys = _expansions(aliases).get(short_id, ())
    if not loose:
        return [key.replace("-", " ") for key in keys
                if key != own and "-" in key and find_abbreviation(key.replace("-", " "), short) == 0]
    letters = short[:-1] if len(short) > 2 and short.endswith("s") and not short[-2].islower() else short
    spellings = {own, own + "s", own + "es"}
    return [key.replace("-", " ") for key in keys
            if key.replace("-", "") not in spellings and own not in key.split("-")
            and ("-" in key or len(key) >= len(own) + 3)
            and plausible_expansion(key.replace("-", " "), letters)]


def _clearly_another_sense(long_text: str, short: str, known: list[str]) -> bool:
    """Whether ``long_text`` means something else than every long form ``known`` the lexicon
    lists for ``short``: compared with each, it has a word in place of one of theirs
    ("Semi-supervised learning" for SSL's "self-supervised learning", "Statistical Shape
    Models" for SSM's "state space model", "protein language models" for PLM's "pretrained
    language model", "Sharpness-Aware Minimization" for SAM's "Segment Anything Model").
    A spelling, a word more or a word less keeps the lexicon's meaning: "Visual
    Transformers" for ViT, "Large-scale Language Models" for LLMs, "Multimodal LLMs" for
    MLLMs (an acronym in a long form stands for words it does not spell), "Rotary
    Positional Encoding" for RoPE's "rotary position embedding" (synonyms).

    Words are compared by the first three letters of their keys (:func:`norm_key` joins
    "semi-"/"self-" to their word and spells "auto-encoder" as one), which lets "visual" meet
    "vision" and "adapters" meet "adaptation" but not "semisupervised" meet "selfsupervised".
    """
    own = norm_key(short)
    # spellings and names that contain the short form are no expansions: "tf idf", "bleu score"
    known = [k for k in known if k.replace(" ", "") != own.replace("-", "") and own not in k.split()]
    acronyms = {w.lower().rstrip("s")[:3] for w in long_text.replace("-", " ").split()
                if sum(c.isupper() for c in w) >= 2}
    words = _stems(long_text) - acronyms
    if not known or not words or "\\" in long_text:  # (LaTeX the reader did not decode: unknown words)
        return False
    for k in known:
        theirs = _stems(k)
        extra, missing = words - theirs, theirs - words
        if not (extra and missing) or _SYNONYMS.issuperset(extra | missing):
            return False
    return True


#: word stems that name the same thing in a long form: "positional encoding" and "position
#: embedding", "neural network" and "neural model"
_SYNONYMS = frozenset("enc emb net mod".split())


def _stems(text: str) -> set[str]:
    """The first three letters of each content word of ``text``'s key."""
    return {w[:3] for w in norm_key(text).split("-") if w and w not in EXPANSION_FILLERS}


def _another_sense(long_text: str, known: list[str]) -> bool:
    """Whether ``long_text`` gives a lexicon name a meaning its entry does not list: the
    entry lists long forms ``known``, and none of them means the same ("Masked Action
    Planning" against mAP's "mean average precision")."""
    return bool(known) and sense_key(long_text) not in {sense_key(k) for k in known}


def _is_phrase(source: str, long_text: str) -> bool:
    """A descriptive lowercase phrase ("a segmentation model"), not a name."""
    return source.startswith("phrase") and not long_text[:1].isupper()


#: what may stand between a long form and its bracketed short form: nothing, or a possessive
#: ("the Mask AutoEncoder's (MAE) capability", "Large Reasoning Models' (LRMs) performance")
_POSSESSIVES = frozenset({"", "'s", "’s", "'", "’"})


def _next_to(text: str, a: tuple, b: tuple) -> bool:
    """Whether mention ``b`` is written in parentheses right after mention ``a``: "a (b"."""
    return b[0] > a[1] and text[b[0] - 1] == "(" and not text[a[1]:b[0] - 1].strip()


def _without_prose_long_forms(text: str, final: list[tuple], aliases: dict[str, str] | None) -> list[tuple]:
    """``final`` without the abbreviation long forms of known names that are stretches of prose.

    "outperforms the existing methods in both pixel-level accuracy (mIoU)" made
    "methods in both pixel-level accuracy" a mention of mIoU, and "frontier LLMs
    (LLaMA-3.3-70B-Instruct and GPT-4o)" made the parenthesis a mention of LLM. When
    the short form (in parentheses after the long form, or before it) is a name the
    lexicon knows, the paper is not coining it, so a long form that fails
    :func:`reads_as_expansion` is prose, not a definition. Short forms coined by the
    paper keep any long form the matcher found: their letters come from anywhere.
    """
    drop = None
    for i, m in enumerate(final):
        if m[4] != "abbrev:long":  # (most papers have none: one comparison per mention)
            continue
        if i + 1 < len(final) and _next_to(text, m, final[i + 1]):
            short = final[i + 1]
        elif i > 0 and _next_to(text, final[i - 1], m):
            short = final[i - 1]
        else:
            continue
        short_text = text[short[0]:short[1]]
        known = short[4] == "lexicon" or (aliases is not None and norm_key(short_text) in aliases)
        if short[3] == m[3] and known and not reads_as_expansion(text[m[0]:m[1]], short_text):
            drop = drop or set()
            drop.add(i)
    return final if drop is None else [m for i, m in enumerate(final) if i not in drop]


def apply_definitions(text: str, final: list[tuple], aliases: dict[str, str] | None = None) -> list[tuple]:
    """``final`` mentions ``(start, end, type, entity id, source, label)`` made consistent
    with the definitions ``Long Form (SF)`` written in ``text`` (see the module docstring).

    Examples
    --------
    >>> text = "We propose Foo Bar Net (FBN). FBN wins."
    >>> final = [(11, 22, "Model", "foo-bar-net", "cue:cue_propose", "Foo Bar Net"),
    ...          (24, 27, "Model", "fbn", "abbrev:short", "FBN"), (30, 33, "Model", "fbn", "abbrev:use", "FBN")]
    >>> [m[3] for m in apply_definitions(text, final)]
    ['fbn', 'fbn', 'fbn']
    """
    if "(" not in text:  # (no definition, and no long form next to its short form: _next_to)
        return final
    final = _without_prose_long_forms(text, final, aliases)
    remap: dict[str, tuple[str, str, str]] = {}  # old id -> (type, id, label): every mention of it moves
    # old id -> [(definition start, short form key, (type, id, label))]: only that short form's
    # mentions move, each to the definition before it (the first one for earlier mentions)
    by_short: dict[str, list[tuple[int, str, tuple[str, str, str]]]] = {}
    moved_long: dict[int, tuple[str, str, str]] = {}  # start of a long form -> its own (type, id, label)
    for i in range(1, len(final)):
        s = final[i][0]
        if s == 0 or text[s - 1] != "(":
            continue
        if text[final[i][1]:final[i][1] + 1] not in _CLOSERS:
            continue
        long_m, short_m = final[i - 1], final[i]
        if long_m[0] >= s or text[long_m[1]:s - 1].strip() not in _POSSESSIVES:
            continue
        if short_m[4] == "abbrev:long" and long_m[4] != "abbrev:long":
            long_m, short_m = short_m, long_m  # "SF (Long Form)": the name first, its long form after
        s, e, s_type, s_id, s_src, s_label = short_m
        ls, le, l_type, l_id, l_src, l_label = long_m
        short, long_text = text[s:e], text[ls:le]
        if l_id == s_id:
            # the resolver gave a coined long form the id of a lexicon name it abbreviates to:
            # "Masked Action Planning (MAP)" became mAP, the metric
            # (the long form must put a word of its own in place of one of each expansion the
            # lexicon lists; when the lexicon matched the short form itself, it must also be two
            # words or more, spaced or hyphenated ("Levenberg-Marquardt (LM)"): "Misalignment
            # (MIM)" is no long form)
            # (the expansions the lexicon lists are looked up last: the costliest test, reached by
            # ~1 such definition in 17, 187 in 3,000 abstracts instead of 1,404)
            if (l_src != "lexicon" and not _is_phrase(l_src, long_text)
                    and (s_src.startswith("abbrev") or " " in long_text.strip() or "-" in long_text)
                    and aliases and norm_key(short) in aliases and reads_as_expansion(long_text, short)):
                known = _own_expansions(short, s_id, aliases, loose=True)
            else:
                known = []
            own = None
            if known and _clearly_another_sense(long_text, short, known):
                own = _own_sense(long_text, l_type, l_src.startswith("cue"), aliases)
            elif (s_type in _DATA_TYPES and s_label == short and l_src != "lexicon"
                  and list_only_letters(text, s_label, ls, e + 1)):
                # "Self-sUpervised Direct preference Optimization (SUDO)": letters a leaderboard list
                # alone knows as data, which the long form's head calls a method or a task
                t = head_type(long_text.replace("-", " ").split())
                if t is not None and t not in _DATA_TYPES:
                    own = (t, norm_key(long_text), canonical_label(long_text))
            if own is not None:
                moved_long[ls] = own
                by_short.setdefault(s_id, []).append((s, norm_key(short), own))
            else:  # a definition the lexicon agrees with: uses after it keep the id
                by_short.setdefault(s_id, []).append((s, norm_key(short), (s_type, s_id, s_label)))
            continue
        if find_abbreviation(long_text, short) != 0 and not (
                l_src == "abbrev:long" and s_src == "lexicon" and s_type in _DATA_TYPES
                and l_type not in _DATA_TYPES and list_only_letters(text, s_label, ls, e + 1)):
            continue  # (the resolver's pair of a paper's own sense stands: "Simultaneous speech translation (SST)")
        l_lex = l_src == "lexicon"
        s_known = s_src == "lexicon" or bool(aliases) and norm_key(short) in aliases
        if s_known:
            if not reads_as_expansion(long_text, short):
                continue  # a known name after prose, not a definition (coined names take any letters)
            known = _own_expansions(short, s_id, aliases)
            if l_lex and not known and not (s_type in _DATA_TYPES and l_type not in _DATA_TYPES
                                            and list_only_letters(text, s_label, ls, e + 1)):
                # two lexicon entries for one thing, probably: not decided here (but "Online
                # Action Detection (OAD)" is the task, whatever data set a list calls OAD)
                continue
            if not l_lex and _is_phrase(l_src, long_text):
                continue
            if not l_lex and known and not _another_sense(long_text, known):
                continue  # a spelling of the meaning the lexicon lists
            by_short.setdefault(s_id, []).append((s, norm_key(short), (l_type, l_id, l_label)))
        elif l_lex:
            remap.setdefault(s_id, (l_type, l_id, l_label))
        elif len(short.rstrip("s")) >= 3:
            typed = l_type if l_src.startswith("cue") else s_type
            remap.setdefault(l_id, (typed, s_id, s_label))
            if typed != s_type:
                remap.setdefault(s_id, (typed, s_id, s_label))
        else:
            remap.setdefault(s_id, (l_type, l_id, l_label))
    if not remap and not by_short:
        return final
    if not remap and not moved_long and all(d[2][1] == sid for sid, defs in by_short.items() for d in defs):
        # every definition keeps its short form's id (the usual case: the resolver gave both
        # forms one id): the loop below would leave every mention as it is
        return final
    out = []
    for m in final:
        new = remap.get(m[3])
        defs = by_short.get(m[3])
        if m[0] in moved_long and m[3] not in remap:
            defs, new = None, moved_long[m[0]]
        if defs is not None:
            key = norm_key(text[m[0]:m[1]])
            before = [d for d in defs if d[1] == key and d[0] <= m[0]] or [d for d in defs if d[1] == key][:1]
            if before:
                new = before[-1][2]
                if new[1] == m[3]:
                    new = remap.get(m[3])  # a definition that keeps the id changes nothing
        if new is not None:
            m = (m[0], m[1], new[0], new[1], m[4], new[2])
        out.append(m)
    return out


def _own_sense(long_text: str, l_type: str, typed: bool, aliases: dict[str, str] | None) -> tuple:
    """(type, id, label) of a paper's own meaning of a lexicon acronym: the lexicon's entry for
    the long form when there is one ("Masked Auto-Encoder (MAE)" is the masked autoencoder,
    not the metric), else the long form as a name of its own. The type ``l_type`` the long
    form was given came from the acronym's other meaning unless a naming cue ``typed`` it,
    so the long form's own words type it where they can (:func:`_own_sense_type`)."""
    canon = aliases.get(norm_key(long_text)) if aliases else None
    name = canon or long_text
    t = l_type if typed else _own_sense_type(name) or _own_sense_type(long_text) or l_type
    return t, norm_key(name), canon or canonical_label(long_text)


#: last words of a long form that name data besides DATA_HEADS ("Automated Cardiac Diagnosis Challenge")
_MORE_DATA_LAST = frozenset({"challenge", "data"})


def _own_sense_type(long_text: str) -> str | None:
    """The type a long form's own words give: a head word that types phrases ("rates",
    "learning", "model"), a word naming data, or a name (two or more capitalised words:
    "Levenberg-Marquardt"), which is a method; else None.

    >>> _own_sense_type("Masked Auto-Encoder"), _own_sense_type("Attack Success Rates")
    ('Method', 'Metric')
    >>> _own_sense_type("Automated Cardiac Diagnosis Challenge"), _own_sense_type("pedestrian dead reckoning")
    ('Dataset', None)
    """
    words = long_text.replace("-", " ").split()
    last = words[-1].lower() if words else ""
    t = head_type(words) if words else None
    if t is None and (last in DATA_HEADS or last in _MORE_DATA_LAST):
        t = "Benchmark" if last.startswith("benchmark") else "Dataset"
    if t is None and sum(w[:1].isupper() for w in words if len(w) > 3) >= 2:
        t = "Method"
    return t
