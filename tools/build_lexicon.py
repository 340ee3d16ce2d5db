"""Build kg/data/lexicon.jsonl from the shared name lists and kg's own additions.

Usage::

    /work/venv/bin/python tools/build_lexicon.py [--sources DIR] [--out PATH]

Inputs (see /work/shared/lexicon-sources/README.md for origins and licences):

- ``tools/lexicon_additions.jsonl``: kg's hand-curated entries; they win every
  type conflict and claim their names and aliases first.
- ``llm_ecosystem.jsonl``: lm-eval / lmms-eval task families (Benchmark),
  transformers model families (Model), peft / trl methods (Method), litellm
  API ids (only kept as aliases of a clean model name).
- ``scirex.jsonl``: Papers with Code canonical names from SciREX; its "Method"
  mixes methods and models and is split by :func:`looks_like_model`.
- ``pwc_snapshot.jsonl``: Papers with Code datasets, leaderboard datasets,
  metrics and tasks.

Every name is cleaned (whitespace, parenthetical qualifiers, split suffixes such
as "val"/"test-dev", junk), filtered (stop-list, length, shape) and merged by
:func:`norm_key`. The script prints counts by type and by source.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.lexicon import COMMON_WORDS, STOP_WORDS  # noqa: E402
from kg.model import ENTITY_TYPES  # noqa: E402

SOURCES_DIR = Path("/work/shared/lexicon-sources")
#: arXiv abstracts, read only to learn which words are ordinary lowercase prose (nothing is copied)
CORPUS = Path("/work/shared/corpora/arxiv-cs-2025-2026.jsonl.gz")
ADDITIONS = ROOT / "tools" / "lexicon_additions.jsonl"
OUT = ROOT / "kg" / "data" / "lexicon.jsonl"

SRC_CURATED = "kg-curated"
SRC_PWC = "paperswithcode"
SRC_SCIREX = "scirex"
SRC_LMEVAL = "lm-eval"
SRC_LMMSEVAL = "lmms-eval"
SRC_LITELLM = "litellm"
SRC_TRANSFORMERS = "transformers"
SRC_PEFT = "peft"
SRC_TRL = "trl"

#: two-character names worth keeping (well-known acronyms)
SHORT_OK = {"F1", "AP", "C4", "T5", "R2", "RL", "FL", "o1", "o3"}

#: names seen in the sources that are not names of anything
JUNK = {"task-name", "benchmark aliases", "n/a", "none", "other", "others", "misc", "unknown", "tbd", "todo"}

#: acronyms that name no data set or model in running text (CPU, E2E, ...)
ACRONYM_BLOCK = {
    "cpu", "gpu", "tpu", "npu", "fpga", "asic", "ram", "e2e", "har", "sun", "sod", "dpm", "dso", "api",
    "url", "iot", "ai", "ml", "nlp", "cv", "llm", "llms", "vlm", "vlms", "mllm", "rgb", "rgbd", "imu",
    "gps", "sdk", "ui", "gui", "ocr", "fda", "fld", "bear", "mms", "flip", "flame", "h2o", "iphone",
    "ios", "android", "linux", "windows", "web", "www", "html", "json", "xml", "sql", "pdf", "csv",
    "cnn", "rnn", "gan", "vae", "mlp", "svm", "knn", "pca", "roi", "fps", "snr", "sota", "tiny",
    "haystack", "omni", "pinet", "usa", "uk", "eu", "us", "covid", "covid-19", "ecg", "eeg", "mri",
    "ct", "pet", "fmri", "uav", "uavs", "ugv", "lidar", "radar", "sar", "hsi", "msi", "ids",
    "wikipedia", "youtube", "reddit", "twitter", "github", "stack overflow", "arxiv", "google",
    # degrees, project stages, software and data descriptions that PwC lists as datasets
    "phd", "msc", "phase 1", "phase 2", "event-camera", "hate speech", "tensorflow", "pytorch", "keras", "matlab",
    # at 75k abstracts mostly the company, a paper's own acronym, Boolean satisfiability, the institute
    "amazon", "mad", "sat", "nist",
}
_NOT_DATASET_TAIL = re.compile(r"^[A-Z][a-z]+( [a-z]+)+$")  # "Medical domain", "Tea sickness"

#: real names that contain "/" or ":"
SLASH_OK = {"CNN/DailyMail", "CNN/Daily Mail"}

#: names that are evaluation suites whatever the rule below says
BENCHMARK_NAMES = {
    "glue", "superglue", "mmlu", "gsm8k", "math", "bbh", "bigbench", "helm", "hellaswag", "winogrande",
    "piqa", "boolq", "arc", "truthfulqa", "humaneval", "mbpp", "gpqa", "ifeval", "agieval", "mmmu",
    "mmbench", "mathvista", "mme", "pope", "geneval", "lambada", "drop", "anli", "xnli", "xcopa",
    "copa", "strategyqa", "svamp", "aqua", "asdiv", "triviaqa", "naturalquestions", "mteb", "beir",
    "vtab", "robustbench", "kilt", "lra", "longrangearena", "d4rl", "mujoco", "atari", "procgen",
    "minigrid", "babyai", "alfworld", "webshop", "webarena", "osworld", "mind2web", "swebench",
    "vqav2", "textvqa", "docvqa", "chartqa", "ai2d", "scienceqa", "mmvet", "seedbench", "llavabench",
}

#: the dataset names (from PwC "Benchmark" leaderboards) that are trained on, whatever the rule says
DATASET_NAMES = {
    "imagenet", "cifar10", "cifar100", "mscoco", "coco", "mnist", "svhn", "celeba", "ffhq", "lsun",
    "cityscapes", "ade20k", "kitti", "nuscenes", "pascalvoc", "squad", "msmarco", "wikitext103",
    "pennetreebank", "penntreebank", "librispeech", "kinetics", "ucf101", "shapenet", "scannet",
}

_BENCH_RE = re.compile(r"bench|eval\b|Eval|GLUE|MMLU|Arena\b|leaderboard|-Hard\b|Challenge\b", re.I)
_SPLIT_SUFFIX = re.compile(
    r"[\s\-_]+(val|valid|validation|test|testing|test-dev|testdev|test-std|teststd|test set|dev|dev set|"
    r"train|trainval|val2017|test2017|val2014|full|subset|split|\d+-shot|zero-shot|few-shot|one-shot|"
    r"public|private|leaderboard)$",
    re.I,
)
_LANG_PAIR = re.compile(r"\b[a-z]{2,3}(_[A-Za-z]+)?-[a-z]{2,3}(_[A-Za-z]+)?\b|^Translation\s")
_DATE_SUFFIX = re.compile(
    r"(-\d{4}-\d{2}-\d{2}|-\d{8}|-\d{4}|-\d{2}-\d{2}|-latest|-preview|-exp|-beta|-alpha|-v\d+:\d+|:\d+|-001|-002)+$"
)
_MODEL_FAMILIES = re.compile(
    r"^(ResNet|ResNeXt|Wide ResNet|WRN|VGG|Inception|GoogLeNet|DenseNet|MobileNet|EfficientNet|ShuffleNet|"
    r"AlexNet|SqueezeNet|NASNet|AmoebaNet|Xception|SENet|BERT|RoBERTa|ALBERT|XLNet|ELMo|GPT|T5|BART|"
    r"Transformer-XL|LLaMA|Llama|OPT|BLOOM|CLIP|ViT|DeiT|Swin|ConvNeXt|YOLO|SSD|Faster R-CNN|Mask R-CNN|"
    r"DeepLab|PSPNet|U-Net|wav2vec|Whisper|AlphaGo|AlphaZero|Megatron|ERNIE|ELECTRA|DeBERTa|XLM|mBERT|"
    r"BigGAN|StyleGAN|DCGAN|PixelCNN|WaveNet|Tacotron|Glow|VQ-VAE)",
)
_SIZE = re.compile(r"\b\d+(\.\d+)?[BMK]\b|\b[vV]\d|-\d+[a-z]?$|\d+x\d+[BbMm]", re.I)
_GENERIC_TAIL = {
    "model", "models", "network", "networks", "method", "methods", "dataset", "datasets", "data",
    "approach", "layer", "layers", "score", "leaderboard", "set", "sets", "system", "systems",
    "benchmark", "task", "tasks", "framework", "algorithm", "module", "architecture", "version",
}
_TASK_HEADS = {
    "learning", "qa", "answering", "retrieval", "synthesis", "analysis", "parsing", "tracking",
    "captioning", "segmentation", "detection", "generation", "recognition", "classification",
    "translation", "summarization", "reasoning", "forecasting", "prediction", "estimation",
    "completion", "localization", "localisation", "grounding", "editing", "transfer", "matching",
    "search", "retargeting", "deblurring", "denoising", "inpainting", "animation", "navigation",
    "planning", "control", "reconstruction", "registration", "verification", "identification",
    "re-identification", "reid", "counting", "compression", "restoration", "enhancement",
    "super-resolution", "ranking", "recommendation", "labeling", "labelling", "tagging",
    "imputation", "attribution", "editing", "manipulation", "understanding", "alignment",
    "attack", "attacks", "discovery", "recovery", "removal", "odometry", "try-on",
}
#: Papers with Code "tasks" that are no tasks here (the research fields computer vision, NLP,
#: remote sensing, medical imaging and AI are Tasks, but kg's curated entries, with their spellings)
_NOT_TASKS = {
    "deep learning", "machine learning", "large language model", "multimodal large language model",
    "artificial intelligence", "decision making", "numerical integration", "computer vision",
    "natural language processing", "natural language understanding", "scientific discovery",
    "remote sensing", "medical imaging",
}
_CONNECTORS = {"of", "for", "the", "and", "with", "in", "on", "a", "an", "to", "from", "by", "&"}


# ---------------------------------------------------------------- helpers

def norm_key(name: str) -> str:
    """Dedup key: casefold, drop spaces/hyphens/underscores/dots, but keep a dot between digits.

    "CIFAR-10" != "CIFAR-100", "GPT-4" != "GPT-4o", "Llama 3.1" != "Llama 31", "MS COCO" == "MS-COCO".
    """
    s = name.casefold().replace("·", ".")
    s = re.sub(r"(?<=\d)\.(?=\d)", "\x00", s)
    s = re.sub(r"[\s\-_.’']+", "", s)
    return s.replace("\x00", ".")


def tokens(name: str) -> list[str]:
    return name.split()


def initials(phrase: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", phrase) if w and w.lower() not in _CONNECTORS]
    return "".join(w[0] for w in words).lower()


def is_acronym_of(short: str, long: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", short).lower()
    if len(letters) < 2 or " " in short.strip():
        return False
    ini = initials(long)
    return letters == ini or (len(ini) > 2 and letters == ini[: len(letters)] and len(letters) >= len(ini) - 1)


def clean_space(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip(" \t\n\r\"'`,;")


def strip_parens(name: str) -> tuple[str, list[str]]:
    """'A Ball Collision Dataset (ABCD)' -> ('A Ball Collision Dataset', ['ABCD']);
    'CIFAR-10 (10% data)' -> ('CIFAR-10', [])."""
    aliases: list[str] = []
    while True:
        m = re.search(r"\s*[\(\[]([^()\[\]]*)[\)\]]", name)
        if not m:
            break
        inner = m.group(1).strip()
        base = clean_space(name[: m.start()] + " " + name[m.end():])
        head = clean_space(name[: m.start()])
        if head and inner and is_acronym_of(inner, head):
            aliases.append(inner)
        elif head and inner and is_acronym_of(head, inner) and len(inner.split()) <= 6:
            aliases.append(inner)
        # qualifiers that follow the parenthesis are qualifiers too: keep the head only
        name = head if head else base
        if not head:
            return "", []
    return name, aliases


def strip_splits(name: str) -> str:
    name = re.split(r"\s+[-–—]\s+", name)[0]
    while True:
        new = _SPLIT_SUFFIX.sub("", name).strip()
        if new == name or not new:
            return name
        name = new


_HEAD_SUFFIX = re.compile(
    r"(?:[\s\-_]+|(?<=[a-z0-9]))(?:benchmark datasets?|data ?sets?|datasets?|corpus|corpora|benchmarks?|leaderboard)$",
    re.I,
)


def strip_head(name: str) -> str:
    """'Cornell Grasp Dataset' -> 'Cornell Grasp'; 'UHGEvalDataset' -> 'UHGEval' (unless too little is left)."""
    new = _HEAD_SUFFIX.sub("", name).strip(" -_")
    if len(new) < 3 or new.casefold() in STOP_WORDS or not re.search(r"[A-Za-z]", new):
        return name
    return new


def looks_like_model(name: str) -> bool:
    return bool(_MODEL_FAMILIES.match(name) or _SIZE.search(name))


def looks_like_benchmark(name: str) -> bool:
    k = norm_key(name)
    if k in DATASET_NAMES:
        return False
    return k in BENCHMARK_NAMES or bool(_BENCH_RE.search(name))


def good_name(name: str, type_: str, *, strict: bool = True) -> bool:
    """Shape and stop-list filter shared by every source (not applied to curated entries)."""
    if not name or not re.search(r"[A-Za-z]", name):
        return False
    low = name.casefold()
    if low in JUNK:
        return False
    if low in STOP_WORDS and not re.search(r".[A-Z]", name):
        return False  # "Time", "Image"; but "mAP", "MATH", "CLIP" are names
    if len(name) <= 2 and name not in SHORT_OK:
        return False
    toks = tokens(name)
    if len(toks) > 8:
        return False
    if strict and type_ in ("Dataset", "Benchmark", "Model", "Metric") and len(toks) > 6:
        return False
    if ("/" in name or ":" in name) and name not in SLASH_OK:
        return False
    if re.search(r"->|→|<-|\|\s|\.\.|[{}<>#\\]|^[^\w(]", name):
        return False
    if re.match(r"^[\d,.]+\s", name) and any(t.islower() for t in toks[1:]):
        return False  # "20000 utterances", "97 synthetic datasets"
    if re.match(r"^\d+[-‐]?(layer|D|d)\b", name):
        return False  # "12-layer Transformer-XL", "100D LSTM encoders"
    words = [w for w in re.split(r"[\s\-]+", low) if w]
    if len(words) > 1 and all(w in COMMON_WORDS for w in words):
        return False  # "Social media", "real-world", "part-of"
    if type_ in ("Dataset", "Benchmark", "Model") and all(w in STOP_WORDS for w in words):
        return False  # "FOR-instance", "Overall Test"
    if type_ in ("Task", "Method") and len(toks) == 1 and low in STOP_WORDS:
        return False
    if toks[-1].casefold() in ("and", "of", "for", "the", "with", "on", "in", "to", "w", "vs", "vs."):
        return False
    return True


def good_alias(alias: str, name: str, type_: str) -> bool:
    alias = alias.strip()
    if not alias or alias == name or not good_name(alias, type_):
        return False
    if len(tokens(alias)) > 6:
        return False
    if alias.split()[-1].casefold() in _GENERIC_TAIL and len(alias.split()) > 1:
        return False
    if re.search(r"[_()\[\]\"“”]|[.,;:]$", alias):
        return False
    ak, nk = norm_key(alias), norm_key(name)
    if ak == nk:
        return True
    if ak.rstrip("s") == nk.rstrip("s"):
        return True  # plurals
    if is_acronym_of(alias, name) or is_acronym_of(name, alias):
        return True
    # a distinctive token in common ("Microsoft COCO" ~ "MS-COCO")
    def distinctive(s):
        return {t.casefold() for t in re.split(r"[\s\-]+", s) if len(t) >= 3 and (re.search(r"[A-Z0-9]", t)) and t.casefold() not in STOP_WORDS}
    shared = distinctive(alias) & distinctive(name)
    return bool(shared) and len(tokens(alias)) <= 3


def scirex_alias_ok(alias: str, name: str, type_: str) -> bool:
    """SciREX aliases come from coreference and are noisy: keep acronyms, plurals and near spellings."""
    if not good_alias(alias, name, type_):
        return False
    ak, nk = norm_key(alias), norm_key(name)
    if is_acronym_of(alias, name) or is_acronym_of(name, alias):
        return True
    return (ak.startswith(nk) or nk.startswith(ak) or ak.endswith(nk)) and abs(len(ak) - len(nk)) <= 3


# ---------------------------------------------------------------- the merge

class Lexicon:
    def __init__(self) -> None:
        self.entries: list[dict] = []
        self.by_key: dict[str, int] = {}  # name key -> entry
        self.alias_key: dict[str, int] = {}  # alias key -> entry
        self.dropped = collections.Counter()
        self.blocked: set[tuple[int, str]] = set()  # (entry, alias key) a curated entry refuses

    def find(self, name: str) -> int | None:
        k = norm_key(name)
        if k in self.by_key:
            return self.by_key[k]
        return self.alias_key.get(k)

    def add(self, name: str, type_: str, aliases: list[str], source: str, *, curated: bool = False) -> None:
        idx = self.find(name)
        if idx is None:
            idx = len(self.entries)
            self.entries.append({"name": name, "type": type_, "aliases": [], "sources": [], "_curated": curated})
            self.by_key[norm_key(name)] = idx
        entry = self.entries[idx]
        if source not in entry["sources"]:
            entry["sources"].append(source)
        for alias in aliases:
            self.add_alias(idx, alias)
        if norm_key(name) != norm_key(entry["name"]):
            self.add_alias(idx, name)

    def block(self, name: str, alias: str) -> None:
        """Refuse ``alias`` for the entry ``name`` whatever source offers it: SciREX's coreference
        gives BART (the model) the long form of another BART, Bayesian Additive Regression Trees."""
        self.blocked.add((self.find(name), norm_key(clean_space(alias))))

    def add_alias(self, idx: int, alias: str) -> None:
        alias = clean_space(alias)
        k = norm_key(alias)
        if not alias or k in self.by_key and self.by_key[k] != idx:
            return  # another entry's name
        if (idx, k) in self.blocked:
            return
        owner = self.alias_key.get(k)
        if owner is not None and owner != idx:
            return  # ambiguous: first claim wins
        entry = self.entries[idx]
        if alias == entry["name"] or alias in entry["aliases"]:
            return
        self.alias_key[k] = idx
        entry["aliases"].append(alias)

    def resolve_types(self, votes: dict[int, collections.Counter]) -> None:
        pass


def corpus_words(path: Path = CORPUS, n_docs: int = 20000, min_count: int = 10) -> set[str]:
    """Words written in lowercase at least ``min_count`` times in ``n_docs`` abstracts.

    A one-word name whose lowercase form is such a word ("Perception", "Radar",
    "custom") would fire on ordinary prose, so the build drops it. Empty if the
    corpus is not there.
    """
    import gzip
    import itertools

    if not path.exists():
        return set()
    counts: collections.Counter = collections.Counter()
    word = re.compile(r"(?<![\w-])[a-z][a-z0-9\-]*[a-z0-9](?![\w-])")
    with gzip.open(path, "rt", encoding="utf8") as fh:
        for line in itertools.islice(fh, n_docs):
            row = json.loads(line)
            counts.update(word.findall(row.get("abstract", "")))
    return {w for w, c in counts.items() if c >= min_count}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def build(sources_dir: Path) -> tuple[list[dict], collections.Counter]:
    lex = Lexicon()
    drops: collections.Counter = collections.Counter()
    prose = corpus_words()

    def ordinary(name: str) -> bool:
        """A one-word name that is an ordinary word or a generic acronym."""
        if name.casefold() in ACRONYM_BLOCK:
            return True
        return " " not in name and name.lower() in prose and not re.search(r".[A-Z]", name)

    # 1. kg's own curated entries
    for row in load(ADDITIONS):
        assert row["type"] in ENTITY_TYPES, row
        lex.add(row["name"], row["type"], row.get("aliases", []), SRC_CURATED, curated=True)
        for alias in row.get("not_aliases", []):  # another thing with the same letters
            lex.block(row["name"], alias)

    # 2. LLM ecosystem
    eco = load(sources_dir / "llm_ecosystem.jsonl")
    api_ids = []
    for row in eco:
        name = clean_space(row["name"])
        src = row["source"]
        ot = row.get("original_type", "")
        if src.startswith("litellm"):
            api_ids.append(row)
            continue
        if "task family" in ot:
            source = SRC_LMMSEVAL if src.startswith("lmms-eval") else SRC_LMEVAL
            if name.islower() or name.casefold() in JUNK:
                drops["eco: lowercase task id"] += 1
                continue
            name = clean_space(name.replace("_", " "))
            name, pal = strip_parens(name)
            name = strip_head(name)
            if re.match(r"^[A-Z][a-z]+$", name) or ordinary(name):
                drops["eco: plain word"] += 1
                continue
            if not good_name(name, "Benchmark"):
                drops["eco: filtered"] += 1
                continue
            lex.add(name, "Benchmark", pal, source)
        elif src.startswith("transformers"):
            if re.search(r"[a-z0-9](Model|Encoder|Decoder|Vision|Text|Audio|Video|Tokenizer)$", name):
                drops["transformers: class name"] += 1
                continue
            if not good_name(name, "Model") or ordinary(name):
                drops["transformers: filtered"] += 1
                continue
            aliases = [a for a in row.get("aliases", []) if "_" not in a and norm_key(a) != norm_key(name)]
            lex.add(name, "Model", [a for a in aliases if good_alias(a, name, "Model")], SRC_TRANSFORMERS)
        elif src.startswith("peft") or src.startswith("trl"):
            source = SRC_PEFT if src.startswith("peft") else SRC_TRL
            aliases = [a for a in row.get("aliases", []) if len(a) > 3 and not a.islower() or "-" in a and len(a) > 6]
            if row.get("full_name"):
                aliases.append(row["full_name"])
            if not good_name(name, "Method") and name != "(IA)3":
                drops["peft/trl: filtered"] += 1
                continue
            lex.add(name, "Method", aliases, source)

    # litellm API ids: an alias of a clean model name, or dropped
    for row in api_ids:
        name = clean_space(row["name"])
        base = _DATE_SUFFIX.sub("", name)
        idx = lex.find(base)
        if idx is None and name != name.lower() and "/" not in name and re.search(r"\d", name):
            # HF-style repo names written with capitals are real names ("Qwen3-Coder-480B-A35B-Instruct")
            if good_name(base, "Model") and not re.search(r"(?i)(turbo|maas|fast|free)$", base):
                lex.add(base, "Model", [], SRC_LITELLM)
                continue
        if idx is None or lex.entries[idx]["type"] != "Model":
            drops["litellm: no clean name"] += 1
            continue
        entry = lex.entries[idx]
        if SRC_LITELLM not in entry["sources"]:
            entry["sources"].append(SRC_LITELLM)
        if name != base and "/" not in name and ":" not in name:
            lex.add_alias(idx, name)

    # 3. SciREX
    for row in load(sources_dir / "scirex.jsonl"):
        name = clean_space(row["name"].replace("_", " "))
        name = re.sub(r"(?<=\d) (?=\d\b)", ".", name)  # "SQuAD2 0" -> "SQuAD2.0"
        name = re.sub(r"\s+(single model|ensemble|single|baseline)$", "", name, flags=re.I)
        name, pal = strip_parens(name)
        type_ = row["type"]
        if type_ == "Method" and looks_like_model(name):
            type_ = "Model"
        elif type_ == "Dataset" and looks_like_benchmark(name):
            type_ = "Benchmark"
        if type_ in ("Dataset", "Benchmark"):
            name = strip_head(strip_splits(name))
        if " -" in name or not good_name(name, type_) or ordinary(name):
            drops["scirex: filtered"] += 1
            continue
        if type_ in ("Method", "Model"):
            toks = tokens(name)
            if name.islower() or len(toks) > 3 or sum(bool(re.search(r"[A-Z].*[A-Z]", t)) for t in toks) >= 2:
                drops["scirex: method description or combination"] += 1
                continue
        aliases = pal + [
            clean_space(a) for a in row.get("aliases", []) if scirex_alias_ok(clean_space(a), name, type_)
        ]
        lex.add(name, type_, aliases, SRC_SCIREX)

    # 4. Papers with Code
    pwc = load(sources_dir / "pwc_snapshot.jsonl")
    pwc.sort(key=lambda r: -r.get("freq", 0))  # frequent spellings claim names first
    for row in pwc:
        raw = clean_space(row["name"])
        type_ = row["type"]
        freq = row.get("freq", 1)
        if type_ == "Task" and _LANG_PAIR.search(raw):
            drops["pwc: translation pair"] += 1
            continue
        name, pal = strip_parens(raw)
        if type_ in ("Dataset", "Benchmark"):
            name = strip_head(strip_splits(name))
            type_ = "Benchmark" if looks_like_benchmark(name) else "Dataset"
        elif type_ == "Metric":
            name = re.split(r"\s+[-–—]\s+", name)[0]
            name = re.sub(r"(?i)^(test|validation|val|dev|overall)\s+(set\s+)?", "", name)
            name = re.sub(r"^(Mean|Avg\.?|Average)\s+(?=\S*[A-Z]{2})", "", name)
        elif type_ == "Task":
            name = re.split(r"\s+[-–—]\s+", name)[0]
        name = clean_space(name)
        if not good_name(name, type_):
            drops[f"pwc {type_}: filtered"] += 1
            continue
        single = len(tokens(name)) == 1
        if ordinary(name):
            drops["pwc: ordinary word or generic acronym"] += 1
            continue
        if type_ in ("Dataset", "Benchmark"):
            if _NOT_DATASET_TAIL.match(name):
                drops["pwc dataset: descriptive phrase"] += 1
                continue
            if single and re.match(r"^[A-Za-z][a-z]+$", name) and freq < 3:
                drops["pwc dataset: plain word, rare"] += 1
                continue
            if re.match(r"^[A-Z]{2,4}$", name) and freq < 3 and lex.find(name) is None:
                drops["pwc dataset: short acronym, rare"] += 1
                continue
            if re.search(r"[a-z]+_[a-z]+|^[a-z0-9\- ]+$", name) and freq < 3 and lex.find(name) is None:
                drops["pwc dataset: id-like"] += 1
                continue
        if type_ == "Metric":
            metricish = re.search(
                r"(?i)accuracy|acc\b|score|error|rate|precision|recall|loss|distance|similarity|ratio|"
                r"index|coefficient|\bf1\b|f-measure|auc|@|iou|correlation|bleu|rouge|psnr|ssim|perplexity",
                name,
            )
            if not (freq >= 3 or metricish or re.match(r"^[A-Za-z]*[A-Z]{2,}[A-Za-z0-9\-]*$", name)):
                drops["pwc metric: not metric-like"] += 1
                continue
            if len(tokens(name)) > 4:
                drops["pwc metric: too long"] += 1
                continue
            if re.match(r"^[A-Z]{2,4}$", name) and freq < 2 and lex.find(name) is None:
                drops["pwc metric: short acronym, rare"] += 1
                continue
        if type_ == "Task":
            last = re.split(r"[\s\-]+", name)[-1].casefold()
            if not (re.search(r"(tion|sion|ing|ment|sis|ance|ence|ity)$", last) or last in _TASK_HEADS):
                drops["pwc task: not an activity"] += 1
                continue
            if name.casefold() in _NOT_TASKS:
                drops["pwc task: a field, not a task"] += 1
                continue
            if re.match(r"^[A-Z]{2,5}$", name):
                drops["pwc task: bare acronym"] += 1
                continue
            if freq < 2 and len(tokens(name)) >= 6:
                drops["pwc task: long, rare"] += 1
                continue
        aliases = [a for a in pal if good_alias(a, name, type_)]
        lex.add(name, type_, aliases, SRC_PWC)

    # metrics that embed a dataset name are leaderboard columns ("ImageNet Top-1 Accuracy")
    data_keys = {norm_key(e["name"]) for e in lex.entries if e["type"] in ("Dataset", "Benchmark") and len(e["name"]) >= 4}
    kept = []
    for e in lex.entries:
        if e["type"] == "Metric" and SRC_CURATED not in e["sources"]:
            parts = [norm_key(p) for p in re.split(r"[\s]+", e["name"])]
            if len(parts) > 1 and any(p in data_keys for p in parts):
                drops["pwc metric: names a dataset"] += 1
                continue
        kept.append(e)
    lex.entries = kept

    # finish: drop aliases that collide with stop words, sort
    out = []
    for e in lex.entries:
        e.pop("_curated")
        e["aliases"] = sorted({a for a in e["aliases"] if a.casefold() not in STOP_WORDS or re.search(r".[A-Z]", a)})
        e["sources"] = sorted(e["sources"])
        out.append(e)
    out.sort(key=lambda e: (e["name"].casefold(), e["name"]))
    return out, drops


SOURCES_TEMPLATE = """# kg/data: where each file comes from

