"""Generic qualifiers at the start of a descriptive phrase: not part of any entity's name.

The phrase chunker builds descriptive noun phrases around a head ("pre-trained model",
"training-free framework", "detailed analysis", "pre-trained diffusion model"). At
75k arXiv abstracts the most frequent phrase-only entities were of this kind: the
qualifier says how a paper describes its own work (pre-trained, open-source,
lightweight, training-free, detailed, theoretical), not which thing it names. They filled
the top of the graph and of the trend tables ("detailed analysis" declining,
"frontier model" rising) and split real names ("pre-trained diffusion model" was an
entity of its own instead of a mention of diffusion model).

:func:`strip_generic` removes such qualifiers from the start of a phrase; what remains
is either a real name or phrase ("diffusion model", "vision-language model") or only
a generic head ("model", "framework", "analysis"), which is no entity.
"""

from __future__ import annotations

from kg.extract.normalize import id_and_label, norm_key
from kg.extract.words import NOT_ENTITIES, ORGANISATIONS, ROLE_WORDS

__all__ = ["GENERIC_QUALIFIERS", "GENERIC_PHRASE_HEADS", "DESCRIPTIVE_ADJECTIVES", "VAGUE_ADJECTIVES", "strip_generic", "is_generic",
           "is_descriptive", "drop_generic_phrases"]

#: words that describe how a paper presents a method, a model or a study; lowercase,
#: hyphenated compounds as written ("training-free")
GENERIC_QUALIFIERS = frozenset(
    """pre-trained pretrained pre-training fine-tuned finetuned base open-source open-sourced
    closed-source proprietary commercial off-the-shelf ai deep-learning
    learning-based deep-learning-based learning-driven data-driven training-free tuning-free
    lightweight light-weight scalable automated automatic task-specific target frontier
    existing baseline unified novel simple effective efficient general general-purpose generic
    traditional conventional state-of-the-art sota advanced modern standard powerful
    flexible practical principled theoretical empirical systematic comparative detailed
    comprehensive extensive quantitative qualitative statistical rigorous thorough in-depth
    preliminary holistic plug-and-play new proposed previous prior various different multiple
    several specific key main overall typical popular common classical existing-based
    model-agnostic versatile universal innovative evaluation
    fast faster real-time improved enhanced better accurate reliable cost-effective
    low-cost high-quality high-performance large-scale compared aggregate complementary
    nuanced conceptual experimental manual exploratory human-like established tested degraded reduced
    combined selected pivotal crucial promising prominent dominant mainstream representative
    insufficient inherent comparable open-weight open-weights closed-weight instruction-tuned""".split()
) | ORGANISATIONS | {org + "'s" for org in ORGANISATIONS}  # whose model it is: "OpenAI models", "Google's models"

#: the qualifiers that say how good, how many or whose a thing is: before any one-word head
#: they name nothing ("detailed reasoning", "faster rendering", "reduced memory", "combined loss",
#: "nuanced interpretation"); the rest of the qualifiers may make a name with a head
#: ("manual labeling", "task-specific fine-tuning", "target detection", "statistical learning")
_EVALUATIVE_QUALIFIERS = frozenset(
    """detailed reduced faster holistic nuanced principled degraded reliable inherent combined
    representative selected complementary high-quality rigorous established improved enhanced accurate
    effective powerful comprehensive extensive thorough in-depth various different multiple several
    typical popular existing previous prior novel new proposed better efficient""".split()
)

#: two-word qualifiers ("deep learning model", "machine learning approach", "computer vision technique")
GENERIC_QUALIFIER_PAIRS = frozenset({("deep", "learning"), ("machine", "learning"), ("deep", "learning-based"),
                                     ("machine", "learning-based"), ("large", "scale"), ("open", "source"),
                                     ("computer", "vision"), ("artificial", "intelligence")})

_PAIR_STARTS = frozenset(a for a, _ in GENERIC_QUALIFIER_PAIRS)

