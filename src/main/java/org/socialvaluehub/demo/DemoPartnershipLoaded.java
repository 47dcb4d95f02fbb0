package org.socialvaluehub.demo;

import java.util.List;

/** The demo buyers and suppliers are in place; other modules may add their demo data to them. */
public record DemoPartnershipLoaded(List<Long> buyerIds, List<Long> supplierIds) {}
