# reading standard input line by line
import sys
total = 0
for lineno, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    if not line.strip():
        print(f"{lineno}: (blank)")
        continue
    value = int(line)
    total += value
    print(f"{lineno}: {value:>5} running total {total}")
print("sum", total)
