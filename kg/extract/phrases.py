"""Multi-word Task and Method phrases, chunked without a parser.

A phrase is a run of modifier words that ends in a known head word
("text-to-image generation", "low-rank adaptation", "graph neural networks").
:func:`find_phrases` finds every head word with one regular expression, then
walks left over the words before it while they are plausible modifiers: no
stop-word, determiner or cue verb, no clause punctuation, no plural noun, no
adverb. The head word decides the type (``TASK_HEADS`` → Task, ``METHOD_HEADS``
→ Method); "X learning" is a Task when X names a learning setting ("federated",
"continual") and a Method otherwise. Trailing generic words ("tasks",
"models") are left out.

Categories that refine this (issue #3, each a word class in :mod:`kg.extract.words`):

* one-word names: ``SINGLE_TASKS`` ("chunking") and the language-tool nouns
  ``SINGLE_METHODS`` ("parser", "tagger") stand alone; generic ML nouns
  ("classifier", "decoder") do not;
* heads that need a technical modifier (``HEAD_NEEDS_MOD``: "Gaussian process",
  "conditional random field", "gated recurrent unit", not "production process");
  "attention" after an interest adjective ("considerable attention") and a
  training regime before a data noun ("labeled training data") make no phrase;
* a generic head ("model", "strategy") is made specific by a content-noun
  modifier ("dialog model") but not by another generic head ("model training");
* :data:`ARTEFACT_AFTER`: a Task name followed by a built artefact ("question
  answering system") is a Method phrase, which the resolver prefers even over a
  lexicon Task.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

import ahocorasick
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.candidates import Candidate, doc_text, to_spans
from kg.extract.words import (
    AMBIGUOUS_HEADS,
    BAD_MODIFIERS,
    DATA_AFTER_TRAINING,
    GENERIC_WORDS,
    HEAD_NEEDS_MOD,
    INFRASTRUCTURE_NETWORKS,
    INSTITUTIONAL_POLICIES,
    INTEREST_ADJ,
    LEARNING_TASKS,
    RESOLUTION_PROPERTIES,
    METHOD_HEADS,
    STOP_WORDS,
    SINGLE_METHODS,
    SENTENCE_ADVERBS,
    SINGLE_TASKS,
    TASK_HEADS,
    TASK_LEAD_ADJ,
    TRAINING_HEADS,
    VERBS,
)

__all__ = ["find_phrases", "head_type", "PhraseChunker", "DEFAULT_SPANS_KEY", "ARTEFACT_AFTER", "HEADS_TYPED_BY_MODIFIERS"]

DEFAULT_SPANS_KEY = "kg_phrases"

#: heads that type a phrase
_HEADS = {w: "Task" for w in TASK_HEADS | SINGLE_TASKS}  # a one-word task heads a phrase too
_HEADS.update({w: "Method" for w in METHOD_HEADS})
_HEADS["learning"] = "Method"
#: data heads: a phrase only as a Title-Case name ("British National Corpus"), see find_phrases
_TITLE_DATA_HEADS = frozenset("corpus corpora treebank treebanks dataset datasets database dictionary".split())
_HEADS.update({w: "Dataset" for w in _TITLE_DATA_HEADS})
_HEADS.update({w: "Metric" for w in """score scores measure measures metric metrics index error ratio
coefficient correlation correlations divergence rate rates""".split()})
_GENERIC_METRIC_MODS = frozenset(
    """evaluation automatic standard different various multiple several common new existing
    quality performance final overall total average relative absolute high low higher lower
    similarity matching our their human baseline public refined single expanded broader
    automated standardized spurious observed labeled local global reported avg learned quantitative
    qualitative objective subjective statistical""".split()
)
#: the correlations and divergences that are measures ("Pearson correlation", "KL divergence")
_NAMED_STATISTICS = frozenset(
    """pearson pearson's spearman spearman's kendall kendall's rank intraclass intra-class matthews
    canonical kl kullback-leibler js jensen-shannon jsd renyi rényi bregman wasserstein""".split()
)
#: scores a model computes along the way, not measures of how well it does
_QUANTITY_SCORES = frozenset(
    """attention confidence importance relevance saliency salience novelty credibility scalar
    concrete unconditional conditional priority logit risk anomaly""".split()
)
#: what "measures" are taken for, not measured: "safety measures", "mitigation measures", "counter measures"
_ACTION_MEASURES = frozenset(
    """safety security mitigation counter proactive prevention preventive protection protective conservation
    defensive defense defence precautionary privacy control remedial corrective""".split()
)
# heads that are Task-like but also Method-like: decided by modifiers below
_HEAD_RX = re.compile(
    r"(?<![\w\-])(?P<head>" + "|".join(sorted((re.escape(w) for w in _HEADS), key=len, reverse=True))
    + r")(?![\w\-])",
    re.IGNORECASE,
)
# a modifier word: letters (with hyphens/digits inside) — not a bare number
_MOD_OK = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|\d+D|\d+-[A-Za-z][\w-]*")
_ING_OK = frozenset(
    """learning reasoning sampling matching ranking embedding pooling boosting tracking parsing
    labeling labelling clustering scaling hashing encoding decoding modeling modelling
    understanding answering captioning grounding editing rendering retrieval-augmented
    reinforcement planning filtering forecasting spiking gating routing streaming sliding""".split()
)
_PLURAL_OK = frozenset(
    """analysis basis physics robotics graphics mathematics statistics dynamics economics
    linguistics semantics genomics acoustics kinematics ethics optics diffusion class
    less loss process progress access cross mass gas bias lens express ss us is news
    vs gaussian series species""".split()
)
_MAX_MODS = 4

#: the last words _SUBJECT_OR_MODAL_BEFORE can end on besides "-ly" adverbs (a set look-up first)
_BEFORE_A_VERB = frozenset(
    """we We they They can could may might will would should must shall cannot to To also further then
    first not still now even often have has had""".split()
)
#: the auxiliaries of a perfect tense: an "-ed" word right after one is a participle, the verb of the
#: clause ("Recent work has explored multi-agent frameworks", "diffusion models have transformed
#: image generation"), never a modifier of the phrase after it
_PERFECT_AUXILIARIES = frozenset(("have", "has", "had"))

#: Title-Case adjectives that make a compound with the next word ("High Quality", "Long Context")
_TITLE_COMPOUND_ADJ = re.compile(r"(?<![\w\-])(High|Low|Long|Short|Open|Small|Real) $")

#: words whose "to" opens an infinitive ("aim to", "designed to", "allows us to"), where
#: "compared to", "applied to", "due to" open a noun phrase
_TAKES_AN_INFINITIVE = frozenset(
    """aim aims aimed aiming used designed able unable us order fail fails failed failing
    seek seeks seeking tend tends try tries trying attempt attempts attempting need needs want
    wants learn learns learning ability how continue continues known begin begins strive strives
    intended managed struggle struggles struggled struggling propose proposes proposed is was difficult
    hard easy easier efforts effort introduced leveraged employed utilized utilised developed trained
    prompted taught encouraged required needed sought challenging""".split()
)

#: a subject pronoun or a modal right before a phrase (adverbs between): the phrase's first
#: word is the verb ("we discuss data strategies", "which can impair learning"; not in a
#: question: "how can neural network-based models ...")
_SUBJECT_OR_MODAL_BEFORE = re.compile(
    r"(?<![\w\-])(?:[Ww]e|[Tt]hey|(?<!how )(?<!why )(?<!what )(?:can|could|may|might|will|would|should|must|shall|cannot)"
    r"|(?:" + "|".join(sorted(_TAKES_AN_INFINITIVE)) + r") to)"
    r"(?: (?:also|further|then|first|not|still|now|even|often|(?!(?:ap|re|sup|multi|com)ply )[a-z]{3,}ly))* $"
)
_COUNT_WORDS = frozenset("hundred thousand million billion trillion".split())

#: "-ly" words that are no manner adverbs: verbs, nouns, adjectives, and adverbs that focus on
#: the phrase after them ("particularly diffusion models", "purely synthetic training")
_NOT_MANNER_LY = frozenset(
    """apply reply supply multiply comply anomaly family assembly italy costly elderly timely
    monthly daily weekly yearly hourly friendly early likely unlikely only holy jelly rally ally
    particularly especially specifically namely mainly primarily mostly possibly predominantly
    exclusively purely solely largely partly nearly roughly approximately merely fully partially
    weakly strongly entirely massively highly""".split()
)
#: the endings of adjectives and participles that a manner adverb modifies ("computationally
#: expensive", "semantically grounded", "physically plausible", "temporally coherent")
_ADJECTIVE_ENDS = ("ed", "al", "ic", "ive", "able", "ible", "ent", "ant", "ous", "ful", "less", "ar", "ary",
                   "ile", "ate", "ory", "ish", "wise", "en", "est", "some")
#: adjectives without such an ending ("highly sparse models", "strictly proper scores")
_PLAIN_ADJECTIVES = frozenset(
    """sparse dense coarse fine narrow broad wide rigid convex nonconvex random uniform proper secure sound
    robust smooth simple complex discrete verbose abstract explicit implicit direct indirect accurate
    precise compact concise diverse rare common rich poor scarce cheap expensive intensive strong weak
    hard soft light heavy free safe open clean real global local full whole deep shallow large small
    aware unaware inverse reverse dynamic static linear nonlinear modular minimal optimal
    multimodal multilingual unseen""".split()
)
#: nouns that are verbs after a plural subject ("methods face", "biases impact", "tasks span")
_NOUN_VERBS = frozenset(
    """face risk impact affect influence shape span highlight benefit demand mirror underpin match
    answer""".split()
)
#: gerunds that are verbs, not name parts, after :data:`_GERUND_TAKERS` with an object after them
_VERB_GERUNDS = frozenset("learning scaling understanding modeling modelling".split())
#: prepositions and verbs whose object is a gerund clause ("by learning X", "we propose modeling X")
_GERUND_TAKERS = frozenset(
    """by for when while through via without of in on propose proposes proposing consider considers
    considering explore explores exploring investigate investigates""".split()
)
#: the words after "learning" or "scaling" that make a compound with it ("learning rate", "scaling law")
_GERUND_COMPOUND_NEXT = frozenset("rate rates curve curves law laws factor factors".split())
#: gerunds that are adjectives after an adverb ("a fully spiking network")
_ADJECTIVE_GERUNDS = frozenset("spiking streaming sliding gating routing".split())
# every word; head words are picked by a set look-up (faster than a big alternation)
_WORD_RX = re.compile(r"(?<![\w\-])[A-Za-z][a-z\-]*[a-z](?![\w\-])")
_LOWER_WORD = frozenset("abcdefghijklmnopqrstuvwxyz-")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _head_automaton() -> "ahocorasick.Automaton":
    auto = ahocorasick.Automaton()
    for w in _HEADS:
        auto.add_word(w, len(w))
    auto.make_automaton()
    return auto


_HEAD_AUTO = _head_automaton()


def _head_words(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every :data:`_WORD_RX` match that is a head word, in text order.

    One Aho-Corasick pass over the lowercased text finds the head words; a hit
    counts when it is a whole :data:`_WORD_RX` word (an ASCII letter, then lowercase
    letters or hyphens, not touching a word character or hyphen on either side).
    """
    low = text.lower()
    if len(low) != len(text):  # a character whose lowercase is longer: offsets would shift
        return [(m.start(), m.end()) for m in _WORD_RX.finditer(text) if m.group().lower() in _HEADS]
    out = []
    for last, n in _HEAD_AUTO.iter(low):
        start = last + 1 - n
        if is_head_word_at(text, start, last + 1):
            out.append((start, last + 1))
    return out


