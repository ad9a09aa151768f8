# SystemExit with several arguments: the code is the tuple, printed to stderr
raise SystemExit("a", 2)
