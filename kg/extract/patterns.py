"""Names no lexicon knows, found by their shape and by cue phrases.

All rules are regular expressions over ``doc.text`` (:func:`find_patterns` is a
pure function); the ``kg_patterns`` component turns the matches into
``doc.spans["kg_patterns"]`` (label = type, ``kb_id`` = rule name).

Rules, by family:

* **model names** with versions and sizes: ``GPT-4o``, ``Llama3-8b-instruct``,
  ``Qwen2.5-VL-7B``, ``ResNet-50``, ``OPT-2.7B``, ``Claude-3.5 Sonnet``;
* **coined names**: CamelCase (``DualViTok``, ``LLaVA``) and acronyms (``GRPO``);
* **cue phrases**: "we propose / introduce / present X", "called / named /
  dubbed / termed X", "X, a novel ...", and title names "X: ...";
* **data shapes**: "...Bench", "...QA", "...-1K";
* **metrics**: accuracy, F1, FID, BLEU(-4), top-1 accuracy, CLIP score, ...

Speed: a pattern that opens with a look-behind or a word boundary is tried by ``re`` at every
character of the text. The costly ones (_METRIC, _MODEL, _CAMEL, _NAMED_CUE, _VERB_CUE)
are therefore tried only where a match can start, found from a rare character or one
Aho-Corasick pass over trigger words (:func:`_triggers`), with
:func:`kg.extract.candidates.finditer_from`; the matches are those of ``finditer``
(tests/extract/test_patterns.py).
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

import ahocorasick

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.candidates import Candidate, doc_text, finditer_from, to_spans
from kg.extract.words import SENTENCE_ADVERBS, STOP_WORDS, TASK_ACRONYMS

__all__ = ["find_patterns", "PatternMatcher", "DEFAULT_SPANS_KEY", "name_type", "title_data_type"]

DEFAULT_SPANS_KEY = "kg_patterns"

# capitalised words that take a number but are not names ("Table 2", "COVID-19")
_NOT_NAMES = frozenset(
    """figure fig table tab section sec eq eqs equation appendix app stage phase step
    task level type version chapter part round day week year layer block
    algorithm alg theorem thm lemma corollary proposition prop definition def
    example case experiment setting group class category tier grade rank top
    covid sars cov windows python java ios android icml iclr neurips nips cvpr
    iccv eccv acl emnlp naacl aaai ijcai kdd www sigir coling interspeech
    icassp arxiv ieee iso utc gmt rtx gtx a h v l k x b m q t r n p s c d e
    f g i j o u w y z mp4 jpeg png pdf html http https url doi isbn
    api gpu gpus cpu tpu ram dram ssd usd eur figs tables sections covid19
    no nos vol pp fp16 fp32 bf16 int8 int4 int2 fp8 k8s web3 ipv4 ipv6 mnist
    top1 top5 level1 stage1 stage2 hop utf""".split()
)

# acronyms that are not research entities
_NOT_ACRONYMS = frozenset(
    """AI ML DL NN CV NLP IR RL LLM LLMS MLLM MLLMS VLM VLMS GPU GPUS CPU CPUS TPU
    API APIS URL PDF HTML JSON XML CSV SQL USA US UK EU UN PHD II III IV VI VII
    VIII IX XI XII OK ID IDS IOT AR VR XR OOD IID SOTA FLOPS FLOP TFLOPS GB MB KB
    TB MS HZ KHZ MHZ GHZ DB DNA RNA CT MRI EEG ECG FPS RGB RGBD HD UHD AIGC
    AGI GAI NLU NLG QA VQA ASR TTS MT OCR POS NER KG KGS FL CL SSL TL DA KD
    IL HCI UI UX IT TV PC MSE MAE SGD LR BS IOU AUC F1 EM WER CER FID KID
    PSNR SSIM LPIPS BLEU ROUGE METEOR CIDER SPICE MAP MIOU NDCG MRR HR
    PS NB VS DOI ISBN AM PM NO OR AND THE IN OF ON FOR TO A AN WE BY IS
    CEO CTO COVID SARS HIV WHO FDA NASA IEEE ACM ACL ICML ICLR CVPR ECCV ICCV
    AAAI IJCAI EMNLP NAACL KDD SIGIR CCS TODO FAQ SE RQ RQS NVIDIA AMD INTEL IBM
    GOOGLE META OPENAI USB LED LCD GPS SMS PET OCT LIDAR GT WSI WSIS SAR BEV UAV UAVS
    CAD EHR EHRS ROI ROIS FOV DOF""".split()
) | frozenset(
    # English words a title spells in capitals for emphasis ("Learning What NOT to Count", "Can YOUR
    # Speech LM ...", "Is It JUST Semantics?"): no acronyms (a pair that defines the letters still names them)
    """NOT ONLY ANY ALL YOU YOUR WHAT WHEN WHERE WHICH WHY HOW ARE DO DOES DID BUT WITH WITHOUT
    YES NEVER ALWAYS JUST REALLY TRULY EVERY EVERYTHING NOTHING THIS THAT""".split()
)

_SIZE = r"(?:\d+(?:\.\d+)?[BbMmKkTt])"
_SUFFIX_WORD = (
    r"(?:mini|Mini|Turbo|turbo|Sonnet|Opus|Haiku|Pro|Flash|Ultra|Instruct|instruct|Chat|chat|"
    r"Base|base|Large|large|XL|XXL|xl|Small|small|Tiny|tiny|Medium|Plus|Max|Nano|Lite|VL|Vision|"
    r"Coder|Math|Omni|Preview|preview|Exp|Distill|Thinking|R1|o1|"
    r"[Vv]\d+(?:\.\d+)*|" + _SIZE + r")"
)
# a name with a number: letters, optional separator, digits, then dashed parts
_MODEL = re.compile(
    r"(?<![\w@#/.\-])"
    r"(?P<core>[A-Za-z][A-Za-z\-_]*\d[\w.\-/+]*)"
    r"(?P<suffix>(?:[ -]" + _SUFFIX_WORD + r"(?![\w]))*)"
)
# CamelCase or mixed-case coined names: LLaVA, DualViTok, ResNet, ChatGPT, mPLUG; after capitalised
# parts joined by hyphens too ("EV-FlowNet", "Chat-UniVi", "C-MuMOInstruct": see _camel_matches)
_CAMEL = re.compile(
    r"(?<![\w@#/.\-])(?P<core>(?:(?:[A-Z][A-Za-z0-9]*-)+(?!(?:[A-Z]{2}[a-z]{2,}|[a-z]+[A-Z])(?!\w)))?(?:[A-Z]+[a-z]+[A-Z][\w]*|[a-z]+[A-Z][\w]*|[A-Z]{2,}[a-z]+[A-Z0-9][\w]*|[A-Z]{2,}[a-z]{2,}\w*)"
    r"(?:-[A-Za-z0-9]+)*\+{0,2})(?![\w])"
)
# Where _MODEL and _CAMEL can start. A pattern that opens with a look-behind is tried at
# every character of the text (~0.02 ms per abstract before any real work, ~0.04 ms with it),
# while one that opens with a rare character class lets ``re`` skip to that character. A
# _MODEL core is a run of letters, "-" and "_" that starts with a letter and ends at a digit,
# and the look-behind makes the run maximal: it starts where the run of [A-Za-z\-_] before
# such a digit starts. A _CAMEL core opens with a run of letters holding "aB" or "ABc": it
# starts where the run of letters before such an upper-case letter starts.
_LETTER_DIGIT = re.compile(r"\d(?<=[A-Za-z\-_]\d)")
_CASE_TURN = re.compile(r"[A-Z](?:(?<=[a-z][A-Z])|(?=[A-Z][a-z]))")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_LETTERS_DASH = _LETTERS + "-_"


def _class_table() -> bytes:
    """ASCII byte -> its class for :func:`shape_classes` (see there)."""
    table = bytearray(b" " * 256)
    for chars, cls in ((_LETTERS[:26], "A"), (_LETTERS[26:], "a"), ("0123456789", "0"), ("-_", "-"), ("@#/.", ".")):
        for ch in chars:
            table[ord(ch)] = ord(cls)
    return bytes(table)


_CLASS_TABLE = _class_table()


def shape_classes(text: str) -> bytes | None:
    """``text`` written as one character class per character, for the shape scans; None unless ASCII.

    "A" upper-case letter, "a" lower-case letter, "0" digit, "-" for "-" and "_",
    "." for "@", "#", "/" and ".", " " for any other character. The shape patterns
    (_MODEL, _CAMEL, _ACRONYM) can only start next to a few class sequences ("a0": a
    letter before a digit; "aA" or "AAa": a case turn; " AA" or " A0": a capital after
    no word). On the text, ``re`` found them by testing Unicode classes and categories
    around every digit or capital (~20 µs per abstract for the three); on the classes
    (:data:`_LETTER_DIGIT_CLASSES`, ...) each test is one byte compare (~5 µs for the
    three, with this translation).

    >>> shape_classes("GPT-4o, x_y@Z."), shape_classes("é") is None
    (b'AAA-0a  a-a.A.', True)
    """
    return text.encode("ascii").translate(_CLASS_TABLE) if text.isascii() else None


#: the same positions as _LETTER_DIGIT, _CASE_TURN and _ACRONYM's start, in :func:`shape_classes`:
#: each opens with one class, a literal, which ``re`` skips to at ``memchr`` speed
_LETTER_DIGIT_CLASSES = re.compile(rb"0(?<=[Aa\-]0)")
_CASE_TURN_CLASSES = re.compile(rb"A(?:(?<=aA)|(?=Aa))")
_ACRONYM_START_CLASSES = re.compile(rb"A(?<![^ ]A)(?=[A0])")


def _starts(rx: re.Pattern, classes: bytes) -> list[int]:
    """Where ``rx`` matches in ``classes``."""
    return [m.start() for m in rx.finditer(classes)]


def _run_start(text: str, end: int, chars: str) -> int:
    """Where the run of ``chars`` that ends right before ``end`` starts (``end`` if there is none).

    >>> _run_start("(Qwen2.5", 5, _LETTERS), _run_start("4o", 1, _LETTERS)
    (1, 1)
    """
    start = end
    while True:
        lo = max(0, start - 32)
        kept = len(text[lo:start].rstrip(chars))
        if kept or lo == 0:
            return lo + kept
        start = lo


def _run_starts(text: str, ends, chars: str) -> list[int]:
    """``[_run_start(text, q, chars) for q in ends]``, the first step inlined.

    (A run of letters is almost always shorter than the 32 characters looked at first;
    one call per position cost more than the look itself.)
    """
    out = []
    for q in ends:
        lo = q - 32 if q > 32 else 0
        kept = len(text[lo:q].rstrip(chars))
        out.append(lo + kept if kept or not lo else _run_start(text, q, chars))
    return out


def _model_matches(text: str, classes: bytes | None = None) -> list[re.Match]:
    """``list(_MODEL.finditer(text))``, tried only where a core can start.

    ``classes``: :func:`shape_classes` of ``text`` (computed when not given).
    """
    if classes is None:
        classes = shape_classes(text)
    digits = _starts(_LETTER_DIGIT, text) if classes is None else _starts(_LETTER_DIGIT_CLASSES, classes)
    return finditer_from(_MODEL, text, _run_starts(text, digits, _LETTERS_DASH))


def _camel_matches(text: str, classes: bytes | None = None) -> list[re.Match]:
    """``list(_CAMEL.finditer(text))``, tried only where a core can start (``classes`` as for
    :func:`_model_matches`)."""
    if classes is None:
        classes = shape_classes(text)
    turns = _starts(_CASE_TURN, text) if classes is None else _starts(_CASE_TURN_CLASSES, classes)
    starts = _run_starts(text, turns, _LETTERS)
    if "-" in text:
        starts = _with_hyphen_prefixes(text, starts)
    return finditer_from(_CAMEL, text, starts)


#: capitalised parts joined by hyphens ("EV-" in "EV-FlowNet"), as _CAMEL may open with them
_HYPHEN_PREFIX = re.compile(r"(?:[A-Z][A-Za-z0-9]*-)+")
_ASCII_NAME_RUN = frozenset(_LETTERS + "0123456789-")
#: a bracket or stop glued to more of a word after a name: the tokenizer keeps it all one token
_GLUED_AFTER = re.compile(r"[)\].:][\w\-(]")
#: a word whose capitals spell out an acronym's letters ("Object-CEntric", "Single-imagE"):
#: a piece of a long form, no name (_CAMEL's look-ahead after its prefix says the same)
_LETTER_CAPS = re.compile(r"(?:[A-Z]{2}[a-z]{2,}|[a-z]+[A-Z])(?![\w])")


def _with_hyphen_prefixes(text: str, starts: list[int]) -> list[int]:
    """``starts`` with each start after a hyphen moved back to where its capitalised prefix starts.

    A mixed-case word after a hyphen is no name of its own, and _CAMEL's look-behind refuses it
    there; but "EV-FlowNet", "Spike-FlowNet", "Chat-UniVi", "CXR-ClinEval" are whole coined names
    (a lowercase prefix stays out: "long-CoT", "multi-LoRA" are kinds of CoT and LoRA; so does a
    word that spells an acronym's letters: "Object-CEntric Pretraining").

    >>> t = "than EV-FlowNet and long-CoT"
    >>> _with_hyphen_prefixes(t, [8, 25])
    [5, 25]
    """
    out = []
    name_run = _ASCII_NAME_RUN
    # the last start walked back from, where its run starts, and whether its prefix is whole: a
    # later walk in the same run stops there ("AbCd-AbCd-..." stays linear)
    anchor, run_start, anchor_ok = -1, -1, False
    for s in starts:
        if s > 1 and text[s - 1] == "-" and not _LETTER_CAPS.match(text, s):
            k = s - 1
            ok = None
            while k > 0 and text[k - 1] in name_run:
                k -= 1
                if k == anchor:  # (a chunk boundary: the prefix is whole if both parts are)
                    ok = anchor_ok and _HYPHEN_PREFIX.fullmatch(text, anchor, s) is not None
                    k = run_start
                    break
            if ok is None:
                ok = _HYPHEN_PREFIX.fullmatch(text, k, s) is not None
            anchor, run_start, anchor_ok = s, k, ok
            # (_CAMEL's look-behind: nothing of [\w@#/.\-] right before the prefix)
            if ok and (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "_@#/.-")):
                s = k
        out.append(s)
    out.sort()
    return out


#: a Title word joined to an acronym: "Grad-CAM", "Instant-NGP", "Real-ESRGAN", "Scaffold-GS"
#: (_CAMEL needs a case turn inside a word, _ACRONYM refuses a start after a hyphen)
_TITLE_ACRONYM = re.compile(
    r"(?<![\w@#/.\-])(?P<core>[A-Z][a-z]*-(?P<acr>[A-Z]{2}[A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*\+{0,2})(?![\w\-])")
#: where such a name turns from its word (or one capital: "E-RAFT", "U-KAN") to its acronym, in
#: the text and in :func:`shape_classes`
_TITLE_ACRONYM_TURN = re.compile(r"-(?:(?<=[a-z]-)|(?<![\w@#/.\-][A-Z]-)(?<=[A-Z]-))(?=[A-Z]{2})")
_TITLE_ACRONYM_TURN_CLASSES = re.compile(rb"-(?:(?<=a-)|(?<= A-)|(?<=^A-))(?=AA)")
#: words before a hyphen that describe the acronym after it, not name a new thing ("Multi-AI",
#: "Non-IID", "Human-AI", "Edge-GPU", "Low-SNR", "Stage-II")
_DESCRIBING_PREFIXES = frozenset(
    """non multi inter intra cross low high pseudo micro human user edge post pre semi sub super
    self anti over under co de re un all full half single dual triple quasi meta mid in on data dataset""".split())


def _title_acronym_matches(text: str, classes: bytes | None = None) -> list[re.Match]:
    """``list(_TITLE_ACRONYM.finditer(text))``, tried only where a word's run of letters ends
    at a hyphen before two capitals (``classes`` as for :func:`_model_matches`).

    >>> [m.group("core") for m in _title_acronym_matches("E-RAFT beats Grad-CAM, CNN-LSTM and x-ABC")]
    ['E-RAFT', 'Grad-CAM']
    """
    if "-" not in text:
        return []
    if classes is None:
        turns = [m.start() for m in _TITLE_ACRONYM_TURN.finditer(text)]
    else:
        turns = _starts(_TITLE_ACRONYM_TURN_CLASSES, classes)
    return finditer_from(_TITLE_ACRONYM, text, _run_starts(text, turns, _LETTERS))


def _title_acronym_ok(name: str, acronym: str) -> bool:
    """Whether a :data:`_TITLE_ACRONYM` match names something: not a plural kind ("Code-LMs"),
    not a describing word before an acronym, not a common acronym or a numeral after a word
    ("Human-AI", "Multi-LLM", "Task-III").

    >>> _title_acronym_ok("Grad-CAM", "CAM"), _title_acronym_ok("Code-LMs", "LMs"), _title_acronym_ok("Non-IID", "IID")
    (True, False, False)
    """
    first = name[:name.index("-")].lower()
    if first in _DESCRIBING_PREFIXES or first in _NOT_NAMES and len(first) > 1:
        return False
    if acronym.endswith("s") and acronym[:-1].isupper() or _LETTER_CAPS.fullmatch(acronym):
        return False  # ("Object-CEntric": capitals that spell a long form's letters)
    return acronym.upper() not in _NOT_ACRONYMS and _ok_core(_without_letter_prefix(name))


# ALL-CAPS acronyms (2-8 letters, digits allowed after the first two): GRPO, SDXL, VQGAN
# (speed: a pattern that opens with a character class lets ``re`` skip to its first
# character; the "not after a word" look-behind therefore comes after that character)
_ACRONYM = re.compile(r"(?P<core>[A-Z](?<![\w@#/.\-][A-Z])[A-Z0-9]{1,8}(?:-[A-Z0-9]+)*\+{0,2})(?P<pl>s?)(?![\w\-])")


def _acronym_matches(text: str, classes: bytes | None = None) -> list[re.Match]:
    r"""``list(_ACRONYM.finditer(text))``, tried only where a match can start.

    A match starts with ``[A-Z][A-Z0-9]``, at the text's start or after a character that
    is none of ``[\w@#/.\-]``: in ``classes`` (:func:`shape_classes`), " AA" or " A0".
    ``re`` instead tries the look-behind at every capital (~40 per abstract).
    """
    if classes is None:
        classes = shape_classes(text)
    if classes is None:
        return list(_ACRONYM.finditer(text))
    return finditer_from(_ACRONYM, text, _starts(_ACRONYM_START_CLASSES, classes))


# "...Bench", "...-Bench", "...QA", "...-1K"
_DATA_SHAPE = re.compile(
    r"(?P<core>[A-Z](?<![\w@#/.\-][A-Z])(?:[\w\-]*(?:Bench|BENCH|-bench)(?:-[\w]+)?|[\w\-]*QA(?:-[\w]+)?|"
    r"[\w\-]*-\d+[Kk]))(?![\w])"
)
_DASH_K = re.compile(r"-\d+[Kk]")
#: the fixed words a _DATA_SHAPE match holds one of (else "-<digits>K", :data:`_DASH_K`)
_DATA_SHAPE_WORDS = ("Bench", "BENCH", "-bench", "QA")


def _data_shape_matches(text: str, words_at: list[int] | None = None) -> list[re.Match]:
    r"""``list(_DATA_SHAPE.finditer(text))``, tried only where a match can start.

    A match is a run of ``[\w\-]`` characters holding one of its words (Bench, BENCH,
    -bench, QA, -<digits>K), and its look-behind puts its start at the run's first
    character: the run that holds the word's first character. ``re`` instead tried it at
    every capital of such a text, each time running ``[\w\-]*`` to the end of the word and
    back (~30 µs per abstract that holds one of the words). ``words_at``: where the words of
    :data:`_DATA_SHAPE_WORDS` occur (the "shape" family of :func:`_triggers`); found with
    ``str.find`` when not given (~3 µs per abstract).
    """
    words = list(words_at) if words_at is not None else []
    for word in (_DATA_SHAPE_WORDS if words_at is None else ()):
        k = text.find(word)
        while k != -1:
            words.append(k)
            k = text.find(word, k + 1)
    if "-" in text:
        words += [m.start() for m in _DASH_K.finditer(text)]
    if not words:  # (~85% of abstracts)
        return []
    starts = {_name_run_start(text, k) for k in words}
    return finditer_from(_DATA_SHAPE, text, sorted(starts))


_METRIC = re.compile(
    r"(?<![\w\-])(?P<core>"
    r"top-?[1-5]\s+(?:accuracy|acc\.?|error(?: rate)?)|top-?[1-5]|"
    r"(?:macro|micro|weighted)[- ]?F1(?:[- ]scores?)?|F1[- ]scores?|F1|F-1|F-scores?|F-measures?|"
    r"BLEU(?:-[1-4])?|SacreBLEU|ROUGE(?:-(?:[12L]|Lsum|SU4))?|METEOR|CIDEr|SPICE|chrF\+*|TER|"
    r"BERTScore|BLEURT|COMET|MoverScore|"
    r"FID|FVD|KID|LPIPS|PSNR|SSIM|MS-SSIM|"
    r"mAP(?:@[\d.:]+)?|AP(?:50|75|@[\d.]+)|mIoU|IoU|AUROC|AUPRC|ROC[- ]AUC|AUC|"
    r"WER|CER|MRR|NDCG(?:@\d+)?|nDCG(?:@\d+)?|Hits@\d+|Recall@\d+|R@\d+|[Pp]ass@\d+|"
    r"Acc@\d+|"
    r"(?:[Ww]ord|[Cc]haracter|[Ee]qual|[Tt]op-1|[Bb]it|[Pp]hone(?:me)?|[Ss]ymbol|[Ll]abel|[Ss]entence) error rates?|"
    r"(?:mean )?average precision|mean average recall|"
    r"(?:root )?mean (?:squared|absolute) errors?|"
    r"area under the (?:ROC )?curve|"
    r"(?:attack )?success rates?|win rates?|pass rates?|exact[- ]match|"
    r"perplexity|accuracy|precision|recall|"
    r"(?:CLIP|Inception|Aesthetic|BERT|ImageReward|HPS|PickScore|GenEval|VQA|DINO|Dice)[- ]?[Ss]cores?|"
    # "[A-Z][\w\-]*[A-Z0-9][\w\-]*\s[Ss]cores?" (the same matches) backtracked quadratically on
    # long hyphenated tokens ("ABC-ABC-...", 40k characters took 6 s); the look-ahead is linear
    r"[A-Z](?=[\w\-]*[A-Z0-9])[\w\-]*\s[Ss]cores?"
    r")(?![\w])"
)
# Where _METRIC can start (see _model_matches for why): at one of these words, the first
# words of its alternatives (tests/extract/test_patterns.py checks both lists against the
# pattern), or where its catch-all alternative "<Capitalised word> score" can start
# (:func:`_score_starts`). Trying it at every capitalised word instead (~40 per abstract)
# cost 0.03 ms per abstract. (The words are as long as the pattern allows: the trigger pass
# matches them in lowercase inside other words, and "ap" or "au" would hit "approach", "because".)
_METRIC_LOWER_STARTS = (
    "top", "macro", "micro", "weighted", "chrF", "mAP", "mIoU", "nDCG", "pass", "word", "character", "equal",
    "bit", "phone", "symbol", "label", "sentence", "mean", "average", "root", "area", "attack", "success", "win",
    "exact", "perplexity", "accuracy", "precision", "recall",
)
_METRIC_UPPER_STARTS = (
    "AP50", "AP75", "AP@", "AUC", "AUPRC", "AUROC", "Acc@", "Aesthetic", "BERT", "BLEU", "Bit", "CER", "CIDEr",
    "CLIP", "COMET", "Character", "DINO", "Dice", "Equal", "F-1", "F-score", "F-measure", "F1", "FID", "FVD", "GenEval", "HPS", "Hits@", "ImageReward", "Inception", "IoU", "KID",
    "LPIPS", "Label", "METEOR", "MRR", "MS-SSIM", "MoverScore", "NDCG", "PSNR", "Pass@", "Phone", "PickScore",
    "R@", "ROC", "ROUGE", "Recall@", "SPICE", "SSIM", "SacreBLEU", "Sentence", "Symbol", "TER", "Top-1", "VQA",
    "WER", "Word",
)
#: the catch-all alternative of _METRIC (a capitalised word holding a capital or digit, then "score")
_METRIC_CATCH_ALL = r"[A-Z](?=[\w\-]*[A-Z0-9])[\w\-]*\s[Ss]cores?"


def _score_starts(text: str, score_at: list[int]) -> list[int]:
    """Where :data:`_METRIC_CATCH_ALL` can start, given where "score" / "Score" occur.

    Its ``[\\w\\-]*`` stops at the first character that is neither a word character nor
    "-", which must be the ``\\s`` before "score"; and _METRIC's look-behind puts its
    start right after such a character. So it starts at the first character of the run
    of word characters and hyphens that ends right before the space before "score".

    >>> t = "an FID-2 score, 3 CLIP scores"
    >>> _score_starts(t, [t.find("score"), t.rfind("score")])
    [3, 18]
    """
    out = []
    for p in score_at:
        if p < 2 or not text[p - 1].isspace():
            continue
        k = p - 1
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_-"):  # \w is isalnum() or "_"
            k -= 1
        if k < p - 1:
            out.append(k)
    return out


def _metric_matches(text: str, triggers: dict[str, list[int]]) -> list[re.Match]:
    """``list(_METRIC.finditer(text))``, tried only where a metric can start.

    ``triggers``: :func:`_triggers` of ``text`` (the words of :data:`_METRIC_LOWER_STARTS`
    and :data:`_METRIC_UPPER_STARTS` are its "metric" family, "score" its "score" family).
    """
    starts = triggers.get("metric", [])
    if "score" in triggers:
        starts = starts + _score_starts(text, triggers["score"])
    return finditer_from(_METRIC, text, sorted(starts))


# a capitalised name right before a data head: "Europarl corpus", "the Kinetics dataset"
_DATA_CUE = re.compile(
    r"(?P<core>[A-Z](?<![\w\-][A-Z])[\w\-]*(?:\s[A-Z0-9][\w\-]*){0,2})\s(?:corpus|corpora|dataset|datasets|"
    r"treebank|benchmark|data set|test set|collection)\b"
)
_DATA_NAME = re.compile(r"(?:Bank|Corpus|Treebank|pedia|Base|DB|Set|Genome|Wiki|NLI|Eval)$|^(?:Image|Word|Concept|Frame|Verb|Babel|Sentic|Wiki|Object)Net$")
_NAME_SUFFIX = re.compile(r"-(?:based|style|like|driven|guided|aware|free|specific|level|only|inspired|powered|enhanced|augmented|generated|tuned|initiali[sz]ed|pretrained|trained"
                          r"|derived|enabled|assisted|centric|oriented|conditioned|integrated|dependent|compatible|optimi[sz]ed|informed)$",
                          re.IGNORECASE)  # ("CoT-derived", "GPT-4o-assisted", "TabPFN-Integrated": the name before)
_VERB_CUE = re.compile(
    r"\b(?:[Ww]e|paper|work|study|[Tt]his|[Hh]ere)\s+(?:also\s+|further\s+|then\s+)?"
    r"(?:propose|introduce|present|develop|design|build|construct|release|curate|collect|contribute|"
    r"create|establish|devise|unveil|offer)[sd]?\s+"
    r"(?:(?:a|an|the)\s+(?:new|novel|simple|unified|first|large-scale|comprehensive|general|"
    r"challenging|lightweight|scalable|effective|efficient|holistic)?\s*"
    r"(?:[\w-]+\s+){0,3}?(?:framework|method|model|approach|benchmark|dataset|corpus|"
    r"architecture|algorithm|system|pipeline|technique|suite|agent|metric|strategy|paradigm|"
    r"network|module|tokenizer|family|series|toolkit|library|platform|testbed),?\s+"
    r"(?:(?:called|named|dubbed|termed|coined|as)\s+)?)?"
    r"(?P<core>(?:[A-Z][\w^+\-.]*[\w+]|[a-z]+[A-Z][\w^+\-.]*[\w+]|[A-Z])(?:\s[A-Z0-9][\w^+\-]*[\w+]){0,3})"
    r"(?=\s*[,:(;.]|\s+(?:that|which|to|as|for|with|a|an|is|,)\b)"
)
_NAMED_CUE = re.compile(
    r"\b(?:called|named|dubbed|termed|coined|denoted(?: as)?|referred to as|namely)\s+"
    r"(?P<core>(?:[A-Z][\w^+\-.]*[\w+]|[a-z]+[A-Z][\w^+\-.]*[\w+]|[A-Z])(?:\s[A-Z][\w^+\-]*[\w+]){0,4})"
    r"(?=\s*[,:(;.)]|\s+(?:that|which|to|as|for|with|is|and|in|on)\b|$)"
)
_APPOS_CUE = re.compile(
    r"(?<![\w\-])(?P<core>(?:[A-Z][\w^+\-.]*[\w+]|[a-z]+[A-Z][\w^+\-.]*[\w+]))"
    r"(?:\s+\([^()]{1,30}\))?,\s+(?:a|an)\s+(?:new|novel|simple|unified|first|large-scale|"
    r"comprehensive|general|challenging|lightweight|scalable|effective|efficient|holistic|"
    r"training-free|plug-and-play|multimodal|open-source|open)\b"
)
# necessary conditions, checked before the cue patterns run over the whole text
_DATA_CUE_WORDS = ("corpus", "corpora", "dataset", "treebank", "benchmark", "data set", "test set", "collection")
_VERB_CUE_WORDS = ("propose", "introduce", "present", "develop", "design", "build", "construct", "release",
                   "curate", "collect", "contribute", "create", "establish", "devise", "unveil", "offer")
#: the words a _VERB_CUE match starts with (its anchors)
_VERB_CUE_SUBJECTS = ("We", "we", "paper", "work", "study", "This", "this", "Here", "here")
_NAMED_CUE_WORDS = ("called", "named", "dubbed", "termed", "coined", "denoted", "referred to as", "namely")


def _is_name_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or ch == "-"  # [\w\-] (\w is isalnum() or "_")


#: [\w\-] in ASCII text
_NAME_CHARS_ASCII = _LETTERS + "0123456789_-"


def _name_run_start(text: str, end: int) -> int:
    r"""Where the run of ``[\w\-]`` characters that ends right before ``end`` starts (``end`` if none).

    In ASCII text by ``str.rstrip`` over a window (:func:`_run_start`), not a call per character.

    >>> _name_run_start("the GSM-8K_v2 set", 13), _name_run_start("naïve-bench", 5)
    (4, 0)
    """
    if text.isascii():
        return _run_start(text, end, _NAME_CHARS_ASCII)
    while end > 0 and _is_name_char(text[end - 1]):
        end -= 1
    return end


def _opens_sentence(text: str, i: int) -> bool:
    """Whether ``text[i]`` is the first character of a sentence (or of the text)."""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n"


_ASCII_UPPER = frozenset(_LETTERS[:26])
_ASCII_DIGITS = frozenset("0123456789")


def _data_cue_matches(text: str, data_at: list[int]) -> list[re.Match]:
    r"""``list(_DATA_CUE.finditer(text))``, tried only where a match can start.

    ``data_at``: where the data words (:data:`_DATA_CUE_WORDS`) start (the "data" family of
    :func:`_triggers`). A match is one to three runs of ``[\w\-]`` separated by one
    whitespace character each, then one more and a data word: ``[\w\-]*`` cannot stop
    inside a run (the next item needs whitespace), and the look-behind puts its start at
    a run's first character. So it can start only at the first character of one of the
    three runs before a data word (the pattern itself checks the rest). Trying it at
    every capital letter cost ~0.01 ms per abstract.

    The core's first run opens with ``[A-Z]`` and the runs after it with ``[A-Z0-9]``, so
    only a run opening with a capital is a start, and the walk stops at a run opening with
    neither: no match that ends at this data word holds it (one that ends at another data
    word is found from that word). Most data words follow a lowercase word ("the dataset"):
    one run looked at, no regex tried.
    """
    starts = []
    for q in data_at:
        e = q - 1  # the whitespace before the data word
        for _ in range(3):
            if e < 1 or not text[e].isspace():
                break
            r = _name_run_start(text, e)
            if r == e:
                break
            first = text[r]
            if first in _ASCII_UPPER:
                starts.append(r)
            elif first not in _ASCII_DIGITS:
                break
            e = r - 1
    starts.sort()
    return finditer_from(_DATA_CUE, text, starts)


def _is_appos_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_^+-."  # [\w^+\-.]


def _appos_matches(text: str) -> list[re.Match]:
    r"""``list(_APPOS_CUE.finditer(text))``, tried only where a match can start.

    Every match ends with :data:`_APPOS_TAIL` (the same words), and its name runs over
    ``[\w^+\-.]`` characters up to the tail's comma, or up to the whitespace before a
    parenthesis that ends at the comma. A match can start only inside that run of
    characters; ``re`` tries the pattern (it opens with a look-behind) at every
    character of the text instead (~0.01 ms per abstract that has a tail).
    """
    starts: list[int] = []
    for t in _APPOS_TAIL.finditer(text):
        c = t.start()
        ends = [c]
        if c > 0 and text[c - 1] == ")":
            o = text.rfind("(", max(0, c - 32), c - 1)
            if o > 0:
                e = o
                while e > 0 and text[e - 1].isspace():
                    e -= 1
                if e < o:
                    ends.append(e)
        for e in ends:
            r = e
            while r > 0 and _is_appos_char(text[r - 1]):
                r -= 1
            starts.extend(range(r, e))
    starts.sort()
    return finditer_from(_APPOS_CUE, text, starts)


_TITLE_WORD_BEFORE = re.compile(r"[A-Z][\w\-]* $")


def _tail_of_title_words(text: str, start: int, name: str) -> bool:
    """Whether an appositive cue's one-word name ("Sampling") is the last word of a
    capitalised run ("Bottleneck Sampling, a training-free ..."): the cue reads one word,
    so it took the run's ordinary last word for the name, and re-found it everywhere
    ("Diagonal Decoding", "Preference Alignment"). A coined word ("Dolphin", "Wan") after
    a lowercase word stays.

    >>> _tail_of_title_words("via Bottleneck Sampling, a new", 15, "Sampling")
    True
    >>> _tail_of_title_words("we present Dolphin, a new", 11, "Dolphin")
    False
    """
    if not name[1:].islower() or not name[1:].isalpha():
        return False
    return _TITLE_WORD_BEFORE.search(text, max(0, start - 30), start) is not None


def trigger_families() -> dict[str, frozenset[str]]:
    """Every trigger word (case-sensitive) -> the families it triggers (see :func:`_triggers`)."""
    families: dict[str, set[str]] = {}
    for family, words in (("metric", _METRIC_LOWER_STARTS + _METRIC_UPPER_STARTS), ("score", ("score", "Score")),
                          ("data", _DATA_CUE_WORDS), ("shape", _DATA_SHAPE_WORDS),
                          ("verb", _VERB_CUE_WORDS), ("subject", _VERB_CUE_SUBJECTS),
                          ("named", _NAMED_CUE_WORDS)):
        for w in words:
            families.setdefault(w, set()).add(family)
    return {w: frozenset(f) for w, f in families.items()}


def _trigger_automaton() -> "ahocorasick.Automaton":
    """One Aho-Corasick automaton of every trigger word: word -> (families, length)."""
    families = trigger_families()
    auto = ahocorasick.Automaton()
    for w, fams in families.items():
        auto.add_word(w, (frozenset(fams), len(w)))
    auto.make_automaton()
    return auto


_TRIGGERS = _trigger_automaton()


def _triggers(text: str) -> dict[str, list[int]]:
    """Family (metric, score, data, shape, verb, subject, named) -> start offsets of its trigger words in ``text``.

    One pass over the text instead of a substring test per word; a family
    without trigger words in the text is absent.
    """
    out: dict[str, list[int]] = {}
    for end, (families, n) in _TRIGGERS.iter(text):
        for family in families:
            out.setdefault(family, []).append(end + 1 - n)
    return out


_APPOS_TAIL = re.compile(
    r",\s+(?:a|an)\s+(?:new|novel|simple|unified|first|large-scale|"
    r"comprehensive|general|challenging|lightweight|scalable|effective|efficient|holistic|"
    r"training-free|plug-and-play|multimodal|open-source|open)\b"
)
_TITLE = re.compile(r"\A\s*(?P<core>[A-Za-z0-9][\w^+\-.]*[\w+]|[A-Z])\s*:\s")
_TITLE_STOP = frozenset(
    """towards toward beyond rethinking revisiting understanding exploring improving
    learning scaling on why how what when can do does is are position survey review
    introduction overview editorial note erratum correction comment reply
    benchmarking evaluating""".split()
)
# the head of the words right after a name ("X dataset", "X (Y), a new benchmark", "X and Y, two
# datasets"): a comma and a participle open a clause, no appositive ("X, exceeding 7B models",
# "X, supplementing prior datasets", "X, including a corpus of ...")
_HEAD_AFTER = re.compile(
    r"\A\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?![\w-]+ing\s))?(?:(?:a|an|the|our)\s+)?"
    r"(?:(?!(?:on|in|and|or|with|of|to|for|from|by|is|are|was|were|using|via|than|over|at|as|that|which|"
    r"achieves?|outperforms?|shows?|uses?)\b)[\w-]+\s+){0,3}?"
    r"(?P<head>benchmarks?|datasets?|corpus|corpora|metric|models?|LLMs?|MLLMs?|VLMs?|networks?|"
    r"framework|method|approach|algorithm|architecture|agent|system|pipeline|technique|suite|"
    r"strategy|paradigm|toolkit|library|platform|testbed|tokenizer|module|family|series|score)\b"
)

# small patterns of find_patterns' loops, compiled once
_UPPER = re.compile(r"[A-Z]")
_LOWER_SIZE = re.compile(r"\d+(?:\.\d+)?[bm]\b")
_LETTER_NUMBER = re.compile(r"[A-Z]\d+")
_MODEL_HINT = re.compile(r"\d|Net|GPT|LM")
_BENCH_HINT = re.compile(r"Bench|Arena|Eval")
# the noun before a cue types the name: "a benchmark called X"
_CUE_HEAD_WORDS = (("benchmark", "Benchmark"), ("dataset", "Dataset"), ("corpus", "Dataset"),
                   ("metric", "Metric"), ("model", "Model"), ("framework", "Method"),
                   ("method", "Method"), ("approach", "Method"), ("algorithm", "Method"),
                   ("technique", "Method"), ("strategy", "Method"))
_CUE_HEADS = tuple(
    (re.compile(r"\b" + head + r"s?,?\s+(?:(?:called|named|dubbed|termed|coined|as)\s+)?$"), t)
    for head, t in _CUE_HEAD_WORDS
)
#: how a text matched by one of _CUE_HEADS ends once stripped of spaces (checked first: the
#: end-anchored patterns are tried at every position of the 60 characters)
_CUE_HEAD_ENDS = tuple(head for head, _ in _CUE_HEAD_WORDS) + ("s", ",", "called", "named", "dubbed", "termed",
                                                                  "coined")

_HEAD_TYPES = {
    "benchmark": "Benchmark", "dataset": "Dataset", "corpus": "Dataset", "corpora": "Dataset",
    "metric": "Metric", "score": "Metric", "model": "Model", "llm": "Model", "mllm": "Model",
    "vlm": "Model", "network": "Model", "family": "Model", "series": "Model",
    "suite": "Benchmark", "testbed": "Benchmark",
}


def _head_key(head: str) -> str:
    """A head word of :data:`_HEAD_AFTER` as :data:`_HEAD_TYPES` keys it: lowercase, singular."""
    head = head.lower()
    return head if head == "corpus" else head.rstrip("s")


def name_type(name: str, after: str = "") -> str:
    """The type a coined name gets from its shape and the words right after it.

    Examples
    --------
    >>> name_type("GSM8K", " dataset"), name_type("Orca", ", a 13-billion parameter model")
    ('Dataset', 'Model')
    >>> name_type("TreeQA"), name_type("TreeQA", ", a question answering system built on GPT-4")
    ('Dataset', 'Method')
    >>> name_type("JailbreakBench"), name_type("Qwen2.5-VL-7B"), name_type("GRPO")
    ('Benchmark', 'Model', 'Method')
    """
    m = _HEAD_AFTER.match(after[:80]) if after else None
    if m:
        head = _head_key(m.group("head"))
        if head in ("llm", "mllm", "vlm"):
            return "Model"
        t = _HEAD_TYPES.get(head)
        if t:
            return t
        if head in ("framework", "method", "approach", "algorithm", "technique", "strategy", "paradigm",
                    "pipeline", "module", "tokenizer"):
            return "Method"
        if head in ("system", "agent", "toolkit", "library", "platform") and _shape_type(name) == "Dataset":
            return "Method"  # "TreeQA, a question answering system": not data, whatever its QA suffix says
    return _shape_type(name)


# the patterns of _shape_type and _ok_core, compiled once (a call of re.search(str, ...) looks the
# pattern up in re's cache first; both functions run on every name not seen before)
_BENCH_END = re.compile(r"(?:Bench|BENCH|-bench|Arena|Eval)(?:-\w+)?$")
_DATA_END = re.compile(r"(?:QA|-\d+[Kk]|Set|Corpus|-(?:train|test|val|dev))$")  # ("NucFuse-test": a split)
_MODEL_SIZE_OR_DIGIT = re.compile(r"\d+(?:\.\d+)?[BbMm]\b|\d")
_MODEL_WORD = re.compile(r"(?:Net|GPT|BERT|LM|Former|former)")
_FIRST_WORD = re.compile(r"[A-Za-z]+(?=[\s\-]|$)")
_CHIP_OR_VERSION = re.compile(r"[A-Za-z]\d+|[A-Za-z]{1,2}-?\d{1,2}|v\d+(?:\.\d+)*")
#: processors and boards spelled like model names ("RTX5090", "STM32F7", "Cortex-M7", "ESP32-S3")
_HARDWARE = re.compile(r"(?:RTX|GTX)-?\d{4}\w*|STM32\w*|Cortex-[AMR]\d+\w*|ESP32(?:-\w+)?|Jetson\w*")
_WORD_YEAR = re.compile(r"[A-Za-z]+-?(?:19|20)\d\d")
_DATA_WORD_NEAR = re.compile(r"\s+(?:data(?:set|sets)?|benchmark|corpus|challenge data|test set|training set)\b", re.IGNORECASE)


#: "S2S", "L2S", "T2MV": an X-to-Y acronym (speech-to-speech, lip-to-speech, text-to-multiview)
#: names what is turned into what, a task; its digit made it a model name
_X_TO_Y = re.compile(r"[A-Z]{1,2}2[A-Z]{1,3}s?")


@lru_cache(maxsize=100_000)
def _shape_type(name: str) -> str:
    """The type of a coined name from its shape alone (:func:`name_type` without context)."""
    if _BENCH_END.search(name):
        return "Benchmark"
    if _DATA_NAME.search(name):
        return "Dataset"
    if name.rstrip("s") in TASK_ACRONYMS or _X_TO_Y.fullmatch(name):
        return "Task"
    if _DATA_END.search(name):
        return "Dataset"
    if _MODEL_SIZE_OR_DIGIT.search(name) or _MODEL_WORD.search(name):
        return "Model"
    return "Method"


@lru_cache(maxsize=100_000)
def _ok_core(name: str) -> bool:
    if "_" in name or "\\" in name or '"' in name:
        return False
    # a leading plain word ("This", "A") is not a name; "B^2-DiffuRL" starts with a letter only
    first = _FIRST_WORD.match(name)
    if first and first.group(0).lower() in _NOT_NAMES:
        return False
    if _CHIP_OR_VERSION.fullmatch(name) or _HARDWARE.fullmatch(name):  # "A100", "H100", "v2", "RTX5090"
        return False
    if _WORD_YEAR.fullmatch(name) and not name[0].isupper():
        return False
    return True


def _without_letter_prefix(name: str) -> str:
    """``name`` without a one-capital prefix before a capitalised word ("M-HalDetect",
    "E-SpikeFormer", "E-RAFT" are coined names: the letter names a variant, and
    :func:`_ok_core` refuses single letters only as plain words, "A", "T" or "e" before a name).

    >>> _without_letter_prefix("M-HalDetect"), _without_letter_prefix("Chat-UniVi")
    ('HalDetect', 'Chat-UniVi')
    """
    if len(name) > 3 and name[1] == "-" and name[0].isupper() and name[2].isupper():
        return name[2:]
    return name


#: the words before a name and year that make it an event ("accepted at CVPR2025", "for IWSLT2025")
_EVENT_BEFORE = re.compile(r"(?<![\w\-])(?:at|in|by|for|of|to) $", re.IGNORECASE)
#: an event's kind named after it ("the CVPR2025 NTIRE Low Light Enhancement Challenge")
_EVENT_AFTER = re.compile(r"[^.;:()]{0,60}?\b(?:Challenge|Workshop|Lab|Shared Task|Competition|Conference|Symposium)\b")


@lru_cache(maxsize=100_000)
def _word_and_year(name: str) -> bool:
    """Whether ``name`` is a word and a year ("CVPR2025", "CLEF-2025"), the names
    :func:`_names_an_event` reads the context of (its first test, cached: names repeat, and
    most acronyms and model names are none)."""
    return _WORD_YEAR.fullmatch(name) is not None


def _names_an_event(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``name`` at ``start``, a word and a year ("CVPR2025", "CLEF-2025"), names a
    conference, workshop or challenge: after "at", "in", "by", "for", "of", "to", or before
    the event's kind. A venue is no method, model or data set; a data set's edition after
    other words stays ("on ISBI2012", "the KITTI2015 benchmark")."""
    if not _WORD_YEAR.fullmatch(name):
        return False
    if _EVENT_AFTER.match(text, end, end + 80):
        return True
    return (_EVENT_BEFORE.search(text, max(0, start - 5), start) is not None
            and _DATA_WORD_NEAR.match(text, end, end + 20) is None)


def _without_name_suffix(name: str, end: int) -> tuple[str, int]:
    """``name`` (ending at ``end``) without its ``_NAME_SUFFIX``, and its new end.

    The search is skipped for a name without "-" (most: it tries every position).
    """
    sx = _NAME_SUFFIX.search(name) if "-" in name else None
    return (name[: -len(sx.group(0))], end - len(sx.group(0))) if sx else (name, end)


@lru_cache(maxsize=100_000)
def _acronym_ok(name: str) -> bool:
    """Whether an _ACRONYM match that is no task acronym names something (the tests of the
    acronym loop of :func:`find_patterns`, which depend on the name alone: ~5 names per abstract)."""
    if name.upper() in _NOT_ACRONYMS or name.isdigit() or len(name.rstrip("+")) < 2 or not _ok_core(name):
        return False
    return not _LETTER_NUMBER.fullmatch(name)  # A100, H100, T5 handled by model shape


#: a coined name written with a LaTeX superscript count inside it: "E$^3$Net", "V$^2$R-Bench",
#: "ViP$^{2}$-CLIP", "VLM-R$^3$", "Pre$^3$" (the letters before the count are taken that many
#: times: "E-cubed Net"). The tokenizer splits it at the markup, so no other shape sees it whole,
#: and parts such as "^2$TU" or "MF$^2" became names. One to nine letters or digits and
#: hyphenated parts on either side; a count of 2-9 ("TC$^0$" is a complexity class)
_SUPERSCRIPT_NAME = re.compile(
    r"(?<![\w$\\^{}\-])(?P<core>(?:[A-Za-z][A-Za-z0-9]*-)*[A-Za-z][A-Za-z0-9]*"
    r"\$\^(?:[2-9]|\{[2-9]\})\$(?:[A-Za-z0-9]+)?(?:-[A-Za-z0-9]+)*)(?![\w$^])")
_SUPERSCRIPT = re.compile(r"\$\^\{?\d\}?\$")


def _superscript_names(text: str) -> list[tuple[int, int, str]]:
    """The coined names with a superscript count in ``text`` (:data:`_SUPERSCRIPT_NAME`) as
    ``(start, end, name without the count)``; the caller types that name, as the count is no
    version or size, which would make every such name a model ("F$^3$Set" is a data set,
    "Pre$^3$" a method). A name needs a capital letter: "m$^2$" and "km$^2$" are units.

    >>> _superscript_names(r"We propose Pre$^3$ on V$^2$R-Bench, 35 pts/m$^2$ and TC$^0$.")
    [(11, 18, 'Pre'), (22, 34, 'VR-Bench')]
    """
    out = []
    for m in _SUPERSCRIPT_NAME.finditer(text):
        name = m.group("core")
        plain = _SUPERSCRIPT.sub("", name)
        if plain == plain.lower() or not _ok_core(plain):
            continue
        out.append((m.start("core"), m.end("core"), plain))
    return out


def _spells_title_name(word: str, title_name: str) -> bool:
    """Whether ``word``, a mixed-case word of a title after its name, has capitals that spell part of
    the name (``title_name``, upper-cased): "GENMO: A GENeralist Model for Human MOtion", "SILK:
    Smooth InterpoLation frameworK", "SHARE: ... Action CorREction Assistant". The capitals show where
    the name's letters come from; the word is an ordinary word, not a coined name. A word that ends
    in two capitals is a name's ("ChatGPT", "MedSAM"); a capitalised word's first capital may be
    its own ("CorREction": "RE").

    >>> _spells_title_name("TrAnsformation", "STAR-R1"), _spells_title_name("sOlver", "LATINO-PRO")
    (True, True)
    >>> _spells_title_name("MedSAM", "SAMREFINER"), _spells_title_name("MultiModal", "M$^2$CD")
    (False, False)
    >>> _spells_title_name("KPConv", "FA-KPCONV")
    False
    """
    if not word.isalpha() or word[-2:].isupper() or word.upper().rstrip("S") in title_name:
        return False  # ("FA-KPConv: ... to KPConv", "Sci-LoRA: Mixture of Scientific LoRAs": the name's own part)
    caps = "".join(c for c in word if c.isupper())
    if word[0].islower():
        return caps in title_name
    return len(caps) >= 2 and (caps in title_name or len(caps) >= 3 and caps[1:] in title_name)


#: a Candidate built by tuple.__new__ in C, without the Python-level ``__new__`` of a NamedTuple
#: (~65 ns per name); the fields in order, ``kb_id`` included
_new_candidate = partial(tuple.__new__, Candidate)


def find_patterns(text: str, title_end: int | None = None, triggers: dict[str, list[int]] | None = None
                  ) -> list[Candidate]:
    """Every pattern candidate in ``text`` (overlaps allowed; the resolver picks).

    Parameters
    ----------
    text : str
        The paper text (title, blank line, abstract) or any text.
    title_end : int, optional
        Where the title ends; when given, "X: ..." at the start names X.
    triggers : dict, optional
        :func:`_triggers` of ``text`` (in any order per family), when the caller has it
        (the fast path finds it with the phrase heads in one pass, :mod:`kg.extract.fast`).

    Returns
    -------
    list of Candidate

    Examples
    --------
    >>> t = "We present Harmon, a unified framework. It beats Qwen2.5-VL-7B on JailbreakBench in FID."
    >>> sorted({(t[c.start:c.end], c.type) for c in find_patterns(t)})  # doctest: +NORMALIZE_WHITESPACE
    [('FID', 'Metric'), ('Harmon', 'Method'), ('JailbreakBench', 'Benchmark'), ('Qwen2.5-VL-7B', 'Model')]
    """
    out: list[Candidate] = []
    add = out.append
    if triggers is None:
        triggers = _triggers(text)
    for m in _metric_matches(text, triggers):
        add(_new_candidate((m.start("core"), m.end("core"), "Metric", "metric", "")))
    classes = shape_classes(text)
    for m in _model_matches(text, classes):
        core = m.group("core")
        if not _ok_core(core):
            continue
        if core[0].islower() and not _UPPER.search(core) and not _LOWER_SIZE.search(core):
            continue  # lowercase words with digits: "top1", "step2", "l2"
        end = m.end("suffix") if m.group("suffix") else m.end("core")
        dash = text.find("--", m.start("core"), end)
        if dash != -1:  # "O1-preview--0.755", "Instruct--0.753": a dash (TeX's "--") before a score
            end = dash
            if not any(ch.isdigit() for ch in text[m.start("core"):end]):
                continue
        # strip trailing sentence punctuation
        while end > m.start() and text[end - 1] in ".-_/":
            end -= 1
        name = text[m.start("core"):end]
        name, end = _without_name_suffix(name, end)
        if _word_and_year(name) and _names_an_event(text, name, m.start("core"), end):
            continue
        add(_new_candidate((m.start("core"), end, name_type(name, text[end:end + 80]), "model_shape", "")))
    for m in _data_shape_matches(text, triggers.get("shape", ())):
        name = m.group("core")
        add(_new_candidate((m.start("core"), m.end("core"), name_type(name, text[m.end():m.end() + 80]), "data_shape", "")))
    title_m = _TITLE.match(text[:title_end]) if title_end else None
    title_name = title_m.group("core").upper() if title_m else ""
    for m in _camel_matches(text, classes):
        name = m.group("core")
        end = m.end("core")
        name, end = _without_name_suffix(name, end)
        if len(name) < 3 or not _ok_core(_without_letter_prefix(name)):
            continue
        if title_name and title_m.end() <= m.start("core") < title_end and _spells_title_name(name, title_name):
            continue  # "STAR-R1: Spacial TrAnsformation Reasoning": capitals that spell the title's name
        if "-" in name and _GLUED_AFTER.match(text, end):
            continue  # "(MM-DiT)-based", "RT-NeRF.Edge": one token, whose cut would leave "MM-"
        add(_new_candidate((m.start("core"), end, name_type(name, text[end:end + 80]), "camel", "")))
    if "$^" in text:
        for s, e, plain in _superscript_names(text):
            typ = name_type(plain, text[e:e + 80])
            add(_new_candidate((s, e, "Method" if typ == "Task" else typ, "camel", "")))  # "MT$^{3}$" is no MT
    for m in _title_acronym_matches(text, classes):
        name = m.group("core")
        end = m.end("core")
        name, end = _without_name_suffix(name, end)
        if "-" not in name or not _title_acronym_ok(name, name.split("-")[1]) or _GLUED_AFTER.match(text, end):
            continue
        if text.startswith("\\", end):
            continue  # "K-EVER\textsuperscript{2}": a name that markup goes on, not the whole name
        add(_new_candidate((m.start("core"), end, name_type(name, text[end:end + 80]), "camel", "")))
    for m in (_data_cue_matches(text, triggers["data"]) if "data" in triggers else ()):
        name = m.group("core")
        first = name.split()[0]
        if first in ("The", "This", "Our", "A", "An", "In", "On", "We", "Each", "These", "Their", "Its") or (
                first[1:].islower() and first.lower() in STOP_WORDS):
            continue  # "To benchmark X, we ...": a sentence opening with a verb, not a "To" benchmark
        if not _ok_core(name) or name.lower() in ("training", "test", "validation", "development"):
            continue
        if name in TASK_ACRONYMS or _without_name_suffix(name, 0)[0] != name:
            continue  # "QA datasets", "a UAV-based benchmark": a kind of data, not a name
        head = text[m.end("core"):m.end()].strip()
        if head in ("datasets", "corpora") and " " not in name and name[1:].islower() and _opens_sentence(text, m.start()):
            continue  # "Synthetic datasets are ...": an adjective capitalised by the sentence
        typ = "Benchmark" if head.startswith("benchmark") else "Dataset"
        add(_new_candidate((m.start("core"), m.end("core"), typ, "data_cue", "")))
    for m in _acronym_matches(text, classes):
        name = m.group("core")
        if name in TASK_ACRONYMS:
            add(_new_candidate((m.start("core"), m.end("core"), "Task", "acronym", "")))
            continue
        if not _acronym_ok(name):
            continue
        end = m.end("core")
        if _word_and_year(name) and _names_an_event(text, name, m.start("core"), end):
            continue
        add(_new_candidate((m.start("core"), end, name_type(name, text[m.end():m.end() + 80]), "acronym", "")))
    cues = []
    if "verb" in triggers and "subject" in triggers:  # a _VERB_CUE match starts at its subject
        cues.append((finditer_from(_VERB_CUE, text, sorted(triggers["subject"])), "cue_propose"))
    if "named" in triggers:  # a _NAMED_CUE match starts at its cue word
        cues.append((finditer_from(_NAMED_CUE, text, sorted(triggers["named"])), "cue_named"))
    if "," in text:
        cues.append((_appos_matches(text), "cue_appos"))
    for matches, rule in cues:
        for m in matches:
            name = m.group("core")
            s, e = m.start("core"), m.end("core")
            while e > s and text[e - 1] in ".-":
                e -= 1
            name = text[s:e]
            if (not name or name.lower() in _TITLE_STOP or name.lower() in SENTENCE_ADVERBS
                    or name.split()[0] in ("We", "The", "A", "An", "In", "This", "Our")):
                continue
            if not _ok_core(name):
                continue
            if rule == "cue_appos" and _tail_of_title_words(text, s, name):
                continue  # "Bottleneck Sampling, a training-free ...": not a name "Sampling"
            # the noun before the cue types it: "a benchmark called X"
            before = text[max(0, s - 60):s].lower()
            typ = None
            if before.rstrip().endswith(_CUE_HEAD_ENDS):
                for rx, t in _CUE_HEADS:
                    if rx.search(before):
                        typ = t
                        break
            if typ is None:
                typ = name_type(name, text[e:e + 80])
                if typ == "Model" and not _MODEL_HINT.search(name):
                    after = text[e:e + 80]
                    typ = "Model" if _HEAD_AFTER.match(after) else "Method"
            add(_new_candidate((s, e, typ, rule, "")))
    if title_end:
        m = title_m
        if m:
            name = m.group("core")
            if name.lower() not in _TITLE_STOP and (any(c.isupper() for c in name[1:]) or any(c.isdigit() for c in name)
                                                    or name[0].isupper()):
                t = title_data_type(text[m.end():title_end]) or ("Benchmark" if _BENCH_HINT.search(name) else "Method")
                add(_new_candidate((m.start("core"), m.end("core"), t, "title", "")))
    return out


#: the head of a title's description, after up to six modifiers, commas between them ("A Large Scale
#: Spontaneous Speech Dataset", "Multi-Environment, Multi-Species, Low-Altitude Aerial Footage Dataset")
_TITLE_HEAD = re.compile(_HEAD_AFTER.pattern.replace(r"[\w-]+\s+){0,3}?", r"[\w-]+,?\s+){0,6}?"))
#: what may follow the head of a title's description: its end, punctuation, a preposition or "and"
_TITLE_HEAD_ENDS = re.compile(r"\s*$|\s*[,:;(]|\s+(?:for|of|and|with|on|in|to|from|across|covering|featuring|"
                              r"annotated|towards?|via|that|at)\b")


def title_data_type(description: str) -> str | None:
    """Dataset or Benchmark when a title's description after "X:" is headed by a data word
    ("SenseAI: A Human-in-the-Loop Dataset for ...", "X: A Benchmark for ..."), else None.

    >>> title_data_type("A Human-in-the-Loop Dataset for Financial Reasoning"), title_data_type("A Framework for Dataset Search")
    ('Dataset', None)
    >>> title_data_type("Scientific Corpus Distillation Framework"), title_data_type("A Child Micro-Expression Dataset")
    (None, 'Dataset')
    >>> title_data_type("A Multidomain, Multimodal Satire Dataset from Romanian News")
    'Dataset'
    >>> title_data_type("A Benchmark Dataset for Prompt Recovery")  # (a benchmark data set: a Dataset)
    'Dataset'
    """
    low = description.lower().replace("benchmark dataset", "dataset").replace("benchmark corpus", "corpus")
    m = _TITLE_HEAD.match(low)
    if m is None or not _TITLE_HEAD_ENDS.match(low, m.end()):
        return None  # ("Cultural Russian-Oriented Dataset Adaptation": the data word is no head)
    t = _HEAD_TYPES.get(_head_key(m.group("head")))
    return t if t in ("Dataset", "Benchmark") else None


@Language.factory(
    "kg_patterns",
    assigns=["doc.spans"],
    default_config={"spans_key": DEFAULT_SPANS_KEY},
)
def make_patterns(nlp: Language, name: str, spans_key: str) -> "PatternMatcher":
    return PatternMatcher(nlp, name, spans_key=spans_key)


class PatternMatcher:
    """Shape and cue rules (:func:`find_patterns`) as a pipeline component.

    The title ends at the first blank line (``kg.model.Paper.text``); "X: ..."
    at its start names X.
    """

    def __init__(self, nlp: Language, name: str = "kg_patterns", *, spans_key: str = DEFAULT_SPANS_KEY):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        k = text.find("\n\n")
        title_end = k if 0 < k < 400 else None
        doc.spans[self.spans_key] = to_spans(doc, find_patterns(text, title_end))
        return doc

    def to_bytes(self, *, exclude=()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude=()) -> "PatternMatcher":
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        return None

    def from_disk(self, path, *, exclude=()) -> "PatternMatcher":
        return self
