package org.regiolod.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What the API answers, as JSON: camelCase fields, always present (null when the data has no
 * value), dates and years in ISO 8601, related items as {@link Ref}. The OpenAPI document
 * ({@code api/openapi.yaml}) describes each of these; the contract test holds them to it.
 */
public final class ApiModel {
    private ApiModel() {}

    /** A related item: enough to show and link it without a second request. */
    public record Ref(String id, String uri, String label) {}

    /** Where the facts come from: the source document and the places in it. */
    public record Source(Ref document, List<String> locations) {}

    /** An ISTAT region, from the Italian controlled vocabulary of territorial classifications. */
    public record Region(String code, String uri) {}

    public record Act(String id, String uri, String code, String label, String type, String number, String date) {}

    public record Plan(String id, String uri, String code, String label, String description, String type,
                       Integer startYear, Integer endYear, Region region, Ref publisher,
                       List<Ref> implementsPlans, List<Ref> implementedBy, List<Ref> alignsWith, List<Ref> revises,
                       List<Act> approvedBy, int lineCount, int interventionCount, int targetGroupCount,
                       Source source) {}

    public record Intervention(String id, String uri, String code, String label, String description, Ref plan,
                               List<Ref> lines, List<Ref> targetGroups, Source source) {}

    public record Line(String id, String uri, String code, String label, String description, Ref plan,
                       List<Ref> interventions, Source source) {}

    public record TargetGroup(String id, String uri, String code, String label, String description,
                              boolean labelIsInterpretation, String labelDerivation, Ref plan,
                              List<Ref> interventions, Source source) {}

    public record Organisation(String id, String uri, String code, String label, String description,
                               String acronym, String kind, String ipaCode, Region region, String homepage,
                               List<Ref> plans, List<Ref> acts, Source source) {}

    public record MatrixRow(String id, String uri, String code, String label) {}

    public record MatrixColumn(String kind, String id, String uri, String code, String label, Ref plan) {}

    /** A marked cell ("X" in the source): indices into rows and columns. */
    public record MatrixCell(int row, int column) {}

    public record Matrix(Ref plan, List<MatrixRow> rows, List<MatrixColumn> columns, List<MatrixCell> cells) {}

    /** A sum of money: the value as a number, the ISO 4217 currency, and the budget it is charged to. */
    public record Amount(String id, String uri, String code, String label, java.math.BigDecimal value, String currency,
                         Integer budgetYear, String budgetChapter, Boolean vatIncluded) {}

    public record Budget(Amount total, List<Amount> shares) {}

    public record Signatory(String id, String uri, String role, Ref party) {}

    /** A number as the source states it: value, bounds, unit, comparator (atLeast, moreThan, about, exactly). */
    public record Target(String id, String uri, String code, String label, java.math.BigDecimal value,
                         java.math.BigDecimal minValue, java.math.BigDecimal maxValue, String unit, String comparator,
                         String measures, boolean isInterpretation, String interpretationNote) {}

    public record ActivityPart(String id, String uri, String code, String label, boolean isInterpretation,
                               String interpretationNote) {}

    public record Indicator(String id, String uri, String code, String label, boolean isInterpretation,
                            String interpretationNote, List<Target> targets) {}

    public record Activity(String id, String uri, String code, String label, String description, String kind,
                           List<ActivityPart> outputs, List<Indicator> indicators) {}

    public record Agreement(String id, String uri, String code, String label, String description,
                            String validFrom, String validUntil, String validFromCondition,
                            List<Ref> parties, List<Signatory> signatories, List<Ref> supports, List<Ref> renews,
                            List<Ref> implementsAgreements, List<Act> approvedBy,
                            List<Ref> activityPlans, Budget budget, List<Activity> activities, Source source) {}

    public record Event(String id, String uri, String label, String date) {}

    public record Statistic(String id, String uri, String code, String label, String description,
                            java.math.BigDecimal value, java.math.BigDecimal minValue, java.math.BigDecimal maxValue,
                            String unit, String currency, String comparator, Integer referenceYear, String referencePeriod,
                            Ref statedBy, Event statedAt, String sourceText, boolean isInterpretation,
                            String interpretationNote, Source source) {}

    public record SearchHit(String type, String id, String uri, String code, String label) {}

    public record Links(String self, String first, String prev, String next, String last) {}

    public record Page<T>(List<T> items, long total, int limit, long offset, Links links) {}

    /** An RFC 9457 problem detail. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(String type, String title, int status, String detail, String instance,
                          List<InvalidParam> invalidParams) {}

    public record InvalidParam(String name, String reason) {}
}
