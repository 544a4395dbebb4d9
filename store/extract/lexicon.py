"""Word lists the extractor reads Vietnamese with: family names, places, titles, verbs, markers.

Everything here is folded (`store.text.fold`: no marks, lower case, đ → d), so a list is matched
the same whether a report was typed with marks, without them, or in capitals. Only data lives
here; the readers that use it are `people`, `dates`, `documents` and `meeting`.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Family names of the Kinh majority (the first syllable of almost every name in the reports), and
# the common ones of the ethnic minorities whose cadres sit in provincial and central bodies.
# Folded, so "Vũ" and "Võ" are "vu" and "vo"; a syllable here only *may* start a name: the
# person context (an honorific, a title, a list of attendees) is what makes it one.
FAMILY_NAMES = _words(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly ngo dinh dao doan
    lam luong mai truong trinh cao chu kha thai ta to ton vuong trieu luu ha hua kieu khuc
    quach than luc mac diep giang chau dam dau la lai lo ma nong ninh phung quan sam thach
    danh kim lu hau be tong cam vi au tu khong doan nghiem vien tang trinh cu can chu giap
    han nhu quan trang ung vong ngoc son giang vang thao mua lau sung hoa ong lang dieu
    chang ca tao hong nghiem bach bang lieu man ong phi thieu luyen le mong
    """
)

