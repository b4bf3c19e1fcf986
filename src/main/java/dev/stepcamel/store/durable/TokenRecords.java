package dev.stepcamel.store.durable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepcamel.compile.TokenAnswer;
import dev.stepcamel.compile.TokenPlace;
import dev.stepcamel.store.ActivityTask;
import dev.stepcamel.store.PendingCallback;
import dev.stepcamel.store.StoredActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The journal records of task tokens and activities, separate from the history and checkpoint
 * records ({@link Records}). Under the execution's key (so that purging the execution drops
 * them): {@code TO} a token opened where a Task waits, {@code TS} its request sent (or activity
 * task queued), {@code TB} a heartbeat with the new heartbeat deadline, {@code TC} the token
 * closed with its answer, {@code AQ} an activity task queued, {@code AT} one taken by a worker.
 * Under key 0: {@code AC} an activity created, {@code AD} one deleted.
 */
final class TokenRecords {
    private TokenRecords() {
    }

    static byte[] opened(long key, PendingCallback callback, TokenPlace place) {
        return Records.framed(key, out -> {
            out.writeStringField("t", "TO");
            out.writeStringField("tok", callback.token());
            out.writeStringField("arn", callback.executionArn());
            out.writeStringField("st", callback.stateName());
            out.writeNumberField("at", callback.openedAt().toEpochMilli());
            out.writeStringField("f", place.frame());
            out.writeNumberField("v", place.visit());
            out.writeNumberField("a", place.attempt());
            if (place.timeoutDue() != null) {
                out.writeNumberField("to", place.timeoutDue().toEpochMilli());
            }
            if (place.heartbeatMillis() > 0) {
                out.writeNumberField("hb", place.heartbeatMillis());
                out.writeBooleanField("hs", place.heartbeatFromStart());
            }
        });
    }

    static byte[] submitted(long key, String token) {
        return Records.framed(key, out -> {
            out.writeStringField("t", "TS");
            out.writeStringField("tok", token);
        });
    }

    static byte[] beat(long key, String token, Instant due) {
        return Records.framed(key, out -> {
            out.writeStringField("t", "TB");
            out.writeStringField("tok", token);
            out.writeNumberField("u", due.toEpochMilli());
        });
    }

    static byte[] closed(long key, String token, TokenAnswer answer) {
        return Records.framed(key, out -> {
            out.writeStringField("t", "TC");
            out.writeStringField("tok", token);
            if (answer != null && answer.succeeded()) {
                out.writeStringField("o", answer.output());
            } else if (answer != null) {
                out.writeStringField("e", answer.error());
                if (answer.cause() != null) {
                    out.writeStringField("c", answer.cause());
                }
            }
        });
    }

    static byte[] activityCreated(StoredActivity activity) {
        return Records.framed(0, out -> {
            out.writeStringField("t", "AC");
            out.writeStringField("arn", activity.arn());
            out.writeStringField("name", activity.name());
            out.writeNumberField("at", activity.creationDate().toEpochMilli());
        });
    }

    static byte[] activityDeleted(String arn) {
        return Records.framed(0, out -> {
            out.writeStringField("t", "AD");
            out.writeStringField("arn", arn);
        });
    }

    static byte[] queued(long key, String activityArn, ActivityTask task) {
        return Records.framed(key, out -> {
            out.writeStringField("t", "AQ");
            out.writeStringField("arn", activityArn);
            out.writeStringField("tok", task.token());
            out.writeStringField("in", task.input());
        });
    }

    static byte[] taken(long key, String activityArn, String token) {
        return Records.framed(key, out -> {
            out.writeStringField("t", "AT");
            out.writeStringField("arn", activityArn);
            out.writeStringField("tok", token);
        });
    }

    /** Whether the journal record type is one of these. */
    static boolean isTokenRecord(String type) {
        return type.length() == 2 && (type.charAt(0) == 'T' || type.charAt(0) == 'A');
    }

    /** A token as the journal left it. */
    static final class Token {
        final long key;
        final PendingCallback callback;
        final TokenPlace place;
        boolean submitted;
        Instant heartbeatDue;
        boolean closed;
        TokenAnswer answer;

        Token(long key, PendingCallback callback, TokenPlace place) {
            this.key = key;
            this.callback = callback;
            this.place = place;
            if (place.heartbeatFromStart() && place.heartbeatMillis() > 0) {
                heartbeatDue = callback.openedAt().plusMillis(place.heartbeatMillis());
            }
        }
    }

    /** A queued activity task as the journal left it. */
    record Queued(long key, String activityArn, ActivityTask task) {
    }

    /** The token and activity records folded, in journal order, into what is open and queued. */
    static final class Replay {
        final Map<String, Token> tokens = new LinkedHashMap<>();
        final Map<Long, List<String>> tokensByKey = new HashMap<>();
        final Map<String, StoredActivity> activities = new TreeMap<>();
        final Map<String, Queued> queued = new LinkedHashMap<>();

        void visit(long key, String type, JsonNode record) {
            String token = Records.text(record, "tok");
            switch (type) {
                case "TO" -> {
                    TokenPlace place = new TokenPlace(record.get("f").asText(), record.get("v").asLong(),
                            record.get("a").asInt(), instant(record, "to"), record.path("hb").asLong(0),
                            record.path("hs").asBoolean(false));
                    tokens.put(token, new Token(key, new PendingCallback(token, record.get("arn").asText(),
                            record.get("st").asText(), Instant.ofEpochMilli(record.get("at").asLong()), true), place));
                    tokensByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(token);
                }
                case "TS" -> with(token, t -> t.submitted = true);
                case "TB" -> with(token, t -> t.heartbeatDue = instant(record, "u"));
                case "TC" -> with(token, t -> {
                    t.closed = true;
                    t.answer = record.has("o") ? TokenAnswer.success(record.get("o").asText())
                            : record.has("e") ? TokenAnswer.failure(record.get("e").asText(), Records.text(record, "c"))
                            : null;
                });
                case "AC" -> activities.put(record.get("arn").asText(), new StoredActivity(record.get("arn").asText(),
                        record.get("name").asText(), Instant.ofEpochMilli(record.get("at").asLong())));
                case "AD" -> {
                    String arn = record.get("arn").asText();
                    activities.remove(arn);
                    queued.values().removeIf(q -> q.activityArn().equals(arn));
                }
                case "AQ" -> { // a queued activity task is as good as sent: the queue is in the journal
                    queued.put(token, new Queued(key, record.get("arn").asText(),
                            new ActivityTask(token, record.get("in").asText())));
                    with(token, t -> t.submitted = true);
                }
                case "AT" -> queued.remove(token);
                default -> throw new IllegalStateException("unknown journal record type '" + type + "'");
            }
        }

        /** Forgets a purged execution's tokens and queued tasks. */
        void purge(long key) {
            List<String> purged = tokensByKey.remove(key);
            if (purged != null) {
                purged.forEach(tokens::remove);
            }
            queued.values().removeIf(q -> q.key() == key);
        }

        private void with(String token, java.util.function.Consumer<Token> change) {
            Token t = tokens.get(token);
            if (t != null) {
                change.accept(t);
            }
        }

        private static Instant instant(JsonNode record, String field) {
            return record.has(field) ? Instant.ofEpochMilli(record.get(field).asLong()) : null;
        }
    }
}
