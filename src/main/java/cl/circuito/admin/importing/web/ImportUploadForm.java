package cl.circuito.admin.importing.web;

import cl.circuito.admin.importing.NetworkImportKind;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The sheet the page uploads and what it holds (the API takes the kind in its address, the file as a part). */
class ImportUploadForm {

    @NotNull
    private NetworkImportKind importKind;
    private MultipartFile file;

    String fileName() {
        return file == null ? null : file.getOriginalFilename();
    }

    byte[] content() {
        return bytes(file);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public NetworkImportKind getImportKind() {
        return importKind;
    }

    public void setImportKind(NetworkImportKind importKind) {
        this.importKind = importKind;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
