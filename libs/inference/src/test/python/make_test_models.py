#!/usr/bin/python3
"""Writes the tiny ONNX test models of docintel-inference, whose outputs are known by construction.

Run with Debian's python3 (apt-get install -y python3-onnx python3-numpy) from the module folder:
    /usr/bin/python3 src/test/python/make_test_models.py
Output goes to src/test/resources/models/<name>/ in Hugging Face Optimum's layout and is committed.

Models (every weight is written out below; nothing is trained):
  token-classifier   logits[b,t,:] = TOKEN_LOGITS[input_ids[b,t]]   (per-token table lookup)
  text-classifier    logits[b,:] = max over real tokens of CLASS_LOGITS[input_ids[b,t]]
  text-multilabel    same graph, config says multi_label_classification (sigmoid)
  seq2seq            encoder: hidden = ENC[input_ids]; decoder: logits = TRANSITIONS[prev token]
                     + (prev token == decoder start) * sum over real encoder tokens of hidden;
                     decoder_with_past: same for one step, carrying a KV cache through
  seq2seq-merged     the same as one decoder_model_merged.onnx with use_cache_branch
  wrong-inputs       a token classifier whose input is called "ids" instead of "input_ids"
"""
import json
import math
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "models")
OPSET = [helper.make_opsetid("", 13)]
NEG = -30.0  # log of "practically zero"


def save(model, folder, name):
    os.makedirs(folder, exist_ok=True)
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(folder, name))


def write_json(folder, name, obj):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w") as f:
        json.dump(obj, f, indent=1, sort_keys=True)
        f.write("\n")


def ids_input(name="input_ids"):
    return helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "sequence"])


# ---------------------------------------------------------------- BERT-like word-piece tokenizer
BERT_VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "alice", "smith", "works", "at", "acme", "corp", "in",
              "paris", "and", "ber", "##lin", "the", "great", "awful", "movie", "is", ".", ",",
              "john", "##son", "visited", "london", "bank"]
BV = {w: i for i, w in enumerate(BERT_VOCAB)}


def bert_tokenizer():
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
    return {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": BV[s], "content": s, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for s in special],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {s: {"id": s, "ids": [BV[s]], "tokens": [s]} for s in ["[CLS]", "[SEP]"]}},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": BV},
    }


# ---------------------------------------------------------------- token classification
NER_LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]
L = {name: i for i, name in enumerate(NER_LABELS)}


def probs_row(probs, size):
    """Logits whose softmax is the given {index: probability}; the rest share what is left."""
    rest = 1.0 - sum(probs.values())
    others = size - len(probs)
    row = np.full(size, math.log(rest / others) if rest > 1e-9 and others else NEG, dtype=np.float32)
    for i, p in probs.items():
        row[i] = math.log(p)
    return row


def token_logits():
    table = np.stack([probs_row({L["O"]: 0.94}, len(NER_LABELS)) for _ in BERT_VOCAB])
    table[BV["alice"]] = probs_row({L["B-PER"]: 0.94}, len(NER_LABELS))
    table[BV["smith"]] = probs_row({L["I-PER"]: 0.94}, len(NER_LABELS))
    table[BV["acme"]] = probs_row({L["B-ORG"]: 0.94}, len(NER_LABELS))
    table[BV["corp"]] = probs_row({L["I-ORG"]: 0.94}, len(NER_LABELS))
    table[BV["paris"]] = probs_row({L["B-LOC"]: 0.94}, len(NER_LABELS))
    table[BV["london"]] = probs_row({L["B-LOC"]: 0.94}, len(NER_LABELS))
    # "berlin" = ber ##lin: the first piece says LOC weakly, the second says ORG strongly, so the
    # word-level strategies disagree: first -> LOC, max -> ORG, average -> ORG (see the Java test).
    table[BV["ber"]] = probs_row({L["B-LOC"]: 0.5, L["B-ORG"]: 0.2}, len(NER_LABELS))
    table[BV["##lin"]] = probs_row({L["I-ORG"]: 0.9}, len(NER_LABELS))
    # "johnson" = john ##son: one person split into two pieces that agree.
    table[BV["john"]] = probs_row({L["B-PER"]: 0.9}, len(NER_LABELS))
    table[BV["##son"]] = probs_row({L["I-PER"]: 0.9}, len(NER_LABELS))
    return table


