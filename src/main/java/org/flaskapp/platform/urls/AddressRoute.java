package org.flaskapp.platform.urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route of {@link AddressRoutesFilter}: an address pattern such as {@code /posts/edit/{id}/}
 * and the view that serves it ({@code /posts/edit.xhtml}), or the address that it moved to
 * ({@code /posts/edit/{id}/}, any target that is not a view file).
 */
record AddressRoute(Pattern address, List<String> names, String view) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    static AddressRoute of(String pattern, String view) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(pattern.substring(last, placeholder.start())));
            String name = placeholder.group(1);
            regex.append(name.equals("id") ? "([0-9]{1,18})" : "([a-z0-9][a-z0-9-]{0,59})");
            names.add(name);
            last = placeholder.end();
        }
        regex.append(Pattern.quote(pattern.substring(last)));
        return new AddressRoute(Pattern.compile(regex.toString()), List.copyOf(names), view);
    }

    /** Whether this route sends its addresses elsewhere (permanently) rather than to a view. */
    boolean moved() {
        return !view.endsWith(".xhtml");
    }

    /**
     * When {@code path} is this route's address: the view with the address's parts as its query,
     * or the address it moved to with the parts in their places.
     */
    Optional<String> match(String path) {
        Matcher matcher = address.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (moved()) {
            String target = view;
            for (int i = 0; i < names.size(); i++) {
                target = target.replace("{" + names.get(i) + "}", matcher.group(i + 1));
            }
            return Optional.of(target);
        }
        StringBuilder target = new StringBuilder(view);
        for (int i = 0; i < names.size(); i++) {
            target.append(i == 0 ? '?' : '&').append(names.get(i)).append('=').append(matcher.group(i + 1));
        }
        return Optional.of(target.toString());
    }
}
