package vn.gov.sonla.awards.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A step that needs a reason (return, reject, decline): the version of the page seen and the reason. */
public record ReasonForm(@NotNull Long version,
                         @MultiLine @NotBlank(message = "{validation.reason.required}")
                         @Size(max = 4000, message = "{validation.size.4000}") String reason) {
}
