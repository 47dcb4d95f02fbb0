package org.socialvaluehub.web;

import java.util.Set;
import org.socialvaluehub.shared.PlainDates;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template, page, PDF or mail alike, {@code #when}: the one way dates and times are written
 * ({@code ${#when.day(o.deadline)}}, {@code ${#when.dateTime(e.occurredAt)}}; see {@link PlainDates}).
 */
@Component
class PlainDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "when";
    private static final When WHEN = new When();

    PlainDatesDialect() {
        super("plainDates");
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
                return NAME.equals(expressionObjectName) ? WHEN : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** The template's view of {@link PlainDates}. */
    public static final class When {

        public String day(Object when) {
            return PlainDates.day(when);
        }

        public String weekday(Object when) {
            return PlainDates.weekday(when);
        }

        public String month(Object when) {
            return PlainDates.month(when);
        }

        public String time(Object when) {
            return PlainDates.time(when);
        }

        public String dateTime(Object when) {
            return PlainDates.dateTime(when);
        }
    }
}
