-- Sổ Công Vụ, schema 10: the periodic report in the outline of the province's reports. Besides the assessment,
-- the next tasks and the recommendations (V7), the clerk writes the communication work (tuyên truyền, part I)
-- and a text for each area of part II (kết quả thực hiện): thể chế, thủ tục hành chính, tổ chức bộ máy,
-- chế độ công vụ (kỷ luật, kỷ cương), tài chính công, chính quyền số. Null: nothing written. Like the other texts,
-- each is offered to the next report as its start.
ALTER TABLE report ADD COLUMN communication       VARCHAR(20000);
ALTER TABLE report ADD COLUMN institutions        VARCHAR(20000);
ALTER TABLE report ADD COLUMN procedures          VARCHAR(20000);
ALTER TABLE report ADD COLUMN organisation        VARCHAR(20000);
ALTER TABLE report ADD COLUMN civil_service       VARCHAR(20000);
ALTER TABLE report ADD COLUMN public_finance      VARCHAR(20000);
ALTER TABLE report ADD COLUMN digital_government  VARCHAR(20000);
