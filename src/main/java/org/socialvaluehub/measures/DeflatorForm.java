package org.socialvaluehub.measures;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialvaluehub.measures.core.DeflatorSeries;

/** A deflator series as edited: its source and its rows, one {@code year,index} a line. */
class DeflatorForm {

    private String sourceName;
    private String sourceUrl;
    private String rows;

    static DeflatorForm of(DeflatorSeries series) {
        DeflatorForm form = new DeflatorForm();
        form.sourceName = series.sourceName();
        form.sourceUrl = series.sourceUrl();
        form.rows = series.indexByYear().entrySet().stream()
                .map((Map.Entry<Integer, BigDecimal> e) ->
                        e.getKey() + "," + e.getValue().toPlainString())
                .collect(Collectors.joining("\n"));
        return form;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getRows() {
        return rows;
    }

    public void setRows(String rows) {
        this.rows = rows;
    }
}
