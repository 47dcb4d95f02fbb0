package org.socialvaluehub.organisations.credentials;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** A credential as its organisation claims it: kind, level, evidence (file or link) and expiry date. */
class CredentialForm {

    @NotBlank(message = "{credential.type.missing}")
    private String typeCode;

    private String level;

    @Size(max = 500, message = "{credential.link.invalid}")
    @Pattern(regexp = "^$|^https?://[^\\s]+\\.[^\\s]+$", message = "{credential.link.invalid}")
    private String evidenceLink;

    private MultipartFile evidenceFile;
    private String expiresOn;

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public void setEvidenceLink(String evidenceLink) {
        this.evidenceLink = evidenceLink == null ? null : evidenceLink.strip();
    }

    public MultipartFile getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(MultipartFile evidenceFile) {
        this.evidenceFile = evidenceFile;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }
}
