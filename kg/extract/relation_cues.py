"""Cue words and compiled patterns for :mod:`kg.extract.relations`.

Everything here is a category of *words* (verbs of proposing, comparison
phrases, prepositions of evaluation ...), never an entity name. Patterns are
compiled once at import; they run on short slices of one sentence (the text
between or around mention offsets), so each costs a few microseconds.
"""

from __future__ import annotations

import re

__all__ = [
    "MODELISH",
    "DATAISH",
    "PROPOSE_CUE",
    "NAMING_CUE",
    "OUR_CUE",
    "NOVEL_APPOSITION",
    "PROPOSE_GAP_BLOCK",
    "MODIFIER_SUFFIX",
    "BASED_ON_AFTER",
    "SHORT_PAREN",
    "SPACED_BASED",
    "COORD_GAP",
    "APPOSITION_GAP",
    "COMMA_ARTICLE_GAP",
    "PRONOUN_SUBJECT",
    "PAREN_GAP",
    "LIST_CONTINUES",
    "LIST_GOES_ON",
    "CONJUNCTION",
    "EVAL_PREP",
    "PREP_WORD",
    "EVAL_LIST",
    "EVAL_RIGHT",
    "BENCHMARK_PURPOSE",
    "PURPOSE_OBJECT_GAP",
    "OWNER_AFTER",
    "RIVAL_CUE",
    "RIVAL_BEFORE_PREP",
    "TRAIN_VERB",
    "TRAIN_AND_TEST",
    "DATA_TO_TRAIN",
    "OPENING_DATA_LEAD",
    "WE_TRAIN_AFTER",
    "WE_EVALUATE_AFTER",
    "SELF_OBJECT",
    "TRAIN_PREP",
    "TRAIN_OBJECT_GAP",
    "DATA_TRAINED_GAP",
    "NOT_TRAINEE_AFTER",
    "EVAL_WORD",
    "RESULT_CONTEXT",
    "TAIL_BLOCK",
    "THAT_OF",
    "OR_BETTER_LEAD",
    "WIN_WORDS",
    "LOSE_WORDS",
    "PASSIVE_WORDS",
    "COMPARE_WORDS",
    "BASED_ON_WORDS",
    "PROPOSE_SUBJECT_WORDS",
    "PROPOSE_VERB_WORDS",
    "OBJECT_WORDS",
    "UNIT_WORDS",
    "CUE_KEYWORDS",
    "COMPARE_LEADS",
    "EXAMPLE_LEAD",
    "CLAUSE_AFTER_COMMA",
    "COMPARE_OBJ_PRONOUN",
    "COMPARE_LINK",
    "SHOW_THAT",
    "FRONTED_DATA_END",
    "WINNER_AFTER",
    "OBJECT_CUE",
    "COMPARED_PAREN",
    "CLAUSE_AND_GAP",
    "FINITE_VERB_AFTER",
    "SELF_SUBJECT",
    "WITH_CUE",
    "WITH_SUBJECT_AFTER",
    "OWN_CLAUSE_GAP",
    "USED_FOR_GAP",
    "USED_FOR_BASED",
    "BARE_FOR",
    "WITH_LEFT",
    "WITH_JOIN",
    "TITLE_MEANS_GAP",
    "APPOSED_KIND_GAP",
    "TITLE_TASK_GAP",
    "TITLE_BENCHMARK_GAP",
    "MODEL_KIND_END",
    "APPLY_TO_GAP",
    "APPOSITIVE_DESC",
    "DESC_HEAD",
    "FOR_BEFORE",
    "DESC_CLAUSE",
    "DESC_NOT_A_METHOD",
    "DESC_WITHOUT",
    "TASK_KIND_SUCH_AS",
    "TASK_KIND_NAME",
    "KIND_ARTICLE_LEFT",
    "KIND_NAME_CLOSES",
    "USE_OF_LEFT",
    "IN_TASK_GAP",
    "IN_TASK_NOT_AFTER",
    "POSSESSIVE_GAP",
    "DESC_TASK_LEAD",
    "DESC_TASK_HEAD",
    "NAMED_AFTER_TASK",
    "PLURAL_KIND_END",
    "ABBREVIATION",
    "DATA_KIND_FOR",
    "TASK_ABILITY_OF",
    "USE_OF_GAP",
    "RELATIVE_USE",
    "USED_BY_GAP",
    "ACHIEVES_TASK_GAP",
    "OUTPERFORMS_IN_TASK_GAP",
    "WINNER_GAP",
    "WIN_VERB_AT",
    "CLOSING_PARTICIPLE",
    "MODEL_KIND_AFTER",
    "RESULT_VERB_AFTER",
    "RIVAL_TASK_GAP",
    "ABILITY_IN_TASK_GAP",
    "ACHIEVES_BARE_GAP",
    "MEASURED_AFTER",
    "NAME_TASK_KIND_AFTER",
    "OUTPERFORMS_TASK_GAP",
    "RIVAL_KIND_AFTER",
    "EXPERIMENT_TASK_LEFT",
    "EXPERIMENT_TASK_RIGHT",
    "LIST_ITEM_AFTER",
    "SENTENCE_ON_TASK_LEFT",
    "PURPOSE_TASK_LEAD",
    "PURPOSE_TASK_REST",
    "APPLY_LEFT",
    "JOIN_LEFT",
    "RIVAL_LEFT",
    "ON_TASK_GAP",
    "RECAST_GAP",
    "TRAINED_THEN_TESTED",
    "RIVAL_BEFORE_TRAINING",
    "RECAST_AS_AFTER",
    "BASED_ON_LEFT",
    "BUILT_ON_DATA",
    "TEST_CLAUSE_AFTER",
    "TOOL_CUE",
    "INTERPOSED_OPEN",
    "INTERPOSED_CLOSE",
    "APPOSED_CLASS_GAP",
    "UNNAMED_SELF",
    "APPROACH_HEAD",
    "CLASS_NOUN_END",
    "NAMING_GAP",
    "NOT_USE_GERUND",
    "TOOL_RUN_ON",
    "GERUND_SUBJECT_AFTER",
    "GERUND_LEFT",
    "NOT_A_SYSTEM_AFTER",
    "NOT_A_SYSTEM_AFTER_LOWER",
    "TEST_LEFT",
    "NOT_A_TASK_AFTER",
    "INTO_TASK_GAP",
    "INTEGRATE_LEFT",
    "WIN_CUE",
    "WIN_OVER_CUE",
    "OVER_WORD",
    "LOSE_CUE",
    "PASSIVE_WIN_CUE",
    "COMPARE_CUE",
    "COMPARE_VERB",
    "ATTACK_WORD",
    "SUPERIORITY_CUE",
    "SUPERIORITY_SELF",
    "OVER_LINK",
    "NEGATION",
    "NAME_WORD_SPLIT",
    "ENABLING_LEFT",
    "TASKS_SUCH_AS_LEFT",
    "HARM_OR_CONTRAST",
    "UNNAMED_RIVALS_AND",
    "SENTENCE_SUBJECT_LEFT",
    "NOT_USED_LEFT",
    "NOT_USED_WORDS",
    "BASED_ON_CUE",
    "EXTENDED_AS_ADJECTIVE",
    "BASED_HEAD_GAP",
    "TECHNIQUE_KIND_AFTER",
    "NEW_INSTANCE_BEFORE",
    "NAME_APPOSED_GAP",
    "SELF_BASED_LEAD",
    "HARD_BOUNDARY",
    "SOFT_BOUNDARY",
    "NAME_HEAD_NOUN",
    "NUMBER",
    "NOT_A_RESULT_AFTER",
    "NOT_A_VALUE_NEXT",
    "NOT_A_RESULT_BEFORE",
    "DELTA_BEFORE",
    "DELTA_AFTER",
    "DELTA_LIST_GAP",
    "UP_TO_BEFORE",
    "IMPROVE_VERB",
    "SPEED_AFTER",
    "METRIC_BEFORE_GAP",
    "METRIC_AFTER_GAP",
    "RESULT_VERB",
    "DATASET_AFTER_GAP",
    "RIVAL_VALUE_BEFORE",
    "OWNER_AFTER_VALUE",
    "VALUE_TARGET_BEFORE",
    "DATA_DESC",
    "DATA_CLAUSE",
    "DATA_TASK_LINK",
    "TASK_BEFORE_DATA_HEAD",
    "TASK_DATA_KIND",
    "DATA_NAME_AFTER_KIND",
    "KIND_DETERMINER_LEFT",
    "DATA_TASK_GAP",
    "DATA_KIND_AFTER",
    "DATA_FOR_GAP",
    "ON_DATA_LEFT",
    "TASK_ENDS_PHRASE",
    "DATA_TASK_JOIN",
    "TITLE_DATA_TASK_GAP",
    "TITLE_DATA_QUESTION_GAP",
    "TITLE_DATA_KIND_LEAD",
    "TITLE_BENCH_NAME",
    "TITLE_DATA_LOOSE_GAP",
    "DATA_NAMED_TASK",
    "PURPOSE_DATA_LEAD",
    "TASK_ON_DATA_GAP",
    "DATA_OFFERS_TASK",
    "DATA_SUBJECT_LEFT",
    "NOT_A_DATA_TASK",
    "PURPOSE_DATA_REST",
]

_I = re.IGNORECASE

#: entity types that can be the subject of a method-level relation
MODELISH = frozenset({"Model", "Method"})
#: entity types that are evaluation/training data
DATAISH = frozenset({"Dataset", "Benchmark"})

_ADV = r"(?:(?:first|also|further|then|hence|thus|therefore|here|now|newly|additionally|finally)\s+)?"

# ---------------------------------------------------------------- proposes
#: "we propose", "this paper presents", "in this work, we introduce" (matched in a sentence)
PROPOSE_CUE = re.compile(
    r"\b(?:we|this\s+(?:paper|work|study|article|report)|the\s+present\s+(?:paper|work))\s+"
    + _ADV
    + r"(?:propose|introduce|present|develop|design|devise|contribute|release|build|construct"
    r"|establish|create|curate|put\s+forward|formulate|offer|unveil)s?(?:d)?\b",
    _I,
)
#: "... named X", "... called X", "dubbed", "termed", "coined", "namely" (at the end of a gap)
NAMING_CUE = re.compile(r"\b(?:named|called|dubbed|termed|coined|namely|nicknamed)\s*[:,]?\s*$", _I)
#: "our X", "our method, X", "our framework, named X" (at the end of the text left of a mention)
OUR_CUE = re.compile(
    r"\bour\s+(?:(?:proposed|new|novel|resulting|final|full)\s+)?"
    r"(?:(?:(?:method|model|framework|approach|system|network|architecture|algorithm|technique"
    r"|pipeline|agent|benchmark|dataset|corpus|suite|tool|toolkit|library|solution|scheme|family"
    r"|series)s?\s*,?\s*(?:(?:named|called|dubbed|termed|coined)\s+)?)|(?:proposed|new|novel)\s+)$",
    _I,
)
#: "X, a novel ...": the text right after a mention
NOVEL_APPOSITION = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:a|an)\s+(?:novel|new|simple|first|unified)\b", _I
)
#: words that may not stand between a propose cue and the proposed name
PROPOSE_GAP_BLOCK = frozenset(
    """to of on in for with from by via using into onto and or that which who where
    while when is are was were be been being can could will would should may might
    has have had as than based inspired such like including its their his her them
    it they we us this these those how what why whether not no upon over under
    between among across through within without against toward towards about
    improve improves enhance enhances address addresses use uses leverage leverages
    analysis study studies investigation framework's existing prior previous
    leveraging utilizing utilising employing integrating incorporating combining comparing
    during comprising consisting featuring containing""".split()
)
# the participles above name what the proposal uses, not the proposal: "we propose a method
# leveraging SAM and YOLO", "this study introduces an approach integrating DINOv2 with LoRA",
# "this paper presents experiments comparing several LLMs", "a framework comprising a
# history-conditioned model and ..."
#: a short parenthesis (an acronym, a citation) inside a gap
SHORT_PAREN = re.compile(r"\s*\([^()]{1,20}\)")
#: " based " as a modifier suffix written apart ("a CNN based framework"), not "based on"
SPACED_BASED = re.compile(r"\s+based\s+(?!(?:up)?on\b)", _I)
#: "based on" after a proposed name says what the name is based on ("we propose the Line Pose
#: Graph (LPG) based on line graph theory"), it is no modifier of a following noun
BASED_ON_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+based\s+(?:up)?on\b", _I)
#: a known name right before one of these nouns modifies the proposal, it is not the proposal:
#: "we introduce the peer knowledge distillation method", "a biomechanics-aware LLM judge metric",
#: "a stronger hyperbolic VLM baseline ARGENT" (a name defined with its own acronym, "the
#: Geometry-Temporal Alignment (GTA) attention mechanism", is a proposal)
KNOWN_NAME_HEAD_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:baselines?|structures?|process(?:es)?|methods?|frameworks?|approach(?:es)?|models?|modules?|metrics?|judges?|"
    r"pipelines?|strateg(?:y|ies)|techniques?|mechanisms?|schemes?|loss(?:es)?|layers?|networks?|"
    r"architectures?|algorithms?|systems?|agents?|variants?|paradigms?|objectives?|policy|policies|"
    r"formulations?|extensions?|adapters?|heads?|blocks?|encoders?|decoders?)\b")
#: a task name right before one of these nouns names what the data set is for
DATA_HEAD_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:datasets?|benchmarks?|corpus|corpora|suite|testbed|data\b)")
#: a mention used as a modifier ("RL-based framework", "Residual U-Net (R2U-Net) based model"):
#: not itself the proposed thing (matched at the mention's end, see ``relations._modifies``)
MODIFIER_SUFFIX = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:[-\s]?(?:based|like|style|driven|guided|inspired|enhanced|powered|augmented|aware|"
    r"assisted|free|specific|level|type|generated)"
    # only hyphenated: "our RL-trained model", "a LoRA-tuned LLM" ("ResNet trained on D" is a participle)
    r"|-(?:trained|tuned|fine-?tuned|distilled|pretrained|optimi[sz]ed))\b",
    _I,
)

# ---------------------------------------------------------------- gaps between mentions
#: the text joining coordinated mentions: ", ", " and ", ", and ", " or ", citations between
_CITE = r"(?:\s*(?:\[[^\[\]]{0,40}\]|\([^()]{0,60}(?:\d{4}|et al\.?)[^()]{0,20}\)))*"
COORD_GAP = re.compile(
    # (a year or version the mention left out may end the previous item: "ISIC 2016, PH2, ISIC 2018")
    r"^(?:\s+(?:19|20)\d\d\b|\s+v\d[\d.]*)?" + _CITE +
    r"\s*(?:,|,?\s*(?:and|or|&|as\s+well\s+as)|/)\s*(?:(?:the|\d+[-‐]?\w*)\s+)?$", _I
)
#: a list item after ", and" that a finite verb follows opens a new clause: "A surpasses GPT-4, and
#: B outperforms C" (B is no second object of "surpasses", and the subject of "outperforms")
CLAUSE_AND_GAP = re.compile(r",\s*(?:and|while|whereas)\s+(?:the\s+)?$", _I)
#: right after such a list item: a finite verb of result or comparison (not a gerund: "outperforms
#: A, B, and C, achieving ..." keeps C an object)
FINITE_VERB_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:also|further|even|still|then|\w+ly)\s+)?"
    r"(?:outperform(?:s|ed)?|surpass(?:es|ed)|beats?|exceed(?:s|ed)?|achiev(?:es|ed)|attain(?:s|ed)|reach(?:es|ed)"
    r"|obtain(?:s|ed)|shows?|showed|yield(?:s|ed)|performs?|performed|improv(?:es|ed)|lags?|lagged|match(?:es|ed)"
    r"|rival(?:s|ed)|deliver(?:s|ed)|is|are|was|were|remains?|falls?|trails?|underperform(?:s|ed)?)\b",
    _I,
)
#: a pronoun subject between a candidate and its cue: the candidate is not the subject
PRONOUN_SUBJECT = re.compile(r"\b(?:they|we|those|these\s+\w+)\b|(?:^|[,;:]\s*)(?:it|this)\b", _I)
#: a bare comma: "the reasoning MLLM, Vision-R1," (apposition when not part of a list)
APPOSITION_GAP = re.compile(r"^\s*,\s*$")
#: a comma and an article after an object: the subject of a new clause follows ("with data picked by
#: active learning, the DNNs reach ...") unless the list goes on after it
COMMA_ARTICLE_GAP = re.compile(r"^\s*,\s*(?:the\s+)?$", _I)
#: what may follow the last item of a comma list ("A, B, and C", "A, B.")
LIST_CONTINUES = re.compile(r"^\s*(?:[,.;:)\]\[(]|and\b|or\b|$)", _I)
#: a gap of a list that holds a conjunction ("A and B", "A, B, or C", "A & B"), not only a comma
#: or an article ("with active learning, the DNNs achieve ...")
CONJUNCTION = re.compile(r"\b(?:and|or|as\s+well\s+as)\b|[&/]", _I)
#: right after the last mention of a list: the list goes on with a conjunction ("T1, T2, and retrieval tasks")
LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|or)\s", _I)
#: a parenthesised abbreviation or alias: "Big-Bench Hard (BBH)"
PAREN_GAP = re.compile(r"^\s*\(\s*$")

