# a bare `raise SystemExit` exits with status 0
print("bare")
raise SystemExit
