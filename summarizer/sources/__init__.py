"""Reading sources: load, mask web boilerplate, split sentences, propose claims and disclaimers."""
