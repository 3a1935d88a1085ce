package dev.simplexscript.sim.core;

import dev.simplexscript.protocol.command.CancelFile;
import dev.simplexscript.protocol.command.ReceiveFile;
import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.json.FileShapes;
import dev.simplexscript.sim.json.Encoding;
import dev.simplexscript.sim.world.Contact;
import dev.simplexscript.sim.world.FileTransfer;
import dev.simplexscript.sim.world.Ids;
import dev.simplexscript.sim.world.Item;
import dev.simplexscript.sim.world.SimError;
import dev.simplexscript.sim.world.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * File commands (§4.1 11–12). Receiving writes the offered bytes into the core's files folder
 * (or the path given), with the event sequence of §6.4.
 */
final class FileCommands {
    private final Core core;
    private final AfterResponse after;

    FileCommands(Core core, AfterResponse after) {
        this.core = core;
        this.after = after;
    }


    private Item itemWithFile(User user, long fileId) {
        return user.items.values().stream().filter(i -> i.file != null && i.file.fileId == fileId).findFirst()
                .orElseThrow(() -> SimError.store("fileNotFound", "fileId", fileId));
    }

    private String sender(User user, Item item) {
        if (item.author != null) return item.author.localDisplayName;
        Contact c = user.contacts.get(item.chat.id());
        return c == null ? "" : c.localDisplayName;
    }

    ObjectNode receive(ReceiveFile c) {
        User user = core.active();
        long fileId = c.fileId();
        Item item = itemWithFile(user, fileId);
        FileTransfer f = item.file;
        if (f.sent) throw SimError.store("rcvFileNotFound", "fileId", fileId);
        switch (f.status) {
            case "rcvInvitation" -> { }
            case "rcvCancelled" -> throw SimError.chat("fileCancelled", Json.object().put("message", f.fileName));
            default -> throw SimError.chat("fileAlreadyReceiving", Json.object().put("message", f.fileName));
        }
        f.path = target(c.filePath(), f.fileName);
        f.status = "rcvAccepted";
        boolean approved = c.userApprovedRelays();
        ObjectNode resp = core.resp("rcvFileAccepted", user);
        resp.set("chatItem", core.shapes.items().aChatItem(user, item));
        after.then(() -> transfer(user, item, approved));
        return resp;
    }

    /**
     * Where a received file goes, as the real core's {@code getRcvFilePath} decides: a free name in
     * the given folder, or in the files folder when none is given ({@code name}, {@code name_1}...);
     * a given file path as is, unless something exists there ({@code fileAlreadyExists}).
     */
    private Path target(String given, String fileName) {
        if (given == null) return freeName(core.world.filesFolder, fileName);
        Path path = Path.of(given);
        if (Files.isDirectory(path)) return freeName(path, fileName);
        if (Files.exists(path)) throw SimError.chat("fileAlreadyExists", Json.object().put("filePath", given));
        return path;
    }

    private static Path freeName(Path folder, String fileName) {
        Path candidate = folder.resolve(fileName);
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String ext = dot > 0 ? fileName.substring(dot) : "";
        for (int n = 1; Files.exists(candidate); n++) candidate = folder.resolve(base + "_" + n + ext);
        return candidate;
    }

    private void transfer(User user, Item item, boolean approved) {
        FileTransfer f = item.file;
        f.fileDescrId = core.world.ids.next(Ids.Kind.FILE_DESCR);
        ObjectNode ready = core.resp("rcvFileDescrReady", user);
        ready.set("chatItem", core.shapes.items().aChatItem(user, item));
        ready.set("rcvFileTransfer", FileShapes.rcvFileTransfer(f, sender(user, item), approved));
        ready.set("rcvFileDescr", FileShapes.rcvFileDescr(f));
        core.emit(ready);
        f.status = "rcvTransfer";
        ObjectNode start = core.resp("rcvFileStart", user);
        start.set("chatItem", core.shapes.items().aChatItem(user, item));
        core.emit(start);
        try {
            if (f.path.getParent() != null) Files.createDirectories(f.path.getParent());
            Files.write(f.path, f.content);
        } catch (IOException e) {
            f.status = "rcvError";
            ObjectNode error = core.resp("rcvFileError", user);
            error.set("chatItem_", core.shapes.items().aChatItem(user, item));
            error.set("agentError", Encoding.tag("FILE").set("fileErr", Encoding.tag("FILE_IO").put("fileIOError", e.toString())));
            error.set("rcvFileTransfer", FileShapes.rcvFileTransfer(f, sender(user, item), approved));
            core.emit(error);
            return;
        }
        f.status = "rcvComplete";
        ObjectNode complete = core.resp("rcvFileComplete", user);
        complete.set("chatItem", core.shapes.items().aChatItem(user, item));
        core.emit(complete);
    }

    ObjectNode cancel(CancelFile c) {
        User user = core.active();
        long fileId = c.fileId();
        Item item = itemWithFile(user, fileId);
        FileTransfer f = item.file;
        if (f.status.endsWith("Complete") || f.status.endsWith("Cancelled")) {
            throw SimError.chat("fileCancel", Json.object().put("fileId", fileId).put("message", "file transfer is " + f.status));
        }
        if (f.sent) {
            f.status = "sndCancelled";
            ObjectNode resp = core.resp("sndFileCancelled", user);
            resp.set("chatItem_", core.shapes.items().aChatItem(user, item));
            resp.set("fileTransferMeta", FileShapes.fileTransferMeta(f));
            resp.set("sndFileTransfers", Json.MAPPER.createArrayNode());
            return resp;
        }
        f.status = "rcvCancelled";
        ObjectNode resp = core.resp("rcvFileCancelled", user);
        resp.set("chatItem_", core.shapes.items().aChatItem(user, item));
        resp.set("rcvFileTransfer", FileShapes.rcvFileTransfer(f, sender(user, item), false));
        return resp;
    }
}