# ---------------------------------------------------------------- evaluatedOn / trainedOn
#: the text left of a dataset ends with an evaluation preposition (+ up to 5 modifier words)
EVAL_PREP = re.compile(
    r"(?:\b(?:on|across|over|in|against|under)\b|\bevaluated\s+(?:with|using)\b)\s+"
    r"(?:(?!(?:and|or|but|which|that|while|whereas|to|for|of|by|we|they|it)\b)(?:[\w\-/.+%\\]+|(?-i:[A-Z0-9])[\w\-/.+]*,)\s+){0,5}"
    # "on two public datasets, D1 and D2", "on three benchmarks: D1, D2": the kind, then its names
    r"(?:(?:benchmarks|datasets|data\s+sets|corpora|test\s*sets)\s*[,:]\s*"
    r"(?:(?:namely|including|i\.e\.,?|e\.g\.,?)\s+)?(?:the\s+)?)?"
    r"(?:(?-i:[A-Z0-9])[\w\-/.+]*,?\s+(?:and|or)\s+)?"  # "on CIFAR-10, Celeb-A, and D", "on Emotion and D"
    r"(?:(?:sets?|splits?|subsets?|partitions?|portions?|variants?|versions?)\s+of\s+(?:the\s+)?)?"
    r"(?:\(\s*(?:(?:e\.g\.|i\.e\.),?\s*|(?:including|namely)\s+)?)?$",  # "on benchmark datasets (e.g., D1, D2)"
    _I,
)
# "on the test set of D" names D; a name may close with a comma and the words may open a parenthesis: a list whose first item
# is no mention ("Experiments on ArXiv, PubMed, and Multi-News", "on three remote sensing
# datasets (ISPRS Potsdam, ..."), also with "and" before the next name when an item that is no
# mention breaks the list ("on CIFAR-10, Celeb-A, and LSUN"); a lower-case word may not ("In
# this work, we propose D"), and a subject pronoun opens a new clause ("Based on Gen4D, we present SportPAL")
#: the prepositions of EVAL_PREP (the last one decides the rule)
PREP_WORD = re.compile(r"\b(?:on|across|over|in|against|under|evaluated)\b", _I)
#: "instruction-tuned models such as Vicuna-13B": the named examples are what is compared
SUCH_AS = re.compile(r"\s*,?\s*(?:such as|like|including|e\.g\.,?|for example,?)\s+", _I)
#: "benchmarks such as", "datasets like", "including" right before the dataset
EVAL_LIST = re.compile(
    r"\b(?:benchmarks?|datasets?|test\s*sets?|suites?|tasks?|evaluations?|corpora)\b\s*,?\s*"
    r"(?:such\s+as|like|including|e\.g\.,?|namely|i\.e\.,?|:)\s*$",
    _I,
)
#: the text right of a dataset: "D to evaluate", "D for evaluation", "D as the benchmark"
EVAL_RIGHT = re.compile(
    r"^" + _CITE + r"\s*(?:datasets?|benchmarks?|test\s*sets?)?\s*"
    r"(?:to\s+(?:evaluate|test|benchmark|assess|validate)|for\s+(?:evaluation|evaluating|testing|benchmarking)"
    r"|as\s+(?:the\s+|a\s+|our\s+)?(?:benchmark|test|evaluation|testbed))",
    _I,
)
#: right after a data set: "D, a new benchmark designed to evaluate", "D, which assess", "D to test",
#: "D, a benchmark that systematically evaluates", "D serves as a resource for evaluating"
BENCHMARK_PURPOSE = re.compile(
    r"(?:\s*\([^()]{0,30}\))?\s*"
    # "D, a new (MCQA) benchmark ...", or "D offers a crucial resource / serves as a testbed ..."
    r"(?:(?:[,:]\s*|\s(?:offers?|provides?|serves?\s+as|establish(?:es)?)\s+)(?:a|an|the)\s+"
    r"(?:(?:[\w\-]+|\([^()]{1,20}\))\s+){0,6}?"
    r"(?:benchmark(?:ing\s+(?:system|framework|suite))?|dataset|suite|testbed|test\s*set|corpus|collection|leaderboard"
    # the kinds of benchmark that are run rather than read: "D, an arena for evaluating LLM agents", "D, a
    # modular platform designed to evaluate X" (the purpose that must follow makes them benchmarks)
    r"|resource|evaluation\s+framework|platform|arena|game|environment|playground|sandbox|gym|simulator|framework)s?\s*"
    # "a benchmark comprising 1,100 questions designed to evaluate X": what it holds, then the purpose
    r"(?:(?:of|with|comprising|containing|featuring|spanning|covering)\s+(?:[\w\-,.'’]+\s+){1,8}?"
    r"(?=(?:\w+ly\s+)?(?:designed|built|purpose-built|crafted|curated|constructed|developed|tailored|intended)\b)"
    # "a benchmark inspired by the reasoning of detectives, designed to evaluate X", "a benchmark that
    # integrates video and text to systematically evaluate X", "a VQA benchmark in the Korean language
    # for the evaluation of X": a longer description (no clause of its own: no "we", "while") that ends
    # in an explicit purpose
    # (nor a purpose of its own on the way: "the first benchmark to assess X for evaluating Y" tests X)
    r"|(?:(?!(?:we|our|they|while|whereas|but)\b|(?:to|for|which|that)\s+(?:\w+ly\s+)?"
    r"(?:evaluat|assess|benchmark|measur|test|prob|examin))(?:[\w\-+~'’]+(?:[.,]\d+)*|\([^()]{0,20}\)),?\s+)"
    r"{1,14}?(?=(?:\w+ly\s+)?(?:designed|built|purpose-built|crafted|curated|constructed|developed|tailored|intended)"
    r"\s+(?:\w+ly\s+)?(?:to|for)\s|to\s+(?:\w+ly\s+)?(?:evaluate|assess|benchmark|measure|probe|examine)\s"
    r"|for\s+(?:\w+ly\s+)?(?:evaluating|assessing|benchmarking|the\s+(?:\w+\s+)?(?:evaluation|assessment)\s+of)\s))?"
    r")?,?\s*"
    r"(?:(?:which|that)\s+(?:(?:is|are)\s+)?(?:\w+ly\s+)?|(?:(?:is|are)\s+)?(?:\w+ly\s+)?"
    r"(?:designed|built|purpose-built|created|crafted|constructed|curated|developed|tailored|intended|proposed|used)"
    r"\s+(?:\w+ly\s+)?)?"
    r"(?:to\s+(?:\w+ly\s+)?(?:evaluate|assess|benchmark|test|measure|probe|examine|diagnose)"
    r"|for\s+(?:\w+ly\s+)?(?:evaluating|assessing|benchmarking|testing|measuring|probing|examining|"
    r"the\s+(?:\w+\s+)?(?:evaluation|assessment)\s+of)"
    # "crafted to facilitate a more realistic and robust evaluation of X"
    r"|to\s+(?:facilitate|enable|support)\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,4}?(?:evaluation|assessment)\s+of"
    # "D, which assesses X", "a benchmark that systematically evaluates X"
    r"|(?:(?<=which\s)|(?<=that\s)|(?<=ly\s))(?:evaluates?|assess(?:es)?|benchmarks?|tests?|measures?|probes?))\b", _I)
#: "the Grammar Competence of LLMs", "reasoning in MLLMs": the thing whose property is tested follows
OWNER_AFTER = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:of|in)\s+(?:the\s+)?", _I)
#: between that cue and the model tested: no clause punctuation, no instrument ("via CoT")
PURPOSE_OBJECT_GAP = re.compile(
    r"(?:\s*(?!(?:via|using|with|by|through|against|from|than|versus|vs)\b)[\w\-'’]+(?:\s*,)?){0,8}\s*", _I)
#: "X surpasses Y on D": a comparison cue right before the rival Y (a few modifier words between) ...
RIVAL_CUE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|than|over|compared\s+(?:to|with)|relative\s+to|versus|vs\.?)"
    r"\s+(?:(?:the|a|an|strong|prior|previous|existing|baseline|state-of-the-art|sota|larger|proprietary|leading)\s+){0,3}$", _I)
#: ... and nothing but a citation or an acronym between the rival and the preposition
RIVAL_BEFORE_PREP = re.compile(r"(?:\s*\([^()]{0,30}\))?" + _CITE + r"\s*", _I)
#: "on" after these words builds something on the data set, it tests nothing on it ("a benchmark
#: based on GSM8K", "Building on EduDial, we develop ...", "the Bench2Drive benchmark built on the
#: CARLA simulator"); "Experiment results based on D show that X ..." still report a test
BUILT_ON_DATA = re.compile(
    r"(?<!result\s)(?<!results\s)(?<!experiments\s)(?<!evaluation\s)(?<!evaluations\s)"
    r"\b(?:based|built|build|builds|building|constructed|grounded)\s+$", _I)
#: "in" after a flaw or a trace names what the data set holds, no test run on it ("corrected
#: annotation errors in the existing D", "the prevalence of X in existing D", "the limitations of
#: existing LLMs in automating T", "revealing significant gaps in D", "resulting in D") or the labels
#: it carries ("validate the gold annotations under D"; not "X plays a key role in D": a finding of a
#: test on D)
IN_HOLDS = re.compile(
    r"\b(?:errors?|mistakes|noise|bias(?:es)?|artifacts?|gaps?|duplicates?|contamination|leakage|"
    r"annotations?|"
    r"resulting|(?:prevalence|limitations?|presence|frequency|distribution)\s+of\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)\s+$",
    _I)
#: "in particular", "in addition": an adverbial, not the "in" of a data set
IN_ADVERBIAL = re.compile(r"(?:in|under)\s+(?:particular|addition|contrast|practice|turn|general|short|summary|detail)\b", _I)
#: right of a data set after "Based on": a clause of testing follows ("Based on D, we evaluate /
#: benchmark / find ..."), so the fronted phrase names the test's data, not what was built on it
TEST_CLAUSE_AFTER = re.compile(
    r"[^;.]{0,50}?,\s*we\s+(?:\w+ly\s+)?(?:evaluat|benchmark|test|assess|find|found|compar|conduct|measur)\w*", _I)
#: "we train and evaluate X on D", "fine-tuned and tested on D": the data set is both trained and tested on
TRAIN_AND_TEST = re.compile(
    r"\b(?:(?:pre-?)?train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing))\s+and\s+(?:evaluat|test|validat|benchmark)\w*\b", _I)
#: right after a data set: a purpose clause of training that names what was trained ("D to train X",
#: "D is used to fine-tune X", "D to train and evaluate X")
DATA_TO_TRAIN = re.compile(
    r"(?:\s*\([^()]{0,20}\))?(?:\s+(?:datasets?|corpus|corpora|data|benchmarks?))?"
    r"(?:\s+(?:is|are|was|were)\s+(?:used|employed|utili[sz]ed|leveraged))?"
    r"\s+to\s+(?:(?:pre-?|re-?|post-?)?train|fine-?tune)(?P<test>\s+and\s+(?:evaluate|test|validate|benchmark))?\s+", _I)
#: the opening of a clause right before a data set that names it as the means of a test ("Using D, ...",
#: "With the new D, ...", "Leveraging D, ...")
OPENING_DATA_LEAD = re.compile(
    r"\s*(?:(?:finally|then|next|moreover|further|additionally|specifically)\s*,?\s*)?(?:using|with|leveraging|utili[sz]ing|employing|via|through)\s+"
    r"(?:(?:the|this|our|these|a|an)\s+)?(?:[\w\-]+\s+){0,2}", _I)
#: ... and right after it: "(, the benchmark), we (systematically) evaluate / benchmark / compare ..."
WE_EVALUATE_AFTER = re.compile(
    r"(?:\s*\([^()]{0,30}\))?(?:\s+(?:benchmark|dataset|suite|corpus|data)s?)?\s*,\s*we\s+(?:(?:\w+ly|further|also|then)\s+)*"
    r"(?:evaluat|benchmark|test|assess|compar|analy[sz]|examin|prob)\w*\s+", _I)
#: ... or "(, the corpus), we (further) train / pre-train / fine-tune ...": what is trained on it
WE_TRAIN_AFTER = re.compile(
    r"(?:\s*\([^()]{0,30}\))?(?:\s+(?:benchmark|dataset|suite|corpus|corpora|data)s?)?\s*,\s*we\s+"
    r"(?:(?:\w+ly|further|also|then|first)\s+)*(?:(?:pre-?|re-?|post-?)?train|fine-?tune)(?:s|d|ed)?\s+", _I)
#: the paper's own work as the object of such a verb ("we evaluate our method", "... it")
SELF_OBJECT = re.compile(
    r"(?:(?:the\s+)?(?:performance|effectiveness|robustness)\s+of\s+)?(?:it\b|our\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:method|model|approach|framework|system|pipeline|agent|network|algorithm)s?\b)", _I)
#: an optional "(ABBR)" right after a mention
_ALIAS_AFTER = r"\s*(?:\([^()]{0,20}\)\s*)?"
#: the left context of a mention that names what a result was reached with, not what was tested
#: ("our method achieves 64.6% using only 1/4 full-attention layers", "Through iterative training, ...",
#: "an IDE developed using the principles of General Symbolics, which achieves 62.3% on D")
TOOL_CUE = re.compile(
    r"\b(?:using|via|through|leveraging|employing|utili[sz]ing)\s+(?:[\w\-/%]+(?:\.\w+)*\s+){0,4}$", _I)
#: a participle phrase set off by commas between a subject and its verb ("X, trained through only
#: simple supervised fine-tuning (SFT), outperforms Y on D", "X, which was trained with Z, beats Y",
#: "X, built on Z, reaches 70% on D"): the
#: left context of a mention inside it (the participle opens a prepositional phrase: "Notably,
#: Z-reinforced X boosts" is none; a name given ("named X", "referred to as X") is the subject) ...
INTERPOSED_OPEN = re.compile(
    r",\s*(?:(?:which|that|who)\s+(?:was|were|is|are|ha(?:s|ve)\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?!(?:named|called|dubbed|termed|coined|denoted|referred|abbreviated|known)\b)"
    r"(?-i:[a-z]+ed|built|taught|run)\s+(?:\w+ly\s+)?"
    r"(?:on|in|with|through|by|via|using|from|to|for|upon|under|without|at|only)\b[^,;:]{0,80}$"
    # "X, using the open-source VLM (LLaVA-7B) and LLM (Llama-8B), outperforms Y on D": what X runs with
    r"|,\s*(?:using|leveraging|employing|utili[sz]ing|adopting|exploiting|equipped\s+with)\s[^,;:]{0,80}$", _I)
#: ... and its right context, up to the closing comma
INTERPOSED_CLOSE = re.compile(r"[^,;:]{0,60}?,")
#: between a name and a class noun set off by commas after it ("Qwen2.5-VL-72B, an open-source MLLM,
#: achieves ...", "O3-mini, a proprietary reasoning-focused model, reaches ...")
APPOSED_CLASS_GAP = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?,\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,4}$", _I)
#: ... unless the tool stands right before the evaluation preposition ("experiments conducted using
#: Whisper on D", "using ResNet and ViT backbones on D": the tool was run on D) ...
TOOL_RUN_ON = re.compile(_ALIAS_AFTER + r"(?:[\w\-]+\s+){0,2}$", _I)
#: ... or is the subject of a gerund that opens a clause ("On D, leveraging B-score substantially
#: improves accuracy"; not "our approach through MLLM and ReP outperforms ...")
GERUND_LEFT = re.compile(r"(?:^|[,;:(]\s*)$")
#: (a verb of result right after the gerund's object makes it the subject)
GERUND_SUBJECT_AFTER = re.compile(
    _ALIAS_AFTER + r"(?:\w+ly\s+)?(?:improv|achiev|yield|outperform|surpass|boost|enhanc|reach|increas"
    r"|reduc|deliver|lead|bring|brings)\w*\b", _I)
#: right after a mention: it names the kind of data or the ability tested, not the system tested
#: ("long-term memory benchmarks", "the V-TIEE dataset", "superior in-context learning performance")
NOT_A_SYSTEM_AFTER = re.compile(
    r"\)?" + _ALIAS_AFTER + r"(?:(?:benchmark|dataset|data\s+set|corpus|leaderboard)s?|corpora)\b", _I)
#: the same for a lower-case phrase, which names a technique or a task rather than a system
#: ("multi-task learning performance", "temporal search capabilities", "linear probing accuracy";
#: "LLM performance" stays)
NOT_A_SYSTEM_AFTER_LOWER = re.compile(
    _ALIAS_AFTER + r"(?:performance|capabilit(?:y|ies)|abilit(?:y|ies)|skills?|accuracy)\b", _I)
