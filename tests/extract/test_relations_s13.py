"""Relation recall, thirteenth session: coordinated heads and tails, comparisons, uses, training.

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from test_relations_recall import pairs  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- coordinated tasks share a use
def test_title_task_reaches_every_task_of_the_list():
    names = {"ReefNet": "Method", "Coral Detection": "Task", "Localization": "Task", "Counting": "Task"}
    text = "ReefNet: Joint Coral Detection, Localization and Counting via Sparse Queries\n\nWe study reefs."
    assert pairs(text, names) == {("ReefNet", "Coral Detection"), ("ReefNet", "Localization"),
                                  ("ReefNet", "Counting")}


def test_appositive_description_reaches_every_listed_task():
    names = {"KelpTrack": "Model", "kelp detection": "Task", "segmentation": "Task", "tracking": "Task"}
    text = "We introduce KelpTrack, a foundation model that jointly addresses kelp detection, segmentation and tracking."
    assert pairs(text, names) == {("KelpTrack", "kelp detection"), ("KelpTrack", "segmentation"),
                                  ("KelpTrack", "tracking")}


def test_experiments_across_a_task_list_reach_the_first_items():
    names = {"math reasoning": "Task", "code generation": "Task", "SparseMix": "Method"}
    text = "Experiments across math reasoning, code generation, and retrieval tasks demonstrate that SparseMix is fast."
    assert pairs(text, names) == {("SparseMix", "math reasoning"), ("SparseMix", "code generation")}


def test_a_setting_before_a_comma_is_no_list_item():
    # near miss: "For T1, T2 via X" sets a scene; only T2 is done via X
    names = {"ocean monitoring": "Task", "reef mapping": "Task", "SAM": "Model"}
    text = "For ocean monitoring, reef mapping via SAM is popular."
    assert pairs(text, names) == {("SAM", "reef mapping")}


def test_an_instrument_of_the_last_item_stays_with_it_outside_titles():
    # near miss: in a body sentence "T1 and T2 through X" often uses X for T2 only
    names = {"MoireNet": "Method", "edge extraction": "Task", "texture extraction": "Task", "SSM": "Method"}
    text = "We introduce MoireNet, which incorporates edge extraction and texture extraction through SSM."
    assert ("SSM", "edge extraction") not in pairs(text, names)
    assert ("SSM", "texture extraction") in pairs(text, names)


# ---------------------------------------------------------------- coordinated heads
def test_coordinated_subjects_share_a_comparison():
    names = {"Wren-1B": "Model", "Wren-3B": "Model", "Qwen-7B": "Model", "Llama-8B": "Model"}
    text = "Wren-1B and Wren-3B are competitive with larger models, including Qwen-7B and Llama-8B."
    assert pairs(text, names, "comparedWith") == {
        ("Wren-1B", "Qwen-7B"), ("Wren-1B", "Llama-8B"), ("Wren-3B", "Qwen-7B"), ("Wren-3B", "Llama-8B")}
    text = "Wren-1B and Wren-3B lag behind Qwen-7B."
    assert pairs(text, names, "outperforms") == {("Qwen-7B", "Wren-1B"), ("Qwen-7B", "Wren-3B")}


def test_objects_before_a_fronted_comparison_subject_are_no_subjects():
    # near miss: "Compared to A, B, and C, X ...": A, B and C are compared with X, not with each other
    names = {"GRU": "Method", "LSTM": "Method", "TCN": "Method", "WaveMix": "Method"}
    text = "Compared to baselines such as GRU, LSTM, and TCN, WaveMix forecasts better."
    got = pairs(text, names, "comparedWith") | pairs(text, names, "outperforms")
    assert got == {("WaveMix", "GRU"), ("WaveMix", "LSTM"), ("WaveMix", "TCN")}


def test_an_article_after_a_comma_makes_no_list_of_subjects():
    names = {"active learning": "Method", "U-Nets": "Method", "SegFormer": "Model"}
    text = "With data picked by active learning, the U-Nets reach a similar mIoU compared to SegFormer."
    assert pairs(text, names, "comparedWith") == {("U-Nets", "SegFormer")}


def test_a_subject_list_after_the_dataset_is_evaluated_whole():
    names = {"GSM8K": "Benchmark", "Orca-2": "Model", "Phi-3": "Model", "Gemma-2": "Model"}
    text = "Experiments on GSM8K show that Orca-2, Phi-3, and Gemma-2 gain from the hints."
    assert pairs(text, names, "evaluatedOn") == {("Orca-2", "GSM8K"), ("Phi-3", "GSM8K"), ("Gemma-2", "GSM8K")}


# ---------------------------------------------------------------- comparisons: a margin "over Y"
def test_margin_over_a_rival_is_a_win():
    names = {"GlowNet": "Method", "FixMatch": "Method", "Orca-7B": "Model", "Vicuna-13B": "Model"}
    text = "GlowNet improves accuracy by 14.5% over FixMatch on the tiny split."
    assert pairs(text, names, "outperforms") == {("GlowNet", "FixMatch")}
    text = "Orca-7B achieves a 6.2% improvement in average accuracy over Vicuna-13B."
    assert pairs(text, names, "outperforms") == {("Orca-7B", "Vicuna-13B")}
    text = "GlowNet boosts Exact Match by up to 4.6 points over FixMatch baselines."
    assert pairs(text, names, "outperforms") == {("GlowNet", "FixMatch")}


def test_over_without_a_margin_or_gain_compares_nothing():
    # near miss: "over" of time or topic, no gain before it
    names = {"GlowNet": "Method", "FixMatch": "Method"}
    text = "GlowNet reasons over FixMatch outputs for three rounds."
    assert pairs(text, names, "outperforms") == set()
    text = "GlowNet keeps accuracy by design over FixMatch pseudo-labels."
    assert pairs(text, names, "outperforms") == set()


def test_a_method_naming_the_setting_of_a_metric_is_no_subject():
    # "linear probing accuracy": the method names how the accuracy was measured, not who scored it
    names = {"DINOv2": "Model", "linear probing": "Method", "ImageNet": "Dataset"}
    text = "On ImageNet, our method improves linear probing accuracy by 4.8% over DINOv2."
    assert pairs(text, names, "outperforms") == set()
    assert ("linear probing", "ImageNet") not in pairs(text, names, "evaluatedOn")


def test_where_a_gain_was_measured_is_no_subject():
    # "results on X" and "speedups of layers in X over Y": X hosts the measurement, it does not win
    names = {"AlexNet": "Model", "dense convolution": "Method"}
    text = "Our results on AlexNet show 3.4x speedups of the layers over dense convolution."
    assert pairs(text, names, "outperforms") == set()
    text = "The kernels give 3.4x speedups of the layers in AlexNet over dense convolution."
    assert pairs(text, names, "outperforms") == set()
    names = {"AlexNet": "Model", "SparseConv": "Method", "dense convolution": "Method"}
    text = "Experiments on the AlexNet backbone show that SparseConv gives 3.4x speedups over dense convolution."
    assert pairs(text, names, "outperforms") == {("SparseConv", "dense convolution")}


def test_a_failed_gain_is_no_win():
    names = {"sparse attention": "Method", "self attention": "Method"}
    text = "Earlier sparse attention kernels have typically failed to consistently deliver speedups over self attention."
    assert pairs(text, names, "outperforms") == set()


# ---------------------------------------------------------------- comparisons: more cues of winning
def test_favorably_and_superior_performance_over_are_wins():
    names = {"DuneNet": "Method", "PSPNet": "Model", "DeepLab": "Model"}
    assert pairs("DuneNet performs favorably against PSPNet on dunes.", names, "outperforms") == {("DuneNet", "PSPNet")}
    text = "Results show DuneNet's superior performance over both PSPNet and DeepLab."
    assert pairs(text, names, "outperforms") == {("DuneNet", "PSPNet"), ("DuneNet", "DeepLab")}
    # near miss: "improved control over Y" compares nothing
    assert pairs("DuneNet gives improved control over PSPNet outputs.", names, "outperforms") == set()


def test_more_effective_and_a_bracket_before_than():
    names = {"RL": "Method", "SFT": "Method", "TinySeg": "Model", "UNet-S": "Model"}
    assert pairs("RL yields more effective generalization than SFT.", names, "outperforms") == {("RL", "SFT")}
    assert pairs("TinySeg is more accurate (Dice) than UNet-S.", names, "outperforms") == {("TinySeg", "UNet-S")}


def test_the_name_a_modifier_leads_to_is_the_object():
    names = {"KeyIter": "Method", "BM25": "Method", "RAG": "Method", "RNN": "Method"}
    text = "KeyIter shows 5% accuracy improvements over BM25-based RAG on open QA."
    assert pairs(text, names, "outperforms") == {("KeyIter", "RAG")}
    # near miss: the modified word is no name
    assert pairs("KeyIter has advantages over RNN-based approaches.", names, "outperforms") == set()


def test_superiority_of_x_over_y():
    names = {"GlowNet": "Method", "HRNet": "Model", "ViTPose": "Model"}
    text = "Experiments show the superiority of GlowNet over HRNet and ViTPose."
    assert pairs(text, names, "outperforms") == {("GlowNet", "HRNet"), ("GlowNet", "ViTPose")}
    text = "We present GlowNet for pose estimation. Experiments show the superiority of our method over HRNet."
    assert pairs(text, names, "outperforms") == {("GlowNet", "HRNet")}


def test_evaluate_or_benchmark_x_against_y():
    names = {"TideNet": "Model", "ResNet-50": "Model", "DenseNet-121": "Model", "PGD": "Method"}
    text = "We benchmark TideNet against ResNet-50 and DenseNet-121 on tide charts."
    assert pairs(text, names, "comparedWith") == {("TideNet", "ResNet-50"), ("TideNet", "DenseNet-121")}
    # near misses: a tool after "with", an attack after "against"
    assert pairs("We evaluate TideNet with ResNet-50 features.", names, "comparedWith") == set()
    assert pairs("We test TideNet against the PGD attack.", names, "comparedWith") == set()


# ---------------------------------------------------------------- usedFor: more constructions
def test_description_with_an_acronym_inside_keeps_its_task():
    names = {"TrajNet": "Method", "In-Context Learning": "Method", "ICL": "Method",
             "pedestrian trajectory prediction": "Task"}
    text = "We introduce TrajNet, an In-Context Learning (ICL) framework for pedestrian trajectory prediction."
    assert ("TrajNet", "pedestrian trajectory prediction") in pairs(text, names)


def test_data_set_description_with_an_acronym_is_no_method():
    # near miss: the description is headed by "dataset", also with an "(ABBR)" among its words
    names = {"FaceQA": "Dataset", "FAS": "Task", "Visual Question Answering": "Task"}
    text = "We introduce FaceQA, the first large-scale Visual Question Answering (VQA) dataset tailored for FAS."
    assert pairs(text, names) == set()


def test_purpose_opening_with_the_challenges_of_a_task():
    names = {"RES": "Task", "UniSeg": "Method", "sketch animation": "Task", "SketchFlow": "Method",
             "SDS": "Method"}
    text = "To tackle the challenges of multi-granularity RES, we propose UniSeg, a unified model."
    assert pairs(text, names) == {("UniSeg", "RES")}
    text = "For sketch animation, we propose SketchFlow based on iterative optimization with SDS."
    assert ("SketchFlow", "sketch animation") in pairs(text, names)


def test_name_task_kind_compound():
    names = {"YOLOv11": "Model", "object detection": "Task", "fine-tuning": "Method",
             "text-to-image generation": "Task"}
    text = "The pipeline is built upon the YOLOv11 object detection model."
    assert pairs(text, names) == {("YOLOv11", "object detection")}
    # near miss: a gerund before the task is a verb taking "models" as object
    names = {"Fine-tuning": "Method", "text-to-image generation": "Task"}
    assert pairs("Fine-tuning text-to-image generation models is costly.", names) == set()


def test_achieves_task_accuracy_without_a_quality_word():
    names = {"LeafGAT": "Method", "leaf classification": "Task"}
    text = "Experiments show that LeafGAT achieves leaf classification accuracies on par with larger models."
    assert pairs(text, names) == {("LeafGAT", "leaf classification")}
    # near miss: a task reached, no measure of it after the task
    text = "LeafGAT achieves leaf classification with one percent of the labels."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- data sets: "Using D, we evaluate X", "train and test on D"
def test_using_a_data_set_we_evaluate_models():
    names = {"QuakeQA": "Benchmark", "GPT-4o": "Model", "Qwen2.5": "Model", "RiftNet": "Model"}
    text = "Using QuakeQA, we evaluate GPT-4o and Qwen2.5 under zero-shot prompting."
    assert pairs(text, names, "evaluatedOn") == {("GPT-4o", "QuakeQA"), ("Qwen2.5", "QuakeQA")}
    text = "We propose RiftNet for quake triage. With QuakeQA, we evaluate our method in three regions."
    assert pairs(text, names, "evaluatedOn") == {("RiftNet", "QuakeQA")}
    # near miss: the data set is used, nothing is evaluated on it
    text = "Using QuakeQA, we fine-tune GPT-4o for triage."
    assert pairs(text, names, "evaluatedOn") == set()


def test_trained_and_evaluated_on_the_same_data_set():
    names = {"TidalNet": "Model", "CoastSet": "Dataset", "ReefSet": "Dataset"}
    text = "We train and evaluate TidalNet on CoastSet and ReefSet."
    assert pairs(text, names, "trainedOn") == {("TidalNet", "CoastSet"), ("TidalNet", "ReefSet")}
    assert pairs(text, names, "evaluatedOn") == {("TidalNet", "CoastSet"), ("TidalNet", "ReefSet")}
    # near miss: only evaluated
    assert pairs("We evaluate TidalNet on CoastSet.", names, "trainedOn") == set()


# ---------------------------------------------------------------- comparisons: hedged and spread-out parity
def test_comparable_with_words_between_is_a_comparison():
    names = {"SnowDiff": "Method", "FLUX-Pro": "Model"}
    text = "SnowDiff achieves comparable 2K-generation performance to FLUX-Pro with 3K samples."
    assert pairs(text, names, "comparedWith") == {("SnowDiff", "FLUX-Pro")}


def test_comparable_or_better_is_parity_not_a_win():
    names = {"SnowDiff": "Method", "FLUX-Pro": "Model", "SDXL": "Model"}
    for text in ("SnowDiff achieves comparable or superior performance to FLUX-Pro and SDXL.",
                 "SnowDiff performs on par with or better than FLUX-Pro and SDXL.",
                 "SnowDiff achieves competitive or superior performance to FLUX-Pro and SDXL."):
        assert pairs(text, names, "outperforms") == set(), text
        assert pairs(text, names, "comparedWith") == {("SnowDiff", "FLUX-Pro"), ("SnowDiff", "SDXL")}, text
    # near miss: a plain "superior to" stays a win
    assert pairs("SnowDiff is superior to FLUX-Pro.", names, "outperforms") == {("SnowDiff", "FLUX-Pro")}


def test_data_list_led_by_a_name_that_is_no_mention():
    names = {"TideNet": "Model", "CoastSet": "Dataset", "ScanShapes": "Dataset"}
    text = "Experiments on the Harbor and CoastSet datasets show that TideNet outperforms prior methods."
    assert pairs(text, names, "evaluatedOn") == {("TideNet", "CoastSet")}
    text = "Evaluations on Harbor and CoastSet showcase TideNet's superiority."
    assert pairs(text, names, "evaluatedOn") == {("TideNet", "CoastSet")}
    text = "TideNet improves accuracy by 6.2% on three variants of ScanShapes."
    assert pairs(text, names, "evaluatedOn") == {("TideNet", "ScanShapes")}
    # near miss: a lower-case word before "and" opens no list of data sets
    text = "TideNet focuses on tides and CoastSet is used elsewhere."
    assert pairs(text, names, "evaluatedOn") == set()


def test_data_set_used_to_train_a_model():
    names = {"CoastSet": "Dataset", "TidalNet": "Model", "VLMs": "Method"}
    assert pairs("We use CoastSet to train TidalNet.", names, "trainedOn") == {("TidalNet", "CoastSet")}
    text = "We built the CoastSet dataset to train and evaluate VLMs."
    assert pairs(text, names, "trainedOn") == {("VLMs", "CoastSet")}
    assert pairs(text, names, "evaluatedOn") == {("VLMs", "CoastSet")}
    # near miss: the purpose clause names no model
    assert pairs("We use CoastSet to train on one GPU with TidalNet.", names, "trainedOn") == set()


def test_experiments_on_a_task_list_closed_by_a_comma():
    names = {"pose estimation": "Task", "visual localization": "Task", "LiftNet": "Method"}
    text = "Extensive results on pose estimation and visual localization tasks, demonstrate that our LiftNet wins."
    assert pairs(text, names) == {("LiftNet", "pose estimation"), ("LiftNet", "visual localization")}
    names = {"summarization": "Task", "code generation": "Task", "GradText": "Method"}
    text = "Across summarization and code generation, GradText consistently surpasses RL baselines."
    assert pairs(text, names) == {("GradText", "summarization"), ("GradText", "code generation")}


def test_a_method_inside_the_tested_list_is_no_subject():
    # near miss: "goal search" (typed a method) is one more tested domain, not the subject
    names = {"text-to-SQL": "Task", "goal search": "Method"}
    text = "Through evaluation in text-to-SQL, goal search, and JSON domains, we show that our approach is superior."
    assert pairs(text, names) == set()
    # "result in" is a verb, not a report of results on a task
    names = {"image generation": "Task", "FlowDiT": "Method"}
    text = "Instead of hoping for a better result in image generation, FlowDiT tailors its outputs."
    assert pairs(text, names) == set()


def test_passive_benchmarked_against():
    names = {"TideNet": "Model", "ResNet-50": "Model", "PGD": "Method"}
    text = "TideNet is benchmarked against ResNet-50 on tide charts."
    assert pairs(text, names, "comparedWith") == {("TideNet", "ResNet-50")}
    # near miss: tested against an attack
    assert pairs("TideNet was tested against the PGD attack.", names, "comparedWith") == set()


def test_as_well_or_better_than_is_parity():
    names = {"SnowDiff": "Method", "MCMC": "Method"}
    for text in ("SnowDiff extrapolates as well or better than MCMC.",
                 "SnowDiff achieves comparable or better results than MCMC."):
        assert pairs(text, names, "comparedWith") == {("SnowDiff", "MCMC")}, text
        assert pairs(text, names, "outperforms") == set(), text


def test_compared_with_then_a_hedged_winner_is_parity():
    names = {"ZebraLM": "Model", "MambaLM": "Model"}
    text = "Compared to MambaLM, ZebraLM delivers competitive or superior accuracy with fewer tokens."
    assert pairs(text, names, "outperforms") == set()
    assert pairs(text, names, "comparedWith") == {("ZebraLM", "MambaLM")}
    # near miss: a plain winner stays a win
    text = "Compared to MambaLM, ZebraLM delivers superior accuracy with fewer tokens."
    assert pairs(text, names, "outperforms") == {("ZebraLM", "MambaLM")}


def test_a_training_method_before_a_hyphen_is_a_modifier():
    names = {"RL": "Method", "GPT-4o": "Model", "ToMNet": "Model", "ResNet": "Model", "CoastSet": "Dataset"}
    text = "We present ToMNet for belief tracking. Our RL-trained 7B model surpasses GPT-4o on belief questions."
    assert pairs(text, names, "outperforms") == {("ToMNet", "GPT-4o")}
    # near miss: a participle with a space still leaves the name the subject
    text = "ResNet trained on CoastSet surpasses GPT-4o."
    assert pairs(text, names, "outperforms") == {("ResNet", "GPT-4o")}
