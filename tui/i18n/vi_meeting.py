"""Vietnamese for the meeting screen and the dialogs."""

MESSAGES: dict[str, str] = {
    "Yes": "Có",
    "No": "Không",
}
