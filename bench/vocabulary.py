"""Word and sentence banks for the synthetic meeting generator (``generate.py``).

What lives here: constant data only, no logic.

* names: family names with weights, middle and given names, near-twin names,
* the 63 provinces and some industrial parks,
* organisations: promotion ladders below the leadership, the sector unions, meeting kinds,
* topics, document subjects, symbol patterns and title templates, well-known documents,
* note sentence banks (common, partner, dated, rare), parts of day and times, Roman numerals,
* the weights of the per-meeting draws (cumulative), and the decision texts.

What does not: everything that draws from these tables (the organisations themselves, the people
pool, the meetings, the command line) is in ``generate.py``. Changing any value here changes the
generated output, which is byte-identical for a given N and seed.
"""

from __future__ import annotations

import itertools

# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

# Weights roughly follow the real frequency of Vietnamese family names, so "Nguyễn" dominates
# and the pool contains the many same-surname people a real minute book has.
FAMILY_NAMES: tuple[tuple[str, float], ...] = (
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 3),
    ("Phan", 4.5), ("Vũ", 3.9), ("Võ", 3), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3),
    ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.8), ("Trương", 0.8), ("Đoàn", 0.5),
    ("Lương", 0.4), ("Hà", 0.5), ("Tạ", 0.3), ("Cao", 0.4), ("Lưu", 0.3), ("Mai", 0.4),
    ("Kha", 0.15), ("Ngọ", 0.15), ("Thái", 0.3), ("Triệu", 0.2), ("Vương", 0.2), ("Tô", 0.2),
    ("Đào", 0.5), ("Chu", 0.3), ("Lâm", 0.3), ("Quách", 0.1), ("Tăng", 0.1), ("Nông", 0.2),
)
MALE_MIDDLE = (
    "Văn", "Đình", "Quang", "Minh", "Thanh", "Duy", "Xuân", "Tất", "Hữu", "Công", "Đức", "Mạnh",
    "Ngọc", "Bá", "Trọng", "Tiến", "Anh", "Hoài", "Việt", "Hồng", "Thế", "Trung", "Quốc", "Huy",
)
FEMALE_MIDDLE = (
    "Thị", "Thu", "Thanh", "Minh", "Ngọc", "Kim", "Hồng", "Thùy", "Mai", "Phương", "Xuân",
    "Hoài", "Bích", "Diệu", "Lan", "Thúy",
)
# Four-syllable names ("Nguyễn Thị Thu Hương", "Trần Hoàng Anh Tuấn") keep a 5,000-person pool
# unique; only the usual pairs of middle names are combined.
MALE_MIDDLE_PAIRS = (
    "Văn Minh", "Hoàng Anh", "Quang Minh", "Ngọc Anh", "Đình Quốc", "Hữu Minh", "Công Minh",
    "Trọng Anh", "Hoàng Minh", "Quốc Anh", "Văn Thanh", "Đức Anh", "Hữu Thanh", "Minh Quốc",
)
FEMALE_MIDDLE_PAIRS = (
    "Thị Thu", "Thị Minh", "Thị Ngọc", "Thị Kim", "Thị Thanh", "Thị Bích", "Thị Thúy",
    "Thị Hồng", "Thị Phương", "Thị Thùy", "Thị Hoài", "Thị Diệu", "Thị Lan", "Thị Mai",
)
MALE_GIVEN = (
    "Khang", "Hải", "Hai", "Hiểu", "Hoài", "Tám", "Hùng", "Dương", "Long", "Anh", "Xuân",
    "Thắng", "Hưng", "Tuấn", "Dũng", "Cường", "Sơn", "Nam", "Bình", "Minh", "Đức", "Quân",
    "Trung", "Thành", "Phong", "Tùng", "Hiếu", "Hoàng", "Vinh", "Lâm", "Lực", "Toàn", "Trí",
    "Khoa", "Kiên", "Quyết", "Thịnh", "Phúc", "Lợi", "Sáu", "Bảy", "Hòa", "Tâm", "Tài", "Thái",
    "Tiến", "Việt", "Chiến", "Hoan", "Huy", "Khánh", "Nghĩa", "Quang", "Thuận", "Tú", "Vũ",
    "Định", "Hậu", "Đạt", "Giang", "Hiệp", "Luận", "Mạnh", "Tín", "Lộc", "Phát",
)
FEMALE_GIVEN = (
    "Hài", "Hoài", "Xuân", "Hoa", "Lan", "Hương", "Hường", "Hà", "Mai", "Thu", "Hằng", "Nga",
    "Trang", "Thủy", "Hạnh", "Hiền", "Phương", "Oanh", "Yến", "Loan", "Thảo", "Dung", "Liên",
    "Vân", "Huyền", "Nhung", "Linh", "Tuyết", "Chi", "Giang", "Ánh", "Diệp", "Châu", "Quyên",
    "Thoa", "Bình", "Nguyệt", "Ngân", "Hậu", "Sương",
)
# Names that differ only by diacritics: the product must keep them apart, so the pool always
# holds these groups, placed in busy bodies so they show up in many meetings.
NEAR_TWINS: tuple[tuple[str, ...], ...] = (
    ("Nguyễn Văn Hải", "Nguyễn Văn Hài", "Nguyễn Văn Hai"),
    ("Trần Thị Hương", "Trần Thị Hường"),
    ("Lê Văn Tám", "Lê Văn Tâm"),
    ("Phạm Minh Hùng", "Phạm Minh Hưng"),
)

