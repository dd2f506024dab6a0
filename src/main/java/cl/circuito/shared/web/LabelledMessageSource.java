package cl.circuito.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The application's messages (the bundles of {@code spring.messages.basename}), with one addition: a field's label
 * is found for a nested field too. Spring names the label of a field by its full path
 * ({@code lines[2].memberId}); a bundle cannot list every index, so after the codes Spring asks for, this also
 * tries the path without indexes ({@code lines.memberId}) and its last part ({@code memberId}). Without it the
 * message would fall back to showing the path itself to the user.
 */
@Configuration(proxyBeanMethods = false)
class LabelledMessageSource {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames,
                                @Value("${spring.messages.encoding:UTF-8}") String encoding) {
        Source source = new Source();
        source.setBasenames(basenames);
        source.setDefaultEncoding(encoding);
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static final class Source extends ResourceBundleMessageSource {

        /** The label is an argument of the error's message: expand its codes before it is looked up. */
        @Override
        protected Object[] resolveArguments(Object[] args, Locale locale) {
            if (args == null) {
                return super.resolveArguments(null, locale);
            }
            Object[] expanded = args.clone();
            for (int i = 0; i < expanded.length; i++) {
                if (expanded[i] instanceof MessageSourceResolvable label) {
                    expanded[i] = withPlainCodes(label);
                }
            }
            return super.resolveArguments(expanded, locale);
        }

        private static MessageSourceResolvable withPlainCodes(MessageSourceResolvable resolvable) {
            String[] codes = resolvable.getCodes();
            if (codes == null || Arrays.stream(codes).noneMatch(c -> c.indexOf('[') >= 0)) {
                return resolvable;
            }
            Set<String> expanded = new LinkedHashSet<>(Arrays.asList(codes));
            for (String code : codes) {
                String plain = code.replaceAll("\\[[^]]*]", "");
                expanded.add(plain);
                expanded.add(plain.substring(plain.lastIndexOf('.') + 1));
            }
            return new DefaultMessageSourceResolvable(expanded.toArray(String[]::new), resolvable.getArguments(),
                    resolvable.getDefaultMessage());
        }
    }
}
