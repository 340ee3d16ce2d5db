"""Relation precision, thirteenth session, second round: means in titles, members in parentheses.

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must stay silent and a near miss that must still fire.
"""

from __future__ import annotations

from test_relations_recall import pairs  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- a title's means is not its task
def test_title_task_after_via_is_a_means():
    names = {"KelpNet": "Method", "Kelp Mapping": "Task", "Spectral Unmixing": "Task"}
    text = "KelpNet: Kelp Mapping via Spectral Unmixing\n\nWe study kelp."
    assert pairs(text, names) == {("KelpNet", "Kelp Mapping")}
    text = "KelpNet: Robust Maps via Spectral Unmixing\n\nWe study kelp."
    assert pairs(text, names) == set()


def test_title_task_after_with_is_a_means():
    names = {"DuneGS": "Method", "Terrain Rendering": "Task", "Sand Texture Transfer": "Task"}
    text = "DuneGS: Real-Time Desert Scenes with Sand Texture Transfer\n\nWe render dunes."
    assert pairs(text, names) == set()


def test_title_purpose_after_a_means_still_counts():
    # near miss: "X: Y via Z for T" is for T
    names = {"OwlSeg": "Method", "Feather Matching": "Task", "Bird Re-identification": "Task"}
    text = "OwlSeg: Sparse Queries via Feather Matching for Bird Re-identification\n\nWe study owls."
    assert pairs(text, names) == {("OwlSeg", "Bird Re-identification")}


def test_title_hyphenated_by_is_no_means():
    # near miss: "Step-by-Step" holds no "by"
    names = {"SlowThink": "Method", "Audio Captioning": "Task"}
    text = "SlowThink: Step-by-Step Audio Captioning\n\nWe caption audio."
    assert pairs(text, names) == {("SlowThink", "Audio Captioning")}


# ---------------------------------------------------------------- members of a data set in parentheses
def test_subsets_in_parentheses_after_a_dataset_are_no_subjects():
    names = {"ReefSet": "Dataset", "RS-NORTH": "Method", "RS-SOUTH": "Method", "CoralFormer": "Method"}
    text = "Evaluated on two subsets from ReefSet (RS-NORTH and RS-SOUTH), CoralFormer clearly beats all baselines."
    assert pairs(text, names, "evaluatedOn") == {("CoralFormer", "ReefSet")}


def test_a_subject_after_a_closed_parenthesis_still_counts():
    # near miss: a parenthesis closed before the subject does not hide it
    names = {"ReefSet": "Dataset", "CoralFormer": "Method"}
    text = "Evaluated on ReefSet (two reef regions), CoralFormer clearly beats all baselines."
    assert pairs(text, names, "evaluatedOn") == {("CoralFormer", "ReefSet")}


# ---------------------------------------------------------------- what a method is for is no comparison subject
def test_what_a_variant_is_for_does_not_win():
    names = {"GullPO": "Method", "long proofs": "Method", "LP": "Method", "PPO": "Method", "GRPO": "Method"}
    text = ("We instantiate GullPO for two settings: GullPO-tree for long proofs (LP), featuring a new split, "
            "achieving 5 point gains in accuracy over PPO and GRPO.")
    got = pairs(text, names, "outperforms")
    assert ("GullPO", "PPO") in got and ("GullPO", "GRPO") in got
    assert not {h for h, _ in got} & {"long proofs", "LP"}


def test_a_listed_subject_after_for_still_wins():
    # near miss: "for English and X-R, both exceeding Y": X-R is a second subject, not a purpose
    names = {"BERT-S": "Model", "XLM-S": "Model", "GPT-9": "Model"}
    text = "The BERT-S model reached 87% for English and XLM-S 85% for Welsh, both exceeding GPT-9."
    assert ("XLM-S", "GPT-9") in pairs(text, names, "outperforms")


def test_a_tool_in_the_title_does_not_hide_the_next_sentence_subject():
    # near miss: the 40-character window before a subject stays inside its sentence
    names = {"ReefAuto": "Method", "GLOW": "Method", "Sea-Language Models": "Method", "SLMs": "Method",
             "Large Language Models": "Method"}
    text = "ReefAuto: Annotation Using GLOW\n\nSea-Language Models (SLMs) lag behind Large Language Models today."
    assert ("Large Language Models", "SLMs") in pairs(text, names, "outperforms")


