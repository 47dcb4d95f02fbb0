package org.socialvaluehub.resources.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.shared.Title;

/** A resource as a coordinator edits it: address, kind, words in Markdown, tags and case study facts. */
public class ResourceForm {

    @NotBlank(message = "{resources.slug.missing}")
    @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$", message = "{resources.slug.invalid}")
    @Size(max = 100, message = "{resources.slug.invalid}")
    private String slug;

    @NotNull(message = "{resources.kind.missing}")
    private ResourceKind kind;

    @NotBlank(message = "{resources.title.missing}")
    @Title
    private String title;

    @Size(max = 500, message = "{resources.summary.tooLong}")
    private String summary = "";

    @Size(max = 100_000, message = "{resources.body.tooLong}")
    private String body = "";

    private List<String> roles = new ArrayList<>();
    private List<String> stages = new ArrayList<>();
    private List<String> themes = new ArrayList<>();

    @Valid
    private CaseFactsForm facts = new CaseFactsForm();

    static ResourceForm of(ResourceDraft draft) {
        ResourceForm form = new ResourceForm();
        ResourceContent c = draft.content();
        form.slug = draft.slug();
        form.kind = draft.kind();
        form.title = c.title();
        form.summary = c.summary();
        form.body = c.body();
        form.roles = new ArrayList<>(c.roles());
        form.stages = new ArrayList<>(c.stages());
        form.themes = new ArrayList<>(c.themes());
        form.facts = CaseFactsForm.of(c.facts());
        return form;
    }

    ResourceContent toContent() {
        return new ResourceContent(
                title.strip(),
                summary == null ? "" : summary.strip(),
                body == null ? "" : body,
                Tags.only(roles, Tags.ROLES),
                Tags.only(stages, Tags.STAGES),
                Tags.only(themes, Tags.THEMES),
                kind == ResourceKind.CASE_STUDY ? facts.toFacts() : CaseFacts.NONE);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null ? null : slug.strip();
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getStages() {
        return stages;
    }

    public void setStages(List<String> stages) {
        this.stages = stages;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public CaseFactsForm getFacts() {
        return facts;
    }

    public void setFacts(CaseFactsForm facts) {
        this.facts = facts;
    }
}
