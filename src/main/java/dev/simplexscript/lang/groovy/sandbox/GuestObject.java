package dev.simplexscript.lang.groovy.sandbox;

/**
 * A host object made for scripts (an API object, {@code on}, {@code command}, a stdlib helper): it
 * lists its own members, and the sandbox hands it calls and property reads by name instead of
 * resolving anything on its class. A name that is not a member must be refused, never looked up.
 */
public interface GuestObject {

    /** Calls member {@code name}; {@code call} is the object called as a function. */
    Object invokeMember(String name, Object[] args);

    /** Reads property {@code name}. */
    Object readMember(String name);
}
