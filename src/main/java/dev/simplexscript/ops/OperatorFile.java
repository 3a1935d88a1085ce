package dev.simplexscript.ops;

import dev.simplexscript.protocol.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code operator.json} in the host's data folder: who the operator is and the fingerprints of the
 * codes already used. Written whole to a temporary file and renamed over the old one, readable by
 * the owner only, so a crash never leaves half a file and other local users cannot read it.
 */
final class OperatorFile {
    private final Path file;
    private Operator operator;
    private final Set<String> usedCodes = new LinkedHashSet<>();

    private OperatorFile(Path file) {
        this.file = file;
    }

    static OperatorFile open(Path dataDir) {
        OperatorFile state = new OperatorFile(dataDir.resolve("operator.json"));
        if (!Files.exists(state.file)) return state;
        try {
            JsonNode root = Json.parse(Files.readString(state.file));
            JsonNode op = root.path("operator");
            if (op.isObject()) {
                if (!op.path("contactCreatedAt").isString()) throw new IllegalArgumentException("the operator has no contactCreatedAt");
                state.operator = new Operator(op.path("userId").asLong(), op.path("contactId").asLong(),
                        Instant.parse(op.path("contactCreatedAt").asString()), op.path("name").asString(""),
                        Instant.parse(op.path("since").asString(Instant.EPOCH.toString())));
            }
            root.path("usedCodes").forEach(code -> state.usedCodes.add(code.asString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + state.file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(state.file + " is damaged (" + e.getMessage()
                    + "); delete it to start without an operator", e);
        }
        return state;
    }

    synchronized Optional<Operator> operator() {
        return Optional.ofNullable(operator);
    }

    synchronized boolean used(AdminCode code) {
        return usedCodes.contains(code.fingerprint());
    }

    /** Makes {@code who} the operator and retires {@code code}; persisted before it returns. */
    synchronized void claim(Operator who, AdminCode code) {
        operator = who;
        usedCodes.add(code.fingerprint());
        save();
    }

    synchronized void revoke() {
        operator = null;
        save();
    }

    private void save() {
        ObjectNode root = Json.object();
        if (operator != null) {
            root.putObject("operator").put("userId", operator.userId()).put("contactId", operator.contactId())
                    .put("contactCreatedAt", operator.created().toString())
                    .put("name", operator.name()).put("since", operator.since().toString());
        }
        var codes = root.putArray("usedCodes");
        usedCodes.forEach(codes::add);
        Path temp = file.resolveSibling(".operator.json.tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(temp, Json.write(root) + "\n");
            ownerOnly(temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's permissions apply.
        }
    }
}
