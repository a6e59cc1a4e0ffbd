#!/usr/bin/env bash
# The figures of README "Performance", in one command: Attention Studio's `bench` against a plain numpy
# forward pass (src/bench/numpy_forward.py) on the same GPT-2-small-shaped checkpoint and the same token
# ids, in the same run, for 55 and 1024 tokens; then change-to-trace latency on the tiny fixtures (and the
# built-in model when the checkout has it), and the load time of the ~500 MB checkpoint.
#
#   src/bench/run.sh       # ROUNDS=3 REPEAT=10 LONG_REPEAT=3 MODEL_DIR=/tmp/gpt2-small-random
#
# The 55-token pair runs ROUNDS times, Java and numpy alternating, and the table shows the median of the
# rounds' medians and the best pass: other people's jobs on this 2-core machine come and go within a run.
#
# Builds the jar if missing and writes the random checkpoint to MODEL_DIR if missing (~500 MB; never
# commit it). Runs under `nice`: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/../.."

REPEAT="${REPEAT:-10}"
ROUNDS="${ROUNDS:-3}"
LONG_REPEAT="${LONG_REPEAT:-3}"
MODEL_DIR="${MODEL_DIR:-/tmp/gpt2-small-random}"
JAR=target/attention-studio.jar
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# The fast kernel needs the Vector API module; without it the same jar falls back to plain Java.
JAVA=(nice java --add-modules jdk.incubator.vector)
# Some machines here set OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE to dodge bugs of old OpenBLAS builds; they
# slow a current numpy, so both are unset for the numpy command only. The script prints the kernel used.
PYTHON=(nice env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3)

[ -f "$JAR" ] || mvn -o -q -DskipTests package
[ -f "$MODEL_DIR/model.safetensors" ] \
    || "${JAVA[@]}" -Xmx1g -cp "$JAR" src/bench/Gpt2SmallCheckpoint.java "$MODEL_DIR" 2>/dev/null

PASSAGE="When the pizza came out of the oven, it smelled so good that everyone in the kitchen stopped talking. The teacher asked the students which word the pronoun it referred to, and most of them pointed at pizza, not at oven, because ovens do not usually smell good."
TEXT_55="$PASSAGE"
TEXT_1024="$PASSAGE"
for _ in $(seq 2 18); do TEXT_1024="$TEXT_1024 $PASSAGE"; done
TEXT_1024="$TEXT_1024 Attention lets every word look back at the words before it, and each head learns its own way of looking, some at the previous word and some very far back indeed."
printf '%s' "$TEXT_1024" > "$OUT/text-1024.txt"

quiet() { "$@" 2> "$OUT/stderr" || { cat "$OUT/stderr" >&2; return 1; }; }

compare() { # name text rounds repeat warmup java-options...
    local name="$1" text="$2" rounds="$3" repeat="$4" warmup="$5"
    shift 5
    quiet "${JAVA[@]}" -jar "$JAR" tokenize --model "$MODEL_DIR" --text "$text" > "$OUT/ids-$name.json"
    for round in $(seq "$rounds"); do
        echo "  $name tokens, round $round: attention-studio bench ($*), then numpy ..." >&2
        quiet "${JAVA[@]}" "$@" -jar "$JAR" bench --model "$MODEL_DIR" --text "$text" --repeat "$repeat" --warmup "$warmup" \
            >> "$OUT/java-$name.jsonl"
        quiet "${PYTHON[@]}" src/bench/numpy_forward.py "$MODEL_DIR" "$OUT/ids-$name.json" --repeat "$repeat" \
            --warmup "$warmup" >> "$OUT/numpy-$name.jsonl"
    done
}