#: "a method for X": these heads after one process word name no particular method
#: ("detection method", "sampling strategy", "defense mechanism", "diffusion-based method");
#: "kernel methods", "ensemble method" or "spectral method" are classes of their own and stay
_FOR_X_HEADS = frozenset(
    """method methods approach approaches technique techniques strategy strategies mechanism
    mechanisms framework frameworks scheme schemes""".split()
)
_PROCESS_ENDINGS = ("tion", "sion", "ment", "ing", "-based", "-driven")
_PROCESS_WORDS = frozenset("defense defence attack supervised self-supervised unsupervised internal".split())


def is_method_for_x(words: list[str]) -> bool:
    """Two lowercase words, a process word and a "method"-like head: no entity.

    >>> is_method_for_x(["detection", "method"]), is_method_for_x(["diffusion-based", "methods"])
    (True, True)
    >>> is_method_for_x(["kernel", "methods"]), is_method_for_x(["Newton", "method"])
    (False, False)
    """
    if len(words) != 2 or words[1] not in _FOR_X_HEADS or not words[0].islower():
        return False
    return words[0].endswith(_PROCESS_ENDINGS) or words[0] in _PROCESS_WORDS


#: adjectives that say what kind of work a paper does or how good it is, not which method:
#: before a generic head alone they name nothing ("computational approaches", "technical
#: framework", "transformative approach"); unlike :data:`GENERIC_QUALIFIERS` they are not cut
#: from longer phrases ("computational pathology", "targeted attack methods" stay as written)
DESCRIPTIVE_ADJECTIVES = frozenset(
    """computational analytical methodological mathematical technical architectural
    transformative contemporary standardized adopted generalizable generalized essential prevalent
    well-established well-grounded successful intuitive potential valuable suggested second-best unique
    viable simpler newer useful available relevant motivated accessible ideal sub-optimal suboptimal
    ad-hoc streamlined cohesive go-to cornerstone insightful attractive cutting-edge preferred
    disruptive sustainable replicable reproducible primary future inspired interdisciplinary targeted
    evaluative imprecise integrated core research optimal alternative suitable strategic
    individual external compact expensive extra identical minimal independent simplified clear clearer
    one-size-fits-all balanced minimalist resultant rapid transparent granular intricate prolonged
    isolated unstable monolithic genuine actual heavy older huge enormous standalone applicable
    predefined toy substitute reasonable careful complete fair own rich normal top validated
    distilled quantized pruned merged released deployed optimized compressed post-trained unlearned
    fine-grained stable black-box aligned""".split()
)
#: adjectives that say how much, how well or how many, before any head: "a single transformer",
#: "excessive memory", "lengthy reasoning", "greater control", "faithful reconstruction",
#: "inadequate alignment" describe a thing the text talks about, not a name. Only two-word
#: phrases are dropped: in longer ones the rest may be a name ("single image super-resolution")
VAGUE_ADJECTIVES = frozenset(
    """single excessive greater consistent refined meaningful valid elaborate precise proper inadequate
    lengthy faithful broad notable redundant extra fine finer richer verbose considerable
    complicated careful mere tremendous wider constant entire perfect imperfect wrong worse meticulous massive
    huge severe tight subtle""".split()
)
#: the vague adjectives that are also cut from the start of a longer phrase ("refined
#: segmentation masks" -> "segmentation masks"); "single", "fine" and "constant" open names
#: ("single image super-resolution", "fine structure constant")
_CUT_VAGUE_ADJECTIVES = VAGUE_ADJECTIVES - {"single", "fine", "constant"}
#: "a multimodal framework" is any framework with several inputs; "multimodal models" stay a class
_MODAL_ADJECTIVES = frozenset({"multimodal", "multi-modal", "cross-modal"})
_VAGUE_HEADS = frozenset(
    """approach approaches framework frameworks architecture architectures strategy strategies
    technique techniques scheme schemes paradigm paradigms pipeline pipelines solution solutions
    method methods""".split()
)
#: "two-stage framework", "three-step approach": how many steps, not which method ("multi-step
#: inference" is left alone)
_STAGE_ENDINGS = ("-stage", "-step", "-phase", "-pronged", "-tier", "-fold")
_STAGE_COUNTS = frozenset("one two three four five six single dual 2 3 4 5 first second third stage step".split())
#: "frequency-aware framework", "data-centric approach", "text-guided methods": a compound that says
#: what a method pays attention to or does without, before a vague head, names no method
#: ("physics-informed neural networks" or "retrieval-augmented generation" have other heads and stay)
_QUALITY_COMPOUND_ENDS = ("-grounded", "-guided", "-aware", "-centric", "-oriented", "-enhanced", "-augmented",
                          "-informed", "-conditioned", "-assisted", "-inspired", "-powered", "-specific",
                          "-agnostic", "-efficient", "-free")
