package dev.rapport.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Splits an Experience, Education or Volunteering section into entries around their date lines.
 * LinkedIn puts one or two lines (title and company, school and degree, role and organisation) before
 * the dates and the rest (location, description, activities) after them; a grouped company shows its name
 * and total duration once and then several roles with one header line each.
 */
final class DatedEntries {
    /** One entry: the lines before its dates, its dates and the lines after; {@code group} is the grouped company. */
    record Entry(String group, String groupLocation, List<String> header, DateRange dates, List<String> body) {
    }

    /** How many lines before the date line at {@code dateIndex} belong to the entry (1 or 2); none before {@code floor}. */
    interface HeaderRule {
        int size(List<String> lines, int dateIndex, int floor);
    }

    // a line that names a firm by its legal form or kind, not a job title
    private static final java.util.regex.Pattern FIRM = java.util.regex.Pattern.compile(
            "\\b(?:LLP|LLC|Ltd|Limited|Inc|GmbH|AG|PLC|Pty|Corp|Corporation|S\\.A\\.|SA|SAS|BV|B\\.V\\.|NV|AB|ASA|Oy|KK|Co\\.)\\.?$");

    static final HeaderRule TWO_WHEN_ROOM = (lines, d, floor) -> d - 2 >= floor ? 2 : 1;

    private DatedEntries() {
    }

    static List<Entry> split(List<String> lines, boolean groups, HeaderRule rule) {
        return split(lines, groups, rule, java.util.Set.of());
    }

    /** As {@link #split(List, boolean, HeaderRule)}; {@code singles}: organisations (lower case) whose logo started a single entry. */
    static List<Entry> split(List<String> lines, boolean groups, HeaderRule rule, java.util.Set<String> singles) {
        record Found(String group, String groupLocation, int headerStart, int dateIndex, DateRange dates) {
        }
        List<Found> found = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(lines.size());
        int floor = 0;
        String group = null;
        String groupLocation = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            DateRange dates = ProfileDates.rangeLine(line);
            if (dates == null && groups && i - 1 >= floor && ProfileDates.isDurationLine(line)) {
                group = PageLines.company(lines.get(i - 1));
                cuts.add(i - 1);
                groupLocation = "";
                floor = i + 1;
                if (i + 2 < lines.size() && PageLines.looksLikeLocation(lines.get(i + 1))
                        && ProfileDates.rangeLine(lines.get(i + 2)) == null) {
                    groupLocation = PageLines.location(lines.get(i + 1));
                    floor = i + 2;
                }
                continue;
            }
            if (dates == null || i - 1 < floor) {
                continue;
            }
            int size;
            if (group != null) {
                String before = lines.get(i - 1);
                if (PageLines.isEmploymentType(before) && i - 2 >= floor) {
                    size = 2;
                } else if (PageLines.hasEmploymentType(before) && i - 2 >= floor) {
                    size = 2;
                    group = null; // "Company · Full-time" starts a single entry after the group
                    groupLocation = "";
                } else if (i - 2 >= floor && singles.contains(PageLines.company(before).toLowerCase(java.util.Locale.ROOT))
                        && !before.equalsIgnoreCase(group)) {
                    // "Sales Executive / Hotel Vila Madalena Suítes / Feb 2016 - Feb 2019" after a grouped company, its logo line
                    // gone: another employer's single entry
                    size = 2;
                    group = null;
                    groupLocation = "";
                } else if (i - 2 >= floor && FIRM.matcher(before).find() && !before.equalsIgnoreCase(group)
                        && !PageLines.looksLikeLocation(lines.get(i - 2)) && ProfileDates.rangeLine(lines.get(i - 2)) == null) {
                    // "Senior Associate / Halden & Rowe LLP / Sep 2014 - Feb 2021" after a grouped company: a single entry of
                    // another firm (its logo line, which marked the start, is gone once its name repeats)
                    size = 2;
                    group = null;
                    groupLocation = "";
                } else {
                    size = 1;
                }
            } else {
                size = rule.size(lines, i, floor);
            }
            int headerStart = i - size;
            cuts.add(headerStart);
            found.add(new Found(group, groupLocation, headerStart, i, dates));
            floor = i + 1;
        }
        List<Entry> entries = new ArrayList<>();
        for (Found f : found) {
            int end = cuts.higher(f.dateIndex());
            entries.add(new Entry(f.group(), f.groupLocation(), List.copyOf(lines.subList(f.headerStart(), f.dateIndex())),
                    f.dates(), List.copyOf(lines.subList(f.dateIndex() + 1, end))));
        }
        return entries;
    }

    /** Lines before the first entry, which a section without dates consists of entirely. */
    static List<String> leading(List<String> lines, List<Entry> entries) {
        if (entries.isEmpty()) {
            return lines;
        }
        int firstHeader = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (ProfileDates.rangeLine(lines.get(i)) != null) {
                firstHeader = i - entries.get(0).header().size();
                break;
            }
        }
        return firstHeader <= 0 ? List.of() : lines.subList(0, firstHeader);
    }
}