echo "GPT-2-small shape, random weights: $MODEL_DIR" >&2
compare 55 "$TEXT_55" "$ROUNDS" "$REPEAT" 5
compare 1024 "$TEXT_1024" 1 "$LONG_REPEAT" 1 -Xmx2g
echo "  55, plain-Java fallback (no --add-modules) ..." >&2
quiet nice java -jar "$JAR" bench --model "$MODEL_DIR" --text "$TEXT_55" --repeat 5 --warmup 3 > "$OUT/fallback-55.json"
echo "  loading $MODEL_DIR and holding a 1024-token trace in -Xmx2g ..." >&2
quiet "${JAVA[@]}" -Xmx2g -cp "$JAR" src/bench/LoadAndHeap.java "$MODEL_DIR" "$OUT/text-1024.txt" > "$OUT/load.json"

: > "$OUT/latency.jsonl"
for fixture in gpt2-tiny bert-tiny bart-tiny; do
    echo "  change-to-trace: $fixture ..." >&2
    quiet "${JAVA[@]}" -cp "$JAR" src/bench/TraceLatency.java "src/test/resources/fixtures/hf/$fixture" 200 target >> "$OUT/latency.jsonl"
done
echo "  change-to-trace: bart-tiny writing its own output ..." >&2
quiet "${JAVA[@]}" -cp "$JAR" src/bench/TraceLatency.java src/test/resources/fixtures/hf/bart-tiny 20 >> "$OUT/latency.jsonl"
if [ -f assets/models/builtin-en-fr/config.json ]; then
    echo "  change-to-trace: built-in model ..." >&2
    quiet "${JAVA[@]}" -cp "$JAR" src/bench/TraceLatency.java builtin 50 >> "$OUT/latency.jsonl"
else
    echo "  (no assets/models/builtin-en-fr in this checkout: built-in model skipped)" >&2
fi

python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]
read = lambda name: json.load(open(os.path.join(out, name)))
def rounds(name):
    """The rounds of one side: median of their medians, best pass, the rest from the last round."""
    runs = [json.loads(line) for line in open(os.path.join(out, name))]
    medians = sorted(r["median_seconds"] for r in runs)
    return dict(runs[-1], median_seconds=medians[len(medians) // 2], min_seconds=min(r["min_seconds"] for r in runs),
                rounds=len(runs))
print(f"\nmachine: {os.cpu_count()} cores; numpy: {rounds('numpy-55.jsonl')['blas']}\n")
print("| GPT-2 small, random weights | Attention Studio median (min) | numpy median (min) | ratio (median) | Java peak heap |")
print("|---|---|---|---|---|")
for name in ("55", "1024"):
    j, n = rounds(f"java-{name}.jsonl"), rounds(f"numpy-{name}.jsonl")
    print(f"| {j['tokens']} tokens, full trace ({j['rounds']} round{'s' if j['rounds'] > 1 else ''}) | {j['median_seconds']:.3f} s ({j['min_seconds']:.3f}) | "
          f"{n['median_seconds']:.3f} s ({n['min_seconds']:.3f}) | {j['median_seconds'] / n['median_seconds']:.2f}x | "
          f"{j['peak_heap_mb']:.0f} MB |")
f = read("fallback-55.json")
print(f"| {f['tokens']} tokens, plain-Java fallback | {f['median_seconds']:.3f} s ({f['min_seconds']:.3f}) | | "
      f"{f['median_seconds'] / rounds('numpy-55.jsonl')['median_seconds']:.2f}x | {f['peak_heap_mb']:.0f} MB |")
l = read("load.json")
print(f"\nload {l['file_mb']:.0f} MB checkpoint: {l['load_seconds']:.2f} s, {l['progress_updates']} progress updates ending "
      f"{l['progress_end']}; model {l['model_heap_mb']:.0f} MB of heap; 1024-token trace {l['trace_heap_mb']:.0f} MB more; "
      f"total held {l['total_heap_mb']:.0f} MB of -Xmx{l['max_heap_mb']:.0f}m\n")
print("| change of sentence -> complete trace | median | p95 | max | tokens |")
print("|---|---|---|---|---|")
for line in open(os.path.join(out, "latency.jsonl")):
    r = json.loads(line)
    print(f"| {r['model']} ({r['mode']}) | {r['median_ms']:.2f} ms | {r['p95_ms']:.2f} ms | {r['max_ms']:.2f} ms | {r['tokens']} |")
PY
