package cl.circuito.waitinglist.entry;

import cl.circuito.shared.documents.FileSignatures;
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

    /** PDF, PNG or JPEG by content; null for anything else, a zip included. */
    private static String sniff(byte[] bytes) {
        String type = FileSignatures.typeOf(bytes);
        return FileSignatures.ZIP.equals(type) ? null : type;
    }

    private static String cleanName(String name) {
        return FileSignatures.safeName(name, "adjunto");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