#: "3D models" are objects or any model of 3D data, "2D methods" any method on images: a dimension
#: before a generic head names nothing ("3D understanding" is a task of its own and stays)
_DIMENSIONS = frozenset("2d 3d 4d 2-d 3-d 4-d".split())


#: modifiers that make a vague head a paradigm of its own: "ensemble methods", "semi-supervised
#: approach", "teacher-student framework", "encoder-decoder architecture"
_PARADIGM_MODIFIERS = frozenset(
    """ensemble encoder-decoder dual-encoder semi-supervised weakly-supervised self-supervised fully-supervised
    unsupervised supervised contrastive teacher-student neuro-symbolic neurosymbolic bayesian variational
    evolutionary symbolic siamese convolutional adversarial autoregressive auto-regressive multi-agent
    multi-task causal spectral kernel sparse federated continual statistical numerical quantum""".split()
)
#: how a method is built or behaves, by the shape of the word: "generative", "modular",
#: "zero-shot", "coarse-to-fine", "inference-time", "dual-branch", "prompt-based"
_MANNER_ENDINGS = (
    "ive", "ic", "al", "ous", "able", "ible", "ful", "less", "ary", "ed", "ar", "-shot", "-loop", "-end",
    "-hoc", "-time", "-forward", "-down", "-up", "-stream", "-branch", "-system", "-path", "-level", "-scale",
    "-frame", "-modality", "-modal", "-model", "-in-the-loop", "-conquer", "-to-fine", "-to-global", "-based",
    "-driven", "-centered", "-centred", "-fast", "-step", "-wise", "-view", "-faceted", "-dimensional",
)
_MANNER_WORDS = frozenset(
    """online offline implicit explicit rigid open e2e single-task single-pass all-in-one feedforward plug-in
    dual-module tripartite state-of-art low-rank""".split()
)


def _describes_manner(word: str) -> bool:
    """Whether ``word`` (lowercase) says how a method works rather than which one it is.

    >>> [_describes_manner(w) for w in ("generative", "zero-shot", "coarse-to-fine", "modular")]
    [True, True, True, True]
    >>> [_describes_manner(w) for w in ("ensemble", "semi-supervised", "transformer", "attention")]
    [False, False, False, False]
    """
    if word in _MANNER_WORDS:
        return True
    return word not in _PARADIGM_MODIFIERS and len(word) > 4 and word.endswith(_MANNER_ENDINGS)


def is_descriptive(words: list[str]) -> bool:
    """Two words, a descriptive adjective and a generic head: no entity.

    >>> is_descriptive(["computational", "approaches"]), is_descriptive(["two-stage", "framework"])
    (True, True)
    >>> is_descriptive(["multimodal", "architectures"]), is_descriptive(["multimodal", "models"])
    (True, False)
    >>> is_descriptive(["computational", "pathology"]), is_descriptive(["ensemble", "methods"])
    (False, False)

    A role word before a generic head names a role, not a model (:data:`ROLE_WORDS`):

    >>> is_descriptive(["student", "model"]), is_descriptive(["draft", "models"])
    (True, True)
    >>> is_descriptive(["3D", "models"]), is_descriptive(["3D", "understanding"])
    (True, False)
    >>> is_descriptive(["Uncertainty-Aware", "Framework"]), is_descriptive(["physics-informed", "networks"])
    (True, False)

    A word that says how a method works, before a vague head, names none either; a paradigm does:

    >>> is_descriptive(["generative", "framework"]), is_descriptive(["zero-shot", "approach"])
    (True, True)
    >>> is_descriptive(["ensemble", "methods"]), is_descriptive(["generative", "models"])
    (False, False)
    """
    if len(words) != 2:
        return False
    head = words[1].lower()
    if head not in GENERIC_PHRASE_HEADS:
        return False
    w = words[0].lower()
    if w in DESCRIPTIVE_ADJECTIVES or w in ROLE_WORDS or (w.endswith(_STAGE_ENDINGS) and w.split("-", 1)[0] in _STAGE_COUNTS):
        return True
    if w in _DIMENSIONS:
        return head != "understanding"
    if head in _VAGUE_HEADS and (w.endswith(_QUALITY_COMPOUND_ENDS)
                                 or words[0][:1].islower() and _describes_manner(w)):  # ("Euler-based" names)
        return True
    return w in _MODAL_ADJECTIVES and head in _VAGUE_HEADS


