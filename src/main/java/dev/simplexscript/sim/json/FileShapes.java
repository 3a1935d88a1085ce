package dev.simplexscript.sim.json;

import dev.simplexscript.protocol.Json;
import dev.simplexscript.sim.world.FileTransfer;
import tools.jackson.databind.node.ObjectNode;

/** {@code RcvFileTransfer}, {@code RcvFileDescr} and {@code FileTransferMeta} (§7.8). */
public final class FileShapes {
    private FileShapes() {}

    public static ObjectNode rcvFileDescr(FileTransfer f) {
        return Json.object()
                .put("fileDescrId", f.fileDescrId)
                .put("fileDescrText", "# simulated XFTP file description\nsize: " + f.fileSize + "\n")
                .put("fileDescrPartNo", 0)
                .put("fileDescrComplete", true);
    }

    /** {@code RcvFileTransfer} with the {@code RcvFileStatus} that matches the item's file status. */
    public static ObjectNode rcvFileTransfer(FileTransfer f, String senderName, boolean approvedRelays) {
        ObjectNode n = Json.object().put("fileId", f.fileId);
        if (f.fileDescrId > 0) {
            ObjectNode xftp = Json.object();
            xftp.set("rcvFileDescription", rcvFileDescr(f));
            xftp.put("agentRcvFileId", dev.simplexscript.sim.world.Ids.opaque("rcvfile" + f.fileId))
                    .put("agentRcvFileDeleted", false)
                    .put("userApprovedRelays", approvedRelays);
            n.set("xftpRcvFile", xftp);
        }
        ObjectNode invitation = Json.object().put("fileName", f.fileName).put("fileSize", f.fileSize);
        invitation.set("fileDescr", Json.object().put("fileDescrText", "").put("fileDescrPartNo", 0).put("fileDescrComplete", false));
        n.set("fileInvitation", invitation);
        n.set("fileStatus", rcvStatus(f));
        n.put("senderDisplayName", senderName).put("chunkSize", 65536).put("cancelled", f.status.equals("rcvCancelled"));
        return n;
    }

    private static ObjectNode rcvStatus(FileTransfer f) {
        String path = f.path == null ? f.fileName : f.path.toString();
        return switch (f.status) {
            case "rcvInvitation" -> Encoding.tag("new");
            case "rcvAccepted" -> Encoding.tag("accepted").put("filePath", path);
            case "rcvTransfer" -> Encoding.tag("connected").put("filePath", path);
            case "rcvComplete" -> Encoding.tag("complete").put("filePath", path);
            default -> Encoding.tag("cancelled").put("filePath_", path);
        };
    }

    public static ObjectNode fileTransferMeta(FileTransfer f) {
        return Json.object()
                .put("fileId", f.fileId)
                .put("fileName", f.fileName)
                .put("filePath", f.path == null ? f.fileName : f.path.toString())
                .put("fileSize", f.fileSize)
                .put("chunkSize", 65536)
                .put("cancelled", f.status.equals("sndCancelled"));
    }
}
