package cl.circuito.waitinglist;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Accepts the court's resolution as PDF or image, within a size limit. The type is decided from the
 * file's first bytes, not from its name or the browser's claim, and the name is cleaned of paths and
 * control characters before it is ever shown or sent back in a header.
 */
@Component
class AttachmentPolicy {

    private final long maxBytes;

    AttachmentPolicy(@Value("${circuito.attachments.max-bytes}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    record Checked(String fileName, String contentType, byte[] bytes, String sha256) {
    }

    Checked check(IncomingFile file) {
        if (file.bytes() == null || file.bytes().length == 0) {
            throw EntryRuleViolation.invalid("attachments", "error.attachment.empty");
        }
        if (file.bytes().length > maxBytes) {
            throw EntryRuleViolation.invalid("attachments", "error.attachment.tooLarge");
        }
        String type = sniff(file.bytes());
        if (type == null) {
            throw EntryRuleViolation.invalid("attachments", "error.attachment.type", cleanName(file.fileName()));
        }
        return new Checked(cleanName(file.fileName()), type, file.bytes(), sha256(file.bytes()));
    }

    static String sniff(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").trim();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            base = "adjunto";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
