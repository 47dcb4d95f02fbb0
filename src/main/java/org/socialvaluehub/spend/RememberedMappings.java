package org.socialvaluehub.spend;

import java.nio.file.Path;
import java.util.Optional;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.SpendFile;
import org.socialvaluehub.spend.core.SpendFileException;
import org.socialvaluehub.spend.core.SpendFileReader;
import org.socialvaluehub.spend.imports.MappingText;
import org.socialvaluehub.spend.imports.UploadRepository;
import org.springframework.stereotype.Service;

/**
 * The column mappings a buyer confirmed in the browser, one per set of headings, which later imports of files with
 * the same headings reuse (the command line too).
 */
@Service
public class RememberedMappings {

    private final UploadRepository uploads;

    RememberedMappings(UploadRepository uploads) {
        this.uploads = uploads;
    }

    /** The mapping confirmed for files with the file's headings; empty for files headed otherwise. */
    public Optional<ColumnMapping> of(long buyerId, Path file) throws SpendFileException {
        return uploads.rememberedMapping(buyerId, headingSet(file)).map(MappingText::parse);
    }

    /** The file's headings as remembered mappings are kept by. */
    public static String headingSet(Path file) throws SpendFileException {
        try (SpendFile spend = new SpendFileReader().open(file, null)) {
            return spend.layout().headingSet();
        }
    }

    /** The mapping as stored, {@code date=4,amount=9,supplierName=6}, for people to read. */
    public static String describe(ColumnMapping mapping) {
        return MappingText.format(mapping);
    }
}
