package com.attentionstudio.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.attentionstudio.core.analysis.NearestNeighbours.Neighbour;
import com.attentionstudio.core.trace.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {
    private final NearestNeighbours table = new NearestNeighbours(
            Matrix.ofRows(new float[][] {{1, 0}, {0, 1}, {1, 1}, {-1, 0}, {0, 0}, {2, 0}}),
            List.of("east", "north", "north-east", "west", "nowhere", "far east"));

    @Test
    void ranksByCosineNotByDistance() {
        List<Neighbour> nearest = table.nearest(new float[] {1, 0.1f}, 4);
        assertThat(nearest).extracting(Neighbour::label).containsExactly("east", "far east", "north-east", "north");
        // cos((1,0.1),(1,0)) = 1/√1.01; cos((1,0.1),(1,1)) = 1.1/(√1.01·√2); cos((1,0.1),(0,1)) = 0.1/√1.01
        assertThat(nearest.get(0).similarity()).isCloseTo(1 / Math.sqrt(1.01), within(1e-6));
        assertThat(nearest.get(2).similarity()).isCloseTo(1.1 / (Math.sqrt(1.01) * Math.sqrt(2)), within(1e-6));
        assertThat(nearest.get(3).similarity()).isCloseTo(0.1 / Math.sqrt(1.01), within(1e-6));
    }

    @Test
    void tiesGoToTheLowerIndexAndSkippedRowsAreLeftOut() {
        assertThat(table.nearest(new float[] {3, 0}, 2)).extracting(Neighbour::index).containsExactly(0, 5);
        assertThat(table.nearest(new float[] {3, 0}, 2, i -> i == 0)).extracting(Neighbour::index).containsExactly(5, 2);
    }

    @Test
    void theZeroRowAndTheZeroQueryHaveNoNeighbours() {
        assertThat(table.nearest(new float[] {0, -1}, 10)).extracting(Neighbour::label).doesNotContain("nowhere").hasSize(5);
        assertThat(table.nearest(new float[] {0, 0}, 3)).isEmpty();
    }

    @Test
    void refusesAQueryOfTheWrongLength() {
        assertThatThrownBy(() -> table.nearest(new float[] {1, 2, 3}, 1)).hasMessageContaining("3 values");
    }
}