# ---------------------------------------------------------------------------------------------
# Provinces: (name, capital or location word, is a centrally-run city, extra weight)
# ---------------------------------------------------------------------------------------------

PROVINCES: tuple[tuple[str, str, bool, float], ...] = (
    ("Hà Nội", "Hà Nội", True, 2.2), ("Hồ Chí Minh", "TP Hồ Chí Minh", True, 2.2),
    ("Hải Phòng", "Hải Phòng", True, 1.4), ("Đà Nẵng", "Đà Nẵng", True, 1.4),
    ("Cần Thơ", "Cần Thơ", True, 1.2), ("Hà Giang", "Hà Giang", False, 0.8),
    ("Cao Bằng", "Cao Bằng", False, 0.8), ("Bắc Kạn", "Bắc Kạn", False, 0.7),
    ("Tuyên Quang", "Tuyên Quang", False, 0.8), ("Lào Cai", "Lào Cai", False, 0.9),
    ("Điện Biên", "Điện Biên Phủ", False, 0.8), ("Lai Châu", "Lai Châu", False, 0.7),
    ("Sơn La", "Sơn La", False, 0.8), ("Yên Bái", "Yên Bái", False, 0.8),
    ("Hòa Bình", "Hòa Bình", False, 0.8), ("Thái Nguyên", "Thái Nguyên", False, 1.1),
    ("Lạng Sơn", "Lạng Sơn", False, 0.8), ("Quảng Ninh", "Hạ Long", False, 1.2),
    ("Bắc Giang", "Bắc Giang", False, 1.1), ("Phú Thọ", "Việt Trì", False, 0.9),
    ("Vĩnh Phúc", "Vĩnh Yên", False, 1.0), ("Bắc Ninh", "Bắc Ninh", False, 1.3),
    ("Hải Dương", "Hải Dương", False, 1.0), ("Hưng Yên", "Hưng Yên", False, 0.9),
    ("Thái Bình", "Thái Bình", False, 0.9), ("Hà Nam", "Phủ Lý", False, 0.8),
    ("Nam Định", "Nam Định", False, 0.9), ("Ninh Bình", "Ninh Bình", False, 0.9),
    ("Thanh Hóa", "Thanh Hóa", False, 1.3), ("Nghệ An", "Vinh", False, 1.4),
    ("Hà Tĩnh", "Hà Tĩnh", False, 1.0), ("Quảng Bình", "Đồng Hới", False, 0.9),
    ("Quảng Trị", "Đông Hà", False, 0.8), ("Thừa Thiên Huế", "Huế", False, 1.0),
    ("Quảng Nam", "Tam Kỳ", False, 1.0), ("Quảng Ngãi", "Quảng Ngãi", False, 0.9),
    ("Bình Định", "Quy Nhơn", False, 0.9), ("Phú Yên", "Tuy Hòa", False, 0.8),
    ("Khánh Hòa", "Nha Trang", False, 1.0), ("Ninh Thuận", "Phan Rang - Tháp Chàm", False, 0.7),
    ("Bình Thuận", "Phan Thiết", False, 0.8), ("Kon Tum", "Kon Tum", False, 0.7),
    ("Gia Lai", "Pleiku", False, 0.8), ("Đắk Lắk", "Buôn Ma Thuột", False, 0.9),
    ("Đắk Nông", "Gia Nghĩa", False, 0.7), ("Lâm Đồng", "Đà Lạt", False, 0.9),
    ("Bình Phước", "Đồng Xoài", False, 0.8), ("Tây Ninh", "Tây Ninh", False, 0.9),
    ("Bình Dương", "Thủ Dầu Một", False, 1.5), ("Đồng Nai", "Biên Hòa", False, 1.5),
    ("Bà Rịa - Vũng Tàu", "Bà Rịa", False, 1.0), ("Long An", "Tân An", False, 1.1),
    ("Tiền Giang", "Mỹ Tho", False, 0.9), ("Bến Tre", "Bến Tre", False, 0.8),
    ("Trà Vinh", "Trà Vinh", False, 0.7), ("Vĩnh Long", "Vĩnh Long", False, 0.8),
    ("Đồng Tháp", "Cao Lãnh", False, 0.8), ("An Giang", "Long Xuyên", False, 0.9),
    ("Kiên Giang", "Rạch Giá", False, 0.8), ("Hậu Giang", "Vị Thanh", False, 0.7),
    ("Sóc Trăng", "Sóc Trăng", False, 0.7), ("Bạc Liêu", "Bạc Liêu", False, 0.7),
    ("Cà Mau", "Cà Mau", False, 0.8),
)
assert len(PROVINCES) == 63

