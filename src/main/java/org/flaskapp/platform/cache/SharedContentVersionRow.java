package org.flaskapp.platform.cache;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row of table content_version, read and written by JPQL only; see {@link SharedContentVersionTable}. */
@Entity(name = "SharedContentVersion")
@Table(name = "content_version")
@Cacheable(false) // read for what other servers committed: never from memory
public class SharedContentVersionRow {

    @Id
    private int id;

    private long version;

    protected SharedContentVersionRow() {
    }
}
