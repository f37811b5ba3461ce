/**
 * The questions section (the original's questions blueprint):
 * {@link org.flaskapp.questions.Question} and {@link org.flaskapp.questions.QuestionService}, the
 * only way into the questions' table. The Faces beans of its views (the list and the form) are in
 * {@code questions.web}; the views themselves in {@code webapp/questions/}.
 */
package org.flaskapp.questions;