INDUSTRIAL_PARKS = (
    "VSIP Bình Dương", "Yên Phong", "Nhơn Trạch", "Tân Thuận", "Đình Vũ", "Quang Minh",
    "Thăng Long", "Hòa Khánh", "Trà Nóc", "Nam Cầu Kiền", "Phố Nối A", "Tràng Duệ",
    "Đồng An", "Amata", "Long Hậu", "Bắc Thăng Long", "Vân Trung", "Khai Quang",
)

# ---------------------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------------------

# Promotion ladders below the leadership: (junior post, senior post).
UNION_LOWER = (
    ("Phó Trưởng Ban Tổ chức", "Trưởng Ban Tổ chức"),
    ("Phó Trưởng Ban Chính sách - Pháp luật", "Trưởng Ban Chính sách - Pháp luật"),
    ("Phó Trưởng Ban Tuyên giáo", "Trưởng Ban Tuyên giáo"),
    ("Phó Trưởng Ban Nữ công", "Trưởng Ban Nữ công"),
    ("Phó Trưởng Ban Quan hệ lao động", "Trưởng Ban Quan hệ lao động"),
    ("Phó Trưởng Ban Tài chính", "Trưởng Ban Tài chính"),
    ("Phó Chánh Văn phòng", "Chánh Văn phòng"),
    ("Phó Chủ nhiệm Ủy ban Kiểm tra", "Chủ nhiệm Ủy ban Kiểm tra"),
    ("Ủy viên Ban Chấp hành", "Ủy viên Ban Thường vụ"),
)
TLD_LOWER = (*UNION_LOWER[:-1], ("Ủy viên Ban Chấp hành", "Ủy viên Đoàn Chủ tịch"))
PARTY_COMMITTEE_LOWER = (
    ("Ủy viên Ban Chấp hành Đảng bộ", "Ủy viên Ban Thường vụ"),
    ("Phó Chánh Văn phòng", "Chánh Văn phòng"),
    ("Phó Trưởng Ban Tổ chức", "Trưởng Ban Tổ chức"),
    ("Phó Trưởng Ban Tuyên giáo", "Trưởng Ban Tuyên giáo"),
    ("Phó Chủ nhiệm Ủy ban Kiểm tra", "Chủ nhiệm Ủy ban Kiểm tra"),
)
PARTY_BLOC_LOWER = (
    ("Ủy viên Ban Chấp hành", "Ủy viên Ban Thường vụ"),
    ("Phó Trưởng Ban Tổ chức", "Trưởng Ban Tổ chức"),
    ("Phó Trưởng Ban Tuyên giáo", "Trưởng Ban Tuyên giáo"),
    ("Phó Chủ nhiệm Ủy ban Kiểm tra", "Chủ nhiệm Ủy ban Kiểm tra"),
    ("Phó Chánh Văn phòng", "Chánh Văn phòng"),
)
CENTRAL_BAN_LOWER = (
    ("Phó Vụ trưởng Vụ Công nhân - Công đoàn", "Vụ trưởng Vụ Công nhân - Công đoàn"),
    ("Phó Vụ trưởng Vụ Tổng hợp", "Vụ trưởng Vụ Tổng hợp"),
    ("Phó Vụ trưởng Vụ Địa phương I", "Vụ trưởng Vụ Địa phương I"),
    ("Phó Chánh Văn phòng", "Chánh Văn phòng"),
)
PROVINCIAL_BAN_LOWER = (
    ("Phó Trưởng phòng Đoàn thể", "Trưởng phòng Đoàn thể"),
    ("Chuyên viên", "Phó Trưởng phòng Tổng hợp"),
    ("Phó Chánh Văn phòng", "Chánh Văn phòng"),
)
MINISTRY_LOWER = (
    ("Phó Vụ trưởng Vụ Pháp chế", "Vụ trưởng Vụ Pháp chế"),
    ("Phó Cục trưởng Cục Quan hệ lao động và Tiền lương",
     "Cục trưởng Cục Quan hệ lao động và Tiền lương"),
    ("Phó Chánh Văn phòng", "Chánh Văn phòng"),
    ("Phó Vụ trưởng Vụ Bảo hiểm xã hội", "Vụ trưởng Vụ Bảo hiểm xã hội"),
)
VPCP_LOWER = (
    ("Phó Vụ trưởng Vụ Khoa giáo - Văn xã", "Vụ trưởng Vụ Khoa giáo - Văn xã"),
    ("Phó Vụ trưởng Vụ Tổng hợp", "Vụ trưởng Vụ Tổng hợp"),
)
AGENCY_LOWER = (
    ("Phó Chánh Văn phòng", "Chánh Văn phòng"),
    ("Phó Trưởng phòng Tổng hợp", "Trưởng phòng Tổng hợp"),
    ("Chuyên viên", "Phó Trưởng phòng Tổng hợp"),
)
DANG_DOAN_LOWER = (("Ủy viên", "Ủy viên"),)
# Sector unions: (official name, short form, congress khóa in 2013)
SECTOR_UNIONS: tuple[tuple[str, str, int], ...] = (
    ("Công đoàn Giáo dục Việt Nam", "Công đoàn ngành Giáo dục", 10),
    ("Công đoàn Y tế Việt Nam", "Công đoàn ngành Y tế", 8),
    ("Công đoàn Công Thương Việt Nam", "Công đoàn ngành Công Thương", 1),
    ("Công đoàn Xây dựng Việt Nam", "Công đoàn ngành Xây dựng", 9),
    ("Công đoàn Giao thông vận tải Việt Nam", "Công đoàn ngành GTVT", 9),
    ("Công đoàn Nông nghiệp và Phát triển nông thôn Việt Nam",
     "Công đoàn ngành NN&PTNT", 6),
    ("Công đoàn Ngân hàng Việt Nam", "Công đoàn ngành Ngân hàng", 5),
    ("Công đoàn Dệt May Việt Nam", "Công đoàn Dệt May", 3),
    ("Công đoàn Dầu khí Việt Nam", "Công đoàn Dầu khí", 4),
    ("Công đoàn Điện lực Việt Nam", "Công đoàn EVN", 3),
    ("Công đoàn Cao su Việt Nam", "Công đoàn ngành Cao su", 4),
)

