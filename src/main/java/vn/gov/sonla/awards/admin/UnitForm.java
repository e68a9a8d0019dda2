package vn.gov.sonla.awards.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.gov.sonla.awards.organisation.Unit;
import vn.gov.sonla.awards.organisation.UnitType;

/**
 * Creating or editing a unit (the code is fixed once created: other records and reports refer to it), and whether
 * its head signs its dossiers in the system.
 */
record UnitForm(@NotBlank(message = "{validation.admin.unitCode}")
                @Pattern(regexp = "[A-Z0-9_]{2,32}", message = "{validation.admin.unitCode}") String code,
                @NotBlank(message = "{validation.admin.unitName}")
                @Size(max = 255, message = "{validation.size.255}") String name,
                @NotNull(message = "{validation.admin.unitType}") UnitType type,
                Long parentId,
                Boolean headSigns) {

    /** Whether the box was ticked (an unticked box sends nothing). */
    boolean headSignsTicked() {
        return Boolean.TRUE.equals(headSigns);
    }

    static UnitForm empty() {
        return new UnitForm(null, null, null, null, false);
    }

    static UnitForm of(Unit unit) {
        return new UnitForm(unit.getCode(), unit.getName(), unit.getType(),
                unit.getParent() == null ? null : unit.getParent().getId(), unit.isHeadSigns());
    }
}