#: a training verb ("pre-trained", "fine-tuned", "trained the latter") before the preposition
TRAIN_VERB = re.compile(
    r"\b(?:(?:pre-?|re-?|post-?)?train(?:ed|s|ing)?|fine[-\s]?tun(?:ed|es|e|ing)|learn(?:ed|s|t)?|"
    r"instruction-tuned|distill(?:ed|s|ing)?|initiali[sz](?:ed|ation|e|es|ing))\b"
    # no part of a name or compound ("outperforming DeepSeek-R1-Distill-Qwen-7B on D", "training-free"), and
    # no kind of data ("a fine-tuning dataset augmented from D", "training data from D" trains nothing yet)
    r"(?!-\w)(?!\s+(?:data(?:sets?)?|sets?|corpus|corpora|splits?|samples?|examples?|pairs?|instances?)\b)",
    _I,
)
#: between a training verb and a later "on D": a result or a win, so D is where the trained model was
#: tested ("X trained on A reaches 80% on D", "fine-tuned on A, it outperforms Y on D"; "fine-tuned on 10%
#: of D", "on a 10% subset of D" are still trained on D)
TRAINED_THEN_TESTED = re.compile(r"%(?!\s*(?:of|subsets?|splits?|portions?|samples?)\b)|\b(?:reach\w*|attain\w*|obtain\w*|yield\w*|outperform\w*|surpass\w*|beat\w*)\b", _I)
#: before a training word, in its clause: a win over it ("outperforms naive fine-tuning and hybrid
#: training on D", "exceeding larger GRPO-trained judges on D"): the win was measured on D; after
#: "compared to / than" D stays the rival's training data ("compared to models pretrained on D"),
#: and "outperforms Y when trained on D" trains the winner
RIVAL_BEFORE_TRAINING = re.compile(
    r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*)\b"
    r"(?:(?!\b(?:when|while|after|once|if|whereas|but)\b)[^,;:.])*$", _I)
#: a training preposition + up to 5 words ("trained using ImageNet", "fine-tuned with")
TRAIN_PREP = re.compile(r"\b(?:on|using|with|from)\s+(?:[\w\-/.+]+\s+){0,5}$", _I)
#: between a training verb and its object: "we fine-tune [the] LLaMA-2 on D", "pre-train [a small] X on D"
#: (no preposition: in "trained with LoRA on D" LoRA is no trainee)
TRAIN_OBJECT_GAP = re.compile(
    r"\s+(?:(?!(?:on|in|with|using|by|via|from|for|to|of|and|or|then|we|they|it)\b)[\w\-]+\s+){0,3}$", _I)
#: between such an object and the data set: a margin or a clause, the object was not trained there
NOT_TRAINEE_AFTER = re.compile(r"\bby\b|%|[;:]|\b(?:and|then)\s+(?:evaluat|test)", _I)
#: "ImageNet-pretrained ResNet-50", "COCO pre-trained detectors": between the data set and the model
DATA_TRAINED_GAP = re.compile(
    r"^[-\s](?:pre-?trained|fine-?tuned|trained)\s+(?:(?!(?:on|in|with|using|by|via|from|for|to|of|and|or)\b)[\w\-]+\s+){0,2}$",
    _I)
#: a sentence that reports a test or its results (for "X ... in D" to be an evaluation)
RESULT_CONTEXT = re.compile(
    r"\b(?:evaluat\w*|test(?:s|ed|ing)?|benchmark\w*|validat\w*|experiment\w*|achiev\w*|report\w*|results?|perform\w*"
    r"|scor\w*|accura\w*|improv\w*|gains?|outperform\w*|surpass\w*|state-of-the-art|sota|won|place|rank(?:s|ed)?"
    r"|demonstrat\w*|generali[sz]\w*)\b|%", _I)
#: evaluation words that stop a training verb from reaching the dataset
EVAL_WORD = re.compile(r"\b(?:evaluat\w*|test\w*|benchmark\w*|achiev\w*|report\w*|results?|perform\w*|scor\w*|accura\w*)\b", _I)
#: "experiments on D show that X ...": the subject may follow the dataset
SHOW_THAT = re.compile(r"\b(?:show|shows|showed|shown|showcase[sd]?|demonstrate[sd]?|indicate[sd]?|verif(?:y|ies|ied)|confirm(?:s|ed)?|reveal(?:s|ed)?|suggest(?:s|ed)?)\b", _I)
#: a data set that ends a fronted phrase, the subject a name right after the comma ("compared to Y on
#: the D dataset, X achieves", "at a low code rate on D, our X attains"): the subject may follow
#: however long the phrase before the data set ...
FRONTED_DATA_END = re.compile(
    r"(?:\s+(?:data\s*sets?|datasets?|benchmarks?))?(?:\s*\([^()]{0,20}\))?\s*,\s+"
    # (a name with a capital inside and a verb after it, not the next item of a list "D1, D2, D3")
    r"(?:our\s+(?:[a-z\-]+\s+)?|the\s+proposed\s+)?(?=[A-Z][\w\-]*[A-Z\d][\w\-]*(?:\s*\([^()]{0,20}\))?\s+[a-z])")
#: a stated winner after "Compared with Y, X ...": "X achieves much better ..."
WINNER_AFTER = re.compile(  # ("competitive or superior accuracy" states parity at least, no winner)
    r"^[^;]{0,60}?(?<!\bor\s)\b(?:better|higher|superior|outperform\w*|surpass\w*|faster|stronger|improves?)\b", _I)
#: the left context of a mention that makes it an object, not a subject
OBJECT_CUE = re.compile(
    r"\b(?:(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)than|over|against|such\s+as|like|including|e\.g\.,?|i\.e\.,?|compared\s+(?:to|with)"
    r"|relative\s+to|versus|vs\.?|from|behind|beyond|outperform\w*|surpass\w*|beat\w*|exceed\w*"
    # "X achieves state-of-the-art performance among 7B video LLMs", "ranks first among unsupervised methods"
    r"|(?:state[\s\-]of[\s\-]the[\s\-]art|sota|best|first|top|leading)(?:\s+[\w\-]+){0,2}?\s+among"
    r"|(?:built|builds|building)\s+(?:up)?on|based\s+on|on\s+top\s+of|extend\w*|with"
    # a cause is no actor: "mitigates information loss due to random sampling, and enhances ..."
    r"|due\s+to|owing\s+to|because\s+of|caused\s+by)\s+"
    r"(?:(?:[\w\-]+|\([^()]{0,20}\))\s+){0,4}$",  # ("outperforms state-of-the-art (SOTA) NAS methods")
    _I,
)
#: names in a parenthesis after a beaten object phrase are objects too: "outperforms baseline
#: techniques (PAIR and PAP) ... and shows comparable performance with GCG" (PAP heads nothing)
COMPARED_PAREN = re.compile(
    r"\b(?:(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)than|over|against|compared\s+(?:to|with)|versus|vs\.?"
    r"|outperform\w*|surpass\w*|beat\w*|exceed\w*)\s+(?:[\w\-]+\s+){0,4}\(\s*$",
    _I,
)
#: the left context of a mention that is an instrument of some action, not the subject of a comparison
#: that follows ("LLMs fine-tuned using LoRA ..., comparing with GPT-4o": LoRA is compared with nothing;
#: "our results on AlexNet show 3x speedups over Y": AlexNet is where the method was run; "X-chain
#: for short chain-of-thought (CoT), achieving gains over PPO": CoT is what the method is for)
INSTRUMENT_CUE = re.compile(
    r"\b(?:(?:using|via|through|leveraging|employing|into|onto"
    # the object of a finite verb of use: "Our STSSM module leverages state-space models to ..., offering
    # higher performance compared to ViT": the subject is STSSM
    r"|(?:leverag|utili[sz]|employ|adopt|incorporat|integrat|exploit)(?:es|ed)|uses)\s+(?:[\w\-]+\s+){0,3}"
    r"|for\s+(?:(?!(?:and|or)\s)[\w\-]+\s+){0,3}"  # ("for English and XLM-R, both exceeding": XLM-R)
    r"|(?:results?|experiments?|evaluations?)\s+on\s+(?:the\s+)?)(?:[\w\-]+\s+\()?$",  # (an "(ABBR)" alias)
    _I)
#: between a candidate subject and its cue: the cue belongs to a clause with a subject of its own
#: ("Experiments on CNNs and ViTs show that our method outperforms ...": not ViTs; "Unlike
#: GPT-4, our model ...": not GPT-4)
OWN_CLAUSE_GAP = re.compile(
    r"\b(?:show[sn]?|showed|demonstrat\w*|indicat\w*|verif\w*|confirm\w*|reveal\w*|suggest\w*|find|finds|found"
    r"|observe[sd]?|prove[sdn]?|highlight\w*)\s+that\b"
    r"|\b(?:our|the\s+proposed)\s+(?:[\w\-]+\s+){0,2}?(?:method|model|approach|framework|system|"
    r"network|architecture|algorithm|technique|pipeline|agent|solution|variant)s?\b",
    _I,
)
#: the left context of a mention that names what an experiment was run with, not what it
#: tested ("Experiments on UCF-101 with both CNN and Transformer models demonstrate that
#: VFAT-WS ...": the subject of the evaluation is VFAT-WS); "competitive with the n-gram model"
#: is a comparison, and the baseline is evaluated too
WITH_CUE = re.compile(
    r"(?:\b(?:using|via|through|leveraging|employing|such\s+as|including|e\.g\.,?)"
    r"|(?<!compared\s)(?<!comparable\s)(?<!competitive\s)(?<!par\s)\bwith)\s+(?:[\w\-]+\s+){0,4}$",
    _I,
)
#: right after a "with" object: a participle makes it the subject of an absolute clause
#: ("... demonstrate gains, with PDP-SGD achieving 78.5% PCKh")
WITH_SUBJECT_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:achiev|obtain|reach|yield|show|outperform|surpass|attain|perform|deliver|scor)ing\b",
    _I,
)
#: the paper's own method left unnamed ("our approach", "the proposed method")
UNNAMED_SELF = re.compile(
    r"\b(?:our|the\s+proposed)\s+(?:[\w\-]+\s+){0,2}?(?:method|model|approach|framework|system|"
    r"network|architecture|algorithm|technique|pipeline|agent|solution|variant)s?\b",
    _I,
)
#: the head noun of a class of systems rather than a name ("existing pose regression methods", "PEFT baselines")
CLASS_NOUN_END = re.compile(
    r"(?:method|model|approach|technique|baseline|algorithm|framework|network|architecture|system|strategy"
    r"|solution|variant)s?$", _I)
#: what may stand between "our method" and the name it gives ("our model, called X", "our method (X)")
NAMING_GAP = re.compile(r"[\s,:(]*(?:(?:called|named|dubbed|termed|coined)\s*)?", _I)
#: a sentence whose subject is the paper's own method ("our model", "we", "it")
SELF_SUBJECT = re.compile(
    r"\b(?:our|the\s+proposed)\s+(?:[\w\-]+\s+){0,2}?(?:method|model|approach|framework|system|"
    r"network|architecture|algorithm|technique|pipeline|agent|solution|variant|student|"
    # the kinds a paper names its own method by ("our proposed tracker achieves 0.81 on D")
    r"tracker|detector|segmenter|estimator|planner|retriever|classifier|encoder|tokenizer|compressor|policy)s?\b"
    r"|\bwe\b|(?:^|[,;:]\s*)it\b"
    # a clause that opens with "This approach / The framework ..." (a rival is named, not pointed at)
    r"|^\s*(?:(?:\w+ly|moreover|furthermore|additionally|finally|overall),?\s+)?(?:this|the)\s+"
    r"(?:approach|method|framework|technique|pipeline|strategy)\b",
    _I,
)

#: a title "D: <gap> X" whose D is a data set and whose gap makes it a test of X: "D: Benchmarking
#: Vision-Language Models for ...", "D: A Benchmark for Evaluating LLMs in ...", "D: Can MLLMs ...?";
#: what the test runs "with / using / via" is no tested model
TITLE_BENCHMARK_GAP = re.compile(
    r"\s*(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:benchmark|dataset|suite|testbed|arena|test|evaluation|corpus)s?\s+"
    r"(?:for|to)\s+|(?:towards?\s+)?(?:benchmarking|evaluating|assessing|probing|testing|stress-testing|diagnosing|auditing|"
    r"measuring|challenging|examining)\s+|(?:do|does|can|could|are|is|will|how\s+(?:well\s+|far\s+)?(?:do|does|can|are))\s+)"
    r"(?:(?!(?:with|using|via|by|through|from|on)\b)[\w\-]+,?\s+){0,6}?$", _I)
#: a phrase mention that names a kind of model ("Hallucination Detector", "Multi-Agent Frameworks"),
#: not a task or property typed Method ("Context Learning", "Long-Horizon Memory")
MODEL_KIND_END = re.compile(
    r"(?:models?|frameworks?|detectors?|agents?|systems?|networks?|transformers?|encoders?|judges?|"
    r"architectures?|classifiers?|LLMs?|VLMs?|LMs?)$", _I)
# ---------------------------------------------------------------- usedFor
#: method ... task: "X for T", "X is used for T", "X to address T", "X applied to T"
USED_FOR_GAP = re.compile(
    r"^\)?" + _CITE + r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*"
    r"(?:(?:is|are|was|were)\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?(?=(?:layer|model|method|framework|architecture|network|approach|module|strategy|technique|algorithm|system|scheme|classifier|paradigm|pipeline)))?"
    # "a CRF-based approach for T": the name as a modifier of the kind
    r"(?:-(?:based|driven|powered|guided|enhanced)\s+(?=(?:layer|model|method|framework|architecture|network|approach|"
    r"module|strategy|technique|algorithm|system|scheme|classifier|paradigm|pipeline|solution)))?"
    r"(?:(?:layer|model|models|method|methods|framework|architecture|network|approach|module|strategy"
    r"|technique|algorithm|system|setup|scheme|features|classifier|paradigm|pipeline|structure|solution"
    r"|agent|assistant)s?\s+)?"  # "LLM Agents for T"
    r"(?:,?\s*(?:which|that)\s+)?"  # "a multi-task network which performs T"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|can\s+be|could\s+be|be|being)\s+)?"
    r"(?:(?:widely|commonly|successfully|originally|specifically|mainly|also|often|extensively|first|then|"
    r"recently|previously|frequently|further|typically|increasingly|now)\s+)?(?:being\s+)?"
    # "has been used successfully in T", "have been tried for T", "are increasingly (being) used for T"
    r"(?:(?:used|applied|employed|adopted|utili[sz]ed|exploited|tested|explored|deployed|tried|studied)"
    r"(?:\s+(?:\w+ly|also))?\s+(?:for|to|in|on)"
    r"|(?:designed|tailored|proposed|developed|introduced|suitable|suited|effective|successful|popular|"
    r"specialized|specialised|optimized|trained|intended)\s+(?:for|to|in)"
    r"|for|towards?|(?<=approach\s)to|(?<=approaches\s)to|(?<=solution\s)to|(?<=solutions\s)to"  # "an HMM approach to T"
    # "X to address T", "X can perform T", "X is able to handle T"
    r"|(?:(?:(?:designed|proposed|developed|introduced|used|able)\s+)?to|can|could)"
    r"\s+(?:\w+ly\s+)?(?:address|tackle|solve|perform|"
    r"handle|improve|enhance|enable|boost|facilitate|support|achieve|accelerate|speed\s+up)"
    # "GleSAM significantly improves segmentation", "AGILE enhances object detection", "X performs T"
    r"|(?:\w+ly\s+)?(?:improves|enhances|enables|boosts|advances|facilitates|tackles|addresses|solves|performs"
    r"|handles|supports|excels?\s+(?:at|in)|specializes\s+in"
    # the plural subject: "Vision-language models enable T", "diffusion models improve T"
    r"|improve|enhance|enable|boost|facilitate|tackle|address|solve|handle|support)"
    # "X achieves great success in T", "X shows state-of-the-art performance on T"
    r"|(?:(?:has|have)\s+)?(?:achiev|show|demonstrat|attain|deliver|obtain|yield|exhibit|made|make)\w*\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:success|performance|results?|capabilit(?:y|ies)|abilit(?:y|ies)|potential|promise|proficiency|progress"
    r"|breakthroughs?|strides)\s+(?:in|on|for|across)"
    # "LLMs have revolutionized T", "X has significantly advanced T"
    r"|(?:has|have|had)\s+(?:\w+ly\s+)?(?:revolutioni[sz]ed|transformed|reshaped|advanced|improved|enhanced|boosted)"
    # "MGMs have emerged as a powerful framework for T", "X has become a prevailing paradigm in T", "X offers
    # a promising avenue for T", "X is a popular choice for T"
    r"|(?:(?:has|have)\s+(?:\w+ly\s+)?(?:become|emerged\s+as|been\s+established\s+as)|(?:is|are)\s+(?:\w+ly\s+)?"
    r"(?:becoming|emerging\s+as)|(?:offers?|provides?|represents?))\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:paradigm|framework|approach|tool|choice|technique|solution|method|backbone|candidate|avenue|standard|"
    r"foundation|option)s?\s+(?:for|in))"
    r"\s+(?:(?:the|a|an|both|various|many|downstream|several)\s+)?(?:[\w\-]+\s+){0,2}$",
    _I,
)
#: "GeoNet reformulates lithology classification as a ranking problem", "a framework that casts T as
#: program synthesis": the method recasts the task it does (with "as" right after the task, see
#: RECAST_AS_AFTER; "we formulate T as ..." has no method subject)
RECAST_GAP = re.compile(
    r"^\)?" + _CITE + r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:(?:which|that)\s+)?(?:\w+ly\s+)?"
    r"(?:re)?(?:formulates?|casts?|frames?|treats?)\s+(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,2}$", _I)