# The family names nine in ten Vietnamese carry: where a run of capitalised words holds a place and
# then a name ("xã Diễn Hồng Nguyễn Văn Tâm"), the name starts at one of these.
COMMON_FAMILY_NAMES = _words(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly
    """
)

# First syllables of Ê Đê, Jrai, Ba Na, ... names, which do not start with a Kinh family name:
# "Y Thanh Hà Niê Kđăm", "H'Hen Niê", "Ksor Phước Hà", "Rơ Mah Tuân". Such a name may have five
# syllables. Xơ Đăng and Ba Na men are "A Vương", women "Y Thanh"; Cơ Ho, Chu Ru and Mạ names
# of Lâm Đồng start "Ka", "Bon Niêng", "Cil", "Liêng", "Touneh".
ETHNIC_PREFIXES = _words(
    """
    y h ksor ro siu rmah nay kpa bkrong rcom mlo nie bya a ka bon cil lieng touneh kra
    """
)

# Syllables that never belong to a name, however capitalised: "Đoàn Chủ tịch" is a body, not Mr
# Đoàn Chủ. Kept with their marks (casefolded, not folded), because the folded forms are given
# names too: "thành" is not a name, "Thanh" is. ("Chí" is not one: "Đồng Chí" is caught by
# "đồng", and Phạm Chí Tâm is a name.)
NOT_NAME_SYLLABLES = _words(
    """
    chủ phó ban tổng hội đảng ủy uỷ bí trưởng giám bộ sở cục viện khối tỉnh huyện quận xã
    phường nhà nghị ngày tháng tại theo về dự tin xem lễ họp đồng ông bà các
    """
)

# Capitalised syllable + the lowercase one after it that make a common noun, not a name's end:
# in "Tổng Liên đoàn", "Liên" is the start of "Liên đoàn", though "Liên" is also a given name.
COMPOUNDS = _words(
    """
    cong_doan lien_doan trung_uong quoc_hoi lao_dong dai_hoi thuong_truc thuong_vu dan_van
    chu_tich bi_thu hoi_nghi chinh_phu chinh_tri ban_chap mat_tran uy_vien thu_tuong
    bo_truong giam_doc truong_ban to_chuc kinh_te xa_hoi hanh_chinh doanh_nghiep nhan_dan
    dan_toc tuyen_giao kiem_tra van_phong noi_chinh thanh_nien phu_nu cuu_chien nong_dan
    dang_uy tinh_uy huyen_uy thanh_uy thi_uy dang_doan can_su hoi_dong viet_nam cong_nhan
    vien_chuc quan_doi cong_an hai_quan hoc_vien dai_hoc y_te giao_duc van_hoa the_thao
    nong_nghiep moi_truong tai_chinh ngan_hang dau_tu cong_thuong xay_dung giao_thong
    thong_tin khoa_hoc tu_phap ngoai_giao quoc_phong noi_vu lien_minh hop_tac du_lich
    thanh_pho ky_hop ky_niem thanh_lap thanh_vien cong_ty
    """
)

# Places that look like a name ("Hà Nội" starts with the family name Hà) and that titles end in
# ("Chủ tịch UBND tỉnh Hà Nam Trần Văn A"): a run starting with one of these is a place first.
PLACES = _words(
    """
    ha_noi ha_nam ha_giang ha_tinh hai_phong hai_duong ho_chi_minh da_nang can_tho viet_nam
    nghe_an thanh_hoa quang_ninh quang_binh quang_tri quang_nam quang_ngai binh_dinh phu_yen
    khanh_hoa ninh_thuan binh_thuan kon_tum gia_lai dak_lak dak_nong lam_dong binh_phuoc
    tay_ninh binh_duong dong_nai ba_ria vung_tau long_an tien_giang ben_tre tra_vinh
    vinh_long dong_thap an_giang kien_giang hau_giang soc_trang bac_lieu ca_mau cao_bang
    bac_kan tuyen_quang lao_cai yen_bai thai_nguyen lang_son bac_giang phu_tho dien_bien
    lai_chau son_la hoa_binh vinh_phuc bac_ninh hung_yen thai_binh nam_dinh ninh_binh
    thua_thien hue do_luong con_cuong thai_hoa cua_lo hoang_mai dong_da ba_dinh hoan_kiem
    cau_giay tay_ho long_bien thanh_xuan ha_dong thu_duc
    """
)

# How a title (chức danh) begins, as folded word sequences. "Phó" and "nguyên" (former) are
# prefixes of any of them. Highland papers and minutes leave titles abbreviated as written ("TUV,
# CT LĐLĐ tỉnh", "PCT LĐLĐ tỉnh", "UV BTV", "PBT ĐU"): the abbreviation starts the title too.
# A hospital's head nurse is "Điều dưỡng trưởng …", written where another would write an office
# (and "Hộ sinh", "Bác sĩ" before a name: "si", "sinh" run on in a title);
# a secretary is often "chuyên viên Phòng …" (an officer of a department), which is a title too.
TITLE_HEADS = tuple(
    sorted(
        _words(
            """
            uy_vien bi_thu chu_tich truong_ban truong_phong truong_doan truong_khoa truong_cong
            giam_doc thu_tuong bo_truong thu_truong chanh_van chanh_an chanh_thanh chu_nhiem
            vien_truong hieu_truong dai_bieu tong_thu tong_bi tong_giam tong_bien thu_ky thanh_vien
            dai_su kiem_sat cuc_truong vu_truong tro_ly nguoi_phat dai_tuong thuong_tuong
            trung_tuong thieu_tuong dai_ta thuong_ta trung_ta giao_su tien_si ke_toan truong
            chu_tich_nuoc tong_thanh to_truong doi_truong chi_huy cong_nhan doan_vien giao_vien
            ky_su bac_si nhan_vien nguoi_lao dai_dien dang_vien can_bo tinh_uy_vien giang_vien
            chinh_uy huyen_uy_vien thanh_uy_vien quan_uy_vien thi_uy_vien dieu_duong chuyen_vien
            ho_sinh
            ct pct tuv huv uvbtv uv pbt
            """
        ),
        key=len,
        reverse=True,
    )
)
TITLE_PREFIXES = frozenset({"pho", "nguyen", "quyen", "tan"})

# How a body's name begins (folded): "Sở …", "Liên đoàn …", "UBND …". A list of organisers is
# cut at "và" or a comma only where the next part starts with one of these, so "Sở Lao động -
# Thương binh và Xã hội" and "Viện Công nhân và Công đoàn" stay whole (a bare "Công đoàn" after
# "và" names no body: a head needs a word after it).
BODY_HEADS = tuple(
    sorted(
        _words(
            """
            ban so hoi lien_doan ldld ubnd uy_ban cong_doan bao_hiem ngan_hang truong dang_uy
            dang_bo dang_doan tinh_uy huyen_uy thanh_uy thi_uy quan_uy cong_ty tong vien bo
            mat_tran hoi_dong van_phong trung_tam cuc chi_cuc chi_bo thuong_truc hdnd ubmttq
            hoc_vien quy tap_doan benh_vien chinh_phu phong thanh_doan tinh_doan bch btv cdcs
            dai_hoc bao hop_tac_xa nha_may lien_hiep bo_chi_huy cong_an kho_bac doan
            quoc_hoi lien_minh
            """.replace("_", "~")
        ),
        key=len,
        reverse=True,
    )
)
BODY_HEADS = tuple(head.replace("~", " ") for head in BODY_HEADS)
# ... of which these name a body by themselves ("Tỉnh ủy", "Chính phủ"); the others need a word
# after them ("Sở Y tế", not "Sở").
WHOLE_BODIES = frozenset(
    {"tinh uy", "huyen uy", "thanh uy", "thi uy", "quan uy", "chinh phu", "quoc hoi",
     "thanh doan", "tinh doan", "ubnd", "hdnd", "ubmttq", "ldld", "bch", "btv"}
)  # fmt: skip

# Lowercase syllables that occur inside a title or an organisation name ("Chủ tịch", "Ủy viên dự
# khuyết", "Phó trưởng ban", "LĐLĐ tỉnh Nghệ An"): a title runs on across them and stops at any
# other lowercase word, which is the verb ("khẳng định", "chủ trì", "phát biểu"). Hospitals'
# wards and nursing ("Trưởng khoa Hồi sức tích cực", "Phó Trưởng phòng Điều dưỡng") run on too.
TITLE_LOWER = _words(
    """
    tich thu vien truong ban giam doc chanh van phong thuong truc vu tinh thanh pho huyen
    quan xa phuong thi tran nganh cua va lien doan lao dong tong cong ty uy hoi nhan dan
    trung uong dang chinh phu quoc nuoc khoi co quan doanh nghiep phu trach kiem nguyen cap
    so bo cuc nhiem dai bieu tuong ta tro ly ky dieu hanh tai ke toan tuyen giao to kiem tra
    an ninh doi su khu vuc che xuat bien tap vien sat khuyet hanh chinh xa hoi kinh te dan
    van toc nong thon nghiep y te giao duc hoc sinh thanh nien phu nu chien binh mat tran
    pho su an thanh tra ngan hang thong tin truyen dau tu xay dung giao thong cong thuong
    nong moi truong khoa cong nghe ngoai lien doanh dan so gia dinh tre em bao hiem viec lam
    thuong binh van hoa the thao du lich quoc phong danh du chuc cac he
    tao tam thuc pham san khau nhap dich phat trien nghien cuu quan bao ve thuat mai hinh
    khi dien luc cao ban chi mien phan nhanh huu han sach phap luat dao ky thuat nghe tac huy
    luong hoach hiep toan tri noi xuat khau suc duong si sinh
    """
)
# ... but these, though allowed above, never end a title: "và", "của" join two parts.
TITLE_CONNECTORS = frozenset({"va", "cua", "kiem", "tai"})

# Words for the speaking verbs of a report, folded; a person followed by one of these spoke.
SPEECH_VERBS = (
    "phat bieu",
    "cho biet",
    "nhan manh",
    "khang dinh",
    "de nghi",
    "bao cao",
    "trinh bay",
    "chia se",
    "noi",
    "trao doi",
    "ket luan",
    "danh gia",
    "ghi nhan",
    "luu y",
    "yeu cau",
    "chi dao",
    "de xuat",
    "kien nghi",
    "bay to",
    "goi y",
    "tin rang",
    "mong muon",
    "thong tin",
    "quan triet",
    "gioi thieu",
    "tham luan",
    "giai trinh",
    "cho rang",
    "dong tinh",
    "bieu duong",
    "neu ro",
    "neu",  # "nêu thực trạng", "nêu ý kiến": as written, not "nếu" (if), which folds alike
    "nhan dinh",
    "thong bao",
    "tiep thu",
    "phan tich",
    "gop y",
    "hoan nghenh",
    "cam on",
    "chuc mung",
    "gui loi",
    "dan chung",
    "khai mac",
    "be mac",
    "quan tam",
    "tra loi",
    "phan anh",
    "nhac lai",
    "nhac nho",
    # "Thiếu tá X nhắc các chủ trọ …", "chị Y nhắc cả nhà …": reminding those at the meeting
    # (not "nhắc đến", mentioning)
    r"nhac(?=\s+(?:cac|ca|moi|nhung|cong nhan|nguoi|chi em|anh em|doan vien|hoi vien)\b)",
    # "Ông X hướng dẫn cách …", "… hướng dẫn các tình huống …": explaining to the meeting (not
    # "Hướng dẫn số 03/HD-TLĐ", a document)
    r"huong dan(?!\s+(?:so|cua)\b)",
    "khuyen cao",  # "Ông X khuyến cáo người dân …": advice given at the meeting
    "canh bao",  # "Thượng tá X cảnh báo tình trạng …": a warning given at the meeting
    "dong vien",
    "phat dong",
    "truyen dat",
    # "…, Chủ tịch Công đoàn Công ty X kể, …", "… kể rằng …", "… kể về …", "— anh Y, …, kể." (not
    # "kể cả", "kể từ")
    r"ke(?=\s*[,:.]|\s+(?:rang|ve)\b)",
    # "Ông X dẫn một ví dụ: …", "… dẫn thực tế …", "… dẫn kết quả khảo sát …": citing to the
    # meeting (not "dẫn đầu đoàn", leading a delegation)
    r"dan(?=\s+(?:mot\s+)?(?:vi du|thuc te|ket qua|so lieu|chung|truong hop|lai)\b)",
    "ke lai",
    "tam su",  # "Chị X, công nhân …, tâm sự: …": confiding to the meeting or the paper
    # "Chị X, công nhân Công ty Y, hỏi: …", "… hỏi thẳng", "… hỏi về"; not "hội", which no colon
    # follows, nor "hỏi thăm" (asking after someone)
    r"hoi(?=\s*:|\s+(?:thang|ve|lai|rang|vi sao|tai sao)\b)",
    "giai thich",
    # "X đọc diễn văn …", "Thư được đồng chí X đọc tại phiên khai mạc": reading out to the meeting
    r"doc(?=\s+(?:dien van|bao cao|tham luan|thu|dien|loi|tai|truoc|quyet dinh|nghi quyet)\b)",
    # "Đồng chí X bổ sung: …", "… bổ sung thêm"; not "bổ sung X vào Ban Chấp hành" (acted on)
    r"bo sung(?=\s*:|\s+(?:them|y kien|rang)\b)",
    "thua nhan",  # "Ông X thừa nhận giá nguyên liệu tăng …": owning up to the meeting
    # "Đồng chí X thông qua báo cáo …", "… thông qua dự thảo …": presenting a text to the meeting
    # (not "Hội nghị thông qua …", a body adopting it, which names no person before it)
    r"thong qua(?=\s+(?:bao cao|du thao|chuong trinh|ke hoach|muc dich|noi dung|du kien|de an"
    r"|to trinh|danh sach|phuong an)\b)",
    # "Bà X thẳng thắn: “…”", "Anh Y, công nhân …, xúc động: “…”", "Chị Z thật thà: “…”": a word or
    # two of manner, a colon and the quote
    r"(?:[a-z]+\s+){0,2}[a-z]+(?=\s*:\s*[\"“])",
    # "Kết thúc hội nghị, bà X giao Ban Thường vụ …", "Giám đốc Y giao Phòng Tổ chức …": setting
    # a body a task at the meeting (not "giao ban", a briefing, nor "giáo viên")
    r"giao(?=\s+(?:cho\s+)?(?:ban (?:thuong vu|chap hanh|to chuc|tuyen giao|chinh sach|nu cong"
    r"|kiem tra|tai chinh|quan he|giam doc|dan van|kinh te)|phong|van phong|cong doan|cac|so|uy ban"
    r"|bo phan|trung tam|thuong truc|lien doan|ldld|cdcs|doan thanh nien|hoi)\b)",
)

# A sentence opening with one of these ("Phát biểu tại hội nghị, đồng chí X ...") makes its first
# person a speaker.
SPEECH_OPENERS = (
    "phat bieu",
    "bao cao",
    "trao doi",
    "ket luan",
    "tham luan",
    "thay mat",
    "chia se",
    "danh gia",
    "ghi nhan",
    "de cap",
    "nhan manh",
    "thao luan",
    "giai trinh",
    "khai mac",
    "be mac",
    "dong tinh",
    "de xuat",
    "tra loi",
    "quan triet",
    "trinh bay",
    "tra loi",
    "giai dap",  # "Giải đáp các ý kiến, đồng chí X …": answering the discussion
    # "Đọc diễn văn kỷ niệm, đồng chí X …": a speech, report or letter read out to the meeting
    "doc (?:dien van|bao cao|tham luan|thu|dien|loi)",
)

# What introduces the people present: "Dự hội nghị có ...", "Tham dự ...", "với sự tham dự của".
ATTENDANCE_MARKERS = (
    "du hoi nghi",
    "du buoi",
    "du le",
    "du phien",
    "du cuoc",
    "du dai hoi",
    "du hoi thao",
    "du toa dam",
    "du ky hop",
    "du co",
    "tham du",
    "cung du",
    "ve du",
    "den du",
    "toi du",
    "du va chi dao",
    "su tham du cua",
    "su co mat cua",
    "ve phia",
    "thanh phan",
    "cac dai bieu",
    "dai bieu gom",
    "cung cac dong chi",
    "cung voi",
    "cung tham du",
    "co mat",
    "trong do co",  # "Tham dự có … Trong đó có ông X, …": the list named in the next sentence
    "co dai dien",  # "Ký kết thỏa ước có đại diện của 5 doanh nghiệp: ông A, …; bà B, …"
    # "Hội nghị mời ông X - title": a guest the meeting invited (a person follows: "mời", not
    # "mới", which folds the same)
    r"(?:hoi nghi|ban to chuc|buoi lam viec|phien hop|cuoc hop)(?: con| cung)? moi"
    r"(?= (?:ong|ba|dong chi|cac dong chi|dai dien)\b)",
    # A working visit's two sides: "Cùng đi với đoàn có bà X", "Tiếp (và làm việc với) đoàn có
    # ông Y" (the hosts), and who witnessed a signing: "Chứng kiến lễ ký kết có ông Z"
    r"cung di(?: voi doan)? co",
    r"(?:tiep|don tiep)(?: va lam viec voi)? doan(?: cong tac)? co",
    r"chung kien(?: le ky ket| buoi ky ket| buoi le| le)? co",
    # Who signs for a side at the meeting: "Bên A (đại diện người sử dụng lao động) là ông X"
    r"ben [a-d](?: \([^()]{0,80}\))? la(?= (?:ong|ba|dong chi)\b)",
    # "Hội nghị vinh dự đón đồng chí X - title": a guest the meeting welcomed ("đón", not "đơn",
    # which folds the same, is made sure of by the words of honour before it)
    r"(?:vinh du|han hanh|phan khoi)(?: duoc)? (?:don tiep|don)"
    r"(?= (?:ong|ba|dong chi|cac dong chi|dai dien)\b)",
)

# Honorifics: not part of the name they precede.
HONORIFICS = ("cac dong chi", "dong chi", "d/c", "đ/c", "ong", "ba", "ngai", "anh", "chi")

# The kinds of meeting a report is about, longest first, as titles and `kind` write them.
MEETING_KINDS = (
    "hoi nghi ky ket",
    "hoi nghi truc tuyen",
    "hoi nghi",
    "buoi lam viec",
    "buoi gap mat",
    "buoi tiep",
    "phien hop",
    "cuoc hop",
    "ky hop",
    "le ky ket",
    "le trao",
    "le ra mat",
    "le ky niem",
    "le",
    "hoi thao",
    "toa dam",
    "dai hoi",
    "giao ban",
    "doi thoai",
)

# Document kinds, as cited before a number, longest first (folded).
DOCUMENT_KINDS = (
    "chuong trinh hanh dong",
    "thong tu lien tich",
    "nghi quyet lien tich",
    "thong bao ket luan",
    "nghi quyet",
    "thong bao",
    "chi thi",
    "cong van",
    "quyet dinh",
    "nghi dinh",
    "thong tu",
    "ke hoach",
    "ket luan",
    "chuong trinh",
    "huong dan",
    "quy che",
    "quy dinh",
    "bao cao",
    "to trinh",
    "de an",
    "phap lenh",
    "luat",
)

# Party bodies whose documents carry the /TW symbol: "Nghị quyết 02 của Bộ Chính trị" is
# Nghị quyết 02-NQ/TW, as every party document of the centre is numbered.
CENTRAL_PARTY_BODIES = (
    "bo chinh tri",
    "ban bi thu",
    "ban chap hanh trung uong",
    "trung uong dang",
    "hoi nghi trung uong",
)
CENTRAL_SYMBOLS = {"nghi quyet": "NQ", "chi thi": "CT", "ket luan": "KL", "quy dinh": "QĐi"}

# Words after a bare number that make it a quantity, not a document ("Kế hoạch 5 năm").
QUANTITY_WORDS = _words(
    """
    nam thang ngay tuan gio nhiem noi dung diem nhom de muc tieu trieu ty nghin nguoi don vi
    linh vuc giai phap phan tram cap lan buoc
    """
)
