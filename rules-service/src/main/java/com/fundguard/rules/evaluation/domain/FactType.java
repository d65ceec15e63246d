package com.fundguard.rules.evaluation.domain;

/** The types a fact can have. Money is an INT of minor units (fen, cents): exact, never floating point. */
public enum FactType {
    INT,
    BOOL,
    STRING,
    DOUBLE,
    STRING_LIST
}
