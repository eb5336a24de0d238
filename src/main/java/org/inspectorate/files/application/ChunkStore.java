package org.inspectorate.files.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The bytes of stored files, in chunks of at most {@link #CHUNK_BYTES}, written and read with plain JDBC so
 * that no more than one chunk is ever in memory. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ChunkStore {

    static final int CHUNK_BYTES = 1024 * 1024;

    @Resource(lookup = "jdbc/appDS")
    DataSource dataSource;

    /** Appends exactly {@code length} bytes from {@code in}; returns how many were read (less if it ended early). */
    long append(UUID file, InputStream in, long length) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement next = c.prepareStatement(
                        "select coalesce(max(seq), -1) + 1 from stored_file_chunk where file_id = ?");
                PreparedStatement insert = c.prepareStatement(
                        "insert into stored_file_chunk (file_id, seq, data) values (?, ?, ?)")) {
            next.setObject(1, file);
            int seq;
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                seq = rs.getInt(1);
            }
            long total = 0;
            byte[] buffer = new byte[CHUNK_BYTES];
            while (total < length) {
                int want = (int) Math.min(CHUNK_BYTES, length - total);
                int got = in.readNBytes(buffer, 0, want);
                if (got <= 0) {
                    break;
                }
                insert.setObject(1, file);
                insert.setInt(2, seq++);
                insert.setBytes(3, got == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, got));
                insert.executeUpdate();
                total += got;
                if (got < want) {
                    break;
                }
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store file chunk", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload was interrupted", e);
        }
    }

    /** Feeds every chunk, in order, to the consumer. */
    void read(UUID file, ChunkConsumer consumer) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement count = c.prepareStatement(
                        "select count(*) from stored_file_chunk where file_id = ?");
                PreparedStatement one = c.prepareStatement(
                        "select data from stored_file_chunk where file_id = ? and seq = ?")) {
            count.setObject(1, file);
            int chunks;
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                chunks = rs.getInt(1);
            }
            for (int seq = 0; seq < chunks; seq++) {
                one.setObject(1, file);
                one.setInt(2, seq);
                try (ResultSet rs = one.executeQuery()) {
                    if (rs.next()) {
                        consumer.accept(rs.getBytes(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read stored file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file's bytes as a stream, one chunk in memory at a time, fetched as they are read (for checks that must
     * pull, such as reading a ZIP). Close it to give back its connection.
     */
    InputStream stream(UUID file) {
        return new InputStream() {
            private Connection connection;
            private PreparedStatement one;
            private int seq;
            private byte[] current = new byte[0];
            private int pos;
            private boolean ended;

            private boolean fill() throws IOException {
                while (!ended && pos >= current.length) {
                    try {
                        if (connection == null) {
                            connection = dataSource.getConnection();
                            one = connection.prepareStatement(
                                    "select data from stored_file_chunk where file_id = ? and seq = ?");
                        }
                        one.setObject(1, file);
                        one.setInt(2, seq++);
                        try (ResultSet rs = one.executeQuery()) {
                            if (rs.next()) {
                                current = rs.getBytes(1);
                                pos = 0;
                            } else {
                                ended = true;
                            }
                        }
                    } catch (SQLException e) {
                        throw new IOException("Could not read stored file", e);
                    }
                }
                return !ended;
            }

            @Override
            public int read() throws IOException {
                return fill() ? current[pos++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                try {
                    if (one != null) {
                        one.close();
                    }
                    if (connection != null) {
                        connection.close();
                    }
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            }
        };
    }

    void delete(UUID file) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("delete from stored_file_chunk where file_id = ?")) {
            delete.setObject(1, file);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete file chunks", e);
        }
    }

    @FunctionalInterface
    interface ChunkConsumer {
        void accept(byte[] chunk) throws IOException;
    }
}
