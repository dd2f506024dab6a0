package cl.circuito.shared.text;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Set;

/**
 * {@link ChileanDates} in every template as {@code #chileanDates} ({@code ${#chileanDates.day(entry.receivedOn)}}):
 * an expression object, not a bean reference, so that it also works where Thymeleaf restricts expressions (inside
 * {@code th:attr}) and in templates rendered outside a web request (PDFs, e-mails). Spring Boot adds every dialect
 * bean to the template engine.
 */
@Component
class ChileanDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "chileanDates";
    private static final ChileanDates DATES = new ChileanDates();

    ChileanDatesDialect() {
        super("Chilean dates");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return DATES;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
