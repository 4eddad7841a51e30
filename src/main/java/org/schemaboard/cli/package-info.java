/**
 * The command line in the same jar, for operators and CI: {@code list} the designs on a server's data directory,
 * {@code export} one in any format, {@code import-json} a {@code design.json} and {@code import-sql} a SQL dump as a new design. It starts Spring without
 * a web server on the data directory, acts for a real account so every read and write passes the usual role checks
 * and lands in the audit log, and answers with an exit status: 0 done, 1 bad input (said on stderr), 2 wrong usage.
 * A running server holds H2's file lock, so the command line refuses to touch its database and says so.
 */
package org.schemaboard.cli;
