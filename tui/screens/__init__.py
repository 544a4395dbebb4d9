"""One module per screen: browse (home), meeting, edit, people, person, decisions, dialogs, help."""
