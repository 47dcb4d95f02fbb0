package org.socialvaluehub.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialvaluehub.HubTest;
import org.socialvaluehub.accounts.People;
import org.socialvaluehub.organisations.OrganisationKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@HubTest
class SpendLineRepositoryTest {

    @Autowired SpendLineRepository lines;
    @Autowired ImportRepository imports;
    @Autowired People people;
    @Autowired TransactionTemplate transaction;

    @Test
    void stagedLinesMoveOnceEachEvenWhenAFileRepeatsThem() {
        long buyer = people.organisation(OrganisationKind.BUYER, "Staging Council");
        assertThat(stageAndMove(buyer, 1, 2, 2, 3)).isEqualTo(new SpendLineRepository.Added(3, 600));
        assertThat(stageAndMove(buyer, 3, 4)).isEqualTo(new SpendLineRepository.Added(1, 400));
        assertThat(lines.count(buyer)).isEqualTo(4);
    }

    private SpendLineRepository.Added stageAndMove(long buyer, int... prints) {
        return transaction.execute(status -> {
            long importId = imports.start(buyer, "staged.csv");
            try (LineStage stage = lines.staged(buyer, importId)) {
                for (int print : prints) {
                    byte[] fingerprint = new byte[16];
                    fingerprint[15] = (byte) print;
                    stage.add(fingerprint, print, LocalDate.of(2024, 5, 1), print * 100L, "Supplier Ltd", "supplier",
                        "", "", "", "", "", false);
                }
                stage.finish();
            }
            return lines.moveNew(buyer, importId);
        });
    }
}
