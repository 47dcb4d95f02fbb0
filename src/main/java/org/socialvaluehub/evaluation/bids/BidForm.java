package org.socialvaluehub.evaluation.bids;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.socialvaluehub.shared.LongText;

/** A bid's price and answers (by question id) as the supplier writes them. */
public class BidForm {

    @DecimalMin(value = "0", inclusive = false, message = "{evaluation.bid.price.invalid}")
    @DecimalMax(value = "99999999999999.99", message = "{evaluation.bid.price.tooLarge}")
    private BigDecimal price;

    private Map<String, @LongText String> answers = new HashMap<>();

    static BidForm of(Bid bid) {
        BidForm form = new BidForm();
        form.price = bid.price();
        bid.answers().forEach((question, answer) -> form.answers.put(String.valueOf(question), answer));
        return form;
    }

    /** The answers by question id; a key that is no id becomes -1, which no question has, so it is refused. */
    Map<Long, String> answersByQuestion() {
        Map<Long, String> byQuestion = new HashMap<>();
        answers.forEach((key, answer) -> {
            if (key.matches("\\d{1,18}")) {
                byQuestion.put(Long.parseLong(key), answer);
            } else {
                byQuestion.put(-1L, answer);
            }
        });
        return byQuestion;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }
}
