"""summarizer: honest, plain-language, localized patient handouts from web articles."""

__version__ = "0.1.0"
