package vn.vanban.indexer.assignment;

/** A class of assignees written as one phrase ("các huyện ủy, thị ủy, thành ủy trực thuộc"). */
public enum AssigneeClass {
    /** Huyện ủy, thị ủy, thành ủy, quận ủy (and the đảng ủy directly under a province committee). */
    DISTRICT_PARTY_COMMITTEES,
    /** UBND các huyện, thị xã, thành phố. */
    DISTRICT_PEOPLES_COMMITTEES,
    /** Đảng ủy các xã, phường, thị trấn. */
    COMMUNE_PARTY_COMMITTEES,
    /** UBND các xã, phường, thị trấn. */
    COMMUNE_PEOPLES_COMMITTEES,
    /** Các sở, ban, ngành; các phòng, ban; các cơ quan, đơn vị. */
    DEPARTMENTS,
    /** Chi bộ, đảng bộ cơ sở, tổ chức cơ sở đảng. */
    PARTY_CELLS,
    /** Các đoàn thể, tổ chức chính trị - xã hội. */
    MASS_ORGANISATIONS
}
