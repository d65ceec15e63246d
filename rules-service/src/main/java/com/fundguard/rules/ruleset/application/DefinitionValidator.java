package com.fundguard.rules.ruleset.application;

/** Checks a rule-set definition before it is stored: its structure and every condition (the evaluation capability). */
public interface DefinitionValidator {

    /** Throws {@link InvalidDefinitionException} naming the place in the definition and what is wrong. */
    void validate(String definitionJson);

    class InvalidDefinitionException extends RuntimeException {
        private final String field;

        public InvalidDefinitionException(String field, String reason) {
            super(reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
