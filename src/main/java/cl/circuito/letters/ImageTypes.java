package cl.circuito.letters;

/**
 * What an uploaded image is, by its first bytes: a browser declares a type from the file's name, and a
 * renamed file would otherwise reach the PDF renderer as an image it cannot draw.
 */
final class ImageTypes {

    /** Not an accepted image: {@link Letterhead#replaceLogo} refuses it. */
    static final String UNKNOWN = "application/octet-stream";

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ImageTypes() {
    }

    static String of(byte[] content) {
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
