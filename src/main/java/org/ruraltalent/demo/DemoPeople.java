package org.ruraltalent.demo;

import static org.ruraltalent.demo.DemoRows.Table.PERSON;
import static org.ruraltalent.demo.DemoRows.Table.PERSON_CATEGORY;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.ruraltalent.common.NationalIds;
import org.ruraltalent.common.PiiProtection;
import org.ruraltalent.common.Uuid7;

/**
 * Synthetic people: a name, a birth date that fits what they do, a valid GB 11643 ID number
 * that agrees with both (birth date, gender) and that no other demo person holds, stored
 * encrypted and hashed exactly as PersonService stores it, so the API reads it back masked.
 */
final class DemoPeople {

    /** What a person does decides their age, gender balance, education and title. */
    enum Kind {
        CADRE(1972, 1995, 75, "BACHELOR", "BACHELOR", null, null),
        TOWNSHIP_CADRE(1978, 1995, 70, "BACHELOR", "BACHELOR", null, null),
        SCIENTIST(1968, 1992, 70, "MASTER", "MASTER", "农艺师", "INTERMEDIATE"),
        AGRONOMIST(1968, 1994, 70, "BACHELOR", "BACHELOR", "农艺师", "INTERMEDIATE"),
        TEACHER(1970, 1998, 40, "BACHELOR", "BACHELOR", "一级教师", "INTERMEDIATE"),
        YOUNG_TEACHER(1990, 2000, 35, "BACHELOR", "BACHELOR", "二级教师", "JUNIOR"),
        PRINCIPAL(1965, 1982, 70, "BACHELOR", "BACHELOR", "高级教师", "ASSOCIATE_SENIOR"),
        DOCTOR(1970, 1990, 55, "BACHELOR", "BACHELOR", "主治医师", "INTERMEDIATE"),
        SENIOR_DOCTOR(1962, 1980, 60, "MASTER", "MASTER", "副主任医师", "ASSOCIATE_SENIOR"),
        JUNIOR_DOCTOR(1975, 1999, 45, "JUNIOR_COLLEGE", "NONE", "医师", "JUNIOR"),
        VILLAGE_LEADER(1965, 1988, 85, "SENIOR_SECONDARY", "NONE", null, null),
        VILLAGER(1978, 2000, 60, "JUNIOR_COLLEGE", "NONE", null, null),
        GRADUATE(1996, 2002, 45, "BACHELOR", "BACHELOR", null, null),
        RETURNEE(1972, 1995, 75, "JUNIOR_COLLEGE", "NONE", null, null),
        PROFESSOR(1960, 1980, 70, "DOCTORATE", "DOCTORATE", "教授", "SENIOR"),
        LOCAL_EXPERT(1958, 1985, 85, "JUNIOR_SECONDARY", "NONE", "农民技术员", "NONE");

        final int bornFrom;
        final int bornTo;
        final int malePercent;
        final String education;
        final String degree;
        final String title;
        final String titleLevel;

        Kind(int bornFrom, int bornTo, int malePercent, String education, String degree, String title, String titleLevel) {
            this.bornFrom = bornFrom;
            this.bornTo = bornTo;
            this.malePercent = malePercent;
            this.education = education;
            this.degree = degree;
            this.title = title;
            this.titleLevel = titleLevel;
        }
    }

    /** The 3-digit sequence code of an ID number: odd for men, even for women, so 500 of each per day and place. */
    private static final int SEQUENCES_PER_GENDER = 500;
    private static final int PERCENT = 100;

    private final DemoRows rows;
    private final PiiProtection pii;
    private final Random random;
    private final Set<String> numbers = new HashSet<>();

    DemoPeople(DemoRows rows, PiiProtection pii, Random random) {
        this.rows = rows;
        this.pii = pii;
        this.random = random;
    }

    /**
     * A new person of {@code kind} with a political status, an employer and a home division
     * (either may be null) and their talent categories; returns the id.
     */
    UUID add(Kind kind, String party, UUID employer, UUID home, String... categories) throws SQLException {
        UUID id = Uuid7.next();
        boolean male = random.nextInt(PERCENT) < kind.malePercent;
        boolean hui = random.nextInt(PERCENT) < DemoPlan.HUI_PERCENT;
        LocalDate birth = birthDate(kind);
        String number = idNumber(birth, male);
        rows.add(PERSON, id, DemoNames.person(random, hui, male), male ? "MALE" : "FEMALE", hui ? "HUI" : "HAN", birth,
                pii.encrypt(number), pii.hash(number), kind.education, kind.degree, party, kind.title, kind.titleLevel, employer,
                home);
        for (String category : categories) {
            rows.add(PERSON_CATEGORY, id, category);
        }
        return id;
    }

    private LocalDate birthDate(Kind kind) {
        LocalDate first = LocalDate.of(kind.bornFrom, 1, 1);
        int days = (int) (LocalDate.of(kind.bornTo, 12, 31).toEpochDay() - first.toEpochDay());
        return first.plusDays(random.nextInt(days + 1));
    }

    /** A valid number for that birth date and gender, born in one of the demo's ID regions, unique in the demo. */
    private String idNumber(LocalDate birth, boolean male) {
        while (true) {
            String region = DemoPlan.ID_REGIONS.get(random.nextInt(DemoPlan.ID_REGIONS.size()));
            int sequence = random.nextInt(SEQUENCES_PER_GENDER) * 2 + (male ? 1 : 0);
            String body = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
            String number = body + NationalIds.checkDigit(body);
            if (numbers.add(number)) {
                return number;
            }
        }
    }
}
