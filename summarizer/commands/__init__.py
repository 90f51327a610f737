"""One module per subcommand; see summarizer.cli for the protocol."""