# Meeting kinds with their base weight; "hội nghị Ban Chấp hành" only for bodies that have one.
KINDS: tuple[tuple[str, float], ...] = (
    ("hội nghị", 28), ("buổi làm việc", 20), ("phiên họp", 12), ("giao ban", 12),
    ("hội nghị Ban Chấp hành", 12), ("hội nghị ký kết", 6),
)


# ---------------------------------------------------------------------------------------------
# Topics and documents
# ---------------------------------------------------------------------------------------------

# (topic, first ISO date it makes sense, last ISO date)
TOPICS: tuple[tuple[str, str, str], ...] = (
    ("thực hiện Nghị quyết 02-NQ/TW về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam "
     "trong tình hình mới", "2021-06-12", "9999"),
    ("thực hiện Chỉ thị 37-CT/TW về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ",
     "2019-09-03", "9999"),
    ("thực hiện Nghị quyết 20-NQ/TW về tiếp tục xây dựng giai cấp công nhân Việt Nam", "", "9999"),
    ("chăm lo đời sống, việc làm cho người lao động", "", "9999"),
    ("phát triển đoàn viên, thành lập công đoàn cơ sở", "", "9999"),
    ("xây dựng thiết chế công đoàn tại các khu công nghiệp", "", "9999"),
    ("công tác dân vận trong doanh nghiệp", "", "9999"),
    ("phát triển đảng viên trong công nhân lao động", "", "9999"),
    ("phòng, chống dịch COVID-19 và hỗ trợ người lao động", "2020-02-01", "2022-06-30"),
    ("triển khai Bộ luật Lao động năm 2019", "2020-01-01", "2022-12-31"),
    ("chuẩn bị Đại hội Công đoàn các cấp nhiệm kỳ 2018-2023", "2017-06-01", "2018-09-30"),
    ("chuẩn bị Đại hội Công đoàn các cấp nhiệm kỳ 2023-2028", "2022-06-01", "2023-11-30"),
    ("thực hiện chính sách bảo hiểm xã hội cho người lao động", "", "9999"),
    ("đối thoại, thương lượng tập thể tại doanh nghiệp", "", "9999"),
    ("công tác kiểm tra, giám sát của tổ chức công đoàn", "", "9999"),
    ("công tác nữ công và chăm lo cho lao động nữ", "", "9999"),
    ("chuyển đổi số trong hoạt động công đoàn", "2021-01-01", "9999"),
    ("xây dựng nhà ở xã hội cho công nhân", "2022-01-01", "9999"),
    ("thực hiện Nghị quyết 18-NQ/TW về sắp xếp tổ chức bộ máy", "2017-10-25", "9999"),
    ("thực hiện Nghị quyết 27-NQ/TW về cải cách chính sách tiền lương", "2018-05-21", "9999"),
    ("sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị", "2024-12-01", "9999"),
    ("tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động", "", "9999"),
    ("tổ chức Chương trình Tết Sum vầy", "", "9999"),
    ("giám sát việc thực hiện lương tối thiểu vùng", "", "9999"),
)
# Noun phrases used for generated document titles.
DOC_SUBJECTS = (
    "đổi mới nội dung, phương thức hoạt động công đoàn", "tăng cường công tác phát triển đoàn viên",
    "nâng cao chất lượng hoạt động của công đoàn cơ sở", "xây dựng đội ngũ cán bộ công đoàn",
    "công tác dân vận trong tình hình mới",
    "phát triển đảng viên trong doanh nghiệp ngoài nhà nước",
    "chăm lo Tết cho đoàn viên, người lao động", "tổ chức các hoạt động Tháng Công nhân",
    "hướng dẫn tổ chức đại hội công đoàn cơ sở", "quản lý tài chính, tài sản công đoàn",
    "thương lượng, ký kết thỏa ước lao động tập thể", "công tác an toàn, vệ sinh lao động",
    "hỗ trợ đoàn viên bị mất việc làm", "xây dựng quan hệ lao động hài hòa tại doanh nghiệp",
    "tuyên truyền, phổ biến pháp luật lao động", "giám sát thực hiện chế độ bảo hiểm xã hội",
)
KIND_BY_CODE = {
    "NQ": "Nghị quyết", "TB": "Thông báo", "CT": "Chỉ thị", "CV": "Công văn",
    "NĐ": "Nghị định", "KH": "Kế hoạch", "QĐ": "Quyết định", "KL": "Kết luận",
}
# (pattern, code, largest number, weight). State form puts the kind code after the slash,
# party form between the dash and the slash.
DOC_SPECS: tuple[tuple[str, str, int, float], ...] = (
    ("{n}/TB-VPCP", "TB", 600, 3), ("{n}/{y}/NĐ-CP", "NĐ", 200, 2), ("{n}/NQ-CP", "NQ", 200, 1),
    ("{n}/QĐ-TTg", "QĐ", 2000, 1), ("{n}/CT-TTg", "CT", 40, 0.5), ("{n}/KH-TLĐ", "KH", 400, 2),
    ("{n}/QĐ-TLĐ", "QĐ", 2500, 1.5), ("{n}/TB-TLĐ", "TB", 300, 1),
    ("{n}/KH-LĐLĐ", "KH", 300, 1.5), ("{p}-NQ/TW", "NQ", 60, 1), ("{p}-CT/TW", "CT", 50, 0.8),
    ("{p}-KL/TW", "KL", 150, 1), ("{p}-TB/TW", "TB", 200, 0.8), ("{p}-QĐ/TW", "QĐ", 300, 0.5),
    ("{p}-CV/ĐĐTLĐ", "CV", 900, 2), ("{p}-NQ/ĐĐTLĐ", "NQ", 30, 0.7),
    ("{p}-KH/BDVTW", "KH", 200, 1), ("{p}-CV/BDVTW", "CV", 800, 1), ("{p}-NQ/TU", "NQ", 30, 0.7),
    ("{p}-CT/TU", "CT", 30, 0.5), ("{p}-KH/TU", "KH", 250, 0.8), ("{p}-KL/TU", "KL", 400, 0.5),
    ("{p}-KH/ĐUK", "KH", 150, 0.5),
)
DOC_TITLES = {
    "NQ": ("về {s}", "về tiếp tục {s} giai đoạn {y}-{y5}"),
    "CT": ("về tăng cường {s}", "về đẩy mạnh {s}"),
    "KL": ("về tiếp tục thực hiện {s}",),
    "TB": ("kết luận của Thường trực tại buổi làm việc về {s}", "ý kiến chỉ đạo về {s}"),
    "CV": ("về việc {s}", "về việc {s} năm {y}"),
    "NĐ": ("quy định chi tiết về {s}", "quy định về {s}"),
    "KH": ("thực hiện {s} năm {y}", "triển khai {s} giai đoạn {y}-{y5}"),
    "QĐ": ("ban hành Quy chế về {s}", "về việc phê duyệt Đề án {s}"),
}
# Documents cited again and again across the decade.
WELL_KNOWN_DOCS: tuple[tuple[str, str, str], ...] = (
    ("02-NQ/TW", "2021-06-12",
     "về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới"),
    ("37-CT/TW", "2019-09-03", "về tăng cường sự lãnh đạo xây dựng quan hệ lao động hài hòa, "
     "ổn định và tiến bộ trong tình hình mới"),
    ("20-NQ/TW", "2008-01-28", "về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy "
     "mạnh công nghiệp hóa, hiện đại hóa đất nước"),
    ("18-NQ/TW", "2017-10-25", "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ "
     "thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"),
    ("27-NQ/TW", "2018-05-21", "về cải cách chính sách tiền lương đối với cán bộ, công chức, "
     "viên chức, lực lượng vũ trang và người lao động trong doanh nghiệp"),
    ("28-NQ/TW", "2018-05-23", "về cải cách chính sách bảo hiểm xã hội"),
    ("145/2020/NĐ-CP", "2020-12-14", "quy định chi tiết và hướng dẫn thi hành một số điều của Bộ "
     "luật Lao động về điều kiện lao động và quan hệ lao động"),
    ("38/2022/NĐ-CP", "2022-06-12",
     "quy định mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động"),
    ("74/2024/NĐ-CP", "2024-06-30",
     "quy định mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động"),
    ("68/NQ-CP", "2021-07-01", "về một số chính sách hỗ trợ người lao động và người sử dụng lao "
     "động gặp khó khăn do đại dịch COVID-19"),
    ("249/TB-VPCP", "2023-07-05", "kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với "
     "Tổng Liên đoàn Lao động Việt Nam"),
    ("565-CV/ĐĐTLĐ", "2022-03-15",
     "về việc lãnh đạo tổ chức các hoạt động Tháng Công nhân năm 2022"),
)


