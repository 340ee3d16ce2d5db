"""A paper's own acronym definition decides the acronym's entity in that paper (kg.extract.definitions)."""

from __future__ import annotations

from kg.extract import extract_text


def _ids(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in extract_text(text).mentions:
        out.setdefault(m.text, set()).add(m.entity_id)
    return out


def test_proposed_name_and_its_acronym_are_one_entity():
    ex = extract_text("We propose Dual-Head Reasoning Distillation (DHRD), a new method. DHRD is fast.")
    ids = {m.text: m.entity_id for m in ex.mentions}
    assert ids["Dual-Head Reasoning Distillation"] == ids["DHRD"]
    proposed = {ex.mentions[r.tail].entity_id for r in ex.relations if r.predicate == "proposes"}
    assert proposed == {ids["DHRD"]}


def test_new_sense_of_a_lexicon_acronym_is_the_papers_own():
    ids = _ids("We propose Sample Confusion Miner (SAM) for robust training. SAM works on ImageNet.")
    assert ids["SAM"] == ids["Sample Confusion Miner"] == {"sample-confusion-miner"}
    # the lexicon's sense where a paper means it
    assert _ids("We use the Segment Anything Model (SAM) for masks. SAM is strong.")["SAM"] == {"sam"}


def test_lexicon_acronym_with_another_expansion_follows_the_definition():
    assert _ids("The Attack Success Rate (ASR) drops to 5%. ASR is low.")["ASR"] == {"attack-success-rate"}
    assert _ids("We study automatic speech recognition (ASR). ASR is hard.")["ASR"] == {"speech-recognition"}


def test_each_use_follows_the_definition_before_it():
    ex = extract_text("We report mean absolute error (MAE). We pretrain with masked autoencoders (MAE). MAE is good.")
    maes = [m.entity_id for m in ex.mentions if m.text == "MAE"]
    assert maes == ["mean-absolute-error", "masked-autoencoder", "masked-autoencoder"]


def test_descriptions_and_partial_long_forms_do_not_redefine():
    # a lowercase description before a name in parentheses is no definition of it
    assert _ids("We use a segmentation model (SAM) here. SAM is good.")["SAM"] == {"sam"}
    # "QA" abbreviates only "question answering", not the whole "open-domain question answering"
    ids = _ids("We study open-domain question answering (QA). QA is hard.")
    assert ids["QA"] == {"question-answering"}
    assert ids["open-domain question answering"] == {"open-domain-question-answering"}


def test_prose_before_a_known_name_in_parentheses_is_no_long_form():
    for text, junk in [
        ("Our approach outperforms the existing methods in both pixel-level accuracy (mIoU) on ADE20K.",
         "methods in both pixel-level accuracy"),
        ("It beats traditional AutoML frameworks in task completion rate and model performance (AUROC).",
         "AutoML frameworks in task completion rate and model performance"),
        ("We validate its universal applicability across diverse architectures (U-Nets, DiTs).",
         "universal applicability across diverse architectures"),
    ]:
        texts = {m.text for m in extract_text(text).mentions}
        assert junk not in texts
        assert texts & {"mIoU", "AUROC", "U-Nets"}  # the name itself stays


def test_coined_and_known_long_forms_stay():
    ids = _ids("We use Low-Rank Adaptation (LoRA) and large-scale Language Models (LLMs).")
    assert ids["Low-Rank Adaptation"] == ids["LoRA"] == {"lora"}
    assert ids["large-scale Language Models"] == {"llm"}
    ids = _ids("We propose FLOW morphING (FLOWING), a method. FLOWING is fast.")
    assert ids["FLOW morphING"] == ids["FLOWING"]


def test_coined_long_form_of_a_lexicon_acronym_is_its_own_entity():
    ids = _ids("We propose Masked Action Planning (MAP) for robots. MAP works.")
    assert ids["MAP"] == ids["Masked Action Planning"] == {"masked-action-planning"}
    # a spelling of the lexicon's own meaning stays with it
    assert _ids("We report Mean Average Precision (MAP) on COCO. MAP is 50.")["MAP"] == {"map"}


def test_lexicon_keeps_one_entity_for_acronym_and_expansion():
    # the lexicon listed "ViT" and "vision transformer" (and EER, MOS, EMD, ACC) as separate entries
    ids = _ids("We fine-tune a Vision Transformer (ViT). ViTs and vision transformers scale. "
               "The equal error rate (EER) and mean opinion score improve.")
    assert ids["Vision Transformer"] == ids["ViT"] == ids["vision transformers"] == {"vit"}
    assert ids["equal error rate"] == ids["EER"] == {"eer"}
    assert ids["mean opinion score"] == {"mos"}


def test_a_lexicon_acronym_defined_with_another_meaning_follows_the_paper():
    ids = _ids("We train with Sharpness-Aware Minimization (SAM). SAM finds flat minima.")
    assert ids["SAM"] == ids["Sharpness-Aware Minimization"] == {"sharpness-aware-minimization"}
    # spellings of the lexicon's own meaning, and names the lexicon lacks an expansion for, stay
    ids = _ids("We report BLEU (bilingual evaluation understudy) and use Visual Transformers (ViT). "
               "Term frequency-inverse document frequency (TF-IDF) ranks words.")
    assert ids["ViT"] == ids["Visual Transformers"] == {"vit"}
    assert ids["TF-IDF"] == {"tfidf"}


def test_a_lexicon_acronym_sharing_under_half_its_words_with_the_lexicon_is_another_sense():
    # SSM is the state space model in the lexicon; these papers mean something else by it,
    # also in the plural, and a hyphenated name is a long form too
    for text, long, own in [
        ("Semantic similarity measures (SSMs) are widely used. SSMs help.", "Semantic similarity measures",
         "semantic-similarity-measure"),
        ("We use a small speculative model (SSM) to draft tokens. The SSM is fast.", "small speculative model",
         "small-speculative-model"),
        ("Statistical Shape Models (SSM) fit organs. SSM is robust.", "Statistical Shape Models",
         "statistical-shape-model"),
        ("We optimise with Levenberg-Marquardt (LM) steps. LM converges.", "Levenberg-Marquardt", "levenberg-marquardt"),
        ("It has a higher angular correlation coefficient (ACC). ACC rises.", "angular correlation coefficient",
         "angular-correlation-coefficient"),
    ]:
        ids = _ids(text)
        short = next(s for s in ("SSMs", "SSM", "LM", "ACC") if s in ids)
        assert ids[long] == ids[short] == {own}, text


def test_spellings_of_the_lexicons_expansion_keep_the_lexicon_entity():
    assert _ids("State-space models (SSMs) offer an alternative. SSMs scale.")["SSMs"] == {"state-space-model"}
    assert _ids("We report Intersection-over-Union (IoU) on COCO. IoU rises.")["IoU"] == {"iou"}
    assert _ids("Variational Auto-Encoders (VAEs) compress. VAEs help.")["VAEs"] == {"variational-autoencoder"}
    assert _ids("We study natural language to SQL (NL-to-SQL). NL-to-SQL is hard.")["NL-to-SQL"] == {"text-to-sql"}
    assert _ids("We report accuracy (ACC) and F1. ACC rises.")["ACC"] == {"accuracy"}


def test_examples_in_parentheses_are_no_long_form():
    ids = _ids("We prompt frontier LLMs (LLaMA-3.3-70B-Instruct and GPT-4o) and compare them.")
    assert "LLaMA-3.3-70B-Instruct and GPT-4o" not in ids
    assert ids["LLaMA-3.3-70B-Instruct"] == {"llama-3.3-70b-instruct"} and ids["GPT-4o"] == {"gpt-4o"}
    # a coined long form joins plain words and stays one
    ids = _ids("We propose TDRI (Two-Phase Dialogue Refinement and Co-Adaptation). TDRI works.")
    assert ids["TDRI"] == ids["Two-Phase Dialogue Refinement and Co-Adaptation"]


def test_a_verb_is_no_first_word_of_a_long_form():
    ids = _ids("Our system leverages language models' (LLMs) in-context learning abilities.")
    assert not any(text.startswith("leverages") for text in ids)
    assert ids["LLMs"] == {"llm"}


def test_a_papers_own_sense_is_typed_by_its_long_form():
    # the lexicon types MAE, ASR and SAM for their other meanings (a metric, a task, a model)
    ex = extract_text("We measure Attack Success Rates (ASR) of jailbreaks. ASR drops. "
                      "We train with Sharpness-Aware Minimization (SAM). SAM finds flat minima.")
    types = {m.text: (m.entity_id, m.type) for m in ex.mentions}
    assert types["ASR"] == ("attack-success-rate", "Metric")
    assert types["SAM"] == ("sharpness-aware-minimization", "Method")
    # a long form the lexicon knows under another spelling is that entry
    ids = _ids("We pretrain a Masked Auto-Encoder (MAE) on images. MAE works.")
    assert ids["MAE"] == ids["Masked Auto-Encoder"] == {"masked-autoencoder"}


def test_auto_and_hyper_spellings_are_one_entity():
    ids = _ids("Variational Auto-Encoders and variational autoencoders differ in spelling only; "
               "so do auto-regressive models and autoregressive models, hyper-parameters and hyperparameters.")
    assert ids["Variational Auto-Encoders"] == ids["variational autoencoders"]
    assert ids["auto-regressive models"] == ids["autoregressive models"]
    # a coined name keeps its hyphen
    from kg.extract.normalize import norm_key
    assert norm_key("Auto-SLURP") == "auto-slurp" and norm_key("hyper-parameters") == "hyperparameter"


def test_a_proposed_name_with_its_task_in_parentheses_stays_a_name():
    ids = _ids("We introduce ViGen (video generation) for clips. ViGen is fast.")
    assert ids["ViGen"] == {"vigen"} and ids["video generation"] == {"video-generation"}
    # an abbreviation of the task itself is the task
    assert _ids("We study video generation (VG). VG is hard.")["VG"] == {"video-generation"}


def test_a_long_form_starts_at_a_whole_word():
    ids = _ids("We propose Self-supervised Perception Enabled by Cascaded Tool Rollout Alignment (SPECTRA). "
               "SPECTRA works.")
    assert "Self-supervised Perception Enabled by Cascaded Tool Rollout Alignment" in ids


def test_semi_supervised_is_not_self_supervised():
    assert _ids("Semi-supervised learning (SSL) uses unlabeled data. SSL helps.")["SSL"] == {"semisupervised-learning"}
    assert _ids("Self-supervised learning (SSL) uses pretext tasks. SSL helps.")["SSL"] == {"selfsupervised-learning"}
    # spellings of the lexicon's meaning stay with it
    assert _ids("Multimodal LLMs (MLLMs) are strong. MLLMs see.")["MLLMs"] == {"mllm"}


def test_a_word_in_place_of_one_of_the_lexicons_is_another_meaning():
    # BNN is a "balancing neural network" in the lexicon; VQA visual question answering
    assert _ids("Binary Neural Networks (BNNs) save memory. BNNs help.")["BNNs"] == {"binary-neural-network"}
    assert _ids("We study video question-answering (VQA). VQA is hard.")["VQA"] == {"video-question-answering"}
    # a word more keeps it: the long form names the same thing at more length
    assert _ids("Large-scale Language Models (LLMs) are big. LLMs talk.")["LLMs"] == {"llm"}
    assert _ids("We use Rotary Positional Encoding (RoPE). RoPE rotates.")["RoPE"] == {"rotary-position-embedding"}


def test_a_definition_written_name_first_decides_too():
    """"SF (Long Form)": the same decision as "Long Form (SF)". CER is a metric in the lexicon;
    this paper coins a framework, so neither form is the character error rate."""
    ids = _ids("We introduce CER (Combining Evidence and Reasoning), a framework for fact-checking. CER wins.")
    assert ids["CER"] == ids["Combining Evidence and Reasoning"] == {"combining-evidence-and-reasoning"}
    # the lexicon's sense, written name first, stays the lexicon's
    assert _ids("We report CER (character error rate) on the test set. CER drops.")["CER"] == {"character-error-rate"}


def test_a_remark_in_parentheses_is_no_long_form():
    """"RNNs (RNNs are not used ...)" repeats the name: the parenthesis is no definition of RNNs."""
    ids = _ids("It keeps the advantages of attention over RNNs (RNNs are not used in our approach) at low cost.")
    assert not any(len(text.split()) > 2 for text in ids)
    assert ids["RNNs"] == {"recurrent-neural-network"}


def test_well_known_models_keep_their_entity_when_spelled_out():
    """The lexicon lists the long forms of CLIP, BERT and BART (and not another BART's)."""
    for text, short in [("We use CLIP (Contrastive Language-Image Pre-training) features.", "CLIP"),
                        ("We fine-tune BART (Bidirectional and Auto-Regressive Transformers) for it.", "BART"),
                        ("We fine-tune Bidirectional and Auto-Regressive Transformers (BART) for it.", "BART")]:
        ids = _ids(text)
        assert ids[short] == {short.lower()}, text
        assert all(v == {short.lower()} for v in ids.values() if v & {short.lower()}), ids
