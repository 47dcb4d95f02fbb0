package org.socialvaluehub.spend.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@HubTest
class SpendLineRepositoryTest {

    @Autowired
    SpendLineRepository lines;

    @Autowired
    ImportRepository imports;

    @Autowired
    People people;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void stagedLinesMoveOnceEachEvenWhenAFileRepeatsThem() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Staging Council");
        assertThat(stageAndMove(buyer, 1, 2, 2, 3)).isEqualTo(new SpendLineRepository.Added(3, 600));
        assertThat(stageAndMove(buyer, 3, 4)).isEqualTo(new SpendLineRepository.Added(1, 400));
        assertThat(jdbc.sql("select count(*) from spend_line where buyer_id = :b")
                        .param("b", buyer)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        // Up to a number of earlier lines the import holds their fingerprints; past it, it stages its lines instead.
        assertThat(lines.fingerprints(buyer, 4).size()).isEqualTo(4);
        assertThat(lines.fingerprints(buyer, 3)).isNull();
    }

    @Test
    void linesArriveAsWrittenWhateverTheirText() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Awkward Text Council");
        String name = "Café Ørsted & Søn – £ “quoted”, 𝄞 tab\there\nnew line \\ back\0slash";
        transaction.executeWithoutResult(status -> {
            long importId = imports.start(buyer, "direct.csv");
            try (LineStage stage = lines.direct(buyer, importId)) {
                byte[] fingerprint = {(byte) 0xFF, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, (byte) 0x80};
                stage.add(
                        fingerprint,
                        4_000_000_000L,
                        LocalDate.of(1999, 12, 31),
                        -106_396_00L,
                        name,
                        "cafe orsted",
                        "",
                        "T-1",
                        "Adults\u2019 Services",
                        "",
                        "Purpose",
                        true);
                assertThat(stage.finish()).isOne();
            }
        });

        assertThat(jdbc.sql("""
                select encode(fingerprint, 'hex'), line_no, payment_date::text, amount_pence,
                supplier_name, supplier_key,
                       organisation_number is null, transaction_id, service_area, expense_type, purpose, redacted
                from spend_line where buyer_id = :b""")
                        .param("b", buyer)
                        .query((rs, i) -> {
                            StringBuilder row = new StringBuilder();
                            for (int c = 1; c <= 12; c++) {
                                row.append(rs.getString(c)).append('|');
                            }
                            return row.toString();
                        })
                        .single())
                .isEqualTo("ff000102030405060708090a0b0c0d80|" + "4000000000|1999-12-31|-10639600|"
                        + name.replace("\0", "") + "|cafe orsted|t|T-1|Adults’ Services||Purpose|t|");
    }

    private SpendLineRepository.Added stageAndMove(long buyer, int... prints) {
        return transaction.execute(status -> {
            long importId = imports.start(buyer, "staged.csv");
            try (LineStage stage = lines.staged(buyer, importId)) {
                for (int print : prints) {
                    byte[] fingerprint = new byte[16];
                    fingerprint[15] = (byte) print;
                    stage.add(
                            fingerprint,
                            print,
                            LocalDate.of(2024, 5, 1),
                            print * 100L,
                            "Supplier Ltd",
                            "supplier",
                            "",
                            "",
                            "",
                            "",
                            "",
                            false);
                }
                stage.finish();
            }
            return lines.moveNew(buyer, importId);
        });
    }
}
