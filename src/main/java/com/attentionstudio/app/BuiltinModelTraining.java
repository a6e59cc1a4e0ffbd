package com.attentionstudio.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.model.Transformer;

import com.attentionstudio.core.train.CancellationFlag;
import com.attentionstudio.core.train.CorpusGenerator;
import com.attentionstudio.core.train.EvaluationReport;
import com.attentionstudio.core.train.Lexicon;
import com.attentionstudio.core.train.ModelEvaluation;
import com.attentionstudio.core.train.TrainedModel;
import com.attentionstudio.core.train.TrainingConfig;
import com.attentionstudio.core.train.TrainingProgress;
import com.attentionstudio.core.train.TrainingRun;
import com.attentionstudio.core.train.TrainingStatus;
import com.attentionstudio.core.train.TransformerProbe;
import com.attentionstudio.io.Checkpoint;
import com.attentionstudio.io.LoadProgress;
import com.attentionstudio.io.ModelLoader;
import com.attentionstudio.io.BuiltinModelWriter;

/**
 * Regenerates and evaluates the built-in English→French model: the service behind the CLI's train
 * command. {@link #evaluate} measures the written folder through the same loader and inference
 * {@link com.attentionstudio.core.model.Transformer} the app uses, not the trainer's own forward pass.
 */
public final class BuiltinModelTraining {
    /** Where the shipped model lives, relative to the repository root. */
    public static final Path DEFAULT_FOLDER = Path.of("assets", "models", "builtin-en-fr");

    private BuiltinModelTraining() {
    }

    /** Trains with config, writes the folder atomically, returns the trained model (its report is the trainer's). */
    public static TrainedModel train(TrainingConfig config, Path folder, TrainingProgress progress,
                                     CancellationFlag cancellation) {
        TrainedModel model = TrainingRun.run(config, progress, cancellation);
        BuiltinModelWriter.write(model, folder);
        return model;
    }

    /** The held-out figures of the model in folder, measured through the app's inference path. */
    public static EvaluationReport evaluate(Path folder, TrainingConfig config) {
        CorpusGenerator generator = new CorpusGenerator(Lexicon.standard(), config.seed(), config.heldOutShare());
        return ModelEvaluation.evaluate(probe(folder), generator.heldOut(), Lexicon.standard());
    }

    /** The folder loaded by the app's {@link ModelLoader} into the inference Transformer. */
    public static TransformerProbe probe(Path folder) {
        Checkpoint checkpoint = ModelLoader.load(folder, LoadProgress.NONE);
        List<String> vocabulary;
        try {
            vocabulary = Files.readAllLines(folder.resolve("vocab.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read " + folder.resolve("vocab.txt") + ": " + e.getMessage(), e);
        }
        Transformer transformer = new Transformer(BuiltinModels.NAME, checkpoint.config(), checkpoint.weights(),
                vocabulary::get);
        return new TransformerProbe(transformer, vocabulary);
    }

    /** One line of a text progress bar: [#####.....] step/total loss ETA. */
    public static String progressLine(TrainingStatus s) {
        int width = 30;
        int filled = (int) ((long) width * s.step() / s.totalSteps());
        return String.format(Locale.ROOT, "[%s%s] %d/%d loss %.3f (translation %.3f, alignment %.3f) ETA %dm%02ds",
                "#".repeat(filled), ".".repeat(width - filled), s.step(), s.totalSteps(), s.loss(),
                s.translationLoss(), s.alignmentLoss(), s.eta().toMinutes(), s.eta().toSecondsPart());
    }
}
