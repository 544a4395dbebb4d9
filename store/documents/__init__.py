"""Documents for people, written from records and never read back: Markdown minutes
(`markdown`), the Biên bản as a Word file (`docx_minutes`), calendar events (`calendar`).
"""
