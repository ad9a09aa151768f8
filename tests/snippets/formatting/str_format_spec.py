# str: fill/align (left by default), width, precision truncates (in code points).
for s in ("", "a", "hello", "héllo", "😀😀x"):
    print(f"[{s:8}] [{s:>8}] [{s:^8}] [{s:*^9}] [{s:.2}] [{s:8.3}] [{s:>8.1}] [{s:s}] [{s:.0}] [{s:3}]")
print(f"[{'ab':05}] [{'ab':<05}] [{'ab':0>5}] [{'ab':😀^6}]")
