"""The words and patterns `decisions` reads a report's outcome with, as folded regular expressions.

Concluding lead-ins ("Kết luận hội nghị, đồng chí X …"), agreeing verbs ("thống nhất", "nhất trí",
"biểu quyết"), assigning ("giao …") and asking ("yêu cầu các cấp …", "đề nghị LĐLĐ tỉnh …"),
where one item ends and the next begins, list marks, deadlines, and the speech around them (a
directing speech, another speaker, a ceremony, thanks). Only data lives here; the reader that
uses it is `decisions`.
"""

from __future__ import annotations

import re

from store.extract import lexicon

# "Kết luận của Phó Thủ tướng … về …" without a colon is a notice's title (a noun), not a lead-in.
CONCLUDE_OPEN = re.compile(
    r"^[\s\"“(]*(?:phat bieu\s+|thay mat[^,]{0,80},\s*[^,]{0,80}?\s*)?(?:ket luan|be mac)\b"
    r"(?!\s+(?:so\b|\d))(?!\s+cua\b[^:]*$)"
)
# Who answers what was heard, asking or directing ("Sau khi nghe báo cáo và trao đổi, ông X ghi
# nhận … và đề nghị:"): the response that closes a working session concludes it.
CONCLUDE_HEARD = re.compile(
    r"^[\s\"“(]*sau khi (?:nghe|lang nghe)\b[^.;:]{0,120}?,"
    r"(?=[^.;:]{0,160}?\b(?:de nghi|yeu cau|giao|chi dao|ket luan)\b)"
)
CONCLUDE_VERB = re.compile(
    r"(?<!thong bao )(?<!theo )(?<!cac )\b(?:phat bieu\s+)?ket luan\b(?!\s+(?:so\b|\d))"
    r"(?=(?:\s+(?:hoi nghi|phien hop|buoi lam viec|ky hop|cuoc hop|dai hoi))?(?:\s+nhu sau)?\s*[,:]"
    r"|[^.;:]{0,80}?\b(?:de nghi|yeu cau|giao|chi dao)\b)"
)
BODY = (
    r"(?:hoi nghi|dai hoi|phien hop|ky hop|cuoc hop|ban chap hanh|bch|cac dai bieu|dai bieu|"
    r"hai ben|cac ben|doan chu tich|ban thuong vu|btv|thuong truc|hai co quan|chi bo|dang uy|"
    r"uy ban|hoi dong|cac thanh vien|thanh vien|tap the|ban can su|dang doan|ban(?! hanh\b))"
)
MEETING_SUBJECT = re.compile(r"^(?:hoi nghi|dai hoi|phien hop|ky hop|cuoc hop)\b")
AGREE_VERB = (
    r"(?:thong nhat|nhat tri|bieu quyet|quyet dinh|thong qua|ra nghi quyet|tan thanh|cam ket)"
)
# A body taking on board what was said, to finish its texts: "Thường trực Đoàn Chủ tịch … ghi nhận
# các ý kiến góp ý để hoàn thiện các văn bản" (not "ghi nhận kết quả …", praise).
TAKES_ON = (
    r"(?:ghi nhan|tiep thu)(?=\s+(?:cac\s+|nhung\s+|day du\s+)?y kien\b[^.;]{0,60}"
    r"\bde\s+(?:hoan thien|hoan chinh|bo sung|chinh sua|sua doi))"
)
TAKES_ON_VERB = re.compile(rf"\s{TAKES_ON}")
# Not "công bố / trao / đọc quyết định …": a decision taken elsewhere, announced (a noun there);
# nor "Hai bên chưa / không thống nhất …": what was not agreed.
# What a body did before it decided ("Hội nghị đã thảo luận, cho ý kiến và thống nhất …", "Ban
# Chấp hành đã thảo luận và bỏ phiếu kín bầu …"): the run of discussing verbs, a comma or "và"
# after each, between the body and its deciding verb; the item starts at that verb.
_DISCUSSED = (
    r"(?P<discussed>(?:\s+(?:da\s+)?(?:thao luan|cho y kien|gop y|xem xet|ban bac|trao doi)"
    r"(?:\s*,|\s+va))+)?"
)
AGREES = re.compile(
    rf"\b(?P<subject>{BODY}){_DISCUSSED}(?:\s+[a-z0-9/]+){{0,4}}?\s+(?:(?:cung|da|deu)\s+)*"
    rf"(?<!cong bo )(?<!trao )(?<!doc )(?<!chua )(?<!khong )(?P<verb>{AGREE_VERB}|bau|ky ket)\b"
)
# An agreeing verb after a body named in full ("UBND tỉnh thống nhất …", "Ủy ban Kiểm tra Tổng
# Liên đoàn quyết định:"): `decisions` checks that the words before it name a body.
# Not "… nội dung Ban Thường vụ X thống nhất tại phiên họp hôm qua" (which meeting, not what).
NAMED_AGREES = re.compile(
    rf"(?<!\sva)(?<!\schua)(?<!\skhong)\s(?:(?:cung|da|deu)\s+)*(?P<verb>{AGREE_VERB}|{TAKES_ON})\b"
    r"(?!\s+tai\s)"
)
# A title among those words makes the subject a person ("Phó Chủ tịch UBND tỉnh thống nhất với
# ý kiến …"), whose view in discussion is not the meeting's decision.
# (Two-word titles only: a bare "trưởng" folds like "Trường", a school in a body's name.)
PERSON_WORDS = re.compile(
    r"\b(?:"
    + "|".join(h.replace("_", " ") for h in lexicon.TITLE_HEADS if "_" in h)
    + r"|dong chi|ong|ba)\b"
)
ASSIGN = re.compile(r"(?<!\bban )\bgiao\s+(?:cho\s+)?(?=\S)")
# A body named first that "được giao" a task ("LĐLĐ thành phố được giao tổng hợp …", "Ban Dân
# vận Tỉnh ủy được giao theo dõi, đôn đốc …"): the task handed out, told in the passive.
GIVEN_TASK = re.compile(
    r"^[\s\-–+•*]*(?P<head>" + "|".join(lexicon.BODY_HEADS) + r")\b[^,;.:()]{0,80}?"
    r"\s(?:cung\s+)?duoc\s+giao\s+(?=[a-z])"
)
# "giao" that begins a word of its own, not the verb that hands out a task: "giao ban" (a
# briefing meeting: "Kết luận giao ban, …", "duy trì giao ban định kỳ"), "giao lưu", "giao thông",
# "giao dịch", "giao tiếp", "giao hữu", "giao thừa". Read on the text as written: the second
# syllable in lowercase ("giao Ban Tổ chức …" gives a committee a task; so does "giao ban chấp
# hành …" and the other committees typed in lowercase).
_COMPOUND_GIAO = re.compile(
    r"\b(?i:giao)(?= (?:ban(?! (?:chấp hành|thường vụ|tổ chức|tuyên giáo|nữ công|chính sách|"
    r"tài chính|kiểm tra|dân vận|quản lý|chỉ đạo|điều hành|vận động|đại diện|giám sát|thanh tra|"
    r"pháp chế)\b)|lưu|thông|dịch|tiếp|hữu|thừa)\b)"
)