def token_classifier(folder, input_name="input_ids"):
    table = numpy_helper.from_array(token_logits(), "token_logits")
    nodes = [
        helper.make_node("Gather", ["token_logits", input_name], ["gathered"], axis=0),
        # The attention mask is consumed (multiplied by zero) so that it stays a real input.
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["mask_f", "axis_last"], ["mask_3d"]),
        helper.make_node("Mul", ["mask_3d", "zero"], ["mask_zero"]),
        helper.make_node("Add", ["gathered", "mask_zero"], ["logits"]),
    ]
    graph = helper.make_graph(
        nodes, "token_classifier",
        [ids_input(input_name), ids_input("attention_mask")],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "sequence", len(NER_LABELS)])],
        [table, numpy_helper.from_array(np.array([-1], dtype=np.int64), "axis_last"),
         numpy_helper.from_array(np.array(0.0, dtype=np.float32), "zero")])
    save(helper.make_model(graph, opset_imports=OPSET, producer_name="docintel-test"), folder, "model.onnx")
    write_json(folder, "tokenizer.json", bert_tokenizer())
    write_json(folder, "config.json", {
        "model_type": "bert", "architectures": ["BertForTokenClassification"],
        "id2label": {str(i): n for i, n in enumerate(NER_LABELS)},
        "label2id": {n: i for i, n in enumerate(NER_LABELS)}, "pad_token_id": 0})


# ---------------------------------------------------------------- sequence classification
SENTIMENT = ["negative", "positive"]


def text_classifier(folder, problem_type):
    table = np.zeros((len(BERT_VOCAB), 2), dtype=np.float32)
    table[BV["[PAD]"]] = [NEG, NEG]
    table[BV["great"]] = [0.0, 3.0]
    table[BV["awful"]] = [2.0, 0.0]
    nodes = [
        helper.make_node("Gather", ["class_logits", "input_ids"], ["gathered"], axis=0),
        # Padding positions get -1000 so that the max ignores them.
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Sub", ["mask_f", "one"], ["mask_minus_one"]),
        helper.make_node("Mul", ["mask_minus_one", "thousand"], ["mask_penalty"]),
        helper.make_node("Unsqueeze", ["mask_penalty", "axis_last"], ["penalty_3d"]),
        helper.make_node("Add", ["gathered", "penalty_3d"], ["masked"]),
        helper.make_node("ReduceMax", ["masked"], ["logits"], axes=[1], keepdims=0),
    ]
    graph = helper.make_graph(
        nodes, "text_classifier",
        [ids_input(), ids_input("attention_mask"), ids_input("token_type_ids")],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 2])],
        [numpy_helper.from_array(table, "class_logits"),
         numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
         numpy_helper.from_array(np.array(1000.0, dtype=np.float32), "thousand"),
         numpy_helper.from_array(np.array([-1], dtype=np.int64), "axis_last")])
    save(helper.make_model(graph, opset_imports=OPSET, producer_name="docintel-test"), folder, "model.onnx")
    write_json(folder, "tokenizer.json", bert_tokenizer())
    write_json(folder, "config.json", {
        "model_type": "bert", "architectures": ["BertForSequenceClassification"], "problem_type": problem_type,
        "id2label": {str(i): n for i, n in enumerate(SENTIMENT)}, "pad_token_id": 0})
    write_json(folder, "docintel-model.json", {"name": "tiny-sentiment", "version": "1.0.0", "max_length": 16})


# ---------------------------------------------------------------- seq2seq
S2S_VOCAB = ["<pad>", "</s>", "<unk>", "hello", "world", "good", "bye", "see", "you", "soon"]
SV = {w: i for i, w in enumerate(S2S_VOCAB)}
V = len(S2S_VOCAB)


