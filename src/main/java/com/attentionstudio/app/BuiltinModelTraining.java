package com.attentionstudio.app;

import java.nio.file.Path;
import java.util.Locale;

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
import com.attentionstudio.io.BuiltinModelReader;
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
        BuiltinModelReader.BuiltinModel model = BuiltinModelReader.read(folder);
        CorpusGenerator generator = new CorpusGenerator(Lexicon.standard(), config.seed(), config.heldOutShare());
        return ModelEvaluation.evaluate(new TransformerProbe(model.transformer(), model.vocabulary()),
                generator.heldOut(), Lexicon.standard());
    }

    /** One line of a text progress bar: [#####.....] step/total loss ETA. */
    public static String progressLine(TrainingStatus s) {
        int width = 30;
        int filled = (int) ((long) width * s.step() / s.totalSteps());
        return String.format(Locale.ROOT, "[%s%s] %d/%d loss %.3f (translation %.3f, alignment %.3f) ETA %dm%02ds",
                "#".repeat(filled), ".".repeat(width - filled), s.step(), s.totalSteps(), s.loss(),
                s.translationLoss(), s.alignmentLoss(), s.eta().toMinutes(), s.eta().toSecondsPart());
    }

    /**
     * {@code train [folder]} or {@code evaluate [folder]}, for Maven's exec:java until the CLI's own
     * train command is wired to {@link #train}.
     */
    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "train";
        Path folder = args.length > 1 ? Path.of(args[1]) : DEFAULT_FOLDER;
        TrainingConfig config = TrainingConfig.builtin();
        if (command.equals("train")) {
            TrainedModel model = train(config, folder, s -> {
                if (s.step() % 50 == 0 || s.step() == s.totalSteps()) {
                    System.err.println(progressLine(s));
                }
            }, new CancellationFlag());
            System.out.println("trained in " + model.wallTime().toSeconds() + " s; trainer's own figures:");
            System.out.println(model.evaluation().summary());
        }
        System.out.println("through the app's inference path (" + folder + "):");
        System.out.println(evaluate(folder, config).summary());
    }
}
