import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flaskapp.platform.persistence.DatabaseMigrations;

/**
 * Benchmark helper, run with the Java source launcher while the server is stopped:
 *
 *   java -cp CLASSPATH src/bench/Seed.java fresh DATABASE_FOLDER POSTS
 *       a new database made by the app's own migrations (the tutorial's 10 posts and 2
 *       questions), then posts "Post #k" / "Content #k" up to k = POSTS, like the Flask
 *       peer's seed.py
 *   java -cp CLASSPATH src/bench/Seed.java searchable DATABASE_FOLDER POSTS QUESTIONS
 *       the same, then QUESTIONS questions with one answer each, and every post and question
 *       written in words drawn from a vocabulary (Zipf-like: a few words common, most rare), so
 *       that searches find few or many items as real text does
 *   java -cp CLASSPATH src/bench/Seed.java count DATABASE_FOLDER
 *       prints the number of posts and of questions
 *   java -cp CLASSPATH src/bench/Seed.java author DATABASE_FOLDER NAME PASSWORD
 *       adds an author account, its password hashed by the app's own PasswordHash
 */
public class Seed {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        switch (args[0]) {
            case "fresh" -> fresh(folder, Integer.parseInt(args[2]));
            case "searchable" -> searchable(folder, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "count" -> count(folder);
            case "author" -> author(folder, args[2], args[3]);
            default -> throw new IllegalArgumentException("fresh or count: " + args[0]);
        }
        shutdown(folder);
    }

    private static void fresh(Path folder, int posts) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        EmbeddedDataSource db = dataSource(folder);
        db.setCreateDatabase("create");
        DatabaseMigrations.migrate(db, true);
        try (Connection connection = db.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO post (title, content, category_id, published_at) VALUES (?, ?,"
                             + " (SELECT id FROM category WHERE slug = 'general'), CURRENT_TIMESTAMP)")) {
            connection.setAutoCommit(false);
            for (int k = 11; k <= posts; k++) {
                insert.setString(1, "Post #" + k);
                insert.setString(2, "Content #" + k);
                insert.addBatch();
                if (k % 10_000 == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        count(folder);
    }

    /** The vocabulary's words: "w1" ... "w5000", the lower the number the more common. */
    static final int VOCABULARY = 5_000;

    /** {@code words} words of the vocabulary, the k-th most common drawn about 1/k as often. */
    private static String text(java.util.Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int rank = (int) Math.floor(Math.pow(VOCABULARY, random.nextDouble())); // 1 .. VOCABULARY, log-uniform
            text.append(i == 0 ? "" : " ").append(WORDS[rank - 1]);
        }
        return text.toString();
    }

    /** Pronounceable made-up words, one per rank: the English stemmer leaves them alone. */
    private static final String[] WORDS = java.util.stream.IntStream.rangeClosed(1, VOCABULARY)
            .mapToObj(Seed::madeUpWord).toArray(String[]::new);

    private static String madeUpWord(int n) {
        String consonants = "bdfgklmnprtvz";
        String vowels = "aiou";
        StringBuilder word = new StringBuilder();
        for (int k = n; k > 0 || word.length() < 4; k /= 52) {
            word.append(consonants.charAt(k % 13)).append(vowels.charAt((k / 13) % 4));
        }
        return word.toString();
    }

    private static void searchable(Path folder, int posts, int questions) throws Exception {
        fresh(folder, 10);
        java.util.Random random = new java.util.Random(20261207);
        try (Connection connection = dataSource(folder).getConnection();
             PreparedStatement post = connection.prepareStatement(
                     "INSERT INTO post (title, content, category_id, published_at) VALUES (?, ?,"
                             + " (SELECT id FROM category WHERE slug = 'general'), CURRENT_TIMESTAMP)");
             PreparedStatement question = connection.prepareStatement(
                     "INSERT INTO question (content, asked_at, hidden) VALUES (?, CURRENT_TIMESTAMP, false)");
             PreparedStatement answer = connection.prepareStatement(
                     "INSERT INTO answer (question_id, content, answered_at, hidden, accepted)"
                             + " VALUES (IDENTITY_VAL_LOCAL(), ?, CURRENT_TIMESTAMP, false, false)")) {
            connection.setAutoCommit(false);
            for (int k = 11; k <= posts; k++) {
                post.setString(1, text(random, 5));
                post.setString(2, text(random, 60));
                post.addBatch();
                if (k % 10_000 == 0) {
                    post.executeBatch();
                    connection.commit();
                }
            }
            post.executeBatch();
            for (int k = 1; k <= questions; k++) {
                question.setString(1, text(random, 12) + "?");
                question.executeUpdate(); // one at a time: the answer takes its id
                answer.setString(1, text(random, 40));
                answer.executeUpdate();
                if (k % 10_000 == 0) {
                    connection.commit();
                }
            }
            connection.commit();
        }
        count(folder);
    }

    private static void author(Path folder, String name, String password) throws Exception {
        // PasswordHash.of is the app's own, package-private: the same hash a sign-in checks.
        Method hash = Class.forName("org.flaskapp.accounts.PasswordHash").getDeclaredMethod("of", String.class);
        hash.setAccessible(true);
        try (Connection connection = dataSource(folder).getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO account (name, password_hash, role) VALUES (?, ?, 'author')")) {
            insert.setString(1, name);
            insert.setString(2, (String) hash.invoke(null, password));
            insert.executeUpdate();
        }
    }

    private static void count(Path folder) throws SQLException {
        try (Connection connection = dataSource(folder).getConnection();
             Statement statement = connection.createStatement();
             ResultSet posts = statement.executeQuery("SELECT COUNT(*) FROM post")) {
            posts.next();
            long postCount = posts.getLong(1);
            try (ResultSet questions = statement.executeQuery("SELECT COUNT(*) FROM question")) {
                questions.next();
                System.out.println(postCount + " " + questions.getLong(1));
            }
        }
    }

    private static EmbeddedDataSource dataSource(Path folder) {
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName(folder.toAbsolutePath().toString());
        return db;
    }

    private static void shutdown(Path folder) {
        EmbeddedDataSource db = dataSource(folder);
        db.setShutdownDatabase("shutdown");
        try (Connection ignored = db.getConnection()) {
            // a clean shutdown is reported as an exception
        } catch (SQLException expected) {
            // 08006
        }
    }
}
