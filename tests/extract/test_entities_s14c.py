"""Entity round 6 of the fourteenth session: the types behind wrong relations.

Sentences are written for these tests in the style of arXiv abstracts (no eval sentence);
names are invented where the rule must not lean on the lexicon.
"""
import pytest

from tests.extract.test_entities_s13 import mention_types


# --- a coined name in a list takes the kind of the known name further along the list


@pytest.mark.parametrize("sentence, name, typ", [
    # the first item's neighbour is another coined name; the known data set is two items on
    ("We report gains of Jaccard in FooLap, M2Bar16, and Cholec80, with consistent improvements.",
     "FooLap", "Dataset"),
    ("The model improves accuracy on FooLap, M2Bar16, and Cholec80 by three points.",
     "M2Bar16", "Dataset"),
    # a known model two items back
    ("We compare four backbone models, including ResNet50, PathFormer, RetNetX, and CTransPath.",
     "CTransPath", "Model"),
])
def test_coined_list_item_takes_the_type_of_a_known_item_further_on(sentence, name, typ):
    assert mention_types(sentence)[name] == typ


def test_a_data_shaped_name_does_not_take_a_known_model_further_on():
    # a data name's kind is told by its own head; only the neighbour itself may retype it
    types = mention_types("We compare GeoSpatBench, TerraQA, and ResNet50 in a single table.")
    assert types["GeoSpatBench"] == "Benchmark"
    assert types["ResNet50"] == "Model"


# --- letters the lexicon knows as data, defined by a long form ending in a process word


@pytest.mark.parametrize("sentence, long_form, short, typ", [
    ("We introduce the Layer Index Rescaling (LIR) initialization scheme and the Target Variance "
     "Rescaling (TVR) variance control strategy.", "Target Variance Rescaling", "TVR", "Method"),
    ("In human-robot interaction (HRI), the beginning of an interaction is often complex.",
     "human-robot interaction", "HRI", "Task"),
    ("Conversational query reformulation (CQR) has become indispensable for improving retrieval in dialogue.",
     "Conversational query reformulation", "CQR", "Task"),
])
def test_data_letters_defined_by_a_process_are_no_data_set(sentence, long_form, short, typ):
    types = mention_types(sentence)
    assert types[long_form] == typ
    assert types[short] == typ


@pytest.mark.parametrize("sentence, short, typ", [
    # evaluation and examination heads name tests: the lexicon's data set stays
    ("We report results on the General Language Understanding Evaluation (GLUE) and on SQuAD.",
     "GLUE", "Benchmark"),
    # a coined spelling is a name's, not a process
    ("Results on the Berkeley DeepDrive eXplanation (BDD-X) and MSVD datasets improve BLEU-4.",
     "BDD-X", "Dataset"),
])
def test_data_letters_defined_by_a_test_or_a_coined_name_stay_data(sentence, short, typ):
    assert mention_types(sentence)[short] == typ


# --- a known measure's acronym after one lower-case letter is a variant of the measure


@pytest.mark.parametrize("sentence, name", [
    ("Models trained with our data improve gIoU by 2.0% on the held-out split.", "gIoU"),
    ("Our method keeps a high Pearson's r and a low nMSE across all ten shape measures.", "nMSE"),
    ("It reduces gFID from 6.18 to 1.61 while sampling twice as fast.", "gFID"),
])
def test_prefixed_measure_is_a_metric(sentence, name):
    assert mention_types(sentence)[name] == "Metric"


def test_prefixed_autoregressive_model_is_no_metric():
    types = mention_types("Autoregressive models such as FlowAR, xAR, and Harmon adopt diffusion sampling.")
    assert types.get("xAR") != "Metric"
