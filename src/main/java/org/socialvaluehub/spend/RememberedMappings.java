package org.socialvaluehub.spend;

import java.util.Optional;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.imports.MappingText;
import org.socialvaluehub.spend.imports.UploadRepository;
import org.springframework.stereotype.Service;

/** The column mapping a buyer last confirmed in the browser, which later imports reuse (the command line too). */
@Service
public class RememberedMappings {

    private final UploadRepository uploads;

    RememberedMappings(UploadRepository uploads) {
        this.uploads = uploads;
    }

    public Optional<ColumnMapping> of(long buyerId) {
        return uploads.rememberedMapping(buyerId).map(MappingText::parse);
    }

    /** The mapping as stored, {@code date=4,amount=9,supplierName=6}, for people to read. */
    public static String describe(ColumnMapping mapping) {
        return MappingText.format(mapping);
    }
}
