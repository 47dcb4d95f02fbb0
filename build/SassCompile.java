import de.larsgrefer.sass.embedded.SassCompiler;
import de.larsgrefer.sass.embedded.SassCompilerFactory;
import com.sass_lang.embedded_protocol.OutputStyle;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compiles our GOV.UK Frontend build (own fonts and colours) with the Dart Sass bundled in a jar, offline. */
public class SassCompile {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SassCompile ENTRY.scss GOVUK_DIST_DIR OUTPUT.css");
            System.exit(2);
        }
        File entry = new File(args[0]);
        File govukDist = new File(args[1]);
        Path output = Path.of(args[2]);
        try (SassCompiler compiler = SassCompilerFactory.bundled()) {
            compiler.setLoadPaths(List.of(govukDist, entry.getParentFile()));
            compiler.setQuietDeps(true);
            compiler.setSilent(true);
            compiler.setOutputStyle(OutputStyle.COMPRESSED);
            String css = compiler.compileFile(entry).getCss();
            Files.createDirectories(output.getParent());
            Files.writeString(output, css);
            System.out.println("SassCompile: wrote " + output + " (" + css.length() + " chars)");
        }
    }
}
