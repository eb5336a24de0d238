package org.inspectorate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.inspectorate.demo.DemoAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Resumable, checked uploads into PostgreSQL, and who may read them back. */
@ExtendWith(ArquillianExtension.class)
class FileUploadIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static byte[] pdf(int size) {
        return FileUploads.pdf(size);
    }

    private WebClient providerA() {
        return new WebClient(base).bearer(DemoAccounts.PROVIDER_A_API_KEY);
    }

    private HttpResponse<String> patch(String path, long offset, byte[] bytes, String key) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + key).header("Upload-Offset", String.valueOf(offset))
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private String declare(String name, String type, long size) {
        WebClient.Response r = providerA().postJson("/api/v1/files",
                "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"size\":" + size + "}");
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    @Test
    void aLargeFileArrivesInPartsResumesAndIsChecked() throws Exception {
        byte[] file = pdf(2_600_000);
        String id = declare("inspection evidence.pdf", "application/pdf", file.length);
        String key = DemoAccounts.PROVIDER_A_API_KEY;

        assertEquals(200, patch("/api/v1/files/" + id, 0, Arrays.copyOfRange(file, 0, 1_000_000), key).statusCode());
        WebClient.Response head = providerA().send("HEAD", "/api/v1/files/" + id, null, null);
        assertEquals("1000000", head.header("Upload-Offset"), "after a break the client learns where to resume");
        HttpResponse<String> wrong = patch("/api/v1/files/" + id, 5, new byte[10], key);
        assertEquals(400, wrong.statusCode(), wrong.body());
        HttpResponse<String> rest = patch("/api/v1/files/" + id, 1_000_000,
                Arrays.copyOfRange(file, 1_000_000, file.length), key);
        assertEquals(200, rest.statusCode(), rest.body());

        JsonObject info = providerA().get("/api/v1/files/" + id).json();
        assertEquals("STORED", info.getString("status"));
        assertEquals("application/pdf", info.getString("type"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)),
                info.getString("sha256"));
        HttpResponse<byte[]> content = http.send(HttpRequest.newBuilder(URI.create(
                base.toString().replaceAll("/$", "") + "/api/v1/files/" + id + "/content"))
                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, content.statusCode());
        assertTrue(Arrays.equals(file, content.body()));
    }

    @Test
    void contentThatIsNotWhatItClaimsIsRejected() throws Exception {
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String id = declare("report.pdf", "application/pdf", png.length);
        HttpResponse<String> r = patch("/api/v1/files/" + id, 0, png, DemoAccounts.PROVIDER_A_API_KEY);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("does not match"), r.body());
        assertEquals("REJECTED", providerA().get("/api/v1/files/" + id).json().getString("status"));
    }

    /** Uploads the bytes under that name and type in one part; the file's record afterwards. */
    private JsonObject uploaded(String name, String type, byte[] bytes) throws Exception {
        String id = declare(name, type, bytes.length);
        patch("/api/v1/files/" + id, 0, bytes, DemoAccounts.PROVIDER_A_API_KEY);
        return providerA().get("/api/v1/files/" + id).json();
    }

    private static byte[] zip(java.util.Map<String, byte[]> entries, int zeroMegabytes) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                for (int i = 0; i < zeroMegabytes && e.getKey().equals("word/document.xml"); i++) {
                    z.write(new byte[1024 * 1024]);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * The type comes from the content alone: random bytes named .pdf, a ZIP bomb and a ZIP of a program and a
     * script named .docx are refused; a real Word package passes; stored names keep no folders or hidden marks.
     */
    @Test
    void disguisedFilesAreRefusedAndNamesAreMadeSafe() throws Exception {
        byte[] random = new byte[5000];
        new java.util.Random(7).nextBytes(random);
        random[0] = 1;
        assertEquals("REJECTED", uploaded("scan.pdf", "application/pdf", random).getString("status"));
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        java.util.Map<String, byte[]> word = new java.util.LinkedHashMap<>();
        word.put("[Content_Types].xml", "<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        word.put("word/document.xml", "<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] bomb = zip(word, 200);
        assertTrue(bomb.length < 400_000, "a small file: " + bomb.length);
        assertEquals("REJECTED", uploaded("minutes.docx", docx, bomb).getString("status"), "a ZIP bomb");
        java.util.Map<String, byte[]> programs = new java.util.LinkedHashMap<>(word);
        programs.put("setup.exe", new byte[] {'M', 'Z', 0, 0});
        programs.put("run.sh", "#!/bin/sh\necho".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("REJECTED", uploaded("policy.docx", docx, zip(programs, 0)).getString("status"));

        JsonObject real = uploaded("../../../../etc/passwd\u202Excod.docx", docx, zip(word, 0));
        assertEquals("STORED", real.getString("status"), real.toString());
        assertEquals(docx, real.getString("type"));
        assertEquals("passwdxcod.docx", real.getString("name"), "no folders, no right-to-left override");
    }

    /** A body shorter than its Content-Length does not hold the connection: the server gives up on it. */
    @Test
    void aRequestThatStopsSendingIsCutOff() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            String head = "POST " + base.getPath().replaceAll("/$", "") + "/api/v1/files HTTP/1.1\r\nHost: "
                    + base.getAuthority() + "\r\nAuthorization: Bearer " + DemoAccounts.PROVIDER_A_API_KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"name\":";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int n;
            StringBuilder answer = new StringBuilder();
            while ((n = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.US_ASCII));
            }
            assertTrue(answer.isEmpty() || answer.toString().startsWith("HTTP/1.1 4"),
                    "closed, or answered with an error: " + answer);
        }
    }

    @Test
    void badDeclarationsAreRefusedWithAReason() {
        WebClient.Response big = providerA().postJson("/api/v1/files",
                "{\"name\":\"a.pdf\",\"type\":\"application/pdf\",\"size\":999999999}");
        assertEquals(400, big.status());
        assertTrue(big.body().contains("smaller than"));
        WebClient.Response exe = providerA().postJson("/api/v1/files",
                "{\"name\":\"a.exe\",\"type\":\"application/x-msdownload\",\"size\":10}");
        assertEquals(400, exe.status());
        assertEquals(400, providerA().postJson("/api/v1/files", "{}").status());
    }

    @Test
    void onlyTheOrganisationAndStaffCanReadAFile() throws Exception {
        byte[] file = pdf(2000);
        String id = declare("mine.pdf", "application/pdf", file.length);
        patch("/api/v1/files/" + id, 0, file, DemoAccounts.PROVIDER_A_API_KEY);
        assertEquals(404, new WebClient(base).bearer(DemoAccounts.PROVIDER_B_API_KEY).get("/api/v1/files/" + id)
                .status());
        assertEquals(200, new WebClient(base).basicAuth(DemoUsers.INSPECTOR, DemoUsers.PASSWORD)
                .get("/api/v1/files/" + id).status());
        assertEquals(401, new WebClient(base).get("/api/v1/files/" + id).status());
        JsonObject refused = new WebClient(base).basicAuth(DemoUsers.ADMIN, DemoUsers.PASSWORD)
                .get("/api/v1/staff/audit?action=ACCESS_REFUSED&entityId=" + id).json();
        assertEquals(1, refused.getInt("total"));
    }
}
