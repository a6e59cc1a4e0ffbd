package com.attentionstudio.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

class TrainerTest {
    private final TrainingConfig tiny = new TrainingConfig(3, 256, 0.15, 40, 16, 16, 2, 32, 1, 1, 3e-3, 5, 0.1, 1.0, 1.0,
            new HeadSupervision(0, 1, 0.5));
    private final List<SentencePair> corpus = new CorpusGenerator(Lexicon.standard(), 3, 0.15).training(256);
    private final Vocabulary vocabulary = Vocabulary.of(corpus);

    @Test
    void lossFallsAndTheSameSeedGivesTheSameWeights() {
        List<TrainingStatus> first = new ArrayList<>();
        TranslationModel a = model();
        Batch probe = new BatchEncoder(vocabulary).encode(corpus.subList(0, 16));
        double before = a.forward(probe).loss();
        new Trainer(tiny, vocabulary).train(a, corpus, first::add, new CancellationFlag());
        TranslationModel b = model();
        new Trainer(tiny, vocabulary).train(b, corpus, TrainingProgress.NONE, new CancellationFlag());
        assertThat(first).hasSize(40);
        assertThat(a.forward(probe).loss()).isLessThan(before * 0.8);
        assertThat(first.get(39).eta()).isZero();
        for (int i = 0; i < a.params().size(); i++) {
            assertThat(a.params().get(i).value().data).containsExactly(b.params().get(i).value().data);
        }
    }

    @Test
    void cancellationStopsBetweenSteps() {
        CancellationFlag flag = new CancellationFlag();
        assertThatThrownBy(() -> new Trainer(tiny, vocabulary).train(model(), corpus, s -> {
            if (s.step() == 3) {
                flag.cancel();
            }
        }, flag)).isInstanceOf(CancellationException.class).hasMessageContaining("step 3 of 40");
    }

    @Test
    void learningRateWarmsUpThenDecays() {
        assertThat(tiny.learningRate(0)).isCloseTo(3e-3 / 5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(tiny.learningRate(4)).isCloseTo(3e-3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(tiny.learningRate(39)).isLessThan(tiny.learningRate(20)).isGreaterThanOrEqualTo(0.05 * 3e-3);
    }

    private TranslationModel model() {
        return new TranslationModel(tiny.dims(vocabulary.size()), tiny.labelSmoothing(), tiny.alignmentWeight(),
                tiny.headSupervision(), tiny.seed());
    }
}
