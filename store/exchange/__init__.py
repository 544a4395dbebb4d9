"""Records in and out of files: the formats that carry meetings between books and programs.

`raw` (what a reader yields), `registry` (the reader and writer of each format), `decoding` (files
as people have them: encodings, byte-order marks, stdin), one module per format (`json_records`,
`csv_records`, `xlsx_records`). JSON, NDJSON, CSV and XLSX round-trip; the documents written for
people (Markdown, DOCX, ICS) are `store.documents`.
"""
