package vn.gov.sonla.awards.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string lives in {@code messages.properties} (Vietnamese, the default) and
 * {@code messages_en.properties}. These checks read the sources directly (no Spring context) and fail with
 * every offending file:line at once:
 * <ul>
 *   <li>both bundles have the same keys, the same {n} placeholders, no empty or untranslated values, no duplicate
 *       keys and no ASCII apostrophes (which {@link java.text.MessageFormat} treats as quotes);</li>
 *   <li>every static {@code #{key}} in a template, every key passed to the {@code field(...)} fragment and every
 *       message-key literal in the Java code exists in both bundles; every enum shown through a key prefix has a
 *       label for each constant;</li>
 *   <li>templates contain no raw user-visible text and no unescaped output ({@code th:utext}, {@code [(...)]}).</li>
 * </ul>
 * The detectors are tested against planted problems at the bottom of the class.
 */
class MessageBundleTests {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path JAVA = Path.of("src", "main", "java");
    /** The bundles named by spring.messages.basename in application.properties (one per module that has its own). */
    private static final List<String> BASENAMES = basenames();

    /** Keys whose value is deliberately the same in both languages. */
    private static final Set<String> SAME_IN_BOTH = Set.of("lang.vi", "lang.en", "filing.attachments.kb");

    /**
     * Enums shown in the UI through a key prefix ({@code #{${'role.' + a.role}}}, {@code "gender." + g}): each constant
     * needs a label. Enums with a {@code labelKey()} method are found and checked without being listed here.
     */
    private static final Map<String, List<String>> ENUM_KEY_PREFIXES = Map.of(
            "Role", List.of("role.", "home.role."),
            "NomineeType", List.of("nomineeType."),
            "Gender", List.of("gender."));

    private static Bundle vietnamese;
    private static Bundle english;

    @BeforeAll
    static void loadBundles() {
        vietnamese = Bundle.readAll(BASENAMES.stream().map(b -> RESOURCES.resolve(b + ".properties")).toList());
        english = Bundle.readAll(BASENAMES.stream().map(b -> RESOURCES.resolve(b + "_en.properties")).toList());
    }

    // ---------------------------------------------------------------------------------------------------------
    // a. The two bundles agree
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void bundlesHaveTheSameKeysAndPlaceholders() {
        List<String> problems = bundleProblems(vietnamese, english);
        assertThat(problems)
                .withFailMessage("The message bundles disagree (%d problems):%n%s", problems.size(), lines(problems))
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // b. and c. Every key used exists in both bundles
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void everyMessageKeyInTemplatesExistsInBothBundles() {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(templateKeyProblems(name(TEMPLATES, template), read(template), vietnamese, english));
        }
        assertThat(problems)
                .withFailMessage("Templates use message keys missing from a bundle (%d):%n%s", problems.size(), lines(problems))
                .isEmpty();
    }

    @Test
    void everyMessageKeyInJavaCodeExistsInBothBundles() {
        List<String> problems = new ArrayList<>();
        for (Path source : javaSources()) {
            problems.addAll(javaKeyProblems(name(JAVA, source), read(source), vietnamese, english));
        }
        assertThat(problems)
                .withFailMessage("Java code uses message keys missing from a bundle (%d):%n%s", problems.size(), lines(problems))
                .isEmpty();
    }

    @Test
    void everyEnumShownInTheUiHasALabelForEachConstant() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, String> enums = enumsInSources();
        for (Map.Entry<String, List<String>> e : ENUM_KEY_PREFIXES.entrySet()) {
            String className = enums.get(e.getKey());
            if (className == null) {
                problems.add("enum " + e.getKey() + " not found under " + JAVA + ": update ENUM_KEY_PREFIXES in MessageBundleTests");
                continue;
            }
            for (Object constant : Class.forName(className).getEnumConstants()) {
                for (String prefix : e.getValue()) {
                    problems.addAll(missing(className, prefix + ((Enum<?>) constant).name(), vietnamese, english));
                }
            }
        }
        for (String className : enums.values()) {
            Class<?> type = Class.forName(className);
            Method labelKey = labelKeyMethod(type);
            if (labelKey == null) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                problems.addAll(missing(className + "." + constant + ".labelKey()", (String) labelKey.invoke(constant),
                        vietnamese, english));
            }
        }
        assertThat(problems)
                .withFailMessage("Enum labels missing from a bundle (%d):%n%s", problems.size(), lines(problems))
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // d. No raw text and no unescaped output in templates
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void templatesHaveNoRawUserVisibleText() {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(rawTextProblems(name(TEMPLATES, template), read(template)));
        }
        assertThat(problems)
                .withFailMessage("Templates show text that is not from the message bundles (%d); use th:text=\"#{key}\":%n%s",
                        problems.size(), lines(problems))
                .isEmpty();
    }

    @Test
    void templatesHaveNoUnescapedOutput() {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(unescapedOutputProblems(name(TEMPLATES, template), read(template)));
        }
        assertThat(problems)
                .withFailMessage("Templates print unescaped output (%d); use th:text or [[...]]:%n%s", problems.size(), lines(problems))
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The detectors catch planted problems
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void bundleCheckFindsPlantedProblems() {
        Bundle vi = Bundle.parse("vi", """
                a.same=Giống
                a.onlyVi=Chỉ tiếng Việt
                a.args=Hồ sơ {0} của {1}
                a.empty=Có
                a.untranslated=Chưa dịch
                a.twice=Một
                a.twice=Hai
                """);
        Bundle en = Bundle.parse("en", """
                a.same=Same
                a.onlyEn=English only
                a.args=Dossier {0}
                a.empty=
                a.untranslated=Chưa dịch
                a.twice=One
                a.apostrophe=Don't
                """);
        List<String> problems = bundleProblems(vi, en);
        assertThat(problems).anyMatch(p -> p.contains("a.onlyVi") && p.contains("missing from en"));
        assertThat(problems).anyMatch(p -> p.contains("a.onlyEn") && p.contains("missing from vi"));
        assertThat(problems).anyMatch(p -> p.contains("a.args") && p.contains("{0}, {1}") && p.contains("{0}"));
        assertThat(problems).anyMatch(p -> p.contains("a.empty") && p.contains("empty"));
        assertThat(problems).anyMatch(p -> p.contains("a.untranslated") && p.contains("untranslated"));
        assertThat(problems).anyMatch(p -> p.contains("vi:7") && p.contains("a.twice") && p.contains("duplicate"));
        assertThat(problems).anyMatch(p -> p.contains("a.apostrophe") && p.contains("apostrophe"));
        assertThat(problems).noneMatch(p -> p.contains("a.same"));
    }

    @Test
    void templateKeyScanFindsPlantedKeys() {
        Bundle vi = Bundle.parse("vi", "known=Có\nstatus.DRAFT=Nháp\nlabel.x=Nhãn\nonly.vi=Chỉ\nerror.heading.404=Không thấy\n");
        Bundle en = Bundle.parse("en", "known=Yes\nstatus.DRAFT=Draft\nlabel.x=Label\nerror.heading.404=Not found\n");
        String html = """
                <p th:text="#{known}">k</p>
                <p th:text="#{missing.key}">m</p>
                <p th:text="#{missing.withArgs(${a}, ${b})}">m</p>
                <p th:text="${x} ? #{known} : #{only.vi}">m</p>
                <p th:text="#{${'status.' + d.status}}">s</p>
                <p th:text="#{${'nothing.' + d.status}}">s</p>
                <p th:text="#{${d.status.labelKey()}}">skipped: dynamic</p>
                <p th:text="#{${notice}(${arg})}">skipped: dynamic</p>
                <p>[[#{inline.missing}]]</p>
                <!-- <p th:text="#{commented.out}">ignored</p> -->
                <div th:replace="~{fragments/field :: field('name', 'label.x', 'text', null)}"></div>
                <div th:replace="~{fragments/field :: field('name', 'label.missing', 'text', null)}"></div>
                <p th:with="h=${#messages.msgOrNull('error.heading.' + code)}, o=${#messages.msgOrNull('optional.hint')}">x</p>
                <p th:with="h=${#messages.msg('nowhere.' + code)}, m=${#messages.msg('msg.missing')}">x</p>
                """;
        List<String> problems = templateKeyProblems("plant.html", html, vi, en);
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:2 ") && p.contains("missing.key"));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:3 ") && p.contains("missing.withArgs"));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:4 ") && p.contains("only.vi") && p.contains("missing from en"));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:6 ") && p.contains("nothing."));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:9 ") && p.contains("inline.missing"));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:12 ") && p.contains("label.missing"));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:14 ") && p.contains("nowhere."));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:14 ") && p.contains("msg.missing"));
        assertThat(problems).noneMatch(p -> p.contains("commented.out") || p.contains("optional.hint")
                || p.contains("error.heading.") || p.contains("'status.'") || p.contains("label.x"));
        assertThat(problems).hasSize(15);
    }

    @Test
    void javaKeyScanFindsPlantedKeys() {
        Bundle vi = Bundle.parse("vi", "notice.ok=Được\nvalidation.ok=Được\nerror.onlyVi=Chỉ\n");
        Bundle en = Bundle.parse("en", "notice.ok=OK\nvalidation.ok=OK\n");
        String java = """
                class Plant {
                    record Form(@NotNull(message = "{validation.ok}") Long a,
                                @NotNull(message = "{validation.missing}") Long b) {}
                    void m() {
                        redirect.addFlashAttribute("notice", "notice.ok");
                        redirect.addFlashAttribute("notice", "notice.missing");
                        throw new ConflictException("error.onlyVi");
                    }
                    // "notice.inComment" is ignored, and so is /* "error.inBlock" */
                    String prefix = "status." + name();
                    String url = "http://example.org/error.page"; char q = '"'; String s = "action.UNKNOWN";
                    String notAKey = "awards.db.port";
                }
                """;
        List<String> problems = javaKeyProblems("Plant.java", java, vi, en);
        assertThat(problems).anyMatch(p -> p.startsWith("Plant.java:3 ") && p.contains("validation.missing"));
        assertThat(problems).anyMatch(p -> p.startsWith("Plant.java:6 ") && p.contains("notice.missing"));
        assertThat(problems).anyMatch(p -> p.startsWith("Plant.java:7 ") && p.contains("error.onlyVi") && p.contains("missing from en"));
        assertThat(problems).anyMatch(p -> p.startsWith("Plant.java:11 ") && p.contains("action.UNKNOWN"));
        assertThat(problems).hasSize(7);
    }

    @Test
    void rawTextDetectorFindsPlantedText() {
        String html = """
                <!DOCTYPE html>
                <html th:replace="~{layout :: page(~{::title}, ~{::content})}">
                <head><title th:text="#{t}">placeholder is fine</title></head>
                <body>
                <div th:fragment="content" th:if="${a > 1}">
                  <h1>Hồ sơ đề nghị</h1>
                  <p th:text="#{ok}">placeholder <b>inside th:text</b> is replaced</p>
                  <p><span th:text="#{a}">a</span> — <span th:text="#{b}">b</span>, (<span th:text="${c}">c</span>) · | : →</p>
                  <p><span th:text="#{label}">label</span>: 2021</p>
                  <p th:if="${x}">
                    Nhập
                    lý do
                  </p>
                  <p>[[#{inline.is.fine}]]</p>
                  <!-- a comment with words is fine -->
                  <input type="text" placeholder="Tìm kiếm">
                  <input type="text" th:placeholder="#{search}" placeholder="search">
                  <button type="submit">Gửi</button>
                  <a th:href="@{/}" title="Trang chủ" th:text="#{home}">home</a>
                  <nav th:attr="aria-label=#{nav}" aria-label="nav"></nav>
                  <img src="x.png" alt="Logo">
                  <br/>After a void element
                  <p>&nbsp;&mdash;&nbsp;</p>
                </div>
                </body>
                </html>
                """;
        List<String> problems = rawTextProblems("plant.html", html);
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:6 ") && p.contains("Hồ sơ đề nghị"));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:9 ") && p.contains("2021"));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:11 ") && p.contains("Nhập lý do"));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:16 ") && p.contains("placeholder=\"Tìm kiếm\""));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:18 ") && p.contains("Gửi"));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:19 ") && p.contains("title=\"Trang chủ\""));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:21 ") && p.contains("alt=\"Logo\""));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:22 ") && p.contains("After a void element"));
        assertThat(problems).hasSize(8);
    }

    @Test
    void unescapedOutputDetectorFindsPlantedOutput() {
        String html = """
                <p th:text="${safe}">x</p>
                <p th:utext="${unsafe}">x</p>
                <p>[[${safe}]]</p>
                <p>[(${unsafe})]</p>
                <p data-th-utext="${unsafe}">x</p>
                <!-- th:utext in a comment is ignored -->
                """;
        List<String> problems = unescapedOutputProblems("plant.html", html);
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:2 "));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:4 "));
        assertThat(problems).anyMatch(p -> p.startsWith("plant.html:5 "));
        assertThat(problems).hasSize(3);
    }

    // ---------------------------------------------------------------------------------------------------------
    // a. Bundle comparison
    // ---------------------------------------------------------------------------------------------------------

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    static List<String> bundleProblems(Bundle first, Bundle second) {
        List<String> problems = new ArrayList<>();
        problems.addAll(first.duplicates);
        problems.addAll(second.duplicates);
        for (Bundle[] pair : new Bundle[][] {{first, second}, {second, first}}) {
            for (String key : pair[0].values.keySet()) {
                if (!pair[1].values.containsKey(key)) {
                    problems.add(pair[0].where(key) + " " + key + " is missing from " + pair[1].name);
                }
            }
        }
        for (Bundle bundle : List.of(first, second)) {
            bundle.values.forEach((key, value) -> {
                if (value.isBlank()) {
                    problems.add(bundle.where(key) + " " + key + " is empty");
                }
                if (value.indexOf('\'') >= 0) {
                    problems.add(bundle.where(key) + " " + key + " contains an ASCII apostrophe, which MessageFormat treats as"
                            + " a quote when the message has arguments; use ’ (U+2019): " + value);
                }
            });
        }
        first.values.forEach((key, value) -> {
            String other = second.values.get(key);
            if (other == null) {
                return;
            }
            Set<String> mine = placeholders(value);
            Set<String> theirs = placeholders(other);
            if (!mine.equals(theirs)) {
                problems.add(first.where(key) + " " + key + " has placeholders " + mine + " in " + first.name + " but "
                        + theirs + " in " + second.name);
            }
            if (value.equals(other) && !SAME_IN_BOTH.contains(key) && value.codePoints().anyMatch(Character::isLetter)) {
                problems.add(second.where(key) + " " + key + " looks untranslated (same text in " + first.name + " and "
                        + second.name + "): " + value);
            }
        });
        return problems;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    private static List<String> basenames() {
        Properties app = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.properties"))) {
            app.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(app.getProperty("spring.messages.basename", "messages").split(","))
                .map(String::strip).filter(b -> !b.isEmpty()).map(b -> b.replace('.', '/')).toList();
    }

    /** A bundle read as UTF-8, with each key's line and any duplicate keys (which Properties silently collapses). */
    static final class Bundle {

        final String name;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, Integer> lineOf = new LinkedHashMap<>();
        final List<String> duplicates = new ArrayList<>();

        private Bundle(String name) {
            this.name = name;
        }

        /** Several files read as one bundle; a key defined in two files counts as a duplicate. */
        static Bundle readAll(List<Path> files) {
            Bundle all = new Bundle(files.toString());
            for (Path file : files) {
                Bundle one = read(file);
                all.duplicates.addAll(one.duplicates);
                one.values.forEach((key, value) -> {
                    if (all.values.containsKey(key)) {
                        all.duplicates.add(key + " (in " + file + " and an earlier bundle)");
                    }
                    all.values.put(key, value);
                    all.lineOf.put(key, one.lineOf.getOrDefault(key, 0));
                });
            }
            return all;
        }

        static Bundle read(Path file) {
            // Files.readString throws on malformed UTF-8, e.g. a file saved as ISO-8859-1.
            return parse(file.toString(), MessageBundleTests.read(file));
        }

        static Bundle parse(String name, String text) {
            Bundle bundle = new Bundle(name);
            Properties properties = new Properties();
            try (Reader reader = new StringReader(text)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Keys in the order and on the lines they appear; continuation lines belong to the key before them.
            String[] lines = text.split("\n", -1);
            boolean continued = false;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                boolean wasContinued = continued;
                continued = endsWithOddBackslashes(line);
                if (wasContinued || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                    continued = wasContinued && continued;
                    continue;
                }
                String key = properties.stringPropertyNames().stream()
                        .filter(k -> startsWithKey(line, k))
                        .max((a, b) -> Integer.compare(a.length(), b.length()))
                        .orElse(null);
                if (key == null) {
                    continue;
                }
                if (bundle.lineOf.containsKey(key)) {
                    bundle.duplicates.add(name + ":" + (i + 1) + " " + key + " is a duplicate key (first on line "
                            + bundle.lineOf.get(key) + "); only the last value counts");
                } else {
                    bundle.lineOf.put(key, i + 1);
                    bundle.values.put(key, properties.getProperty(key));
                }
            }
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                bundle.values.putIfAbsent(key, properties.getProperty(key));
            }
            return bundle;
        }

        private static boolean startsWithKey(String line, String key) {
            if (!line.startsWith(key)) {
                return false;
            }
            if (line.length() == key.length()) {
                return true;
            }
            char next = line.charAt(key.length());
            return next == '=' || next == ':' || Character.isWhitespace(next);
        }

        private static boolean endsWithOddBackslashes(String line) {
            int n = 0;
            for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
                n++;
            }
            return n % 2 == 1;
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        boolean hasPrefix(String prefix) {
            return values.keySet().stream().anyMatch(k -> k.startsWith(prefix) && k.length() > prefix.length());
        }

        String where(String key) {
            Integer line = lineOf.get(key);
            return name + (line == null ? "" : ":" + line);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // b. Keys in templates
    // ---------------------------------------------------------------------------------------------------------

    /** #{key} and #{key(args)}: a static key. */
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{\\s*([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*(?=[(}])");
    /** #{${'prefix.' + x}}: a key built from a literal prefix. */
    private static final Pattern PREFIXED_KEY = Pattern.compile("#\\{\\s*\\$\\{\\s*'([^']*)'\\s*\\+");
    /** #messages.msg('key'), #messages.msgOrNull('prefix.' + x) and the like. */
    private static final Pattern MESSAGES_CALL =
            Pattern.compile("#messages\\.(msg|msgWithParams|msgOrNull|msgOrNullWithParams)\\(\\s*'([^']*)'\\s*(\\+)?");
    /** The label key given to the form-field fragment: field('name', 'label.key', ...). */
    private static final Pattern FIELD_LABEL = Pattern.compile("\\bfield\\(\\s*'[^']*'\\s*,\\s*'([^']+)'");

    static List<String> templateKeyProblems(String template, String html, Bundle first, Bundle second) {
        String text = blankComments(html);
        List<String> problems = new ArrayList<>();
        Matcher m = STATIC_KEY.matcher(text);
        while (m.find()) {
            problems.addAll(missing(template + ":" + lineAt(text, m.start()), m.group(1), first, second));
        }
        m = PREFIXED_KEY.matcher(text);
        while (m.find()) {
            problems.addAll(missingPrefix(template + ":" + lineAt(text, m.start()), m.group(1), first, second));
        }
        m = MESSAGES_CALL.matcher(text);
        while (m.find()) {
            String where = template + ":" + lineAt(text, m.start());
            if (m.group(3) != null) {
                problems.addAll(missingPrefix(where, m.group(2), first, second));
            } else if (!m.group(1).startsWith("msgOrNull")) {
                problems.addAll(missing(where, m.group(2), first, second));
            }
        }
        m = FIELD_LABEL.matcher(text);
        while (m.find()) {
            problems.addAll(missing(template + ":" + lineAt(text, m.start()), m.group(1), first, second));
        }
        return problems;
    }

    private static List<String> missing(String where, String key, Bundle first, Bundle second) {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : List.of(first, second)) {
            if (!bundle.has(key)) {
                problems.add(where + " key " + key + " is missing from " + bundle.name);
            }
        }
        return problems;
    }

    private static List<String> missingPrefix(String where, String prefix, Bundle first, Bundle second) {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : List.of(first, second)) {
            if (!bundle.hasPrefix(prefix)) {
                problems.add(where + " no key starting with '" + prefix + "' in " + bundle.name);
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------------
    // c. Keys in Java code
    // ---------------------------------------------------------------------------------------------------------

    private static final Pattern JAVA_KEY = Pattern.compile("(notice|error|validation|action|status)\\.[A-Za-z0-9_.]+");
    private static final Pattern JAVA_BRACED_KEY = Pattern.compile("\\{((notice|error|validation|action|status)\\.[A-Za-z0-9_.]+)}");

    static List<String> javaKeyProblems(String file, String source, Bundle first, Bundle second) {
        List<String> problems = new ArrayList<>();
        for (Literal literal : stringLiterals(source)) {
            String key = null;
            Matcher braced = JAVA_BRACED_KEY.matcher(literal.value);
            if (braced.matches()) {
                key = braced.group(1);
            } else if (JAVA_KEY.matcher(literal.value).matches()) {
                key = literal.value;
            }
            if (key != null && !key.endsWith(".")) {
                problems.addAll(missing(file + ":" + literal.line, key, first, second));
            }
        }
        return problems;
    }

    record Literal(String value, int line) {
    }

    /** The string literals of a Java source, outside comments, with their lines. Text blocks are skipped. */
    static List<Literal> stringLiterals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, '\n', i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int j = i + 3;
                while (j < n && !(source.startsWith("\"\"\"", j) && source.charAt(j - 1) != '\\')) {
                    j++;
                }
                int end = Math.min(n, j + 3);
                line += count(source, '\n', i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        value.append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        value.append(source.charAt(j++));
                    }
                }
                if (c == '"') {
                    literals.add(new Literal(value.toString(), line));
                }
                i = Math.min(n, j + 1);
            } else {
                i++;
            }
        }
        return literals;
    }

    // ---------------------------------------------------------------------------------------------------------
    // d. Raw text and unescaped output in templates
    // ---------------------------------------------------------------------------------------------------------

    /** Attributes that replace an element's own body (or the whole element). */
    private static final Set<String> REPLACES_OWN_TEXT = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:errors", "th:remove", "th:substituteby", "th:include", "sec:authentication");
    /** Attributes that replace the whole body, so text in child elements is placeholder text too. */
    private static final Set<String> REPLACES_BODY = Set.of("th:text", "th:utext", "th:errors", "th:remove", "sec:authentication");
    /** Attributes that people see or hear: they need th:title, th:attr="aria-label=#{...}" and so on. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "aria-roledescription", "label");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
    private static final Pattern UNESCAPED_ATTRIBUTE = Pattern.compile("(?<![\\w-])(th:utext|data-th-utext)\\s*=");

    record Element(String name, Map<String, String> attributes, int line) {

        boolean hasAny(Set<String> names) {
            return names.stream().anyMatch(attributes::containsKey);
        }
    }

    static List<String> rawTextProblems(String template, String html) {
        String text = blankComments(html);
        List<String> problems = new ArrayList<>();
        List<Element> open = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lt = text.indexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            checkText(template, text, i, textEnd, open, problems);
            if (lt < 0) {
                break;
            }
            if (lt + 1 < n && (text.charAt(lt + 1) == '!' || text.charAt(lt + 1) == '?')) {
                int gt = text.indexOf('>', lt);
                i = gt < 0 ? n : gt + 1;
            } else if (lt + 1 < n && text.charAt(lt + 1) == '/') {
                int gt = text.indexOf('>', lt);
                String name = text.substring(lt + 2, gt < 0 ? n : gt).strip().toLowerCase();
                for (int k = open.size() - 1; k >= 0; k--) {
                    if (open.get(k).name.equals(name)) {
                        open.subList(k, open.size()).clear();
                        break;
                    }
                }
                i = gt < 0 ? n : gt + 1;
            } else if (lt + 1 < n && (Character.isLetter(text.charAt(lt + 1)))) {
                int[] end = new int[1];
                Element element = parseTag(text, lt, end);
                i = end[0];
                checkAttributes(template, element, problems);
                boolean selfClosing = text.startsWith("/>", i - 2);
                if (element.name.equals("script") || element.name.equals("style")) {
                    int close = text.toLowerCase().indexOf("</" + element.name, i);
                    i = close < 0 ? n : close;
                } else if (!selfClosing && !VOID_ELEMENTS.contains(element.name)) {
                    open.add(element);
                }
            } else {
                // A '<' that starts no tag (e.g. "a < b" in text): treat it as text.
                checkText(template, text, lt, lt + 1, open, problems);
                i = lt + 1;
            }
        }
        return problems;
    }

    private static void checkText(String template, String text, int from, int to, List<Element> open, List<String> problems) {
        if (from >= to) {
            return;
        }
        String raw = text.substring(from, to);
        String visible = ENTITY.matcher(INLINE_EXPRESSION.matcher(raw).replaceAll(" ")).replaceAll(" ");
        if (visible.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return; // blank, or punctuation and separators only
        }
        if (!open.isEmpty() && open.get(open.size() - 1).hasAny(REPLACES_OWN_TEXT)) {
            return;
        }
        if (open.stream().anyMatch(e -> e.hasAny(REPLACES_BODY))) {
            return;
        }
        int firstVisible = from;
        while (firstVisible < to && Character.isWhitespace(text.charAt(firstVisible))) {
            firstVisible++;
        }
        String owner = open.isEmpty() ? "(document)" : "<" + open.get(open.size() - 1).name + "> from line "
                + open.get(open.size() - 1).line;
        problems.add(template + ":" + lineAt(text, firstVisible) + " raw text \"" + raw.strip().replaceAll("\\s+", " ")
                + "\" in " + owner);
    }

    private static void checkAttributes(String template, Element element, List<String> problems) {
        for (Map.Entry<String, String> attribute : element.attributes.entrySet()) {
            String name = attribute.getKey();
            boolean visible = VISIBLE_ATTRIBUTES.contains(name)
                    || (name.equals("value") && element.name.equals("input")
                        && Set.of("submit", "button", "reset").contains(element.attributes.getOrDefault("type", "")));
            if (!visible || ENTITY.matcher(attribute.getValue()).replaceAll(" ").codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            String overrides = element.attributes.getOrDefault("th:attr", "") + "," + element.attributes.getOrDefault("th:attrappend", "");
            boolean replaced = element.attributes.containsKey("th:" + name) || element.attributes.containsKey("th:replace")
                    || Pattern.compile("(^|[,\\s])" + Pattern.quote(name) + "\\s*=").matcher(overrides).find();
            if (!replaced) {
                problems.add(template + ":" + element.line + " raw text in attribute " + name + "=\"" + attribute.getValue()
                        + "\" of <" + element.name + ">; use th:" + name + "=\"#{...}\"");
            }
        }
    }

    /** Reads the tag starting at {@code lt} (quoted attribute values may contain '>'); end[0] is just past its '>'. */
    private static Element parseTag(String text, int lt, int[] end) {
        int n = text.length();
        int i = lt + 1;
        int start = i;
        while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>' && !text.startsWith("/>", i)) {
            i++;
        }
        String name = text.substring(start, i).toLowerCase();
        Map<String, String> attributes = new LinkedHashMap<>();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n || text.charAt(i) == '>') {
                i++;
                break;
            }
            if (text.startsWith("/>", i)) {
                i += 2;
                break;
            }
            int nameStart = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)) && "=>".indexOf(text.charAt(i)) < 0
                    && !text.startsWith("/>", i)) {
                i++;
            }
            String attribute = text.substring(nameStart, i).toLowerCase();
            if (attribute.isEmpty()) {
                i++;
                continue;
            }
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && text.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i < n && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                    char quote = text.charAt(i);
                    int close = text.indexOf(quote, i + 1);
                    close = close < 0 ? n : close;
                    value = text.substring(i + 1, close);
                    i = Math.min(n, close + 1);
                } else {
                    int valueStart = i;
                    while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>') {
                        i++;
                    }
                    value = text.substring(valueStart, i);
                }
            }
            if (attribute.startsWith("data-th-")) {
                attribute = "th:" + attribute.substring("data-th-".length());
            }
            attributes.put(attribute, value);
        }
        end[0] = Math.min(i, n);
        return new Element(name, attributes, lineAt(text, lt));
    }

    static List<String> unescapedOutputProblems(String template, String html) {
        String text = blankComments(html);
        List<String> problems = new ArrayList<>();
        Matcher m = UNESCAPED_ATTRIBUTE.matcher(text);
        while (m.find()) {
            problems.add(template + ":" + lineAt(text, m.start()) + " " + m.group(1) + " prints unescaped HTML");
        }
        int at = text.indexOf("[(");
        while (at >= 0) {
            problems.add(template + ":" + lineAt(text, at) + " [(...)] prints unescaped text");
            at = text.indexOf("[(", at + 2);
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Files and helpers
    // ---------------------------------------------------------------------------------------------------------

    /** The text with each HTML comment replaced by spaces, keeping its line breaks so that line numbers still hold. */
    static String blankComments(String html) {
        StringBuilder out = new StringBuilder(html);
        int start = html.indexOf("<!--");
        while (start >= 0) {
            int end = html.indexOf("-->", start + 4);
            end = end < 0 ? html.length() : end + 3;
            for (int i = start; i < end; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
            start = html.indexOf("<!--", end);
        }
        return out.toString();
    }

    private static int lineAt(String text, int offset) {
        return 1 + count(text, '\n', 0, offset);
    }

    private static int count(String text, char c, int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static List<Path> templates() {
        List<Path> files = files(TEMPLATES, ".html");
        assertThat(files).as("templates under %s", TEMPLATES).isNotEmpty();
        return files;
    }

    private static List<Path> javaSources() {
        List<Path> files = files(JAVA, ".java");
        assertThat(files).as("Java sources under %s", JAVA).isNotEmpty();
        return files;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Simple name to fully qualified name of every top-level enum in the main sources. */
    private static Map<String, String> enumsInSources() {
        Pattern packageDeclaration = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
        Map<String, String> enums = new LinkedHashMap<>();
        for (Path source : javaSources()) {
            String simpleName = source.getFileName().toString().replace(".java", "");
            String text = read(source);
            Matcher pkg = packageDeclaration.matcher(text);
            if (Pattern.compile("\\benum\\s+" + simpleName + "\\b").matcher(text).find() && pkg.find()) {
                enums.put(simpleName, pkg.group(1) + "." + simpleName);
            }
        }
        return enums;
    }

    private static Method labelKeyMethod(Class<?> type) {
        try {
            Method method = type.getMethod("labelKey");
            method.setAccessible(true);
            return method.getReturnType() == String.class ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " as UTF-8", e);
        }
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String lines(Collection<String> problems) {
        return String.join(System.lineSeparator(), new ArrayList<>(new LinkedHashSet<>(problems)));
    }
}
