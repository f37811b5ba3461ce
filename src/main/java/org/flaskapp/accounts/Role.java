package org.flaskapp.accounts;

/** What an account may do. The names are the security roles of web.xml and of the caller's groups. */
public enum Role {

    /** Everything: accounts, categories, and every post. */
    ADMINISTRATOR("admin"),
    /** Writes posts, and edits and deletes their own. */
    AUTHOR("author");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    static Role named(String roleName) {
        for (Role role : values()) {
            if (role.roleName.equals(roleName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("no role " + roleName);
    }
}
