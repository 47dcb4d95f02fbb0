package org.socialvaluehub.demo.spend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialvaluehub.demo.DemoPartnershipLoaded;
import org.socialvaluehub.demo.organisations.DirectoryDemoData;
import org.socialvaluehub.organisations.LegalForm;
import org.socialvaluehub.organisations.NewOrganisation;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.OrganisationKind;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.SizeBand;
import org.socialvaluehub.spend.SpendImports;
import org.socialvaluehub.spend.core.SpendFileException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Imports a year of synthetic spend for each demo buyer, through the real import, so the dashboards are alive. */
@Component
class DemoSpend {

    static final int ROWS_PER_BUYER = 1_500;
    private static final Logger log = LoggerFactory.getLogger(DemoSpend.class);
    // National suppliers outside the area, so the demo has spend that could shift.
    private static final List<NewOrganisation> NATIONAL = List.of(
            national("Compass Catering Services Ltd", "EC1A 1BB", "01234001"),
            national("National Cleaning Group Ltd", "B1 1AA", "01234002"),
            national("Britannia Building Contractors Ltd", "M1 1AE", "01234003"),
            national("Midland Print Solutions Ltd", "B2 4QA", "01234004"),
            national("Capital IT Services Ltd", "SE1 9SG", "01234005"),
            national("Southern Energy Ltd", "RG1 1AF", "01234006"),
            national("Western Transport Ltd", "SN1 1BD", "01234007"),
            national("Kennet Landscapes Ltd", "RG14 5AA", "01234008"));

    private final Organisations organisations;
    private final DirectoryDemoData directory;
    private final SpendImports imports;

    DemoSpend(Organisations organisations, DirectoryDemoData directory, SpendImports imports) {
        this.organisations = organisations;
        this.directory = directory;
        this.imports = imports;
    }

    @EventListener
    void load(DemoPartnershipLoaded loaded) {
        List<DemoSpendFile.Payee> payees = new ArrayList<>();
        for (NewOrganisation national : NATIONAL) {
            directory.categoriseByTrade(organisations.add(national)); // what they supply, so "could shift" can match it
            payees.add(new DemoSpendFile.Payee(national.name(), national.companyNumber(), trade(national.name())));
        }
        for (Organisation supplier : organisations.findAll(loaded.supplierIds())) {
            payees.add(new DemoSpendFile.Payee(supplier.name(), supplier.companyNumber(), trade(supplier.name())));
        }
        payees.add(new DemoSpendFile.Payee("Unlisted Office Supplies Ltd", null, "Stationery"));
        int year = lastFinancialYear(LocalDate.now());
        long seed = 2026;
        for (Organisation buyer : organisations.findAll(loaded.buyerIds())) {
            Collections.rotate(payees, 7); // each buyer favours different suppliers
            Path file = null;
            try {
                file = DemoSpendFile.write(buyer.name(), payees, ROWS_PER_BUYER, year, seed++);
                imports.importFile(buyer.id(), "demo-spend.csv", file, null, SpendImports.Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SpendFileException e) {
                throw new IllegalStateException("The demo spend file could not be read: " + e.getMessage(), e);
            } finally {
                deleteQuietly(file);
            }
        }
        log.info(
                "Demo spend imported: {} rows for each of {} buyers",
                ROWS_PER_BUYER,
                loaded.buyerIds().size());
    }

    /** The trade word of a demo supplier's name ("Amber Catering Ltd" is paid under "Catering"). */
    static String trade(String name) {
        String[] words = name.replace(" Ltd", "")
                .replace(" Limited", "")
                .replace(" CIC", "")
                .replace(" Co-operative", "")
                .replace(" LLP", "")
                .split(" ");
        return words.length >= 2
                ? words[words.length - 1].equals("Services") ? words[words.length - 2] : words[words.length - 1]
                : "Supplies";
    }

    /** The financial year (April to March, named by its first calendar year) before the one {@code today} is in. */
    static int lastFinancialYear(LocalDate today) {
        return (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) - 1;
    }

    private static NewOrganisation national(String name, String postcode, String company) {
        return new NewOrganisation(
                name, OrganisationKind.SUPPLIER, LegalForm.COMPANY, SizeBand.LARGE, postcode, company, null, true);
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file
        }
    }
}