def word_level_tokenizer():
    return {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": SV[s], "content": s, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for s in ["<pad>", "</s>", "<unk>"]],
        "normalizer": {"type": "Lowercase"},
        "pre_tokenizer": {"type": "WhitespaceSplit"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "pair": [{"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}},
                     {"Sequence": {"id": "B", "type_id": 0}}, {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "special_tokens": {"</s>": {"id": "</s>", "ids": [SV["</s>"]], "tokens": ["</s>"]}}},
        "decoder": None,
        "model": {"type": "WordLevel", "vocab": SV, "unk_token": "<unk>"},
    }


def row(probs):
    return probs_row({SV[w]: p for w, p in probs.items()}, V)


def encoder_table():
    """What each input word says about the first output word (log-probabilities)."""
    table = np.zeros((V, V), dtype=np.float32)
    table[SV["hello"]] = row({"world": 0.5, "good": 0.4, "bye": 0.1})
    table[SV["good"]] = row({"hello": 1.0})
    table[SV["bye"]] = row({"see": 1.0})
    return table


def transitions():
    """Next-word log-probabilities given the previous word; the start row is all zeros."""
    table = np.zeros((V, V), dtype=np.float32)
    table[SV["hello"]] = row({"hello": 0.6, "world": 0.4})
    table[SV["world"]] = row({"see": 0.45, "soon": 0.35, "you": 0.2})
    table[SV["good"]] = row({"bye": 0.99, "</s>": 0.01})
    table[SV["bye"]] = row({"</s>": 1.0})
    table[SV["see"]] = row({"you": 0.9, "soon": 0.1})
    table[SV["you"]] = row({"</s>": 1.0})
    table[SV["soon"]] = row({"</s>": 1.0})
    table[SV["</s>"]] = row({"</s>": 1.0})
    return table


def decoder_nodes(prev_ids):
    return [
        helper.make_node("Gather", ["transitions", prev_ids], ["next_logits"], axis=0),
        helper.make_node("Cast", ["encoder_attention_mask"], ["enc_mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["enc_mask_f", "axis_last"], ["enc_mask_3d"]),
        helper.make_node("Mul", ["encoder_hidden_states", "enc_mask_3d"], ["enc_masked"]),
        helper.make_node("ReduceSum", ["enc_masked", "axis_seq"], ["enc_bias"], keepdims=1),
        helper.make_node("Equal", [prev_ids, "start_id"], ["is_start"]),
        helper.make_node("Cast", ["is_start"], ["is_start_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["is_start_f", "axis_last"], ["gate"]),
        helper.make_node("Mul", ["gate", "enc_bias"], ["start_bias"]),
        helper.make_node("Add", ["next_logits", "start_bias"], ["logits"]),
    ]


def decoder_inits():
    return [numpy_helper.from_array(transitions(), "transitions"),
            numpy_helper.from_array(np.array([-1], dtype=np.int64), "axis_last"),
            numpy_helper.from_array(np.array([1], dtype=np.int64), "axis_seq"),
            numpy_helper.from_array(np.array(SV["<pad>"], dtype=np.int64), "start_id")]


def seq2seq_encoder(folder):
    enc = helper.make_graph(
        [helper.make_node("Gather", ["encoder_table", "input_ids"], ["gathered"], axis=0),
         helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
         helper.make_node("Unsqueeze", ["mask_f", "axis_last"], ["mask_3d"]),
         helper.make_node("Mul", ["gathered", "mask_3d"], ["last_hidden_state"])],
        "encoder", [ids_input(), ids_input("attention_mask")],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, ["batch", "sequence", V])],
        [numpy_helper.from_array(encoder_table(), "encoder_table"),
         numpy_helper.from_array(np.array([-1], dtype=np.int64), "axis_last")])
    save(helper.make_model(enc, opset_imports=OPSET, producer_name="docintel-test"), folder, "encoder_model.onnx")


def seq2seq(folder):
    seq2seq_encoder(folder)

    dec_inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "decoder_sequence"]),
                  helper.make_tensor_value_info("encoder_hidden_states", TensorProto.FLOAT,
                                                ["batch", "encoder_sequence", V]),
                  helper.make_tensor_value_info("encoder_attention_mask", TensorProto.INT64,
                                                ["batch", "encoder_sequence"])]
    logits = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "decoder_sequence", V])
    # present.0.decoder.key carries each step's decoder input as a float, so the cache grows by one per step.
    present = helper.make_tensor_value_info("present.0.decoder.key", TensorProto.FLOAT,
                                            ["batch", 1, "past_sequence", 1])
    present_nodes = [
        helper.make_node("Cast", ["input_ids"], ["ids_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["ids_f", "axes_1_3"], ["ids_4d"]),
    ]
    dec = helper.make_graph(
        decoder_nodes("input_ids") + present_nodes + [helper.make_node("Identity", ["ids_4d"], ["present.0.decoder.key"])],
        "decoder", dec_inputs, [logits, present],
        decoder_inits() + [numpy_helper.from_array(np.array([1, 3], dtype=np.int64), "axes_1_3")])
    save(helper.make_model(dec, opset_imports=OPSET, producer_name="docintel-test"), folder, "decoder_model.onnx")

    past = helper.make_tensor_value_info("past_key_values.0.decoder.key", TensorProto.FLOAT,
                                         ["batch", 1, "past_sequence", 1])
    with_past = helper.make_graph(
        decoder_nodes("input_ids") + present_nodes
        + [helper.make_node("Concat", ["past_key_values.0.decoder.key", "ids_4d"], ["present.0.decoder.key"], axis=2)],
        "decoder_with_past", dec_inputs + [past], [logits, present],
        decoder_inits() + [numpy_helper.from_array(np.array([1, 3], dtype=np.int64), "axes_1_3")])
    save(helper.make_model(with_past, opset_imports=OPSET, producer_name="docintel-test"), folder,
         "decoder_with_past_model.onnx")

    write_seq2seq_metadata(folder)


def seq2seq_merged(folder):
    """Encoder + decoder_model_merged.onnx: one decoder taking use_cache_branch and a (possibly empty) past."""
    seq2seq_encoder(folder)
    dec_inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "decoder_sequence"]),
                  helper.make_tensor_value_info("encoder_hidden_states", TensorProto.FLOAT,
                                                ["batch", "encoder_sequence", V]),
                  helper.make_tensor_value_info("encoder_attention_mask", TensorProto.INT64,
                                                ["batch", "encoder_sequence"]),
                  helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1]),
                  helper.make_tensor_value_info("past_key_values.0.decoder.key", TensorProto.FLOAT,
                                                ["batch", 1, "past_sequence", 1])]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "decoder_sequence", V]),
               helper.make_tensor_value_info("present.0.decoder.key", TensorProto.FLOAT,
                                             ["batch", 1, "present_sequence", 1])]
    nodes = decoder_nodes("input_ids") + [
        helper.make_node("Cast", ["input_ids"], ["ids_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["ids_f", "axes_1_3"], ["ids_4d"]),
        helper.make_node("Concat", ["past_key_values.0.decoder.key", "ids_4d"], ["present_raw"], axis=2),
        # use_cache_branch is consumed (times zero) so that it stays a real input.
        helper.make_node("Cast", ["use_cache_branch"], ["branch_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["branch_f", "zero"], ["branch_zero"]),
        helper.make_node("Add", ["present_raw", "branch_zero"], ["present.0.decoder.key"]),
    ]
    graph = helper.make_graph(nodes, "decoder_merged", dec_inputs, outputs,
                              decoder_inits() + [numpy_helper.from_array(np.array([1, 3], dtype=np.int64), "axes_1_3"),
                                                 numpy_helper.from_array(np.array(0.0, dtype=np.float32), "zero")])
    save(helper.make_model(graph, opset_imports=OPSET, producer_name="docintel-test"), folder,
         "decoder_model_merged.onnx")
    write_seq2seq_metadata(folder)


def write_seq2seq_metadata(folder):
    write_json(folder, "tokenizer.json", word_level_tokenizer())
    write_json(folder, "config.json", {
        "model_type": "t5", "architectures": ["T5ForConditionalGeneration"], "decoder_start_token_id": SV["<pad>"],
        "eos_token_id": SV["</s>"], "pad_token_id": SV["<pad>"]})
    write_json(folder, "docintel-model.json", {"name": "tiny-seq2seq", "version": "1.0.0", "max_length": 32})


if __name__ == "__main__":
    token_classifier(os.path.join(OUT, "token-classifier"))
    write_json(os.path.join(OUT, "token-classifier"), "docintel-model.json",
               {"name": "tiny-ner", "version": "1.0.0", "max_length": 16})
    text_classifier(os.path.join(OUT, "text-classifier"), "single_label_classification")
    text_classifier(os.path.join(OUT, "text-multilabel"), "multi_label_classification")
    seq2seq(os.path.join(OUT, "seq2seq"))
    seq2seq_merged(os.path.join(OUT, "seq2seq-merged"))
    token_classifier(os.path.join(OUT, "wrong-inputs"), input_name="ids")
    print("wrote", sorted(os.listdir(OUT)))
