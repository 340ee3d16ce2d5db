"""One entity per real thing: canonical ids, display labels and model families.

:func:`entity_id` maps every spelling of a name to one readable slug:
case, hyphens, spaces, punctuation and letter/digit joins do not matter
("Llama-3-8B" = "LLaMA 3 8B" = "llama3-8b" → ``llama-3-8b``), English plurals
fold ("LLMs" → ``llm``, "graph neural networks" → ``graph-neural-network``), and
known aliases fold to the lexicon's canonical name when an alias map is given
(the extractor passes the lexicon's ``kb_id`` and in-document abbreviation
links). Near misses stay apart because every letter and digit is kept:
GPT-4 ≠ GPT-4o, CIFAR-10 ≠ CIFAR-100, BLEU ≠ BLEURT.

:func:`family` gives the broader model family ("Llama-3-8B-Instruct" →
"Llama 3", "ResNet-50" → "ResNet"): a link, not a merge.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["entity_id", "norm_key", "canonical_label", "family", "dimension_kind_of", "singular", "caps_name", "JOIN_PREFIXES"]

_SEP = re.compile(r"[^0-9a-z.+]+")
_SPLIT_LD = re.compile(r"(?<=[a-z])(?=\d)")
_LEADING = re.compile(
    r"^(?:(?:the|a|an|our|their|its|this|these|those|we|proposed|novel|new)\s+)+", re.IGNORECASE
)
#: the ASCII letters a _LEADING match starts with (it ignores case; a non-ASCII first character
#: may fold to one of them, so it is always tried)
_LEADING_FIRST = frozenset("taoiwpnTAOIWPN")
_POSSESSIVE = re.compile(r"['’]s\b")
_TOKEN_SPLIT = re.compile(r"[\s\-_/:,;()\[\]{}'\"’`]+")
_NOT_KEY_CHAR = re.compile(r"[^0-9a-z.]")
_SPACES = re.compile(r"\s+")
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
#: the last words _LABEL_DROP_HEAD can end on (it is searched only when one of them ends the label)
_LABEL_DROP_ENDS = ("task", "tasks", "problem", "problems", "dataset", "datasets", "corpus", "corpora",
                    "benchmark", "benchmarks", "set", "sets", "split", "data")
# prefixes written with or without a hyphen: "pre-training" = "pretraining"
JOIN_PREFIXES = frozenset(
    "pre post multi non co re semi sub inter intra over under un bi tri self fine mis de anti".split()
)
#: words that join only some words: "auto-encoder" = "autoencoder", but "Auto-SLURP" keeps its hyphen
_JOIN_BEFORE = {
    "auto": frozenset("encoder encoders encoding encoded regressive regressively regression correlation".split()),
    "hyper": frozenset("parameter parameters".split()),
}

_KEEP_S = frozenset(
    """analysis basis physics robotics graphics mathematics statistics dynamics economics
    linguistics semantics genomics acoustics kinematics ethics optics class loss process
    progress access cross mass gas bias lens express news series species bayes atlas
    iris corpus virus status focus census consensus radius nexus plus ms vs ps is us
    alias canvas chaos thesis hypothesis synthesis diagnosis prognosis
    this has was does yes chess glass""".split()
)
_LABEL_DROP_HEAD = re.compile(
    r"(?<=\S)\s(?:(?:English|Chinese|German|French)\s)?(?:task|tasks|problem|problems|dataset|datasets|corpus|"
    r"corpora|benchmark|benchmarks|(?:test|dev|development|training|validation) (?:set|sets|split|data))$"
)
_ID_DROP_HEADS = frozenset("task problem dataset corpus corpora benchmark".split())
#: the last tokens _drop_id_heads can drop or drop after ("CoNLL test set"): with any other, it changes nothing
_DROP_LAST = _ID_DROP_HEADS | {"set"}
_SIZE_TOKEN = re.compile(r"^\d+(?:\.\d+)?[bmkt]$|^\d+x\d+[bm]$")
_VARIANT_WORDS = frozenset(
    """instruct instruction chat it base hf sft dpo rlhf preview turbo mini nano small
    medium large xl xxl xlarge tiny huge giant lite plus pro max ultra flash
    distill distilled uncased cased v1 v2 v3 coder math sonnet opus haiku""".split()
)


def _ascii(text: str) -> str:
    if text.isascii():  # NFKC leaves ASCII alone, and the dashes replaced below are not ASCII
        return text
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("‐", "-").replace("‑", "-").replace("–", "-").replace("—", "-")
    return text


def _without_accents(text: str) -> str:
    """``text`` with diacritics removed, for ids only: "TÜLU 3" and "Tulu 3", "Fréchet"
    and "Frechet" are one name, and the id stays readable ("schrodinger", not "schrdinger").

    >>> _without_accents("Schrödinger Bézier Doñana")
    'Schrodinger Bezier Donana'
    """
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def caps_name(word: str) -> bool:
    """Whether ``word``, as written, is a name of its own that ends in a capital S.

    An acronym's plural takes a lowercase s ("LLMs", "ViTs", "CNNs", "VAEs"); a word
    written all in capitals and ending in S is nearly always a name: VITS (a speech
    model, not ViTs), MCTS, LPIPS, FLEURS, ANNS (approximate nearest neighbour search,
    not ANNs), CLIPS (not CLIP), PDES, NPCS, TAGS. Singularising those gave "VITS" the
    id of ViT, "ANNS" that of ANN. In 75,000 corpus abstracts, all-caps words of four or
    more letters that end in S and whose stem is a lexicon name were used 286 times, and
    only 9 were plurals (LLMS, VLMS, MLLMS, LVLMS); those mostly come with their long
    form ("large language models (LLMS)"), which gives the pair the lexicon's id anyway.
    A lexicon that lists an all-caps plural as an alias still folds it: the alias table
    is keyed by :func:`norm_key`, which keeps the S on both sides. Words of three letters
    are never singularised (:func:`singular`), so "TTS" needs no rule.

    >>> [caps_name(w) for w in ("VITS", "LPIPS", "ViTs", "LLMs", "TTS", "MODEL", "VIT2S")]
    [True, True, False, False, False, False, False]
    """
    return len(word) >= 4 and word[-1] == "S" and word.isalpha() and word.isupper()


@lru_cache(maxsize=100_000)
def singular(word: str) -> str:
    """English singular of one lowercase word, conservatively.

    Examples
    --------
    >>> [singular(w) for w in ["networks", "llms", "strategies", "analysis", "classes", "gpt"]]
    ['network', 'llm', 'strategy', 'analysis', 'class', 'gpt']
    """
    w = word
    if len(w) <= 3 or not w.isalpha() or w in _KEEP_S:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith(("ss", "us", "is", "ics", "ous")):
        return w
    if w.endswith("s"):
        return w[:-1]
    return w


#: a name of plain words: ASCII letters joined by single spaces or hyphens (93% of the surfaces
#: the resolver keys, "graph neural networks", "Low-Rank Adaptation")
_PLAIN_WORDS = re.compile(r"[A-Za-z]+(?:[ -][A-Za-z]+)*")
#: the pairs of last words _tokens drops ("test set")
_SET_ENDS = (["test", "set"], ["dev", "set"], ["training", "set"], ["data", "set"])


def _tokens(text: str) -> list[str]:
    if _PLAIN_WORDS.fullmatch(text):
        return _plain_word_tokens(text)
    text = _without_accents(_ascii(text)).strip()
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub("", text)
    m = _LEADING.match(text)  # anchored at 0 and at most one match: sub() without the scan
    if m:
        text = text[m.end():]
    raw = [t for t in _TOKEN_SPLIT.split(text) if t]
    # acronym plurals on the original casing: "LLMs" -> "LLM", "ViTs" -> "ViT"
    if raw:
        last = raw[-1]
        if len(last) >= 3 and last.endswith("s") and last[-2].isupper():
            raw[-1] = last[:-1]
    # MS-COCO = MSCOCO: join runs of all-caps alphabetic pieces
    joined: list[str] = []
    for t in raw:
        if joined and t.isalpha() and t.isupper() and len(t) >= 2 and joined[-1].isalpha() and joined[-1].isupper() \
                and len(joined[-1]) >= 2:
            joined[-1] += t
        else:
            joined.append(t)
    out: list[str] = []
    for t in joined:
        if t.isalpha() and t.isascii():  # the common case: nothing to remove or split
            out.append(t.lower())
            continue
        t = t.lower().replace("+", "plus").replace("^", "")
        t = _NOT_KEY_CHAR.sub("", t).strip(".")
        if not t:
            continue
        # letter->digit boundary: "llama3" -> "llama", "3"; "gpt4o" -> "gpt", "4o"
        parts = [p for p in _SPLIT_LD.split(t) if p]
        # "yolov8" -> "yolo", "v8" (a version marker, as in "YOLO-v8")
        for i in range(len(parts) - 1):
            if len(parts[i]) > 2 and parts[i].endswith("v") and parts[i + 1][:1].isdigit():
                parts[i], parts[i + 1] = parts[i][:-1], "v" + parts[i + 1]
        out.extend(parts)
    # "pre training" -> "pretraining"
    merged: list[str] = []
    for t in out:
        if merged and _joins(merged[-1], t):
            merged[-1] += t
        else:
            merged.append(t)
    # "7 b" (written "7 B") -> "7b"; "v 2" -> "v2"
    final: list[str] = []
    for t in merged:
        if final and t in ("b", "m", "k", "t") and final[-1].replace(".", "").isdigit():
            final[-1] += t
        elif final and final[-1] == "v" and t.replace(".", "").isdigit():
            final[-1] += t
        else:
            final.append(t)
    if final and final[-1].isalpha() and not (joined and caps_name(joined[-1])):
        final[-1] = singular(final[-1])  # (the last word joined is the end of the last final token)
    return _drop_id_heads(final)


def _plain_word_tokens(text: str) -> list[str]:
    """:func:`_tokens` of a :data:`_PLAIN_WORDS` name, with the steps that cannot apply skipped.

    Nothing to normalise, strip, or cut at an apostrophe; the pieces are the words
    split at the single spaces and hyphens; every piece is letters, so no piece is
    split at a letter-digit boundary or joined to a number ("7 B", "v 2").
    """
    m = _LEADING.match(text) if text[0] in _LEADING_FIRST and " " in text else None
    if m:
        text = text[m.end():]
    if text.islower():
        # (most names keyed here: no capitals, so nothing is joined and no S is kept; the
        # steps below give exactly this)
        out = _joined_prefixes(text.replace("-", " ").split(" "))
        out[-1] = singular(out[-1])
        return _drop_id_heads(out) if out[-1] in _DROP_LAST else out
    raw = text.replace("-", " ").split(" ")
    last = raw[-1]
    if len(last) >= 3 and last[-1] == "s" and last[-2].isupper():
        raw[-1] = last[:-1]  # "LLMs" -> "LLM"
    if len(raw) == 1:
        return [raw[0].lower() if caps_name(raw[0]) else singular(raw[0].lower())]
    joined: list[str] = []
    for t in raw:  # MS-COCO = MSCOCO
        if joined and len(t) >= 2 and t.isupper() and len(joined[-1]) >= 2 and joined[-1].isupper():
            joined[-1] += t
        else:
            joined.append(t)
    out = _joined_prefixes([t.lower() for t in joined])  # "pre training" -> "pretraining"
    if not caps_name(joined[-1]):
        out[-1] = singular(out[-1])
    return _drop_id_heads(out) if out[-1] in _DROP_LAST else out


def _joined_prefixes(words: list[str]) -> list[str]:
    """``words`` with each prefix joined to the word after it ("pre training" -> "pretraining"),
    as :func:`_joins` says; ``words`` itself (unchanged) when none of them is a prefix (most
    names: one set test instead of a call per word)."""
    if _JOINERS.isdisjoint(words):
        return words
    out: list[str] = []
    for t in words:
        if out and _joins(out[-1], t):
            out[-1] += t
        else:
            out.append(t)
    return out


def _joins(prefix: str, word: str) -> bool:
    """Whether ``prefix`` and ``word`` are one word written with or without a hyphen
    ("pre training" = "pretraining", "auto encoder" = "autoencoder")."""
    return prefix in JOIN_PREFIXES or word in _JOIN_BEFORE.get(prefix, ())


#: the words :func:`_joins` joins to the next word (a word that is none of them joins nothing)
_JOINERS = JOIN_PREFIXES | frozenset(_JOIN_BEFORE)


def _drop_id_heads(tokens: list[str]) -> list[str]:
    """``tokens`` without a trailing head the id leaves out ("the Europarl corpus", "NER task",
    "CoNLL test set": the head types the mention, the id drops it); changed in place."""
    while len(tokens) > 1 and tokens[-1] in _ID_DROP_HEADS:
        tokens.pop()
    if len(tokens) > 2 and tokens[-2:] in _SET_ENDS:
        del tokens[-2:]
    return tokens


@lru_cache(maxsize=200_000)
def norm_key(text: str) -> str:
    """The comparison key of a name: its slug without the type.

    Examples
    --------
    >>> norm_key("Llama-3-8B"), norm_key("LLaMA 3 8B"), norm_key("llama3-8b")
    ('llama-3-8b', 'llama-3-8b', 'llama-3-8b')
    >>> norm_key("LLMs"), norm_key("MS-COCO"), norm_key("MSCOCO"), norm_key("GPT-4o")
    ('llm', 'mscoco', 'mscoco', 'gpt-4o')
    """
    toks = _tokens(text)
    if not toks:
        return re.sub(r"\W+", "-", _ascii(text).lower()).strip("-") or "x"
    return "-".join(toks)


def entity_id(text: str, type: str | None = None, *, aliases: dict[str, str] | None = None) -> str:
    """The stable, readable id of the entity ``text`` names.

    Parameters
    ----------
    text : str
        A surface form.
    type : str, optional
        Its entity type. Ids do not include the type (a name typed Dataset in
        one paper and Benchmark in another is one entity; the graph takes the
        majority type), so ``type`` is only used to pick the alias map entry.
    aliases : dict, optional
        ``norm_key(alias) -> canonical name`` (e.g. built from the lexicon);
        a hit returns the canonical name's id.

    Examples
    --------
    >>> entity_id("Llama-3-8B", "Model") == entity_id("llama3-8b", "Model")
    True
    >>> entity_id("GPT-4", "Model") == entity_id("GPT-4o", "Model")
    False
    >>> entity_id("LoRA", "Method", aliases={"low-rank-adaptation": "LoRA"})
    'lora'
    >>> entity_id("Low-Rank Adaptation", "Method", aliases={"low-rank-adaptation": "LoRA"})
    'lora'
    """
    key = norm_key(text)
    if aliases:
        canon = aliases.get(key)
        if canon is not None:
            return norm_key(canon)
    return key


def id_and_label(name: str, type: str | None = None, *, aliases: dict[str, str] | None = None) -> tuple[str, str]:
    """``(entity id, label)`` of a name: the lexicon entry's when ``aliases`` knows the name,
    else its own. For passes that cut a mention down after the resolver and must name
    what is left as the resolver would.

    >>> id_and_label("vision transformers", "Method", aliases={"vision-transformer": "ViT"})
    ('vit', 'ViT')
    >>> id_and_label("the graph networks", "Method")
    ('graph-network', 'graph network')
    """
    canon = aliases.get(norm_key(name)) if aliases else None
    if canon is not None:
        return norm_key(canon), canon
    return entity_id(name, type), canonical_label(name, type)


@lru_cache(maxsize=200_000)
def canonical_label(text: str, type: str | None = None) -> str:
    """A display label for one surface form: determiners and plurals dropped, case kept.

    Examples
    --------
    >>> canonical_label("the LLMs"), canonical_label("graph neural networks"), canonical_label("ResNet-50")
    ('LLM', 'graph neural network', 'ResNet-50')
    """
    t = (text if text.isascii() else _ascii(text)).strip()  # (_ascii, without a call for an ASCII name)
    # (anchored at 0 and at most one match: sub() without the scan; tried only where it can match)
    m = _LEADING.match(t) if t[:1] in _LEADING_FIRST or not t[:1].isascii() else None
    if m:
        t = t[m.end():]
    if "'" in t or "’" in t:
        t = _POSSESSIVE.sub("", t)
    if "  " in t or not t.isprintable():  # (the only printable whitespace is " ")
        t = _SPACES.sub(" ", t)
    if t.endswith(_LABEL_DROP_ENDS):
        t = _LABEL_DROP_HEAD.sub("", t) or t
    # the trailing run of ASCII letters (re.match(r"^(.*?)([A-Za-z]+)$", t); t holds no newline)
    lead = t.rstrip(_ASCII_LETTERS)
    if len(lead) < len(t):
        head = t[len(lead):]
        if len(head) >= 3 and head.endswith("s") and head[-2].isupper():
            t = lead + head[:-1]
        elif head.islower() and len(head) > 3:
            t = lead + singular(head)
    return t or text


_FAMILY_RX = re.compile(
    r"^(?P<name>[A-Za-z][A-Za-z]*?(?:-[A-Za-z]+)*?)(?P<sep>[-_ ]?)(?P<ver>[vV]?\d+(?:\.\d+)*[a-z]?)?"
    r"(?P<rest>(?:[-_ /][A-Za-z0-9.]+)*)$"
)
_MODALITY = frozenset("vl vision omni audio coder math r1".split())
_DEPTH_FAMILIES = frozenset(
    "resnet resnext vgg densenet wideresnet wrn efficientnet mobilenet regnet convnext inception".split()
)


_VERSION_TAG = re.compile(r"^v?\d+(?:\.\d+)*[a-z]?$")


def _is_variant_part(part: str) -> bool:
    """Whether a hyphen/space part after a name marks a variant: a size, depth, version,
    modality, one-letter size class (ViT-L) or variant word (Instruct, mini)."""
    lp = part.lower()
    return (lp in _VARIANT_WORDS or lp in _MODALITY or bool(_SIZE_TOKEN.match(lp))
            or bool(_VERSION_TAG.match(lp)) or (len(part) == 1 and part.isalpha()))


_DIMENSION_KIND = re.compile(r"^[1-3]D[ -](?=\S)")


def dimension_kind_of(label: str, type: str | None = None) -> str | None:
    """The method or model ``label`` names a dimension-specific kind of, or None.

    The extractor keeps "3D CNNs" and "3D LLMs" apart from CNN and LLM (a kind of its own,
    with its own trend); the graph links such a kind to its base with ``broader``, when
    the base is an entity of the same graph.

    >>> dimension_kind_of("3D convolutional neural network", "Method"), dimension_kind_of("2D U-Net", "Model")
    ('convolutional neural network', 'U-Net')
    >>> dimension_kind_of("3D object detection", "Task") is None, dimension_kind_of("3D", "Method") is None
    (True, True)
    """
    if type not in (None, "Model", "Method"):
        return None
    m = _DIMENSION_KIND.match(label)
    return label[m.end():] if m else None


def family(label: str, type: str | None = None) -> str | None:
    """The broader model family of ``label``, or None when it is its own family.

    Versions stay in the family (Llama 2 ≠ Llama 3); sizes, depths and
    variants ("8B", "-50", "Instruct", "mini") go.

    Examples
    --------
    >>> family("Llama-3-8B-Instruct", "Model"), family("ResNet-50", "Model"), family("Qwen2.5-VL-7B", "Model")
    ('Llama 3', 'ResNet', 'Qwen2.5-VL')
    >>> family("Vicuna-13B", "Model"), family("Llama2-70b", "Model"), family("GPT-4o mini", "Model")
    ('Vicuna', 'Llama 2', 'GPT-4o')
    >>> family("BERT", "Model") is None, family("image editing", "Task") is None
    (True, True)
    >>> family("fine-tuning", "Method"), family("YOLO-World", "Model"), family("ViT-L", "Model")
    (None, None, 'ViT')
    """
    if type not in (None, "Model", "Method"):
        return None
    text = _ascii(label).strip()
    if " " in text and not re.search(r"\d", text) and text.lower().split()[-1] not in _VARIANT_WORDS:
        return None
    m = _FAMILY_RX.match(text)
    if not m:
        return None
    name, sep, ver, rest = m.group("name"), m.group("sep"), m.group("ver"), m.group("rest") or ""
    parts = [p for p in re.split(r"[-_ /]", rest) if p]
    if not all(_is_variant_part(p) for p in parts):
        return None  # "fine-tuning", "YOLO-World", "Once-for-All": a name of its own, not a variant
    keep: list[str] = []
    if ver is not None:
        num = ver.lstrip("vV")
        is_depth = name.lower().rstrip("v") in _DEPTH_FAMILIES or (
            "." not in num and num.isdigit() and int(num) >= 10 and not parts[:1] == ["v"]
            and not ver[:1] in "vV"  # "YOLOv12" is a version, "ResNet-50" a depth
        )
        if is_depth or _SIZE_TOKEN.match(ver.lower()):
            base = name
            ver = None
        else:
            if name.lower() == "llama":
                base = f"Llama {num}"
            else:
                base = f"{name}{sep}{ver}"
    else:
        base = name
    for p in parts:
        lp = p.lower()
        if lp in _MODALITY and not keep:
            keep.append(p)
            continue
        break
    fam = base + ("-" + "-".join(keep) if keep else "")
    fam = fam.strip("-_ ")
    if not fam or norm_key(fam) == norm_key(text):
        return None
    if len(fam) < 2:
        return None
    return fam
