package dev.simplexscript.api;

import static org.junit.jupiter.api.Assertions.fail;

import dev.simplexscript.api.objects.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;

/** A BotApi over a {@link RecordingCore} whose active user is the fixtures' bot (user 1). */
class ApiHarness {
    final RecordingCore core = new RecordingCore().answer("/user", "response-activeUser.json");
    final BotApi api = new BotApi(core);

    @SuppressWarnings("unchecked")
    <T> T global(String name) {
        return (T) api.globals().get(name);
    }

    Message message(String eventFixture) {
        return (Message) objects("message", Fixtures.resp(eventFixture)).getFirst();
    }

    /** What {@code on.<shortcut>} handlers get for {@code event}. */
    List<Object> objects(String shortcut, JsonNode event) {
        return api.view(event).objects(EventShortcut.named(shortcut).orElseThrow(() -> new AssertionError("no shortcut " + shortcut)));
    }

    /** The value of a future that must succeed. */
    static Object await(CompletableFuture<?> future) {
        try {
            return future.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("call failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("call did not complete", e);
        }
    }

    /** The error of a future that must fail, exactly as handlers see it (not wrapped). */
    static Throwable failure(CompletableFuture<?> future) {
        Throwable[] seen = new Throwable[1];
        future.handle((value, error) -> seen[0] = error).orTimeout(5, TimeUnit.SECONDS).join();
        if (seen[0] == null) fail("expected the call to fail");
        return seen[0];
    }

    /** An ordered map, as the adapters pass script objects. */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) out.put((String) kv[i], kv[i + 1]);
        return out;
    }

    static List<Object> list(Object... items) {
        return List.of(items);
    }
}
