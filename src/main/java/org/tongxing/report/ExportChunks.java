package org.tongxing.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.tongxing.common.Filter;

/**
 * Walks the ids an export covers in order, a chunk at a time (keyset paging, so each chunk costs the same),
 * and forgets each chunk's entities once it is written: an export of any length holds one chunk in memory.
 */
final class ExportChunks {

    static final int SIZE = 200;

    interface Chunk {
        void write(List<Long> ids) throws IOException;
    }

    private ExportChunks() {
    }

    static void forEach(EntityManager em, String entity, Filter where, Chunk chunk) throws IOException {
        long after = 0;
        while (true) {
            TypedQuery<Long> query = em.createQuery("select id from " + entity + " where " + where.query()
                    + " and id > :after order by id", Long.class).setMaxResults(SIZE);
            for (Map.Entry<String, Object> p : where.parameters().map().entrySet()) {
                query.setParameter(p.getKey(), p.getValue());
            }
            List<Long> ids = query.setParameter("after", after).getResultList();
            if (ids.isEmpty()) {
                return;
            }
            chunk.write(ids);
            em.clear();
            after = ids.get(ids.size() - 1);
        }
    }
}
