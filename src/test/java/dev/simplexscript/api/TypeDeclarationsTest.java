package dev.simplexscript.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.simplexscript.api.nouns.AddressApi;
import dev.simplexscript.api.nouns.ContactsApi;
import dev.simplexscript.api.nouns.CoreApi;
import dev.simplexscript.api.nouns.FilesApi;
import dev.simplexscript.api.nouns.GroupApi;
import dev.simplexscript.api.nouns.LinkApi;
import dev.simplexscript.api.nouns.MessagesApi;
import dev.simplexscript.api.nouns.ProfileApi;
import dev.simplexscript.api.nouns.UserApi;
import dev.simplexscript.api.objects.Address;
import dev.simplexscript.api.objects.ChatFile;
import dev.simplexscript.api.objects.Contact;
import dev.simplexscript.api.objects.ContactRequest;
import dev.simplexscript.api.objects.Group;
import dev.simplexscript.api.objects.GroupInvite;
import dev.simplexscript.api.objects.Link;
import dev.simplexscript.api.objects.Member;
import dev.simplexscript.api.objects.Message;
import dev.simplexscript.api.objects.Reaction;
import dev.simplexscript.api.objects.User;
import dev.simplexscript.host.ScriptLog;
import dev.simplexscript.host.ScriptTimer;
import dev.simplexscript.http.FetchResponse;
import dev.simplexscript.http.HttpApi;
import dev.simplexscript.http.WebhookRequest;
import dev.simplexscript.lang.ExportedMembers;
import dev.simplexscript.store.ScriptStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * stdlib/simplex-script.d.ts declares exactly what scripts can use: every exported member of the
 * API classes, every global, every stdlib export, and nothing that does not exist.
 */
class TypeDeclarationsTest {
    private static final Path DTS = Path.of("stdlib/simplex-script.d.ts");
    private static final Pattern INTERFACE = Pattern.compile("(?ms)^interface (\\w+) \\{\\n(.*?)^}");
    private static final Pattern MEMBER = Pattern.compile("(?m)^  (?:readonly )?(\\w+)\\??\\s*[(:<]");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^declare (?:const|function) (\\w+)");

    /** Host globals every script gets beside the API (Script, and the JS prelude of JsRuntime). */
    private static final Set<String> HOST_GLOBALS = Set.of("asset", "store", "log", "on", "command", "every", "after",
            "schedule", "require", "http", "fetch");

    static Map<String, Class<?>> declaredTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Class<?> c : new Class<?>[] {AddressApi.class, ContactsApi.class, GroupApi.class, LinkApi.class, MessagesApi.class,
                FilesApi.class, UserApi.class, ProfileApi.class, CoreApi.class, Address.class, ChatFile.class, Contact.class,
                ContactRequest.class, Group.class, GroupInvite.class, Link.class, Member.class, Message.class, Reaction.class,
                User.class}) {
            types.put(c.getSimpleName(), c);
        }
        types.put("Store", ScriptStore.class);
        types.put("WebhookRequest", WebhookRequest.class);
        types.put("FetchResponse", FetchResponse.class);
        types.put("Log", ScriptLog.class);
        types.put("Timer", ScriptTimer.class);
        return types;
    }

    static Set<String> interfaceNames() {
        return declaredTypes().keySet();
    }

    private static String dts() throws IOException {
        return Files.readString(DTS);
    }

    private static Set<String> members(String dts, String name) {
        Matcher m = INTERFACE.matcher(dts);
        while (m.find()) {
            if (!m.group(1).equals(name)) continue;
            Set<String> names = new TreeSet<>();
            Matcher member = MEMBER.matcher(m.group(2));
            while (member.find()) names.add(member.group(1));
            return names;
        }
        throw new AssertionError("simplex-script.d.ts has no interface " + name);
    }

    @ParameterizedTest
    @MethodSource("interfaceNames")
    void interfaceDeclaresExactlyTheExportedMembers(String name) throws IOException {
        Set<String> exported = new TreeSet<>(ExportedMembers.of(declaredTypes().get(name)).names());
        assertEquals(exported, members(dts(), name), name + " in simplex-script.d.ts");
    }

    @Test
    void everyGlobalIsDeclaredAndNothingElse() throws IOException {
        Set<String> globals = new TreeSet<>(HOST_GLOBALS);
        globals.addAll(new BotApi(command -> new CompletableFuture<>()).globals().keySet());
        Set<String> declared = new TreeSet<>();
        Matcher m = GLOBAL.matcher(dts());
        while (m.find()) declared.add(m.group(1));
        assertEquals(globals, declared);
    }

    @Test
    void httpDeclaresTheRouteFunctionsAndWhatHttpApiExports() throws IOException {
        Set<String> expected = new TreeSet<>(ExportedMembers.of(HttpApi.class).names());
        expected.addAll(Set.of("get", "post", "put", "delete"));
        assertEquals(expected, members(dts(), "HttpApi"));
    }

    @Test
    void onDeclaresEveryEventShortcut() throws IOException {
        assertEquals(new TreeSet<>(EventShortcut.scriptNames()), members(dts(), "On"));
    }

    @Test
    void stdlibModuleDeclaresExactlyItsExports() throws IOException {
        Set<String> exports = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^exports\\.(\\w+) =").matcher(Files.readString(Path.of("stdlib/js/stdlib.js")));
        while (m.find()) exports.add(m.group(1));
        assertEquals(exports, members(dts(), "SimplexStdlib"));
    }
}
