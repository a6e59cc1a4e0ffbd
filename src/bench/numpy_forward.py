#!/usr/bin/env python3
"""A straightforward numpy GPT-2 forward pass, float32, as the yardstick for `attention-studio bench`.

It reads the same model.safetensors (a tiny header parser and numpy.frombuffer over a memory map, so
the weights are not copied, as in the Java loader), runs the same token ids (from our `tokenize`
command), and keeps what our trace keeps: every layer's inputs, norms, Q/K/V, per-head attention
weights and outputs, and the feed-forward hidden and activated values. Like `bench`, it does not compute
the language-model head (the trace computes logits lazily, per position, when a view asks).

Usage: numpy_forward.py MODEL_DIR IDS_JSON [--repeat N] [--warmup W] [--keep-scores]
Prints one JSON line: median_seconds, min_seconds, tokens, peak_rss_mb, blas.
"""
import argparse
import ctypes
import glob
import json
import mmap
import os
import resource
import struct
import time

import numpy as np


def load_safetensors(path):
    """name -> float32 array viewing the file (read-only memory map)."""
    with open(path, "rb") as f:
        data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + header_len])
    base = 8 + header_len
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] != "F32":
            raise SystemExit(f"{name} is {info['dtype']}; this script reads F32 checkpoints only")
        start, end = info["data_offsets"]
        tensors[name] = np.frombuffer(data, dtype=np.float32, count=(end - start) // 4,
                                      offset=base + start).reshape(info["shape"])
    return tensors


def layer_norm(x, gamma, beta, eps):
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def gelu_new(x):
    return 0.5 * x * (1.0 + np.tanh(np.float32(np.sqrt(2.0 / np.pi)) * (x + 0.044715 * x * x * x)))


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def forward(w, cfg, ids, keep_scores):
    n, d, heads = len(ids), cfg["n_embd"], cfg["n_head"]
    dh, eps = d // heads, cfg.get("layer_norm_epsilon", 1e-5)
    trace = []
    x = w["wte.weight"][ids] + w["wpe.weight"][:n]                       # [n, d]
    causal = np.tril(np.ones((n, n), dtype=bool))
    for i in range(cfg["n_layer"]):
        p = f"h.{i}."
        h = layer_norm(x, w[p + "ln_1.weight"], w[p + "ln_1.bias"], eps)
        qkv = h @ w[p + "attn.c_attn.weight"] + w[p + "attn.c_attn.bias"]  # [n, 3d]
        q, k, v = (t.reshape(n, heads, dh).transpose(1, 0, 2) for t in np.split(qkv, 3, axis=-1))
        scores = q @ k.transpose(0, 2, 1)                                  # [heads, n, n]
        scaled = scores / np.float32(np.sqrt(dh))
        weights = softmax(np.where(causal, scaled, np.float32(-np.inf)))
        heads_out = weights @ v                                            # [heads, n, dh]
        concat = heads_out.transpose(1, 0, 2).reshape(n, d)
        projected = concat @ w[p + "attn.c_proj.weight"] + w[p + "attn.c_proj.bias"]
        residual = x + projected
        h2 = layer_norm(residual, w[p + "ln_2.weight"], w[p + "ln_2.bias"], eps)
        hidden = h2 @ w[p + "mlp.c_fc.weight"] + w[p + "mlp.c_fc.bias"]     # [n, 4d]
        activated = gelu_new(hidden)
        down = activated @ w[p + "mlp.c_proj.weight"] + w[p + "mlp.c_proj.bias"]
        out = residual + down
        kept = [x, h, q, k, v, weights, heads_out, concat, projected, residual, h2, hidden, activated, down, out]
        trace.append(kept + ([scores, scaled] if keep_scores else []))
        x = out
    final = layer_norm(x, w["ln_f.weight"], w["ln_f.bias"], eps)
    return final, trace


def blas_description():
    """Which OpenBLAS kernel numpy runs, read from the library itself (threadpoolctl is not installed here)."""
    libs = glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs", "*openblas*"))
    if not libs:
        return "unknown"
    lib = ctypes.CDLL(libs[0])
    try:
        lib.scipy_openblas_get_corename64_.restype = ctypes.c_char_p
        return f"OpenBLAS {lib.scipy_openblas_get_corename64_().decode()}, {lib.scipy_openblas_get_num_threads64_()} threads"
    except AttributeError:
        return os.path.basename(libs[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("model_dir")
    parser.add_argument("ids_json", help="a file holding our tokenize command's JSON output")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--keep-scores", action="store_true", help="also keep raw and scaled scores of every head")
    args = parser.parse_args()
    with open(os.path.join(args.model_dir, "config.json")) as f:
        cfg = json.load(f)
    with open(args.ids_json) as f:
        ids = np.array(json.load(f)["ids"], dtype=np.int64)
    w = load_safetensors(os.path.join(args.model_dir, "model.safetensors"))
    for _ in range(args.warmup):
        forward(w, cfg, ids, args.keep_scores)
    seconds = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        forward(w, cfg, ids, args.keep_scores)
        seconds.append(time.perf_counter() - start)
    print(json.dumps({"median_seconds": float(np.median(seconds)), "min_seconds": min(seconds), "tokens": len(ids),
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "blas": blas_description()}))


if __name__ == "__main__":
    main()
