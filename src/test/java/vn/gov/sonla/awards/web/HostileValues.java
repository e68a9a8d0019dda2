package vn.gov.sonla.awards.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Values a hostile or careless person may send in any field: markup and template expressions, SQL, NUL and every
 * other control character, bidirectional controls, very long text, wrong types, negative and huge numbers, odd
 * dates and odd Unicode. Each value is a single string, as a browser or a script would send it.
 */
final class HostileValues {

    static final int MINIMUM = 300;

    private HostileValues() {
    }

    static List<String> all() {
        Set<String> values = new LinkedHashSet<>();
        // markup, script and template expressions
        values.addAll(List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
                "'><b>đậm</b>", "</textarea><script>alert(2)</script>", "</title><h1>x</h1>", "<!--", "-->", "]]>",
                "<![CDATA[x]]>", "<?xml version=\"1.0\"?>", "<a href=\"javascript:alert(1)\">x</a>", "javascript:alert(1)",
                "\" onmouseover=\"alert(1)", "' onfocus='alert(1)' autofocus='", "<iframe src=//evil.example>",
                "<math><mi xlink:href=\"javascript:alert(1)\">", "<style>*{display:none}</style>", "&lt;b&gt;", "&#0;",
                "&amp;&quot;&#39;", "${7*7}", "#{7*7}", "*{7*7}", "@{//evil.example}", "~{layout :: page}",
                "[[${T(java.lang.Runtime).getRuntime()}]]", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::x",
                "{{7*7}}", "<%= 7*7 %>", "#{T(java.lang.System).exit(0)}", "%{7*7}", "{0}", "{0,number,#}", "'{'", "%s%s%n",
                "%3Cscript%3Ealert(1)%3C/script%3E", "%00", "%25", "%0d%0aSet-Cookie:x=y", "\\u0000", "_x0000_",
                "<svg/onload=alert(1)//", "<body onload=alert(1)>", "<input autofocus onfocus=alert(1)>"));
        // SQL and LIKE
        values.addAll(List.of("' OR '1'='1", "' OR 1=1 --", "'; DROP TABLE dossier; --", "\"; DROP TABLE unit; --",
                "1; SELECT pg_sleep(5)", "' UNION SELECT password_hash FROM user_account --", "%", "_", "%%", "%_%", "\\",
                "\\\\", "'", "''", "\"", "`", "$$", "$1", ":name", "?", "E'\\x00'", "'||(SELECT version())||'",
                "1' AND SLEEP(5)#", "admin'--", "') OR ('a'='a", "*", ";", "--", "/*", "*/", "NULL", "null", "None",
                "undefined", "\\N", "ORDER BY 1--", "1 OR 1=1", "' AND 1=CAST((SELECT 1) AS int)--"));
        // NUL and every other C0 control, DEL and the C1 controls, inside text
        for (int c = 0; c <= 0x1F; c++) {
            values.add("Nguyễn" + (char) c + "Văn");
        }
        values.add("Nguyễn\u007FVăn");
        for (int c = 0x80; c <= 0x9F; c++) {
            values.add("Lò" + (char) c + "Thị");
        }
        values.addAll(List.of("\u0000", "\u0000\u0000\u0000", "\u0000<script>", "abc\u0000", "\u0000abc",
                "x".repeat(300) + "\u0000", "\u0000" + "đ".repeat(5000), "\r", "\n", "\r\n", "\t", "a\r\nSet-Cookie: x=y",
                "a\r\nLocation: https://evil.example/", "dòng 1\ndòng 2\r\ndòng 3\ttab", "\u001B[31mred\u001B[0m",
                "\f\u000B\b"));
        // bidirectional controls and invisible characters
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
                0x061C}) {
            values.add("evil" + Character.toString(c) + "gpj.pdf");
        }
        values.addAll(List.of("\u202Eexe.pdf", "báo cáo\u202Excod.exe", "\u2066\u2067\u2068\u2069", "\u200B", "\u200C\u200D",
                "\uFEFF", "\uFEFFtên", "\u00AD", "\u2028", "\u2029", "a\u2028b", "\u180E", "\u2060", "\u034F"));
        // long text
        values.addAll(List.of("a".repeat(5000), "Đ".repeat(5000), "<".repeat(5000), "'".repeat(5000), "%".repeat(5000),
                "x".repeat(255), "x".repeat(256), "x".repeat(4001), "Thành tích ".repeat(2001), "😀".repeat(2500),
                "a\u0301".repeat(2500), " ".repeat(5000), "\n".repeat(5000), "9".repeat(5000)));
        // wrong types, negative and huge numbers
        values.addAll(List.of("abc", "1.5", "1,5", "1e3", "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "true",
                "false", "yes", "on", "[]", "{}", "[1,2]", "{\"a\":1}", "0x10", "0b1", "1_000", "١٢٣", "１２３", "½",
                "-1", "0", "-0", "+1", "01", " 1", "1 ", "1.0", "2147483647", "2147483648", "-2147483648",
                "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                "-9223372036854775809", "99999999999999999999999999", "-99999999999999999999999999", "1/0", "1;2",
                "1,2", "1&2", "1 2", "1\u00002"));
        // dates, months and enum-like values
        values.addAll(List.of("2021-02-29", "2020-02-29", "2021-13-01", "2021-00-10", "0000-01-01", "9999-12-31",
                "10000-01-01", "+999999999-12-31", "-999999999-01-01", "1899-12-31", "1900-01-01", "2099-01-01",
                "31/12/2020", "12/31/2020", "2021-12", "2021-1", "0000-00", "9999-99", "2021-W01", "2021-12-01T10:00",
                "DRAFT", "draft", "SUBMITTED", "GRANTED", "ADMIN", "CLERK", "INDIVIDUAL", "COLLECTIVE", "MALE",
                "PROPOSAL", "SUBMIT", "DISTRICT", "individual", "INDIVIDUAL\u0000", "INDIVIDUAL ", "Ｉ"));
        // odd Unicode and whitespace
        values.addAll(List.of("", " ", "   ", "\u00A0", "\u3000", "  Nguyễn   Văn  ", "Nguyễn Thị Hoà", "Nguyê\u0303n",
                "NGUYỄN", "ǅ", "ﬀ", "İ", "ı", "ß", "Ω", "Å", "Ａｄｍｉｎ", "ＳＥＬＥＣＴ", "𝐍𝐠𝐮𝐲𝐞̂̃𝐧", "👍", "👨‍👩‍👧‍👦",
                "🏳️‍🌈", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFFFD", "\uFFFF", "\uFFFE", "Z̷̢̛̛a̸̡l̴g̵o̶",
                "مرحبا", "שלום", "你好", "こんにちは", "नमस्ते", "ꦱꦸꦫꦧꦪ", "A\u0308\u0308\u0308\u0308\u0308",
                "../../../etc/passwd", "..\\..\\windows\\win.ini", "/dev/null", "C:\\con", "CON", "nul", "a/b\\c",
                "file:///etc/passwd", "http://evil.example/", "//evil.example", "/\\evil.example", "mailto:a@b.c",
                "a@b.c", "@", "a@", "@b.c", "a@b", " a@b.c ", "a@b.c\u0000", "a@b.c\r\nBcc: x@y.z", "vanthu.maison",
                "admin", "root", "ADMIN", "a".repeat(64), "vn", "en", "fr", "vi\u0000", "x-klingon"));
        List<String> list = new ArrayList<>(values);
        if (list.size() < MINIMUM) {
            throw new IllegalStateException("only " + list.size() + " hostile values");
        }
        return List.copyOf(list);
    }
}
