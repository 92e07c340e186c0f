-- Sổ Công Vụ, schema 12: the two papers an inspection now issues from the app besides its record and notice.
--   QUYẾT ĐỊNH thành lập Đoàn kiểm tra (QĐ-UBND): its number in the register once numbered (its number and date
--   then become the inspection's decision_number and decision_date; a decision made outside the app is still
--   typed there, with decision_register_id left null), who signs it, and its "Căn cứ" lines as the clerk left
--   them (one per line; null: the defaults).
--   BÁO CÁO kết quả kiểm tra công vụ (BC-UBND): its number once numbered, who signs it, and its proposals
--   (kiến nghị, đề xuất; null: taken from the conclusion).
ALTER TABLE inspection ADD COLUMN decision_register_id BIGINT;
ALTER TABLE inspection ADD COLUMN decision_signer_id   BIGINT;
ALTER TABLE inspection ADD COLUMN decision_bases       VARCHAR(4000);
ALTER TABLE inspection ADD COLUMN report_register_id   BIGINT;
ALTER TABLE inspection ADD COLUMN report_signer_id     BIGINT;
ALTER TABLE inspection ADD COLUMN report_proposals     VARCHAR(20000);
ALTER TABLE inspection ADD CONSTRAINT fk_inspection_decision FOREIGN KEY (decision_register_id)
    REFERENCES document_number (id);
ALTER TABLE inspection ADD CONSTRAINT fk_inspection_report FOREIGN KEY (report_register_id)
    REFERENCES document_number (id);
ALTER TABLE inspection ADD CONSTRAINT fk_inspection_decision_signer FOREIGN KEY (decision_signer_id)
    REFERENCES signer (id);
ALTER TABLE inspection ADD CONSTRAINT fk_inspection_report_signer FOREIGN KEY (report_signer_id)
    REFERENCES signer (id);