def unassigned(text: str, folded: str) -> str:
    """The folded text with each compound's "giao" joined to its next word ("giao_ban"), so no
    reader of the outcome takes it for the verb that assigns; the same length, so every offset
    still points into `text`."""
    spans = [found.end() for found in _COMPOUND_GIAO.finditer(text)]
    if not spans:
        return folded
    chars = list(folded)
    for at in spans:
        chars[at] = "_"
    return "".join(chars)


REQUEST = re.compile(
    r"\b(?:yeu cau|de nghi|chi dao)\s+(?:(?:trong\s+)?(?:thoi gian toi|thoi gian sap toi|nam \d{4}|"
    r"tu nay den cuoi nam)\s*,?\s*)?(?=(?:cac|toan|moi|tung)\b)"  # "đề nghị thời gian tới, các …"
)
# A request a document makes, said in a sentence telling it was issued: "Đảng đoàn đã ban hành
# công văn số 565-CV/ĐĐTLĐ, ngày 13/8/2021 đề nghị các tỉnh, thành ủy …" (not the meeting's).
DOCUMENT_ASKS = re.compile(
    r"\b(?:ban hanh|gui|co)\s+(?:cong van|van ban|ke hoach|huong dan|thong bao|chi thi|cong dien)"
    r"\b[^.;]{0,120}$"
)
# A vote or an election joined to the act before it ("… thông qua A; bầu bổ sung B", "… bầu C và
# ký kết D") is one more act of the meeting; `decisions` cuts at "ký kết" in what was decided only.
SPLIT = re.compile(
    r"\s*;\s*(?:dong thoi\s*,?\s*)?(?=(?:giao|de nghi|yeu cau|thong nhat|nhat tri|quyet dinh|"
    r"bieu quyet|thong qua|bau|ky ket)\s)|\s*,?\s+(?:va|dong thoi)\s+(?=(?:giao|quyet dinh|"
    r"thong qua|bieu quyet|thong nhat|nhat tri|de nghi|yeu cau|bau|tiep tuc|ky ket|thanh lap)\s)"
    r"|\s*,\s*dong thoi\s*,?\s+(?=[a-z])"
    r"|\s*;\s*(?=(?:[a-z]+\s+){1,5}?(?:se|can|phai)\s)"  # "…; LĐLĐ sẽ chỉ đạo …": another subject
    r"|\s*,\s*(?=giao\s)"  # "… thống nhất …, giao UBND huyện …" (`decisions` checks who is named)
    r"|\s*;\s*(?P<subject>)(?=[a-z])"  # "…; Ban Quản lý … tạo điều kiện …" (a body and its task)
)
# "đề nghị X làm A; chủ động B": the next task of the same owner, its subject left out, after ";".
SAME_OWNER = re.compile(r"\s*;\s*(?=(?:chu dong|khan truong|tich cuc|kip thoi)\s+[a-z])")
# "…; đồng chí X tái đắc cử …": what follows a semicolon about a person is not the decision.
ABOUT_A_PERSON = re.compile(r"\s*;\s*(?=(?:dong chi|ong|ba)\s)")
# A leader's speech that directs ("Phát biểu chỉ đạo, …", "Phát biểu tại buổi làm việc, đồng
# chí X đề nghị LĐLĐ tỉnh …"): its requests are the meeting's conclusions, but not at a ceremony.
DIRECTS = re.compile(r"^[\s\"“(]*phat bieu\b(?P<where>[^,]{0,60}),")
# A directing speech's request held to a time or a figure ("… trong quý III/2025", "hoàn thành
# trong tháng 7", "phấn đấu năm 2026 giới thiệu 600 …"): a task set, which a conclusion after the
# speech does not turn back into discussion.
TIMED = re.compile(
    r"\b(?:trong|truoc|cham nhat|den het)\s+(?:ngay|thang|quy|nam|tuan)\s+"
    r"(?:\d|[ivx]+\b|nay\b|toi\b)"
    r"|\bphan dau\b[^.;]{0,40}?\d"
)
# Encouragement to go on as before ("đề nghị Công ty tiếp tục quan tâm …"): nothing new to do.
ENCOURAGES = re.compile(
    r"[^,.;]{0,60}?\btiep tuc\s+(?:quan tam|dong hanh|ung ho|tao dieu kien|chung tay|phat huy)\b"
)
# A speech's sentence that asks ("… đề nghị LĐLĐ tỉnh …; Sở X …"), and what a speaker tells of
# their own body's work before asking ("cho biết", "thông tin", "báo cáo").
REQUESTED = re.compile(r"\b(?:de nghi|yeu cau)\b")
INFORMS = re.compile(r"\b(?:cho biet|thong tin|bao cao)\b")
# A speech's requests in a sentence of their own, its speaker named before and now by a pronoun
# ("Đồng chí đề nghị Tỉnh ủy …", "Ông đề nghị A …", "Đối với X, đồng chí đề nghị …"): the
# speaker's directions set apart from the speech's assessment, which a conclusion after the speech
# keeps (the other speeches' requests, one sentence each, were discussion).
ASKED_APART = re.compile(
    r"[\s\"“]*(?:doi voi [^,.;:]{1,60},\s*)?(?:dong chi|ong|ba)\s+"
    r"(?:cung\s+|con\s+|dong thoi\s+)?(?:de nghi|yeu cau)\b"
)
# A body launching an emulation at the meeting ("Tại hội nghị, LĐLĐ tỉnh và Sở X phát động phong
# trào thi đua …", "Công đoàn Công ty cũng phát động đợt thi đua cao điểm …"): what it decided to
# start; "Lễ phát động" names a meeting, and "đã phát động" tells what was started before.
LAUNCHES = re.compile(
    r"(?<![,;:])\s(?:cung\s+)?(?P<verb>phat dong)\s+(?:cac\s+)?"
    r"(?:phong trao|dot thi dua|dot cao diem|cuoc thi|thi dua)\b"
)
# Where a speech's requests are wishes, not directions ("Phát biểu tại lễ kỷ niệm, …"); not at a
# signing ("sau lễ ký", "tại lễ ký kết"), where what a leader asks the sides is what they are to do.
CEREMONY = re.compile(
    r"\b(?:le(?! ky\b(?! niem))|chuong trinh|buoi gap mat|gap mat|buoi tiep|trao)\b"
)
# The concluding person's directions opening a list: "Đồng chí chỉ đạo:", "Bà yêu cầu:".
DIRECTS_LIST = re.compile(r"\b(?:chi dao|yeu cau|de nghi|luu y|giao)\s*:\s*$")
# A lead-in that announces the tasks it hands out before a colon ("… tập trung thực hiện tốt một
# số nhiệm vụ sau:", "… tập trung một số việc:"): what follows it, inline, is one task a clause.
TASKS_ANNOUNCED = re.compile(
    r"\btap trung\s+(?:[a-z]+\s+){0,3}?(?:mot so|cac|nhung)\s+"
    r"(?:nhiem vu|viec|cong viec|noi dung|giai phap)\b[^:;.]{0,40}:"
)
ASKS = re.compile(r"\b(?:de nghi|yeu cau|mong muon)(?:\s*,)?\s+(?=\S)")  # "đề nghị, Sở X …"
# Thanks and wishes that open a conclusion say nothing to do: "Kết luận, đồng chí X cảm ơn …".
COURTESY = re.compile(r"[^.;:]{0,80}?\b(?:cam on|chuc mung|gui loi|tri an|chuc)\b")
OTHER_SPEAKER = re.compile(
    r"^[\s\"“(]*(?:" + "|".join(lexicon.SPEECH_OPENERS) + r")\b(?![^,]{0,60}\bchi dao\b)"
)
# "các cấp công đoàn cần tiếp tục …": a task for bodies, said in a directing speech.
NEEDS = re.compile(r"\b(?:cac|toan|moi|tung)\s+(?:[a-z]+\s+){0,5}?can\s+(?:phai\s+)?(?=[a-z])")
# "Do đó, tổ chức Công đoàn cần nắm chắc …", "Tổng LĐLĐ Việt Nam cũng cần chủ động …": a task for
# a body named in full (`decisions` checks its head is capitalised), said in a directing speech.
BODY_NEEDS = re.compile(
    r"\b(?P<head>" + "|".join(lexicon.BODY_HEADS) + r")\b(?:\s+[a-z0-9]+){0,5}?"
    r"\s+(?:cung\s+|van\s+)?(?P<need>can)\s+(?:phai\s+)?(?=[a-z])"
)
# After praise, what was done that is praised most: "Đặc biệt là, chỉ đạo các cấp Công đoàn …".
PRAISE_GOES_ON = re.compile(r"^[\s\"“]*(?:dac biet(?:\s+la)?|nhat la|noi bat la)\s*,?\s")
# "Trước mắt, căn cứ số liệu …", "Cụ thể, …": the task just told, how to begin or in detail.
SPECIFIES = re.compile(r"^[\s\"“]*(?:truoc mat|cu the)\s*,")
# A sentence of a speech with no subject, a task's verb first (maybe after how often): the task
# before it goes on ("… cần nắm chắc tình hình … . Thường xuyên, chủ động phối hợp …").
GOES_ON = re.compile(
    r"^[\s\"“]*(?:(?:thuong xuyen|kip thoi|dinh ky|hang nam)\s*,?\s*)?(?=(?:chu dong|to chuc|"
    r"tiep tuc|day manh|tang cuong|thuc hien|trien khai|phoi hop|quan tam|nang cao|xay dung)\b)"
)
# "Cùng với đó, đẩy mạnh …": one more task of the same speech, its verb first.
FURTHER = re.compile(
    r"^[\s\"“]*(?:cung voi do|dong thoi|ben canh do|ngoai ra|song song)\s*,\s*"
    r"(?=(?:tiep tuc|day manh|tap trung|tang cuong|to chuc|trien khai|chu dong|nang cao|"
    r"thuc hien|xay dung|phoi hop|khan truong|quan tam|nghien cuu)\b)"
)
LEAD_VERB = re.compile(
    r"\b(?P<verb>de nghi|yeu cau|chi dao|nhan manh|luu y|khang dinh|dan do|giao|ghi nhan|"
    r"danh gia|thong nhat|nhat tri|bieu duong)\b"
)
# What a concluding person stresses about the time ahead, not a task: "năm 2025 là năm tổ chức
# Đại hội …", "đây là thời điểm …".
SETTING = re.compile(r"(?:[a-z0-9]+ ){1,4}?la (?:nam|thoi diem|giai doan|dip|thoi ky)\b")
ASKED_BEFORE = re.compile(r"\b(?:de nghi|yeu cau|chi dao|mong muon)(?:\s+[^,.;]{0,30},|\s*,)?\s*$")
DIRECTIVES = frozenset({"giao", "de", "yeu", "chi"})  # giao, đề nghị, yêu cầu, chỉ đạo
KEEP_VERB = frozenset({"giao", "ghi nhan", "danh gia", "thong nhat", "nhat tri", "bieu duong"})
MARK = re.compile(
    r"^[\s\"“]*(?:(?P<sub>\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(?=\S)"  # "2.1. …" under item 2
    r"|(?P<num>\d{1,2})\s*(?:[.)]\s+|[-–/]\s*)(?=\S)|(?P<letter>[a-z])\s*[.)]\s+"
    r"|\((?P<paren>\d{1,2}|[a-z])\)\s*|(?P<bullet>[-–—+•●▪*·])\s*|(?P<word>(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+la"
    r"|thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam))\s*[,:]\s*(?!\d))"
)
# An agreement's points after its colon, on its own line: "hai bên thống nhất các nội dung: A;
# B; C", "… thống nhất như sau: …" (not "chưa thống nhất:", nor a text adopted "thông qua …:").
AGREED_POINTS = re.compile(
    r"(?<!chua )\b(?:thong nhat|nhat tri)(?:\s+(?:voi\s+[^:;.]{1,40}?|(?:cac|nhung)\s+"
    r"(?:noi dung|van de|diem|viec)(?:\s+sau)?|nhu sau))?\s*:$"
    # "… biểu quyết thông qua các nội dung: A; B; C": adopted points, as agreed ones are; "thông
    # qua báo cáo: …" is followed by what the report says, so the points must be named as such
    r"|(?<!chua )\bthong qua\s+(?:cac|nhung)\s+(?:noi dung|van de|diem|viec)(?:\s+sau)?\s*:$"
)
# A speech's colon before the first of its tasks counted in words: "… nêu rõ: Thứ nhất, …".
COUNTS_AFTER_COLON = re.compile(r":\s*(?:thu\s+nhat|mot\s+la)\s*,")
# An item right after its count in words: "Thứ hai, …", "Ba là, …".
COUNTED_BEFORE = re.compile(
    r"(?:thu\s+(?:nhat|hai|ba|tu|nam|sau)|(?:mot|hai|ba|bon|nam|sau)\s+la)\s*[,:]\s*$"
)
# The first of items counted in words, opening a paragraph: "Thứ nhất, …", "Một là, …".
FIRST_ORDINAL = re.compile(r"^[\s\"“]*(?:thu\s+nhat|mot\s+la)\s*[,:]")
# A vote that adopts a named text and records its count, over the list of what the text holds:
# "… biểu quyết thông qua Nghị quyết … với 96% đại biểu tán thành, gồm các nội dung:" — the
# adoption is an item itself (without a count it only leads in: "… thông qua Nghị quyết với
# các nội dung chính:").
TALLIED_ADOPTION = re.compile(
    r"(?:bieu quyet\s+)?thong qua\s+\S[^:;]*?\s(?:voi\s+)?(?:\d+(?:[.,]\d+)?\s*%|\d+\s*/\s*\d+)"
    r"[^:;]*?(?:tan thanh|nhat tri|dong y|phieu)\b"
)
# "(1) …; (2) …" in one sentence: one item each.
INLINE_PAREN = re.compile(r"\s*[.;]\s+(?=\((?:\d{1,2}|[a-z])\)\s)")
INLINE_MARK = re.compile(
    r"[.;]\s+(?=(?:hai|ba|bon|nam|sau|bay|tam)\s+la\s*[,:]|thu\s+(?:hai|ba|tu|nam|sau)\s*[,:])"
)
# Items counted inside one sentence, each after a comma ("… yêu cầu, thứ nhất, …, thứ hai, …, và
# cuối cùng, …"): where each starts. "cuối cùng" counts only after the others.
ORDINAL_INLINE = re.compile(
    r"(?:^|[,;:.]\s*|\s)(?:va\s+)?(?P<ord>thu\s+(?:nhat|hai|ba|tu|nam|sau|bay|tam)"
    r"|(?:mot|hai|ba|bon|nam|sau|bay|tam)\s+la|cuoi cung)\s*,\s*"
)
# What a shortcoming leads to, inside an item: the task is what follows ("… chưa cao, do đó các
# công đoàn … phải rà soát …").
CONSEQUENCE = re.compile(r",\s*(?:do do|vi vay|vi the|vay nen|boi vay)\s*,?\s+")
# The asking person or body repeated inside an item ("đồng chí đề nghị các …"): not the task.
ASKED_INSIDE = re.compile(
    r"(?:(?:dong chi|ong|ba|hoi nghi|ban thuong vu)\s+(?:[a-z]+\s+){0,3}?)?(?:de nghi|yeu cau)"
    r"\s*,?\s+"
)
# Praise that opens a conclusion or a list item says nothing to do: "… ghi nhận, đánh giá cao
# những kết quả …", "biểu dương …" (but "Ghi nhận các ý kiến góp ý để hoàn thiện …" is a task).
PRAISE = re.compile(
    r"\b(?:danh gia cao|bieu duong|hoan nghenh|khen ngoi"
    r"|ghi nhan\s*(?:,|va)\s*(?:danh gia cao|bieu duong|hoan nghenh|khen ngoi)"
    r"|ghi nhan (?:nhung |cac )?(?:ket qua|dong gop|no luc|thanh tich|co gang|tien bo|thanh tuu"
    r"|vai tro|su\b)"
    # a verdict on what was done: "đánh giá LĐLĐ thành phố đã thực hiện nghiêm túc …", "đánh giá
    # kỳ họp được chuẩn bị chu đáo"
    r"|danh gia\s+(?!cao\b)(?:[a-z0-9]+\s+){1,8}?(?:da|duoc)\s)"
)
# What someone thinks, said after a concluding lead-in ("Phát biểu kết luận, bà X cho rằng …"):
# an opinion, often quoted, not something decided.
# So is relaying what another said elsewhere: "… quán triệt ý kiến chỉ đạo của đồng chí Giám đốc
# … tại Hội nghị Đảng ủy …".
OPINION = re.compile(
    r"[^.;:]{0,80}?\b(?:cho rang|cho biet|bay to|chia se|tam su|noi|truyen dat"
    r"|quan triet\s+(?:y kien|loi|chi dao|ket luan|tinh than))\b"
)
# A verb of concluding used as a noun: "ý kiến chỉ đạo của …", "sự chỉ đạo", "yêu cầu của …".
LEAD_NOUN_BEFORE = re.compile(r"\b(?:y kien|su|theo|loi)\s+$")
LEAD_NOUN_AFTER = re.compile(r"\s+cua\b")
# "ông A và bà B thống nhất: …": the heads of the two sides agreeing what follows, as "Hai bên
# thống nhất: …" (one person's "thống nhất với ý kiến …" is a view in discussion).
PAIR_AGREES = re.compile(
    r"\b(?:ong|ba|dong chi)\s+[^,.;:]{2,40}?\s+va\s+(?:ong|ba|dong chi)\s+[^,.;:]{2,40}?\s+"
    r"(?:(?:cung|da|deu)\s+)*(?P<verb>thong nhat|nhat tri)(?=\s*:)"
)
# An agreeing verb that opens what follows its colon, whoever agrees: "Hai đơn vị thống nhất:",
# "Trưởng Cụm X thống nhất với các thành viên: …" (one person agreeing alone, "Ông X thống nhất:",
# gives a view in discussion).
AGREED_LIST = re.compile(
    r"(?<!chua )(?<!khong )(?<!da )\b(?P<verb>thong nhat|nhat tri)"
    r"(?P<with>\s+voi\s+(?:cac|toan the|tap the)\b[^:;.,]{0,40}?)?(?:\s+nhu sau)?\s*:"
)
# "Sau khi đại diện hai cơ quan ký kết chương trình, …": what the sentence's time clause says was
# done sets the scene for what follows, and is not itself an item.
TIME_CLAUSE = re.compile(r"^[\s\"“(]*(?:sau khi|truoc khi|trong khi)\b[^,;:]*,")
# An agreement of an earlier meeting, recalled: "Tại hội nghị liên tịch năm trước, hai bên đã
# thống nhất …", "tại hội nghị lần thứ 2 hồi tháng 8, …" is not this meeting's decision.
EARLIER_MEETING = re.compile(
    r"\b(?:tai|trong|o)\s+(?:hoi nghi|phien hop|ky hop|cuoc hop|dai hoi|buoi lam viec)\b[^;]{0,50}"
    r"\b(?:nam truoc|lan truoc|ky truoc|truoc do|nam ngoai|nhiem ky truoc|hoi thang \d{1,2}"
    r"|hoi dau nam|hoi giua nam)\b"
)
# A document or another meeting the meeting was told of, and what it says another body asked:
# "Hội nghị cũng thông tin Thông báo số 12-TB/TU …, theo đó Ban Thường vụ Tỉnh ủy yêu cầu …",
# "Cuộc họp cũng nghe báo cáo kết quả cuộc họp ngày 20/10 của …, trong đó có yêu cầu …".
RELAYED = re.compile(
    r"\b(?:thong tin|quan triet|pho bien|thong bao|nghe bao cao)\s+(?:ve\s+)?(?:ket qua\s+)?"
    r"(?:(?:thong bao|nghi quyet|ket luan|chi thi|cong van|quyet dinh|ke hoach)\s+so"
    r"|cuoc hop|hoi nghi|phien hop)\b[^.;]*\b(?:theo do|trong do)\b"
)
# A list item that leads into a sub-list of tasks: "2. Thời gian tới, đề nghị Đảng đoàn … thực
# hiện tốt các nhiệm vụ sau:" — its owner owns each sub-item; it is not an item itself.
LEAD_IN = re.compile(r"\b(?:de nghi|yeu cau|giao|chi dao)\s+(?=\S)")
TASK_HEADER = re.compile(
    r"^(?:\d+|mot|hai|ba|bon|nam|sau|bay)\s+(?:nhom\s+)?(?:nhiem vu|quan tam|day manh|giai phap|"
    r"noi dung|van de|dinh huong|yeu cau|diem|khau dot pha)[^:]{0,40}:\s*$"
)
# A list item that is a heading over the tasks under it, no task itself: a noun of a report's
# parts, then at most a time or a field ("Nhiệm vụ năm 2025", "Phương hướng thời gian tới").
HEADING = re.compile(
    r"(?:ve\s+)?(?:nhiem vu|phuong huong|giai phap|muc tieu|dinh huong|ket qua|tinh hinh)"
    r"(?:\s+(?:trong\s+)?(?:nam|thang|quy|thoi gian|giai doan|nhiem ky|trong tam|chu yeu|"
    r"toi|sap toi|cuoi|dau|\d{1,4}|[ivx]+|/|-))*\s*:?"
)
# An item that only leads to the tasks told after it: "các cấp công đoàn tập trung vào các nhiệm
# vụ trọng tâm" (then "Hội nghị thống nhất: 1. …"), "yêu cầu tập trung ba việc trong tháng 6"
# (then "Thứ nhất, …"), with no task of its own.
# "Hội nghị biểu quyết bầu Đoàn Chủ tịch gồm …": the body that steers the meeting (its chairs and
# secretaries), elected at its opening; how it is run, not what it decided.
STEERING = re.compile(
    r"(?:(?:bieu quyet|nhat tri|thong nhat)\s+(?:thong qua\s+)?)?(?:bau|cu|thong qua)\s+"
    r"(?:doan chu tich|chu tich doan|doan thu ky|thu ky doan|ban tham tra tu cach|ban kiem phieu|"
    r"thu ky (?:hoi nghi|dai hoi|ky hop))\b"
)
LEAD_ONLY = re.compile(
    r"(?:[a-z]+\s+){0,5}?(?:(?:tap trung|thuc hien|trien khai|lam tot|quan tam)\s+"
    r"(?:vao\s+|tot\s+)?)+"
    r"(?:cac|nhung|mot so|hai|ba|bon|nam|sau|\d)\s+(?:nhiem vu|noi dung|giai phap|van de|"
    r"cong viec|viec)"
    r"(?:\s+(?:trong tam|chu yeu|sau|sau day|cu the|nhu sau))*"
    r"(?:\s+trong\s+(?:thang|quy|nam|thoi gian)\s+\S+)?\s*:?"  # "… ba việc trong tháng 6"
)
TASK_WORDS = re.compile(r"\b(?:nhiem vu|giai phap|noi dung|van de|tap trung|sau|chi tieu)\b")
QUESTION = re.compile(r"^[\s\"“]*(?:pv|hoi|h|phong vien)\s*:")
DUE = re.compile(
    r"\b(?:truoc|den|cham nhat(?:\s+la)?|han(?:\s+chot)?|xong truoc)\s+(?:ngay\s+)?"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\b"
)
DUE_NO_YEAR = re.compile(
    r"\b(?:truoc|den|cham nhat(?:\s+la)?|han(?:\s+chot)?|xong truoc)\s+(?:ngay\s+)?"
    r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?![\d/])"
)
DUE_MONTH = re.compile(
    r"\b(?:trong|truoc|den|cham nhat(?:\s+la)?|han)\s+thang\s+(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})\b"
)
SIGNING = re.compile(r"\b(?:le|hoi nghi)?\s*ky ket\s+(?P<what>(?:quy che|chuong trinh|thoa thuan|"
                      r"thoa uoc|ke hoach|nghi quyet lien tich|bien ban)\b)")  # fmt: skip
