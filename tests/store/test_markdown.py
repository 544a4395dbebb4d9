"""`record_markdown()`: a meeting as a Markdown minutes document, user text escaped, notes kept."""

from __future__ import annotations

import json

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

import store
from store.documents.markdown import LABEL_KEYS, escape, record_markdown
from tests.helpers import SAMPLE


def sample_records() -> list[store.MeetingRecord]:
    records = []
    for data in json.loads(SAMPLE.read_text(encoding="utf-8")):
        record = store.validate_record(data)
        assert isinstance(record, store.MeetingRecord)
        records.append(record)
    return records


def inline_text(token: Token) -> str:
    return "".join(
        child.content for child in token.children or [] if child.type in {"text", "code_inline"}
    )


def rendered_text(markdown: str) -> str:
    """What a reader sees: the plain text of every inline token, as CommonMark parses it."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    return " ".join(filter(None, (inline_text(token) for token in tokens)))


def headings(markdown: str) -> list[tuple[str, str]]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [
        (token.tag, inline_text(tokens[index + 1]))
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


@pytest.mark.parametrize("record", sample_records(), ids=lambda r: r.uid)
def test_every_person_decision_and_document_is_in_the_document(record: store.MeetingRecord) -> None:
    text = record_markdown(record)
    shown = rendered_text(text)
    assert headings(text)[0] == ("h1", record.title)
    for participant in record.participants:
        assert participant.name in shown
        if participant.title:
            assert participant.title in shown
    for decision in record.decisions:
        assert decision.text in shown
    for document in record.documents:
        assert document.number in shown
    for organiser in record.organisers:
        assert organiser.name in shown


def test_sections_in_order_with_decision_details() -> None:
    record = sample_records()[1]  # chairs, speakers, decisions, documents, notes
    text = record_markdown(record)
    assert [name for _, name in headings(text)][1:4] == ["Chaired by", "Attended", "Spoke"]
    assert text.index("## Decisions") < text.index("## Documents cited") < text.index("## Notes")
    assert "*conclusion · open*" in text
    assert "- Công văn 565-CV/ĐĐTLĐ (13/08/2021)" in text
    assert text.endswith("\n") and "\n\n\n" not in text


def test_the_notes_stay_markdown() -> None:
    record = sample_records()[1]
    text = record_markdown(record)
    assert "**Ngày tháng:**" in text  # bold in the notes is kept, not escaped


def test_labels_write_the_document_in_another_language() -> None:
    record = sample_records()[3]
    labels = {
        "Decisions": "Kết luận",
        "responsible": "đơn vị/người thực hiện",
        "conclusion": "kết luận",
    }
    text = record_markdown(record, labels)
    assert "## Kết luận" in text
    assert "đơn vị/người thực hiện: Chính phủ" in text
    assert "## Documents cited" in text  # a label not given stays English
    assert set(labels) <= set(LABEL_KEYS)


def test_text_that_looks_like_markdown_is_shown_as_written() -> None:
    record = store.MeetingRecord(
        title="# Họp *khẩn* [link](http://x) <b>",
        date="2024-03-15",
        location="Phòng 1 | tầng 2",
        participants=[
            {"name": "- Nguyễn Văn *A*", "role": "chair", "title": "1. Bí thư"},
            {"name": "Trần_Thị_B", "role": "attendee"},
        ],
        decisions=[{"text": "2024. Hoàn thành `báo cáo`", "responsible": "> Văn phòng"}],
        documents=[{"number": "12/TB-VP", "title": "## không phải tiêu đề"}],
    )
    text = record_markdown(record)
    assert headings(text)[0] == ("h1", "# Họp *khẩn* [link](http://x) <b>")
    assert [tag for tag, _ in headings(text)].count("h1") == 1
    shown = rendered_text(text)
    for literal in (
        "- Nguyễn Văn *A*",
        "1. Bí thư",
        "Trần_Thị_B",
        "2024. Hoàn thành `báo cáo`",
        "> Văn phòng",
        "## không phải tiêu đề",
        "Phòng 1 | tầng 2",
    ):
        assert literal in shown, literal
    tokens = MarkdownIt("commonmark").parse(text)
    kinds = {token.type for token in tokens} | {
        child.type for token in tokens for child in token.children or []
    }
    assert not kinds & {"link_open", "code_inline", "html_inline", "blockquote_open"}
    children = [child.type for token in tokens for child in token.children or []]
    assert children.count("em_open") == 1  # only the decision's details line, none from user text
    assert children.count("strong_open") == 2  # the labels of the two facts, When and Where
    # One ordered list (the decisions), one list per role, none nested in an item.
    assert sum(token.type == "ordered_list_open" for token in tokens) == 1
    assert sum(token.type == "bullet_list_open" for token in tokens) == 4


def test_escape_makes_control_characters_visible() -> None:
    assert "\x1b" not in escape("Họp \x1b[2J")
    assert rendered_text(escape("Họp \x1b[2J")) == "Họp \\x1b[2J"
    assert escape(None) == ""
    assert escape("seeds/003_c2c9") == "seeds/003_c2c9"  # an underscore inside a word is harmless


def test_a_draft_is_marked_under_its_title() -> None:
    record = store.MeetingRecord(title="Họp chi bộ", date="2024-03-15", status="draft")
    text = record_markdown(record)
    lines = text.splitlines()
    assert lines[:3] == ["# Họp chi bộ", "", "**DỰ THẢO**"]
    tokens = MarkdownIt("commonmark").parse(text)
    paragraph = tokens[tokens.index(next(t for t in tokens if t.type == "paragraph_open")) + 1]
    shown = [(c.type, c.content) for c in paragraph.children or [] if c.content or c.nesting]
    assert shown == [("strong_open", ""), ("text", "DỰ THẢO"), ("strong_close", "")]
    assert "DỰ THẢO" not in record_markdown(record.model_copy(update={"status": "final"}))


def test_approved_minutes_carry_their_approval_line_in_the_labels_language() -> None:
    record = store.MeetingRecord(
        title="Họp chi bộ", date="2024-03-15", status="locked", approved_on="2024-03-20",
        approved_by="Hội nghị *BCH*",
    )  # fmt: skip
    text = record_markdown(record)
    assert text.splitlines()[2] == r"*Approved on 20/03/2024 by Hội nghị \*BCH\**"
    assert "Approved on 20/03/2024 by Hội nghị *BCH*" in rendered_text(text)
    vietnamese = {"Approved on {date} by {who}": "Đã thông qua ngày {date}, bởi {who}"}
    assert "*Đã thông qua ngày 20/03/2024, bởi Hội nghị \\*BCH\\**" in record_markdown(
        record, vietnamese
    )
    alone = record.model_copy(update={"approved_by": None})
    assert record_markdown(alone).splitlines()[2] == "*Approved on 20/03/2024*"
    assert {"Approved on {date} by {who}", "Approved on {date}"} <= set(LABEL_KEYS)
