"""Where the meeting was, told indirectly.

The example reports are written for these tests: a meeting held "ngay tại" a factory canteen;
an online meeting's main bridge point ("từ điểm cầu chính tại …"); a working session whose place
follows its host ("làm việc với Công ty X, tại trụ sở … đóng trên địa bàn …"); a hall whose
address in brackets makes it long; a delegation's visit to a workplace told with no "tại" of its
own (the host's premises), and one to an office body, which says nothing of where; a ground or
a hamlet told in lowercase before its proper name ("sân …", "thôn …", "ấp …"), or before up to
four lowercase words of its kind and then the name ("sân khu nhà trọ X"), and such a word
that names no place ("tại sân chơi"); a place whose address in brackets is followed by more of
the sentence ("… (số 5 đường X) và kết nối …"), not cut at a short form in brackets; a venue
told by its kind ("tại phòng họp …", "Đón đoàn tại trụ sở … có", "ngay tại hội trường …") in a
later sentence, and not in another event's aside; after "diễn ra tại" or "tổ chức tại", a place
told in lowercase by no word of a venue's kind ("căn nhà của …", "bãi …", "sân nhà …"); in the
lead, a place told in lowercase as a named body's or person's ("lô 7 của Nông trường X"), and
not a lowercase place owned by nobody named.
"""

from __future__ import annotations

import pytest

