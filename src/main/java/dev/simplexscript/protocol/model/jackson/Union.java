package dev.simplexscript.protocol.model.jackson;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonTypeIdResolver;

/**
 * A sealed interface encoded as the core's tagged objects ({@code {"type":"tag", ...fields}},
 * PROTOCOL.md §3). Members carry {@code @JsonTypeName}; a tag no member knows decodes to the
 * member implementing {@link dev.simplexscript.protocol.model.UnknownVariant}, which keeps the raw
 * object. The tag is made visible to members so the unknown member can keep it, and ignored by the
 * known ones so it is not also collected as an extra field and written twice.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@JacksonAnnotationsInside
@JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true)
@JsonTypeIdResolver(TagResolver.class)
@JsonIgnoreProperties("type")
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface Union {}
