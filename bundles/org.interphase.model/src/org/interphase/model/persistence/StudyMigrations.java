package org.interphase.model.persistence;

import org.interphase.model.Study;

/**
 * Upgrades studies written in older format versions to {@link StudyFormat#CURRENT_VERSION}. Version 1 is
 * the first format, so there is nothing to migrate yet; each new version adds a step here.
 */
final class StudyMigrations {

    private StudyMigrations() {
    }

    static void migrate(Study study) {
        if (study.getFormatVersion() < 1) {
            study.setFormatVersion(StudyFormat.CURRENT_VERSION);
        }
    }
}
