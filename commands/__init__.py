"""The `minutebook` command's groups, one module each; `root` registers them on the app.

- `root`: the Typer app, its global options, the groups registered, the errors mapped to exit codes
- `version`: `--version`, which `cli.main` answers before loading `root` (and so the store)
- `hoisting`: `--lang`, `--db`, `--create` typed after a command, moved before it for Click

- `meetings`: list, search, show, add, delete (to the trash)
- `editing`: edit, amend (the flags that change a meeting, declared once)
- `keeping`: history, revert, restore, trash, trash empty
- `importing`: import (record files, and news reports with --from-report)
- `exporting`: export
- `drafts`: extract (news reports read into draft records)
- `people`: people, people show / rename / merge / duplicates
- `database`: db path / upgrade / backup / copy / check / verify
- `options`: what the groups share: the options, the formats, opening the book
- `output`: the consoles, the printers of tables and rows, `fail`

A command opens the book (`options.opened`), calls `store.Book` methods and prints the result;
it imports nothing of `store` but its API (`import store`), and no database library. Nothing of
the store is read as a module loads (tests/cli/test_help_start.py): a helper's annotation naming a
store type is quoted (`-> "store.Book"`), since these modules' annotations are evaluated and
`--help` imports every module of the app.
"""