OWNER_WORDS = """
    cac cap cong doan co so don vi nganh truc thuoc ban so phong hoi dong van chi bo dang uy
    thuong truc vu lien lao tinh huyen thanh pho xa phuong quan dia doanh nghiep trong tu phap
    moi tung dai bieu dang vien the ca nhan ldld ubnd truong
"""
OWNER_LOWER = frozenset(OWNER_WORDS.split())
# Where the owner's name ends and the task begins: the first verb of the task.
TASK_VERB = re.compile(
    r"(?:chu tri|cung\b|chi dao|cong khai|to chuc|thuc hien|xay dung|tong hop|ra soat|bao cao|"
    r"phoi hop|trien khai|tham muu|hoan thien|hoan thanh|huong dan|theo doi|lap danh|tiep tuc|"
    r"tap trung|chuan bi|kiem tra|nghien cuu|quan tam|day manh|tang cuong|tuyen truyen|van dong|"
    r"bo tri|ban hanh|dam bao|chu dong|gui\b|lap\b|giai quyet|de xuat|trinh\b|thu hoi|don doc|"
    r"giam sat|khao sat|niem yet|hoan tra|tra loi|nop\b|tao dieu kien|tiep thu|"
    r"mo (?:lop|chuyen muc|chuyen trang|chuyen de|dot|cuoc))\b"  # "Báo X mở chuyên mục …"
)
# After a request's ";", units told as a group or one by one ("…; các xã, thị trấn đưa …", "…;
# mỗi chi bộ lựa chọn …", "…; các đơn vị trong cụm gửi …"), then a lowercase word: the subject of
# one more task of the same request (lowercase, so not a body `decision_owners.subject` reads).
UNITS = (
    r"(?:don vi|xa|phuong|thi tran|huyen|chi bo|dang bo|to chuc|cap|dia phuong|nganh|so|"
    r"doanh nghiep|cong doan|co so|truong|to|khoa|phong|ban|doan the|hoi|chi doan|cum|co quan)"
)
GROUP_SUBJECT = re.compile(
    rf"(?:cac|moi|tung)\s+{UNITS}\b(?:\s*,\s*{UNITS}\b)*(?:\s+[a-z]+){{1,5}}"
)
# Words that urge before a task's verb: "Sở Xây dựng khẩn trương tham mưu …".
URGING = re.compile(r"(?:khan truong|som|can|phai|tiep tuc|chu dong)\b")
VERB_FIRST = re.compile(rf"(?:giao|{AGREE_VERB}|bau|ky ket)\b")
WORD = re.compile(r"[^\W_]+(?:[/-][^\W_]+)*")