#: heads that name nothing without a technical modifier
GENERIC_PHRASE_HEADS = frozenset(
    """model models method methods approach approaches framework frameworks technique
    techniques strategy strategies analysis analyses metric metrics module modules
    mechanism mechanisms solution solutions pipeline pipelines scheme schemes paradigm
    paradigms tool tools system systems algorithm algorithms architecture architectures
    study studies evaluation evaluations network networks dataset datasets benchmark
    benchmarks data corpus task tasks inference training understanding control""".split()
)


def strip_generic(words: list[str]) -> int:
    """How many leading words of a phrase are generic qualifiers (all but the head at most).

    ``words`` are the phrase's words as written. Returns the index of the first word to
    keep; ``len(words) - 1`` (only the head left) with a head in
    :data:`GENERIC_PHRASE_HEADS` means the phrase is no entity (see :func:`is_generic`).

    Examples
    --------
    >>> strip_generic(["pre-trained", "diffusion", "model"])
    1
    >>> strip_generic(["deep", "learning", "model"]), strip_generic(["graph", "neural", "network"])
    (2, 0)
    >>> strip_generic(["machine", "translation", "model"])
    0
    """
    k = 0
    while k < len(words) - 1:
        w = words[k].lower()
        if w in GENERIC_QUALIFIERS:
            k += 1
        elif (k < len(words) - 2 and (w, words[k + 1].lower()) in GENERIC_QUALIFIER_PAIRS
              and not words[k + 2].lower().startswith("generated")):  # "Artificial Intelligence Generated Images"
            k += 2
        else:
            break
    return k


def is_generic(words: list[str]) -> bool:
    """Whether a phrase is generic qualifiers and a generic head only: no entity.

    >>> is_generic(["Training-free", "framework"]), is_generic(["detailed", "analysis"])
    (True, True)
    >>> is_generic(["reasoning", "model"]), is_generic(["pre-trained", "diffusion", "model"])
    (False, False)
    """
    return bool(words) and words[-1].lower() in GENERIC_PHRASE_HEADS and strip_generic(words) == len(words) - 1


def _opens_sentence(text: str, s: int) -> bool:
    """Whether the word at offset ``s`` opens the text or a sentence."""
    before = text[:s].rstrip()
    return not before or before[-1] in ".!?:"


def _after_a_capital(text: str, s: int) -> bool:
    """Whether the word before offset ``s`` is capitalised: the phrase at ``s`` sits in a
    Title-Case run ("An Agent-based Framework", "Towards a Retrieval-Based Approach" has "a"),
    where capitals say nothing of a name; "the Euler-based methods" keeps its name."""
    k = text.rfind(" ", 0, s - 1)
    return s > 1 and text[s - 1] == " " and text[k + 1:k + 2].isupper()


