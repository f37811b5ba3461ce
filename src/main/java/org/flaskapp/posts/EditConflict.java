package org.flaskapp.posts;

/** Someone else saved the post after the editor opened it: saving now would undo their change. */
public class EditConflict extends RuntimeException {

    public EditConflict(Post post) {
        super("Post " + post.getId() + " changed since it was opened (now version " + post.getVersion() + ")");
    }
}
