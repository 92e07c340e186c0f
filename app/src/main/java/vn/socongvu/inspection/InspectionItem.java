package vn.socongvu.inspection;

/** A content an inspection may check ("Đeo thẻ công chức"), kept in Danh mục in the clerk's order. */
public record InspectionItem(long id, String name, int position, boolean active) {
}
