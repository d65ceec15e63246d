package com.fundguard.approval.cycleb;

/** Fixture: the other half of a package cycle. */
public class B {
    com.fundguard.approval.cyclea.A a;
}
