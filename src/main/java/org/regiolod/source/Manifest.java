package org.regiolod.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The contents of a dataset folder's {@code dataset.yaml}: what the dataset is, where its facts
 * come from, the plan it describes (if any) and its tables. Field names are snake_case in YAML.
 */
public record Manifest(
        String id,
        String title,
        String description,
        String publisher,
        List<String> keywords,
        Source source,
        Plan plan,
        Map<String, String> tables,
        Map<String, String> schemeTitles,
        LocalDate modified,
        List<String> theme,
        String accrualPeriodicity,
        String rightsHolder) {

    public Manifest {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        tables = tables == null ? Map.of() : Map.copyOf(tables);
        schemeTitles = schemeTitles == null ? Map.of() : Map.copyOf(schemeTitles);
        theme = theme == null ? List.of() : List.copyOf(theme);
    }

    /** The manifest without the catalog fields (modified, theme, accrual periodicity, rights holder). */
    public Manifest(String id, String title, String description, String publisher, List<String> keywords,
                    Source source, Plan plan, Map<String, String> tables, Map<String, String> schemeTitles) {
        this(id, title, description, publisher, keywords, source, plan, tables, schemeTitles, null, null, null, null);
    }

    /** The public document the dataset's facts are taken from. */
    public record Source(String id, String seed, String title, String publisher, LocalDate issued, String url) {}

    /** The programme or plan the dataset describes. */
    public record Plan(
            String type,
            String code,
            String title,
            String description,
            String region,
            Integer startYear,
            Integer endYear,
            List<String> implementsPlans,
            List<String> revises,
            List<String> approvedBy,
            String publisher,
            String sourceLocation,
            Integer declaredLineCount,
            List<String> alignsWith) {

        public Plan {
            implementsPlans = implementsPlans == null ? List.of() : List.copyOf(implementsPlans);
            alignsWith = alignsWith == null ? List.of() : List.copyOf(alignsWith);
            revises = revises == null ? List.of() : List.copyOf(revises);
            approvedBy = approvedBy == null ? List.of() : List.copyOf(approvedBy);
        }

        public boolean isProgramme() {
            return "programme".equals(type);
        }
    }
}
