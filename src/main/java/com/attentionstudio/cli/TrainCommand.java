package com.attentionstudio.cli;

import com.attentionstudio.app.BuiltinModelTraining;
import com.attentionstudio.core.train.CancellationFlag;
import com.attentionstudio.core.train.EvaluationReport;
import com.attentionstudio.core.train.TrainedModel;
import com.attentionstudio.core.train.TrainingConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Regenerate the built-in English→French model from scratch (seeded: same weights each time), "
                + "write it to --output and evaluate it through the app's loader. Progress on stderr.")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--output", description = "model folder to write (default: ${DEFAULT-VALUE})")
    Path output = BuiltinModelTraining.DEFAULT_FOLDER;

    @Override
    public Integer call() throws Exception {
        TrainingConfig config = TrainingConfig.builtin();
        CancellationFlag cancellation = new CancellationFlag();
        Thread hook = new Thread(cancellation::cancel);
        Runtime.getRuntime().addShutdownHook(hook);
        TrainedModel model = BuiltinModelTraining.train(config, output, status -> {
            if (status.step() % 10 == 0 || status.step() == status.totalSteps()) {
                System.err.print("\r" + BuiltinModelTraining.progressLine(status));
            }
        }, cancellation);
        Runtime.getRuntime().removeShutdownHook(hook);
        System.err.println();
        EvaluationReport report = BuiltinModelTraining.evaluate(output, config);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("output", output.toString());
        out.put("steps", config.steps());
        out.put("wall_seconds", model.wallTime().toSeconds());
        out.put("final_loss", model.finalLoss());
        out.put("exact_match", report.exactMatchRate());
        out.put("pronoun_accuracy", report.pronounRate());
        out.put("rollout_antecedent_rate", report.rolloutRate());
        out.put("best_encoder_head", Map.of("layer", report.bestLayer(), "head", report.bestHead(),
                "rate", report.headRate()));
        out.put("summary", report.summary());
        JsonOutput.print(out);
        return 0;
    }
}
