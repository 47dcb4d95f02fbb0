package org.socialvaluehub.organisations;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The further details of an organisation's profile on {@link ProfileForm}: other trading names, a mutual's society
 * number, its SIC code and the shares of its spend and wages that stay local.
 */
abstract class ProfileDetailsFields {

    @Size(max = 1000, message = "{organisation.tradingNames.tooLong}")
    private String tradingNames;

    private String mutualNumber;
    private String sicCode;
    private String localSpendShare;
    private String localWageShare;

    /** Shows the details as the organisation's people would type them. */
    void showDetails(ProfileDetails d) {
        tradingNames = String.join("\n", d.tradingNames());
        mutualNumber = d.mutualNumber();
        sicCode = d.sicCode();
        localSpendShare =
                d.localSpendShare() == null ? null : d.localSpendShare().toString();
        localWageShare = d.localWageShare() == null ? null : d.localWageShare().toString();
    }

    /** The trading names, one a line, without blanks or repeats. */
    List<String> tradingNameList() {
        return tradingNames == null
                ? List.of()
                : tradingNames
                        .lines()
                        .map(String::strip)
                        .filter(n -> !n.isEmpty())
                        .distinct()
                        .toList();
    }

    public String getTradingNames() {
        return tradingNames;
    }

    public void setTradingNames(String tradingNames) {
        this.tradingNames = tradingNames;
    }

    public String getMutualNumber() {
        return mutualNumber;
    }

    public void setMutualNumber(String mutualNumber) {
        this.mutualNumber = mutualNumber;
    }

    public String getSicCode() {
        return sicCode;
    }

    public void setSicCode(String sicCode) {
        this.sicCode = sicCode;
    }

    public String getLocalSpendShare() {
        return localSpendShare;
    }

    public void setLocalSpendShare(String localSpendShare) {
        this.localSpendShare = localSpendShare;
    }

    public String getLocalWageShare() {
        return localWageShare;
    }

    public void setLocalWageShare(String localWageShare) {
        this.localWageShare = localWageShare;
    }
}
