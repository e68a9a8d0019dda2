package vn.gov.sonla.awards.dossier.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import vn.gov.sonla.awards.dossier.FilingSection;

/** Sections to supplement as the column keeps them: their names, in order, separated by commas; none is null. */
@Converter
class FilingSections implements AttributeConverter<Set<FilingSection>, String> {

    @Override
    public String convertToDatabaseColumn(Set<FilingSection> sections) {
        return sections == null || sections.isEmpty() ? null
                : sections.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<FilingSection> convertToEntityAttribute(String names) {
        EnumSet<FilingSection> sections = EnumSet.noneOf(FilingSection.class);
        if (names != null) {
            Arrays.stream(names.split(",")).map(FilingSection::valueOf).forEach(sections::add);
        }
        return sections;
    }
}
