package org.tongxing.backup;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.tongxing.account.Viewer;
import org.tongxing.privacy.Disclosure;
import org.tongxing.privacy.DisclosureLog;

/**
 * A backup holds every family's whole case file, so it is a disclosure of each of them to the administrator who
 * takes it, recorded like an export (channel EXPORT, purpose BACKUP) and, like an export, before a byte leaves.
 * The timeline is no place for it: it records what happened to a case, not who read it.
 */
@ApplicationScoped
class BackupDisclosures {

    static final String PURPOSE = "BACKUP";

    @Inject
    EntityManager em;

    @Inject
    DisclosureLog log;

    /** Records every household there is now; returns their ids. */
    @Transactional
    Set<Long> recordEveryHousehold(Viewer viewer) {
        List<Long> households = em.createNativeQuery("select id from household", Long.class).getResultList();
        record(viewer, households);
        return new HashSet<>(households);
    }

    void record(Viewer viewer, Collection<Long> households) {
        if (!households.isEmpty()) {
            log.record(viewer, households.stream().map(id -> new DisclosureLog.Entry(id, null, null)).toList(),
                    DisclosureLog.FILE_FIELDS, PURPOSE, Disclosure.Channel.EXPORT);
        }
    }
}
