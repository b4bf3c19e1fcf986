package dev.stepcamel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepcamel.compile.Checkpoint;
import dev.stepcamel.compile.Checkpoint.Kind;
import dev.stepcamel.compile.ResumePoint;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a redrive resumes each frame, from the checkpoints an execution ended with. */
class RedrivePointsTest {
    static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    static FrameFold ended(Checkpoint... checkpoints) {
        FrameFold fold = new FrameFold();
        long id = 1;
        for (Checkpoint cp : checkpoints) {
            fold.apply(cp, new HistoryEvent(id, id - 1, T, "X", null));
            id++;
        }
        fold.apply(new Checkpoint("", Kind.END, "FAILED", null, null, T, "E", null), null);
        return fold;
    }

    @Test
    void aStateThatWasRunningIsEnteredAgainWithItsInputAndNoRetriesCounted() {
        FrameFold fold = ended(Checkpoint.at("", "A", TextNode.valueOf("in")),
                Checkpoint.entered("", "A", TextNode.valueOf("raw")),
                Checkpoint.inside("", Kind.RETRY, "A", new int[] {2}, T),
                Checkpoint.inside("", Kind.CALLING, "A", new int[] {2}, null));

        ResumePoint top = fold.redrivePoints().get("");

        assertThat(top.kind()).isEqualTo(Kind.AT);
        assertThat(top.state()).isEqualTo("A");
        assertThat(top.data().asText()).isEqualTo("raw");
        assertThat(top.retries()).isNull();
    }

    @Test
    void aMapKeepsItsFinishedIterationsAndRerunsTheOthers() {
        FrameFold fold = ended(Checkpoint.entered("", "M", TextNode.valueOf("items")),
                Checkpoint.inside("", Kind.BRANCHES, "M", new int[] {1}, null),
                Checkpoint.at("/M[0]", "P", TextNode.valueOf("0")), Checkpoint.done("/M[0]", TextNode.valueOf("r0")),
                Checkpoint.at("/M[1]", "P", TextNode.valueOf("1")), Checkpoint.failed("/M[1]", "E", "c"),
                Checkpoint.at("/M[2]", "P", TextNode.valueOf("2")),
                Checkpoint.entered("/M[2]", "Q", TextNode.valueOf("q")));

        Map<String, ResumePoint> points = fold.redrivePoints();

        assertThat(points.get("").kind()).isEqualTo(Kind.BRANCHES);
        assertThat(points.get("").retries()).as("the Map's retry counters start over").isNull();
        assertThat(points.get("/M[0]").kind()).isEqualTo(Kind.DONE);
        assertThat(points).as("a failed iteration starts over").doesNotContainKey("/M[1]");
        assertThat(points.get("/M[2]").kind()).isEqualTo(Kind.AT);
        assertThat(points.get("/M[2]").state()).isEqualTo("Q");
    }

    @Test
    void theBranchesOfAStateThatRunsAgainStartAfresh() {
        FrameFold fold = ended(Checkpoint.entered("", "Par", TextNode.valueOf("x")),
                Checkpoint.inside("", Kind.BRANCHES, "Par", new int[] {0}, null),
                Checkpoint.at("/Par#0", "B", TextNode.valueOf("b")), Checkpoint.done("/Par#0", TextNode.valueOf("r")),
                Checkpoint.entered("/Par#1", "C", TextNode.valueOf("c")),
                Checkpoint.at("/Par#1/In[0]", "D", TextNode.valueOf("d")),
                Checkpoint.entered("/Par#1", "C", TextNode.valueOf("c2")));

        Map<String, ResumePoint> points = fold.redrivePoints();

        assertThat(points.get("/Par#1").state()).isEqualTo("C");
        assertThat(points.keySet()).containsExactlyInAnyOrder("", "/Par#0", "/Par#1");
    }

    @Test
    void anExecutionThatEndedAfterItsLastStateHasNothingToRedrive() {
        FrameFold fold = ended(Checkpoint.at("", "A", TextNode.valueOf("in")), Checkpoint.at("", null,
                TextNode.valueOf("out")));

        assertThat(fold.redrivePoints()).isEmpty();
    }

    @Test
    void aRedrivenCheckpointPutsTheFramesBackWhereTheRedriveResumes() {
        FrameFold fold = ended(Checkpoint.at("", "A", TextNode.valueOf("in")),
                Checkpoint.entered("", "A", TextNode.valueOf("raw")));
        Map<String, ResumePoint> expected = fold.redrivePoints();

        fold.apply(Checkpoint.redriven(T), null);

        assertThat(fold.points()).isEqualTo(expected);
        assertThat(fold.redrivePoints()).as("running again: nothing ended to redrive").isEmpty();
    }
}