def _trimmed(text: str, m: tuple, aliases: dict[str, str] | None) -> tuple | None:
    """Phrase mention ``m`` without its generic qualifiers; None when nothing named is left."""
    s, e, etype, eid, source, label = m
    space = text.find(" ", s, e)
    if space < 0:
        return m  # one word: nothing to cut
    first = text[s:space].lower()
    if first not in GENERIC_QUALIFIERS and first not in _PAIR_STARTS and first not in _CUT_VAGUE_ADJECTIVES:
        # the usual case, decided on the first word
        if text.find(" ", space + 1, e) >= 0:
            return m
        words = text[s:e].split()
        if is_method_for_x(words) or is_descriptive(words) or words[0] in VAGUE_ADJECTIVES:
            return None
        w0 = words[0]
        if w0[:1].isupper() and _after_a_capital(text, s) and is_descriptive([w0.lower(), words[1].lower()]):
            return None  # a title's "An Agent-based Framework for ...", "A Diffusion-Based Approach to ..."
        if w0[1:].islower() and w0[:1].isupper() and _opens_sentence(text, s):
            # "Reduction strategy" opening a sentence is a "reduction strategy" ("Euler-based
            # methods" inside a sentence keeps its name)
            return None if is_method_for_x([w0.lower(), words[1]]) else m
        return m
    words = text[s:e].split()
    k = strip_generic(words)
    if k == 0 and first in _CUT_VAGUE_ADJECTIVES and words[0].islower():
        if len(words) == 2:
            return None  # "precise attention", "lengthy reasoning"
        k = 1  # "precise 3D localization" -> "3D localization"
    if k == 0:
        return m
    rest = words[k:]
    if len(rest) == 1:
        # "detailed analysis", "open-source model": a generic head is no entity; "robust
        # optimization" or "standard deviation" are names of their own: kept whole
        if rest[0].lower() in GENERIC_PHRASE_HEADS or (k == 1 and first in _EVALUATIVE_QUALIFIERS):
            return None  # ("detailed reasoning", "faster sampling", "reduced memory": how good, not which)
        return m
    if (is_method_for_x(rest) or is_descriptive(rest)) and not (aliases and norm_key(" ".join(rest)) in aliases):
        return None  # "complementary estimation methods": a method for X ("attention mechanism" is a name)
    if " ".join(rest).lower() in NOT_ENTITIES:
        return None  # "lightweight student model" -> "student model"; "scalable joint optimization"
    start = s + text[s:e].index(rest[0], sum(len(w) for w in words[:k]))
    name = text[start:e]
    eid, label = id_and_label(name, etype, aliases=aliases)
    return (start, e, etype, eid, source, label)


#: a language is the language of some data, not a dataset: "English datasets" made
#: "English" a Dataset in 61 papers at 75k (Chinese 31, Arabic 16, ...)
_LANGUAGES = frozenset(
    """English Chinese Mandarin Cantonese Arabic Hindi Spanish French German Japanese Korean
    Russian Portuguese Italian Vietnamese Turkish Persian Farsi Bengali Bangla Urdu Indonesian
    Swahili Dutch Polish Greek Hebrew Thai Tamil Telugu Malay Czech Swedish Finnish Danish
    Norwegian Ukrainian Romanian Hungarian Catalan Basque Tagalog Filipino Yoruba Hausa Amharic
    Nepali Marathi Gujarati Punjabi Kannada Malayalam Sinhala Burmese Khmer Lao Mongolian
    Kazakh Uzbek Azerbaijani Georgian Armenian Serbian Croatian Bulgarian Slovak Slovenian
    Lithuanian Latvian Estonian Icelandic Irish Welsh Latin Sanskrit Tibetan Uyghur""".split()
)


def drop_generic_phrases(text: str, final: list[tuple], aliases: dict[str, str] | None = None) -> list[tuple]:
    """``final`` mentions ``(start, end, type, entity id, source, label)`` with the phrase
    chunker's generic qualifiers cut off, and phrases that were only qualifiers and a
    generic head removed. Names found by any other component are left alone, except a
    bare language name ("English datasets"), which no rule should have typed.

    >>> text = "A pre-trained diffusion model and a training-free framework."
    >>> final = [(2, 29, "Method", "pre-trained-diffusion-model", "phrase:model", "pre-trained diffusion model"),
    ...          (36, 59, "Method", "training-free-framework", "phrase:framework", "training-free framework")]
    >>> drop_generic_phrases(text, final, {"diffusion-model": "diffusion model"})
    [(14, 29, 'Method', 'diffusion-model', 'phrase:model', 'diffusion model')]
    """
    out: list[tuple] | None = None
    for i, m in enumerate(final):
        if m[4].startswith("phrase"):
            new = _trimmed(text, m, aliases)
        elif m[5] in _LANGUAGES and m[4] != "lexicon":  # (the label: "English" of "English datasets")
            new = None
        else:
            new = m
        if new is not m and out is None:
            out = list(final[:i])  # the first change: copy what came before
        if out is not None and new is not None:
            out.append(new)
    return final if out is None else out
