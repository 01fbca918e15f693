package org.tongxing.matching.domain;

/**
 * A women's-federation or community cadre who can lead 1+3+1 groups.
 *
 * @param currentLoad groups led outside this problem, as for {@link Volunteer#currentLoad()}
 */
public record Cadre(long id, String area, int capacity, int currentLoad) {

    public int freePlaces() {
        return Math.max(0, capacity - currentLoad);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cadre other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Cadre#" + id;
    }
}
