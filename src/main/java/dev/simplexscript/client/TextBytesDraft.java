package dev.simplexscript.client;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.InvalidFrameException;
import org.java_websocket.exceptions.LimitExceededException;
import org.java_websocket.framing.Framedata;
import org.java_websocket.framing.FramedataImpl1;

/**
 * RFC 6455 as Java-WebSocket's {@link Draft_6455} speaks it, except that a whole text message goes
 * to {@link TextSink} as its UTF-8 bytes. The library would first check each incoming text frame
 * byte by byte for valid UTF-8 and then decode it into a {@code String}; the client parses the
 * JSON from the bytes instead, and the parser refuses invalid UTF-8 itself, so both passes go.
 * Measured on a 6 KB event they were a third of the client's CPU (docs/BENCHMARKS.md).
 *
 * <p>Only frame reading is ours (client side: the server's frames arrive unmasked); handshakes,
 * writing, control frames and fragmented messages stay the library's.
 */
final class TextBytesDraft extends Draft_6455 {
    /** Receives one complete, unfragmented text message. */
    @FunctionalInterface
    interface TextSink {
        void text(byte[] utf8, int offset, int length);
    }

    private static final System.Logger LOG = System.getLogger(TextBytesDraft.class.getName());

    private final int maxFrameBytes;
    private final TextSink sink;
    /** One frame that has not fully arrived: sized to what it needs so far, filled up to its limit. */
    private ByteBuffer partial;
    /** A fragmented message is in progress; its frames go through the library's own path. */
    private boolean fragmented;

    TextBytesDraft(int maxFrameBytes, TextSink sink) {
        super(List.of(), maxFrameBytes);
        this.maxFrameBytes = maxFrameBytes;
        this.sink = sink;
    }

    @Override
    public Draft copyInstance() {
        return new TextBytesDraft(maxFrameBytes, sink);
    }

    @Override
    public void reset() {
        super.reset();
        partial = null;
        fragmented = false;
    }

    @Override
    public List<Framedata> translateFrame(ByteBuffer buffer) throws InvalidDataException {
        List<Framedata> frames = new ArrayList<>(2);
        while (partial != null) {
            int take = Math.min(partial.remaining(), buffer.remaining());
            partial.put(buffer.slice(buffer.position(), take));
            buffer.position(buffer.position() + take);
            if (partial.hasRemaining()) return frames;
            ByteBuffer filled = partial.duplicate().flip();
            int needed = needed(filled);
            if (needed > filled.limit()) {
                partial = ByteBuffer.allocate(needed).put(filled);
                continue;
            }
            partial = null;
            frames.add(read(filled));
        }
        while (buffer.hasRemaining()) {
            int needed = needed(buffer);
            if (needed > buffer.remaining()) {
                partial = ByteBuffer.allocate(needed).put(buffer);
                break;
            }
            frames.add(read(buffer));
        }
        return frames;
    }

    @Override
    public void processFrame(WebSocketImpl socket, Framedata frame) throws InvalidDataException {
        Opcode op = frame.getOpcode();
        if (op == Opcode.TEXT && frame.isFin() && !fragmented) {
            ByteBuffer payload = frame.getPayloadData();
            try {
                sink.text(payload.array(), payload.arrayOffset() + payload.position(), payload.remaining());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the client failed on a text frame", e);
            }
            return;
        }
        if ((op == Opcode.TEXT || op == Opcode.BINARY) && !frame.isFin()) fragmented = true;
        else if (op == Opcode.CONTINUOUS && frame.isFin()) fragmented = false;
        super.processFrame(socket, frame);
    }

    /** The bytes the frame starting at {@code in}'s position needs, as far as its header is known yet. */
    private int needed(ByteBuffer in) throws LimitExceededException {
        int at = in.position();
        int available = in.remaining();
        if (available < 2) return 2;
        int b1 = in.get(at + 1) & 0xFF;
        int len7 = b1 & 0x7F;
        int header = 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + ((b1 & 0x80) != 0 ? 4 : 0);
        if (available < header) return header;
        long payload = len7 < 126 ? len7 : len7 == 126 ? in.getShort(at + 2) & 0xFFFF : in.getLong(at + 2);
        if (payload < 0 || payload > maxFrameBytes) {
            throw new LimitExceededException("a frame of " + payload + " bytes is over the limit of " + maxFrameBytes, maxFrameBytes);
        }
        return header + (int) payload;
    }

    /** Reads one complete frame at {@code in}'s position and moves past it. */
    private Framedata read(ByteBuffer in) throws InvalidDataException {
        int b0 = in.get() & 0xFF;
        int b1 = in.get() & 0xFF;
        if ((b0 & 0x70) != 0) throw new InvalidFrameException("reserved bits set, but no extension was negotiated");
        Opcode op = opcode(b0 & 0x0F);
        int len7 = b1 & 0x7F;
        int length = len7 < 126 ? len7 : len7 == 126 ? in.getShort() & 0xFFFF : (int) in.getLong();
        boolean fin = (b0 & 0x80) != 0;
        boolean control = op == Opcode.CLOSING || op == Opcode.PING || op == Opcode.PONG;
        if (control && (length > 125 || !fin)) throw new InvalidFrameException("control frame fragmented or over 125 bytes");
        byte[] payload = new byte[length];
        if ((b1 & 0x80) != 0) {
            byte[] mask = new byte[4];
            in.get(mask);
            in.get(payload);
            for (int i = 0; i < length; i++) payload[i] ^= mask[i & 3];
        } else {
            in.get(payload);
        }
        FramedataImpl1 frame = FramedataImpl1.get(op);
        frame.setFin(fin);
        frame.setPayload(ByteBuffer.wrap(payload));
        // A text frame's only check is its UTF-8, which the JSON parser makes; others keep theirs.
        if (op != Opcode.TEXT) frame.isValid();
        return frame;
    }

    private static Opcode opcode(int code) throws InvalidFrameException {
        return switch (code) {
            case 0 -> Opcode.CONTINUOUS;
            case 1 -> Opcode.TEXT;
            case 2 -> Opcode.BINARY;
            case 8 -> Opcode.CLOSING;
            case 9 -> Opcode.PING;
            case 10 -> Opcode.PONG;
            default -> throw new InvalidFrameException("unknown opcode " + code);
        };
    }
}
