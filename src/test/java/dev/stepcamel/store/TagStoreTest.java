package dev.stepcamel.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepcamel.store.durable.FileTagStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagStoreTest {
    private static final String ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:m";

    private static void exercise(TagStore tags) {
        tags.add(ARN, Map.of("team", "core"));
        tags.add(ARN, Map.of("env", "dev"));
        tags.add(ARN, Map.of("team", "platform"));
        tags.remove(ARN, List.of("env", "absent"));
        tags.add("arn:aws:states:us-east-1:123456789012:activity:gone", Map.of("k", "v"));
        tags.forget("arn:aws:states:us-east-1:123456789012:activity:gone");
    }

    @Test
    void inMemoryTagsAddOverwriteRemoveAndForget() {
        TagStore tags = new InMemoryTagStore();
        exercise(tags);
        assertThat(tags.of(ARN)).containsExactly(Map.entry("team", "platform"));
        assertThat(tags.of("arn:aws:states:us-east-1:123456789012:activity:gone")).isEmpty();
    }

    @Test
    void fileTagsAreThereAgainAfterAReopen(@TempDir Path data) throws Exception {
        exercise(FileTagStore.open(data));
        FileTagStore reopened = FileTagStore.open(data);
        assertThat(reopened.of(ARN)).containsExactly(Map.entry("team", "platform"));
        assertThat(reopened.of("arn:aws:states:us-east-1:123456789012:activity:gone")).isEmpty();
        reopened.add(ARN, Map.of("b", "2", "a", "1"));
        assertThat(FileTagStore.open(data).of(ARN)).containsOnlyKeys("team", "a", "b");
    }
}
