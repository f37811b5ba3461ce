package org.flaskapp.search;

/** Names one searchable item: its section and its id there. */
public record ItemKey(String section, long id) {

    @Override
    public String toString() {
        return section + ":" + id;
    }
}
