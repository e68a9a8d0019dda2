package vn.gov.sonla.awards.support;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.campaign.AwardForm;
import vn.gov.sonla.awards.campaign.AwardLevel;
import vn.gov.sonla.awards.campaign.Campaign;
import vn.gov.sonla.awards.organisation.Unit;

/**
 * Reference data for plain unit tests, without a database: units, campaigns and award forms are
 * read-only reference entities, so a stub answering their getters is all a dossier needs of them.
 */
public final class ReferenceStubs {

    private ReferenceStubs() {
    }

    public static Unit unit(long id, String name) {
        return new Unit() {
            @Override
            public Long getId() {
                return id;
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    public static Campaign campaign(long id, Unit compilingUnit, boolean active) {
        return new Campaign() {
            @Override
            public Long getId() {
                return id;
            }

            @Override
            public Unit getCompilingUnit() {
                return compilingUnit;
            }

            @Override
            public boolean isActive() {
                return active;
            }

            // like the Covid-19 movement: asks whether a nominee is frontline, and for the no-breach declaration
            @Override
            public boolean isAsksFrontline() {
                return true;
            }

            @Override
            public boolean isAsksCovidDeclaration() {
                return true;
            }
        };
    }

    public static AwardForm awardForm(long id, AwardLevel level) {
        return new AwardForm() {
            @Override
            public Long getId() {
                return id;
            }

            @Override
            public AwardLevel getLevel() {
                return level;
            }
        };
    }

    public static CurrentUser user(String username, Role role, Unit unit) {
        return new CurrentUser(username.hashCode(), username, null, "Cán bộ " + username, role, unit.getId(),
                unit.getName(), true);
    }
}
