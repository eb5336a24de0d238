package org.inspectorate.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Uploads a small PDF through the files API, as an API client would before attaching it. */
final class FileUploads {

    private FileUploads() {
    }

    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        System.arraycopy(head, 0, body, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tail, 0, body, size - tail.length, tail.length);
        return body;
    }

    static String upload(URL base, String key, String name) throws Exception {
        byte[] file = pdf(4000);
        WebClient.Response declared = new WebClient(base).bearer(key).postJson("/api/v1/files",
                "{\"name\":\"" + name + "\",\"type\":\"application/pdf\",\"size\":" + file.length + "}");
        String id = declared.json().getString("id");
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/files/" + id))
                        .header("Authorization", "Bearer " + key).header("Upload-Offset", "0")
                        .header("Content-Type", "application/offset+octet-stream")
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("upload failed: " + r.body());
        }
        return id;
    }
}