RECAST_AS_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:tasks?\s+|problems?\s+)?as\b", _I)
#: "X, a fast and unified T framework" / "X, a language model for T" / "X is a T model": a description
#: in apposition to (or said of) a method or model names what it is for (up to the next clause
#: punctuation)
APPOSITIVE_DESC = re.compile(
    r"(?:\)|\s*\([^()]{1,30}\))?(?:\s*,\s*(?:which\s+is\s+|that\s+is\s+)?|\s+(?:is|are|was|were)\s+)(?:a|an|the|our)\s+"
    r"(?P<desc>[^,.;:()\[\]]{3,140}(?:\([^()\[\],;.]{1,25}\)[^,.;:()\[\]]{0,100}){0,2})", _I)  # "(ABBR)"s may stand inside
#: the heads that make such a description a kind of method or model
DESC_HEAD = re.compile(
    r"\b(?:framework|model|system|method|approach|network|architecture|pipeline|tool|toolkit|agent|"
    r"algorithm|technique|module|paradigm|solution|detector|classifier|encoder|decoder)s?\s*$", _I)
#: "... for [financial] T" inside such a description
FOR_BEFORE = re.compile(r"\bfor\s+(?:[\w\-]+\s+){0,2}$", _I)
#: ... unless an example list or a part made for something else holds it ("discriminators originally
#: trained for image generation", "control tags -- such as <A> for T")
DESC_CLAUSE = re.compile(r"\b(?:such\s+as|e\.g|including|originally)\b", _I)
#: a description whose head is a problem or data, not a method: "Association Rule Mining (ARM) is a
#: fundamental task for knowledge discovery", "VRUs is a critical challenge for autonomous driving"
#: (the noun must end the phrase: "a question generation and answering framework" is a method)
DESC_NOT_A_METHOD = re.compile(
    r"(?:(?:[\w\-]+|\([^()]{1,25}\))\s+){0,5}?(?:task|problem|challenge|issue|question|bottleneck|goal|benchmark|dataset|corpus)s?\b(?!-)"
    r"(?=\s*(?:$|,|and\b|for\b|of\b|in\b|to\b|that\b|which\b|where\b|with\b|designed|tailored|built|curated))", _I)
#: a task after these words of a description is what the method avoids or lacks: "a training framework
#: that enables continuous LoD without sacrificing full-capacity rendering quality"
DESC_WITHOUT = re.compile(r"\b(?:without|instead\s+of|rather\s+than|unlike)\b", _I)
#: "T frameworks, such as A, B and C": the gap between a task and the first of its named methods
TASK_KIND_SUCH_AS = re.compile(
    r"^\s+(?:[\w\-]+\s+)?(?:frameworks|methods|models|approaches|systems|networks|architectures|"
    r"algorithms|techniques|detectors|classifiers|pipelines|tools|agents)\s*,?\s*"
    r"(?:such\s+as|including|like|e\.g\.,?)\s+(?:the\s+)?$", _I)
#: "the segmentation model SAM", "object detectors YOLOv8 and DETR", "a forecasting method called X":
#: a task, a kind of method, then its name
TASK_KIND_NAME = re.compile(
    r"^\s+(?:[\w\-]+\s+)?(?:framework|method|model|approach|system|network|architecture|algorithm|technique|"
    r"detector|classifier|pipeline|tool|agent|tracker|estimator|solver|backbone)s?\s*,?\s*"
    r"(?:(?:such\s+as|including|like|e\.g\.,?|called|named|dubbed|termed)\s+)?(?:the\s+)?$", _I)
#: with a comma in that gap, an article before the task makes the name an apposition ("a novel T
#: framework, X"); without one the comma may join a list ("integrating T methods, Kalman filters, and
#: ...") or a clause ("In T tasks with such models, X outperforms ...")
KIND_ARTICLE_LEFT = re.compile(r"\b(?:a|an|the|our|this|its)\s+(?:[\w\-]+\s+){0,4}$", _I)
#: ... and the name closes the apposition: punctuation or a relative / purpose word follows, not a verb
#: ("the state-of-the-art T model, X substantially improves ...") or a list ("T models, X, and Y")
KIND_NAME_CLOSES = re.compile(r"\s*(?:[.;:()\[]|,(?!\s*(?:and|or)\b)|$|(?:which|that|who|to|for|by|with|in)\b)", _I)
#: "the use of X in T", "applications of X to T", "the success of X in T": left of the method ...
USE_OF_LEFT = re.compile(
    r"\b(?:use|usage|uses|applications?|adoption|success|successes|effectiveness|efficacy|potential|role|"
    r"utility|deployment|integration|incorporation|introduction|capabilit(?:y|ies)|advances|advancements)\s+of\s+"
    r"(?:(?:the|a|an|these|such)\s+)?(?:[\w\-]+\s+){0,2}$", _I)
#: ... and between the method and the task
USE_OF_GAP = re.compile(
    r"^\)?" + _CITE + r"\s*(?:\([^()]{0,30}\)\s*)?(?:in|to|into|within|across)\s+"
    r"(?:(?:the|a|an|various|many|several|downstream)\s+)?(?:[\w\-]+\s+){0,2}$", _I)
#: "X in T", "X in the T": a method named right before the task it works in ("Data Augmentation in
#: Class-Incremental Learning", "the strengths of CNNs in local feature extraction")
IN_TASK_GAP = re.compile(r"\)?" + _CITE + r"\s+in\s+(?:(?:the|various|diverse|downstream|complex|real-world)\s+)?", _I)
#: ... unless X is what results or gaps are reported of ("results of X in T", "the gap between X in T
#: and humans"): a comparison of numbers, not a statement that X is used for T
IN_TASK_NOT_AFTER = re.compile(r"\b(?:results?|gaps?|differences?)\s+(?:of|between)\s+(?:[\w\-]+\s+){0,2}$", _I)
#: "GPT-4o's image generation", "MLLMs' spatial understanding": the task is the method's own
POSSESSIVE_GAP = re.compile(r"\)?\s*['’]s?\s+", _I)
#: "X, a novel T framework that ...": only modifiers between the description's article and the task ...
DESC_TASK_LEAD = re.compile(
    r"(?:(?!(?:for|of|to|that|which|with|by|in|on|from|using|via|and|or|as|is|are)\b)[\w\-]+\s+){0,4}", _I)
#: ... and a kind of method right after the task ("a forgery detection and reasoning framework")
DESC_TASK_HEAD = re.compile(
    r"(?:[\s\-]+[\w\-]+){0,2}?[\s\-]+(?:framework|model|system|method|approach|network|architecture|pipeline|tool|"
    r"toolkit|agent|algorithm|technique|module|paradigm|solution|detector|classifier|encoder|decoder|strategy|"
    r"application|platform)s?\b", _I)
#: "a framework for T, named X": the name follows the task the described method is for
NAMED_AFTER_TASK = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:called|named|termed|dubbed|coined|namely)\s*:?\s*", _I)
#: the end of a plural method mention: "diffusion models", "LLMs", "Transformers" (not "loss", "process")
PLURAL_KIND_END = re.compile(r"(?:[a-z]{2}|[A-Z]{2})(?<!s)s$")
#: an abbreviation: "T2I", "IR", "VQA"
ABBREVIATION = re.compile(r"[A-Z][A-Z0-9\-]{1,7}")
#: "a test set for T, called X": the name is a data set's, not a method's
DATA_KIND_FOR = re.compile(
    r"\b(?:datasets?|data|test\s*sets?|benchmarks?|corpus|corpora|suites?|collections?)\s+for\s+(?:[\w\-]+\s+){0,2}$", _I)
#: "the T capabilities of X", "the T performance of X": what the method is able to do
TASK_ABILITY_OF = re.compile(
    # ("the reasoning capabilities of LLMs", "formal reasoning capabilities in LLMs", "... abilities for MLLMs")
    r"\s+(?:capabilit(?:y|ies)|abilit(?:y|ies)|skills?|performance|competenc(?:e|ies)|proficiency)\s+(?:of|in|within|for)\s+"
    r"(?:(?:the|current|existing|modern|these|such|many|several|various)\s+)?", _I)
#: "X, a pose tracking framework which can perform T": a relative clause of use inside a description
RELATIVE_USE = re.compile(
    r"\b(?:which|that)\s+(?:(?:can|could|also|further)\s+)?(?:\w+ly\s+)?(?:performs?|handles?|tackles?|solves?|"
    r"address(?:es)?|supports?|enables?|targets?)\b", _I)
#: a title "X: <gap> T": the words between the colon and the task leave X a method for T
#: ("V-Stylist: Video Stylization via ...", "OptiPMB: Enhancing 3D Multi-Object Tracking",
#: "UNICA: A Unified Neural Framework for Controllable 3D Avatars"), unless they make X a data
#: set, a study or a question ("X: A Benchmark for T", "X: Can LLMs Solve T?")
TITLE_TASK_GAP = re.compile(
    r"\s*(?:(?!(?:benchmark\w*|datasets?|corpus|corpora|suite|survey|study|studies|analysis|analyzing|analysing|"
    r"evaluat\w*|assess\w*|investigat\w*|review|revisit\w*|understanding|probing|measuring|empirical|case|"
    r"comparison|comparing|challenge|leaderboard|testbed|arena|can|could|do|does|is|are|how|why|what|when|where|"
    r"should|which|who|position|lessons?|toward\s+understanding)\b)[\w\-]+[,:]?\s+){0,6}$",
    _I,
)
#: a title "X: <gap> T" whose gap names a means with no purpose after it ("UMA: Human Avatars via
#: Multi-level Surface Alignment", "ClimateGS: Climate Simulation with 3D Gaussian Style Transfer"):
#: T is how X works ("X: Y with Z for T" still makes X for T)
TITLE_MEANS_GAP = re.compile(
    r"(?<![\w\-])(?:via|through|using|leveraging|exploiting|with|by)(?![\w\-])(?!.*\b(?:for|towards?)\b)", _I | re.S)
#: between a name and a Model/Method inside the description that follows it in apposition:
#: "ResLPRNet, a novel LiDAR restoration network", "Linear attention, a variant of softmax attention"
APPOSED_KIND_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}", _I)
#: "X for T" and nothing else between: X is used for T even when X is the object of "with"
#: ("Marrying KAN with Mamba for 3D Medical Image Segmentation"), not of "based on" ("a
#: language model based on BERT for financial NLP" uses no BERT for it)
BARE_FOR = re.compile(r"\)?\s*for\s+(?:the\s+)?$", _I)
#: "Mamba with Bypass Attention for Video Editing": between the method and what it is combined with
#: (both are for the task)
WITH_JOIN = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?with\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,2}", _I)
#: the "with" that makes such an object
WITH_LEFT = re.compile(r"\bwith\s+(?:(?:[\w\-]+|\([^()]{0,20}\))\s+){0,4}$", _I)
#: "based on X for T": the object of "based / built on" is a part of what is for T, not used for it
#: itself ("a language model based on BERT for financial NLP")
BASED_ON_LEFT = re.compile(r"\b(?:based|built)\s+(?:up)?on\s+(?:(?:[\w\-]+|\([^()]{0,20}\))\s+){0,4}\(?$", _I)
#: "apply X to [end-to-end] T", unless "to" opens a purpose ("applies graph pruning to reduce
#: redundant retrieval", "apply CLAHE to enhance image contrast")
APPLY_TO_GAP = re.compile(
    r"\s*to\s+(?!(?:reduce|enhance|improve|increase|perceive|identify|evaluate|assess|generate|isolate|model|"
    r"detect|extract|capture|learn|predict|estimate|obtain|adjust|filter|create|produce|mitigate|remove|"
    r"refine|guide|boost|support|enable|solve|address|tackle|handle|perform|make|build|train|compute|"
    r"achieve|better|further|effectively|efficiently)\b)(?:[\w\-]+\s+){0,4}$", _I)
#: "X-based T", "LLM-driven T", "SAM-guided T": the mention is directly followed by the suffix and the task
#: ("a diffusion model guided by T" is no use of the model for T); an "(ABBR)" may stand before the suffix
#: ("large language model (LLM)-based transcript paraphrasing")
USED_FOR_BASED = re.compile(
    r"^(?:\s*\([^()]{1,20}\))?[-\s](?:based|driven|powered|assisted|aided|enabled|empowered|guided)\s+(?!by\b)(?:[\w\-]+\s+){0,1}$", _I)
#: "X achieves state-of-the-art T performance", "VLMs exhibit strong T", "X delivers superior T
#: accuracy": the quality is the method's at the task it is built for
ACHIEVES_TASK_GAP = re.compile(
    r"^\)?" + _CITE + r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:(?:has|have|had|also|consistently|further)\s+)?(?:\w+ly\s+)?"
    r"(?:achiev|demonstrat|exhibit|show|deliver|attain|display|possess|yield)\w*\s+(?:(?:a|an|the)\s+)?(?:new\s+)?"
    r"(?:(?:\w+ly|highly|very|more|much)\s+)?"
    r"(?:state-of-the-art|sota|strong|stronger|superior|competitive|remarkable|impressive|excellent|outstanding|"
    r"promising|leading|robust|high|higher|better|improved|significant|substantial|great|notable|exceptional|"
    r"unprecedented|accurate|reliable|effective|efficient|advanced|powerful|best)"
    r"(?:\s+(?:and|or|,)\s*[\w\-]+)?\s+$", _I)
#: "X achieves T accuracies on par with ...", "X attains unsupervised object discovery performance
#: comparable to ...": without a quality word the task must be followed by what is measured ...
ACHIEVES_BARE_GAP = re.compile(
    r"^\)?" + _CITE + r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:(?:has|have|had|also|consistently|further)\s+)?(?:\w+ly\s+)?"
    r"(?:achiev|attain|deliver|yield)(?:es|ed|s|ing)?\s+(?:(?:a|an|the)\s+)?$", _I)
#: ... right after the task
MEASURED_AFTER = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?:performance|accurac(?:y|ies)|results|F1|scores?)\b", _I)
#: "the YOLOv11 object detection model", "a BERT text classification model": a name, a task and a kind
#: of method right after the task (the name is a model of that task; a lower-case technique or a
#: gerund is no name: "fine-tuning T2I models", "flow matching V2A model")
NAME_TASK_KIND_AFTER = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:models?|detectors?|networks?|frameworks?|architectures?|backbones?|systems?|classifiers?"
    r"|pipelines?|algorithms?|trackers?|segmenters?|estimators?|modules?|engines?)\b", _I)
#: "LLM performance on T tasks", "Mamba's capabilities in T", "GPT-4o's strong capabilities in T": what
#: a method is good or bad at is a task it is used for (the mirror of TASK_ABILITY_OF, "the T
#: capabilities of X")
ABILITY_IN_TASK_GAP = re.compile(
    r"^(?:['’]s?\s+|\s+)(?:[\w\-]+\s+)?(?:performance|capabilit(?:y|ies)|abilit(?:y|ies)|proficiency|effectiveness|skills?)"
    r"\s+(?:on|in|across|at|for)\s+(?:(?:the|various|downstream|multiple|diverse|several|challenging|complex)\s+)?$", _I)
#: a win verb's stem after an optional adverb ("clearly outperform"), shared by every win pattern below
_WIN_STEM = r"(?:\w+ly\s+)?(?:outperform|surpass|beat|exceed)"
#: the win verb after a name (its closing bracket and an adverb may come first: "(X) clearly outperforms "),
#: shared by the three win-gap patterns below
_WIN_VERB = r"\)?\s*" + _WIN_STEM + r"\w*\s+"
#: "X outperforms existing methods in T", "X surpasses prior baselines on three T benchmarks": the
#: winner is a method for the task the contest is held in. The rivals are a class (a named rival is
#: a mention and stands between X and T); no clause opens before the task ("while using ...", "by",
#: "with"), and "in terms of" names a measure, not a task.
OUTPERFORMS_IN_TASK_GAP = re.compile(
    r"^" + _WIN_VERB +
    r"(?:(?!(?:while|whereas|which|that|when|where|by|using|with|without|to|we|it|its|their|they|than|as)\b)[\w\-]+\s+){0,6}?"
    r"(?:in|on|across|for)\s+(?!terms\b)(?:(?:the|both|all|various|diverse|multiple|several|many|two|three|four|five|six|"
    r"seven|eight|\d+)\s+)?(?:[\w\-]+\s+){0,2}?$", _I)
#: between a method and the tasks it "works in": a harm it does or suffers ("ISP functions can lead to
#: a loss of information ... for tasks such as T", "complicates image processing techniques, resulting
#: in errors in tasks such as T", "LLMs fail on tasks such as T") or a contrast clause ("X excels
#: across tasks while label noise remains a challenge in tasks such as T"): the tasks are not its use
HARM_OR_CONTRAST = re.compile(
    r"\b(?:(?:adversely|negatively)\s+(?:affect|impact)\w*|lead\w*\s+to\s+(?:an?\s+)?(?:loss|drop|degradation|errors?)"
    r"|result\w*\s+in\s+(?:\w+\s+)?(?:errors?|failures?|degradation)|fail(?:s|ed|ing|ures?)?|struggl\w*"
    r"|complicat\w*|hinder\w*|(?:while|whereas)(?!\s+\w+ing\b))\b", _I)
