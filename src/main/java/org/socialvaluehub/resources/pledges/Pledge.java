package org.socialvaluehub.resources.pledges;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** One charter pledge an organisation can make, as a buyer, as a supplier or as an employer. */
@NamedInterface("charter")
public record Pledge(long id, String category, String title, String description, boolean active) {

    public static final List<String> CATEGORIES = List.of("BUYER", "SUPPLIER", "EMPLOYER");
}
