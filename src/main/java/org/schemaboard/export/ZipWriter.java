package org.schemaboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a ZIP archive of entries that were deflated beforehand, each on whichever thread rendered it, so the
 * compression of a large export runs side by side with the rendering instead of after it. The bytes are the ones
 * {@link java.util.zip.ZipOutputStream} writes for the same entries at {@link Deflater#BEST_SPEED} with a fixed entry
 * time and UTF-8 names (local header with a data descriptor, central directory, end record; no ZIP64: an archive
 * stays far below 4 GB) — {@code ZipWriterTest} holds it to that.
 */
final class ZipWriter {

    /** Text compresses well at the fastest level too (a few percent larger); the default took twice as long. */
    static final int LEVEL = Deflater.BEST_SPEED;
    private static final int VERSION = 20; // 2.0: deflate
    private static final int FLAGS = 0x0808; // bit 3: sizes in the data descriptor; bit 11: UTF-8 names

    /** One file of the archive, deflated. */
    record Entry(String name, byte[] deflated, int deflatedLength, long crc, long size) {
    }

    private ZipWriter() {
    }

    /** Deflates {@code text} (UTF-8) as the entry {@code name}; safe to call from any thread. */
    static Entry deflate(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            // text shrinks to a fifth or less; grow if it does not
            byte[] out = new byte[Math.max(64, bytes.length / 4)];
            int length = 0;
            while (!deflater.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                length += deflater.deflate(out, length, out.length - length);
            }
            return new Entry(name, out, length, crc.getValue(), bytes.length);
        } finally {
            deflater.end();
        }
    }

    /** Writes the archive of {@code entries}, in their order, to {@code out}, which stays open. */
    static void write(List<Entry> entries, LocalDateTime time, OutputStream out) throws IOException {
        int dosTime = dosTime(time);
        Bytes o = new Bytes(out);
        long[] offsets = new long[entries.size()];
        byte[][] names = new byte[entries.size()][];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            names[i] = e.name().getBytes(StandardCharsets.UTF_8);
            offsets[i] = o.written;
            o.int32(0x04034b50);
            o.int16(VERSION);
            o.int16(FLAGS);
            o.int16(Deflater.DEFLATED);
            o.int32(dosTime);
            o.int32(0); // crc, compressed and uncompressed size follow the data
            o.int32(0);
            o.int32(0);
            o.int16(names[i].length);
            o.int16(0); // no extra field
            o.bytes(names[i], names[i].length);
            o.bytes(e.deflated(), e.deflatedLength());
            o.int32(0x08074b50);
            o.int32((int) e.crc());
            o.int32(e.deflatedLength());
            o.int32((int) e.size());
        }
        long directory = o.written;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            o.int32(0x02014b50);
            o.int16(VERSION); // made by
            o.int16(VERSION); // needed to extract
            o.int16(FLAGS);
            o.int16(Deflater.DEFLATED);
            o.int32(dosTime);
            o.int32((int) e.crc());
            o.int32(e.deflatedLength());
            o.int32((int) e.size());
            o.int16(names[i].length);
            o.int16(0); // extra
            o.int16(0); // comment
            o.int16(0); // disk
            o.int16(0); // internal attributes
            o.int32(0); // external attributes
            o.int32((int) offsets[i]);
            o.bytes(names[i], names[i].length);
        }
        long end = o.written;
        o.int32(0x06054b50);
        o.int16(0);
        o.int16(0);
        o.int16(entries.size());
        o.int16(entries.size());
        o.int32((int) (end - directory));
        o.int32((int) directory);
        o.int16(0); // no comment
        o.flush();
    }

    /** MS-DOS date and time (two-second resolution), as a ZIP header stores it. */
    private static int dosTime(LocalDateTime t) {
        return (t.getYear() - 1980) << 25 | t.getMonthValue() << 21 | t.getDayOfMonth() << 16 | t.getHour() << 11
                | t.getMinute() << 5 | t.getSecond() >> 1;
    }

    /** Little-endian output through a buffer, counting what it wrote. */
    private static final class Bytes {
        private final OutputStream out;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 12);
        private long written;

        Bytes(OutputStream out) {
            this.out = out;
        }

        void int16(int v) {
            buffer.write(v & 0xff);
            buffer.write((v >>> 8) & 0xff);
            written += 2;
        }

        void int32(int v) {
            int16(v & 0xffff);
            int16(v >>> 16);
        }

        void bytes(byte[] b, int length) throws IOException {
            if (length > 1 << 12) {
                flush();
                out.write(b, 0, length);
            } else {
                buffer.write(b, 0, length);
            }
            written += length;
        }

        void flush() throws IOException {
            buffer.writeTo(out);
            buffer.reset();
        }
    }
}
