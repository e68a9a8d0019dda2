package vn.gov.sonla.awards.demo;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The command {@code --generate-data=N}: fills the database with N synthetic dossiers for load tests — N/100 units
 * (at most 10,000) under the twelve districts and the province, dossiers of both programs at every stage with
 * their whole history, submissions and decisions for those that reached Home Affairs, Giấy khen of the units —
 * with Vietnamese names. Everything is written by a few set-based SQL statements ({@code insert ... select
 * generate_series}); the history goes through the database's hash-chain trigger like any other event, which is
 * the slow part (see docs/benchmarks.md). Runs after the demo loader, then the application stops.
 *
 * <p>Synthetic rows are recognisable: unit codes {@code GEN-…}, {@code created_by = 'generator'}, submission and
 * decision numbers from 100001 up (real numbering restarts at 1 each year, so the two never collide).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SyntheticData implements ApplicationRunner {

    static final String OPTION = "generate-data";
    private static final Logger log = LoggerFactory.getLogger(SyntheticData.class);
    private static final long ID_BASE = 10_000_000L;
    private static final int PER_SUBMISSION = 50;

    /**
     * The path to each final stage: (final stage, step, action, from, to). The stage of a dossier is decided per
     * block of 50 consecutive dossiers (one submission), so a submission's dossiers share their stage.
     */
    private static final List<String[]> PATHS = paths();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    SyntheticData(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        long n = Long.parseLong(args.getOptionValues(OPTION).get(0));
        long units = Math.max(50, Math.min(10_000, n / 100));
        long offset = jdbc.sql("select coalesce(max(id), 0) from unit where id >= " + ID_BASE).query(Long.class).single();
        if (offset > 0) {
            throw new IllegalStateException("synthetic data already present (units GEN-…); start from an empty database");
        }
        long t0 = System.nanoTime();
        step("units", () -> units(units));
        step("submissions and decisions", () -> submissions(n));
        step("dossiers", () -> dossiers(n, units));
        step("clerk of the largest unit", this::largestUnitClerk);
        step("history (through the hash-chain trigger)", () -> events());
        step("Giấy khen", () -> grassroots(n, units));
        // the database's triggers tallied every dossier and stage visit for the reports (V61); merge them now
        step("report tallies", () -> jdbc.sql("select awards_fold_report_tallies()").query().singleValue());
        // what autovacuum does to a live database after inserts: statistics for the planner, and the visibility map
        // that lets a capped count or a page of ids be read from an index alone (without it, every index entry
        // costs a visit to the table: a department's count of a stage took 4.6 ms instead of 0.3 ms)
        step("vacuum and analyze", () -> jdbc.sql("vacuum (analyze)").update());
        log.info("Generated {} dossiers and {} units in {} s", n, units, (System.nanoTime() - t0) / 1_000_000_000);
    }

    private void step(String name, Runnable work) {
        long t = System.nanoTime();
        work.run();
        log.info("generator: {} in {} ms", name, (System.nanoTime() - t) / 1_000_000);
    }

    private void units(long count) {
        jdbc.sql("""
                insert into unit (id, code, name, unit_type, parent_id, active)
                select %d + k, 'GEN-' || lpad(k::text, 6, '0'),
                       (array['Trường Tiểu học', 'Trường THCS', 'Trạm Y tế xã', 'UBND xã', 'Hợp tác xã', 'Trung tâm Y tế',
                               'Trường Mầm non', 'Đồn Công an xã'])[1 + k %% 8] || ' ' ||
                       (array['Chiềng Mung', 'Hát Lót', 'Mường Bú', 'Tô Múa', 'Chiềng Khoa', 'Phiêng Khoài', 'Nà Nghịu',
                              'Mường Chiên', 'Tạ Khoa', 'Hua Păng', 'Quang Huy', 'Lóng Sập', 'Co Mạ', 'Púng Bánh'])[1 + (k / 8) %% 14]
                       || ' số ' || k,
                       case when k %% 5 = 0 then (array['SCHOOL', 'HOSPITAL', 'ENTERPRISE', 'MASS_ORGANISATION'])[1 + (k / 5) %% 4]
                            else 'SCHOOL' end,
                       case when k %% 5 = 0 then null
                            else (select id from unit where unit_type = 'DISTRICT' and id < %d order by id offset k %% 12 limit 1) end,
                       true
                  from generate_series(1, %d) k
                """.formatted(ID_BASE, ID_BASE, count)).update();
    }

    /** The stage of block b (50 dossiers): per mille thresholds over the path, most of them decided. */
    private static String blockStage() {
        return """
                case when (b * 7919) % 1000 < 50 then 'DRAFT'
                     when (b * 7919) % 1000 < 150 then 'SUBMITTED'
                     when (b * 7919) % 1000 < 180 then 'RETURNED'
                     when (b * 7919) % 1000 < 190 then 'WITHDRAWN'
                     when (b * 7919) % 1000 < 220 then 'REJECTED'
                     when (b * 7919) % 1000 < 300 then 'ACCEPTED'
                     when (b * 7919) % 1000 < 380 then 'AT_HOME_AFFAIRS'
                     when (b * 7919) % 1000 < 420 then 'APPRAISED'
                     when (b * 7919) % 1000 < 480 then 'AT_CHAIRMAN'
                     when (b * 7919) % 1000 < 500 then 'APPROVED'
                     else 'DECIDED' end""";
    }

    private void submissions(long n) {
        long blocks = (n + PER_SUBMISSION - 1) / PER_SUBMISSION;
        jdbc.sql("""
                with blocks as (
                    select b, %s as stage, %s as campaign_code, now() - ((b * 37) %% 730) * interval '1 day' as at
                      from generate_series(0::bigint, %d) b)
                insert into submission (id, version, department_unit_id, year, seq, number, status, sent_at, sent_by,
                                        forwarded_at, forwarded_by, closed_at)
                select %d + b, 0, c.compiling_unit_id, extract(year from at)::int, 100001 + b,
                       (100001 + b) || '/TTr-' || u.code,
                       case when stage in ('AT_HOME_AFFAIRS', 'APPRAISED') then 'AT_HOME_AFFAIRS'
                            when stage in ('AT_CHAIRMAN', 'APPROVED') then 'AT_CHAIRMAN' else 'CLOSED' end,
                       at + interval '5 days', 'generator',
                       case when stage not in ('AT_HOME_AFFAIRS', 'APPRAISED') then at + interval '12 days' end,
                       case when stage not in ('AT_HOME_AFFAIRS', 'APPRAISED') then 'generator' end,
                       case when stage = 'DECIDED' then at + interval '20 days' end
                  from blocks
                  join campaign c on c.code = blocks.campaign_code
                  join unit u on u.id = c.compiling_unit_id
                 where stage in ('AT_HOME_AFFAIRS', 'APPRAISED', 'AT_CHAIRMAN', 'APPROVED', 'DECIDED')
                """.formatted(blockStage(), campaignOfBlock(), blocks - 1, ID_BASE)).update();
        jdbc.sql("""
                insert into award_decision (id, year, seq, number, issued_on, signer_name, submission_id, created_at, created_by)
                select s.id, s.year, s.seq, s.seq || '/QĐ-UBND', (s.closed_at at time zone 'Asia/Ho_Chi_Minh')::date,
                       'Hoàng Quốc Khánh', s.id, s.closed_at, 'generator'
                  from submission s where s.id >= %d and s.status = 'CLOSED'
                """.formatted(ID_BASE)).update();
    }

    private static String campaignOfBlock() {
        return "case when b % 10 < 7 then 'COVID19' else 'SONG_MAY_TINH' end";
    }

    /** Hours spent at step i of dossier g: 4 hours to about 25 days, varying by dossier and step. */
    private static String stepHours(String g, String i) {
        return "(4 + ((" + g + " * 7919 + " + i + " * 104729) % 600))";
    }

    private void dossiers(long n, long units) {
        String steps = PATHS.stream().collect(Collectors.groupingBy(p -> p[0], Collectors.counting())).entrySet().stream()
                .map(e -> "('" + e.getKey() + "', " + e.getValue() + ")").collect(Collectors.joining(", "));
        jdbc.sql("""
                with g as (
                    select g, g / %d as b from generate_series(0::bigint, %d) g),
                s as (
                    select g, b, %s as block_stage, %s as campaign_code,
                           case when g %% 20 = 0 then 'LABOUR_ORDER' when g %% 20 = 1 then 'PM_CERTIFICATE'
                                when g %% 40 = 2 then 'FATHERLAND_DEFENCE_ORDER' else 'CHAIRMAN_CERTIFICATE' end as award,
                           case when g %% 4 = 0 then 'COLLECTIVE' else 'INDIVIDUAL' end as nominee_type,
                           now() - ((b * 37) %% 730) * interval '1 day' - (g %% 50) * interval '1 hour' as created_at
                      from g),
                d as (
                    select s.*, case when block_stage <> 'DECIDED' then block_stage
                                     when award <> 'CHAIRMAN_CERTIFICATE' then 'PROPOSED_TO_CENTRAL'
                                     when g %% 23 = 0 then 'DECLINED' else 'GRANTED' end as status
                      from s),
                steps(stage, n) as (values %s)
                insert into dossier (version, campaign_id, award_form_id, unit_id, nominee_type, nominee_name, nominee_position,
                                     nominee_birth_year, nominee_gender, frontline, posthumous, achievement_summary, status,
                                     submission_id, submission_number, created_at, created_by, status_changed_at,
                                     no_breach_declared)
                select 0, c.id, af.id, case when g %% 100 = 7 then %d + 1 else %d + 1 + (g * 7919) %% %d end, d.nominee_type,
                       case when d.nominee_type = 'COLLECTIVE' then
                            (array['Tổ Covid cộng đồng bản', 'Trạm Y tế xã', 'Chi đoàn thanh niên bản', 'Hội Phụ nữ xã',
                                   'Tổ tình nguyện bản'])[1 + g %% 5] || ' ' ||
                            (array['Nà Sản', 'Huổi Một', 'Pá Kạch', 'Co Tòng', 'Bó Mạy', 'Nà Hạ', 'Tà Sài'])[1 + (g / 5) %% 7]
                       else (array['Lò', 'Cầm', 'Quàng', 'Lường', 'Hà', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đinh', 'Vì',
                                   'Tòng', 'Bạc', 'Mùa'])[1 + g %% 15] || ' ' ||
                            case when g %% 2 = 0 then (array['Thị', 'Thị Thu', 'Thị Minh', 'Thị Hồng'])[1 + (g / 2) %% 4]
                                 else (array['Văn', 'Văn Minh', 'Đức', 'Quang'])[1 + (g / 2) %% 4] end || ' ' ||
                            (array['Hoa', 'Lan', 'Mai', 'Tâm', 'Thắng', 'Sơn', 'Hùng', 'Xuân', 'Thanh', 'Dũng', 'Ngọc', 'Khánh',
                                   'Hiền', 'Phương', 'Tuấn', 'Yến', 'Bình', 'Long', 'Hương', 'Nam'])[1 + (g / 8) %% 20] end,
                       case when d.nominee_type = 'INDIVIDUAL' then
                            (array['Bác sĩ', 'Điều dưỡng', 'Giáo viên', 'Công an viên', 'Tình nguyện viên', 'Cán bộ xã'])[1 + g %% 6] end,
                       case when d.nominee_type = 'INDIVIDUAL' then 1960 + g %% 40 end,
                       case when d.nominee_type = 'INDIVIDUAL' then case when g %% 2 = 0 then 'FEMALE' else 'MALE' end end,
                       d.nominee_type = 'INDIVIDUAL' and g %% 3 <> 0,
                       d.nominee_type = 'INDIVIDUAL' and g %% 997 = 0,
                       'Thành tích tổng hợp (dữ liệu thử nghiệm)', d.status,
                       case when d.status not in ('DRAFT', 'SUBMITTED', 'RETURNED', 'WITHDRAWN', 'REJECTED', 'ACCEPTED')
                            then %d + b end,
                       case when d.status not in ('DRAFT', 'SUBMITTED', 'RETURNED', 'WITHDRAWN', 'REJECTED', 'ACCEPTED')
                            then (100001 + b) || '/TTr' end,
                       d.created_at, 'generator',
                       d.created_at + coalesce((select sum(%s) from generate_series(1, steps.n - 1) i), 0) * interval '1 hour',
                       d.status <> 'DRAFT'
                  from d
                  join steps on steps.stage = d.status
                  join campaign c on c.code = d.campaign_code
                  join award_form af on af.code = d.award
                 order by g
                """.formatted(PER_SUBMISSION, n - 1, blockStage(), campaignOfBlock(), steps, ID_BASE, ID_BASE, units, ID_BASE,
                stepHours("g", "i"))).update();
        // Home Affairs' opinion on every appraised dossier, and the certificate naming the decision of each granted
        // one (the decision of a block has the block's submission id)
        jdbc.sql("""
                insert into appraisal_opinion (dossier_id, endorsed)
                select id, true from dossier
                 where created_by = 'generator'
                   and status not in ('DRAFT', 'SUBMITTED', 'RETURNED', 'WITHDRAWN', 'REJECTED', 'ACCEPTED', 'AT_HOME_AFFAIRS')
                """).update();
        jdbc.sql("""
                insert into certificate (dossier_id, decision_id, code, created_at)
                select id, submission_id,
                       translate(rtrim(encode(decode(replace(gen_random_uuid()::text, '-', ''), 'hex'), 'base64'), '='), '+/', '-_'),
                       status_changed_at
                  from dossier where created_by = 'generator' and status = 'GRANTED'
                """).update();
    }

    /**
     * One dossier in a hundred belongs to the first generated unit, so that one clerk's list is long (N/100
     * dossiers) and its late pages can be measured; its clerk, {@code vanthu.gen}, signs in with the demo password,
     * whether or not the demo accounts were loaded. The benchmark's floor page is this clerk's: without the account,
     * it would measure the redirect to the sign-in page.
     */
    private void largestUnitClerk() {
        int created = jdbc.sql("""
                insert into user_account (username, password_hash, full_name, role, unit_id, enabled)
                values ('vanthu.gen', :hash, 'Văn thư đơn vị thử nghiệm', 'CLERK', :unit, true)
                """).param("hash", passwordEncoder.encode(DemoData.PASSWORD)).param("unit", ID_BASE + 1).update();
        if (created != 1) {
            throw new IllegalStateException("the clerk vanthu.gen of the largest unit was not created");
        }
    }

    /** The history of every generated dossier, in time order, each event chained by the database's trigger. */
    private void events() {
        String path = PATHS.stream().map(p -> "('" + p[0] + "', " + p[1] + ", '" + p[2] + "', "
                        + (p[3] == null ? "null" : "'" + p[3] + "'") + ", '" + p[4] + "')")
                .collect(Collectors.joining(",\n"));
        jdbc.sql("""
                with path(stage, step, action, from_status, to_status) as (values %s),
                d as (select id, id - (select min(id) from dossier where created_by = 'generator') as g, status, created_at
                        from dossier where created_by = 'generator')
                insert into dossier_event (dossier_id, occurred_at, actor_username, actor_name, actor_unit_name, action,
                                           from_status, to_status)
                select d.id,
                       d.created_at + coalesce((select sum(%s) from generate_series(1, path.step - 1) i), 0) * interval '1 hour',
                       'generator', 'Dữ liệu thử nghiệm', 'Bộ sinh dữ liệu', path.action, path.from_status, path.to_status
                  from d join path on path.stage = d.status
                 order by 2, d.id, path.step
                """.formatted(path, stepHours("d.g", "i"))).update();
    }

    private void grassroots(long n, long units) {
        long decisions = Math.max(1, n / 20);
        jdbc.sql("""
                insert into grassroots_decision (id, version, unit_id, campaign_id, number, decided_on, signer, recorded_by, recorded_at)
                select %d + k, 0, %d + 1 + k %% %d, (select id from campaign where code = case when k %% 10 < 7 then 'COVID19' else 'SONG_MAY_TINH' end),
                       k || '/QĐ-GK', current_date - (k %% 700), 'Thủ trưởng đơn vị', 'generator', now()
                  from generate_series(0, %d) k
                """.formatted(ID_BASE, ID_BASE, units, decisions - 1)).update();
        jdbc.sql("""
                insert into grassroots_awardee (decision_id, position, nominee_type, name)
                select %d + k, p, case when p = 3 then 'COLLECTIVE' else 'INDIVIDUAL' end,
                       case when p = 3 then 'Tổ dân phố số ' || (k %% 20 + 1)
                            else (array['Lò Văn', 'Cầm Thị', 'Quàng Văn', 'Hà Thị'])[1 + (k + p) %% 4] || ' ' ||
                                 (array['Hoa', 'Sơn', 'Mai', 'Tâm', 'Lan', 'Nam'])[1 + k %% 6] end
                  from generate_series(0, %d) k cross join generate_series(1, 3) p
                """.formatted(ID_BASE, decisions - 1)).update();
    }

    private static List<String[]> paths() {
        List<String[]> paths = new java.util.ArrayList<>();
        String[][] base = {
                {"CREATE", null, "DRAFT"}, {"SUBMIT", "DRAFT", "SUBMITTED"}, {"ACCEPT", "SUBMITTED", "ACCEPTED"},
                {"SEND_TO_HOME_AFFAIRS", "ACCEPTED", "AT_HOME_AFFAIRS"}, {"APPRAISE", "AT_HOME_AFFAIRS", "APPRAISED"},
                {"FORWARD_TO_CHAIRMAN", "APPRAISED", "AT_CHAIRMAN"}, {"APPROVE", "AT_CHAIRMAN", "APPROVED"},
                {"GRANT", "APPROVED", "GRANTED"}};
        String[] main = {"DRAFT", "SUBMITTED", "ACCEPTED", "AT_HOME_AFFAIRS", "APPRAISED", "AT_CHAIRMAN", "APPROVED", "GRANTED"};
        for (int stage = 0; stage < main.length; stage++) {
            for (int step = 0; step <= stage; step++) {
                paths.add(new String[] {main[stage], String.valueOf(step + 1), base[step][0], base[step][1], base[step][2]});
            }
        }
        branch(paths, base, "RETURNED", 2, new String[] {"RETURN", "SUBMITTED", "RETURNED"});
        branch(paths, base, "WITHDRAWN", 2, new String[] {"WITHDRAW", "SUBMITTED", "WITHDRAWN"});
        branch(paths, base, "REJECTED", 2, new String[] {"REJECT", "SUBMITTED", "REJECTED"});
        branch(paths, base, "DECLINED", 6, new String[] {"DECLINE", "AT_CHAIRMAN", "DECLINED"});
        branch(paths, base, "PROPOSED_TO_CENTRAL", 7, new String[] {"PROPOSE_TO_CENTRAL", "APPROVED", "PROPOSED_TO_CENTRAL"});
        return paths;
    }

    /** A path following the main one for {@code common} steps, then one last step. */
    private static void branch(List<String[]> paths, String[][] base, String stage, int common, String[] last) {
        for (int step = 0; step < common; step++) {
            paths.add(new String[] {stage, String.valueOf(step + 1), base[step][0], base[step][1], base[step][2]});
        }
        paths.add(new String[] {stage, String.valueOf(common + 1), last[0], last[1], last[2]});
    }
}
