package org.socialvaluehub.resources.journey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.resources.core.Stage;

/** A self-assessment question as a coordinator edits it: its wording and each option with its stage. */
public class QuestionForm {

    @NotBlank(message = "{journey.edit.text.missing}")
    @Size(max = 500, message = "{journey.edit.text.tooLong}")
    private String text;

    @Valid
    private List<OptionForm> options = new ArrayList<>();

    static QuestionForm of(Questionnaire.Item question) {
        QuestionForm form = new QuestionForm();
        form.text = question.text();
        question.options().forEach(o -> form.options.add(new OptionForm(o.id(), o.text(), o.stage())));
        return form;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<OptionForm> getOptions() {
        return options;
    }

    public void setOptions(List<OptionForm> options) {
        this.options = options;
    }

    /** One answer option's wording and the stage it shows. */
    public static class OptionForm {
        private long id;

        @NotBlank(message = "{journey.edit.option.missing}")
        @Size(max = 500, message = "{journey.edit.text.tooLong}")
        private String text;

        @NotNull(message = "{journey.edit.stage.missing}")
        private Stage stage;

        public OptionForm() {}

        OptionForm(long id, String text, Stage stage) {
            this.id = id;
            this.text = text;
            this.stage = stage;
        }

        public long getId() {
            return id;
        }

        public void setId(long id) {
            this.id = id;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Stage getStage() {
            return stage;
        }

        public void setStage(Stage stage) {
            this.stage = stage;
        }
    }
}