# ---------------------------------------------------------------------------------------------
# Notes: sentence banks
# ---------------------------------------------------------------------------------------------

# Everyday sentences: the common words ("hội nghị", "công đoàn", "người lao động") searches hit.
COMMON_SENTENCES = (
    "Báo cáo tại hội nghị cho biết, trong {period}, toàn hệ thống đã phát triển mới {n1} đoàn "
    "viên, thành lập {k1} công đoàn cơ sở.",
    "Công tác chăm lo đời sống, bảo vệ quyền và lợi ích hợp pháp, chính đáng của người lao động "
    "tiếp tục được quan tâm.",
    "Nhiều ý kiến đề nghị tăng cường đối thoại tại nơi làm việc, thương lượng tập thể và ký kết "
    "thỏa ước lao động tập thể có nhiều điểm có lợi hơn cho người lao động.",
    "Tỷ lệ doanh nghiệp đóng kinh phí công đoàn đạt {pct}%, tăng {p2}% so với cùng kỳ.",
    "Hội nghị đã thảo luận, góp ý vào dự thảo báo cáo và thống nhất các chỉ tiêu trọng tâm của "
    "năm {y}.",
    "Đồng chí đề nghị các cấp công đoàn tiếp tục đổi mới nội dung, phương thức hoạt động, hướng "
    "mạnh về cơ sở.",
    "Chương trình Tết Sum vầy năm {y} đã trao {n2} suất quà với tổng trị giá hơn {money} tỷ đồng "
    "cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
    "Công tác phát triển đảng viên trong công nhân lao động tại doanh nghiệp ngoài nhà nước còn "
    "gặp nhiều khó khăn.",
    "Hội nghị thống nhất giao Ban Thường vụ xây dựng kế hoạch cụ thể, phân công trách nhiệm rõ "
    "ràng cho từng đơn vị.",
    "Các đại biểu tập trung phân tích nguyên nhân của những hạn chế, đề xuất giải pháp khắc phục "
    "trong thời gian tới.",
    "Số vụ ngừng việc tập thể giảm {k1} vụ so với năm trước, chủ yếu xảy ra tại các doanh nghiệp "
    "có vốn đầu tư nước ngoài.",
    "Hoạt động của công đoàn cơ sở ở nhiều nơi còn hình thức, chưa thực sự thu hút người lao động "
    "tham gia.",
    "Công tác tuyên truyền, phổ biến giáo dục pháp luật cho đoàn viên được triển khai đa dạng, cả "
    "trực tiếp và trên nền tảng số.",
    "Hội nghị đã biểu quyết thông qua nghị quyết với tỷ lệ {pct}% đại biểu tán thành.",
    "Tổng số đoàn viên công đoàn toàn {scope} đạt {n3}, trong đó đoàn viên khu vực doanh nghiệp "
    "ngoài nhà nước chiếm {pct}%.",
    "Ban Thường vụ đã ban hành {k1} văn bản chỉ đạo, hướng dẫn và tổ chức {k2} đoàn kiểm tra, "
    "giám sát.",
    "Kết quả thực hiện các chỉ tiêu thi đua cơ bản đạt và vượt kế hoạch đề ra.",
    "Một số đại biểu kiến nghị sớm điều chỉnh mức lương tối thiểu vùng cho phù hợp với tình hình "
    "thực tế.",
    "Công tác nữ công, chăm lo cho lao động nữ và con công nhân được chú trọng.",
    "Hội nghị cũng dành thời gian đánh giá việc thực hiện Quy chế dân chủ ở cơ sở.",
    "Việc triển khai {topic} được các cấp ủy, tổ chức công đoàn thực hiện nghiêm túc.",
    "Đồng chí nhấn mạnh, công đoàn phải thực sự là chỗ dựa tin cậy của người lao động.",
    "Nhiều doanh nghiệp chậm đóng bảo hiểm xã hội, ảnh hưởng trực tiếp đến quyền lợi của người "
    "lao động.",
    "Các đơn vị cần chủ động nắm bắt tình hình tư tưởng, việc làm, thu nhập của công nhân lao "
    "động, không để bị động, bất ngờ.",
)
PARTNER_SENTENCES = (
    "Tham dự có đại diện lãnh đạo {b} và các ban, đơn vị liên quan.",
    "Phát biểu kết luận, đồng chí {chair} ghi nhận, đánh giá cao sự phối hợp chặt chẽ giữa {a} "
    "và {b}.",
    "Đại diện {b} đề nghị {a} quan tâm hỗ trợ kinh phí xây dựng nhà văn hóa, thiết chế công đoàn "
    "tại khu công nghiệp.",
    "Thời gian tới, hai bên thống nhất tăng cường trao đổi thông tin, phối hợp giải quyết kịp "
    "thời các vấn đề phát sinh trong quan hệ lao động.",
    "Theo quy chế phối hợp, định kỳ {every} hai bên tổ chức giao ban để đánh giá kết quả thực "
    "hiện.",
)
# (sentence, first ISO date, last ISO date): events tied to a period.
DATED_SENTENCES = (
    ("Trong bối cảnh dịch COVID-19 diễn biến phức tạp, công đoàn các cấp đã kịp thời hỗ trợ {n2} "
     "lượt người lao động bị ảnh hưởng.", "2020-02-01", "2022-06-30"),
    ("Các cấp công đoàn đẩy mạnh tuyên truyền các điểm mới của Bộ luật Lao động năm 2019.",
     "2020-01-01", "2022-12-31"),
    ("Công tác chuẩn bị Đại hội Công đoàn các cấp tiến tới Đại hội XIII Công đoàn Việt Nam được "
     "triển khai đúng tiến độ.", "2022-06-01", "2023-11-30"),
    ("Công tác chuẩn bị Đại hội XII Công đoàn Việt Nam được các cấp công đoàn triển khai khẩn "
     "trương.", "2017-06-01", "2018-09-20"),
)
# Rare sentences, each in a small share of meetings, so a search benchmark has needles.
RARE_SENTENCES = (
    ("Đoàn công tác đã thăm, tặng quà công nhân tại khu nhà trọ ven Khu công nghiệp {park}.",
     "", "9999"),
    ("Chương trình \"Chuyến xe Công đoàn\" đã đưa {n1} công nhân về quê đón Tết.", "", "9999"),
    ("Mô hình \"Bữa cơm ca nghĩa tình\" được nhân rộng tại các doanh nghiệp dệt may, da giày.",
     "", "9999"),
    ("Sau cơn bão Yagi, công đoàn đã hỗ trợ kịp thời các gia đình đoàn viên bị thiệt hại.",
     "2024-09-08", "2025-06-30"),
    ("Hạn mặn kéo dài ảnh hưởng đến việc làm của lao động nông nghiệp ở Đồng bằng sông Cửu Long.",
     "2016-01-01", "2016-12-31"),
    ("Ứng dụng Công đoàn Việt Nam trên điện thoại thông minh giúp đoàn viên tra cứu phúc lợi và "
     "ưu đãi.", "2021-01-01", "9999"),
    ("\"Siêu thị 0 đồng\" của công đoàn đã phục vụ công nhân bị phong tỏa trong đợt giãn cách.",
     "2021-07-01", "2021-12-31"),
    ("Đại biểu nhắc lại câu chuyện về chiếc xe đạp thồ của công nhân mỏ than Vàng Danh.",
     "", "9999"),
    ("Dự án thiết chế công đoàn tại Khu kinh tế Nghi Sơn đã được khởi công.", "2019-01-01", "9999"),
    ("Quỹ \"Mái ấm Công đoàn\" đã hỗ trợ xây mới và sửa chữa {k1} căn nhà cho đoàn viên.",
     "", "9999"),
    ("Giải bóng đá công nhân tranh Cúp Lao Động được tổ chức tại sân vận động Hàng Đẫy.",
     "", "9999"),
    ("Lớp bồi dưỡng tiếng Hàn cho công nhân xuất khẩu lao động khai giảng tại Trường Đại học Công "
     "đoàn.", "", "9999"),
)
PART_WORDS = {"morning": "Sáng", "noon": "Trưa", "afternoon": "Chiều", "evening": "Tối"}
# (start, possible ends) per part of day; ends are after starts so end_time >= start_time.
TIMES = {
    "morning": (("07:30", "08:00", "08:30", "09:00"), ("10:30", "11:00", "11:30", "12:00")),
    "noon": (("11:30", "12:00"), ("13:00", "13:30")),
    "afternoon": (("13:30", "14:00", "14:30"), ("16:00", "16:30", "17:00", "17:30")),
    "evening": (("19:00", "19:30"), ("21:00", "21:30")),
}
ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
    (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
QUARTERS = ("quý I", "quý II", "quý III", "quý IV")

# Cumulative weights for the per-meeting draws, computed once.
PARTS = ("morning", "afternoon", "evening", "noon")
PARTS_CW = (55, 93, 98, 100)
KIND_NAMES = tuple(k for k, _ in KINDS)
KIND_CW = tuple(itertools.accumulate(w for _, w in KINDS))
KIND_CW_NO_BCH = tuple(itertools.accumulate(
    0 if k == "hội nghị Ban Chấp hành" else w for k, w in KINDS))
COUNTS = (0, 1, 2, 3)
SPEAKERS_CW = (30, 65, 90, 100)
DOCUMENTS_CW = (25, 65, 90, 100)
DECISION_KINDS = ("decision", "conclusion", "assignment")
DECISION_KINDS_CW = (35, 70, 100)
STATUSES = ("open", "done", "dropped")


# ---------------------------------------------------------------------------------------------
# Decisions
# ---------------------------------------------------------------------------------------------

DECISION_TEXTS = {
    "decision": (
        "Thống nhất tổ chức các hoạt động về {topic} trong tháng {m2}/{y2}.",
        "Thông qua Kế hoạch {topic} năm {y}.",
        "Phê duyệt dự toán kinh phí thực hiện chương trình {topic}.",
        "Thống nhất thành lập tổ công tác liên ngành về {topic}.",
    ),
    "conclusion": (
        "Tiếp tục phối hợp lãnh đạo, chỉ đạo {topic}.",
        "Các cấp công đoàn cần bám sát cơ sở, nắm chắc tình hình tư tưởng, việc làm, đời sống của "
        "người lao động.",
        "Ghi nhận kết quả đạt được; khắc phục ngay những hạn chế trong {topic}.",
        "Hội nghị đánh giá cao tinh thần trách nhiệm của các đơn vị trong {topic}.",
    ),
    "assignment": (
        "Giao {resp} chủ trì, phối hợp với các ban liên quan xây dựng kế hoạch {topic}.",
        "Giao {resp} tổng hợp ý kiến, hoàn thiện dự thảo báo cáo trình Ban Thường vụ.",
        "Giao {resp} theo dõi, đôn đốc và báo cáo kết quả {topic}.",
        "Giao {resp} chuẩn bị nội dung làm việc với các doanh nghiệp có đông lao động.",
    ),
}