# ---------------------------------------------------------------- trainedOn: more ways to say it
def test_using_data_we_train_a_named_model():
    names = {"OwlSet": "Dataset", "OwlNet-7B": "Model"}
    assert pairs("Using OwlSet, we train OwlNet-7B, which beats open models.", names, "trainedOn") == {
        ("OwlNet-7B", "OwlSet")}
    # near miss: "Using D, we propose X" trains nothing
    assert pairs("Using OwlSet, we propose OwlNet-7B, which beats open models.", names, "trainedOn") == set()


def test_data_to_train_our_model_reaches_the_proposed_method():
    names = {"OwlNet": "Method", "OwlSet": "Dataset"}
    text = "We propose OwlNet for owl counting. We also build the OwlSet dataset to train and test our network."
    assert pairs(text, names, "trainedOn") == {("OwlNet", "OwlSet")}
    assert pairs(text, names, "evaluatedOn") == {("OwlNet", "OwlSet")}


def test_finetuned_on_the_data_in_a_dataset():
    names = {"LexOwl": "Model", "CourtSet": "Dataset"}
    text = "Finetuned on the factual data in CourtSet, LexOwl explains its verdicts."
    assert pairs(text, names, "trainedOn") == {("LexOwl", "CourtSet")}
    # near miss: "trained in D" (a place, not data) stays no training
    text = "Evaluated in CourtSet, LexOwl explains its verdicts."
    assert pairs(text, names, "trainedOn") == set()


# ---------------------------------------------------------------- a described name shares its description's use
def test_name_shares_the_use_of_its_appositive_description():
    names = {"OwlRestore": "Method", "restoration network": "Method", "place recognition": "Task"}
    text = "We propose OwlRestore, a novel restoration network that largely enhances place recognition at night."
    assert pairs(text, names) == {("OwlRestore", "place recognition"), ("restoration network", "place recognition")}


def test_an_object_before_the_description_is_no_described_name():
    # near miss: "outperforms Y, a restoration network that enhances T": Y is compared, not described here
    names = {"OwlRestore": "Method", "restoration network": "Method", "place recognition": "Task",
             "NightNet": "Method"}
    text = "OwlRestore outperforms NightNet, a restoration network that largely enhances place recognition."
    assert ("NightNet", "place recognition") not in pairs(text, names)


# ---------------------------------------------------------------- the paper's own method is no known name
def _with_lexicon(text: str, names: dict[str, str], known: set[str]):
    from dataclasses import replace
    from test_relations import make_doc
    doc = make_doc(text, names)
    doc.mentions[:] = [replace(m, source="lexicon") if m.text in known else m for m in doc.mentions]
    return doc


def test_a_known_name_proposed_for_use_does_not_become_the_papers_method():
    from kg.extract.relations import extract_relations
    names = {"Owl-Splat": "Method", "Gaussian Splatting": "Method", "copy-paste methods": "Method"}
    text = ("Owl-Splat: Synthetic Owls\n\nWe propose using the rendering method called Gaussian Splatting. "
            "Our approach shows superior performance over copy-paste methods.")
    doc = _with_lexicon(text, names, {"Gaussian Splatting"})
    got = {(doc.mentions[r.head].text, doc.mentions[r.tail].text)
           for r in extract_relations(doc)[0] if r.predicate == "outperforms"}
    assert got == {("Owl-Splat", "copy-paste methods")}
    # near miss: with nothing new proposed, the known name is still the paper's method
    text = "We propose using the rendering method called Gaussian Splatting. Our approach beats copy-paste methods."
    doc = _with_lexicon(text, names, {"Gaussian Splatting"})
    got = {(doc.mentions[r.head].text, doc.mentions[r.tail].text)
           for r in extract_relations(doc)[0] if r.predicate == "outperforms"}
    assert got == {("Gaussian Splatting", "copy-paste methods")}


# ---------------------------------------------------------------- "integrate A for T with B"
def test_the_second_part_of_an_integration_is_not_used_for_the_first_parts_task():
    names = {"Kalman filters": "Method", "motion prediction": "Task", "flow model": "Method"}
    text = "The system integrates Kalman filters for motion prediction with a flow model to cut latency."
    assert ("flow model", "motion prediction") not in pairs(text, names)
    assert ("Kalman filters", "motion prediction") in pairs(text, names)


def test_a_task_done_with_a_method_after_for_still_counts():
    # near miss: "a framework for T with X" (no joining verb) does T with X
    names = {"OwlShop": "Method", "image editing": "Task", "LoRA": "Method"}
    text = "We introduce OwlShop, the first framework for image editing with LoRA adapters."
    assert ("LoRA", "image editing") in pairs(text, names)
