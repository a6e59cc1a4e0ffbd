package com.attentionstudio.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.InputException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal of a bad tokenizer folder, each with a message that names the file. */
class TokenizerFilesTest {

    @TempDir
    Path temp;

    private AbstractThrowableAssert<?, ?> refusal(Path dir, TokenizerKind kind) {
        return assertThatThrownBy(() -> TokenizerFiles.load(dir, kind)).isInstanceOf(InputException.class);
    }

    private Path folder(String name, String file, String content) {
        TestFiles.write(temp.resolve(name).resolve(file), content);
        return temp.resolve(name);
    }

    @Test
    void refusesAMissingFolder() {
        refusal(temp.resolve("nowhere"), TokenizerKind.GPT2).hasMessageContaining("is not a folder");
    }

    @Test
    void namesTheFilesItLookedForWhenNoneIsThere() {
        refusal(temp, TokenizerKind.GPT2)
                .hasMessageContaining("looked for tokenizer.json, or vocab.json with merges.txt")
                .hasMessageContaining("vocab.json, merges.txt is missing").hasMessageContaining("save_pretrained");
        refusal(temp, TokenizerKind.BERT).hasMessageContaining("looked for tokenizer.json or vocab.txt");
        refusal(temp, TokenizerKind.WORD_LEVEL).hasMessageContaining("vocab.txt is missing");
        refusal(TestFiles.copyOf(temp.resolve("half"), "gpt2-tiny", "vocab.json"), TokenizerKind.BART)
                .hasMessageContaining("merges.txt is missing");
    }

