package org.ruraltalent.importing;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX's shared strings (the text of its cells, each distinct text once) kept in a temporary
 * file, encrypted with a key that lives only in this object, rather than in memory as POI's
 * {@code ReadOnlySharedStringsTable} keeps them: memory holds 4 bytes a string (where it starts in
 * the file) and a small cache of recent ones, however much text the workbook has. The file is
 * AES-CTR, so any string can be read without reading what comes before it. A cell's text is its
 * runs' text; phonetic guides ({@code rPh}) are left out, as a spreadsheet program shows the cell.
 */
final class SharedStringsFile implements SharedStrings, Closeable {

    private static final String SPREADSHEETML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** More distinct texts than 200,000 rows of twenty text columns could have: refused rather than indexed. */
    private static final int MAX_STRINGS = 4_000_000;
    private static final int CACHE = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final SecretKeySpec key;
    private final byte[] iv = new byte[16];
    private final Cipher cipher;
    /** Where each string starts in the file; one more entry than strings, the file's end. */
    private int[] starts = new int[1024];
    private int count;
    private FileChannel reader;
    private final String[] cached = new String[CACHE];
    private final int[] cachedIndex = new int[CACHE];

    private SharedStringsFile() throws IOException {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        RANDOM.nextBytes(iv);
        key = new SecretKeySpec(secret, "AES");
        try {
            cipher = Cipher.getInstance("AES/CTR/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CTR is not available", e);
        }
        file = Files.createTempFile("rural-talent-import-strings", ".bin");
        Arrays.fill(cachedIndex, -1);
    }

    /** The shared strings read from a workbook's part; an empty table when {@code part} is {@code null}. */
    static SharedStringsFile read(InputStream part) throws IOException, SAXException {
        SharedStringsFile strings = new SharedStringsFile();
        try {
            strings.write(part);
            strings.reader = FileChannel.open(strings.file, StandardOpenOption.READ);
            return strings;
        } catch (IOException | SAXException | RuntimeException e) {
            strings.close();
            throw e;
        }
    }

    private void write(InputStream part) throws IOException, SAXException {
        try (OutputStream out = new CipherOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), cipherAt(0, Cipher.ENCRYPT_MODE))) {
            if (part == null) {
                return;
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new Texts(out));
            parser.parse(new InputSource(part));
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** Writes each {@code si}'s text as it ends, and where it ends. */
    private final class Texts extends DefaultHandler {
        private final OutputStream out;
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;
        private int written;

        Texts(OutputStream out) {
            this.out = out;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!SPREADSHEETML.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inText = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // formatting of runs: not part of the text
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (!SPREADSHEETML.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> add();
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                    // formatting of runs: not part of the text
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && !inPhonetic) {
                text.append(ch, start, length);
            }
        }

        private void add() throws SAXException {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (count == MAX_STRINGS || (long) written + bytes.length > Integer.MAX_VALUE) {
                throw new SAXException("more shared strings than an import reads");
            }
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new SAXException(e);
            }
            if (count + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[count] = written;
            written += bytes.length;
            count++;
            starts[count] = written;
        }
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= count) {
            throw new IllegalStateException("No shared string " + index + " of " + count);
        }
        int slot = index & (CACHE - 1);
        if (cachedIndex[slot] != index) {
            cached[slot] = load(index);
            cachedIndex[slot] = index;
        }
        return new XSSFRichTextString(cached[slot]);
    }

    private String load(int index) {
        int start = starts[index];
        int length = starts[index + 1] - start;
        // CTR: decrypting from the 16-byte block the string starts in needs only that block's counter.
        long block = start / 16;
        int skip = start % 16;
        ByteBuffer sealed = ByteBuffer.allocate(skip + length);
        try {
            while (sealed.hasRemaining()) {
                if (reader.read(sealed, block * 16 + sealed.position()) < 0) {
                    throw new IOException("the strings file ends early");
                }
            }
            byte[] plain = cipherAt(block, Cipher.DECRYPT_MODE).doFinal(sealed.array());
            return new String(plain, skip, length, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cipher set to the counter of the given 16-byte block. */
    private Cipher cipherAt(long block, int mode) {
        byte[] counter = new BigInteger(1, iv).add(BigInteger.valueOf(block)).toByteArray();
        byte[] sixteen = new byte[16];
        int from = Math.max(0, counter.length - 16);
        System.arraycopy(counter, from, sixteen, 16 - (counter.length - from), counter.length - from);
        try {
            cipher.init(mode, key, new IvParameterSpec(sixteen));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return cipher;
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
