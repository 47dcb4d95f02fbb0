package org.socialvaluehub.evaluation.award;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.socialvaluehub.evaluation.ContractAwarded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test fixture: every {@link ContractAwarded} published, as the commitments capability will receive it. */
@Component
public class AwardedContracts {

    private final List<ContractAwarded> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ContractAwarded event) {
        received.add(event);
    }

    public List<ContractAwarded> received() {
        return received;
    }
}