    @Test
    void refusesAFileOverTheSizeCapWithoutReadingIt() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("huge"));
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("vocab.txt").toFile(), "rw")) {
            file.setLength(TokenizerFiles.MAX_FILE_BYTES + 1);
        }
        refusal(dir, TokenizerKind.BERT).hasMessageContaining("vocab.txt is 67,108,865 bytes, more than the 67,108,864 (64 MB)");
    }

    @Test
    void refusesMalformedJsonNamingTheFile() {
        Path vocab = folder("badvocab", "vocab.json", "{\"a\": 0, \"b\": ");
        TestFiles.write(vocab.resolve("merges.txt"), "#version: 0.2\n");
        refusal(vocab, TokenizerKind.GPT2).hasMessageContaining("vocab.json is not valid JSON");
        refusal(folder("badjson", "tokenizer.json", "{\"model\": [}"), TokenizerKind.GPT2)
                .hasMessageContaining("tokenizer.json is not valid JSON").hasMessageContaining("line 1");
        refusal(folder("emptyjson", "tokenizer.json", ""), TokenizerKind.BERT).hasMessageContaining("tokenizer.json is empty");
    }

    @Test
    void refusesAMergesLineThatDoesNotParseWithItsLineNumber() {
        Path dir = TestFiles.copyOf(temp.resolve("merges"), "gpt2-tiny", "vocab.json");
        TestFiles.write(dir.resolve("merges.txt"), "#version: 0.2\nh e\nĠ a b\n");
        refusal(dir, TokenizerKind.GPT2).hasMessageContaining("merges.txt line 3 should be two tokens");
        TestFiles.write(dir.resolve("merges.txt"), "#version: 0.2\nh e\nq zz\n");
        refusal(dir, TokenizerKind.GPT2).hasMessageContaining("merges.txt line 3 merges \"q\" and \"zz\"")
                .hasMessageContaining("has no \"zz\"");
    }

    @Test
    void refusesVocabularyIdsOutOfRangeRepeatedOrNotWholeNumbers() {
        Path dir = folder("ids", "merges.txt", "#version: 0.2\n");
        TestFiles.write(dir.resolve("vocab.json"), "{\"a\": 0, \"b\": 5}");
        refusal(dir, TokenizerKind.GPT2).hasMessageContaining("gives \"b\" id 5, but with 2 tokens the ids must run from 0 to 1");
        TestFiles.write(dir.resolve("vocab.json"), "{\"a\": 0, \"b\": 0}");
        refusal(dir, TokenizerKind.GPT2).hasMessageContaining("gives id 0 to both");
        TestFiles.write(dir.resolve("vocab.json"), "{\"a\": 0, \"a\": 1}");
        refusal(dir, TokenizerKind.GPT2).hasMessageContaining("vocab.json is not valid JSON").hasMessageContaining("Duplicate");
        TestFiles.write(dir.resolve("vocab.json"), "{\"a\": 0, \"b\": 1.5}");
        refusal(dir, TokenizerKind.GPT2).hasMessageContaining("gives \"b\" the id 1.5, but ids are whole numbers");
        TestFiles.write(dir.resolve("vocab.json"), "[\"a\"]");
        refusal(dir, TokenizerKind.GPT2).hasMessageContaining("should be a JSON object");
    }

    @Test
    void refusesARepeatedLineInVocabTxtAndTextThatIsNotUtf8() throws IOException {
        refusal(folder("twice", "vocab.txt", "[UNK]\nthe\nthe\n"), TokenizerKind.WORD_LEVEL)
                .hasMessageContaining("vocab.txt lists \"the\" twice, on lines 2 and 3");
        Path latin1 = Files.createDirectories(temp.resolve("latin1"));
        Files.write(latin1.resolve("vocab.txt"), new byte[] {'[', 'U', 'N', 'K', ']', '\n', (byte) 0xE9, '\n'});
        refusal(latin1, TokenizerKind.BERT).hasMessageContaining("vocab.txt is not UTF-8 text");
        refusal(folder("empty", "vocab.txt", ""), TokenizerKind.BERT).hasMessageContaining("vocab.txt is empty");
    }

    @Test
    void refusesVocabulariesWithoutTheTokensTheModelNeeds() {
        refusal(folder("nounk", "vocab.txt", "[PAD]\n[CLS]\n[SEP]\nthe\n"), TokenizerKind.BERT)
                .hasMessageContaining("vocab.txt has no unknown token \"[UNK]\"");
        refusal(folder("nocls", "vocab.txt", "[PAD]\n[UNK]\nthe\n"), TokenizerKind.BERT)
                .hasMessageContaining("vocab.txt has no special token \"[CLS]\"");
    }

    @Test
    void refusesATokenizerJsonOfAnotherKindOrWithSettingsItCannotMatch() throws IOException {
        String bert = Files.readString(TestFiles.folder("bert-tiny").resolve("tokenizer.json"));
        refusal(folder("bertasgpt", "tokenizer.json", bert), TokenizerKind.GPT2)
                .hasMessageContaining("holds a WordPiece model, but a GPT2 model needs BPE");
        String gpt2 = Files.readString(TestFiles.folder("gpt2-tiny").resolve("tokenizer.json"));
        refusal(folder("nfc", "tokenizer.json", gpt2.replace("\"normalizer\": null", "\"normalizer\": {\"type\": \"NFC\"}")),
                TokenizerKind.GPT2).hasMessageContaining("tokenizer.json uses a normalizer (NFC)");
        refusal(folder("dropout", "tokenizer.json", gpt2.replace("\"dropout\": null", "\"dropout\": 0.1")),
                TokenizerKind.GPT2).hasMessageContaining("BPE dropout");
        refusal(folder("badmerge", "tokenizer.json", gpt2.replaceFirst("\\[\\s*\"h\",\\s*\"e\"\\s*]", "[\"h\"]")),
                TokenizerKind.GPT2).hasMessageContaining("tokenizer.json merge 1 should be two tokens");
    }

    @Test
    void refusesAPostProcessorWhoseIdsDisagreeWithTheVocabulary() throws IOException {
        String bert = Files.readString(TestFiles.folder("bert-tiny").resolve("tokenizer.json"));
        String wrapped = bert.replace("\"post_processor\": null",
                "\"post_processor\": {\"type\": \"BertProcessing\", \"sep\": [\"[SEP]\", 3], \"cls\": [\"[CLS]\", 2]}");
        assertThat(TokenizerFiles.load(folder("bertwrap", "tokenizer.json", wrapped), TokenizerKind.BERT)
                .encode("pizza").tokens()).containsExactly("[CLS]", "pizza", "[SEP]");
        refusal(folder("bertbad", "tokenizer.json", wrapped.replace("[\"[SEP]\", 3]", "[\"[SEP]\", 7]")), TokenizerKind.BERT)
                .hasMessageContaining("post_processor gives \"[SEP]\" id 7 but the vocabulary gives it id 3");
    }

    @Test
    void followsATemplatePostProcessor() throws IOException {
        String gpt2 = Files.readString(TestFiles.folder("gpt2-tiny").resolve("tokenizer.json"));
        String template = "{\"type\": \"TemplateProcessing\", \"single\": [{\"SpecialToken\": {\"id\": \"<|endoftext|>\", \"type_id\": 0}},"
                + " {\"Sequence\": {\"id\": \"A\", \"type_id\": 0}}], \"pair\": [], \"special_tokens\": {\"<|endoftext|>\":"
                + " {\"id\": \"<|endoftext|>\", \"ids\": [0], \"tokens\": [\"<|endoftext|>\"]}}}";
        Tokenizer tokenizer = TokenizerFiles.load(folder("template", "tokenizer.json",
                gpt2.replaceFirst("\"post_processor\": \\{[^}]*}", "\"post_processor\": " + template)), TokenizerKind.GPT2);
        assertThat(tokenizer.encode("Squatch eats pizza").ids()).containsExactly(0, 328, 330, 274);
        assertThat(tokenizer.decode(new int[] {0, 328})).isEqualTo("Squatch");
    }

    @Test
    void explicitWrapOverridesTheFiles() {
        Tokenizer gpt2 = TokenizerFiles.load(TestFiles.folder("gpt2-tiny"), TokenizerKind.GPT2, SpecialWrap.of("<|endoftext|>", "<|endoftext|>"));
        assertThat(gpt2.encode("pizza").tokens()).containsExactly("<|endoftext|>", "pizza", "<|endoftext|>");
        Tokenizer bart = TokenizerFiles.load(TestFiles.folder("bart-tiny"), TokenizerKind.BART, SpecialWrap.NONE);
        assertThat(bart.encode("I am happy").ids()).containsExactly(45, 262, 81, 335);
    }

    @Test
    void bartMaskTakesTheSpaceBeforeIt() {
        Tokenizer bart = TokenizerFiles.load(TestFiles.copyOf(temp.resolve("bart"), "bart-tiny", "vocab.json", "merges.txt"),
                TokenizerKind.BART);
        assertThat(bart.encode("I am <mask>").tokens()).containsExactly("<s>", "I", "Ġa", "m", "<mask>", "</s>");
        assertThat(bart.encode("").tokens()).containsExactly("<s>", "</s>");
    }

    @Test
    void modelTypeNamesTheKind() {
        assertThat(TokenizerKind.ofModelType("GPT2")).isEqualTo(TokenizerKind.GPT2);
        assertThat(TokenizerKind.ofModelType("bart")).isEqualTo(TokenizerKind.BART);
        assertThat(TokenizerKind.ofModelType("bert")).isEqualTo(TokenizerKind.BERT);
        assertThat(TokenizerKind.ofModelType("attention-studio")).isEqualTo(TokenizerKind.WORD_LEVEL);
        assertThatThrownBy(() -> TokenizerKind.ofModelType("llama")).isInstanceOf(InputException.class)
                .hasMessageContaining("model_type \"llama\"").hasMessageContaining("gpt2, bart, bert and attention-studio");
    }
}