#: a win verb, as :data:`OUTPERFORMS_IN_TASK_GAP` opens ("consistently outperform", "surpasses")
WIN_VERB_AT = re.compile(r"\b" + _WIN_STEM + r"\w*\s+", _I)
#: ... a participle of it after a comma, which hangs on the whole clause before ("..., outperforming")
CLOSING_PARTICIPLE = re.compile(r",\s*" + _WIN_STEM + r"ing\b", _I)
#: right after a name: its verb of result ("Vad-R1 achieves superior performance, outperforming ..."),
#: or its possessive merit ("Mavors' superiority in ..."): the name is the clause's subject
RESULT_VERB_AFTER = re.compile(
    r"(?:\s*\([^()]{0,30}\))?(?:\s+(?:\w+ly\s+)?(?:achiev|attain|demonstrat|show|deliver|yield|reach|sets\b|set\s"
    r"|establish|enhanc|improv|obtain|perform|provid|exhibit|produc|generat|captur|maintain|reduc|increas|excel"
    r"|match|remain|(?:is|are|was|were|has|have)\b)"
    r"|['’]s?\s+(?:superiority|performance|effectiveness|strength|advantage|success))", _I)
#: right after a task: a kind of model, so the task describes the rivals ("attacks across T2I models")
MODEL_KIND_AFTER = re.compile(r"\s+(?:models?|systems?|architectures?|networks?|agents?|services?)\b", _I)
#: "SAM-6D surpasses FoundationPose in T": between the winner and the (first) rival beaten in a
#: task, only the win verb and a few modifiers of the rival ("outperforms existing", "surpasses
#: powerful models like"); no clause word, so the winner is the subject of the win verb
WINNER_GAP = re.compile(
    _WIN_VERB +
    r"(?:(?!(?:while|whereas|which|that|when|where|by|in|on|to|we|it|than|and|or|but)\b)[\w\-]+\s+){0,4}\(?", _I)
#: ... and between that rival and the task: the kind of the rival, the margin, "in / on / across"
#: and a quantifier ("surpasses GripPose on both T1 and T2", "outperforms B by 3-15% across four T
#: benchmarks"); no free word, so "in most scenarios that involve T" stays out
RIVAL_TASK_GAP = re.compile(
    r"\)?\s*(?:(?:methods?|models?|baselines?|approach(?:es)?|systems?)\s+)?"
    r"(?:by\s+(?:up\s+to\s+)?(?:an?\s+average\s+of\s+)?[\d.,\-–]+\s*(?:\\?%|points?|pp)\s+)?"
    r"(?:in|on|across)\s+(?:(?:the|both|all|various|diverse|multiple|several|standard|downstream|"
    r"two|three|four|five|six|seven|eight|\d+)\s+)?", _I)
#: "X outperforms state-of-the-art T methods", "X surpasses prior T baselines": X is a method for T too.
#: Between X and the task ...
OUTPERFORMS_TASK_GAP = re.compile(
    r"^" + _WIN_VERB + r"(?:(?:all|the|both|existing|state-of-the-art|sota|"
    r"prior|previous|current|recent|leading|strong|competing|other|conventional|traditional|baseline|mainstream|advanced|"
    r"representative|popular|several|many)\s+){0,3}$", _I)
#: ... and right after the task: the kind of the rivals
RIVAL_KIND_AFTER = re.compile(
    r"\s*(?:[\w\-]+\s+)?(?:methods?|models?|baselines?|approach(?:es)?|systems?|techniques?|frameworks?|algorithms?|"
    r"networks?|architectures?|detectors?|trackers?|solutions?|pipelines?|agents?)\b", _I)
#: "Experiments on T benchmarks show that X ...", "Across T benchmarks, X ...": the method tested on the
#: task's benchmarks is for the task. Left of the task ...
#: up to four words that describe the task's benchmarks ("on four UAV tracking", "across diverse")
#: (a list may lead to the task: "on ALFWorld, WebShop, and seven QA tasks", "on math, code and logical reasoning")
_TASK_MODIFIERS = r"(?:(?!(?:with|using|of|by|for|to|from|that|we)\b)[\w\-]+,?\s+){0,6}"
EXPERIMENT_TASK_LEFT = re.compile(
    # ("result in" is a verb: "a better result in a future generation")
    r"\b(?:experiments?|evaluations?|results|result(?!\s+in\b)|tests?|validation|studies|analys[ie]s)\s+(?:conducted\s+|performed\s+)?"
    r"(?:on|across|over|in)\s+" + _TASK_MODIFIERS + "$", _I)
#: ... or the sentence opens with it: "Across T benchmarks, X ..." (matched from the sentence start)
SENTENCE_ON_TASK_LEFT = re.compile(r"\s*(?:on|across)\s+" + _TASK_MODIFIERS, _I)
#: ... and between the task and the method (a coordinated task, the benchmarks, the verb)
EXPERIMENT_TASK_RIGHT = re.compile(
    r"(?:\s*(?:,|,?\s*and|,?\s*or)\s+[\w\-]+(?:\s+[\w\-]+){0,3})?\s*(?:(?:[\w\-]+\s+){0,2}?"
    r"(?:benchmarks?|datasets?|tasks?|settings?|scenarios?|problems?)\b)?\s*"
    # (a comma may close a list before the verb: "across T1, T2 and T3, demonstrate that X")
    r"(?:,\s*|(?:,\s*)?(?:\([^()]{0,60}\)\s*)?(?:consistently\s+|clearly\s+|further\s+)?"
    r"(?:show|shows|showed|demonstrate[sd]?|indicate[sd]?|confirm(?:s|ed)?|reveal(?:s|ed)?|verif(?:y|ies|ied))\s+that\s+)"
    r"(?:(?:the|our)\s+(?:proposed\s+)?)?", _I)
#: right after the method found by those rules: another list item, so the method is no subject but one
#: of the tested things ("in text-to-SQL, molecular synthesis, goal inference, pattern matching, ...")
LIST_ITEM_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:,|and\b|or\b)", _I)
#: a sentence opening with the task as its purpose or setting: "For T, X ...", "In T tasks, X ...",
#: "To further improve T, we propose X" (verbs of doing the task, not of removing it: "To overcome
#: T, ..." is no use for T). The text from the sentence start to the task ...
PURPOSE_TASK_LEAD = re.compile(
    r"\s*(?:for|in|to\s+(?:\w+ly\s+|further\s+|better\s+)?"
    # "To address these challenges and improve T, we propose X": the second purpose names the task
    r"(?:(?:address|tackle|overcome|solve|bridge|mitigate|alleviate)\s+(?:[\w\-]+\s+){1,3}?and\s+(?:\w+ly\s+|further\s+)?)?"
    r"(?:improve|enhance|enable|achieve|support|facilitate|perform|"
    r"address|tackle|handle|solve|accelerate|boost|advance|strengthen|realize|conduct|automate|scale|speed\s+up"
    r"|optimi[sz]e|refine|ensure|preserve|investigate|explore|promote|empower)"
    # "To tackle the challenges of multi-granularity T, we propose X": T is the task X is for
    r"|to\s+(?:address|tackle|overcome|solve|meet)\s+(?:the|these|such)\s+(?:[\w\-]+\s+)?(?:challenges?|difficult(?:y|ies))"
    r"\s+(?:of|in)(?:\s+(?:the|a|an))?"
    # "To mitigate the aforementioned gap in T", "To address these issues for T", "To deal with these
    # challenges for T": a problem met in the task
    r"|to\s+(?:address|tackle|overcome|solve|bridge|mitigate|alleviate|deal\s+with|resolve)\s+(?:the|these|this|such|"
    r"those)\s+(?:[\w\-]+\s+){0,2}?(?:challenges?|difficult(?:y|ies)|gaps?|issues?|problems?|limitations?|bottlenecks?)"
    r"\s+(?:in|for)(?:\s+(?:the|a|an|current|existing))?)\s+"
    r"(?:(?!(?:this|these|that|those|our|their|its|each|every|which|of|to)\b)[\w\-]+\s+){0,3}$", _I)
#: ... and from the task to the method: a comma, then the method as subject or as the object of a
#: verb of proposing or using ("..., we propose a lightweight X"), two modifiers at most ("To address
#: the limitations of T, ...", "In T, where full fine-tuning is costly, ...", "..., we evaluated three
#: X variants" and "..., prior methods leverage X" give nothing)
PURPOSE_TASK_REST = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s*,?\s*(?:and|or)\s+[\w\-]+(?:\s+[\w\-]+){0,3}(?:\s*\([^()]{1,30}\))?)?"
    r"(?:\s+(?:tasks?|problems?|settings?|scenarios?|applications?|benchmarks?))?\s*,\s*"
    r"(?:(?:we|this\s+(?:paper|work|study))\s+(?:\w+ly\s+|further\s+|first\s+|also\s+)?(?:propose|introduce|present|develop"
    r"|design|use|employ|adopt|apply|leverage|utili[sz]e|build|devise|construct|train|fine-tune|incorporate|integrate"
    r"|exploit)[sd]?\s+)?(?:(?:a|an|the|our)\s+)?"
    # "..., we propose a novel framework, PC-Talk" / "... a network architecture called STNet"
    r"(?:(?:[\w\-]+\s+){0,2}?(?:framework|method|approach|model|network|architecture|system|pipeline|module|strategy|"
    r"solution)\s*(?:,\s*|\s+(?:called|named|dubbed|termed)\s+))?"
    r"(?:(?!(?:of|for|in|on|with|to|by|from|and|or|we|they|it|where|which|when|while|who|that|is|are|was|were|has|"
    r"have|including|such)\b)[\w\-]+\s+){0,2}?", _I)
#: in a "T by / via / through ... X" gap, a gerund that does something to X rather than use it ("adjusts
#: the depth during multi-step reasoning by monitoring LLM's output entropy": the LLM is watched, not used)
NOT_USE_GERUND = re.compile(
    r"\b(?:by|via|through)\s+(?!(?:using|leveraging|utili[sz]ing|employing|exploiting|integrating|incorporating"
    r"|introducing|adapting|adopting|applying|combining|unifying|aligning|prompting|relying|fine-tuning|training"
    r"|pre-?training|distilling|coupling|augmenting|equipping|harnessing|building|extending|improving|performing"
    r"|exploring|recycling|reusing|scheduling|blending|sharing|deploying|injecting|designing|constructing"
    r"|developing|optimi[sz]ing|learning|modell?ing|enabling|running|calling|querying|invoking|finetuning)\b)"
    r"[a-z]+ing\s+(?:[\w\-]+\s+){0,2}$")
#: task ... method: "T via X", "T using X", "T with X", "T based on X"
USED_BY_GAP = re.compile(
    r"^" + _CITE + r"\s*(?:\([^()]{0,30}\)\s*)?"
    # "a T framework based on X", "T methods using X": the kind of method the task modifies ("images
    # generated by T models by applying X" is no use)
    r"(?:(?:framework|method|model|approach|system|pipeline|network|module|technique|algorithm)s?\s+(?!by\b))?"
    r",?\s*(?:is\s+|are\s+)?(?:performed\s+|done\s+|achieved\s+|tackled\s+|addressed\s+)?"
    r"(?:via|using|with|by|through|based\s+on|by\s+means\s+of|leveraging|employing|relying\s+on"
    # "a model for T that leverages X"
    r"|(?:that|which)\s+(?:leverages?|uses?|employs?|utili[sz]es?|exploits?|relies\s+on)"
    r"|utili[sz]ing|exploiting|powered\s+by|driven\s+by|enabled\s+by|with\s+the\s+help\s+of)\s+"
    r"(?:(?:the|a|an|our|their|its)\s+)?(?:[\w\-]+\s+){0,2}$",
    _I,
)
#: "integrate X into [the] T (pipelines)": between the method and the task ...
INTO_TASK_GAP = re.compile(r"\)?\s*into\s+(?:(?:the|existing|current|modern|standard|downstream|real-world)\s+)?", _I)
#: ... and left of the method: a verb of putting it in ("incorporating pretrained X into T")
INTEGRATE_LEFT = re.compile(
    r"\b(?:integrat(?:e|es|ed|ing)|incorporat(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|inject(?:s|ed|ing)?"
    r"|embed(?:s|ded|ding)?|plug(?:s|ged|ging)?)\s+(?:(?:the|a|an|our|these|such)\s+)?(?:[\w\-]+\s+){0,3}\(?$", _I)
#: "evaluate X on [the] T": between the method and the task ...
ON_TASK_GAP = re.compile(r"\)?\s*on\s+(?:(?:the|various|several|multiple|diverse|challenging|downstream)\s+)?", _I)
#: ... left of the method: a verb of testing or a result of it, a few words before
TEST_LEFT = re.compile(
    r"\b(?:evaluat(?:e|es|ed|ing|ion)|benchmark(?:s|ed|ing)?|assess(?:es|ed|ing)?|validat(?:e|es|ed|ing)|test(?:s|ed|ing)?"
    r"|compar(?:e|es|ed|ing)|performance\s+of|results\s+(?:of|for))\s+(?:(?:[\w\-.]+|\([^()]{0,30}\))\s+){0,5}\(?$", _I)
#: ... and not a task that only modifies a noun of models or outputs right after it ("on NLP models",
#: "on segmentation results"); "on T datasets" still tests X on T
NOT_A_TASK_AFTER = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:models?|results?|traces?|processes|outputs?|maps?)\b", _I)
#: a rival left of a method ("outperforms text embedding models", "lag behind commercial MLLMs")
RIVAL_LEFT = re.compile(
    r"\b(?:than|over|outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|behind|compared\s+(?:to|with)|versus|vs\.?)\s+"
    r"(?:(?:[\w\-]+|\([^()]{0,20}\))\s+){0,5}\(?$", _I)
#: left of a task joined "with" a method: "combining T with X", "the integration of T with X"
JOIN_LEFT = re.compile(
    r"\b(?:combin(?:e|es|ed|ing)|integrat(?:e|es|ed|ing|ion\s+of)|pair(?:s|ed|ing)?|unif(?:y|ies|ied|ying)"
    r"|fus(?:e|es|ed|ing)|coupl(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|marr(?:y|ies|ied|ying))\s+"
    r"(?:(?!for\b|to\b)[\w\-]+\s+){0,4}$"
    # "integrates LDA for topic modelling with LLMs": T is what the first part is for, X the second part
    r"|\b(?:combin(?:e|es|ed|ing)|integrat(?:e|es|ed|ing)|coupl(?:e|es|ed|ing)|marr(?:y|ies|ied|ying))\s+"
    r"(?:(?:[\w\-]+|\([^()]{0,20}\))\s+){1,6}for\s+(?:[\w\-]+\s+){0,2}$", _I)
#: "apply X to T": left of the method
APPLY_LEFT = re.compile(
    r"\b(?:appl(?:y|ies|ied|ying)|adapt(?:s|ed|ing)?|extend(?:s|ed|ing)?|transfer(?:s|red|ring)?)\s+(?:the\s+|a\s+|our\s+)?"
    # "extend the application of CLIP to T", "extends the principles of dataset distillation to T"
    r"(?:(?:application|use|principles?|idea|success)\s+of\s+(?:the\s+)?)?"
    # "applying general LLMs to T", "adapting pre-trained language models to T"
    r"(?:(?!(?:of|to|and|or|with|for|in|on|from)\b)[\w\-]+\s+){0,2}$", _I)
#: a name whose head takes "to" as a preposition: "A Split-then-Join Approach to T" is for T ("a strategy /
#: framework to T" is mostly an infinitive: "a masking strategy to resolve conflicts between T1 and T2")
APPROACH_HEAD = re.compile(r"\b(?:approach|solution)$", _I)

# ---------------------------------------------------------------- benchmarkFor
#: the nouns that make a phrase a data set: "a benchmark", "the first large-scale dataset", "a corpus"
_DATA_NOUN = (r"(?:benchmark(?:\s+dataset|\s+suite)?|dataset|data\s+set|corpus|corpora|suite|testbed|test\s*set"
              r"|collection|resource|leaderboard)s?")
#: what may follow a data set's name before its description: an "(ABBR)", the data noun the name
#: leaves out ("the MD-NEX benchmark, a ...")
_DATA_NAME_TAIL = r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:benchmark|dataset|corpus|suite)s?\b)?"
#: a description of a data set in apposition or after a copula, up to its head noun: "D, a comprehensive
#: benchmark", "D (ABBR), the first large-scale T dataset", "D is a T corpus", "D serves as a testbed",
#: "D: a benchmark for ..." (in a sentence). The head must end the noun phrase ("a novel benchmark
#: construction framework" describes a method)
DATA_DESC = re.compile(
    _DATA_NAME_TAIL + r"(?:\s*[,:]\s*(?:(?:which|that)\s+(?:is|are)\s+)?|\s+(?:is|are|was|were|serves\s+as|as)\s+)"
    r"(?:a|an|the|our|one\s+of\s+the|two|three|four|five|six|several)\s+"
    r"(?:(?:[\w\-'’]+|\([^()]{1,20}\)),?\s+){0,7}?(?P<head>" + _DATA_NOUN + r")"
    r"(?=\s*(?:[,.;:()\[]|$|(?:for|to|of|on|in|that|which|with|and|or|designed|tailored|curated|built|created|constructed"
    r"|developed|intended|dedicated|aimed|targeting|covering|spanning|featuring|focus\w*|towards?|where|from|across"
    r"|specifically|explicitly|expressly|purpose-built|comprising|containing|consisting|collected|derived|based"
    r"|advancing|supporting|enabling|facilitating|encompassing)\b))", _I)
