/** The program overview's columns, in order: each has its heading at `program.columns.<key>`. */
export const PROGRAM_COLUMNS = ["cohort", "week", "interns", "done", "waiting", "oldest", "behind", "atRisk"] as const;
