package cl.circuito.shared.documents;

/**
 * What an uploaded file is, by its first bytes — a browser declares a type from the name, and a renamed file
 * must not pass for a PDF or an image — and a name safe to show or send back in a header.
 */
public final class FileSignatures {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    /** A zip archive: what DOCX and ODT files are underneath; their names and entries tell them apart. */
    public static final String ZIP = "application/zip";

    private FileSignatures() {
    }

    /** PDF, PNG, JPEG or ZIP by the file's signature; null for anything else (or nothing). */
    public static String typeOf(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return PDF;
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return ZIP;
        }
        return null;
    }

    /**
     * The name without its path, control characters or characters a file system or a header would choke on;
     * {@code fallback} when nothing is left, at most 200 characters (its end, where the extension is).
     */
    public static String safeName(String name, String fallback) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").trim();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return fallback;
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
