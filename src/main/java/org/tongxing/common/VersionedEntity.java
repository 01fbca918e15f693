package org.tongxing.common;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A record people edit through the API: when it was created and last changed, and the version an update must
 * carry, so that a stale one is refused (409) instead of overwriting someone else's change. Records that are
 * never edited (history, disclosures, visits) have no version and extend {@link SequencedEntity} only.
 */
@MappedSuperclass
public abstract class VersionedEntity extends SequencedEntity {

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
