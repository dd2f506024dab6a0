package cl.circuito.letters.templates.web;

import cl.circuito.letters.templates.Letterhead;
import cl.circuito.letters.templates.LetterheadAdministration;
import cl.circuito.letters.templates.LetterheadView;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * An institution's letterhead: the logo (shown here from an administrator-only address, never a public one),
 * the lines under it and at the foot, and a sample letter on it as PDF.
 */
@Controller
class LetterheadController {

    private static final String PAGE = "lettertemplates/letterhead";
    private static final String LINES_FORM = "letterheadForm";
    private static final String LOGO_FORM = "logoForm";

    private final CurrentActor currentActor;
    private final LetterheadAdministration administration;
    private final Messages messages;
    private final Clock clock;

    LetterheadController(CurrentActor currentActor, LetterheadAdministration administration, Messages messages,
                         Clock clock) {
        this.currentActor = currentActor;
        this.administration = administration;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/institutions/{institutionId}/letterhead")
    String show(@PathVariable UUID institutionId, Model model) {
        return page(institutionId, null, null, model);
    }

    @PostMapping("/admin/institutions/{institutionId}/letterhead")
    String describe(@PathVariable UUID institutionId, @ModelAttribute(LINES_FORM) TemplateForms.LetterheadForm form,
                    BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return run(result, response).redirect(redirect, url(institutionId), () -> {
            administration.describe(currentActor.get(), institutionId, form.getVersion(), form.getHeaderLines(),
                    form.getFooterLines());
            return messages.get("lettertemplates.letterhead.saved");
        }, () -> page(institutionId, form, null, model));
    }

    @PostMapping("/admin/institutions/{institutionId}/letterhead/logo")
    String replaceLogo(@PathVariable UUID institutionId, @ModelAttribute(LOGO_FORM) TemplateForms.LogoForm form,
                       BindingResult result, @RequestParam(name = "logo", required = false) MultipartFile logo,
                       Model model, RedirectAttributes redirect, HttpServletResponse response) {
        // The page says every error of this form at the logo, its one input (letterhead.html).
        return run(result, response).redirect(redirect, url(institutionId), () -> {
            administration.replaceLogo(currentActor.get(), institutionId, form.getVersion(),
                    logo == null ? null : logo.getOriginalFilename(), bytes(logo));
            return messages.get("lettertemplates.logo.saved");
        }, () -> page(institutionId, null, result, model));
    }

    @PostMapping("/admin/institutions/{institutionId}/letterhead/logo/remove")
    String removeLogo(@PathVariable UUID institutionId, @RequestParam(required = false) Long version,
                      RedirectAttributes redirect) {
        administration.removeLogo(currentActor.get(), institutionId, version);
        redirect.addFlashAttribute("success", messages.get("lettertemplates.logo.removed"));
        return redirectTo(institutionId);
    }

    /** The logo for the administrator's page: never cached, never sniffed as anything but the image it is. */
    @GetMapping("/admin/institutions/{institutionId}/letterhead/logo")
    ResponseEntity<byte[]> logo(@PathVariable UUID institutionId) {
        LetterheadAdministration.Logo logo = administration.logo(currentActor.get(), institutionId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(logo.content());
    }

    @GetMapping("/admin/institutions/{institutionId}/letterhead/preview.pdf")
    ResponseEntity<byte[]> preview(@PathVariable UUID institutionId,
                                   @RequestParam(defaultValue = "A4") PaperSize paper) {
        byte[] pdf = administration.previewPdf(currentActor.get(), institutionId, paper);
        return Downloads.inline(messages.get("lettertemplates.letterhead.fileName"), Downloads.PDF, pdf);
    }

    /**
     * A file over the server's upload limit never reaches the service: say so next to the logo field, on the
     * page, like any other refused logo.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        UUID institutionId = UUID.fromString(variables.get("institutionId"));
        BindingResult result = new BeanPropertyBindingResult(new TemplateForms.LogoForm(), LOGO_FORM);
        result.reject("letters.error.logo.tooLarge", new Object[]{Letterhead.MAX_LOGO_BYTES / 1024}, null);
        ModelAndView mav = new ModelAndView(PAGE);
        page(institutionId, null, result, mav.getModelMap());
        mav.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        return mav;
    }

    private String page(UUID institutionId, TemplateForms.LetterheadForm typed, BindingResult logoErrors,
                        Map<String, Object> model) {
        LetterheadView view = administration.letterhead(currentActor.get(), institutionId);
        model.put("view", view);
        model.put("zone", clock.getZone());
        model.put("papers", PaperSize.values());
        model.put("maxLogoKb", Letterhead.MAX_LOGO_BYTES / 1024);
        if (typed == null) {
            model.put(LINES_FORM, TemplateForms.LetterheadForm.of(view));
        }
        TemplateForms.LogoForm logoForm = new TemplateForms.LogoForm();
        logoForm.setVersion(view.version());
        model.put(LOGO_FORM, logoForm);
        if (logoErrors != null) {
            BindingResult result = new BeanPropertyBindingResult(logoForm, LOGO_FORM);
            result.addAllErrors(logoErrors);
            model.put(BindingResult.MODEL_KEY_PREFIX + LOGO_FORM, result);
        }
        return PAGE;
    }

    private String page(UUID institutionId, TemplateForms.LetterheadForm typed, BindingResult logoErrors, Model model) {
        return page(institutionId, typed, logoErrors, model.asMap());
    }

    /** A malformed version answers 422, as the missing one it becomes always did. */
    private static FormSubmit run(BindingResult result, HttpServletResponse response) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private static String redirectTo(UUID institutionId) {
        return "redirect:" + url(institutionId);
    }

    private static String url(UUID institutionId) {
        return "/admin/institutions/" + institutionId + "/letterhead";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
