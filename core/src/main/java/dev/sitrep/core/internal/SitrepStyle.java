package dev.sitrep.core.internal;

import dev.sitrep.core.InvalidDataException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of sitrep's value types: public generated classes, documented with the
 * types (every type has a static {@code builder()} or factory, whose builder copies a value with
 * {@code from}; the generated class has {@code copyOf} and {@code with…}), no Guava, and
 * {@link InvalidDataException} for a missing attribute or a {@code null}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    // a builder makes a list when the first element comes: most of a value's lists are empty
    deferCollectionAllocation = true,
    allParameters = false,
    defaultAsDefault = true,
    depluralize = true,
    throwForInvalidImmutableState = InvalidDataException.class,
    throwForNullPointer = InvalidDataException.class,
    // no @Generated or other class-path annotation on the generated classes: users' javac would
    // look for Immutables, which sitrep does not pass on (only @Override, from the JDK)
    allowedClasspathAnnotations = {Override.class})
public @interface SitrepStyle {}
