# raise SystemExit directly, with a code
print("raising SystemExit(7)")
raise SystemExit(7)
