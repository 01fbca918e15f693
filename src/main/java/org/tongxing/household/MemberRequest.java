package org.tongxing.household;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tongxing.common.ContactPatterns;
import org.tongxing.common.Gender;
import org.tongxing.common.OnUpdate;
import org.tongxing.common.ResidentIdNumber;

/** A person to add to a case file or the new state of one; {@code contact} makes them the household's contact. */
public record MemberRequest(
        @NotBlank @Size(max = 50) String name,
        @NotNull Relation relation,
        @NotNull @PastOrPresent LocalDate birthDate,
        @NotNull Gender gender,
        @Pattern(regexp = ContactPatterns.PHONE, message = ContactPatterns.PHONE_MESSAGE) String phone,
        @ResidentIdNumber String idNumber,
        @Size(max = 200) String disability,
        @Size(max = 1000) String notes,
        Boolean contact,
        @NotNull(groups = OnUpdate.class, message = "is required when updating") Long version) {

    public boolean isContact() {
        return Boolean.TRUE.equals(contact);
    }
}
