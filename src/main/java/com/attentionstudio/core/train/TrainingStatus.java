package com.attentionstudio.core.train;

import java.time.Duration;

/** Where training stands after a step; the loss is a running mean over recent steps. */
public record TrainingStatus(int step, int totalSteps, double loss, double translationLoss, double alignmentLoss,
                             Duration elapsed, Duration eta) {
}