#: ... or no noun, a participle or a relative clause of purpose right after the name: "D, designed
#: (explicitly) for T", "D1 and D2, targeting T", "the D benchmark, which encompasses T scenarios",
#: "the D benchmark to evaluate T"
DATA_CLAUSE = re.compile(
    _DATA_NAME_TAIL + r"(?:\s+(?=to\s+(?:\w+ly\s+)?(?:evaluate|assess|benchmark|test|measure|probe)\b)"
    r"|\s*,\s*(?=(?:(?:which|that)\s+(?:\w+ly\s+)?(?:evaluat|assess|test|measur|prob|target|cover|span"
    r"|encompass|focus|benchmark|examin)\w*"
    r"|(?:\w+ly\s+)?(?:designed|tailored|curated|built|created|intended|dedicated|developed)\s+(?:\w+ly\s+)?(?:for|to)"
    r"|targeting|covering|spanning|focusing)\b))", _I)
#: a word of a purpose's object: no instrument, source, comparison or new clause ("to evaluate X with T")
_PURPOSE_WORD = (r"(?:(?!(?:with|via|using|through|by|from|than|without|which|that|while|where|whereas|but)\b)"
                 r"(?:[\w\-'’.,]+|\([^()]{1,20}\))\s+)")
#: what a data set holds, before a participle of purpose: "a new benchmark of 414 questions designed to
#: evaluate T", "a speech corpus with diacritized transcriptions, intended for T" (only then: "a dataset
#: with T labels" is no purpose)
_DATA_CONTENT = (r"(?:\s+(?:of|with)\s+(?:[\w\-'’.]+\s+){0,5}?[\w\-'’.]+(?=\s*,?\s*(?:(?:which|that)\s+(?:is|are)\s+)?"
                 r"(?:\w+ly\s+)?(?:designed|tailored|curated|built|created|constructed|developed|intended|dedicated"
                 r"|aimed)\s))?")
#: between that head (or name) and a task: what the data set is for. A verb of testing may take a longer
#: object ("designed to evaluate the capabilities of multimodal LLMs (MLLMs) across T", "that evaluates X
#: on T", "for rigorously assessing T"); other purposes and contents reach a task a few words on ("for
#: T", "to support T", "spanning five T tasks", "comprising 12k T samples", "of 1,000 T pairs",
#: "advancing T"), also after "and a <noun>" ("a dataset and benchmark for evaluating T"); never through
#: "with / via / using / by / from" (a means or a source, not a purpose)
DATA_TASK_LINK = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:and|&)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+)?" + _DATA_CONTENT + r"\s*,?\s*"
    r"(?:(?:which|that)\s+(?:is\s+|are\s+)?)?(?:\w+ly\s+)?"
    r"(?:(?:designed|tailored|curated|built|created|constructed|developed|intended|dedicated|aimed|targeted|suited"
    r"|purpose-built|collected|introduced|proposed)\s+(?:\w+ly\s+)?)?"
    r"(?:(?:to\s+(?:\w+ly\s+)?(?:evaluate|assess|benchmark|test|measure|probe|examine|diagnose|study|investigate|explore"
    r"|quantify|analy[sz]e)|for\s+(?:\w+ly\s+)?(?:evaluating|assessing|benchmarking|testing|measuring|probing|examining"
    r"|diagnosing|studying|investigating|exploring|analy[sz]ing|the\s+(?:\w+\s+)?(?:evaluation|assessment|study)\s+of)"
    r"|evaluates?|assess(?:es)?|tests?|measures?|probes?|examines?|benchmarks?|evaluating|assessing|benchmarking"
    r"|testing|probing|examining|measuring)\s+" + _PURPOSE_WORD + r"{0,9}?"
    r"|(?:(?:for|towards?|to\s+(?:\w+ly\s+)?(?:support|facilitate|advance|enable|improve|enhance|train|foster|spur"
    r"|drive|promote))\s+(?:(?:advancing|improving|enhancing|training|developing|the\s+development\s+of)\s+)?"
    r"|(?:targets?|covers?|spans?|encompass(?:es)?|focus(?:es)?\s+on|targeting|covering|spanning|encompassing"
    r"|featuring|focusing\s+on|focused\s+on|comprising|containing|consisting\s+of|advancing|supporting|enabling"
    r"|facilitating)\s+|of\s+)" + _PURPOSE_WORD + r"{0,5}?)"
    r"(?:the\s+)?\(?$", _I)
#: a task right before the data head it modifies: "a visual question answering benchmark", "the first
#: large-scale T (ABBR) dataset", "a T evaluation benchmark" (at most one word between)
TASK_BEFORE_DATA_HEAD = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[\w\-]+\s+)?$", _I)
#: after a task: a plural or singular kind of data ("T benchmarks", "a T dataset"), "T tasks such as"
TASK_DATA_KIND = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:[\w\-]+\s+)?(?:(?P<data>" + _DATA_NOUN + r"|challenges?)"
    r"|tasks?(?=\s*,?\s*(?:such\s+as|including|like|e\.g\.)))", _I)
#: ... and the text from that kind to the data set that names (an example of) it: "T benchmarks such as
#: D", "T datasets (D1, D2)", "T datasets: D1", "a new T dataset, called D", "the T benchmark D"
DATA_NAME_AFTER_KIND = re.compile(
    r"\s*(?:(?P<open>[(:])\s*|,\s*(?:(?:such\s+as|including|like|e\.g\.,?|namely|i\.e\.,?|called|named|dubbed|termed)\s+)?"
    r"|\s+(?:(?:such\s+as|including|like|e\.g\.,?|namely|called|named|dubbed|termed)\s+)?)(?:the\s+)?$", _I)
#: a bare comma after the kind names a data set only after a determiner or a number before the task
#: ("we build a new T dataset, D", "three T benchmarks, A, B and C"; not "In T datasets, D ...")
KIND_DETERMINER_LEFT = re.compile(
    r"\b(?:a|an|the|our|this|its|two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|\d+)\s+"
    r"(?:[\w\-]+\s+){0,3}$", _I)
#: "the KITTI 3D object detection benchmark", "the NTIRE 2025 Image Denoising Challenge": between the
#: data set and the task (at most one word) ...
DATA_TASK_GAP = re.compile(r"\s+(?:[\w\-]+\s+)?", _I)
#: ... and right after the task, the kind of data it names
DATA_KIND_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:[\w\-]+\s+)?(?:benchmark|dataset|data\s+set|corpus|challenge|track|leaderboard)s?\b", _I)
#: "87.4 mIoU on Cityscapes semantic segmentation", "results in COCO object detection": a data set and a
#: task after "on / in / across" with no kind noun, the task ending the phrase ...
ON_DATA_LEFT = re.compile(r"\b(?:on|across|in)\s+(?:the\s+)?(?:[\w\-]+\s+)?$", _I)
TASK_ENDS_PHRASE = re.compile(r"\s*(?:[.,;:)]|and\b|tasks?\b|accuracy\b|performance\b|results?\b|$)", _I)
#: ... and nothing between them but "in" ("on ABC in unconditional generation"; "on D with T", "trained
#: on D improve T" are no such phrase)
DATA_TASK_JOIN = re.compile(r"\s+(?:in\s+)?", _I)
#: "D for T", "the D dataset for T", "D is used for T", "D as a benchmark for (evaluating) T"
DATA_FOR_GAP = re.compile(
    r"\)?\s*(?:\([^()]{0,30}\)\s*)?(?:(?:datasets?|benchmarks?|corpus|corpora|data|test\s*sets?)\s+)?"
    r"(?:(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:used|designed|tailored|curated|built|created|intended)\s+)?"
    r"(?:as\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:benchmark|testbed|test\s*set|dataset)\s+)?"
    r"for\s+(?:the\s+)?(?:(?:evaluating|assessing|benchmarking|testing)\s+)?(?:[\w\-]+\s+){0,2}", _I)
#: a title "D: <gap> T" whose words make D a data set for T: "D: A Benchmark for (Evaluating LLMs on) T",
#: "D: A Dataset of Scanned Pages for T", "D: Benchmarking (X on) T", "D: Towards Evaluating T"; a task
#: after "with / via / using / by / through / from" is a means or a source ("D: Benchmarking X with T")
TITLE_DATA_TASK_GAP = re.compile(
    r"\s*(?:(?:(?:a|an|the)\s+)?(?:[\w\-,]+\s+){0,5}?" + _DATA_NOUN +
    r"(?:\s+(?:and|&)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+)?\s+(?:of\s+(?:[\w\-,]+\s+){0,5}?)?(?:for|on|in|towards?)\s+"
    r"|(?:towards?\s+(?:a\s+)?(?:[\w\-]+\s+){0,2}?)?(?:benchmarking|evaluating|evaluation\s+(?:of|for)|assessing|probing"
    r"|testing|stress-testing|diagnosing|measuring|auditing|examining|quantifying)\s+)"
    r"(?:(?!(?:with|via|using|by|through|from|without)\b)[\w\-,'’]+\s+){0,6}?$", _I)
#: ... or a question the data set asks of models ("D: Are MLLMs Ready for T?", "D: Can LLMs Solve T?")
TITLE_DATA_QUESTION_GAP = re.compile(
    r"\s*(?:do|does|can|could|are|is|will|how\s+(?:well\s+|far\s+)?(?:do|does|can|are))\s+"
    r"(?:(?!(?:with|via|using|by|through|from|without)\b)[\w\-,'’]+\s+){0,8}?$", _I)
#: ... or only modifiers before a task that modifies the data head: "D: A Multimodal Reasoning Benchmark
#: for ...", "D: Human-Aligned Video Generation Benchmark" (see DATA_KIND_AFTER)
TITLE_DATA_KIND_LEAD = re.compile(
    r"\s*(?:(?:a|an|the)\s+)?(?:(?!(?:with|via|using|by|through|from|for|of|on|in|to|towards?)\b)[\w\-,]+\s+){0,5}?$", _I)
#: a sentence that opens with the purpose of the data set it introduces: "To evaluate (the) T ..., we
#: construct D", "To facilitate research on T, we introduce a new benchmark, D". From the sentence start
#: to the task ...
PURPOSE_DATA_LEAD = re.compile(
    r"\s*to\s+(?:\w+ly\s+|further\s+|better\s+)?(?:evaluate|assess|benchmark|test|measure|probe|examine|study|support"
    r"|facilitate|advance|enable|foster|spur|promote|investigate|explore|quantify|diagnose)\s+"
    r"(?:(?:further\s+|more\s+)?(?:research|progress|studies|work|development)\s+(?:on|in|of|into|toward|towards)\s+)?"
    r"(?:(?:the|this|these|such|their|its)\s+)?(?:(?!(?:with|via|using|by|of|for|to)\b)[\w\-]+\s+){0,3}", _I)
#: ... and from the task to the data set: the clause's subject introduces it, a few modifiers and a data
#: noun between ("..., we curate a large-scale T dataset, D"; "..., prior work uses D" does not count)
PURPOSE_DATA_REST = re.compile(
    r"[^.;:]{0,100}?,\s*we\s+(?:\w+ly\s+|also\s+|further\s+|first\s+|then\s+)?(?:introduce|present|construct|build"
    r"|curate|propose|create|collect|release|develop|establish|contribute|design)\s+"
    r"(?:(?:a|an|the|our|two|three|this)\s+)?(?:[\w\-]+\s+){0,5}?(?:(?:benchmark|dataset|corpus|suite|testbed)s?\s*,?\s*"
    r"(?:(?:called|named|dubbed|termed)\s+)?)?$", _I)
#: ... or, for a name that says it is a benchmark ("XBench", "VideoEval-Pro", "Mouse Lockbox Dataset"),
#: any words that name no means ("D: Long Video Understanding in the Wild", "D: Towards T")
TITLE_BENCH_NAME = re.compile(r"bench|eval(?![a-z])|dataset|corpus|arena", _I)
TITLE_DATA_LOOSE_GAP = re.compile(
    r"\s*(?:(?!(?:with|via|using|by|through|from|without)\b)[\w\-,'’]+\s+){0,6}?$", _I)
#: "T on D", "T results on the D benchmark", "T performance on D": a task run on a data set (the data
#: set tests the task). Between the task and the data set ...
TASK_ON_DATA_GAP = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:tasks?|performance|results?|accuracy|benchmarks?|experiments?)\s+)?"
    r"(?:on|in)\s+(?:the\s+)?(?:(?:challenging|popular|public|publicly\s+available|widely[\s\-]used|standard|large-scale"
    r"|real-world|benchmark|unseen|full)\s+)?", _I)
#: ... and not a setting or property measured on the data ("zero-shot generalization on D", "robustness
#: on D", "context window analysis on D"): these say how a method fares, not what the data set is for
NOT_A_DATA_TASK = re.compile(r"generali[sz]|transfer|analys|robust|efficien|compression|adaptation|attack", _I)
#: a data set as the subject of a sentence about what it offers ("D serves as a valuable resource for
#: advancing T", "D provides a new foundation for T", "D will facilitate advancements in T", "D aims to
#: enhance future research on T", "D supports three core tasks: T1, ..."): from the name to the task
#: (both wordings open after the name with its closing bracket, an "(ABBR)" and a data noun: "D (ABBR) dataset")
_AFTER_DATA_NAME = r"\)?\s*(?:\([^()]{0,30}\)\s*)?(?:(?:dataset|benchmark|corpus|suite)s?\s+)?"
DATA_OFFERS_TASK = re.compile(
    _AFTER_DATA_NAME + r"(?:(?:will|can|could|also|thus|further)\s+)*"
    r"(?:(?:serves?|serve)\s+as|provides?|provide|offers?|offer|establish(?:es)?|lays?)\s+(?:a|an|the)\s+(?:[\w\-]+,?\s+){0,4}?"
    r"(?:resource|foundation|testbed|test\s*bed|platform|benchmark|standard|groundwork|basis|playground|measure)\s+"
    r"(?:for|of)\s+(?:(?:\w+ly\s+)?(?:assessing|advancing|developing|evaluating|training|studying|diagnosing|benchmarking|"
    r"improving|future|further|research\s+(?:on|in)|(?:the\s+)?(?:evaluation|assessment|study|development)\s+of)\s+"
    r"(?:(?:and|&)\s+(?:\w+ing)\s+)?)*(?:(?:the|robust|reliable|accurate|multimodal|future)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"|" + _AFTER_DATA_NAME + r"(?:will|aims?\s+to|is\s+(?:intended|designed)\s+to)\s+"
    r"(?:\w+ly\s+)?(?:facilitate|advance|enhance|catalyze|spur|support|promote|drive|foster)\s+(?:(?:future|further)\s+)?"
    r"(?:(?:research|advancements?|progress|development|studies|work)\s+(?:on|in|of|toward|towards)\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
    r"|\)?\s*(?:(?:dataset|benchmark)s?\s+)?supports?\s+(?:\w+\s+)?(?:core\s+|key\s+|downstream\s+)?tasks?\s*:\s*", _I)
#: ... and the name must open the clause: the sentence start, or "we hope / expect / believe (that)",
#: "Overall," or "Together," before it
DATA_SUBJECT_LEFT = re.compile(
    r"(?:^|\b(?:hope|expect|believe|anticipate)\s+(?:that\s+)?|(?:overall|together|finally|thus|hence)\s*,\s*)"
    r"(?:(?:the|our|this)\s+)?(?:(?:proposed|new|resulting)\s+)?$", _I)
#: a task mention that names a data set itself ("the HSOD benchmark", "a new RRSIS dataset" typed Task)
DATA_NAMED_TASK = re.compile(r"\b(?:benchmark|dataset|corpus|corpora)", _I)


