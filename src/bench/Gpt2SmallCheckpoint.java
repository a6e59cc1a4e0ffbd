import com.attentionstudio.io.SafetensorsWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a GPT-2-small-shaped checkpoint folder with seeded random weights, for timing only: 12 layers,
 * 12 heads, 768 wide, 1024 positions, 50257 tokens, F32 (about 500 MB), the Hub's tensor names, and the
 * real GPT-2 vocab.json and merges.txt so the tokenizer is GPT-2's own. Not a test and not in the build:
 * run it with the jar on the class path (src/bench/run.sh does):
 * <pre>
 * java -Xmx1g -cp target/attention-studio.jar src/bench/Gpt2SmallCheckpoint.java /tmp/gpt2-small-random
 * </pre>
 */
public final class Gpt2SmallCheckpoint {
    private static final int LAYERS = 12;
    private static final int HEADS = 12;
    private static final int D_MODEL = 768;
    private static final int D_FF = 4 * D_MODEL;
    private static final int POSITIONS = 1024;
    private static final int VOCAB = 50257;
    /** GPT-2's initializer_range: weights ~ 0.02 standard deviation (uniform here: ±0.02·√3). */
    private static final float SPREAD = 0.02f * (float) Math.sqrt(3);
    private static final Path TOKENIZER = Path.of("src/test/resources/tokenize/gpt2");

    private final LinkedHashMap<String, float[]> tensors = new LinkedHashMap<>();
    private final Map<String, long[]> shapes = new LinkedHashMap<>();
    private final SplittableRandom random = new SplittableRandom(20240601L);

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/gpt2-small-random");
        Files.createDirectories(folder);
        long start = System.nanoTime();
        new Gpt2SmallCheckpoint().write(folder);
        System.out.printf("wrote %s (%.0f MB) in %.1f s%n", folder,
                Files.size(folder.resolve("model.safetensors")) / 1e6, (System.nanoTime() - start) / 1e9);
    }

    private void write(Path folder) throws IOException {
        random("wte.weight", VOCAB, D_MODEL);
        random("wpe.weight", POSITIONS, D_MODEL);
        for (int i = 0; i < LAYERS; i++) {
            String p = "h." + i + ".";
            norm(p + "ln_1");
            random(p + "attn.c_attn.weight", D_MODEL, 3 * D_MODEL);
            random(p + "attn.c_attn.bias", 3 * D_MODEL);
            random(p + "attn.c_proj.weight", D_MODEL, D_MODEL);
            random(p + "attn.c_proj.bias", D_MODEL);
            norm(p + "ln_2");
            random(p + "mlp.c_fc.weight", D_MODEL, D_FF);
            random(p + "mlp.c_fc.bias", D_FF);
            random(p + "mlp.c_proj.weight", D_FF, D_MODEL);
            random(p + "mlp.c_proj.bias", D_MODEL);
        }
        norm("ln_f");
        // The config and tokenizer first, the weights last: a folder with model.safetensors is complete.
        Files.writeString(folder.resolve("config.json"), config());
        for (String file : new String[] {"vocab.json", "merges.txt"}) {
            Files.copy(TOKENIZER.resolve(file), folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        SafetensorsWriter.write(folder.resolve("model.safetensors"), tensors, shapes, Map.of("format", "pt"));
    }

    private void random(String name, int... shape) {
        int count = 1;
        for (int size : shape) {
            count *= size;
        }
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1) * SPREAD;
        }
        put(name, values, shape);
    }

    private void norm(String name) {
        float[] ones = new float[D_MODEL];
        java.util.Arrays.fill(ones, 1f);
        put(name + ".weight", ones, D_MODEL);
        put(name + ".bias", new float[D_MODEL], D_MODEL);
    }

    private void put(String name, float[] values, int... shape) {
        long[] dims = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            dims[i] = shape[i];
        }
        tensors.put(name, values);
        shapes.put(name, dims);
    }

    private static String config() {
        return """
                {
                  "model_type": "gpt2",
                  "architectures": ["GPT2LMHeadModel"],
                  "activation_function": "gelu_new",
                  "n_embd": %d,
                  "n_head": %d,
                  "n_layer": %d,
                  "n_positions": %d,
                  "n_inner": null,
                  "vocab_size": %d,
                  "layer_norm_epsilon": 1e-05,
                  "scale_attn_weights": true,
                  "scale_attn_by_inverse_layer_idx": false,
                  "tie_word_embeddings": true,
                  "bos_token_id": 50256,
                  "eos_token_id": 50256
                }
                """.formatted(D_MODEL, HEADS, LAYERS, POSITIONS, VOCAB);
    }
}