def is_head_word_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole :data:`_WORD_RX` word (an ASCII letter, then
    lowercase letters or hyphens, not touching a word character or hyphen on either side)."""
    if start > 0:
        ch = text[start - 1]
        if ch.isalnum() or ch in "_-":
            return False
    if end < len(text):
        ch = text[end]
        if ch.isalnum() or ch in "_-":
            return False
    return text[start] in _ASCII_LETTERS and _LOWER_WORD.issuperset(text[start + 1:end])
_GENERIC_AFTER = re.compile(
    r"\s(system|systems|model|models|algorithm|algorithms|technique|techniques|method|methods|approach|"
    r"approaches|architecture|architectures|framework|frameworks|mechanism|mechanisms|module|modules|"
    r"engine|engines|procedure|procedures|network|networks|component|components|tool|toolkit|pipeline|"
    r"strategy|strategies|scheme|schemes|classifier|classifiers|parser|parsers|tagger|taggers|detector|"
    r"detectors|recognizer|recognizers|estimator|estimators|decoder|decoders|encoder|encoders)(?![\w\-])"
)
#: a network's parts and its losses after a Task phrase: "the texture estimation branch", "a
#: frequency compression block", "a denoising loss" name a Method (a Method phrase keeps its own
#: head: "Hierarchical Transformer blocks" stays a mention of the Transformer kind)
_PART_AFTER = re.compile(r"\s(head|heads|branch|branches|block|blocks|loss|losses)(?![\w\-])")
#: built artefacts after a Task name: "question answering system", "information extraction
#: pipeline" name a Method even when the Task is a lexicon name ("gait recognition methods"
#: does not: the lexicon Task stays); so do a network's parts and its losses ("a semantic
#: segmentation head", "the image generation branch", "a style transfer loss")
ARTEFACT_AFTER = re.compile(
    r"\s(system|systems|engine|engines|toolkit|toolkits|tool|tools|pipeline|pipelines|component|components|"
    r"module|modules|head|heads|branch|branches|block|blocks|loss|losses)(?![\w\-])"
)
#: what a task outputs, after a task phrase: "segmentation masks", "coarse segmentation maps",
#: "localization maps" name the output, not the task (a lexicon name stays a Task; "grounding
#: annotations", "segmentation labels" are data made for the task, which they name)
_PRODUCT_AFTER = re.compile(r"\s(?:masks?|maps?|boxes)(?![\w\-])")
#: the task heads whose output those are ("urban planning maps" are maps made for planning)
_PRODUCT_HEADS = frozenset("segmentation localization detection parsing prediction estimation".split())
_NOT_AFTER_TASK: frozenset = frozenset()
# a Task phrase keeps its own head noun: "text classification problems", "NER task"
_TASK_AFTER = re.compile(r"\s(task|tasks|problem|problems)(?![\w\-])")
# metric phrases: "quality measure", "speech intelligibility index", "detection error"
_METRIC_HEADS = frozenset(
    """score scores measure measures metric metrics index error errors ratio coefficient
    complexity correlation correlations divergence""".split()
)
_RATE_MODS = frozenset(
    """error success win pass recognition detection acceptance rejection hit miss accuracy
    attack positive negative retrieval""".split()
)


_NEXT_WORD = re.compile(r" ([a-z]+)")
# "high-precision 3D reconstruction", "low-latency tracking": a quality, not part of the task
_HIGH_LOW = re.compile(r"(?:[Hh]igh|[Ll]ow|[Hh]igher|[Ll]ower)-[a-z]+$")


def _next_word(text: str, end: int) -> str:
    """The lowercase word right after ``end`` (one space), or ``""``."""
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


def _with_title_compound(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """The start and words of a Title-Case phrase whose first word is the second half of a
    compound adjective the walk cut ("High Quality", "Long Context", "Open Vocabulary").

    The walk stops at "High" or "Long" (no modifiers on their own) and left "Quality UHD
    Restoration", "Context Image Modeling". A compound that is a quality of the task, as
    its hyphenated spelling in TASK_LEAD_ADJ says ("high-quality", "real-time"), goes
    whole ("Real Time Weed Detection" -> "Weed Detection"); any other is part of the name
    ("Long Context Image Modeling", "Open Vocabulary Scene Segmentation").
    """
    m = _TITLE_COMPOUND_ADJ.search(text, max(0, start - 7), start)
    if m is None or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return start, words
    if f"{m.group(1)}-{words[0]}".lower() in TASK_LEAD_ADJ:
        return text.index(words[1], start + len(words[0])), words[1:]
    return m.start(1), [m.group(1), *words]


def _opens_on_a_verb(text: str, start: int, first: str, stop: str) -> bool:
    """Whether the phrase from ``start`` opens on a verb: after "we" or a modal (``stop``: the
    word the walk stopped at, right before ``start``).

    The walk left from a head stops at the subject or the modal but keeps the verb between,
    which no word list holds ("we reformulate image segmentation", "they can impair
    learning"); a capitalised first word stays (a name: "we LoRA-tune"). After "have", "has"
    or "had" an "-ed" word is the verb ("Recent work has explored ..."): a possessive "have"
    before an "-ed" modifier ("we have labeled data") would read so too, but none of the ~70
    such phrases in 15,000 arXiv abstracts was one.
    """
    if not first.islower():
        return False
    if not stop.isalpha():
        stop = stop.rsplit(None, 1)[-1] if stop.strip() else ""  # ("Networks\n\nWe pose ...")
    if stop not in _BEFORE_A_VERB and not stop.endswith("ly"):
        return False  # (most phrases: no regex search)
    if stop in _PERFECT_AUXILIARIES:
        return first.endswith("ed") and first.isalpha()
    if _SUBJECT_OR_MODAL_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    if stop == "to" or stop == "To":
        return _infinitive_verb_after_to(text, start, first, stop)
    return _is_manner_adverb(stop) and (_reads_as_verb(first) or _reads_as_adjective(first))


#: words after which "to" is a preposition with a noun phrase for its object ("compared to", "due
#: to", "leads to", "an alternative to", "extends to", "relevant to"): the phrase after them opens on
#: a modifier even when it looks like a verb ("applied to scene text segmentation")
_TO_TAKES_A_NOUN = frozenset(
    """compared compare compares comparing comparison comparisons comparable due lead leads leading led
    apply applies applying applied application applications alternative alternatives approach approaches
    limited limit limits restricted related relation relating prior extend extends extended extending
    extension extensible contribute contributes contributed contributing contribution contributions
    relevant irrelevant adapt adapts adapted adapting adaptation adaptability respect contrast analogous
    similar similarly superior inferior conducive tailored applicable confined pertaining according close
    closer up back turn turns turned access transfer transfers transferred transferring input inputs link
    links exposure exposed attention equivalent akin robust robustness sensitive sensitivity resistant
    resistance prone susceptible vulnerable generalize generalizes generalized generalization scale scales
    scaled scaling scalable adherence contrary owing thanks addition add adds added adding proportional
    refer refers referred belong belongs specific unique native central crucial critical key essential
    fundamental important vital solution solutions answer path pathway gateway introduction invariant
    invariance connected connection connections map maps mapped mapping convert converts converted
    conversion translate translates translated translating fed feed fit fits adjacent opposed opposite
    subject subjected assigned attributed attributable attributes respond responds response responses
    only tied dedicated devoted corresponding agnostic inherent limitations challenges effectiveness
    results defer moved shifted reduced increased applicability extensions migrate migrated relevance
    stability""".split()
)
#: verbs and nouns whose object sits between them and their "to" ("extend the method to ...", "the
#: application of MMD to ...", "transfer effectively to ..."): any of them in the clause before the
#: "to" makes it a preposition
_TO_FAR_GOVERNORS = frozenset(
    """apply applies applying applied application applications extend extends extended extending
    extension transfer transfers transferred transferring map maps mapped mapping adapt adapts adapted
    adapting adaptation relate relates related relating relation compare compares compared comparing
    comparison generalize generalizes generalization tailor tailors tailored tailoring restrict restricts
    restricted restricting limit limits limiting assign assigns assigned assigning attribute attributes
    attributed link links linked linking connect connects connected connecting expose exposes exposed
    bring brings brought from""".split()
)
#: noun endings: a word with one is the phrase's first modifier, no verb ("to segmentation accuracy",
#: "to membership inference", "to temperature sampling", "to hyperparameter tuning")
_NOUN_ENDS = ("tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ure", "ism", "ogy", "phy",
              "ics", "ist", "age", "ery", "ward", "time", "er", "or", "ogue", "ant", "ent")
#: verbs shaped as nouns: a noun ending, an "-ss", or a generic noun too ("to deliver top-tier rendering",
#: "to trigger hierarchical modeling", "to bypass safety mechanisms", "to model error propagation",
#: "to derive reliable reasoning paths": "-ive" reads as an adjective)
_VERBS_SHAPED_AS_NOUNS = frozenset(
    """deliver gather trigger bolster render answer filter cluster discover master counter foster hinder
    monitor mirror tailor engineer steer alter lower empower offer order register weather measure capture
    ensure secure balance enhance advance influence implement augment complement supplement prevent
    represent invent circumvent assist resist persist exist reward forward query condition partition
    position model test update bypass possess compress discuss express control derive receive perceive
    drive strive thrive deprive revive""".split()
)
#: nouns and adjectives in "-ate" or "-est", which :func:`_reads_as_verb` reads as adjectives and an
#: infinitive's verb ends in as often ("to update", "to test", "to estimate")
_NOT_VERBS_AFTER_TO = frozenset(
    """state rate template candidate intermediate private accurate adequate ultimate appropriate climate
    substrate gate plate late delicate corporate immediate moderate forest interest best latest""".split()
)
#: how far before a "to" its governor is looked for ("the application of the method to ...")
_TO_LOOK_BACK = 60


def _infinitive_verb_after_to(text: str, start: int, first: str, stop: str) -> bool:
    """Whether ``first``, the first word of a phrase right after "to" (``stop``), is the verb of an
    infinitive: "a technique to elucidate model decisions", "masks to constrain feature
    aggregation", "(VTC) to balance attention", "To test model robustness, ...".

    No word list tells a verb from a noun modifier ("to test model ..." and "applied to test-time
    adaptation"), so both the "to" and the word must agree. The "to" is infinitive unless the
    word before it takes "to" and a noun (:data:`_TO_TAKES_A_NOUN`: "compared to", "an
    alternative to") or a word of :data:`_TO_FAR_GOVERNORS` comes before it in the clause
    ("extend the method to", "from X to Y"); a sentence's first "To" always is. The word must
    be :func:`_base_verb_shaped`. Measured on 15,000 arXiv abstracts: ~150 phrases lose their
    verb, ~97% rightly.

    >>> t = "We use masks to constrain feature aggregation."
    >>> _infinitive_verb_after_to(t, t.index("constrain"), "constrain", "to")
    True
    >>> t = "We extend it to scene text segmentation."
    >>> _infinitive_verb_after_to(t, t.index("scene"), "scene", "to")
    False
    """
    if not _base_verb_shaped(first):
        return False
    if stop == "To":
        return True
    before = text[max(0, start - 4 - _TO_LOOK_BACK):start - 4]
    last = before.rsplit(None, 1)
    if not last or last[-1].strip(",;:()\"'").lower() in _TO_TAKES_A_NOUN:
        return False
    clause = before[max(before.rfind(". "), before.rfind(", "), before.rfind("; ")) + 1:]
    return _TO_FAR_GOVERNORS.isdisjoint(clause.lower().split())


def _base_verb_shaped(word: str) -> bool:
    """Whether ``word`` may be a verb's base form, the only form an infinitive takes: it reads as
    a verb (:func:`_reads_as_verb`, where "-ate" and "-est" count as verb endings: "to update",
    "to test"), has no "-s", "-ed" or "-ing" and no noun ending (:data:`_NOUN_ENDS`), and is no
    generic noun or head word ("image", "text", "segmentation"); the verbs shaped as nouns are
    listed (:data:`_VERBS_SHAPED_AS_NOUNS`: "measure", "balance", "model").

    >>> _base_verb_shaped("constrain"), _base_verb_shaped("update"), _base_verb_shaped("temperature"), _base_verb_shaped("image")
    (True, True, False, False)
    """
    if word in _VERBS_SHAPED_AS_NOUNS:
        return True
    stem = word[:-3] if word.endswith(("ate", "est")) else word
    return (not word.endswith(("s", "ed", "ing", "ly")) and _reads_as_verb(stem) and not word.endswith(_NOUN_ENDS)
            and word not in _PLAIN_ADJECTIVES and word not in _NOT_VERBS_AFTER_TO and word not in GENERIC_WORDS
            and word not in _HEADS)


#: verb endings: "-ize", "-ise", "-ify", "-yze", "-yse" ("internalize", "summarise", "rectify", "analyze")
_VERB_ENDS = ("ize", "ise", "ify", "yze", "yse")
#: nouns and adjectives with a verb ending ("noise", "pairwise", "concise", "batchsize", "premise")
_NOT_VERB_ENDS = ("wise", "size", "noise", "cise")
_ARTICLES = frozenset(("the", "The", "a", "A", "an", "An"))
_NOT_VERBS_BY_END = frozenset(
    """promise premise exercise expertise otherwise surprise enterprise franchise merchandise
    disguise guise cruise paradise compromise poise turquoise""".split())


def _verb_shaped(word: str) -> bool:
    """Whether ``word``, a phrase's first word, is a verb by its ending: lowercase letters ending in
    -ize, -ise, -ify, -yze or -yse ("to [internalize] structured reasoning", "to [initialize]
    geometric object models", "and [minimize] memory"). Such a word never modifies a noun (the
    participles "-ized", "-ified" do, and stay); the nouns and adjectives that end so are listed.

    >>> _verb_shaped("internalize"), _verb_shaped("rectify"), _verb_shaped("noise"), _verb_shaped("pairwise")
    (True, True, False, False)
    """
    return (word.endswith(_VERB_ENDS) and word.isalpha() and word.islower() and not word.endswith(_NOT_VERB_ENDS)
            and word not in _NOT_VERBS_BY_END)


#: words that make "potential" a term ("artificial potential fields", "potential outcome model",
#: "potential function", "potential energy", "potential game"); elsewhere, as a phrase's first word,
#: it hedges ("potential mitigation strategies", "potential compression")
_POTENTIAL_TERMS = frozenset("field fields outcome outcomes function functions energy game games flow flows".split())
#: heads whose object "future" names: "future prediction", "future generation" (of frames or scenes)
_FUTURE_OBJECT_HEADS = frozenset("prediction predictions generation forecasting synthesis".split())


def _future_is_when(words: list[str]) -> bool:
    """Whether "future", a phrase's first word, says when the rest comes ("future cross-modal
    representation learning", "future language models", "future hate speech detection"), not what
    is predicted or generated: before one of :data:`_FUTURE_OBJECT_HEADS` it is the object
    ("future prediction", "future frame prediction", "future scene generation"), and stays.

    >>> _future_is_when(["future", "language", "models"]), _future_is_when(["future", "frame", "prediction"])
    (True, False)
    """
    return words[-1].lower() not in _FUTURE_OBJECT_HEADS


def _is_manner_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb that says how something is done ("dynamically",
    "adversely", "explicitly"): the word it modifies is a verb or an adjective, never a noun
    modifier. Focusing adverbs ("particularly diffusion models") and "-ly" words that are no
    adverbs ("apply", "anomaly", "costly", "decoder-only") do not count.
    """
    return (len(word) > 4 and word.isalpha() and word.islower() and word not in _NOT_MANNER_LY
            and word not in SENTENCE_ADVERBS)


def _reads_as_verb(word: str) -> bool:
    """Whether ``word``, right after a manner adverb, is the verb it modifies: "dynamically
    balance loss terms", "adversely affect model training", "explicitly modeling reasoning".

    No POS tagger tells, so the word's shape does: a gerund, or a lowercase word with no
    adjective ending and not one of the plain adjectives ("computationally expensive
    pretraining", "fully connected layer", "inherently sparse attention" keep theirs).
    """
    if not word.isalpha() or not word.islower() or word in _PLAIN_ADJECTIVES:
        return False
    if word.endswith("ing"):
        return word not in _ADJECTIVE_GERUNDS
    if word.endswith("y"):
        return word.endswith(("fy", "ply", "loy"))  # "verify", "apply", "deploy"; not "noisy", "lengthy"
    return not word.endswith(_ADJECTIVE_ENDS)


def _reads_as_adjective(word: str) -> bool:
    """Whether ``word``, right after a manner adverb, is the adjective or participle it modifies:
    "computationally expensive auxiliary models", "widely adopted attention mechanisms",
    "publicly available medical segmentation datasets", "temporally coherent video generation".
    The adverb and its word say how the thing is, not what it is (the terms in
    :data:`_ADVERB_TERMS` never get here: the walk takes their adverb).
    """
    return word.isalpha() and word.islower() and (word in _PLAIN_ADJECTIVES or word.endswith(_ADJECTIVE_ENDS))


def _verb_of_a_plural_subject(words: list[str], stop: str) -> int:
    """How many leading words to cut because one of them is a :data:`_NOUN_VERBS` verb after a
    plural subject: "(existing methods) face generalization challenges", "dataset characteristics
    impact PD classification", "(these findings) highlight attention"; 0 when none is.

    The subject is the word before the verb: ``stop`` (the word the walk stopped at) for the
    first word (empty when words were cut after the walk), else the phrase's word before it. A
    verb of its own ("improves face recognition") is no plural subject.
    """
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _NOUN_VERBS:
            subject = words[i - 1] if i else stop
            if (len(subject) > 3 and subject.endswith("s") and subject.islower()
                    and not subject.endswith(("ss", "us", "is", "sses"))  # ("bypasses", "processes": verbs too)
                    and subject not in VERBS and subject not in BAD_MODIFIERS
                    and not subject.endswith(("izes", "ises", "ifies", "ates"))):
                return i + 1
    return 0


def _takes_a_gerund(stop: str, second: str) -> bool:
    """Whether a :data:`_VERB_GERUNDS` word after ``stop`` (the word the walk stopped at) is a
    verb with the rest of the phrase its object: "by learning robust sensor embeddings", "we
    propose modeling forged image detection", "for scaling reinforcement learning"; not the
    compounds "learning rate schedules", "scaling laws" (``second``: the word after it).
    """
    return stop.lower() in _GERUND_TAKERS and second.lower() not in _GERUND_COMPOUND_NEXT


def _is_plural_noun(w: str) -> bool:
    lw = w.lower()
    if not lw.endswith("s") or len(lw) <= 3 or lw in _PLURAL_OK:
        return False
    if lw.endswith(("ss", "us", "is", "ics", "ous", "sis")):
        return False
    return w.islower()


#: word -> :func:`_stops_phrase` of it, read by the walk of :func:`find_phrases` with one
#: ``dict.get`` (cheaper than a call of an ``lru_cache``: ~30 words per abstract); emptied when
#: it holds more than :data:`_STOPS_SIZE` words
_STOPS: dict[str, bool] = {}
_STOPS_SIZE = 100_000
#: adverbs that are part of a term before these words, no manner adverbs: "fully connected layer",
#: "fully convolutional network", "weakly supervised segmentation" (not "supervised segmentation":
#: the adverb turns the setting round), "differentially private synthesis"
_ADVERB_TERMS = {
    adverb: frozenset(w for term in terms.split() for w in (term, term.capitalize()))
    for adverb, terms in {
        "fully": "connected convolutional supervised unsupervised",
        "weakly": "supervised",
        "differentially": "private",
        "doubly": "stochastic",
        "densely": "connected",
        "locally": "linear",
        "sparsely": "gated activated",
    }.items()
}
_ADVERB_TERMS.update({adverb.capitalize(): terms for adverb, terms in _ADVERB_TERMS.items()})


def _stops_phrase(w: str) -> bool:
    """Whether the word ``w`` cannot be a modifier, so the walk left from a head stops at it.

    Not a modifier: no :data:`_MOD_OK` shape (a bare number, punctuation), a stop-word,
    bad modifier or verb, an adverb ("-ly"), a plural noun, a single letter. Depends on
    the word alone, so it is remembered in :data:`_STOPS` (abstracts repeat their words).

    >>> [_stops_phrase(w) for w in ["neural", "the", "models", "recently", "3D", "x", "(a)", "13-billion"]]
    [False, True, True, True, False, True, True, True]
    """
    got = _STOPS.get(w)
    if got is None:
        if len(_STOPS) >= _STOPS_SIZE:
            _STOPS.clear()
        got = _STOPS[w] = _word_stops_phrase(w)
    return got


def _word_stops_phrase(w: str) -> bool:
    """:func:`_stops_phrase`, computed."""
    if not _MOD_OK.fullmatch(w):
        return True
    lw = w.lower()
    if lw in STOP_WORDS or lw in BAD_MODIFIERS or lw in VERBS:
        return True
    if "-" in lw and lw.rsplit("-", 1)[1] in _COUNT_WORDS:  # "13-billion parameter model": a size, no name
        return True
    return (lw.endswith("ly") and len(lw) > 4) or _is_plural_noun(w) or (len(w) == 1 and not w.isdigit())


#: the Task/Method heads whose type the modifiers decide (see head_type)
#: what "X loss" loses when it is no loss function ("information loss", not "contrastive loss")
_LOST_THINGS = frozenset(
    """information performance accuracy precision quality detail details data packet packets energy
    heat signal utility knowledge context capacity revenue hearing vision memory resolution
    efficiency power path transmission coverage privacy""".split()
)
_TYPED_BY_MODIFIERS = frozenset({"learning", "adaptation", "search", "retrieval", "inference"})
#: (public: the resolver asks whether a Task phrase's type came from its modifiers)
HEADS_TYPED_BY_MODIFIERS = _TYPED_BY_MODIFIERS
#: the non-Metric heads whose type head_type decides from more than the head itself (the rest
#: take their :data:`_HEADS` type)
_HEADS_READING_MODIFIERS = _TYPED_BY_MODIFIERS | {"loss", "losses"}


def head_type(words: list[str]) -> str | None:
    """The type of a phrase from its head (last word) and modifiers, or None.

    Examples
    --------
    >>> head_type(["federated", "learning"]), head_type(["contrastive", "learning"])
    ('Task', 'Method')
    >>> head_type(["text-to-image", "generation"]), head_type(["graph", "neural", "networks"])
    ('Task', 'Method')
    """
    if not words:
        return None
    head = words[-1].lower()
    t = _HEADS.get(head)
    if t is None:
        return None
    if (head in ("loss", "losses") and words[-1].islower() and len(words) > 1 and words[-2].lower() in _LOST_THINGS
            and (len(words) < 3 or words[-3].lower() != "mutual")):
        return None  # "information loss", "packet loss": something lost, not a loss function ("Fidelity Loss")
    if t != "Metric" and head not in _TYPED_BY_MODIFIERS:
        return t  # (the modifiers are not read: most phrases)
    mods = [w.lower() for w in words[:-1]]
    if t == "Metric":
        if not mods or all(m in _GENERIC_METRIC_MODS for m in mods):
            return None
        if head in ("metric", "metrics"):
            return "Metric" if words[-1][:1].isupper() else None  # "fairness metrics": a kind; "Initial Guessing Metric": a name
        if head in ("rate", "rates"):
            return "Metric" if mods and mods[-1] in _RATE_MODS else None
        if head in ("correlation", "correlations", "divergence"):
            return "Metric" if any(m in _NAMED_STATISTICS for m in mods) else None  # not "spatial correlations"
        if head in ("score", "scores") and mods[-1] in _QUANTITY_SCORES:
            return None  # "attention scores", "confidence scores": what a model computes, not a measure of it
        if head in ("measure", "measures") and mods[-1] in _ACTION_MEASURES:
            return None  # "safety measures", "mitigation measures": steps taken, not quantities measured
        if head in ("index", "complexity", "ratio", "coefficient"):
            return "Metric" if len(mods) >= 1 else None
        return "Metric"
    if head == "learning":
        if any(m in LEARNING_TASKS for m in mods):
            return "Task"
        if len(mods) >= 2 and " ".join(mods[-2:]) in LEARNING_TASKS:
            return "Task"
        return "Method"
    if head in ("adaptation",):
        return "Task" if mods and mods[-1] in ("domain", "test-time", "unsupervised", "cross-domain") else "Method"
    if head in ("search",):
        return "Method"
    if head == "retrieval" and mods and mods[-1] in ("dense", "sparse"):
        return "Method"
    if head == "inference" and mods and mods[-1] in ("variational", "bayesian", "causal"):
        return "Method"
    return t


#: a Candidate built by tuple.__new__ in C, without the Python-level ``__new__`` of a NamedTuple
#: (~65 ns per phrase); the fields in order, ``kb_id`` included
_new_candidate = partial(tuple.__new__, Candidate)

#: the characters that open a quote or parenthesis before a modifier (a set: "" is no member)
_OPENERS = frozenset("(\"'“")

#: the heads with a rule of their own in :func:`_breaks_a_head_rule` (one set test for the rest)
_HEADS_WITH_RULES = frozenset(
    {"stemming", "generation", "attention", "policy", "policies", "network", "networks", "resolution"}
    | set(HEAD_NEEDS_MOD) | set(TRAINING_HEADS)
)

#: head -> type, for the Task/Method/Dataset heads whose type the modifiers do not change
#: (:func:`head_type` decides the others: Metric heads and :data:`_HEADS_READING_MODIFIERS`)
_PLAIN_TYPES = {h: t for h, t in _HEADS.items() if t != "Metric" and h not in _HEADS_READING_MODIFIERS}


@lru_cache(maxsize=100_000)
def _leads_a_task(word: str) -> bool:
    """Whether ``word`` is a quality a Task phrase is cut from ("real-time", "high-precision"):
    it depends on the word alone, so it is cached."""
    return word.lower() in TASK_LEAD_ADJ or _HIGH_LOW.match(word) is not None


def _breaks_a_head_rule(text: str, hl: str, he: int, words: list[str], stop: str = "") -> bool:
    """Whether a phrase of two or more ``words`` ending in the head ``hl`` (ending at ``he``)
    is no phrase by a rule of its head (the heads of :data:`_HEADS_WITH_RULES`; ``stop``: the
    word the walk stopped at, before the phrase)."""
    if hl == "stemming" and text.startswith(" from ", he):
        return True  # "errors stemming from noise": a verb, not the NLP task
    if hl == "generation" and words[-2].lower() == "next":
        return True  # "the next generation of LLMs": a time, not a generation task
    if hl == "attention" and (stop.lower() in INTEREST_ADJ or any(w.lower() in INTEREST_ADJ for w in words[:-1])):
        return True  # "considerable attention", "little systematic attention": interest, not a mechanism
    if hl in HEAD_NEEDS_MOD and words[-2].lower() not in HEAD_NEEDS_MOD[hl] and not all(
            w[:1].isupper() for w in words):
        return True  # "production process", "propositional units": plain nouns (a Title-Case name stays)
    if hl in ("policy", "policies") and words[-2].lower() in INSTITUTIONAL_POLICIES:
        return True  # "privacy policies", "fiscal policy": rules of an institution, no agent's policy
    if hl in ("network", "networks") and words[-2].lower() in INFRASTRUCTURE_NETWORKS:
        return True  # "wireless networks", "social networks": roads, radios or people, no neural network
    if hl == "resolution" and words[-2].lower().rsplit("-", 1)[-1] in RESOLUTION_PROPERTIES:
        return True  # "temporal resolution", "spatial-spectral resolution": a property
    if hl in TRAINING_HEADS and _next_word(text, he) in DATA_AFTER_TRAINING:
        return True  # "labeled training data": the regime names the data
    return False


def find_phrases(text: str, heads: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Task and Method noun phrases in ``text``, as candidates.

    ``heads``: :func:`_head_words` of ``text``, when the caller has it (the fast path finds
    it with the pattern triggers in one pass, :mod:`kg.extract.fast`). A head is a whole
    :data:`_WORD_RX` word (a letter, then lowercase letters or hyphens, ending in a lowercase
    letter): never ALL-CAPS, so no head is skipped as an acronym here.

    Examples
    --------
    >>> t = "Diffusion models excel at text-to-image generation and image editing in federated learning."
    >>> [(t[c.start:c.end], c.type) for c in find_phrases(t)]
    [('Diffusion models', 'Method'), ('text-to-image generation', 'Task'), ('image editing', 'Task'), ('federated learning', 'Task')]
    """
    out: list[Candidate] = []
    add = out.append
    rfind = text.rfind
    stops_get = _STOPS.get
    for hs, he in (_head_words(text) if heads is None else heads):
        head = text[hs:he]
        hl = head.lower()
        words = [head]
        start = hs
        stop = ""  # the word the walk stopped at
        if hs > 1 and text[hs - 1] == " ":
            # the words of text[lo:hs - 1].split(" "), right to left, found one at a time (the walk
            # stops after a word or two); the first one is dropped when the window may cut it
            lo = hs - 90 if hs > 90 else 0
            pos = hs - 1  # the space before the current leftmost word
            while True:
                k = rfind(" ", lo, pos)
                if k == -1 and lo > 0:
                    break
                w = text[k + 1:pos]  # (k == -1 here only when lo == 0: the text's first word)
                line_start = "\n" in w
                if line_start:  # "...Title\n\nRadiology report generation": the line's first word may
                    raw = w     # join; the walk stops there, at what it stopped at before ("Title\n\nWe")
                    w = w.rsplit("\n", 1)[1]
                if len(words) > _MAX_MODS:
                    stop = raw if line_start else w
                    break
                opener = w[:1] in _OPENERS
                if opener:
                    w = w[1:]
                stops = stops_get(w)
                if stops is None:
                    stops = _stops_phrase(w)
                if stops and words[0] not in _ADVERB_TERMS.get(w, ()):  # (True for "": no modifier)
                    stop = raw if line_start else w
                    break
                if len(w) == 3 and w.lower() == "art" and text.endswith(("the", "The"), 0, pos - len(w) - 1):
                    break  # "state of the art approaches"
                words.insert(0, w)
                start = pos - len(w)
                pos = start - 1 - opener
                if opener or k == -1 or line_start:
                    break
        if len(words) > 1:  # (two heads in five: the walk took no word)
            walk_start = start
            # do not start on a verb-like "-ing" word ("tackling reasoning", "Training Diffusion Models")
            # or a verb by its ending ("to internalize structured reasoning", "and minimize memory")
            while len(words) > 1:
                w0 = words[0].lower()
                if not (w0 in BAD_MODIFIERS or (w0.endswith("ing") and w0 not in _ING_OK and words[0] != head)
                        or _verb_shaped(words[0]) and not (start == walk_start and stop in _ARTICLES)
                        or w0 == "future" and _future_is_when(words)
                        or w0 == "potential" and words[1].lower() not in _POTENTIAL_TERMS):
                    break  # ("the verify model" of speculative decoding: a noun compound)
                start = text.index(words[1], start)
                words.pop(0)
            if len(words) > 1 and words[0][:1].isupper() and text[start - 1:start] == " ":
                start, words = _with_title_compound(text, start, words)
            if (len(words) > 1 and (stop in _BEFORE_A_VERB or stop.endswith("ly") or "\n" in stop)
                    and start == walk_start and _opens_on_a_verb(text, start, words[0], stop)):
                start = text.index(words[1], start + len(words[0]))
                words.pop(0)
            elif len(words) > 2 and words[0] in _VERB_GERUNDS and _takes_a_gerund(stop, words[1]):
                start = text.index(words[1], start + len(words[0]))
                words.pop(0)
            if not _NOUN_VERBS.isdisjoint(words):
                cut = _verb_of_a_plural_subject(words, stop if start == walk_start else "")
                while len(words) > 1 and (cut > 0 or words[0].endswith("ing") and words[0] not in _ING_OK):
                    start = text.index(words[1], start + len(words[0]))
                    words.pop(0)  # (and a gerund the verb opened: "risk reinforcing filter bubbles")
                    cut -= 1
        if len(words) < 2:
            if (hl in SINGLE_TASKS and not text.startswith(" of ", he) and not (hl in _PRODUCT_HEADS and _PRODUCT_AFTER.match(text, he))
                    and (hl != "stemming" or not text.startswith(" from ", he))):  # ("errors stemming from")
                add(_new_candidate((hs, he, "Task", hl, "")))
            elif hl in SINGLE_METHODS:
                add(_new_candidate((hs, he, "Method", hl, "")))
            continue
        if hl in _HEADS_WITH_RULES and _breaks_a_head_rule(text, hl, he, words, stop):
            continue
        # (all(w.lower() in _GENERIC_ANY_MODS for w in words[:-1]): the words hold no " ")
        if hl in AMBIGUOUS_HEADS and (words[0].lower() in _GENERIC_ANY_MODS if len(words) == 2 else
                                      _GENERIC_ANY_MODS.issuperset(" ".join(words[:-1]).lower().split(" "))):
            continue
        t = _PLAIN_TYPES.get(hl)  # (head_type's answer without a call when the modifiers do not matter)
        if t is None:
            t = head_type(words)
            if t is None:
                continue
        if t == "Dataset":
            # a named data set written as a title: two or more capitalised words before a
            # capitalised head ("Customer Review Dataset"); "a parallel corpus" is no name
            if len(words) < 3 or not all(w[:1].isupper() for w in words):
                continue
            add(_new_candidate((start, he, t, hl, "")))
            continue
        if t == "Task":
            while len(words) > 1 and _leads_a_task(words[0]):
                start = text.index(words[1], start + len(words[0]))
                words.pop(0)
            if len(words) < 2 and hl not in SINGLE_TASKS:
                continue
        end = he
        if text[he:he + 1].isspace():  # (both patterns after the head open with whitespace)
            if t == "Task":
                if hl in _PRODUCT_HEADS and _PRODUCT_AFTER.match(text, he):
                    continue  # "segmentation masks": the task's output
                tg = _TASK_AFTER.match(text, he) or _PART_AFTER.match(text, he)
                if tg:
                    add(_new_candidate((start, tg.end(1), "Task" if tg.re is _TASK_AFTER else "Method", hl, "")))
                    continue
            g = _GENERIC_AFTER.match(text, he)
            if g and (t == "Method" or g.group(1) not in _NOT_AFTER_TASK):
                end = g.end(1)
                t = "Method"
        add(_new_candidate((start, end, t, hl, "")))
    return out


# generic heads as modifiers make no generic head specific ("model training", "method framework")
_GENERIC_HEAD_MODS = frozenset(
    """model models method methods framework frameworks approach approaches architecture
    architectures algorithm algorithms module modules layer layers mechanism mechanisms
    process processes technique techniques strategy strategies scheme paradigm system
    systems network networks policy inference training loss objective unit head""".split()
)
# modifiers that do not make a generic head specific ("deep model", "new method")
_GENERIC_MODS = frozenset(
    """deep neural learning based driven aware guided end-to-end two-stage multi-stage
    one-stage single multi unified general joint hybrid overall baseline
    existing standard basic simple full partial whole global local final initial
    specific generic different same various new novel current traditional
    conventional classical hierarchical""".split()
)

#: either kind of generic modifier (one set look-up per word)
_GENERIC_ANY_MODS = _GENERIC_HEAD_MODS | _GENERIC_MODS


@Language.factory(
    "kg_phrases",
    assigns=["doc.spans"],
    default_config={"spans_key": DEFAULT_SPANS_KEY},
)
def make_phrases(nlp: Language, name: str, spans_key: str) -> "PhraseChunker":
    return PhraseChunker(nlp, name, spans_key=spans_key)


class PhraseChunker:
    """:func:`find_phrases` as a pipeline component writing ``doc.spans[spans_key]``."""

    def __init__(self, nlp: Language, name: str = "kg_phrases", *, spans_key: str = DEFAULT_SPANS_KEY):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = to_spans(doc, find_phrases(doc_text(doc)))
        return doc

    def to_bytes(self, *, exclude=()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=()) -> "PhraseChunker":
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        return None

    def from_disk(self, path, *, exclude=()) -> "PhraseChunker":
        return self