# ---------------------------------------------------------------- comparisons
_MOD = r"(?:(?:\w+ly|also|even|still|all|both|further)\s+)?"
#: head wins: "X outperforms Y", "X is better than Y", "X achieves higher accuracy than Y"
WIN_CUE = re.compile(
    r"\b(?:" + _MOD + r"(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?"
    r"|outclass(?:es|ed)?|outstrip(?:s|ped)?|dominat(?:es|ed))"
    r"|(?:improv(?:es|ed|ing)|advanc(?:es|ed|ing))\s+(?:up)?on"
    r"|(?<!\bor\s)(?:better|superior|stronger|higher|faster"  # "comparable or better than Y" is no win
    r"|more\s+(?:accurate|efficient|robust|effective|stable|reliable|precise|consistent|capable))"
    # ("NCA are more accurate (Dice) than Y": a bracket may stand among the words)
    r"(?:(?:\s+(?:[\w\-]+|\([^()]{0,20}\))){0,5}?\s+than|(?:\s+[\w\-]+){0,3}?\s+(?:compared\s+(?:to|with)|relative\s+to))"
    r"|(?<!\bor\s)superior(?:\s+[\w\-]+){0,3}?\s+to"  # "better adapting to X" compares nothing; "better suited to T than Y" does
    # "X performs favorably against Y", "compares favourably to Y"
    r"|(?:perform(?:s|ed|ing)?|compar(?:e|es|ed|ing))\s+(?:\w+ly\s+)?favou?rably\s+(?:against|with|to))\b",
    _I,
)
#: head wins, said with "over Y" (searched backwards from each "over", see ``relations._win_over_cues``):
#: "gains over Y", "a 3.9x speedup over Y", "superior performance over Y" (not "improved control over
#: Y"), a margin or a gain before "over": "improves accuracy by 4.8% over Y", "a 5% gain in F1 over Y"
WIN_OVER_CUE = re.compile(
    r"\b(?:(?:improvements?|gains?|advantages?|speed-?ups?)\s+"
    r"|(?:improved|better|superior|stronger|higher)\s+(?:(?!control\b|over\b)[\w\-]+\s+){0,2}?"
    r"|by\s+(?:(?:up\s+to|about|nearly|over|around|roughly|approximately|at\s+least|more\s+than|~)\s*)?"
    r"[\d.]+\s*(?:\\?%|points?|pp|percentage\s+points?|dB|x|×)?\s+"
    r"|(?:improvements?|gains?|advantages?|boosts?|speed-?ups?|increases?)\s+(?:in|of|on)\s+"
    r"(?:(?!over\b)[\w\-@.%]+\s+){1,4}?)over$",
    _I,
)
#: where ``WIN_OVER_CUE`` is tried
OVER_WORD = re.compile(r"\bover\b", _I)
#: head loses: "X lags behind Y", "X underperforms Y", "X is worse than Y"
LOSE_CUE = re.compile(
    r"\b(?:underperform(?:s|ed|ing)?|lag(?:s|ged|ging)?\s+behind|trail(?:s|ed|ing)?\s+behind"
    r"|fall(?:s|ing)?\s+(?:short\s+of|behind)|fell\s+(?:short\s+of|behind)"
    r"|(?:worse|inferior|weaker|poorer|slower|less\s+accurate|less\s+efficient)(?:\s+[\w\-]+){0,3}?\s+"
    r"(?:than|compared\s+(?:to|with)|relative\s+to)"
    r"|inferior(?:\s+[\w\-]+){0,3}?\s+to)\b",
    _I,
)
#: passive: "Y is outperformed by X"
PASSIVE_WIN_CUE = re.compile(
    r"\b(?:is|are|was|were|being|be)\s+" + _MOD + r"(?:outperformed|surpassed|beaten|exceeded)\s+by\b", _I
)
#: no direction: "compared with", "comparable to", "on par with", "competitive with", "vs."
COMPARE_CUE = re.compile(
    r"\b(?:(?:compared|comparable|comparing|compares|compare)\s+(?:\w+\s+)?(?:with|to|against)"
    # "comparable 2K-generation performance to Y", "comparable or superior accuracy to Y"
    r"|comparabl[ey]\s+(?:or\s+(?:better|superior|higher|stronger)\s+)?(?:[\w\-]+\s+){1,3}?(?:with|to)"
    r"|(?:comparabl[ey]|similar|equal|equivalent|as\s+well)\s+or\s+(?:even\s+)?(?:better|higher|stronger)\s+(?:[\w\-]+\s+){0,3}?than"
    # the passive of "benchmark / evaluate X against Y": "X is benchmarked against Y"
    r"|(?<=\s)(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?:benchmarked|evaluated|tested|assessed|validated)\s+against"
    r"|in\s+comparison\s+(?:with|to)|on\s+par\s+with|competitive\s+(?:or\s+(?:better|superior|stronger)\s+)?(?:\w+\s+){0,2}?(?:with|against|to|relative\s+to)"
    r"|parity\s+with|(?:(?:perform\w*|is|are|was|were|works?|remains?)\s+(?:\w+ly\s+)?(?:similar(?:ly)?|close|comparabl[ey])|similar\s+performance)\s+(?:to|with)|versus|vs\.?"
    r"|(?:lower|fewer|less)(?:\s+[\w\-]+){0,3}?\s+than)(?=\s)",
    _I,
)
#: "we compare X with Y" / "we compare X and Y": the verb, objects follow
COMPARE_VERB = re.compile(
    r"\b(?:(?:compare|compares|compared|comparing)(?!\s+(?:with|to|against)\b)|comparisons?\s+(?:of|between)"
    r"|(?:evaluat(?:e|es|ed|ing)|benchmark(?:s|ed|ing)?|test(?:s|ed|ing)?|assess(?:es|ed|ing)?)(?=\s[^.;]{1,80}\bagainst\b))\b",
    _I
)
#: a compared object that is an attack or a threat: "we test X against the PGD attack" compares nothing
ATTACK_WORD = re.compile(r"attack|jailbreak|adversar|perturb|threat|poison|backdoor|evasion|noise", _I)
#: the named examples of the tasks a method works in, right before the first one: "performs well in
#: many downstream tasks including T", "on various IR tasks, such as T", "excel at reasoning tasks like T"
TASKS_SUCH_AS_LEFT = re.compile(
    r"\b(?:in|on|across|at|over)\s+(?:[\w\-]+\s+){0,4}?tasks\s*,?\s*(?:such\s+as|including|like|e\.g\.,?|namely"
    r"|i\.e\.,?)\s+$", _I)
#: a closing participle of result right before a task: "X separates the tracks, enabling (more)
#: precise T", "..., thereby enabling T"
ENABLING_LEFT = re.compile(
    r",\s+(?:(?:thereby|thus|hence|further|ultimately)\s+)?enabling\s+(?:(?:the|more|efficient|accurate|robust|"
    r"high-quality|real-time|fast|faster|effective|reliable|scalable|precise|seamless|practical|flexible|"
    r"fine-grained|better|improved|end-to-end|zero-shot)\s+){0,3}$", _I)
#: what may stand before the subject that opens a sentence: an adverb or connective, an article
SENTENCE_SUBJECT_LEFT = re.compile(
    r"\s*(?:(?:\w+ly|furthermore|moreover|additionally|finally|specifically|importantly|crucially|in\s+addition"
    r"|as\s+a\s+result|overall|thus|then|also)\s*,?\s+)?(?:(?:the|our|this|each)\s+)?", _I)
#: the words of a name, split at spaces and hyphens ("Retrieval-Augmented Generation")
NAME_WORD_SPLIT = re.compile(r"[\s\-]+")
#: a negation right before a cue cancels it ("we do not compare", "without comparing", "X was unable to
#: outperform Y", "LLMs struggle to outperform Y": the rival wins)
NEGATION = re.compile(r"\b(?:not(?!\s+only\b)|n't|never|no|without|nor|cannot|(?:fail(?:s|ed|ing)?|unable|struggl(?:e|es|ed|ing))"
                      r"\s+to)\s+(?:[\w\-]+\s+){0,2}$", _I)

#: left of a method: it is missing or removed, not used ("lack explicit mechanisms for T",
#: "without relying on additional segmentation models", "replacing conventional X with Y")
NOT_USED_LEFT = re.compile(
    r"\b(?:lack(?:s|ed|ing)?(?:\s+of)?|(?:absence|lack)\s+of|without(?:\s+(?:relying|depending)\s+on)?"
    r"|replac(?:e|es|ed|ing)|bypass(?:es|ed|ing)?|eliminat(?:e|es|ed|ing))"
    r"(?: (?:the|any|an?|additional|conventional|traditional|existing|explicit|unified|expensive|multiple|external)){0,2}"
    r"(?: [\w\-]+){0,2} ?$",
    _I,
)
#: cheap pre-filter of NOT_USED_LEFT (substrings of the lowercased left context)
NOT_USED_WORDS = ("lack", "absence", "without", "replac", "bypass", "eliminat")

# ---------------------------------------------------------------- basedOn
#: a generic technique used as the kind of a new method ("a fine-tuning framework based on LoRA",
#: "a self-supervised learning (SSL) framework based on Y"): matched at the technique's end, which
#: may be the short form inside the parentheses ("a convolutional neural network (CNN) training method")
TECHNIQUE_KIND_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\)|\))?\s+(?:[a-z\-]+\s+)?(?:frameworks?|methods?|approach(?:es)?|strateg(?:y|ies)|techniques?"
    r"|schemes?|pipelines?|algorithms?|paradigms?|procedures?|recipes?)\b")
#: before the long form of a technique whose short form names a kind (TECHNIQUE_KIND_AFTER): an article
#: or word that introduces a new instance ("a novel convolutional neural network (CNN) training method")
NEW_INSTANCE_BEFORE = re.compile(r"\b(?:an?|our|novel|new)\s+(?:[\w\-]+\s+){0,4}$", _I)
#: between a name and the generic technique that opens its apposition ("ESPLoRA, a flexible
#: fine-tuning framework", "Omni-R1, an end-to-end RL framework"): a comma, an article, modifiers
NAME_APPOSED_GAP = re.compile(r"\)?(?:\s*\([^()]{1,40}\))?\s*,\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?", _I)
#: head nouns of the paper's own method in "we present a <...> framework based on Y"
_SELF_KIND = (r"(?:method|model|framework|approach|network|architecture|system|pipeline|agent|algorithm"
              r"|solution|paradigm|module|block|classifier)s?")
BASED_ON_CUE = re.compile(
    r"\b(?:(?:builds?|building|built)\s+(?:up)?on(?:\s+top\s+of)?|on\s+top\s+of"
    r"|(?:fine-?tuned|distilled|initiali[sz]ed|derived|adapted|converted|pruned|trained|obtained|continued)\s+from"
    r"|initiali[sz]ed\s+(?:with|by)|based\s+(?:up)?on|extends|extended"
    r"|extending|extend"
    r"|(?:an?\s+)?(?:extension|variant|version)\s+of|(?:an?|the\s+first)\s+(?:[\w\-]+\s+){0,2}?(?:modification|adaptation)\s+of|inherit(?:s|ed|ing)?\s+from"
    r"|(?:uses?|using|adopts?|adopting|with)\s+(?:\w+\s+){0,2}?as\s+(?:the\s+|its\s+|a\s+)?(?:backbone|base\s+model|base|starting\s+point))\b",
    _I,
)
#: before "extended": a lower-case word that is no auxiliary, pronoun or adverb makes it an adjective
#: ("by generating extended chains of thought", "in extended settings", "RL and extended CoT");
#: after a name or "has" / "we" / "successfully" it is a verb ("SAM 2 has extended SAM")
EXTENDED_AS_ADJECTIVE = re.compile(
    r"(?:^|[^\w\-])(?!(?:has|have|had|is|are|was|were|be|been|being|we|they|it|which|that|who)\s)"
    r"(?-i:[a-z])[a-z\-]*(?<!ly)\s+$"
)
#: between a subject found left of a basedOn cue and the cue: the cue describes the subject only
#: when nothing but an "(ABBR)", a copula or adverbs ("X is based on", "X (Y), both built on"), a
#: kind noun ("X framework based on"), or an apposition ("X, a novel approach ... based on",
#: "X: A Vocoder Based on", "X as an extension of") stands between. Otherwise the noun right
#: before the cue is some other thing: "integrate X with Y and a pipeline based on Z", "X
#: employs a compressor based on Z", "LLMs that engage in ..."
BASED_HEAD_GAP = re.compile(
    r"\)?\s*(?:[\d.]+\s+)?(?:\([^()]{1,40}\)\s*)?"  # the close of "X (ABBR", a version "X 2", an "(ABBR)" after X
    r"(?:(?:[\w\-]+\s+){0,2}?(?:method|model|framework|approach|network|architecture|system|pipeline|agent"
    r"|algorithm|module|encoder|decoder|detector|backbone|technique|strateg(?:y|ie)|scheme|mechanism)s?(?:\s+(?-i:[A-Z])[\w\-.]*)?(?:\s*\([^()]{1,40}\))?\s*)?"
    r"(?:(?:(?:tailored|designed|specialized|optimized|intended)\s+)?(?:for|in)\s+(?:[\w\-]+\s+){0,6}?[\w\-]+\s*)?"
    r"(?:[,:]?\s*(?:(?:which|that|both|all|is|are|was|were|be|been|being|has|have|had|can|could|may|might|also|then|as"
    r"|first|further|now|often|still|even|proposed|designed|developed|implemented|(?:pre-?|fine-?)?trained|fine-?tuned|\w+ly)\b,?\s*)*"
    r"|(?:[\w\-]+\s*)?(?:[,:]|\s[–—-]{1,2})\s*(?:(?:a|an|the|which|that|our|its|both|one)\b|(?-i:[A-Z]))[^;]{0,160}"
    r"|(?:(?:can|could|may|might|be|been|thus|also|seen|regarded|viewed|considered)\s+)*"
    r"(?:as|is|are|was|were)\s+(?:a|an|the|one)\b[^;]{0,120})",
    _I,
)
#: a verb that takes a part of the subject in the gap between subject and basedOn cue: "X, that
#: integrates A with a feature extractor based on Y", "X, which employs material maps based on Y";
#: the part is based on Y, not X (present and gerund forms only: "an integrated framework" is X)
PART_VERB_GAP = re.compile(
    r"\b(?:integrat(?:e|es|ing)|incorporat(?:e|es|ing)|employ(?:s|ing)?|utili[sz](?:e|es|ing)|adopt(?:s|ing)?"
    r"|combin(?:e|es|ing)|contain(?:s|ing)?|consist(?:s|ing)?\s+of|compris(?:e|es|ing)|featur(?:es|ing)"
    r"|leverag(?:e|es|ing)|equipped\s+with|includ(?:e|es|ing)|introduc(?:e|es|ing)|add(?:s|ing)|uses?|using)\s",
    _I,
)
#: the clause before a basedOn cue whose subject is the paper's own method (found in another
#: sentence): "we extend Y", "our approach is based on Y", "we present a framework based on Y",
#: "In this paper, based on Y, we ...". Any other noun before the cue is what is based on Y:
#: "we construct a dataset derived from Y", "existing methods, typically based on Y", "a loss
#: function based on Y", "the model predicts based on Y"
SELF_BASED_LEAD = re.compile(
    r"(?:[^;]{0,200}?,\s*)?(?:"  # an opener: "In this paper,", "To address these issues,"
    r"(?:we|it|they)(?:\s+(?:also|further|first|then|now|additionally|\w+ly|have|has))*"
    r"|(?:our|the\s+proposed)\s+(?:[\w\-]+\s+){0,3}?" + _SELF_KIND + r"(?:\s*\([^()]{1,30}\))?"
    r"(?:\s+(?:is|are|was|were|also|first|further|then|\w+ly))*"
    r"|we(?:\s+(?:also|further|first|then|now|additionally|\w+ly))*\s+"
    r"(?!(?:employ|use|adopt|utili[sz]|leverag|incorporat|integrat)\w*\s|(?:also|further|first|then|now|additionally|\w+ly)\s)"
    r"\w+\s+(?:(?:a|an|the|our|this)\s+)?"  # "we (also) employ a classifier based on Y": a part
    r"(?:[\w\-]+\s+){0,6}?" + _SELF_KIND + r"(?:\s*\([^()]{1,30}\))?"
    r"(?:\s+(?:for|in)\s+(?:[\w\-]+\s+){0,6}?[\w\-]+)?(?:\s*,\s*which(?:\s+\w+ly)?)?\s*,?"
    r"|we\s+\w+(?:\s+(?-i:[A-Z])[\w\-.]*)?"  # "we propose an extension of Y", "we implement X based on Y"
    r"|(?:we|our\s+(?:[\w\-]+\s+){0,3}?" + _SELF_KIND + r")\s[^;]{0,120}\bby"  # "our approach ... by extending Y"
    r")?",
    _I,
)
#: the text right before the subject of a main clause after a fronted "Built upon Y, ...": the
#: comma closing the fronted phrase and at most a determiner and three modifiers ("Building on
#: LLMs, recent large multimodal models ..."); no pronoun, kind noun ("our approach combines X"),
#: preposition ("a refinement via X") or clause word ("which demonstrated X")
MAIN_CLAUSE_SUBJECT_LEAD = re.compile(
    r",\s*(?:(?:we|this\s+(?:work|paper|study|article))\s+(?:\w+ly\s+)?"  # "..., this work introduces X"
    r"(?:propose|introduce|present|develop|design)s?\s+(?:(?:a|an|the|our)\s+)?(?:[\w\-]+\s+){0,4}?"
    r"|(?:(?:the|our|this|these|its|their|a|an)\s+)?"
    r"(?:(?!(?:we|they|it|our|and|or|which|that|who|of|via|with|by|for|in|on|to|from|using|through|as|"
    + _SELF_KIND + r")\b)(?![\w\-]*[^\Wsiu]s\s)[\w\-]+\s+){0,3})\(?$",  # no verb in -s: "this suite evaluates X"
    _I,
)
#: after a comma right of a fronted "Built upon Y, ...": the fronted phrase goes on with an
#: apposition or a relative clause ("Building on GtG 1.0, which demonstrated ..., GtG 2.0 ...")
FRONTED_PHRASE_GOES_ON = re.compile(r",\s*(?:which|that|who|whose|a|an)\b", _I)
#: after a name: a comma and another name, so the name ends an apposition inside a fronted
#: phrase ("Built upon LLaDA, a representative diffusion model, LLaDA-V ...")
APPOSITION_NAME_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*(?-i:[A-Z])")
#: a participle cue ("derived / distilled / obtained from Y") says what the noun right before it
#: comes from: "features derived from the Transformer", "CoT data distilled from DeepSeek-R1"
#: make no earlier method based on Y
PARTICIPLE_FROM_CUE = re.compile(
    r"^(?:fine-?tuned|distilled|initiali[sz]ed|derived|adapted|converted|pruned|trained|obtained|continued)\s", _I
)
#: what may stand between a subject and its participle cue: an "(ABBR)", a copula or adverbs
#: ("SLMs are often initialised from ..."), an apposition ending in "model" ("X, our model
#: distilled from ...", "X, a generalist punctuation restoration model adapted from ...")
PARTICIPLE_SUBJECT_GAP = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:(?:our|an?|the)\s+)?(?:[\w\-]+\s+){0,4}?models?\s*,?\s*|models?\s*,?\s*|,\s*)?"
    r"(?:(?:is|are|was|were|be|been|being|can|could|may|might|has|have|often|also|all|first|then|further|"
    r"\w+ly)\s+)*$",
    _I,
)
#: words that may not stand between a comparison/basedOn cue and its object mention; the
#: relative and participle words end the object phrase ("outperforms baseline methods that
#: don't incorporate RA": RA is no object; "extending beyond single-turn RLVR")
TAIL_BLOCK = frozenset(
    """which while whereas when where who on in at by for to into under is are was were we it
    they but because since if although across during after before and or our their its this
    these those has have had can could will would should may might not no
    that whose using via with without beyond require requires requiring leveraging""".split()
)
#: an unnamed kind of rivals coordinated before the named ones: "outperforms previous deep learning
#: models and general MLLMs", "surpasses existing methods as well as GPT-4o" (the named ones are
#: objects too; the words before the conjunction are checked like any gap)
UNNAMED_RIVALS_AND = re.compile(
    r"(?P<kind>\s*(?:[\w\-]+\s+){0,4}?(?:models?|methods?|baselines?|approach(?:es)?|systems?|techniques?"
    r"|algorithms?|architectures?|networks?|detectors?|trackers?|solvers?))\s*,?\s+(?:and|or|as\s+well\s+as)\s+"
    r"(?:(?:the|other|general|existing|recent|prior|previous|strong|popular|leading|state-of-the-art|sota|"
    r"open-source|closed-source|proprietary|commercial|traditional|conventional|classical|standard|vanilla|"
    r"several|various|larger|specialized|advanced|powerful|mainstream|representative|modern|"
    r"[\w\-]*\d[\w\-]*)\s+){0,3}$", _I)
