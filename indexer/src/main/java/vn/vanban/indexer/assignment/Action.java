package vn.vanban.indexer.assignment;

/** What a task asks for. */
public enum Action {
    /** "xây dựng / ban hành kế hoạch, chương trình": the task the follow-up checks documents against. */
    ISSUE_PLAN,
    /** "báo cáo": reports (type BC) citing the document. */
    REPORT,
    /** "theo dõi, đôn đốc, kiểm tra, hướng dẫn". */
    MONITOR,
    /** "tuyên truyền, quán triệt, phổ biến, vận động, học tập". */
    PROPAGATE,
    /** "tổ chức, triển khai, thực hiện". */
    ORGANISE,
    OTHER
}
