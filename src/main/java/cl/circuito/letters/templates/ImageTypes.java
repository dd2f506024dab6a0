package cl.circuito.letters.templates;

import cl.circuito.shared.documents.FileSignatures;

/**
 * What an uploaded image is, by its first bytes: a browser declares a type from the file's name, and a
 * renamed file would otherwise reach the PDF renderer as an image it cannot draw.
 */
final class ImageTypes {

    /** Not an accepted image: {@link Letterhead#replaceLogo} refuses it. */
    static final String UNKNOWN = "application/octet-stream";

    private ImageTypes() {
    }

    static String of(byte[] content) {
        String type = FileSignatures.typeOf(content);
        return FileSignatures.PNG.equals(type) || FileSignatures.JPEG.equals(type) ? type : UNKNOWN;
    }
}
