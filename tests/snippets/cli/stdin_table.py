# parse a small CSV-like table from stdin with readlines()
import sys
header, *rows = [line.rstrip("\n").split(",") for line in sys.stdin.readlines()]
print(header)
records = [dict(zip(header, row)) for row in rows if row != [""]]
for r in sorted(records, key=lambda r: int(r["score"]), reverse=True):
    print(f"{r['name']:<8}{r['score']:>4}")
print("average", sum(int(r["score"]) for r in records) / len(records))
