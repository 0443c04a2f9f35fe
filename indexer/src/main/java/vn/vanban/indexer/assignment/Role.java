package vn.vanban.indexer.assignment;

/** The part an assignee plays in a task, as the verb after its name says. */
public enum Role {
    /** "chủ trì": leads, answers for the result. */
    LEAD,
    /** "phối hợp": helps the lead. */
    COORDINATE,
    /** The plain case: the assignee carries the task out. */
    EXECUTE,
    /** "theo dõi, đôn đốc, kiểm tra, giám sát": watches the others. */
    MONITOR
}
