package com.fundguard.approval.cyclea;

/** Fixture: half of a package cycle. */
public class A {
    com.fundguard.approval.cycleb.B b;
}
