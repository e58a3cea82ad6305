package org.ruraltalent.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import org.ruraltalent.common.PiiProtection;
import org.ruraltalent.common.ProblemException;
import org.ruraltalent.common.ProblemType;
import org.ruraltalent.common.Problems;
import org.ruraltalent.common.Uuid7;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Uploaded files, kept in the database until their job ends ({@code import_file} and its
 * {@code import_file_part}s), never held whole: the body is read a segment at a time
 * ({@code rural-talent.import.segment-size}), each segment sealed and written in a transaction of
 * its own as it arrives, and read back the same way. Each seal binds the job, the segment's number
 * and whether it is the last, so segments cannot be moved between jobs or places, nor the file cut
 * short, without the read failing.
 */
@ApplicationScoped
class ImportFiles {

    /** Segments written more than this long ago that no job owns were left by a copy that stopped mid-upload. */
    static final Duration UNOWNED_AFTER = Duration.ofHours(1);

    /**
     * A file received and stored, not yet owned by a job. As an argument it shows as its digest
     * only, so a retry of the same file with the same {@code Idempotency-Key} is the same request.
     */
    record Received(UUID id, long size, String sha256) {
        @JsonValue
        String fingerprint() {
            return "sha256:" + sha256;
        }
    }

    /** The stored file is not what was written (a segment missing, moved or altered): not the caller's fault. */
    static final class Damaged extends RuntimeException {
        Damaged(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    EntityManager em;
    @Inject
    PiiProtection pii;
    @Inject
    ImportConfig config;

    /**
     * Stores the body, segment by segment, under a new id; answers what was stored. An empty body
     * is a 400 and one larger than {@code rural-talent.import.max-file-size} a 413, and either way
     * nothing is kept. The body is read to its end, not closed: whoever opened it closes it.
     */
    Received receive(InputStream body) {
        UUID id = Uuid7.next();
        long max = config.maxFileSize().asLongValue();
        byte[] segment = new byte[Math.toIntExact(config.segmentSize().asLongValue())];
        MessageDigest digest = sha256();
        long size = 0;
        int part = 0;
        try {
            int carried = 0;
            while (true) {
                int filled = carried + body.readNBytes(segment, carried, segment.length - carried);
                // One byte ahead tells whether this segment is the last, so no empty segment ends the file.
                int next = filled < segment.length ? -1 : body.read();
                boolean last = next < 0;
                size += filled;
                if (size > max) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large", max / (1024 * 1024));
                }
                if (size == 0) {
                    throw Problems.invalidField("body", "NotEmpty", "import.empty");
                }
                digest.update(segment, 0, filled);
                write(id, part, last, pii.encryptBytes(segment, 0, filled, context(id, part, last)));
                part++;
                if (last) {
                    return new Received(id, size, HexFormat.of().formatHex(digest.digest()));
                }
                segment[0] = (byte) next;
                carried = 1;
            }
        } catch (IOException e) {
            discard(id);
            throw Problems.invalidField("body", "Unreadable", "import.unreadable");
        } catch (RuntimeException e) {
            discard(id);
            throw e;
        }
    }

    private void write(UUID id, int part, boolean last, byte[] sealed) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into import_file_part (job_id, part, last, content) values (:id, :part, :last, :content)""")
                .setParameter("id", id).setParameter("part", part).setParameter("last", last).setParameter("content", sealed)
                .executeUpdate());
    }

    /** Gives the received file to its job (made with the file's id), in the job's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void attach(UUID job, String contentType) {
        em.createNativeQuery("insert into import_file (job_id, content_type) values (:id, :type)")
                .setParameter("id", job).setParameter("type", contentType).executeUpdate();
    }

    /** The type of a job's file, or empty once the file is gone (the job ended or was abandoned). */
    @Transactional
    Optional<String> contentType(UUID job) {
        @SuppressWarnings("unchecked")
        List<String> types = em.createNativeQuery("select content_type from import_file where job_id = :id")
                .setParameter("id", job).getResultList();
        return types.stream().findFirst();
    }

    /**
     * The file as it was received, read a segment at a time; each is read in the transaction of
     * whoever reads (the import's own, while it runs), so reading takes no connection of its own.
     */
    InputStream open(UUID job) {
        return new Segments(job);
    }

    /** Deletes a job's file, in the job's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void delete(UUID job) {
        em.createNativeQuery("delete from import_file_part where job_id = :id").setParameter("id", job).executeUpdate();
        em.createNativeQuery("delete from import_file where job_id = :id").setParameter("id", job).executeUpdate();
    }

    /** Deletes a received file no job took (the request failed, or was answered from an earlier one). */
    void discard(Received file) {
        discard(file.id());
    }

    private void discard(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                delete from import_file_part where job_id = :id and not exists (select 1 from import_job j where j.id = :id)""")
                .setParameter("id", id).executeUpdate());
    }

    /** Deletes segments that no job owns and that are older than {@link #UNOWNED_AFTER}; answers how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int sweep() {
        return em.createNativeQuery("""
                delete from import_file_part p
                where p.created_at < now() - make_interval(secs => :secs)
                  and not exists (select 1 from import_job j where j.id = p.job_id)""")
                .setParameter("secs", (double) UNOWNED_AFTER.toSeconds()).executeUpdate();
    }

    /** What a segment's seal binds besides its bytes: its file, its place, and whether the file ends with it. */
    private static byte[] context(UUID id, int part, boolean last) {
        return ByteBuffer.allocate(16 + 4 + 1).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .putInt(part).put((byte) (last ? 1 : 0)).array();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored file's bytes, one opened segment held at a time. */
    private final class Segments extends InputStream {
        private final UUID job;
        private int next;
        private boolean ended;
        private byte[] current = new byte[0];
        private int at;

        Segments(UUID job) {
            this.job = job;
        }

        @Override
        public int read() {
            return available() > 0 || load() ? current[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (available() == 0 && !load()) {
                return -1;
            }
            int n = Math.min(length, available());
            System.arraycopy(current, at, into, offset, n);
            at += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - at;
        }

        /** Opens the next segment that holds anything; false at the end of the file. */
        private boolean load() {
            while (!ended) {
                Object[] row = segment(job, next);
                if (row == null) {
                    throw new Damaged("Import file " + job + " ends at segment " + next + " without its last one", null);
                }
                boolean last = (Boolean) row[0];
                try {
                    current = pii.decryptBytes((byte[]) row[1], context(job, next, last));
                } catch (IllegalStateException e) {
                    throw new Damaged("Import file " + job + ": segment " + next + " does not open as that segment", e);
                }
                at = 0;
                next++;
                ended = last;
                if (current.length > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private Object[] segment(UUID job, int part) {
        // Read without flushing the import's pending rows: they have nothing to do with this table.
        List<Object[]> rows = QuarkusTransaction.isActive()
                ? segmentQuery(job, part).getResultList()
                : QuarkusTransaction.requiringNew().call(() -> segmentQuery(job, part).getResultList());
        return rows.isEmpty() ? null : rows.get(0);
    }

    private jakarta.persistence.Query segmentQuery(UUID job, int part) {
        return em.createNativeQuery("select last, content from import_file_part where job_id = :id and part = :part")
                .setParameter("id", job).setParameter("part", part).setFlushMode(FlushModeType.COMMIT);
    }
}
