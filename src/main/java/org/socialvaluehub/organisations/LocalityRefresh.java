package org.socialvaluehub.organisations;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialvaluehub.organisations.core.Locality;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** On start-up, works out every organisation's locality again, so a changed area or distance applies at once. */
@Component
class LocalityRefresh {

    private static final Logger log = LoggerFactory.getLogger(LocalityRefresh.class);

    private final JdbcClient jdbc;
    private final AreaLocality area;

    LocalityRefresh(JdbcClient jdbc, AreaLocality area) {
        this.jdbc = jdbc;
        this.area = area;
    }

    @EventListener(ApplicationReadyEvent.class)
    void refresh() {
        int changed = jdbc.sql("""
                update org_organisation o set locality = x.locality from (
                    select p.id, case min(case when v.d in (:inside) then 1 when v.d in (:neighbouring)
                        then 2 else 3 end)
                                 when 1 then 'INSIDE' when 2 then 'NEIGHBOURING' else 'OUTSIDE' end as locality
                    from org_organisation p left join org_site s on s.organisation_id = p.id
                    cross join lateral (values (p.postcode_district), (s.postcode_district)) v(d)
                    group by p.id) x
                where x.id = o.id and o.locality <> x.locality""")
                .param("inside", orNone(List.copyOf(area.districtsWith(Locality.INSIDE))))
                .param("neighbouring", orNone(List.copyOf(area.districtsWith(Locality.NEIGHBOURING))))
                .update();
        if (changed > 0) {
            log.info("locality refreshed for {} organisations", changed);
        }
    }

    private static List<String> orNone(List<String> districts) {
        return districts.isEmpty() ? List.of("-") : districts;
    }
}
