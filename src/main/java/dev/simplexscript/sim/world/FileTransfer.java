package dev.simplexscript.sim.world;

import java.nio.file.Path;

/** A file attached to a chat item: offered to the user, or sent by the user. */
public final class FileTransfer {
    public final long fileId;
    public final String fileName;
    public final long fileSize;
    /** The bytes the sender offered (received files) or read from {@code fileSource} (sent files). */
    public final byte[] content;
    public final boolean sent;
    /** {@code CIFileStatus} tag, e.g. {@code rcvInvitation}, {@code rcvComplete}, {@code sndStored}. */
    public String status;
    /** Where the file is on the core's disk once received, or the path it was sent from. */
    public Path path;
    public long fileDescrId;

    public FileTransfer(long fileId, String fileName, byte[] content, boolean sent, String status) {
        this.fileId = fileId;
        this.fileName = fileName;
        this.content = content;
        this.fileSize = content.length;
        this.sent = sent;
        this.status = status;
    }
}
