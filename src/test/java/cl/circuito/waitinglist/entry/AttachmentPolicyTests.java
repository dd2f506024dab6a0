package cl.circuito.waitinglist.entry;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentPolicyTests {

    private final AttachmentPolicy policy = new AttachmentPolicy(1024);

    @Test
    void acceptsPdfPngAndJpegByTheirContentNotTheirName() {
        assertThat(policy.check(new IncomingFile("resolucion.pdf", "application/pdf", "%PDF-1.7 x".getBytes()))
                .contentType()).isEqualTo("application/pdf");
        assertThat(policy.check(new IncomingFile("foto", "application/octet-stream",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contentType()).isEqualTo("image/png");
        assertThat(policy.check(new IncomingFile("scan.jpg", "image/jpeg",
                new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesOtherContentEvenWhenNamedPdf() {
        assertThatThrownBy(() -> policy.check(new IncomingFile("virus.pdf", "application/pdf",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(EntryRuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("attachments");
                    assertThat(e.messageKey()).isEqualTo("error.attachment.type");
                });
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertThatThrownBy(() -> policy.check(new IncomingFile("a.pdf", null, new byte[0])))
                .hasMessage("error.attachment.empty");
        byte[] big = new byte[2048];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        assertThatThrownBy(() -> policy.check(new IncomingFile("a.pdf", null, big)))
                .hasMessage("error.attachment.tooLarge");
    }
}
