"""The Textual editor (`summarizer edit`): sources to an exportable handout in the terminal."""
