/**
 * The questions section (the original's questions blueprint): {@link org.flaskapp.questions.Question},
 * the service that stores and lists questions, and the backing beans of {@code /questions/} (the
 * list and the form). Its pages live in {@code webapp/questions/}.
 */
package org.flaskapp.questions;
