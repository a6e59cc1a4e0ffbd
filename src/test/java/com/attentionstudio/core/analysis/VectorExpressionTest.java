package com.attentionstudio.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attentionstudio.core.InputException;
import com.attentionstudio.core.trace.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class VectorExpressionTest {
    /** Four words on two axes (royalty, gender): queen = king − man + woman exactly. */
    private final NearestNeighbours table = new NearestNeighbours(Matrix.ofRows(new float[][] {
        {1, 1}, {0, 1}, {0, -1}, {1, -1}, {-1, 0.2f}}), List.of("king", "man", "woman", "queen", "apple"));

    @Test
    void parsesSignsIncludingTheUnicodeMinus() {
        assertThat(VectorExpression.parse("king − man+woman").terms()).containsExactly(
                new VectorExpression.Term(true, "king"), new VectorExpression.Term(false, "man"),
                new VectorExpression.Term(true, "woman"));
        assertThat(VectorExpression.parse(" -man ").terms()).containsExactly(new VectorExpression.Term(false, "man"));
        assertThat(VectorExpression.parse("king - man + woman")).hasToString("king − man + woman");
    }

    @Test
    void refusesWordsWithoutSignsBetweenThem() {
        assertThatThrownBy(() -> VectorExpression.parse("king man")).isInstanceOf(InputException.class)
                .hasMessageContaining("put + or −");
        assertThatThrownBy(() -> VectorExpression.parse("   ")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> VectorExpression.parse("king -")).isInstanceOf(InputException.class);
    }

    @Test
    void kingMinusManPlusWomanIsQueenAndLeavesOutTheWordsTyped() {
        VectorExpression.Result result = VectorExpression.parse("king - man + woman")
                .evaluate(table, word -> List.of("king", "man", "woman", "queen", "apple").indexOf(word), 2);
        assertThat(result.vector()).containsExactly(1, -1);
        assertThat(result.nearest()).extracting(NearestNeighbours.Neighbour::label).containsExactly("queen", "apple");
        assertThat(result.nearest().get(0).similarity()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
