package org.socialvaluehub.organisations.directory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialvaluehub.SocialValueHubApplication;
import org.socialvaluehub.organisations.AreaLocality;
import org.socialvaluehub.organisations.CpvCatalogue;
import org.socialvaluehub.organisations.PostcodeDistricts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the directory benchmark only (test sources, so never in the application jar): started with
 * {@code --svh.bench.seed-organisations=20000}, it runs the app without its web server on a data folder, adds
 * that many invented suppliers (in the area, its neighbours and beyond, with CPV codes and credentials) once,
 * and stops. See {@code bench/directory.sh}.
 */
class BenchSeed implements ApplicationRunner {

    public static void main(String[] args) {
        new SpringApplicationBuilder(SocialValueHubApplication.class, BenchSeed.class)
                .web(WebApplicationType.NONE)
                .properties("svh.scheduler.enabled=false", "svh.demo.enabled=false")
                .run(args)
                .close();
    }

    private static final Logger log = LoggerFactory.getLogger(BenchSeed.class);
    private static final List<String> CPV = List.of(
            "90910000",
            "90919200",
            "55520000",
            "45000000",
            "45210000",
            "77310000",
            "79810000",
            "72000000",
            "45421000",
            "45310000",
            "45330000",
            "64120000",
            "85310000",
            "80500000",
            "79822500",
            "79993000",
            "39100000",
            "90514000",
            "79710000",
            "79952000",
            "79530000",
            "79400000",
            "98310000",
            "15810000");

    private final JdbcClient jdbc;
    private final AreaLocality area;
    private final PostcodeDistricts districts;
    private final CpvCatalogue cpv;
    private final int count;

    BenchSeed(
            JdbcClient jdbc,
            AreaLocality area,
            PostcodeDistricts districts,
            CpvCatalogue cpv,
            @Value("${svh.bench.seed-organisations}") int count) {
        this.jdbc = jdbc;
        this.area = area;
        this.districts = districts;
        this.cpv = cpv;
        this.count = count;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from org_organisation where website = 'https://bench.example'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        // Three in five in the area, one in four neighbouring, the rest anywhere in the UK.
        String places = districts.all().stream()
                .filter(d -> d.activePostcodes() > 0)
                .map(d -> "('" + d.code() + "'," + d.latitude() + "," + d.longitude() + ",'" + area.of(d.code()) + "')")
                .collect(Collectors.joining(","));
        jdbc.sql("create temporary table bench_place on commit drop as select code, lat, lon, locality,"
                        + " row_number() over (partition by locality order by code) as rn, count(*) over (partition"
                        + " by locality) as cnt"
                        + " from (values " + places + ") p(code, lat, lon, locality)")
                .update();
        jdbc.sql("""
                insert into org_organisation (name, kind, legal_form, size_band, postcode, postcode_district, demo,
                                              website, social_value_offer, latitude, longitude, locality)
                select (array['Amber', 'Bramble', 'Cherwell', 'Copper', 'Dovetail', 'Fernhill', 'Kestrel', 'Willow',
                              'Rowan', 'Oakleaf'])[1 + g % 10]
                       || ' ' || (array['Cleaning', 'Catering', 'Building', 'Print', 'Digital', 'Joinery', 'Care',
                                        'Training', 'Energy', 'Events'])[1 + (g / 10) % 10]
                       || ' ' || g, 'SUPPLIER',
                       (array['COMPANY', 'COMPANY', 'COMPANY', 'CIC', 'CHARITY', 'CIO', 'COOPERATIVE', 'SOLE_TRADER',
                              'PARTNERSHIP'])[1 + g % 9],
                       (array['MICRO','MICRO','MICRO','SMALL','SMALL','MEDIUM','LARGE'])[1 + (g / 7) % 7],
                       p.code || ' 1AA', p.code, true, 'https://bench.example',
                       (array['We train apprentices from the area and pay the real Living Wage.',
                              'Our profits fund free courses and food for local families.',
                              'Electric vans, green electricity and no waste to landfill.'])[1 + g % 3],
                       p.lat, p.lon, p.locality
                from generate_series(1, :count) g
                join bench_place p on p.locality = case when g % 20 < 12 then 'INSIDE'
                        when g % 20 < 17 then 'NEIGHBOURING' else 'OUTSIDE' end and p.rn = 1 + (g * 7919) % p.cnt
                """).param("count", count).update();
        Map<String, String> labels = CPV.stream()
                .collect(Collectors.toMap(c -> c, c -> cpv.find(c).orElseThrow().label()));
        for (int i = 0; i < CPV.size(); i++) {
            jdbc.sql("insert into org_cpv (organisation_id, code) select id, :code from org_organisation"
                            + " where website = 'https://bench.example' and (id % :n = :i or (id * 7) % :n"
                            + " = :i) on conflict do nothing")
                    .param("code", CPV.get(i))
                    .param("n", CPV.size())
                    .param("i", i)
                    .update();
            jdbc.sql("update org_organisation o set cpv_labels = concat_ws(' ', cpv_labels, :label) where"
                            + " website = 'https://bench.example'"
                            + " and exists (select 1 from org_cpv c where c.organisation_id = o.id and"
                            + " c.code = :code)")
                    .param("label", labels.get(CPV.get(i)))
                    .param("code", CPV.get(i))
                    .update();
        }
        jdbc.sql("""
                insert into org_credential (organisation_id, type_code, evidence_link, expires_on, status, verified_by,
                    verified_at)
                select id, (array['REAL_LIVING_WAGE','B_CORP','ISO_14001','CARBON_LITERACY','SEUK_MEMBER'])[1 + id % 5],
                       'https://evidence.example', current_date + 365,
                       case when id % 3 = 0 then 'VERIFIED' else 'CLAIMED' end, 'Bench', now()
                from org_organisation where website = 'https://bench.example' and id % 2 = 0""").update();
        jdbc.sql("analyze org_organisation").update();
        log.warn("bench: seeded {} organisations", count);
    }
}