Every file in this folder is listed here with its origin, licence, date and sha256
(`tests/extract/test_lexicon.py` checks the checksums). This file is written by
`tools/build_lexicon.py`; re-run it after changing any data file.

## lexicon.jsonl

- **What**: {n} typed names with aliases, one JSON object a line:
  `{{"name", "type", "aliases", "sources"}}`. Types: {by_type}.
- **Origin**: built by `tools/build_lexicon.py` on {date} from
  - Papers with Code final data dumps (July 2025) as processed by github.com/World-Snapshot/papers-with-code
    (`pwc_snapshot.jsonl`), source tag `paperswithcode`;
  - SciREX `docs/train_docs` salient entity names (github.com/allenai/SciREX), tag `scirex`;
  - names read from PyPI wheels: lm-eval 0.4.13 (`lm-eval`), lmms-eval 0.7.3 (`lmms-eval`), litellm 1.77.7
    (`litellm`, API ids kept only as aliases), transformers 4.46.3 (`transformers`), peft 0.21.2 (`peft`),
    trl 1.16.0 (`trl`);
  - kg's hand-curated entries `tools/lexicon_additions.jsonl` (`kg-curated`).
  Source lists retrieved: {sources_date} (kg's shared `lexicon-sources/`). Entries by source: {by_source}.
  One-word names that are ordinary lowercase words of arXiv prose (counted in 20,000 abstracts of kg's
  development corpus, which is not shipped) were dropped.
- **Licence**: CC BY-SA 4.0 (derived from Papers with Code content), distributed as a separate data
  file; see `LICENSE-lexicon.md` and the top-level `NOTICE`.
- **sha256**: `{sha_lexicon}`

## LICENSE-lexicon.md

- **What**: the CC BY-SA 4.0 notice and attribution for `lexicon.jsonl`.
- **Origin**: written by the kg developers, {date}.
- **Licence**: CC BY-SA 4.0 (part of the data distribution).
- **sha256**: `{sha_license}`
"""


def write_sources(out: Path, entries: list[dict]) -> Path:
    import datetime
    import hashlib

    data_dir = out.parent
    by_type = collections.Counter(e["type"] for e in entries)
    by_source = collections.Counter(s for e in entries for s in e["sources"])
    sources_mtime = max((p.stat().st_mtime for p in SOURCES_DIR.glob("*.jsonl")), default=None)
    text = SOURCES_TEMPLATE.format(
        n=len(entries),
        by_type=", ".join(f"{t} {by_type[t]}" for t in ENTITY_TYPES),
        by_source=", ".join(f"{s} {n}" for s, n in by_source.most_common()),
        date=datetime.date.today().isoformat(),
        sources_date=datetime.date.fromtimestamp(sources_mtime).isoformat() if sources_mtime else "unknown",
        sha_lexicon=hashlib.sha256((data_dir / "lexicon.jsonl").read_bytes()).hexdigest(),
        sha_license=hashlib.sha256((data_dir / "LICENSE-lexicon.md").read_bytes()).hexdigest(),
    )
    path = data_dir / "SOURCES.md"
    path.write_text(text, encoding="utf8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", type=Path, default=SOURCES_DIR)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    entries, drops = build(args.sources)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf8", newline="\n") as fh:
        for e in entries:
            fh.write(json.dumps({k: e[k] for k in ("name", "type", "aliases", "sources")}, ensure_ascii=False) + "\n")
    by_type = collections.Counter(e["type"] for e in entries)
    by_source = collections.Counter(s for e in entries for s in e["sources"])
    print(f"{len(entries)} entries, {sum(len(e['aliases']) for e in entries)} aliases -> {args.out}")
    print("by type:  ", ", ".join(f"{t} {by_type[t]}" for t in ENTITY_TYPES))
    print("by source:", ", ".join(f"{s} {n}" for s, n in by_source.most_common()))
    print("dropped:  ", ", ".join(f"{k} {n}" for k, n in drops.most_common()))
    if args.out == OUT:
        print("wrote", write_sources(args.out, entries))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
