package org.flaskapp.search;

/**
 * How far an index has come, kept with it (durably at each commit) so that a server that stops
 * goes on from there when it starts.
 *
 * @param origin     the database it was built from ({@link SearchLog#origin()}); another one means
 *                   it must be built again
 * @param through    the content version through which every logged change is in the index
 * @param buildFrom  where a full build goes on ("posts:1234": the section and the last id done),
 *                   empty once every item was read
 */
public record IndexState(String origin, long through, String buildFrom) {

    /** The state of an index that was never built (or built with fields of another layout). */
    public static final IndexState NEVER_BUILT = new IndexState("", 0, "-");

    /** An empty index, to be built from {@code origin} from the first item of {@code firstSection} on. */
    public static IndexState toBuild(String origin, long through, String firstSection) {
        return new IndexState(origin, through, firstSection + ":0");
    }

    public boolean built() {
        return buildFrom.isEmpty();
    }

    public IndexState through(long version) {
        return new IndexState(origin, version, buildFrom);
    }

    public IndexState buildingFrom(String next) {
        return new IndexState(origin, through, next);
    }
}
