-- Public holidays for civil servants, 2025 and 2026 (DOMAIN.md "Working days").
-- The clerk edits this table in Cài đặt → Ngày nghỉ lễ; later years are entered there.
INSERT INTO holiday (holiday_date, name, kind) VALUES
 (DATE '2025-01-01', 'Tết Dương lịch', 'OFF'),
 (DATE '2025-01-27', 'Tết Nguyên đán', 'OFF'),
 (DATE '2025-01-28', 'Tết Nguyên đán', 'OFF'),
 (DATE '2025-01-29', 'Tết Nguyên đán', 'OFF'),
 (DATE '2025-01-30', 'Tết Nguyên đán', 'OFF'),
 (DATE '2025-01-31', 'Tết Nguyên đán', 'OFF'),
 (DATE '2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'OFF'),
 (DATE '2025-04-26', 'Làm bù cho ngày nghỉ 02/5', 'WORK'),
 (DATE '2025-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'OFF'),
 (DATE '2025-05-01', 'Ngày Quốc tế Lao động', 'OFF'),
 (DATE '2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)', 'OFF'),
 (DATE '2025-09-01', 'Quốc khánh (ngày liền kề)', 'OFF'),
 (DATE '2025-09-02', 'Quốc khánh', 'OFF'),
 (DATE '2026-01-01', 'Tết Dương lịch', 'OFF'),
 (DATE '2026-02-16', 'Tết Nguyên đán', 'OFF'),
 (DATE '2026-02-17', 'Tết Nguyên đán', 'OFF'),
 (DATE '2026-02-18', 'Tết Nguyên đán', 'OFF'),
 (DATE '2026-02-19', 'Tết Nguyên đán', 'OFF'),
 (DATE '2026-02-20', 'Tết Nguyên đán', 'OFF'),
 (DATE '2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật)', 'OFF'),
 (DATE '2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'OFF'),
 (DATE '2026-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'OFF'),
 (DATE '2026-05-01', 'Ngày Quốc tế Lao động', 'OFF'),
 (DATE '2026-09-01', 'Quốc khánh (ngày liền kề)', 'OFF'),
 (DATE '2026-09-02', 'Quốc khánh', 'OFF'),
 (DATE '2026-11-24', 'Ngày Văn hóa Việt Nam', 'OFF');

-- Reporting windows and deadlines (Nghị định 09/2019/NĐ-CP; dates from the province's plan).
INSERT INTO setting (setting_key, setting_value) VALUES
 ('report_window_start_day', '15'),
 ('report_window_end_day', '14'),
 ('report_unit_due_day', '8'),
 ('report_commune_due_day', '10'),
 ('report_annual_unit_due', '08/12'),
 ('report_annual_commune_due', '10/12');