#: "on par with or better than Y", "comparably to or better than Y": the hedge before the object of
#: a comparison cue (removed from the gap before testing it against TAIL_BLOCK)
OR_BETTER_LEAD = re.compile(r"^\s*or\s+(?:even\s+)?(?:better|superior|higher|stronger)\s+(?:than|to)\s+", _I)
#: "comparable to that of X", "better than those of X": the pronoun stands for X's result,
#: it opens no relative clause (removed from a gap before testing it against TAIL_BLOCK)
THAT_OF = re.compile(r"\b(?:that|those)\s+of\b", _I)
# cheap pre-filters (substring tests on lowercased text): a regex runs only when one is present
#: WIN_CUE keywords
WIN_WORDS = ("outperform", "surpass", "beat", "exceed", "outclass", "outstrip", "dominat", "improv", "advanc",
             "better", "superior", "stronger", "higher", "faster", "more accurate", "more efficient",
             "more robust", "gain", "advantage", "favorabl", "favourabl",
             "more effective", "more stable", "more reliable", "more precise", "more consistent", "more capable")
#: LOSE_CUE keywords
LOSE_WORDS = ("underperform", "lag", "trail", "fall", "fell", "worse", "inferior", "weaker", "poorer", "slower",
              "less accurate", "less efficient")
#: PASSIVE_WIN_CUE keywords
PASSIVE_WORDS = ("outperformed by", "surpassed by", "beaten by", "exceeded by")
#: COMPARE_CUE keywords
COMPARE_WORDS = ("compar", "par with", "competitive", "parity", "similar", "close", "versus", "vs", "lower", "against",
                 "or better", "or even better", "or higher", "or stronger",
                 "fewer", "less")
#: BASED_ON_CUE keywords
BASED_ON_WORDS = ("buil", "top of", "tuned from", "distilled from", "initiali", "derived from", "adapted from",
                  "converted from", "pruned from", "trained from", "obtained from", "continued from", "based",
                  "extend", "extension", "variant", "version", "modification", "adaptation", "inherit",
                  "backbone", "base model", "starting point")
#: PROPOSE_CUE subjects and verbs
PROPOSE_SUBJECT_WORDS = ("we ", "this paper", "this work", "this study", "this article", "this report",
                         "present paper", "present work")
PROPOSE_VERB_WORDS = ("propos", "introduc", "present", "develop", "design", "devis", "contribut", "releas",
                      "build", "construct", "establish", "creat", "curat", "put forward", "formulat", "offer",
                      "unveil")
#: units of a reported value (a sentence without them or a Metric mention has no result)
UNIT_WORDS = ("%", "percent", "point", "pts", "pp", "db", "×", "x ", "x,", "x.", "x)", "times")
#: OBJECT_CUE keywords (tested on short gaps with ``in``)
OBJECT_WORDS = ("than", "over", "against", "such as", "like", "including", "e.g", "i.e", "compared", "relative",
                "versus", "vs", "from", "behind", "beyond", "among", "outperform", "surpass", "beat", "exceed", "buil", "based",
                "top of", "extend", "with", "due to", "owing to", "because of", "caused by")
#: words that may open a clause before "compared with Y, X ..."
COMPARE_LEADS = frozenset(
    """when as moreover furthermore also notably specifically however in addition
    additionally importantly overall finally first second""".split()
)
#: after an unnamed object phrase and its comma, what may lead to the named objects: "outperforms
#: strong baselines, including X", "prior methods, such as X", "guidelines, as well as X"
EXAMPLE_LEAD = re.compile(
    r"\s*(?:including|such\s+as|like|e\.g\.|for\s+example|namely|i\.e\.|especially|notably|particularly"
    r"|and|or|as\s+well\s+as)\b",
    _I,
)
#: what opens another phrase after such a comma: "prior methods, achieving lower FD", "baselines,
#: thereby highlighting Y", "the actual environments, a GS optimization"; modifiers of a second
#: object do not ("larger, general-purpose multimodal models", "rule-based systems, fine-tuned X")
CLAUSE_AFTER_COMMA = re.compile(
    r"\s*(?:(?:\w+ly|thereby|thus|hence|while|also)\s+)?(?:\w+ing|a|an|the|which|that|while|whereas|we|it|they)\b", _I)
#: "compare it with", "compare our method to"
COMPARE_OBJ_PRONOUN = re.compile(
    r"^\s*(?:it|them|ours|our\s+(?:[\w\-]+\s+){0,2}?(?:method|model|approach|framework|system)s?)"
    r"\s+(?:with|to|against)\s+",
    _I,
)
#: the closing bracket of a bracketed list of names ("three LLMs (A, B, C) with ...")
BRACKET_CLOSE = re.compile(r"\s*\)")
#: between the compared objects: "compare X with Y"
COMPARE_LINK = re.compile(r"^" + _CITE + r"\s*(?:with|to|against|and)\s+", _I)
#: "the superiority / advantages of X over Y": X wins, named right after the cue ...
SUPERIORITY_CUE = re.compile(r"\b(?:superiority|advantages?)\s+of\b", _I)
#: ... or as the paper's own work ("the superiority of our approach over Y")
SUPERIORITY_SELF = re.compile(
    r"\s+(?:our|the\s+proposed)\s+(?:[\w\-]+\s+){0,2}?(?:method|model|approach|framework|system|technique"
    r"|algorithm|pipeline|network|architecture)s?\s+over\s+", _I)
#: ... and Y after "over"
OVER_LINK = re.compile(_CITE + r"\s*(?:\([^()]{0,30}\)\s*)?over\s+", _I)

#: clause boundaries inside a sentence
HARD_BOUNDARY = re.compile(r";|\s[–—-]{1,2}\s|,\s*(?:while|whereas|but|although|though|yet)\b|\.\s+(?=[A-Z])")
SOFT_BOUNDARY = re.compile(r",\s*(?:which|where|who|that)\b")
#: the class noun a name may carry before such a relative clause ("the X model, which ...")
NAME_HEAD_NOUN = re.compile(r"(?:models?|methods?|frameworks?|approach(?:es)?|systems?|networks?|agents?)\b", _I)

#: keyword families for the one-pass pre-filter (an Aho-Corasick automaton in relations.py)
CUE_KEYWORDS = {
    "win": WIN_WORDS,
    "lose": LOSE_WORDS,
    "passive": PASSIVE_WORDS,
    "verb": ("compar", "against"),
    "win_over": (" over ",),
    "superior": ("superiority of", "advantage of", "advantages of"),
    "compare": COMPARE_WORDS,
    "based": BASED_ON_WORDS,
    "propose_subject": PROPOSE_SUBJECT_WORDS,
    "propose_verb": PROPOSE_VERB_WORDS,
    "unit": UNIT_WORDS,
    "our": ("our ",),
    "novel": (", a ", ", an "),
    "experiment": ("experiment", "evaluation", "result", "test", "validation", "studies", "analys"),
}

# ---------------------------------------------------------------- results
#: a reported value with an optional unit
NUMBER = re.compile(
    r"(?<![\w.\-/^])(\d+(?:\.\d+)?)(?![\d.]*\d)"
    r"(?:\s*(%|percent\b|points?\b|pts\b|pp\b|dB\b|×|x(?![\w\-])|times\b))?"
)
#: right after a number (and its unit): a range, a name part ("7B", "3D") or a fraction
NOT_A_VALUE_NEXT = re.compile(r"^(?:[-–‐]\s*\d|[A-Za-z]|[-‐][A-Za-z]|\.\d|/\d|:\d)")
#: a number followed by these is a count, size or setting, not a result
NOT_A_RESULT_AFTER = re.compile(
    r"^\s*(?:[-‐]?\s*(?:k|m|b|bn|billion|million|thousand|trillion)\b|(?:[-‐]\s*|\s)?(?:steps?|layers?|epochs?"
    r"|gpus?|hours?|days?|minutes?|seconds?|samples?|images?|tokens?|parameters?|params|shots?|classes"
    r"|languages?|tasks?|datasets?|benchmarks?|models?|bits?|nodes?|frames?|words?|examples?|iterations?"
    r"|rounds?|clients?|agents?|pairs?|videos?|hrs?|ms|s\b|tb|gb|mb|fps|heads?|experts?|categories"
    r"|subjects?|domains?|questions?|problems?|queries|instances?|annotators?|participants?|users?"
    r"|of\b|to\s+\d|[-–]\s*\d|and\s+\d|or\s+\d|times\s+(?:fewer|less|smaller))|\s*[/:]\s*\d)",
    _I,
)
#: a number preceded by these is a name part, a reference or a size
NOT_A_RESULT_BEFORE = re.compile(
    r"(?:\[\s*(?:\d+\s*,\s*)*|\btop-|\b(?:table|tab|fig|figure|section|sec|eq|equation|step|steps|"
    r"only|with|using|first|top|last|over|about|around|version|v|layer|stage|k\s*=|n\s*=|of\s+the\s+)\s*\.?\s*"
    r"|[A-Za-z][-‐]|[(]\s*|\b(?:e\.g|i\.e)\.,?\s*|@\s*|\bfrom\s+)$",
    _I,
)
#: "by 2.1%": an improvement, not a reported value
#: "+2.4%", "± 0.3": a signed number or a spread; "gains of up to 4.1%", "an increase in accuracy of 12.5%"
DELTA_BEFORE = re.compile(
    r"(?:\bby\s+(?:(?:more\s+than|over|up\s+to|about|nearly|around|roughly|approximately|almost|~|at\s+least)\s+)?"
    r"|(?:\+|±|\+/?-)\s*"
    r"|\b(?:gains?|improvements?|increases?|boosts?|reductions?|decreases?|drops?|loss(?:es)?|degradations?)"
    r"(?:\s+(?:in|of)\s+[\w@\-]+(?:\s+[\w@\-]+)?)?\s+(?:of|ranging\s+from)\s+(?:(?:up\s+to|about|nearly|around|over|almost)\s+|~\s*)?)$",
    _I,
)
#: between a difference and the next number of the same list: "by 1.1% and 2.3 FID", "by 24.5% to 32.7%",
#: "by 0.4%, 1.48 FID, 1.76%, and 1.53%" (the unit and a metric name may follow each number)
DELTA_LIST_GAP = re.compile(r"^\s*(?:%|points?|pp)?(?:\s*[\w@\-]+)?\s*(?:,\s*(?:and\s+)?|and\s+|to\s+)(?:\+\s*)?$", _I)
#: "improves throughput up to 60%": with an improvement verb before it, a bound on the gain
UP_TO_BEFORE = re.compile(r"\bup\s+to\s+$", _I)
IMPROVE_VERB = re.compile(
    r"\b(?:improv|increas|boost|enhanc|reduc|decreas|lift|rais|accelerat|speed\w*\s+up|cut|lower)\w*", _I
)
#: "2.1% higher", "0.4% lower than", "3 points improvement"
DELTA_AFTER = re.compile(
    r"^\s*(?:(?:absolute|relative|average|avg\.?)\s+)?(?:lower|higher|more|less|fewer|improvements?|gains?|increases?"
    r"|decreases?|drops?|reductions?|better|worse|boosts?|above|below|over|ahead|behind|margin|relative|absolute"
    r"|loss|losses|degradations?|enhancements?|faster|slower"
    r"|[\w\-]+\s+(?:improvements?|gains?|increases?|boosts?|enhancements?|reductions?|drops?|loss|losses))\b",
    _I,
)
#: "2.3x faster", "a 4x speedup"
SPEED_AFTER = re.compile(r"^\s*(?:(?:training|inference|decoding|sampling|generation|wall-clock|overall)\s+)?(?:faster|speed-?ups?|acceleration|fewer|less|smaller|reduction|more\s+efficient)\b", _I)
#: "accuracy of 73.5", "F1 = 0.82", "FID: 7.3", "CLIP Score of 33.30" (between metric and number)
METRIC_BEFORE_GAP = re.compile(
    r"^\s*(?:scores?\s*)?(?:\([^()]{0,20}\)\s*)?(?:of|=|:|at|reaches|reached|is|was|of\s+about|of\s+up\s+to|up\s+to|"
    r"improves?\s+to|rises?\s+to|to|reaching|achieving|around|about|nearly|over|~|≈)?\s*"
    r"(?:about|around|nearly|over|~|only|just|roughly|approximately|up\s+to)?\s*$",
    _I,
)
#: "73.5% accuracy", "a 73.5 BLEU" (between number and metric)
METRIC_AFTER_GAP = re.compile(r"^\s*(?:(?:top-?1|top-?5|average|mean|overall|absolute)\s+)?$", _I)
#: verbs that report a value
RESULT_VERB = re.compile(
    r"\b(?:achiev\w*|obtain\w*|reach\w*|attain\w*|scor\w*|gets?|got|yield\w*|sets?|record\w*|report\w*|deliver\w*)\b", _I
)
#: between a value (and its metric) and a dataset: " on the widely used "
DATASET_AFTER_GAP = re.compile(r"^[^;]{0,25}?\b(?:on|in|for|over|across)\s+(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,3}$", _I)

# ---------------------------------------------------------------- result subjects
#: before a value that belongs to the compared system: "(62.5% vs. 50%)", "compared to 64.18% for
#: existing methods", "surpassing the baseline student's 91.4%", "compared to Y's MSE of 0.147";
#: "more than 95%" is a bound on the subject's own value
RIVAL_VALUE_BEFORE = re.compile(
    r"\b(?:vs\.?|versus|compared\s+(?:to|with)|against|(?<!more\s)(?<!less\s)(?<!greater\s)(?<!fewer\s)than"
    r"|surpassing|outperforming|exceeding)\s+"
    r"(?:(?:[\w\-.]+\s+){0,4}?[\w\-.]+['’]s\s+(?:[\w@\-]+\s+){0,3}?(?:of\s+)?)?$",
    _I,
)
#: between a value (and its metric) and the Model/Method that scored it, when that one comes
#: after: "0.729 macro F1 for BERT", "a WER of 0.133 is achieved by Gemini", "ASR of 90% for the X".
#: Other names after a value are rivals ("0.943, surpassing Y"), data ("74.13% on Y") or tools.
OWNER_AFTER_VALUE = re.compile(
    r"^\s*(?:(?:[\w@\-.%]+\s+){0,6}?(?:(?:is|was|are|were)\s+)?"
    r"(?:achieved|obtained|attained|reached|reported|scored|delivered)\s+by"  # "of 0.97 and AP of 0.43 achieved by"
    r"|(?:(?![\d.]+%?\s)[\w@\-.%]+\s+){0,4}?for)\s+"  # no other value before "for": "6.9 compared to 6.7 for Y"
    r"(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,2}$"
    r"|^\s*by\s+(?:(?:the|a|an)\s+)?$",  # "82% by MedPrompt", not "70.3 by training the CNN"
    _I,
)
#: before a name that is the data set or target of an earlier value of the same list, not the
#: value's subject: "93.5% PDMS in NAVSIM v1 and 87.1% ...", "3.72x speedup on X, a 2.67x ..."
VALUE_TARGET_BEFORE = re.compile(
    r"\d\s*(?:%|×|x|dB|points?|pp)?(?:\s+[\w@\-./]+){0,3}?\s+(?:on|in|for|across|with|at)\s+(?:the\s+)?$",
    _I,
)