from store.extract import extract_report


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Chiều 6/3/2025, Công ty TNHH Gạch men Tân Uyên và Công đoàn cơ sở phối hợp tổ chức "
            "ngay tại nhà ăn công nhân khu B, hội nghị người lao động năm 2025.",
            "nhà ăn công nhân khu B",
        ),
        (
            "Sáng 2/6/2025, LĐLĐ tỉnh Bạc Liêu tổ chức hội nghị tập huấn công tác nữ công. Hội "
            "nghị được tổ chức trực tuyến, từ điểm cầu chính tại phòng họp số 3 Trụ sở LĐLĐ tỉnh "
            "tới 20 điểm cầu cơ sở.",
            "phòng họp số 3 Trụ sở LĐLĐ tỉnh",
        ),
        (
            "Ngày 18/9/2025, Công đoàn Khu kinh tế tỉnh đã có buổi làm việc với Ban Giám đốc Công "
            "ty TNHH Gỗ Phú Mỹ, tại nhà xưởng số 2 của Công ty đóng trên địa bàn xã Phú Mỹ, về "
            "việc làm của công nhân.\n\nBuổi làm việc kéo dài hai giờ.",
            "nhà xưởng số 2 của Công ty đóng trên địa bàn xã Phú Mỹ",
        ),
        (
            "Chiều 9/1/2025, Ban Thường vụ LĐLĐ tỉnh họp phiên thứ 12 tại phòng họp tầng 3 tòa "
            "nhà Công đoàn tỉnh (số 45 đường Nguyễn Huệ, phường Tân An, thành phố Tây Ninh).",
            "phòng họp tầng 3 tòa nhà Công đoàn tỉnh (số 45 đường Nguyễn Huệ, phường Tân An, "
            "thành phố Tây Ninh)",
        ),
    ],
)
def test_a_place_told_indirectly(text: str, place: str) -> None:
    assert extract_report(text).record.get("location") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sáng 14/5/2025, đoàn công tác LĐLĐ tỉnh Quảng Nam do ông Trà Văn Lực, Phó Chủ tịch "
            "LĐLĐ tỉnh làm trưởng đoàn đã đến làm việc với Công ty TNHH May Hội An (phường Cẩm "
            "Phô, TP Hội An) về việc làm của công nhân dịp cuối năm.",
            "Công ty TNHH May Hội An (phường Cẩm Phô, TP Hội An)",
        ),
        (
            "Chiều 20/5/2025, Ban Nữ công LĐLĐ tỉnh đến thăm và làm việc với Công đoàn cơ sở "
            "Bệnh viện Đa khoa Tam Kỳ. Cùng đi với đoàn có bà Lê Thị Hoa.",
            "Bệnh viện Đa khoa Tam Kỳ",
        ),
        (
            "Đoàn giám sát của HĐND tỉnh đã giám sát việc thực hiện chế độ bảo hiểm xã hội, tiền "
            "lương đối với công nhân tại Nhà máy Gạch Điện Bàn vào ngày 12/6/2025.",
            "Nhà máy Gạch Điện Bàn",
        ),
        (  # a visit to the workers of a workplace: the workplace, not the company owning it
            "Sáng 22/1/2026, đoàn công tác của Huyện ủy Văn Bàn do bà Lò Thị Hương, Phó Bí thư "
            "Huyện ủy làm trưởng đoàn đã đến thăm, chúc Tết công nhân Xí nghiệp Chè Khánh Yên "
            "thuộc Công ty Cổ phần Chè Lào Cai.",
            "Xí nghiệp Chè Khánh Yên",
        ),
        (
            "Chiều 5/2/2026, Thường trực LĐLĐ tỉnh đến thăm và tặng quà đoàn viên của Bệnh viện "
            "Phục hồi chức năng tỉnh (phường Duyên Hải) trước Tết Nguyên đán.",
            "Bệnh viện Phục hồi chức năng tỉnh (phường Duyên Hải)",
        ),
        (  # an office body hosts no meeting place of its own in the telling
            "Chiều 3/6/2025, Ban Thường vụ Tỉnh ủy làm việc với Đảng đoàn LĐLĐ tỉnh về công tác "
            "năm 2025.",
            None,
        ),
    ],
)
def test_a_delegations_host_workplace_is_where_it_met(text: str, place: str | None) -> None:
    assert extract_report(text).record.get("location") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Tối 14/2/2025, tại sân Trường Tiểu học Hòa Bình (xã Hòa Bình), Công đoàn ngành Giáo "
            "dục tổ chức đêm văn nghệ mừng Xuân cho giáo viên.",
            "sân Trường Tiểu học Hòa Bình (xã Hòa Bình)",
        ),
        (
            "Sáng 3/3/2025, tại thôn Khe Sâu, xã Tân Lập, Hội Nông dân huyện phối hợp với LĐLĐ "
            "huyện trao nhà đại đoàn kết cho hộ anh Lò Văn Tư.",
            "thôn Khe Sâu, xã Tân Lập",
        ),
        (
            "Chiều 9/3/2025, tại ấp Phú Hòa, Ủy ban MTTQ xã tổ chức gặp mặt đoàn viên công đoàn.",
            "ấp Phú Hòa",
        ),
        (  # the ground's kind in lowercase words, then the name it is of
            "Tối 30/1/2025, tại sân khu ký túc xá Hưng Phát (xã Tân Định), Công đoàn các KCN tỉnh "
            "tổ chức đêm văn nghệ cho công nhân.",
            "sân khu ký túc xá Hưng Phát (xã Tân Định)",
        ),
        (  # a ground that names no place of its own
            "Chiều 9/3/2025, tại sân chơi của khu trọ, Công đoàn tổ chức gặp mặt công nhân.",
            None,
        ),
        (  # nor one whose lowercase words run past four before any name
            "Chiều 9/3/2025, tại sân chơi rộng phía sau dãy nhà Bình An, Công đoàn gặp mặt.",
            None,
        ),
    ],
)
def test_a_ground_or_a_hamlet_before_its_name_is_the_place(text: str, place: str | None) -> None:
    assert extract_report(text).record.get("location") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sáng 8/4/2025, Công đoàn Công ty Cấp nước Hưng Yên tổ chức hội nghị sơ kết quý I. "
            "Hội nghị được tổ chức tại phòng họp tầng 2 trụ sở Công ty (số 5 đường Phạm Ngũ Lão, "
            "phường An Tảo) và kết nối trực tuyến tới 7 xí nghiệp trực thuộc.",
            "phòng họp tầng 2 trụ sở Công ty (số 5 đường Phạm Ngũ Lão, phường An Tảo)",
        ),
        (
            "Chiều 9/4/2025, tại Hội trường Bộ Chỉ huy Quân sự (CHQS) tỉnh ở phường Hòa Bình, "
            "LĐLĐ tỉnh tổ chức hội nghị.",
            "Hội trường Bộ Chỉ huy Quân sự (CHQS) tỉnh ở phường Hòa Bình",
        ),
    ],
)
def test_a_place_ends_with_its_address_in_brackets(text: str, place: str) -> None:
    assert extract_report(text).record.get("location") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # told late, in a sentence about something else
            "Chiều 14/5/2025, Ban Thường vụ Liên đoàn Lao động tỉnh Hà Nam làm việc với Sở Y tế "
            "về bữa ăn ca của công nhân. Chủ trì buổi làm việc là bà Vũ Thị Lụa, Chủ tịch LĐLĐ "
            "tỉnh. Ông Trần Văn Bình, Giám đốc Sở Y tế báo cáo kết quả kiểm tra. Bà Lụa đề nghị "
            "Sở kiểm tra đột xuất các bếp ăn tập thể. Các số liệu được nêu suốt buổi chiều, tại "
            "phòng họp tầng 3 trụ sở Sở Y tế.",
            "phòng họp tầng 3 trụ sở Sở Y tế",
        ),
        (  # the hosts receiving the visitors there
            "Sáng 9/2/2026, đoàn công tác của Thường trực Huyện ủy Kim Bảng đến chúc Tết cán bộ "
            "Liên đoàn Lao động huyện. Đón đoàn tại trụ sở Công đoàn huyện (thị trấn Ba Sao) có bà "
            "Lê Thị Mận, Chủ tịch Công đoàn huyện.",
            "trụ sở Công đoàn huyện (thị trấn Ba Sao)",
        ),
        (  # an interview's answer
            "PV: Hội nghị diễn ra thế nào?\n\nÔng Đào Văn Thịnh: Ngày 18/1/2025 Công đoàn cơ sở "
            "họp với Giám đốc. Chúng tôi chọn sáng Chủ nhật, ngay tại hội trường nhỏ của Nhà máy "
            "để ca đêm cũng dự được.",
            "hội trường nhỏ của Nhà máy",
        ),
        (  # another event of the day, set apart, is not where this meeting was
            "Chiều 14/5/2025, Ban Thường vụ Liên đoàn Lao động tỉnh Hà Nam làm việc với Sở Y tế "
            "về bữa ăn ca của công nhân. Bà Vũ Thị Lụa, Chủ tịch LĐLĐ tỉnh chủ trì.\n\n"
            "Cùng ngày, Ban Nữ công LĐLĐ tỉnh tổ chức tập huấn tại hội trường Khách sạn Hoa Lư.",
            None,
        ),
    ],
)
def test_a_venue_told_by_its_kind_in_a_later_sentence_is_the_place(
    text: str, place: str | None
) -> None:
    assert extract_report(text).record.get("location") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sáng 3/4/2025, Công đoàn huyện Phú Tân trao nhà tình nghĩa cho đoàn viên. Buổi lễ "
            "diễn ra tại căn nhà của anh Trương Văn Lực, ở ấp Bình Hòa, xã Tân Hưng.",
            "căn nhà của anh Trương Văn Lực",
        ),
        (
            "Chiều 20/10/2025, Công đoàn Công ty Cao su Chư Sê đối thoại với công nhân cạo mủ. "
            "Buổi đối thoại được tổ chức tại bãi tập kết mủ số 5 của Nông trường Ia Blang, giữa "
            "hai ca cạo.",
            "bãi tập kết mủ số 5 của Nông trường Ia Blang",
        ),
        (
            "Sáng 7/7/2025, LĐLĐ huyện Mù Cang Chải tổ chức lễ khánh thành. Buổi lễ diễn ra tại "
            "sân nhà sinh hoạt cộng đồng thôn Khao Mang, xã Khao Mang, trước đông đủ bà con.",
            "sân nhà sinh hoạt cộng đồng thôn Khao Mang, xã Khao Mang",
        ),
    ],
)
def test_a_place_told_in_lowercase_after_the_meeting_took_place_at(text: str, place: str) -> None:
    assert extract_report(text).record.get("location") == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sáng 12/3/2025, đoàn công tác LĐLĐ tỉnh Gia Lai đến thăm công nhân đang cạo mủ tại "
            "lô 7 của Nông trường Ia Ly, Công ty TNHH MTV Cao su Mang Yang.",
            "lô 7 của Nông trường Ia Ly",
        ),
        (
            "Chiều 2/5/2025, LĐLĐ huyện Châu Thành trao quà cho đoàn viên tại vườn cây của ông "
            "Nguyễn Văn Hai, xã An Hiệp.",
            "vườn cây của ông Nguyễn Văn Hai, xã An Hiệp",
        ),
        (
            "Sáng 12/3/2025, đoàn công tác LĐLĐ tỉnh Gia Lai đến thăm công nhân đang cạo mủ tại "
            "các lô cao su xa khu dân cư.",
            None,
        ),
    ],
)
def test_a_place_told_in_lowercase_as_someones_in_the_lead(text: str, place: str | None) -> None:
    assert extract_report(text).record.get("location") == place


def test_an_office_told_in_lowercase_after_tai_in_the_lead_is_the_place() -> None:
    # A working session at the host's office, its kind written in lowercase ("tại văn phòng
    # Công ty …"), as others write "tại Văn phòng Công ty …".
    text = (
        "Sáng 14/10/2025, đoàn công tác Liên đoàn Lao động tỉnh Sóc Trăng đã làm việc với Ban "
        "Giám đốc Công ty TNHH Tôm giống Vĩnh Châu tại văn phòng Công ty ở phường 1, thị xã "
        "Vĩnh Châu.\n\nHai bên trao đổi về tiền lương của công nhân."
    )
    assert extract_report(text).record.get("location") == (
        "văn phòng Công ty ở phường 1, thị xã Vĩnh Châu"
    )
