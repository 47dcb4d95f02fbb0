package org.socialvaluehub.spend.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes minimal XLSX workbooks by hand for tests, including hostile ones. */
public final class XlsxFixtures {

    private XlsxFixtures() {}

    /** A workbook whose sheet declares an external entity that points at a file on the server (XXE). */
    public static Path withExternalEntity(Path file) throws IOException {
        return workbook(
                file,
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                row(1, "Date", "Supplier", "Amount")
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
    }

    /** A workbook whose one sheet holds the given {@code <row>} elements. */
    static Path workbook(Path file, String rows) throws IOException {
        return workbook(file, "", rows);
    }

    private static Path workbook(Path file, String doctype, String rows) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            part(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml"
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml"
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>""");
            part(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1"
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
                    Target="xl/workbook.xml"/>
                </Relationships>""");
            part(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="Spend" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            part(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1"
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
                    Target="worksheets/sheet1.xml"/>
                </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(
                    zip,
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<worksheet xmlns=\""
                            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows);
            write(zip, "</sheetData></worksheet>");
        }
        return file;
    }

    /** A workbook with a sheet part that unpacks to {@code megabytes} of padding: a small file, a huge load. */
    static Path bomb(Path file, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] padding = new byte[1024 * 1024];
            Arrays.fill(padding, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(padding);
            }
        }
        return file;
    }

    /** The workbook with every part's declared unpacked size in the central directory rewritten to 100 bytes. */
    static Path lyingAboutSizes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (zip.getInt(i) == 0x02014b50) { // central directory header; its unpacked size is at offset 24
                zip.putInt(i + 24, 100);
            }
        }
        return Files.write(file, bytes);
    }

    static String row(int number, String... cells) {
        StringBuilder xml = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < cells.length; i++) {
            String ref = (char) ('A' + i) + String.valueOf(number);
            String cell = cells[i];
            if (cell.startsWith("=")) {
                xml.append("<c r=\"")
                        .append(ref)
                        .append("\" t=\"str\"><f>")
                        .append(escape(cell.substring(1)))
                        .append("</f><v>cached</v></c>");
            } else if (cell.matches("-?[0-9.E]+")) {
                xml.append("<c r=\"").append(ref).append("\"><v>").append(cell).append("</v></c>");
            } else if (!cell.isEmpty()) {
                xml.append("<c r=\"")
                        .append(ref)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(escape(cell))
                        .append("</t></is></c>");
            }
        }
        return xml.append("</row>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, xml);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
