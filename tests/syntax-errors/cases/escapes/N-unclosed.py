x = "\N{LATIN"
