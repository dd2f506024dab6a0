package cl.circuito.shared.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * Files sent to the browser (PDFs, spreadsheets, CSV): named so accents survive (RFC 6266 filename*),
 * never cached by a shared machine's browser, since they hold children's data.
 */
public final class Downloads {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Downloads() {
    }

    /** As an attachment (saved). */
    public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] content) {
        return response(ContentDisposition.attachment(), fileName, type, content);
    }

    /** Shown in the browser (a PDF opened in a tab). */
    public static ResponseEntity<byte[]> inline(String fileName, MediaType type, byte[] content) {
        return response(ContentDisposition.inline(), fileName, type, content);
    }

    private static ResponseEntity<byte[]> response(ContentDisposition.Builder disposition, String fileName,
                                                   MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(type)
                .contentLength(content.length)
                .body(content);
    }
}
