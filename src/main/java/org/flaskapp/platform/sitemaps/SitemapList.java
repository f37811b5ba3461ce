package org.flaskapp.platform.sitemaps;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One list of addresses in the sitemaps, such as every post: split by id into parts of at most
 * {@link #PART_SIZE} addresses ({@code /sitemaps/posts-1.xml} holds the posts with ids 1 to 50,000,
 * and so on), so that each part is found and read by an index range, whatever the list's size.
 *
 * @param name        its name in the addresses of its sitemaps
 * @param firstIdAfter the smallest id above the one given, of an item that is in the list
 * @param items       up to {@code max} items with ids above {@code after} and at most
 *                    {@code through}, by id
 */
public record SitemapList(String name, FirstIdAfter firstIdAfter, Items items) {

    /** The sitemaps protocol's limit of addresses in one sitemap. */
    public static final int PART_SIZE = 50_000;

    @FunctionalInterface
    public interface FirstIdAfter {
        OptionalLong after(long id);
    }

    @FunctionalInterface
    public interface Items {
        List<SitemapItem> between(long after, long through, int max);
    }

    /** The numbers of the parts that hold any item, ascending: one index lookup per part. */
    public List<Integer> parts() {
        List<Integer> parts = new ArrayList<>();
        OptionalLong next = firstIdAfter.after(0);
        while (next.isPresent()) {
            int part = partOf(next.getAsLong());
            parts.add(part);
            next = firstIdAfter.after(lastIdOf(part));
        }
        return parts;
    }

    /** Whether part {@code part} holds any item: one index lookup. */
    public boolean hasPart(int part) {
        return part >= 1 && firstIdAfter.after(lastIdOf(part - 1)).stream().anyMatch(id -> id <= lastIdOf(part));
    }

    static int partOf(long id) {
        return Math.toIntExact((id - 1) / PART_SIZE + 1);
    }

    /** The largest id in part {@code part}; the part's ids start after that of the part before. */
    static long lastIdOf(int part) {
        return (long) part * PART_SIZE;
    }
}
