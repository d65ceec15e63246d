package com.fundguard.reconciliation.statement.adapter.in.web;

import com.fundguard.reconciliation.statement.application.CsvMappingBook;
import com.fundguard.reconciliation.statement.domain.CsvColumnMapping;
import com.fundguard.web.ApiProblems;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An enterprise's saved CSV column mappings, by name; an upload names one ({@code format=CSV&mapping=<name>}).
 * Saved and read by the accounting side (AUDITOR or AUTHORIZER). A mapping that cannot be read with is refused with
 * every field at fault.
 */
@RestController
@RequestMapping("/api/enterprises/{enterpriseId}/statement-mappings")
class CsvMappingController {

    private final CsvMappingBook book;

    CsvMappingController(CsvMappingBook book) {
        this.book = book;
    }

    /** The request and the answer: the mapping's settings, columns by their field names. */
    record MappingBody(String name, String delimiter, String charset, Integer headerRows, Integer footerRows,
                       String dateFormat, String decimalSeparator, String groupingSeparator,
                       Map<String, String> columns, String signConvention, String fixedCurrency, String fixedAccount) {

        static MappingBody of(CsvColumnMapping m) {
            Map<String, String> columns = new LinkedHashMap<>();
            m.columns().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(c -> columns.put(c.getKey().json(), c.getValue()));
            return new MappingBody(m.name(), m.delimiter(), m.charset(), m.headerRows(), m.footerRows(), m.dateFormat(),
                    m.decimalSeparator(), m.groupingSeparator().orElse(null), columns,
                    m.signConvention().map(Enum::name).orElse(null), m.fixedCurrency().orElse(null),
                    m.fixedAccount().orElse(null));
        }
    }

    @PutMapping("/{name}")
    ResponseEntity<?> save(@PathVariable UUID enterpriseId, @PathVariable String name, @RequestBody MappingBody body,
                           @AuthenticationPrincipal Jwt token) {
        UUID person = StatementAccess.check(token, enterpriseId, "saves CSV column mappings");
        List<ApiProblems.FieldError> errors = new java.util.ArrayList<>();
        Map<CsvColumnMapping.Field, String> columns = new EnumMap<>(CsvColumnMapping.Field.class);
        Map<String, CsvColumnMapping.Field> byName = new LinkedHashMap<>();
        for (CsvColumnMapping.Field field : CsvColumnMapping.Field.values()) {
            byName.put(field.json(), field);
        }
        if (body.columns() != null) {
            body.columns().forEach((key, reference) -> {
                CsvColumnMapping.Field field = byName.get(key);
                if (field == null) {
                    errors.add(new ApiProblems.FieldError("columns." + key, "not a column a mapping names; one of "
                            + byName.keySet()));
                } else if (reference != null) {
                    columns.put(field, reference);
                }
            });
        }
        Optional<CsvColumnMapping.SignConvention> sign = Optional.empty();
        if (body.signConvention() != null) {
            try {
                sign = Optional.of(CsvColumnMapping.SignConvention.valueOf(body.signConvention()));
            } catch (IllegalArgumentException e) {
                errors.add(new ApiProblems.FieldError("signConvention", "NEGATIVE_IS_DEBIT or NEGATIVE_IS_CREDIT"));
            }
        }
        if (body.dateFormat() == null || body.dateFormat().isBlank()) {
            errors.add(new ApiProblems.FieldError("dateFormat", "required, e.g. yyyy-MM-dd or yyyyMMdd"));
        }
        if (body.name() != null && !body.name().equals(name)) {
            errors.add(new ApiProblems.FieldError("name", "differs from the name in the path"));
        }
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(problem(errors));
        }
        CsvColumnMapping mapping = new CsvColumnMapping(name, orDefault(body.delimiter(), ","),
                orDefault(body.charset(), "UTF-8"), body.headerRows() == null ? 0 : body.headerRows(),
                body.footerRows() == null ? 0 : body.footerRows(), body.dateFormat(),
                orDefault(body.decimalSeparator(), "."), Optional.ofNullable(body.groupingSeparator()), columns, sign,
                Optional.ofNullable(body.fixedCurrency()), Optional.ofNullable(body.fixedAccount()));
        boolean created = book.save(enterpriseId, person, mapping);
        MappingBody saved = MappingBody.of(mapping);
        return created
                ? ResponseEntity.created(URI.create("/api/enterprises/" + enterpriseId + "/statement-mappings/" + name)).body(saved)
                : ResponseEntity.ok(saved);
    }

    @GetMapping
    List<MappingBody> all(@PathVariable UUID enterpriseId, @AuthenticationPrincipal Jwt token) {
        StatementAccess.check(token, enterpriseId, "reads CSV column mappings");
        return book.all(enterpriseId).stream().map(MappingBody::of).toList();
    }

    @GetMapping("/{name}")
    ResponseEntity<MappingBody> one(@PathVariable UUID enterpriseId, @PathVariable String name,
                                    @AuthenticationPrincipal Jwt token) {
        StatementAccess.check(token, enterpriseId, "reads CSV column mappings");
        return book.find(enterpriseId, name).map(MappingBody::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(CsvMappingBook.MappingRefused.class)
    ResponseEntity<ProblemDetail> refused(CsvMappingBook.MappingRefused e) {
        return ResponseEntity.badRequest().body(problem(e.problems().stream()
                .map(p -> new ApiProblems.FieldError(p.field(), p.message())).toList()));
    }

    /** The platform's validation problem (ApiProblems' shape) with every field at fault, sorted by field. */
    private static ProblemDetail problem(List<ApiProblems.FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setType(ApiProblems.VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors.stream()
                .sorted(java.util.Comparator.comparing(ApiProblems.FieldError::field)).toList());
        return problem;
    }

    private static String orDefault(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
